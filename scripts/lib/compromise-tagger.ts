/**
 * compromise's tagger as newslens used it before the wink-nlp parse, kept for
 * scripts/compare-taggers.ts only (the runtime no longer imports compromise). It tags one bounded piece of text
 * (a sentence, at most MAX_SENTENCE characters) and returns character ranges
 * relative to that piece with compromise's tags.
 *
 * compromise/two (tagger, no plugins) gives the same tags as the full build
 * for a fifth less time. We never pass a per-call lexicon: that would change
 * compromise's global world for every caller.
 *
 * Of compromise's own steps we run all but the last, the post-tagger: its
 * ~400 match patterns (compiled on the first call, swept over every sentence)
 * took two thirds of compromise's time, and the entity stage redoes what they
 * add for us (people, organisations, dates) with its own lexicons. Measured on
 * dev.jsonl, leaving it out changed no score for the worse (entities F1 0.917
 * -> 0.919, indirect 0.861 -> 0.866, the rest equal) and halved the time of
 * analyze() on the benchmark corpus.
 */
import nlp from 'compromise/two';

const EMPTY: ReadonlySet<string> = new Set();

/** Steps `nlp.tokenize()` has already run. */
const TOKENIZE_STEPS = new Set(['alias', 'normal', 'machine', 'contractions']);
/** The rest of compromise's own steps for `nlp(text)`, without the post-tagger (see the note above). */
const HOOKS: string[] = nlp.hooks().filter((h) => h !== 'postTagger' && !TOKENIZE_STEPS.has(h));

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
  const parsed = nlp.tokenize(masked);
  parsed.compute(HOOKS);
  for (const sentence of parsed.docs) {
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
