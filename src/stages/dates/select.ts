/** Refiners over one sentence's candidates: keep the longest non-overlapping ones, then widen edges. */
import { EDGE_MODIFIERS, OF_MODIFIERS } from '../../lexicons/en/dates.js';
import type { Cand, View } from './context.js';
import { word } from './context.js';

/** A chosen candidate with its final token range and character span. */
export interface Found {
  readonly cand: Cand;
  readonly from: number;
  readonly start: number;
  readonly end: number;
}

function charsOf(v: View, c: Cand, from: number): [number, number] {
  if (c.chars !== undefined && from === c.from) return [c.chars[0], c.chars[1]];
  const a = v.toks[from];
  const b = v.toks[c.to - 1];
  return a === undefined || b === undefined ? [0, 0] : [a.start, b.end];
}

/** Longest first, then leftmost; a candidate that overlaps one already kept is dropped. */
export function longestNonOverlapping(v: View, cands: readonly Cand[]): Found[] {
  const ranked = cands
    .map((cand) => {
      const [start, end] = charsOf(v, cand, cand.from);
      return { cand, from: cand.from, start, end };
    })
    .filter((f) => f.end > f.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Found[] = [];
  const base = v.toks[0]?.start ?? 0;
  const last = v.toks[v.toks.length - 1]?.end ?? base;
  const taken = new Uint8Array(last - base + 1);
  for (const f of ranked) {
    let free = true;
    for (let k = f.start; k < f.end && free; k++) if (taken[k - base] === 1) free = false;
    if (!free) continue;
    taken.fill(1, f.start - base, f.end - base);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "late Tuesday", "early December", "earlier this month", "the end of February": the modifier joins the span. */
export function widenEdges(v: View, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  let prevEnd = -1;
  for (const f of found) {
    let from = f.from;
    if (f.cand.type === 'DATE' || f.cand.type === 'TIME') {
      if (EDGE_MODIFIERS.has(word(v, from - 1))) from--;
      else if (word(v, from - 1) === 'on' && EDGE_MODIFIERS.has(word(v, from - 2)) && f.cand.role === 'day') from -= 2; // "late on Friday"
      else if (word(v, from - 1) === 'of' && OF_MODIFIERS.has(word(v, from - 2))) from -= word(v, from - 3) === 'the' ? 3 : 2;
    }
    const tok = v.toks[from];
    const start = from !== f.from && tok !== undefined && tok.start >= prevEnd ? tok.start : f.start;
    const widened = start === f.start ? f : { ...f, from, start };
    out.push(widened);
    prevEnd = widened.end;
  }
  return out;
}
