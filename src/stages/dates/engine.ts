/**
 * chrono-node as a candidate proposer. chrono finds the written forms (numeric dates, ordinal
 * words, offsets such as "three weeks from now", weekday phrases, a day with its clock time);
 * this file keeps what is ours: the extent (no leading "at"/"on"), one candidate per end of a
 * range, the not-date filters, and the TIMEX3 value, resolved against the candidate's own
 * reference date at resolve time (the publication date, or a post's date) with our year rule.
 */
import { chronoHits, type ChronoHit, type ChronoParts } from '../../adapters/chrono.js';
import {
  SUPERLATIVE_WORDS, ENGINE_CUES, HABITUAL_ADVERBS, ENGINE_GATE, ENGINE_LEADING, MONTHS, ENGINE_RANGE_LINKS, NOT_DATE_NUMERALS, NUMBER_WORDS, ORDINALS, UNITS, VAGUE_COUNTS, WEEKDAY_SHORT_NAMES,
} from '../../lexicons/en/dates.js';
import { SLASH_DAY_FOR_HEADS, SLASH_DAY_PREPOSITIONS } from '../../lexicons/en/dates-everyday.js';
import { CLAUSE_WINDOW, forwardAt, pastBefore, perfectBefore } from './tense.js';
import type { DatePart } from '../../types.js';
import type { Cand, Ctx, Resolved, View } from './context.js';
import { fmtDay, fmtMonth, fmtTime, fmtYear, type Ymd } from './calendar.js';
import { yearFor } from './resolve.js';
import type { Found } from './select.js';

/** Reference for the sentence scan when the article has no date: only stated parts are kept then. */
const NO_REF: Ymd = { y: 2000, m: 1, d: 1 };

/** A number and a separator right before a proposal: it starts inside "24/7" or "3-2". */
const GLUED_NUMBER = /\d[/.:\-–]$/;

/** Words that make a counted phrase a point ("the day after tomorrow"). */
const DEICTIC: ReadonlySet<string> = new Set(['today', 'tomorrow', 'yesterday', 'tonight']);

const WORD = /[a-z]+/g;
const DIGIT = /\d/;
/** chrono parsers that read a written calendar day. */
const STATED_DAY_TAG = /^parser\/(?:SlashDateFormatParser|EN\w*MonthName\w*|ISOFormatParser)$/;
const RELATIVE_TAG = /^(?:result\/relativeDate|casualReference\/)/;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Is this a relative expression (its parts come from the reference date, not from the text)? */
function isRelative(h: ChronoHit): boolean {
  return h.tags.some((t) => RELATIVE_TAG.test(t));
}

/**
 * "march 3 12 soldiers": chrono takes a bare number after the day for a two-digit year (2012).
 * The number is cut off and the year left to our year rule; only "Aug 9, '96" (apostrophe)
 * is read as a year, by our own parser.
 */
function countAfterDay(text: string): boolean {
  const parts = text.split(' ');
  const last = parts[parts.length - 1] ?? '';
  const before = parts[parts.length - 2] ?? '';
  return parts.length >= 3 && /^\d{1,3}$/.test(last) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(before);
}

/** The not-date filters: what chrono proposes that a news reader would not call a date. */
/** "ended 10/31", "is on 7/24": a month and a day over 12 with a slash, after a verb or a preposition (not "a 5/16 inch bolt"); any day after "on" ("on 6/12"). */
const MONTH_SLASH_DAY = /^(\d{1,2})\/(\d{1,2})$/;

function monthSlashDay(v: View, s: number, text: string, p: ChronoParts): boolean {
  const m = MONTH_SLASH_DAY.exec(text);
  if (m === null || Number(m[1]) !== p.month || Number(m[2]) !== p.day) return false;
  const at = tokenRange(v, s, s + text.length);
  const prev = at === null ? undefined : v.toks[at[0] - 1];
  // "meet on 6/12": after "on", "until" or "since" even a day that could be a month is a date, not a fraction.
  if (p.day <= 12) {
    const next = at === null ? undefined : v.toks[at[1]];
    const fraction = next !== undefined && (next.text.toLowerCase() === 'of' || next.pos === 'NOUN'); // "on 1/2 of days"
    const scheduledFor = prev !== undefined && at !== null && prev.text.toLowerCase() === 'for' && SLASH_DAY_FOR_HEADS.has(v.toks[at[0] - 2]?.text.toLowerCase() ?? '');
    return prev !== undefined && (SLASH_DAY_PREPOSITIONS.has(prev.text.toLowerCase()) || scheduledFor) && !fraction;
  }
  return prev !== undefined && (prev.pos === 'ADP' || prev.pos === 'VERB' || prev.pos === 'AUX');
}

