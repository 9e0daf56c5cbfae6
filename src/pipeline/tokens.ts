/**
 * Word-level tokenizer over the normalised text. Linear: every pattern below
 * is a sequence of disjoint character classes, so no input can make it
 * backtrack more than a constant per character.
 */
import type { UPos } from '../adapters/wink.js';

export type TokenKind = 'word' | 'number' | 'handle' | 'hashtag' | 'url' | 'punct';
export type { UPos };

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** Index of the sentence the token is in. */
  readonly sentence: number;
  /** Universal POS tag from wink-nlp, in context (`X` until the document is tagged). */
  pos: UPos;
  /** Lower-case lemma from wink-nlp ("rejected" -> "reject"); the lower-case text until tagged. */
  lemma: string;
  /** wink-nlp's negation scope flag: the word is governed by a "not", "never", "n't" before it. */
  negated: boolean;
  /** Word classes by compromise's tag names (Person, Place, Verb, Gerund, …); see tags.ts. */
  tags: ReadonlySet<string>;
}

const TOKEN = new RegExp(
  [
    /(?:https?:\/\/|www\.|pic\.twitter\.com\/)[^\s"“”]+/.source, // urls
    /@[A-Za-z0-9_]{1,30}/.source, // handles
    /#[\p{L}\p{N}_]+/u.source, // hashtags
    // a number with thousands separators is one token ("1,500", "100,000.5"), not "1" "," "500"
    /\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?![\p{L}\p{N}])/u.source,
    // a word: letters/digits, joined by - . & or an apostrophe that is not a possessive 's
    /[\p{L}\p{M}\p{N}]+(?:[-.&][\p{L}\p{M}\p{N}]+|['’](?![sS](?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*/u.source,
    /['’][sS](?![\p{L}\p{N}])/u.source, // possessive 's
    /[^\s]/.source,
  ].join('|'),
  'gu',
);

const EMPTY: ReadonlySet<string> = new Set();

export function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (c === 64 /* @ */ && text.length > 1) return 'handle';
  if (c === 35 /* # */ && text.length > 1) return 'hashtag';
  if (/^(?:https?:|www\.|pic\.twitter)/.test(text)) return 'url';
  if (/^\p{N}/u.test(text)) return 'number';
  if (/^[\p{L}\p{M}]/u.test(text) || /^['’][sS]$/.test(text)) return 'word';
  return 'punct';
}

/** Tokens of `text` between `start` and `end`, tagged with sentence index `sentence`. */
export function tokenize(text: string, start: number, end: number, sentence: number, out: Token[]): void {
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < end) {
    let t = m[0];
    if (m.index + t.length > end) t = t.slice(0, end - m.index);
    out.push({ start: m.index, end: m.index + t.length, text: t, kind: kindOf(t), sentence, pos: 'X', lemma: t.toLowerCase(), negated: false, tags: EMPTY });
  }
}

/** Index of the first token starting at or after `pos` (binary search; tokens are in text order). */
export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A plural noun as the tagger tags it, or a word in -s (not -ss) it called a singular proper noun: a
 * capitalised plural that opens its sentence ("Supporters of the deal say", "Entries close at noon") or
 * a team-like "the Rams". Callers say where such a word may stand.
 */
export function pluralLike(t: Token): boolean {
  return t.tags.has('Plural') || (t.pos === 'PROPN' && /[a-z]s$/.test(t.text) && !t.text.endsWith('ss'));
}
