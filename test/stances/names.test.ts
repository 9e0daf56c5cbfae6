import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/document.js';
import { nameTokens } from '../../src/stages/stances/names.js';
import type { Mention } from '../../src/types.js';

/** Which words of `text` the stance stage reads as inside a name, with no entity mentions given. */
function named(text: string, mentions: readonly { start: number; end: number; id: string }[] = []): string[] {
  const doc = parseDocument(text);
  const at = doc.tokens.map((t) => {
    const m = mentions.find((x) => t.start >= x.start && t.end <= x.end);
    return m === undefined ? null : ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), entityId: m.id, type: 'GPE' } as unknown as Mention);
  });
  const out = nameTokens(doc, at);
  return doc.tokens.filter((_, i) => out[i] === true).map((t) => t.text);
}

/** A cue word inside a run of capitalised words is in a name; a weekday, a month or two entities' mentions make no name. */
describe('stances: words inside names', () => {
  it('a run of capitals with joiners is a name', () => {
    expect(named('Fighting spread across the northern region overnight, according to the Coalition of the Resolute.')).toEqual(['Coalition', 'of', 'the', 'Resolute']);
  });

  it.each([
    'Ana Ruiz called on Wednesday for the Rwandan troops to stay.',
    'The vote was set in March for the Tarvo Islands.',
  ])('a date word joins no name: %s', (text) => {
    expect(named(text)).not.toContain('for');
  });

  it('joiners between two different mentions join no name', () => {
    const text = 'She asked Norland for the Tarvo files.';
    const n = text.indexOf('Norland');
    const t = text.indexOf('Tarvo');
    expect(named(text, [{ start: n, end: n + 7, id: 'a' }, { start: t, end: t + 5, id: 'b' }])).toEqual(['Norland', 'Tarvo']);
  });
});
