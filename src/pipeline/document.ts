import type { Diagnostic, Sentence } from '../types.js';
import { tagPiece, type WinkToken } from '../adapters/wink.js';
import { tagTokens } from './tags.js';
import { normalizeText } from './normalize.js';
import { splitSentences, MAX_SENTENCE } from './sentences.js';
import { tokenize, type Token } from './tokens.js';

/**
 * The one parsed document every stage reads: the input, its offset-preserving
 * normalisation, sentences, and tagged tokens. Built once per article by
 * `parseDocument`; stages add layers next to it, never re-parse.
 */
export interface Doc {
  /** The caller's text, untouched: every span is an index into it. */
  readonly input: string;
  /** Same length as `input` (see normalize.ts); what stages match against. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** All tokens in text order, each with its POS tag, lemma and word-class tags. */
  readonly tokens: readonly Token[];
  /** `sentenceTokens[i]` is `[first, end)` token indices of sentence `i`. */
  readonly sentenceTokens: readonly (readonly [number, number])[];
  readonly diagnostics: Diagnostic[];
}

/** Sentences are tagged in chunks of about this many characters: a `readDoc` per sentence costs a third more than per chunk. */
const CHUNK = 1500;

/**
 * Gives tokens [from, to) the POS tag, lemma and negation flag of the wink
 * token they start with (or the first one they overlap: our tokenizer keeps
 * "didn't" and "U.S" whole where wink splits), from one wink pass over
 * text[start, end), then their word-class tags.
 */
function tagChunk(text: string, start: number, end: number, tokens: Token[], from: number, to: number): void {
  const ranges = tagPiece(text.slice(start, end));
  let r = 0;
  for (let i = from; i < to; i++) {
    const tok = tokens[i] as Token;
    const a = tok.start - start;
    const b = tok.end - start;
    while (r < ranges.length && (ranges[r] as WinkToken).end <= a) r++;
    const w = ranges[r];
    if (w === undefined || w.start >= b) continue;
    tok.pos = w.pos;
    tok.lemma = w.end === b && w.start === a ? w.lemma : tok.text.toLowerCase();
    tok.negated = w.negated;
  }
  tagTokens(tokens, from, to);
}

export function parseDocument(input: string): Doc {
  const text = normalizeText(input);
  const { sentences, cut } = splitSentences(text);
  const tokens: Token[] = [];
  const sentenceTokens: [number, number][] = [];
  const diagnostics: Diagnostic[] = [];
  let chunkStart = -1;
  let chunkFirstToken = 0;
  for (const s of sentences) {
    const first = tokens.length;
    if (chunkStart >= 0 && s.end - chunkStart > CHUNK) {
      tagChunk(text, chunkStart, (sentences[s.index - 1] as Sentence).end, tokens, chunkFirstToken, first);
      chunkStart = -1;
    }
    if (chunkStart < 0) {
      chunkStart = s.start;
      chunkFirstToken = first;
    }
    tokenize(text, s.start, s.end, s.index, tokens);
    sentenceTokens.push([first, tokens.length]);
  }
  if (chunkStart >= 0) tagChunk(text, chunkStart, (sentences[sentences.length - 1] as Sentence).end, tokens, chunkFirstToken, tokens.length);
  if (cut.length > 0) {
    diagnostics.push({
      level: 'warning',
      code: 'long-sentence-split',
      message: `${cut.length} sentence(s) longer than ${MAX_SENTENCE} characters were cut at spaces`,
      span: null,
    });
  }
  // Sentences are reported against the caller's text, not the normalised one.
  const outSentences = sentences.map((s) => ({ ...s, text: input.slice(s.start, s.end) }));
  return { input, text, sentences: outSentences, tokens, sentenceTokens, diagnostics };
}
