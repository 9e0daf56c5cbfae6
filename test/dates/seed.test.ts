import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { fixture } from '../helpers.js';

const text = fixture('seed/seed.txt');
const analysis = analyze(text);

describe('founding article: dates', () => {
  it('"The coming months" is FUTURE_REF', () => {
    const m = analysis.dates.find((d) => d.text === 'The coming months');
    expect(m?.value).toBe('FUTURE_REF');
    expect(m?.type).toBe('DATE');
  });
  it('both post signatures give May 5, 2025 → 2025-05-05', () => {
    const found = analysis.dates.filter((d) => d.text === 'May 5, 2025');
    expect(found).toHaveLength(2);
    for (const m of found) {
      expect(m.value).toBe('2025-05-05');
      expect(text.slice(m.start, m.end)).toBe('May 5, 2025');
    }
  });
  it('finds nothing in "April Sparks"', () => {
    const at = text.indexOf('April Sparks');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(analysis.dates.filter((d) => d.start < at + 'April Sparks'.length && d.end > at)).toEqual([]);
  });
  it('every span is a slice of the input', () => {
    for (const d of analysis.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
