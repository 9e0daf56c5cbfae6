import type { Doc } from '../../pipeline/document.js';

/** A dateline is short: its dash comes within this many tokens of the sentence start. */
const DATELINE_MAX = 16;

const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '-']);

/**
 * The first token after a dateline that opens the sentence at token `from`
 * ("KYIV, Ukraine, Nov. 9 (Reuters) — Protesters marched …"), or `from` when
 * there is none. A dateline starts with a place in capitals and holds only
 * capitalised words, numbers and punctuation before its dash: the place is
 * where the story was filed, never the subject of the sentence after it.
 */
export function afterDateline(doc: Doc, from: number, to: number): number {
  const first = doc.tokens[from];
  if (first === undefined || first.kind !== 'word' || first.text.length < 2 || first.text !== first.text.toUpperCase() || !/\p{Lu}/u.test(first.text)) return from;
  for (let i = from + 1; i < to && i - from <= DATELINE_MAX; i++) {
    const t = doc.tokens[i];
    if (t === undefined) return from;
    if (DASHES.has(t.text)) return i + 1 < to ? i + 1 : from;
    if (t.kind === 'word' && !/^[\p{Lu}\d]/u.test(t.text)) return from;
  }
  return from;
}