function acceptable(text: string, p: ChronoParts, relative: boolean, inRange: boolean): boolean {
  const trimmed = text.trim();
  if (NOT_DATE_NUMERALS.has(trimmed)) return false;
  const words = wordsOf(trimmed);
  // "The council sat until midnight": a short weekday name in lower case is the word ("sat", "wed"), not the day
  if (words.length === 1 && WEEKDAY_SHORT_NAMES.has(trimmed) && trimmed === trimmed.toLowerCase()) return false;
  const dayOfMonth = !relative && p.month !== null && p.day !== null; // "March fourteenth", "the first of May" (not "lasts", chrono's "last s")
  if (!DIGIT.test(trimmed) && !inRange && !dayOfMonth) {
    if (words.length < 2) return false; // one word: our parsers and their name filters decide
    if (!words.some((w) => ENGINE_CUES.has(w) || NUMBER_WORDS.has(w) || ORDINALS.has(w))) return false;
  }
  if (words.some((w) => VAGUE_COUNTS.has(w))) return false; // "a few years ago": PAST_REF, our vague parser
  // Numbers without a month name and without a year ("3-2", "1/2", "24/7") are scores and fractions.
  if (!relative && !inRange && p.year === null && p.hour === null && words.length === 0) return false;
  // A clock time with no day is our clock parser's (it takes the day from the sentence).
  if (p.hour !== null && p.day === null && p.weekday === null && !relative) return false;
  return p.year !== null || p.month !== null || p.day !== null || p.weekday !== null || p.hour !== null || relative;
}

/**
 * chrono's reading of a clock time written before its day ("3 p.m. on Tuesday") is not used:
 * our clock time and our day are joined into one TIME by joinClockDays (clock-day.ts), which
 * keeps a time zone and leaves the ends of a time range apart. A day, "at" and its time
 * ("July 12 at 7 p.m.", "10/31 at midnight") is proposed, but like any proposal over our
 * findings it only fills a gap; a time with a deictic day ("8:30 this morning") is one TIME.
 */
function timeFirstOnDay(text: string, p: ChronoParts, relative: boolean): boolean {
  if (p.hour === null || relative || (p.day === null && p.weekday === null)) return false;
  if (/^\s*\d{1,4}[/-]\d{1,2}(?:[/-]\d{2,4})?\s+at\s/i.test(text)) return false; // "10/31 at midnight": a numeric day, "at", its time
  if (/^\s*\d/.test(text) || /^\s*(?:noon|midnight)/i.test(text)) return true;
  return !/\sat\s/i.test(text);
}

/**
 * chrono reads any counted unit as an offset ("for 30 years", "within 10 minutes", "a day after
 * the vote"); in news most of those are durations. An offset point here ends in "ago" or "from
 * now", or is "in" + a count in a clause that does not narrate the past ("will arrive in five
 * days", not "flew 1200km in 8 hours"); counts with "later"/"after" are our duration parser's.
 */
