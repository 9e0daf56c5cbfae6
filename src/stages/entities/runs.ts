import type { Doc } from '../../pipeline/document.js';
import type { Token } from '../../pipeline/tokens.js';
import { POSSESSIVE_NAME_WORDS } from '../../lexicons/en/organizations.js';
import { lookup } from './gazetteer.js';
import { DOTTED_ACRONYM, NAME_ABBREVIATIONS, NAME_CONNECTORS, hasAnyTag, isCapitalised } from './words.js';

/**
 * A run of capitalised words that may hold one or more names:
 * "Mexican President Jane Okafor", "Gulf of Aden", "U.S.".
 * `first`/`last` are token indices; `end` includes a name-final period ("Jr.", "U.S.").
 */
export interface Run {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** The sentence looks like a title-case headline. */
  readonly headline: boolean;
  /** The run begins its sentence (or follows an opening quote, a colon or a dash). */
  readonly initial: boolean;
}

const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'vs', 'vs.', 'is', 'are', 'over', 'into', 'after', 'amid', 'says', 'its']);

/** Title-case (or all-caps) line: most words longer than three letters are capitalised and it does not end like a sentence. */
export function isHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || HEADLINE_SMALL.has(t.text.toLowerCase())) continue;
    words++;
    if (isCapitalised(t)) caps++;
  }
  if (words < 4) return false;
  const lastTok = tokens[to - 1];
  const endsSentence = lastTok !== undefined && /^[.!?"”]$/.test(lastTok.text) && caps / words < 0.9;
  return !endsSentence && caps / words >= 0.75;
}

function adjacent(a: Token, b: Token, text: string): boolean {
  if (b.start === a.end) return false; // "U.S.-Mexico": glued by punctuation
  return /^ +$/.test(text.slice(a.end, b.start));
}

const OPENERS = /^["“‘'(\[—–:-]$/;

function isInitial(tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  if (i === sentenceFirst) return true;
  const prev = tokens[i - 1] as Token;
  return OPENERS.test(prev.text);
}

const INITIAL = /^\p{Lu}$/u;
/** Media words a broadcaster's number follows ("TV 2", "Channel 4", "Radio 1"). */
const BROADCAST_WORDS: ReadonlySet<string> = new Set(['TV', 'Channel', 'Radio', 'Kanal', 'Canal', 'Rai', 'BBC', 'NHK', 'France', 'Antena', 'Antenna']);
/** Words that open a new sentence after "Plan B." rather than go on with a name. */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'then', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'so', 'in', 'on', 'at', 'as', 'if', 'when', 'there', 'his', 'her', 'their', 'its', 'our', 'after', 'before', 'while']);
const SENTENCE_OPENER_TAGS = ['Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary'];

/** The end offset of token i, extended over a name-final period ("U.S" + "." → "U.S."). */
function endWithPeriod(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next === undefined || next.text !== '.' || next.start !== t.end) return t.end;
  if (DOTTED_ACRONYM.test(t.text) || NAME_ABBREVIATIONS.has(t.text.toLowerCase())) return next.end;
  // "Jane Q. Public": a middle initial keeps its period when the name goes on
  const after = tokens[i + 2];
  if (INITIAL.test(t.text) && after !== undefined && isCapitalised(after) && after.start === next.end + 1 && !hasAnyTag(after, SENTENCE_OPENER_TAGS) && !SENTENCE_OPENERS.has(after.text.toLowerCase())) return next.end;
  return t.end;
}

/** Finds every run of capitalised words in the document, sentence by sentence. */
/** After a joining word at `n` ("of", "to"), an optional "the", then a capitalised word: its index, or -1. */
function capitalisedAfter(tokens: readonly Token[], n: number, to: number, text: string): number {
  let k = n + 1;
  if (tokens[k]?.text === 'the' && adjacent(tokens[n] as Token, tokens[k] as Token, text)) k++;
  const after = tokens[k];
  return after !== undefined && k < to && isCapitalised(after) && adjacent(tokens[k - 1] as Token, after, text) ? k : -1;
}

/** Words that end a body's name after "X and Y" ("Peace and Security Council"). */
const AND_BODY_WORDS: ReadonlySet<string> = new Set([
  'council', 'organization', 'organisation', 'commission', 'committee', 'agency', 'authority', 'board', 'ministry', 'department',
  'institute', 'service', 'bureau', 'court', 'party', 'front', 'office', 'administration', 'directorate', 'fund', 'programme', 'program',
]);

/**
 * "Peace and Security Council": the run's last capitalised words (one or two, up to `last`, none a known
 * name or a body's word) and, after "and" at `n`, at most three capitalised words whose last is a body's
 * word. The index of that last word, or -1.
 */
function andBody(tokens: readonly Token[], first: number, last: number, n: number, to: number, text: string): number {
  // the capitalised words since the run's last connector ("Members of the [Peace]")
  let start = last;
  while (start > first && isCapitalised(tokens[start - 1] as Token)) start--;
  if (last - start > 1) return -1;
  for (let k = start; k <= last; k++) {
    const w = tokens[k] as Token;
    if (lookup(w.text) !== undefined || AND_BODY_WORDS.has(w.text.toLowerCase()) || w.tags.has('FirstName')) return -1;
  }
  for (let k = n + 1; k < to && k <= n + 3; k++) {
    const w = tokens[k] as Token;
    if (!isCapitalised(w) || !adjacent(tokens[k - 1] as Token, w, text) || lookup(w.text) !== undefined) return -1;
    if (AND_BODY_WORDS.has(w.text.toLowerCase())) return k;
  }
  return -1;
}

