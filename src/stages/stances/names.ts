import type { Doc } from '../../pipeline/document.js';
import type { Mention } from '../../types.js';
import { MONTHS, WEEKDAYS } from '../../lexicons/en/dates.js';

/** Lower-case words that may join two capitalised words of one name ("Coalition of the Resolute"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'de', '&']);

/** A sentence with at least this share of capitalised words is a headline in title case: capitals say nothing there. */
const TITLE_CASE_SHARE = 0.6;

const isCapitalised = (text: string): boolean => /^\p{Lu}/u.test(text);

/**
 * Whether each token is part of a name, where a stance cue or target word is
 * not one ("the Rapid Support Forces", "the Peace Corps", "Defense
 * Department"): inside an entity mention, or in a run of two or more
 * capitalised words the entity stage did not link. A word opening a sentence
 * or a quote is capitalised anyway and does not start a run, and in a title-case
 * headline only the mentions count.
 */
export function nameTokens(doc: Doc, mentionAt: readonly (Mention | null)[]): boolean[] {
  const out = mentionAt.map((m) => m != null);
  for (const [from, to] of doc.sentenceTokens) {
    const words = doc.tokens.slice(from, to).filter((t) => t.kind === 'word' && t.text.length > 3);
    if (words.length >= 3 && words.filter((t) => isCapitalised(t.text)).length / words.length >= TITLE_CASE_SHARE) continue;
    let runStart = -1;
    let capitals = 0;
    const close = (end: number): void => {
      // trailing joiners are not part of the name
      let e = end;
      while (e > runStart && !isCapitalised((doc.tokens[e - 1] as { text: string }).text)) e--;
      if (capitals >= 2) for (let k = runStart; k < e; k++) out[k] = true;
      runStart = -1;
      capitals = 0;
    };
    let lastCapital = -1;
    for (let i = from; i < to; i++) {
      const tok = doc.tokens[i] as { text: string; kind: string };
      const prev = i > from ? doc.tokens[i - 1] : undefined;
      const opening = i === from || (prev !== undefined && prev.kind !== 'word');
      // "on Wednesday for the Rwandan troops": a weekday or a month names no organisation
      const dateWord = WEEKDAYS.has(tok.text.toLowerCase()) || MONTHS.has(tok.text.toLowerCase());
      if (tok.kind === 'word' && isCapitalised(tok.text) && !dateWord && !(opening && runStart < 0 && !out[i])) {
        // joiners between two different entities' mentions join no name ("Ana Ruiz of the Rwandan army")
        if (runStart >= 0 && lastCapital < i - 1 && mentionAt[i] !== mentionAt[lastCapital] && (mentionAt[i] != null || mentionAt[lastCapital] != null)) close(lastCapital + 1);
        if (runStart < 0) runStart = i;
        capitals++;
        lastCapital = i;
      } else if (runStart >= 0 && tok.kind === 'word' && NAME_JOINERS.has(tok.text.toLowerCase())) {
        continue;
      } else if (runStart >= 0) close(i);
    }
    if (runStart >= 0) close(to);
  }
  return out;
}
