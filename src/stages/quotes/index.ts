import type { Entity, Quote } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import { pairQuoteMarks, type MarkedSpan } from './marks.js';
import { createContext, paragraphRanges, type Paragraph, type QuoteContext } from './context.js';
import { tokenIndexAt } from '../../pipeline/tokens.js';
import { findPosts } from './posts.js';
import { findTranscriptTurns } from './transcripts.js';
import { findIndirect, type IndirectQuote } from './indirect.js';
import { attributeDirect, fallback, type Attribution, type PreviousQuote } from './attribution.js';
import { cueSpan } from './speaker.js';
import { withCheckedSpeaker } from './invariants.js';
import { calibrated } from './confidence.js';
import { resolveLaterNames } from './cataphora.js';

/**
 * Quotes stage: direct quotes, posts and reported speech, attributed to entities.
 *
 * quote marks paired per paragraph (marks.ts) → embedded posts (posts.ts) and
 * transcript turns (transcripts.ts) → reported speech (indirect.ts) → each
 * direct quote attributed (attribution.ts, speaker.ts, ../coref) → an unnamed
 * speaker named in the next sentences (cataphora.ts). A short
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

/**
 * Whether a quote's attribution is its own inside the reported clause around it: a speech verb inside the clause
 * ("Ruiz said Hale had called the plan “a disaster”" is Hale's). A cue after the clause ("…had “run its
 * course.” The chair, X, said …"), a noun ("Y's remarks risked “…”") or a verb of feeling ("the town
 * felt “…”") inside it does not take the words from the clause's speaker.
 */
function ownCue(a: Attribution, clause: IndirectQuote | null, text: string, open: number): boolean {
  if (clause === null || a.cue === null) return true;
  const inside = a.cue.start >= clause.quote.start && a.cue.end <= clause.quote.end;
  // "said Norland had asked for help and that a stronger presence “would …”": a second content clause of the report
  // between the cue and the quote mark leaves the cue in the first one; the words are the reporter's source's
  if (a.cue.end < open && COORDINATED_REPORT.test(text.slice(a.cue.end, open))) return false;
  return inside && (a.cue.cue.frame === 'speech' || a.cue.cue.frame === 'describe');
}

function clauseAround(q: MarkedSpan, indirect: readonly IndirectQuote[], text: string): IndirectQuote | null {
  return indirect.find((i) => q.open >= i.quote.start - 1 && q.end <= i.quote.end + 1)
    // "said Norland had asked for help after the clashes and that a stronger presence “would …”": the report's next
    // "that" clause, in the same sentence, is the same speaker's even where the first clause was cut short
    ?? indirect.find((i) => q.open > i.quote.end && q.open - i.quote.end <= NEXT_CLAUSE_REACH && COORDINATED_REPORT.test(text.slice(i.quote.end, q.open)) && !/[.!?]\s/.test(text.slice(i.quote.end, q.open)))
    ?? null;
}

/** "… and that …", "…, but that …": a report's next content clause. */
const COORDINATED_REPORT = /\b(?:and|but) that\b/;

/** How far after a reported clause a quote may open and still be that report's next clause ("…, and that X “…”"). */
const NEXT_CLAUSE_REACH = 120;

const FUNCTION_WORDS = new Set(['of', 'the', 'and', '&', 'a', 'an', 'in', 'for', 'to', 'on', 'at']);