export function findRuns(doc: Doc): Run[] {
  const { tokens, text } = doc;
  const runs: Run[] = [];
  for (const [from, to] of doc.sentenceTokens) {
    const headline = isHeadline(tokens, from, to);
    let i = from;
    while (i < to) {
      const t = tokens[i] as Token;
      if (!isCapitalised(t)) {
        i++;
        continue;
      }
      let last = i;
      let end = endWithPeriod(tokens, i);
      for (;;) {
        // next token after `last`, skipping a name-final period already in `end`
        let n = last + 1;
        if (tokens[n] !== undefined && (tokens[n] as Token).end === end && (tokens[n] as Token).text === '.') n++;
        const next = tokens[n];
        if (next === undefined || n >= to) break;
        const cur = tokens[n - 1] as Token;
        if (isCapitalised(next) && adjacent(cur, next, text)) {
          last = n;
          end = endWithPeriod(tokens, n);
          continue;
        }
        // "TV 2", "Channel 4 News": a broadcaster numbered after its medium
        if (next.kind === 'number' && /^\d{1,4}$/.test(next.text) && BROADCAST_WORDS.has(cur.text) && adjacent(cur, next, text)) {
          last = n;
          end = next.end;
          continue;
        }
        // "Gulf of Aden", "Armed Forces of the Philippines", "Search & Rescue"
        const lower = next.text.toLowerCase();
        if (NAME_CONNECTORS.has(lower) && adjacent(cur, next, text)) {
          const k = capitalisedAfter(tokens, n, to, text);
          if (k >= 0) {
            last = k;
            end = endWithPeriod(tokens, k);
            continue;
          }
        }
        // "Permanent Mission to the UN", "Training Mission in Benin": a mission or delegation goes on to where it is sent
        if ((lower === 'to' || lower === 'in') && /^(?:mission|delegation)$/i.test(cur.text) && adjacent(cur, next, text)) {
          const k = capitalisedAfter(tokens, n, to, text);
          if (k >= 0) {
            last = k;
            end = endWithPeriod(tokens, k);
            continue;
          }
        }
        // "Trinidad and Tobago": only when the gazetteer knows the joined name
        if (lower === 'and' && adjacent(cur, next, text)) {
          const after = tokens[n + 1];
          if (after !== undefined && n + 1 < to && isCapitalised(after) && lookup(text.slice(cur.start, after.end)) !== undefined) {
            last = n + 1;
            end = endWithPeriod(tokens, n + 1);
            continue;
          }
          // "Peace and Security Council", "Food and Agriculture Organization": one or two words, "and", then words ending
          // in a body's word, is one body (not "Norland and Security Council": a known name is not a body's first half)
          const body = andBody(tokens, i, last, n, to, text);
          if (body >= 0) {
            last = body;
            end = endWithPeriod(tokens, body);
            continue;
          }
        }
        // "People's Republic of China": a possessive inside a name the gazetteer knows
        if (/^['’]s$/.test(next.text) && next.start === cur.end) {
          let joined = -1;
          for (let k = n + 1; k <= n + 5 && k < to && joined < 0; k++) if (lookup(text.slice(t.start, (tokens[k] as Token).end)) !== undefined) joined = k;
          if (joined > 0) {
            last = joined;
            end = endWithPeriod(tokens, joined);
            continue;
          }
        }
        // "People's Liberation Army", "Workers' Party": a collective noun's possessive inside an organisation's name
        if (/^['’]s?$/.test(next.text) && next.start === cur.end && POSSESSIVE_NAME_WORDS.has(cur.text.toLowerCase()) && (next.text.length === 2 || /s$/i.test(cur.text))) {
          const after = tokens[n + 1];
          if (after !== undefined && n + 1 < to && isCapitalised(after) && adjacent(next, after, text)) {
            last = n + 1;
            end = endWithPeriod(tokens, n + 1);
            continue;
          }
        }
        // "Macy’s Inc.": a company name with a possessive before the corporate designator
        if (/^['’]s$/.test(next.text) && next.start === cur.end) {
          const after = tokens[n + 1];
          if (after !== undefined && n + 1 < to && /^(?:Inc|Corp|Co|Ltd|LLC)$/.test(after.text) && adjacent(next, after, text)) {
            last = n + 1;
            end = endWithPeriod(tokens, n + 1);
            continue;
          }
        }
        // "Robert Hale, Jr."
        if (next.text === ',' && tokens[n + 1] !== undefined && /^(?:Jr|Sr|II|III|IV)$/.test((tokens[n + 1] as Token).text)) {
          last = n + 1;
          end = endWithPeriod(tokens, n + 1);
          continue;
        }
        break;
      }
      runs.push({ first: i, last, start: t.start, end, headline, initial: isInitial(tokens, i, from) });
      i = last + 1;
    }
  }
  return runs;
}
