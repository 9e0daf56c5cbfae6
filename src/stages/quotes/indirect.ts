import type { Quote } from '../../types.js';
import type { Token } from '../../pipeline/tokens.js';
import { CLAUSE_LEAD_ADJUNCTS } from '../../lexicons/en/reporting.js';
import type { CueHit, QuoteContext } from './context.js';
import { agentOf } from './attribution.js';
import { cueSpan, lower, npAfter, npEndingAt, speakerOf } from './speaker.js';

/**
 * Reported speech: the content clause of a reporting verb or noun.
 * - `X said [that] CLAUSE`, `X told Y [that] CLAUSE`, `X urged Y to …`, `X vowed to …`;
 * - `…, X said, CLAUSE` (parenthetical) and `CLAUSE, X said.` (post-posed);
 * - `according to X, CLAUSE` / `CLAUSE, according to X`;
 * - cognition verbs and reporting nouns only with "that" (`experts note that …`,
 *   `Trump's claim that …`).
 * The clause runs to the end of the sentence, or to ";", a dash, or a comma
 * before another participle cue (", adding …").
 */
const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'there', 'no', 'all', 'any', 'some', 'both', 'such', 'every', 'more', 'most', 'only', 'if', 'whether', 'how', 'what', 'why', 'when']);
const SENTENCE_END = new Set(['.', '!', '?']);

export interface IndirectQuote {
  readonly quote: Quote;
  readonly cue: CueHit;
  readonly firstToken: number;
  readonly lastToken: number;
}

interface Sentence {
  readonly first: number;
  readonly end: number;
}

const word = (ctx: QuoteContext, i: number): string => lower(ctx.tokens[i]);
const isOpenMark = (t: Token | undefined): boolean => t !== undefined && /^["“‘'«„]$/.test(t.text);

function skipAdjuncts(ctx: QuoteContext, i: number, end: number): number {
  while (i < end && CLAUSE_LEAD_ADJUNCTS.has(word(ctx, i)) && ctx.mentionOf[i] === null) i++;
  return i;
}

/** "that" within the next few tokens, across adjuncts and prepositional phrases but not across a verb or a comma. */
function thatAhead(ctx: QuoteContext, i: number, end: number, reach: number): number {
  for (let k = i; k < end && k - i <= reach; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k]) return -1;
    if (word(ctx, k) === 'that') return k;
    if (t.kind === 'punct' && !/^['’]s$/i.test(t.text)) return -1;
    if (t.tags.has('Verb') && !t.tags.has('Noun') && ctx.mentionOf[k] === null && !CLAUSE_LEAD_ADJUNCTS.has(word(ctx, k))) return -1;
  }
  return -1;
}

function hasVerb(ctx: QuoteContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.tags.has('Verb') && ctx.mentionOf[k] === null) return true;
  }
  return false;
}

/** Where the clause starting at `start` ends (exclusive token index). */
function clauseEnd(ctx: QuoteContext, start: number, end: number): number {
  for (let k = start; k < end; k++) {
    if (ctx.quoted[k]) continue;
    const t = word(ctx, k);
    if (t === ';' || ((t === '—' || t === '–') && k > start + 2)) return k;
    if (t === ',') {
      const next = ctx.cueOf[k + 1];
      if (next !== null && next !== undefined && (/ing$/.test(word(ctx, k + 1)) || next.cue.id === 'verb.according-to')) return k;
    }
  }
  return end;
}

function makeQuote(ctx: QuoteContext, from: number, to: number, hit: CueHit, lo: number, hi: number, rule: string): IndirectQuote | null {
  if (to - from < 2) return null;
  let start = (ctx.tokens[from] as Token).start;
  let end = (ctx.tokens[to - 1] as Token).end;
  while (end > start && /[\s.,;:!?]/.test(ctx.text[end - 1] as string)) end--;
  while (start < end && /\s/.test(ctx.text[start] as string)) start++;
  if (end - start < 4) return null;
  const np = agentOf(ctx, hit, lo, hi);
  const speaker = np === null ? null : speakerOf(ctx, np, 'explicit', 0.75);
  return {
    quote: { start, end, text: ctx.doc.input.slice(start, end), kind: 'indirect', speaker, cue: cueSpan(ctx, hit.first, hit.last), post: null, provenance: `indirect.${rule}:${hit.cue.id}` },
    cue: hit,
    firstToken: from,
    lastToken: to - 1,
  };
}