/** "Fox & Friends", "Land of the People": a name or a title, not words someone said. */
function titleLike(text: string): boolean {
  let end = text.length;
  while (end > 0 && '.,;:!?'.includes(text[end - 1] as string)) end--;
  const words = text.slice(0, end).split(/\s+/).filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/** A quoted stretch that opens like a sentence. */
const SENTENCE_START = /^\p{Lu}/u;
/** … and ends like one. */
const SENTENCE_END = /[.!?]$/;
/** A finished sentence, perhaps closed by a quote mark. */
const FINISHED = /[.!?]["”’']?$/;

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
  if (titleLike(text)) return FINISHED.test(text.trim());
  if (a.local) return true;
  // "… ,” Ruiz said. “It is a violation.”": a whole sentence quoted as a sentence of its own, continuing a speaker
  if (a.speaker !== null && (a.rule === 'same-paragraph' || a.rule === 'continuation') && SENTENCE_START.test(text) && SENTENCE_END.test(text.trim()) && betweenSentences(before)) return true;
  return clause !== null;
}

/** The quote mark opens after a finished sentence and a space, or at the start of a paragraph. */
function betweenSentences(before: string): boolean {
  const kept = before.trimEnd();
  if (kept === '' || before.slice(kept.length).includes('\n')) return true;
  return kept.length < before.length && FINISHED.test(kept);
}

/** Longest headline, in words; a headline has no full stop of its own. */
const HEADLINE_WORDS = 25;

/** The document's first paragraph when it reads as a headline. */
function headlineOf(ctx: QuoteContext): Paragraph | null {
  const p = ctx.paragraphs[0];
  if (p === undefined) return null;
  const text = ctx.text.slice(p.start, p.end).trim();
  let end = text.length;
  while (end > 0 && '"”’\''.includes(text[end - 1] as string)) end--;
  if (text.split(/\s+/).length > HEADLINE_WORDS || '.!?'.includes(text[end - 1] ?? '')) return null;
  return p;
}

/**
 * A quote in a headline ("X ‘deeply disappointed’ by …", "“Not a chance” X
 * rejects …") is the words of the entity named right before it, else right
 * after it, unless the cue rules found a speaker; a title-like or one-word
 * quote is a label, not a quote. With no entity next to it, the ordinary rules decide.
 */
function headlineQuote(ctx: QuoteContext, q: MarkedSpan, a: Attribution): Attribution | null {
  const text = ctx.text.slice(q.start, q.end);
  if (text.trim().split(/\s+/).length < 2 || titleLike(text)) return null;
  if (a.speaker !== null && a.local) return a;
  const open = tokenIndexAt(ctx.tokens, q.open);
  const close = q.close < 0 ? -1 : tokenIndexAt(ctx.tokens, q.close + 1);
  const p = ctx.paragraphs[0] as Paragraph;
  const near = [ctx.mentionOf[open - 1], close < 0 ? null : ctx.mentionOf[close]];
  for (const m of near) {
    if (m === null || m === undefined || m.type === 'NORP') continue;
    const e = ctx.entityById.get(m.entityId);
    if (e === undefined || m.start < p.start || m.end > p.end) continue;
    return { speaker: { name: e.name, entityId: e.id, method: 'explicit', confidence: 0.6, span: { start: m.start, end: m.end, text: ctx.doc.input.slice(m.start, m.end) } }, cue: null, rule: 'before', local: true };
  }
  return null;
}

/**
 * A quote that runs over several paragraphs, each reopened with a mark and the last one attributed
 * ("“We will not bow. …¶“Every citizen has a part,” she added."): an unattributed unclosed paragraph
 * is the words of the speaker its continuation names. Walks back so a chain of paragraphs takes it.
 */
function continueBackwards(direct: Quote[], spans: readonly MarkedSpan[]): void {
  for (let i = direct.length - 2; i >= 0; i--) {
    const q = spans[i] as MarkedSpan;
    const next = spans[i + 1] as MarkedSpan;
    const here = direct[i] as Quote;
    const there = direct[i + 1] as Quote;
    if (here.speaker !== null || !q.continued || next.paragraph !== q.paragraph + 1 || there.speaker === null) continue;
    direct[i] = { ...here, speaker: { ...there.speaker, method: 'context', confidence: 0.6 }, cue: there.cue, provenance: `${here.provenance.replace(/:none$/, '')}:continued` };
  }
}

/** Lower case, letters and digits only, one space between words: how a headline's quote is found again in the body. */
const folded = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Fewest words a headline quote needs to be found again in the body (a two-word phrase recurs by chance). */
const ECHO_WORDS = 3;

/**
 * "Colombia protests strikes: ‘Our territory is not a firing range’" … later “Our territory is not a firing range
 * for anyone,” Ruiz said: a headline quote with no speaker is the words of whoever says them again in the body.
 */
function echoedHeadline(direct: Quote[], spans: readonly MarkedSpan[], headline: Paragraph | null): void {
  if (headline === null) return;
  direct.forEach((q, i) => {
    if (q.speaker !== null || (spans[i] as MarkedSpan).paragraph !== headline.index) return;
    const words = folded(q.text);
    if (words.split(' ').length < ECHO_WORDS) return;
    const again = direct.find((d, k) => k !== i && d.speaker !== null && (spans[k] as MarkedSpan).paragraph !== headline.index && ` ${folded(d.text)} `.includes(` ${words} `));
    if (again?.speaker == null) return;
    direct[i] = { ...q, speaker: { ...again.speaker, method: 'context', confidence: 0.6 }, provenance: `${q.provenance.replace(/:none$/, '')}:echoed` };
  });
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
  const reported = indirect.map((i) => i.quote);

  const direct: Quote[] = [];
  const spans: MarkedSpan[] = [];
  let previous: PreviousQuote | null = null;
  const headline = headlineOf(ctx);
  for (const q of marked) {
    if (inTurn(q.open)) continue;
    let attribution = attributeDirect(ctx, q, previous, inPost(q.open));
    const clause = clauseAround(q, indirect, doc.text);
    if (headline !== null && q.paragraph === headline.index) {
      const h = headlineQuote(ctx, q, attribution);
      if (h !== null) {
        direct.push(directQuote(ctx, q, h));
        spans.push(q);
        previous = { span: q, attribution: h };
        continue;
      }
    }
    if (!isQuotation(doc.text.slice(q.start, q.end), doc.text.slice(Math.max(0, q.open - 8), q.open), attribution, clause)) continue;
    if ((attribution.speaker === null || !attribution.local || !ownCue(attribution, clause, doc.text, q.open)) && clause !== null && clause.quote.speaker !== null) {
      // quoted words inside reported speech are the reporter's source's words, before any speaker found further off
      attribution = { speaker: clause.quote.speaker, cue: clause.cue, rule: 'clause', local: false };
    }
    if (attribution.speaker === null) attribution = fallback(ctx, q, previous, attribution, reported) ?? attribution;
    direct.push(directQuote(ctx, q, attribution));
    spans.push(q);
    previous = { span: q, attribution };
  }
  continueBackwards(direct, spans);
  echoedHeadline(direct, spans, headline);
  const all = [...posts.map((p) => p.quote), ...turns, ...direct, ...indirect.map((i) => i.quote)];
  const sorted = all.map(withCheckedSpeaker).map(calibrated).sort((a, b) => a.start - b.start || a.end - b.end);
  return resolveLaterNames(doc.input, sorted, entities);
}
