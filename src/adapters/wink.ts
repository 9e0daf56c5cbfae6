/**
 * The only module that imports wink-nlp and its English model. It reads one
 * bounded piece of text (a chunk of whole sentences, see document.ts) with one
 * `readDoc` and returns, for every wink token, its exact character range in the
 * piece, its universal POS tag, its lemma and wink's negation flag.
 *
 * wink gives no offsets, only each token's text and the whitespace before it
 * (`precedingSpaces`), so ranges are rebuilt by walking the piece: exact when
 * wink's token text is the piece's text, which a property test checks on every
 * token (test/pipeline/wink.test.ts). Where wink's text differs (it never should),
 * the token is looked for a short way ahead and skipped if absent.
 *
 * One wink instance per process, made on the first call: the model's lexicon
 * is big, a second `winkNLP(model)` doubles memory and silently drops custom
 * entities, and an analyser that is never called should not pay for it.
 * The pipe is sentence boundaries, negation and POS only: wink's named
 * entities and sentiment are not used and cost a third of its time.
 */
import winkNLP from 'wink-nlp';
import type { ItsFunction, PartOfSpeech, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** Universal POS tags (https://universaldependencies.org/u/pos/), as wink-eng-lite-web-model gives them. */
export type UPos = Exclude<PartOfSpeech, 'SPACE'>;

export interface WinkToken {
  /** Inclusive offset into the piece. */
  readonly start: number;
  /** Exclusive offset into the piece. */
  readonly end: number;
  /** wink's token text: always `piece.slice(start, end)`. */
  readonly text: string;
  readonly pos: UPos;
  /** Lower-case lemma ("rejected" -> "reject", "troops" -> "troop", "n't" -> "not"). */
  readonly lemma: string;
  /** True when wink puts the token in the scope of a negation ("did not *say*"). */
  readonly negated: boolean;
}

let instance: WinkMethods | null = null;

function wink(): WinkMethods {
  instance ??= winkNLP(model, ['sbd', 'negation', 'pos']);
  return instance;
}

/** How far ahead a token whose text wink changed is looked for. */
const RESYNC = 64;

/**
 * Runs of non-space characters this long, and links, are hidden from the tagger (same length, so
 * offsets hold). A long run is tried only where it starts (the look-behind): tried at every
 * character, it read up to 47 characters ahead from each one.
 */
const LONG_OR_LINK = /(?<!\S)\S{48,}|(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S+/g;

export function tagPiece(piece: string): WinkToken[] {
  const masked = piece.replace(LONG_OR_LINK, (m) => ' '.repeat(m.length));
  if (masked.trim() === '') return [];
  const nlp = wink();
  const its = nlp.its;
  const tokens = nlp.readDoc(masked).tokens();
  const words = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const pos = tokens.out(its.pos) as PartOfSpeech[];
  // wink's own typings give `its.lemma` a signature `out()` does not accept; it is a token its-function.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as (string | undefined)[];
  const negated = tokens.out(its.negationFlag) as boolean[];
  const out: WinkToken[] = [];
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const tag = pos[i] as PartOfSpeech;
    let at = cursor + (spaces[i] as string).length;
    if (masked.startsWith(word, at) === false) {
      const found = masked.indexOf(word, cursor);
      if (found < 0 || found - cursor > RESYNC) continue;
      at = found;
    }
    cursor = at + word.length;
    if (tag === 'SPACE' || word === '') continue;
    out.push({ start: at, end: cursor, text: word, pos: tag, lemma: (lemmas[i] ?? word).toLowerCase(), negated: negated[i] === true });
  }
  return out;
}
