/**
 * Greedy one-to-one matching (GUIDELINES.md section 6, "Matching"): every
 * candidate pair gets a score; pairs are taken best first, skipping any whose
 * gold or predicted item is already taken. Ties are broken by gold order, then
 * prediction order, so the result is deterministic.
 */

/** A score compared lexicographically: `[1, 12]` beats `[1, 5]` beats `[0, 40]`. */
export type PairScore = readonly number[];

export interface MatchedPair {
  /** Index into the gold items. */
  readonly gold: number;
  /** Index into the predicted items. */
  readonly pred: number;
  readonly score: PairScore;
}

function compareScores(a: PairScore, b: PairScore): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Matches `gold` to `pred` one-to-one. `score(g, p)` returns `null` when the
 * pair is not a candidate. The pairs come back in gold order.
 */
export function greedyMatch<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => PairScore | null): MatchedPair[] {
  const candidates: MatchedPair[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const s = score(g, p);
      if (s !== null) candidates.push({ gold: gi, pred: pi, score: s });
    });
  });
  candidates.sort((a, b) => compareScores(a.score, b.score) || a.gold - b.gold || a.pred - b.pred);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const c of candidates) {
    if (goldTaken.has(c.gold) || predTaken.has(c.pred)) continue;
    goldTaken.add(c.gold);
    predTaken.add(c.pred);
    pairs.push(c);
  }
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Overlap of two `[start, end)` ranges, in characters. */
export function overlap(a: readonly [number, number], b: readonly [number, number]): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Overlap ÷ union of two ranges; 0 when both are empty. */
export function iou(a: readonly [number, number], b: readonly [number, number]): number {
  const inter = overlap(a, b);
  const union = a[1] - a[0] + (b[1] - b[0]) - inter;
  return union <= 0 ? 0 : inter / union;
}
