/**
 * The only module that imports compromise. It tags one bounded piece of text
 * (a sentence, at most MAX_SENTENCE characters) and returns character ranges
 * relative to that piece with compromise's tags.
 *
 * compromise/two (tagger, no plugins) gives the same tags as the full build
 * for a fifth less time. We never pass a per-call lexicon: that would change
 * compromise's global world for every caller.
 */
import nlp from 'compromise/two';

const EMPTY: ReadonlySet<string> = new Set();

export interface TaggedRange {
  readonly start: number;
  readonly end: number;
  readonly tags: ReadonlySet<string>;
}

/** Runs of non-space characters this long, and links, are hidden from compromise (same length, so offsets hold). */
const LONG_OR_LINK = /\S{48,}|(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/g;

export function tagPiece(piece: string): TaggedRange[] {
  const masked = piece.replace(LONG_OR_LINK, (m) => ' '.repeat(m.length));
  if (masked.trim() === '') return [];
  const out: TaggedRange[] = [];
  let cursor = 0;
  for (const sentence of nlp(masked).docs) {
    for (const term of sentence) {
      const word = term.text;
      if (word === '') continue;
      const at = masked.indexOf(word, cursor);
      if (at < 0 || at - cursor > 64) continue; // compromise rewrote the word: leave it untagged
      out.push({ start: at, end: at + word.length, tags: term.tags ?? EMPTY });
      cursor = at + word.length;
    }
  }
  return out;
}