function offsetPoint(v: View, from: number, text: string): boolean {
  const words = wordsOf(text);
  const lastWord = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  if (!words.some((w) => UNITS.has(w)) || words.some((w) => DEICTIC.has(w))) return true; // "tonight at 8", "the day after tomorrow"
  if (lastWord === 'ago' || lastWord === 'hence' || text.toLowerCase().endsWith('from now')) return true;
  if (first !== 'in') return false;
  const prev = v.toks[from - 1];
  // "a decline in two years"; a pronoun is no such noun ("see you in two weeks").
  // A noun heads a noun phrase only after a determiner, an adjective or a number ("the first loss
  // in two years"); "the ship docks in five days" and "call back in a week" are points.
  const before = v.toks[from - 2];
  const nounPhrase = prev !== undefined && prev.tags.has('Noun') && prev.pos !== 'PRON' && prev.pos !== 'ADV'
    && (before === undefined || ['DET', 'ADJ', 'NUM', 'PRON'].includes(before.pos) || before.kind === 'number');
  if (prev !== undefined && prev.kind === 'number') return false;
  // "returns from its recess in two weeks": in a clause that looks ahead the noun is no measured
  // stretch but where the point falls, unless counted ("play three games in eight days"; a
  // superlative's "the first loss in two years" never gets here).
  const counted = before !== undefined && (before.kind === 'number' || before.pos === 'NUM');
  if (nounPhrase && (counted || !forwardAt(v, from))) return false;
  // "250 millimetres of rain in 36 hours", "$2 million of bets in a week": a measured amount of something, in the time it took
  const amount = v.toks[from - 4];
  if (prev !== undefined && prev.tags.has('Noun') && v.toks[from - 2]?.text.toLowerCase() === 'of' && amount !== undefined && (amount.kind === 'number' || amount.pos === 'NUM')) return false;
  // "we watched more than 100,000 of our people leave in a week": a past verb anywhere in the clause makes it a span
  // … and so does a perfect ("many have done their shopping in four days")
  return !pastBefore(v, from, CLAUSE_WINDOW) && !perfectBefore(v, from, CLAUSE_WINDOW);
}

/** The span without a leading preposition ("at 3 p.m. …" → "3 p.m. …"). */
function trimLeading(start: number, text: string): [number, string] {
  const m = /^([a-z]+)\s+/i.exec(text);
  if (m === null || !ENGINE_LEADING.has((m[1] as string).toLowerCase())) return [start, text];
  return [start + m[0].length, text.slice(m[0].length)];
}

/** Splits a range's text at the link between its ends; null when no link is found. */
function splitRange(text: string): [number, number] | null {
  let best: [number, number] | null = null;
  for (const link of ENGINE_RANGE_LINKS) {
    const at = text.lastIndexOf(link);
    if (at > 0 && (best === null || at > best[0])) best = [at, at + link.length];
  }
  return best;
}

function statedOf(p: ChronoParts): DatePart[] {
  const out: DatePart[] = [];
  if (p.year !== null) out.push('year');
  if (p.month !== null) out.push('month');
  if (p.day !== null) out.push('day');
  if (p.weekday !== null) out.push('weekday');
  if (p.hour !== null) out.push('hour');
  if (p.minute !== null && p.minute !== 0) out.push('minute');
  return out;
}

/**
 * The parts of `text` (one end of a proposal) again, against `ref`: relative expressions are
 * resolved against their own reference date. A range end that does not parse alone ("7" of
 * "March 3-7") keeps the parts of the sentence scan.
 */
function reparse(text: string, ref: Ymd, forward: boolean, fallback: ChronoParts): ChronoParts {
  return chronoHits(text, ref, forward)[0]?.from ?? fallback;
}

/** The TIMEX3 value of one end of a chrono proposal, in context. */
function valueOf(text: string, p0: ChronoParts, relative: boolean, ctx: Ctx): Resolved {
  const ref = ctx.ref;
  const needsRef = relative || (p0.weekday !== null && p0.day === null);
  const p = needsRef && ref !== null ? reparse(text, ref, ctx.forward, p0) : p0;
  const stated = statedOf(p0);
  const inferred: DatePart[] = [];
  let date: string;
  if (needsRef) {
    const known = ref !== null;
    const i = p.implied;
    if (p.day !== null || p.weekday !== null || p.hour !== null || (p.month === null && p.year === null)) date = known ? fmtDay({ y: i.y, m: i.m, d: i.d }) : 'XXXX-XX-XX';
    else if (p.month !== null) date = known ? fmtMonth(i.y, i.m) : 'XXXX-XX';
    else date = known ? fmtYear(i.y) : 'XXXX';
    if (known) inferred.push('year', 'month', 'day');
  } else if (p.month !== null) {
    const y = p.year ?? yearFor(ctx, p.month);
    if (p.year === null && y !== null) inferred.push('year');
    date = p.day !== null ? fmtDay({ y, m: p.month, d: p.day }) : fmtMonth(y, p.month);
  } else {
    date = fmtYear(p.year);
  }
  const value = p.hour === null ? date : `${date}T${fmtTime(p.hour, p.minute ?? 0)}`;
  return { value, stated, inferred: inferred.filter((x) => !stated.includes(x)) };
}

