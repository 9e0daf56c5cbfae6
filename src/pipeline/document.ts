import type { Diagnostic, Sentence } from '../types.js';
import { tagPiece } from '../adapters/compromise.js';
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
  /** All tokens in text order, each tagged by compromise. */
  readonly tokens: readonly Token[];
  /** `sentenceTokens[i]` is `[first, end)` token indices of sentence `i`. */
  readonly sentenceTokens: readonly (readonly [number, number])[];
  readonly diagnostics: Diagnostic[];
}

/** Sentences are tagged in chunks of about this many characters: compromise's per-call cost halves throughput on single sentences. */
const CHUNK = 1500;

/** Tags tokens [from, to) with one compromise pass over text[start, end). */
function tagChunk(text: string, start: number, end: number, tokens: Token[], from: number, to: number): void {
  const ranges = tagPiece(text.slice(start, end));
  let r = 0;
  for (let i = from; i < to; i++) {
    const tok = tokens[i] as Token;
    const a = tok.start - start;
    const b = tok.end - start;
    while (r < ranges.length && (ranges[r] as { end: number }).end <= a) r++;
    let tags: Set<string> | null = null;
    for (let k = r; k < ranges.length; k++) {
      const range = ranges[k]!;
      if (range.start >= b) break;
      if (tags === null) tags = new Set(range.tags);
      else for (const t of range.tags) tags.add(t);
    }
    if (tags !== null) tok.tags = tags;
  }
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
