import { describe, expect, it } from 'vitest';
import { greedyMatch, iou, overlap } from '../../src/scoring/match.js';

describe('greedyMatch', () => {
  it('takes the best pair first and keeps it one-to-one (two predictions for one gold)', () => {
    const pairs = greedyMatch([10], [9, 10], (g, p) => [g === p ? 2 : 1]);
    expect(pairs).toEqual([{ gold: 0, pred: 1, score: [2] }]);
  });

  it('a greedy choice can leave a gold item unmatched', () => {
    // gold 0 likes both predictions; gold 1 only pred 0. Best pair (0,0) is taken first.
    const table: Record<string, number> = { '0,0': 3, '0,1': 2, '1,0': 1 };
    const pairs = greedyMatch([0, 1], [0, 1], (g, p) => {
      const s = table[`${g},${p}`];
      return s === undefined ? null : [s];
    });
    expect(pairs.map((p) => [p.gold, p.pred])).toEqual([[0, 0]]);
  });

  it('breaks ties by gold order, then prediction order', () => {
    const pairs = greedyMatch(['a', 'b'], ['x', 'y'], () => [1]);
    expect(pairs.map((p) => [p.gold, p.pred])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('compares scores lexicographically', () => {
    const scores: Record<string, readonly number[]> = { '0,0': [0, 10], '0,1': [1, 2] };
    const pairs = greedyMatch([0], [0, 1], (g, p) => scores[`${g},${p}`] ?? null);
    expect(pairs.map((p) => p.pred)).toEqual([1]);
  });

  it('returns pairs in gold order', () => {
    const pairs = greedyMatch([0, 1], [1, 0], (g, p) => (g === p ? [g === 1 ? 5 : 1] : null));
    expect(pairs.map((p) => [p.gold, p.pred])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('overlap and iou', () => {
  it.each([
    [[0, 10], [0, 10], 10, 1],
    [[0, 10], [5, 15], 5, 5 / 15],
    [[0, 10], [10, 20], 0, 0],
    [[0, 10], [1, 10], 9, 0.9],
    [[3, 3], [3, 3], 0, 0],
  ] as const)('%j vs %j: overlap %d, iou %d', (a, b, o, r) => {
    expect(overlap(a, b)).toBe(o);
    expect(iou(a, b)).toBeCloseTo(r, 10);
  });
});