/** Token range of a character span inside the sentence view, or null when it cuts a token. */
function tokenRange(v: View, start: number, end: number): [number, number] | null {
  let from = -1;
  let to = -1;
  for (let k = 0; k < v.toks.length; k++) {
    const t = v.toks[k];
    if (t === undefined) continue;
    if (from < 0 && t.end > start) from = k;
    if (t.start < end) to = k + 1;
  }
  return from < 0 || to <= from ? null : [from, to];
}

/** The text without trailing white space and clause punctuation (a backwards scan, no regex). */
function trimTail(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n\r\u00a0,;:'.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** "4.5.2025" is day first (the guidelines' convention for dotted dates); chrono reads it month first. */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(?:\d{2}|\d{4})$/;

function dayFirstDotted(text: string, p: ChronoParts): ChronoParts {
  const m = DOTTED.exec(text);
  if (m === null || p.month === null || p.day === null) return p;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { ...p, day: d, month: mo } : p;
}

/** A full numeric date after "on" at the end of a proposal ("6pm on 31/12/2025"). */
const NUMERIC_DAY_AFTER_ON = /\son (\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})$/;

function cand(v: View, start: number, text: string, p0: ChronoParts, relative: boolean, rule: string): Cand | null {
  const [s, t] = trimLeading(start, text);
  const whole = trimTail(t);
  // "march 3 12 soldiers": the date is "march 3", the year is not stated.
  const count = countAfterDay(whole);
  const trimmed = count ? trimTail(whole.slice(0, whole.lastIndexOf(' '))) : whole;
  const p = dayFirstDotted(trimmed, count ? { ...p0, year: null } : p0);
  const inRange = rule.startsWith('engine.range');
  if (timeFirstOnDay(trimmed, p, relative)) {
    // "6pm on 31/12/2025": our parsers see the clock time but not a numeric day after it; the day alone is
    // proposed, and joinClockDays joins the two
    const day = NUMERIC_DAY_AFTER_ON.exec(trimmed)?.[1];
    return day === undefined ? null : cand(v, s + trimmed.length - day.length, day, { ...p, hour: null, minute: null }, relative, rule);
  }
  if (!(acceptable(trimmed, p, relative, inRange) || monthSlashDay(v, s, trimmed, p))) return null;
  // "the March of Dimes": chrono's month before a dangling "of" is a name.
  if (/\sof$/i.test(trimmed)) return null;
  const range = tokenRange(v, s, s + trimmed.length);
  if (range === null || (!inRange && GLUED_NUMBER.test(v.text.slice(Math.max(0, s - 2), s)))) return null; // "24/7 August"
  if (relative && !offsetPoint(v, range[0], trimmed)) return null;
  const type = p.hour !== null ? 'TIME' : 'DATE';
  const role = type === 'TIME' ? 'other' : p.day !== null || p.weekday !== null ? 'day' : 'date';
  return {
    from: range[0], to: range[1], type, rule, role, chars: [s, s + trimmed.length],
    resolve: (ctx) => valueOf(trimmed, p, relative, ctx),
  };
}

/**
 * Could chrono propose anything our filters keep in this sentence? Every kept proposal has a
 * digit, a month name, a deictic word, or "in" with a unit ("in five days"); most sentences of
 * an article have none, and chrono is not run on them (a tenth of the stage's time).
 */
function worthAsking(v: View): boolean {
  let inWord = false;
  let unit = false;
  for (const w of v.lo) {
    if (DIGIT.test(w) || MONTHS.has(w) || ENGINE_GATE.has(w)) return true;
    if (w === 'in') inWord = true;
    else if (UNITS.has(w)) unit = true;
  }
  return inWord && unit;
}

