/**
 * "the rebels yesterday or the army today", "the city of yesterday and the city of tomorrow":
 * two deictic days set against each other after nouns, with no verb to date, speak of the past,
 * the present and the future in general, not of days: PAST_REF, PRESENT_REF, FUTURE_REF.
 */
import type { Resolved, View } from './context.js';
import { word } from './context.js';
import type { Found } from './select.js';

const VAGUE_OF: ReadonlyMap<string, string> = new Map([['yesterday', 'PAST_REF'], ['today', 'PRESENT_REF'], ['tomorrow', 'FUTURE_REF']]);

/** Words that set the two days against each other. */
const LINKS: ReadonlySet<string> = new Set(['or', 'and', ',', 'but', 'versus', 'vs', 'vs.', ';']);

/** The other day is at most this many tokens away. */
const REACH = 6;

/** A noun (or "of" after one) right before a deictic day: it names a thing of that time, not when a verb happened. */
function afterNoun(v: View, i: number): boolean {
  const prev = v.toks[i - 1];
  if (prev === undefined) return false;
  if (word(v, i - 1) === 'of') return v.toks[i - 2]?.tags.has('Noun') === true;
  return prev.tags.has('Noun') && prev.pos !== 'PRON' && !prev.tags.has('Date');
}

/** Is the deictic day at token `i` one of a contrasted pair, with nouns before both and no verb between? */
function contrasted(v: View, i: number): boolean {
  if (!afterNoun(v, i)) return false;
  for (const dir of [-1, 1] as const) {
    let link = false;
    for (let k = i + dir; k >= 0 && k < v.toks.length && Math.abs(k - i) <= REACH; k += dir) {
      const w = word(v, k);
      if (VAGUE_OF.has(w) && w !== word(v, i)) {
        if (link && afterNoun(v, k)) return true;
        break;
      }
      if (LINKS.has(w)) link = true;
      const t = v.toks[k];
      if (t !== undefined && (t.tags.has('Verb') || t.pos === 'AUX' || t.pos === 'VERB')) break;
    }
  }
  return false;
}

/** The vague value of a deictic day in such a pair, or null. */
export function contrastValue(v: View, f: Found): Resolved | null {
  if (f.cand.to !== f.cand.from + 1) return null;
  const value = VAGUE_OF.get(word(v, f.cand.from));
  if (value === undefined || !contrasted(v, f.cand.from)) return null;
  return { value, stated: [], inferred: [] };
}
