import { describe, expect, it } from 'vitest';
import { quotesOf, type EntitySpec } from './helpers.js';
import { CALIBRATION, calibrationKey } from '../../src/stages/quotes/confidence.js';

/** Invented people and bodies: none of them is from the corpus. */
const CAST: EntitySpec[] = [
  { name: 'Ana Ruiz', aliases: ['Ruiz'] },
  { name: 'Omar Haddad', aliases: ['Haddad'] },
  { name: 'Harbour Authority', type: 'ORG' },
];

function quoteOf(text: string, quoted: string) {
  const q = quotesOf(text, CAST).quotes.find((x) => x.text === quoted);
  expect(q, `no quote "${quoted}"`).toBeDefined();
  return q;
}

describe('speaker confidence is read from the calibration table by class', () => {
  it.each([
    ['a name after the quote', '“The port will reopen on time,” Ruiz said.', 'The port will reopen on time,', 'direct:after:explicit:entity'],
    ['a pronoun after the quote', 'Ruiz spoke first. “The port will reopen on time,” she said.', 'The port will reopen on time,', 'direct:after:pronoun:entity'],
    ['a group phrase before the quote', 'Dock workers said: “The port will never reopen on time.”', 'The port will never reopen on time.', 'direct:before:explicit:group'],
    ['a that-clause', 'Haddad said that the port would reopen on time.', 'the port would reopen on time', 'indirect:that:explicit:entity'],
  ])('%s', (_label, text, quoted, key) => {
    const q = quoteOf(text, quoted);
    expect(q === undefined ? null : calibrationKey(q)).toBe(key);
    const [kind, , method, who] = key.split(':');
    const want = CALIBRATION.get(key) ?? CALIBRATION.get(`${kind}:*:${method}:${who}`);
    expect(want).toBeDefined();
    expect(q?.speaker?.confidence).toBe(want);
  });

  it('a group phrase is less certain than a named entity found the same way', () => {
    const named = quoteOf('Ruiz said: “The port will never reopen on time.”', 'The port will never reopen on time.');
    const group = quoteOf('Dock workers said: “The port will never reopen on time.”', 'The port will never reopen on time.');
    expect(group?.speaker?.confidence ?? 1).toBeLessThan(named?.speaker?.confidence ?? 0);
  });

  it('every value in the table is a share in (0, 1) and every key names a kind, step, method and entity|group', () => {
    for (const [key, value] of CALIBRATION) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
      expect(key).toMatch(/^(direct|indirect):[\w*-]+:(explicit|pronoun|role|context|label|post|\*):(entity|group|\*)$/);
    }
  });

  it('near miss: a quote with no speaker has no confidence to calibrate', () => {
    const q = quoteOf('“The port will reopen on time and on budget and with no fuss at all.”', 'The port will reopen on time and on budget and with no fuss at all.');
    expect(q?.speaker).toBeNull();
  });
});
