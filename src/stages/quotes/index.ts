import type { Entity, Quote } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import { pairQuoteMarks, type MarkedSpan } from './marks.js';
import { createContext, paragraphRanges, type QuoteContext } from './context.js';
import { findPosts } from './posts.js';
import { findTranscriptTurns } from './transcripts.js';
import { findIndirect, type IndirectQuote } from './indirect.js';
import { attributeDirect, type Attribution, type PreviousQuote } from './attribution.js';
import { cueSpan } from './speaker.js';

/**
 * Quotes stage: direct quotes, posts and reported speech, attributed to entities.
 *
 * quote marks paired per paragraph (marks.ts) → embedded posts (posts.ts) and
 * transcript turns (transcripts.ts) → reported speech (indirect.ts) → each
 * direct quote attributed (attribution.ts, speaker.ts, ../coref). A short
 * quoted phrase with no cue next to it and outside any reported clause is a
 * scare quote or a title, not a quote.
 */
const SHORT_WORDS = 5;

interface Range {
  readonly start: number;
  readonly end: number;
}

const within = (ranges: readonly Range[]) => (pos: number): boolean => ranges.some((r) => pos >= r.start && pos < r.end);

function directQuote(ctx: QuoteContext, q: MarkedSpan, a: Attribution): Quote {
  const rule = q.close < 0 ? 'direct.unclosed' : `direct.${q.family}`;
  return {
    start: q.start,
    end: q.end,
    text: ctx.doc.input.slice(q.start, q.end),
    kind: 'direct',
    speaker: a.speaker,
    cue: a.cue === null ? null : cueSpan(ctx, a.cue.first, a.cue.last),
    post: null,
    provenance: a.cue === null ? `${rule}:${a.rule}` : `${rule}:${a.rule}:${a.cue.cue.id}`,
  };
}

function clauseAround(q: MarkedSpan, indirect: readonly IndirectQuote[]): IndirectQuote | null {
  return indirect.find((i) => q.open >= i.quote.start - 1 && q.end <= i.quote.end + 1) ?? null;
}

const FUNCTION_WORDS = new Set(['of', 'the', 'and', '&', 'a', 'an', 'in', 'for', 'to', 'on', 'at']);

/** "Fox & Friends", "Land of the People": a name or a title, not words someone said. */
function titleLike(text: string): boolean {
  let end = text.length;
  while (end > 0 && '.,;:!?'.includes(text[end - 1] as string)) end--;
  const words = text.slice(0, end).split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** The text before a quote mark ends in a number, a percentage or a vote ('voted "no"'). */
const AFTER_COUNT = /(?:[\d%]|\bvot(?:e|es|ed|ing))\s?$/i;

/**
 * Whether a quoted stretch is words someone said. Longer quotes always are; a
 * short one needs a cue next to it or a reported clause around it (a partial
 * quote: 'plans are now "mature", she said'), a label after a count is not, and
 * a title-cased one (a name, a title) never is unless it is a sentence.
 */
function isQuotation(text: string, before: string, a: Attribution, clause: IndirectQuote | null): boolean {
  const words = text.trim().split(/\s+/).length;
  if (words >= SHORT_WORDS) return true;
  // 'won 57% "no"', '1,200 "likes"', 'voted "yes"': a label after a count or a vote, not words anyone said
  if (words <= 2 && AFTER_COUNT.test(before)) return false;
  if (titleLike(text)) return /[.!?]["”’']?$/.test(text.trim());
  if (a.local) return true;
  return clause !== null;
}

export function extractQuotes(doc: Doc, entities: readonly Entity[]): Quote[] {
  const paragraphs = paragraphRanges(doc);
  const marked = pairQuoteMarks(doc.text, paragraphs);
  const posts = findPosts(doc.text, doc.input, paragraphs, entities);
  const turns = findTranscriptTurns(doc.text, doc.input, paragraphs, entities);
  const ctx = createContext(doc, entities, marked, paragraphs);
  const inTurn = within(turns);
  const inPost = within(posts.map((p) => p.block));
  const indirect = findIndirect(ctx, inTurn);

  const direct: Quote[] = [];
  let previous: PreviousQuote | null = null;
  for (const q of marked) {
    if (inTurn(q.open)) continue;
    let attribution = attributeDirect(ctx, q, previous, inPost(q.open));
    const clause = clauseAround(q, indirect);
    if (!isQuotation(doc.text.slice(q.start, q.end), doc.text.slice(Math.max(0, q.open - 8), q.open), attribution, clause)) continue;
    if (attribution.speaker === null && clause !== null && clause.quote.speaker !== null) {
      // quoted words inside reported speech are the reporter's source's words
      attribution = { speaker: clause.quote.speaker, cue: clause.cue, rule: 'clause', local: false };
    }
    direct.push(directQuote(ctx, q, attribution));
    previous = { span: q, attribution };
  }
  const all = [...posts.map((p) => p.quote), ...turns, ...direct, ...indirect.map((i) => i.quote)];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
