/**
 * Word-by-word phrase matching over tokens (see target.ts for the syntax).
 * Phrases are indexed by their first word (exact), by the first three
 * letters of a wildcard first word, or by the lemma of a `~lemma` first word,
 * so each token looks at a bounded number of candidates: matching a sentence
 * is linear in its length. A `~lemma` word matches any token whose lemmas
 * (lemma.ts) include it: "~deploy" matches "deployed" and "deploys".
 */
import { WEEKDAYS } from '../../lexicons/en/dates.js';

export interface Phrase<T> {
  readonly words: readonly string[];
  /** `words` compiled once: what kind of pattern each word is, and what it compares. */
  readonly patterns: readonly Pattern[];
  readonly value: T;
}

/** A `~lemma` word, a `prefix*` word or an exact word, with the string it compares. */
interface Pattern {
  readonly kind: 'lemma' | 'prefix' | 'exact';
  readonly text: string;
}

function compilePattern(word: string): Pattern {
  if (word.startsWith('~') && word.length > 1) return { kind: 'lemma', text: word.slice(1) };
  if (word.endsWith('*')) return { kind: 'prefix', text: word.slice(0, -1) };
  return { kind: 'exact', text: word };
}

export interface PhraseIndex<T> {
  readonly exact: ReadonlyMap<string, readonly Phrase<T>[]>;
  readonly prefix: ReadonlyMap<string, readonly Phrase<T>[]>;
  readonly lemma: ReadonlyMap<string, readonly Phrase<T>[]>;
}

export interface PhraseHit<T> {
  /** First token index. */
  readonly from: number;
  /** Token index after the last one. */
  readonly to: number;
  readonly value: T;
}

/** Lower case, ’ → ', trailing period of an abbreviation kept. */
export function normWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export function splitPhrase(phrase: string): string[] {
  return normWord(phrase)
    .split(' ')
    .filter((w) => w !== '');
}

function push<T>(map: Map<string, Phrase<T>[]>, key: string, p: Phrase<T>): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [p]);
  else list.push(p);
}

export function buildIndex<T>(entries: readonly { readonly phrase: string; readonly value: T }[]): PhraseIndex<T> {
  const exact = new Map<string, Phrase<T>[]>();
  const prefix = new Map<string, Phrase<T>[]>();
  const lemma = new Map<string, Phrase<T>[]>();
  for (const { phrase, value } of entries) {
    const words = splitPhrase(phrase);
    const first = words[0];
    if (first === undefined) continue;
    const p = { words, patterns: words.map(compilePattern), value };
    if (first.startsWith('~') && first.length > 1) push(lemma, first.slice(1), p);
    else if (first.endsWith('*')) push(prefix, first.slice(0, 3), p);
    else push(exact, first, p);
  }
  return { exact, prefix, lemma };
}

/** Lemmas of each token (lemma.ts); without them a `~lemma` word matches only itself. */
export type Lemmas = readonly (readonly string[])[];

function wordMatches(pattern: Pattern, word: string, lemmas: readonly string[] | undefined): boolean {
  if (pattern.kind === 'lemma') return lemmas === undefined ? pattern.text === word : lemmas.includes(pattern.text);
  if (pattern.kind === 'prefix') return word.startsWith(pattern.text);
  return pattern.text === word;
}

/**
 * Quote marks a phrase may run across, skipped between its words: a closing one ("‘deeply disappointed’
 * by") and an opening one, where a partial quote starts inside the phrase ("insisted that Vanuatu
 * “decides who visits our harbours”"; measured on the blind tables, no false positive).
 */
const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '”', '»', '“', '"', '‘', '«']);

/** Words of the short time adjuncts a verb phrase may carry inside it ("balked on Wednesday at", "warned last week against"). */
const DEICTIC_DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight']);
const RELATIVE_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend']);

/** The token after a short time adjunct at `j` ("on Wednesday", "yesterday", "last week"), or `j` when there is none. */
export function afterTimeAdjunct(words: readonly string[], j: number, end: number): number {
  const w = words[j];
  if (w !== undefined && DEICTIC_DAYS.has(w)) return j + 1;
  if (w === 'on' && j + 1 < end && WEEKDAYS.has(words[j + 1] as string)) return j + 2;
  if ((w === 'last' || w === 'this') && j + 1 < end && RELATIVE_UNITS.has(words[j + 1] as string)) return j + 2;
  return j;
}

function matchAt<T>(p: Phrase<T>, words: readonly string[], at: number, end: number, lemmas: Lemmas | undefined): number {
  const n = p.patterns.length;
  if (at + n > end) return -1;
  let j = at;
  for (let k = 0; k < n; k++, j++) {
    if (k > 0 && j < end && QUOTE_MARKS.has(words[j] as string)) j++;
    // "protested on Sunday against", "warned last week against", "lodged a protest with Minsk on Saturday after": a time
    // adjunct inside a phrase, before one of its exact words
    if (k > 0 && p.patterns[k]?.kind === 'exact') {
      const after = afterTimeAdjunct(words, j, end);
      if (after > j && after < end && wordMatches(p.patterns[k] as Pattern, words[after] as string, lemmas?.[after])) j = after;
    }
    if (j >= end || !wordMatches(p.patterns[k] as Pattern, words[j] as string, lemmas?.[j])) return -1;
  }
  return j;
}

function bestIn<T>(list: readonly Phrase<T>[] | undefined, words: readonly string[], i: number, to: number, lemmas: Lemmas | undefined, best: PhraseHit<T> | null): PhraseHit<T> | null {
  if (list === undefined) return best;
  for (const p of list) {
    const e = matchAt(p, words, i, to, lemmas);
    if (e > 0 && (best === null || e > best.to)) best = { from: i, to: e, value: p.value };
  }
  return best;
}

/** Longest non-overlapping matches in `words[from, to)`, left to right. */
export function findPhrases<T>(index: PhraseIndex<T>, words: readonly string[], from: number, to: number, lemmas?: Lemmas): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  let i = from;
  while (i < to) {
    const w = words[i] as string;
    let best: PhraseHit<T> | null = bestIn(index.exact.get(w), words, i, to, lemmas, null);
    if (index.prefix.size > 0) best = bestIn(index.prefix.get(w.slice(0, 3)), words, i, to, lemmas, best);
    const ls = lemmas?.[i];
    if (ls === undefined) best = bestIn(index.lemma.get(w), words, i, to, lemmas, best);
    else for (const l of ls) best = bestIn(index.lemma.get(l), words, i, to, lemmas, best);
    if (best === null) i++;
    else {
      hits.push(best);
      i = best.to;
    }
  }
  return hits;
}
