import type { Sentence } from '../types.js';
import { ABBREVIATIONS } from '../lexicons/en/abbreviations.js';

/** Longest sentence handed on as one piece; longer runs are cut at a space (keeps compromise linear). */
export const MAX_SENTENCE = 1000;

export interface SentenceSplit {
  readonly sentences: Sentence[];
  /** Start offsets of sentences that were cut because they were too long. */
  readonly cut: number[];
}

// The last end-punctuation mark, optional closing quotes/brackets, then spaces.
// One mark, not a run: a run of marks with no space after it must not be rescanned.
const BOUNDARY = /[.!?…][”’"')\]]*[ ]+/g;
const OPENER = /["“‘'(\[\p{Lu}\p{N}¿¡🚨]/u;

function isBoundary(text: string, matchStart: number, next: number): boolean {
  const nextChar = text[next];
  if (nextChar === undefined || !OPENER.test(nextChar)) {
    // A lower-case continuation is not a new sentence, but an emoji or symbol is.
    if (nextChar === undefined || /[\p{Ll}\p{N},;:]/u.test(nextChar)) return false;
  }
  if (text[matchStart] !== '.' || /[.!?…]/.test(text[matchStart - 1] ?? '')) return true;
  // The word before the period (letters and inner periods, at most 12 characters back).
  let from = matchStart;
  while (from > 0 && matchStart - from < 12 && /[\p{L}.]/u.test(text[from - 1] as string)) from--;
  const before = text.slice(from, matchStart);
  if (before === '') return true;
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(before)) return false; // an initial: "J. Smith"
  return true;
}

function pushPiece(text: string, start: number, end: number, paragraph: number, out: SentenceSplit): void {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    out.cut.push(start);
    out.sentences.push({ index: out.sentences.length, paragraph, start, end: cut, text: text.slice(start, cut) });
    start = cut;
    while (start < end && text.charCodeAt(start) === 32) start++;
  }
  if (end > start) out.sentences.push({ index: out.sentences.length, paragraph, start, end, text: text.slice(start, end) });
}

/**
 * Splits normalised text into sentences. Every line break ends a sentence (news
 * paragraphs, headlines and post signatures are lines of their own); inside a
 * line, end punctuation followed by a capital or an opening quote does, unless
 * it closes an abbreviation or an initial.
 */
export function splitSentences(text: string): SentenceSplit {
  const out: SentenceSplit = { sentences: [], cut: [] };
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      let pieceStart = lineStart;
      BOUNDARY.lastIndex = lineStart;
      let m: RegExpExecArray | null;
      while ((m = BOUNDARY.exec(text)) !== null && m.index < lineEnd) {
        const next = m.index + m[0].length;
        if (next >= lineEnd) break;
        if (isBoundary(text, m.index, next)) {
          pushPiece(text, pieceStart, next, paragraph, out);
          pieceStart = next;
        }
      }
      pushPiece(text, pieceStart, lineEnd, paragraph, out);
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Index of the last sentence that starts at or before `position`, or -1 when none does (binary search). */
export function sentenceIndexAt(sentences: readonly { readonly start: number }[], position: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as { start: number }).start <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