const SLASHED_FULL = /^\s*(\d{1,2})\/(\d{1,2})\/\d{2,4}\s*$/;

/** The parts with month and day swapped: the day-first reading of a slashed date chrono read month first. */
function swapped(p: ChronoParts): ChronoParts {
  return { ...p, month: p.day, day: p.month, implied: { ...p.implied, m: p.implied.d, d: p.implied.m } };
}

/**
 * "from 01/02/2026 to 28/02/2026": the two ends of a range of slashed dates are written the same way, so when
 * one can only be day first (its first number is over 12), the other is read day first too.
 */
function sameOrderEnds(textA: string, a: ChronoParts, textB: string, b: ChronoParts): [ChronoParts, ChronoParts] {
  const ma = SLASHED_FULL.exec(textA);
  const mb = SLASHED_FULL.exec(textB);
  if (ma === null || mb === null) return [a, b];
  const dayFirstOnly = (m: RegExpExecArray): boolean => Number(m[1]) > 12 && Number(m[2]) <= 12;
  const either = (m: RegExpExecArray): boolean => Number(m[1]) <= 12 && Number(m[2]) <= 12;
  if (dayFirstOnly(mb) && either(ma) && a.month === Number(ma[1])) return [swapped(a), b];
  if (dayFirstOnly(ma) && either(mb) && b.month === Number(mb[1])) return [a, swapped(b)];
  return [a, b];
}

/** chrono's candidates in one sentence, after our filters; ranges give one candidate per end. */
export function engineCandidates(v: View, ref: Ymd | null): Cand[] {
  const first = v.toks[0];
  const last = v.toks[v.toks.length - 1];
  if (first === undefined || last === undefined || !worthAsking(v)) return [];
  const base = first.start;
  const out: Cand[] = [];
  for (const h of chronoHits(v.text.slice(base, last.end), ref ?? NO_REF, false)) {
    // "10/31 at midnight" carries a casual-reference tag for "midnight", but its day is stated.
    const relative = isRelative(h) && !h.tags.some((t) => STATED_DAY_TAG.test(t));
    const start = base + h.start;
    const split = h.to !== null ? splitRange(h.text) : null;
    if (h.to !== null && split !== null) {
      // A range that opens on a bare number ("3-2 August") is a score or a count before a date.
      if (/^\d+$/.test(h.text.slice(0, split[0]).trim())) continue;
      // "(14.3.1938 – 7.8.2026)": the end starts after the white space around a dash
      const endText = h.text.slice(split[1]);
      const lead = endText.length - endText.trimStart().length;
      const [pa, pb] = sameOrderEnds(h.text.slice(0, split[0]), h.from, endText, h.to);
      const a = cand(v, start, h.text.slice(0, split[0]), pa, relative, 'engine.range-start');
      const b = cand(v, start + split[1] + lead, endText.slice(lead), pb, relative, 'engine.range-end');
      if (a !== null) out.push(a);
      if (b !== null) out.push(b);
      continue;
    }
    // "the worst in 50 years", "the first time in a decade": a stretch of time, not a date 50 years on.
    if (relative && /^in\s/i.test(h.text) && superlativeBefore(v, start)) continue;
    const c = cand(v, start, h.text, h.from, relative, relative ? 'engine.relative' : 'engine.absolute');
    if (c !== null) out.push(c);
  }
  return out;
}

/** Tokens a superlative may sit before "in N years" ("the worst drought in", "the first time in"). */
const SUPERLATIVE_REACH = 4;

/** A superlative, "first"/"last" or an ordinal "time" ("the third time") shortly before the token at `start`. */
function superlativeBefore(v: View, start: number): boolean {
  const at = v.toks.findIndex((t) => t.start >= start);
  for (let k = at - 1; k >= 0 && k >= at - SUPERLATIVE_REACH; k--) {
    const t = v.toks[k];
    const w = v.lo[k] ?? '';
    if (t === undefined || t.kind === 'punct') return false;
    if (SUPERLATIVE_WORDS.has(w) || (t.pos === 'ADJ' && w.length > 5 && w.endsWith('est'))) return true;
    // "for the second time in three months": an ordinal time counts within a stretch, as "the first time" does
    if (ORDINALS.has(w) && v.lo[k + 1] === 'time') return true;
  }
  return false;
}