function fromCue(ctx: QuoteContext, hit: CueHit, s: Sentence): IndirectQuote | null {
  const after = hit.last + 1;
  const { first: lo, end: hi } = s;
  if (hit.cue.id === 'verb.according-to') {
    const np = npAfter(ctx, hit.last, hi);
    if (np === null) return null;
    const beforeText = ctx.tokens.slice(lo, hit.first).filter((t) => t.kind !== 'punct').length;
    if (beforeText <= 1) {
      let comma = np.last + 1;
      while (comma < hi && word(ctx, comma) !== ',') comma++;
      if (comma >= hi) comma = -1;
      return comma < 0 ? null : makeQuote(ctx, comma + 1, clauseEnd(ctx, comma + 1, hi), hit, lo, hi, 'according-to-first');
    }
    if (word(ctx, hit.first - 1) !== ',') return null;
    return makeQuote(ctx, lo, hit.first - 1, hit, lo, hi, 'according-to-last');
  }
  const frame = hit.cue.frame;
  if (frame === 'describe') return null;
  if (frame === 'noun' || frame === 'cognition') {
    const that = frame === 'noun' ? (word(ctx, after) === 'that' ? after : -1) : thatAhead(ctx, skipAdjuncts(ctx, after, hi), hi, 2);
    if (that < 0) return null;
    const next = ctx.tokens[that + 1];
    if (next === undefined || (next.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Pronoun'))) return null;
    return makeQuote(ctx, that + 1, clauseEnd(ctx, that + 1, hi), hit, lo, hi, 'that');
  }
  // speech verbs
  const next = ctx.tokens[after];
  if (next === undefined || after >= hi) return postPosed(ctx, hit, s);
  if (next.text === ':' || isOpenMark(next) || (next.text === ',' && isOpenMark(ctx.tokens[after + 1]))) return null;
  const that = thatAhead(ctx, after, hi, 12);
  if (that >= 0) return makeQuote(ctx, that + 1, clauseEnd(ctx, that + 1, hi), hit, lo, hi, 'that');
  let i = skipAdjuncts(ctx, after, hi);
  if (hit.cue.object === true) {
    const obj = objectEnd(ctx, i, hi);
    if (obj > i && word(ctx, obj) === 'to' && hit.cue.toClause === true) return makeQuote(ctx, i, clauseEnd(ctx, i, hi), hit, lo, hi, 'object-to');
    if (obj > i) return null;
  }
  if (word(ctx, i) === 'to') return hit.cue.toClause === true ? makeQuote(ctx, i, clauseEnd(ctx, i, hi), hit, lo, hi, 'to') : null;
  if (word(ctx, i) === ',') {
    // ", X said, CLAUSE": the cue's subject follows a comma too
    if (word(ctx, hit.first - 1) !== ',' && !(ctx.mentionOf[hit.first - 1] !== null && word(ctx, tokenStartOfMention(ctx, hit.first - 1) - 1) === ',')) {
      return postPosed(ctx, hit, s);
    }
    if (isOpenMark(ctx.tokens[i + 1])) return null;
    return makeQuote(ctx, i + 1, clauseEnd(ctx, i + 1, hi), hit, lo, hi, 'parenthetical');
  }
  const t = ctx.tokens[i];
  if (t !== undefined && i < hi && !SENTENCE_END.has(t.text) && (ctx.mentionOf[i] !== null || CLAUSE_OPENERS.has(word(ctx, i)) || t.kind === 'number' || t.tags.has('Noun') || isOpenMark(t))) {
    const endTok = clauseEnd(ctx, i, hi);
    if (hasVerb(ctx, i, endTok)) return makeQuote(ctx, i, endTok, hit, lo, hi, 'bare');
  }
  return postPosed(ctx, hit, s);
}

function tokenStartOfMention(ctx: QuoteContext, i: number): number {
  const m = ctx.mentionOf[i];
  while (i > 0 && m !== null && ctx.mentionOf[i - 1] === m) i--;
  return i;
}

/** End of an object noun phrase after a verb ("told reporters", "urged Mexico"). */
function objectEnd(ctx: QuoteContext, i: number, hi: number): number {
  const np = npAfter(ctx, i - 1, hi);
  if (np === null) return i;
  for (let k = np.first; k <= np.last; k++) if (word(ctx, k) === 'to') return k;
  return np.last - np.first < 5 ? np.last + 1 : i;
}

/** `CLAUSE, X said (adjuncts).` — the clause before the attribution. */
function postPosed(ctx: QuoteContext, hit: CueHit, s: Sentence): IndirectQuote | null {
  const { first: lo, end: hi } = s;
  // the rest of the sentence after the cue must not be a clause of its own
  for (let k = hit.last + 1; k < hi; k++) {
    const w = word(ctx, k);
    if (w === ',' || SENTENCE_END.has(w)) break;
    if (ctx.quoted[k]) return null;
  }
  let subjectStart: number;
  if (word(ctx, hit.first - 1) === ',') {
    subjectStart = hit.first; // ", said X"
  } else {
    const np = npEndingAt(ctx, hit.first - 1, lo);
    if (np === null) return null;
    subjectStart = np.first;
  }
  const comma = subjectStart - 1;
  if (word(ctx, comma) !== ',' || comma - lo < 3) return null;
  // a direct quote right before the comma is not reported speech
  if (ctx.quoted[comma - 1]) return null;
  let from = lo;
  while (from < comma && ctx.quoted[from]) from++;
  if (from !== lo) return null;
  return makeQuote(ctx, from, comma, hit, lo, hi, 'post-posed');
}

export function findIndirect(ctx: QuoteContext, blocked: (pos: number) => boolean): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  for (let si = 0; si < ctx.doc.sentences.length; si++) {
    const range = ctx.doc.sentenceTokens[si];
    if (range === undefined) continue;
    const [first, end] = range;
    const s: Sentence = { first, end };
    for (let i = first; i < end; i++) {
      const hit = ctx.cueOf[i];
      if (hit === null || hit === undefined || ctx.quoted[i] || blocked((ctx.tokens[i] as Token).start)) continue;
      const q = fromCue(ctx, hit, s);
      if (q !== null && !out.some((o) => o.quote.start === q.quote.start && o.quote.end === q.quote.end)) out.push(q);
    }
  }
  return out;
}
