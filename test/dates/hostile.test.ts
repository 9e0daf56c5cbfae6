import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/document.js';
import { extractDates } from '../../src/stages/dates/index.js';

function timed(text: string): { ms: number; count: number } {
  const doc = parseDocument(text);
  const t0 = performance.now();
  const found = extractDates(doc, '2025-05-04');
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return { ms: performance.now() - t0, count: found.length };
}

describe('dates: hostile input stays linear', () => {
  it('100 KB of digits and month names does not hang', () => {
    const words = ['May', '5,', '2025', 'March', '22', '1999', 'the', 'coming', 'months', '9', 'a.m.', 'Tuesday', 'every', 'few', 'weeks'];
    let s = '';
    for (let i = 0; s.length < 100_000; i++) s += `${words[i % words.length]} `;
    const { ms, count } = timed(s);
    expect(count).toBeGreaterThan(0);
    expect(ms).toBeLessThan(2_000);
  });
  it('100 KB of one long digit run and of apostrophes', () => {
    expect(timed('2'.repeat(100_000)).ms).toBeLessThan(2_000);
    expect(timed("'24 ".repeat(25_000)).ms).toBeLessThan(2_000);
  });
  it('empty and punctuation-only text', () => {
    expect(timed('').count).toBe(0);
    expect(timed('—– … “”').count).toBe(0);
  });
});