const READ_AS_PART = /^(?:relative|vague|time)\./;

/** How far back, in characters, a clause is searched for a habitual adverb. */
const HABITUAL_WINDOW = 60;

/** A habitual adverb (HABITUAL_ADVERBS) in the clause before offset `at`, no clause break between. */
function habitualBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - HABITUAL_WINDOW), at).toLowerCase();
  const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(','), before.lastIndexOf(':')) + 1);
  return clause.split(/\s+/).some((w) => HABITUAL_ADVERBS.has(w)) || clause.includes('on average');
}

/** A month name and a day number, nothing else ("June 14", "Aug. 8"). */
const MONTH_AND_DAY = /^[A-Za-z]+\.? \d{1,2}$/;

const NUMERIC_DATE = /\d[/.-]\d|\d-[a-z]/i;

/**
 * Where chrono's reading beats ours on the same words, measured on the corpus: a numeric date of
 * which our parsers saw only the year ("3/14/2024"), and an offset point of which they saw only
 * the duration or the deictic word ("in five days", "the day after tomorrow", "noon tomorrow").
 * Everywhere else our reading stands, and chrono only fills the gaps between ours.
 */
function replaces(text: string, e: Found, covered: readonly Found[]): boolean {
  if (covered.length === 0) return true;
  if (covered.some((f) => f.start < e.start || f.end > e.end) || covered.every((f) => f.end - f.start === e.end - e.start)) return false;
  // An offset or a deictic time over our duration, clock time or deictic word; never over a calendar date.
  // Our clock time and the day next to it are joined by joinClockDays ("7 tonight", "noon tomorrow").
  if (e.cand.rule === 'engine.relative' && covered.some((f) => f.cand.role === 'time')) return false;
  // "more than the town usually receives in six months": in a habitual clause "in six months" is how long, not when
  if (e.cand.rule === 'engine.relative' && covered.some((f) => f.cand.type === 'DURATION') && habitualBefore(text, e.start)) return false;
  if (e.cand.rule === 'engine.relative') return covered.every((f) => f.cand.type === 'DURATION' || READ_AS_PART.test(f.cand.rule));
  const span = text.slice(e.start, e.end);
  // A day our parsers missed with our clock time next to it ("10/31 at midnight", "31/12/2025 at 6pm", of which we
  // saw the clock and the year): chrono's one TIME.
  if (e.cand.rule === 'engine.absolute' && e.cand.type === 'TIME') {
    return covered.every((f) => f.cand.role === 'time' || (NUMERIC_DATE.test(span) && f.cand.rule.startsWith('years.')));
  }
  // "on June 14-15": our month alone where chrono read the month and its day (a range start).
  if ((e.cand.rule === 'engine.absolute' || e.cand.rule === 'engine.range-start') && e.cand.type === 'DATE' && MONTH_AND_DAY.test(span)
    && covered.every((f) => f.cand.rule === 'absolute.month' && f.start === e.start)) return true;
  // the ends of a numeric range ("from 01/02/2026 to 28/02/2026") as the numeric date alone
  if ((e.cand.rule !== 'engine.absolute' && !e.cand.rule.startsWith('engine.range')) || e.cand.type !== 'DATE') return false;
  // ("the first of May" over our "May" was tried too: it cost a value on the check fold.)
  return NUMERIC_DATE.test(span) && covered.every((f) => f.cand.rule.startsWith('years.'));
}

/** Our findings with chrono's where `replaces` says so; both lists are non-overlapping and in text order. */
export function mergeEngine(text: string, ours: readonly Found[], engine: readonly Found[]): Found[] {
  const dropped = new Set<Found>();
  const added: Found[] = [];
  for (const e of engine) {
    const covered = ours.filter((f) => f.start < e.end && e.start < f.end);
    if (!replaces(text, e, covered)) continue;
    for (const f of covered) dropped.add(f);
    added.push(e);
  }
  if (added.length === 0) return [...ours];
  return [...ours.filter((f) => !dropped.has(f)), ...added].sort((a, b) => a.start - b.start);
}
