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
 * Linear growth, checked like a benchmark rather than a timer. The input grows
 * fourfold: a linear stage takes about 4x the time, a quadratic one 16x, so the
 * bound of 8x leaves a factor of two for noise (other test files share the two
 * cores) while still catching anything worse than n^1.5. Small and large runs
 * alternate so a change in machine load weighs on both; each keeps its best of
 * three. A failing ratio is measured once more before it counts, since a
 * quadratic stage fails every time and a noisy moment does not.
 */
const GROWTH = 4;
const MAX_RATIO = 8;

function ratio(a: string, b: string): { small: number; large: number } {
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < 3; i++) {
    small = Math.min(small, time(a));
    large = Math.min(large, time(b));
  }
  return { small, large };
}

function growth(make: (n: number) => string, n: number): { small: number; large: number } {
  const a = make(n);
  const b = make(GROWTH * n);
  analyze(a.slice(0, 1000)); // warm up
  const first = ratio(a, b);
  if (first.large / first.small < MAX_RATIO) return first;
  return ratio(a, b);
}

describe('hostile input: completes, valid spans, linear time', () => {
  it.each(HOSTILE_INPUTS.map((h) => [h.name, h] as const))('%s', (_name, h) => {
    const text = h.make(40_000);
    const a = analyze(text);
    checkSpans(text, a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    const { small, large } = growth(h.make, 20_000);
    if (small > 20) expect(large / small, `${small.toFixed(0)} ms -> ${large.toFixed(0)} ms`).toBeLessThan(MAX_RATIO);
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
