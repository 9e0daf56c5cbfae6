import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import type { Analysis, Span } from '../../src/index.js';
import { HOSTILE_INPUTS } from './inputs.js';

function spansOf(a: Analysis): Span[] {
  return [
    ...a.sentences,
    ...a.entities.flatMap((e) => e.mentions),
    ...a.quotes,
    ...a.quotes.flatMap((q) => (q.cue === null ? [] : [q.cue])),
    ...a.dates,
    ...a.stances.flatMap((s) => s.evidence),
  ];
}

function checkSpans(text: string, a: Analysis): void {
  for (const s of spansOf(a)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

function time(text: string): number {
  const t0 = performance.now();
  analyze(text);
  return performance.now() - t0;
}

/**
 * Linear growth, checked like a benchmark rather than a timer: the time for
 * twice the input must stay under three times the time for the input (a
 * quadratic stage gives four). Best of three runs; runs too short to measure
 * reliably are not compared.
 */
function growth(make: (n: number) => string, n: number): { small: number; large: number } {
  const a = make(n);
  const b = make(2 * n);
  analyze(a.slice(0, 1000)); // warm up
  const small = Math.min(time(a), time(a), time(a));
  const large = Math.min(time(b), time(b), time(b));
  return { small, large };
}

describe('hostile input: completes, valid spans, linear time', () => {
  it.each(HOSTILE_INPUTS.map((h) => [h.name, h] as const))('%s', (_name, h) => {
    const text = h.make(40_000);
    const a = analyze(text);
    checkSpans(text, a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    const { small, large } = growth(h.make, 40_000);
    if (small > 40) expect(large / small, `${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`).toBeLessThan(3);
  });

  it('1 MB of one word without punctuation', () => {
    const text = 'sovereignty '.repeat(90_000);
    const t0 = performance.now();
    const a = analyze(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    checkSpans(text, a);
  });

  it('a quote mark at the very end, and only apostrophes', () => {
    for (const text of ['He said "', '’’’’’’’’’’', "it's '90s' o'clock'", '"', '“']) {
      const a = analyze(text);
      checkSpans(text, a);
    }
  });
});
