import type { DateMention } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import type { Cand, Ctx, Parser, Resolved, View } from './context.js';
import { addDays, dayPart, daysBetween, fmtDay, isoWeekMonday, parseYmd, type PartialDate, type Ymd } from './calendar.js';
import { PERIOD_END_LINKS, RANGE_WORDS } from '../../lexicons/en/dates.js';
import { engineCandidates, mergeEngine } from './engine.js';
import { longestNonOverlapping, widenEdges, type Found } from './select.js';
import { weekdayAppositions } from './apposition.js';
import { joinClockDays } from './clock-day.js';
import { dropNamedDates } from './names.js';
import { contrastValue } from './contrast.js';
import { alignRangeYears } from './range-years.js';
import { datelineDate, datelineDay, isDateline, postAnchors, todayApposition, weekAnchorOf, type PostAnchor } from './anchors.js';
import { partialOf } from './resolve.js';
import { forwardAt, narratedBefore, pastAfterAside, pastAfterHead, pastClause, sinceGerund } from './tense.js';
import { word } from './context.js';
import { mayStart } from './triggers.js';
import { dayFirstValue, writesDayFirst } from './numeric-order.js';
import { monthFirst, dayFirst, numericDate, loneDay, ordinalOf, betweenDays } from './parsers/absolute.js';
import { year, shortYear, decade, century, spelledYear } from './parsers/years.js';
import { weekday, nthWeekdayOf } from './parsers/weekday.js';
import { clock, noon } from './parsers/time.js';
import { deictic, shifted, anaphoric, periodEnd, newYear } from './parsers/relative.js';
import { quarter, season, recurring, holiday, half, weekOfMonth } from './parsers/periods.js';
import { duration, adverbSet } from './parsers/duration.js';
import { vaguePhrase, vagueUnits } from './parsers/vague.js';
import { EVERYDAY_PARSERS } from './parsers/everyday.js';

/** The parsers, in one place. Order does not matter: overlaps go to the longest match. */
export const DATE_PARSERS: readonly Parser[] = Object.freeze([...EVERYDAY_PARSERS,
  numericDate, monthFirst, dayFirst, loneDay, ordinalOf, betweenDays, year, shortYear, spelledYear, decade, century, weekday, nthWeekdayOf, clock, noon,
  deictic, shifted, anaphoric, periodEnd, newYear, quarter, season, recurring, holiday, half, weekOfMonth, duration, adverbSet, vaguePhrase, vagueUnits,
]);

/** Prepositions between a date and the verb of its clause ("closed in March", "met on May 3"). */
const DATE_LEAD: ReadonlySet<string> = new Set(['in', 'on', 'by', 'during', 'until', 'from', 'at', 'of']);

const YEAR_VALUE = /^\d{4}$/;

/** A year this near the sentence start heads it ("In 2019, …"), and dates the whole sentence. */
const FRONTED = 2;
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', '—', '–', '(', ':']);

/**
 * A year that frames its clause: "in 2019", "during 2019", or a modifier ("the 2027 edition"); not the start or end
 * of a span ("under discussion since 2019 and was last revised in late November").
 */
function framingYear(v: View, f: Found): boolean {
  const before = word(v, f.from - 1);
  return before === 'in' || before === 'during' || v.toks[f.cand.to]?.pos === 'NOUN';
}

/**
 * Is a year the sentence stated in the clause of the date at `from`? A fronted year dates the whole
 * sentence; any other only up to the next comma ("… since the mine closed in 2003, were told in March").
 */
function sameClause(v: View, year: { to: number; fronted: boolean }, from: number): boolean {
  if (year.fronted) return true;
  // "in 2019, when 88 people fell ill over the spring": a "when" clause on the year is still its time
  const when = word(v, year.to) === ',' && word(v, year.to + 1) === 'when' ? year.to : -1;
  for (let k = year.to; k < from; k++) if (k !== when && CLAUSE_MARKS.has(word(v, k))) return false;
  return true;
}

const WEEK_VALUE = /^(\d{4})-W(\d{2})$/;
const CLOCK_WITH_DAY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * "The water came in at 3 a.m., and ten minutes later …": an offset in hours or minutes counts from the clock
 * time told before it in its sentence, so it is resolved after that time, in the second pass.
 */
function countsFromClockInSentence(found: readonly Found[], f: Found): boolean {
  return f.cand.rule === 'duration.later' && f.cand.type === 'TIME' && found.some((g) => g.cand.role === 'time' && g.cand.to <= f.from);
}

/** An evening clock time (from this hour on) followed by an early-morning one (before the next hour) tells a night. */
const EVENING_HOUR = 18;
const EARLY_HOUR = 8;

/**
 * "Troops were sent at 10 p.m. on Monday … the water came in at 3 a.m.": a story told forward, a clock time
 * with no day of its own in the small hours after an evening time of the same day is on the next day.
 */
function overnight(f: Found, day: string | null, clockAnchor: string | null, carried: boolean): string | null {
  if (day === null || clockAnchor === null || f.cand.clock === undefined) return day;
  const d = parseYmd(day);
  if (d === null) return day;
  // "… at 10 p.m. on Monday … at about 3 a.m. … the first text came after 2 a.m.": once the story has
  // crossed midnight, a later clock time with no day in its sentence is still on the next day.
  const next = fmtDay(addDays(d, 1));
  if (carried && clockAnchor.startsWith(`${next}T`)) return next;
  if (!clockAnchor.startsWith(`${day}T`)) return day;
  const before = Number(clockAnchor.slice(day.length + 1, day.length + 3));
  const hour = Number(f.cand.clock.slice(0, 2));
  return before >= EVENING_HOUR && hour < EARLY_HOUR ? next : day;
}

/** Hours of the small hours: a clock time before this hour after "tonight" is past midnight. */
const SMALL_HOURS_END = 5;

/**
 * "The second is tonight, at a hotel staying open until 1am": a small-hours clock time with no day of its own after
 * "tonight" or "this evening" on its day, in the same sentence, is on the next day. Null when that does not apply.
 */
function afterEveningPart(f: Found, day: string | null, resolved: ReadonlyMap<Found, Resolved>): string | null {
  if (day === null || f.cand.clock === undefined || Number(f.cand.clock.slice(0, 2)) >= SMALL_HOURS_END) return null;
  for (const [g, r] of resolved) {
    if (g.end <= f.start && (r.value === `${day}TNI` || r.value === `${day}TEV`)) {
      const d = parseYmd(day);
      return d === null ? null : fmtDay(addDays(d, 1));
    }
  }
  return null;
}

/** A clock time takes a date from its sentence, or from a date at most this many sentences back. */
const DAY_CARRY = 2;

interface SentenceFinds {
  readonly index: number;
  readonly view: View;
  readonly found: readonly Found[];
}

function scanSentence(v: View, ref: Ymd | null): Found[] {
  const cands: Cand[] = [];
  for (let i = 0; i < v.toks.length; i++) {
    if (!mayStart(v.lo[i] ?? '', v.toks[i]?.kind ?? '')) continue;
    for (const p of DATE_PARSERS) for (const c of p.match(v, i)) cands.push(c);
  }
  const ours = longestNonOverlapping(v, cands);
  const engine = longestNonOverlapping(v, engineCandidates(v, ref));
  return dropNamedDates(v, joinClockDays(v, weekdayAppositions(v, widenEdges(v, engine.length === 0 ? ours : mergeEngine(v.text, ours, engine)))));
}

/** Tokens between a clock time and a date that it belongs to ("4.35 a.m. Friday", "10 p.m. on Tuesday"). */
const ADJACENT = 3;

/** A day with no known part ("overnight" with no publication date): it fixes nothing a clock time could take. */
const UNKNOWN_DAY = 'XXXX-XX-XX';

/** The date of the nearest day expression right next to a clock time, if any; `known`: only days with a known part. */
function adjacentDay(t: Found, resolved: ReadonlyMap<Found, Resolved>, known: boolean): string | null {
  let best: string | null = null;
  let bestGap = ADJACENT + 1;
  for (const [f, r] of resolved) {
    if (f.cand.role !== 'day') continue;
    const gap = f.from >= t.cand.to ? f.from - t.cand.to : t.from >= f.cand.to ? t.from - f.cand.to : 0;
    const d = dayPart(r.value);
    if (d !== null && (!known || d !== UNKNOWN_DAY) && gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}

/**
 * "5 p.m. to 8 p.m. on Halloween": the start of a range of clock times is on the day next to its end.
 */
function rangePartnerDay(v: View, found: readonly Found[], t: Found, resolved: ReadonlyMap<Found, Resolved>): string | null {
  if (t.cand.role !== 'time') return null;
  const k = found.indexOf(t);
  const end = found[k + 1];
  if (end === undefined || end.cand.role !== 'time' || end.from !== t.cand.to + 1 || !RANGE_WORDS.has(word(v, t.cand.to))) return null;
  return adjacentDay(end, resolved, true);
}

/**
 * "The first round is on October 18, with polling stations open from 8 a.m. to 8 p.m. If no one
 * wins, a runoff follows two weeks later": in a sentence (as split) that gives several days, a
 * clock time far from all of them is on the last full day given before it, not on one after it.
 */
function dayBefore(t: Found, resolved: ReadonlyMap<Found, Resolved>): string | null {
  let best: string | null = null;
  let bestFrom = -1;
  for (const [f, r] of resolved) {
    if (f.cand.role !== 'day' || f.cand.to > t.from || f.from <= bestFrom) continue;
    const d = dayPart(r.value);
    if (d !== null && d !== UNKNOWN_DAY) {
      best = d;
      bestFrom = f.from;
    }
  }
  return best;
}

const FULL_DAY = /^(\d{4})(-\d{2}-\d{2})$/;

const DAY_PREFIX = /^\d{4}-\d{2}-\d{2}/;

/**
 * "closed from 10 p.m. Saturday to 5 a.m. Monday": a weekday that ends a range is not before the
 * day that starts it, so an end placed before its start is the same weekday a week or two on. "and"
 * joins lists as often as ranges ("on Thursday and Monday") and moves nothing.
 */
function weekdayEndAfterStart(link: string, ra: Resolved, rb: Resolved): Resolved {
  if (link === 'and') return rb;
  const da = DAY_PREFIX.exec(ra.value)?.[0];
  const db = DAY_PREFIX.exec(rb.value)?.[0];
  const end = db === undefined ? null : parseYmd(db);
  if (da === undefined || db === undefined || end === null || db >= da) return rb;
  // Each end was placed on its own (the start forward, the end back): at most two weeks apart.
  for (const days of [7, 14]) {
    const moved = fmtDay(addDays(end, days));
    if (moved >= da) return { ...rb, value: moved + rb.value.slice(db.length) };
  }
  return rb;
}

/**
 * "from Dec. 24 to Jan. 2", said on Dec. 20: the end of a range comes after its start, so a
 * yearless end that resolved before the start is the next year's.
 */
function rangeEndAfterStart(text: string, a: Found, ra: Resolved, b: Found, rb: Resolved): Resolved {
  const link = text.slice(a.end, b.start).trim().toLowerCase();
  if (!RANGE_WORDS.has(link)) return rb;
  if (rb.stated.includes('weekday') && !rb.stated.includes('month')) return weekdayEndAfterStart(link, ra, rb);
  // Only a calendar end can cross the year.
  if (rb.stated.includes('year') || !rb.stated.includes('month')) return rb;
  const ma = FULL_DAY.exec(ra.value);
  const mb = FULL_DAY.exec(rb.value);
  if (ma === null || mb === null || rb.value >= ra.value) return rb;
  const y = Number(mb[1]) + 1;
  const next = `${y}${mb[2] ?? ''}`;
  return next >= ra.value && Number(ma[1]) === Number(mb[1]) ? { ...rb, value: next } : rb;
}

/** Deictic words that a speaker says of the day they speak on ("tonight New York has chosen"). */
const QUOTE_DEICTIC: ReadonlySet<string> = new Set(['relative.today', 'relative.tonight', 'relative.this-part-of-day']);

/** A paragraph is looked back over at most this far for an open quotation mark. */
const QUOTE_WINDOW = 1500;

/** Is `pos` inside a direct quote: an opening mark in its paragraph not closed before it? One backward scan. */
function inQuote(text: string, pos: number): boolean {
  let open = 0;
  let straight = 0;
  for (let k = pos - 1; k >= 0 && k >= pos - QUOTE_WINDOW; k--) {
    const c = text.charAt(k);
    if (c === '\n') break;
    if (c === '“') open++;
    else if (c === '”') open--;
    else if (c === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}

/** A full day the narrative gave: its date, its sentence and where it starts. */
interface Narrated {
  readonly date: Ymd;
  readonly sentence: number;
  readonly start: number;
}

/** A full day given outside quotes (a day or a clock time on its day), for the quotes after it. */
function narratedDay(text: string, f: Found, r: Resolved, sentence: number): Narrated | null {
  if ((f.cand.role !== 'day' && f.cand.role !== 'time') || QUOTE_DEICTIC.has(f.cand.rule) || inQuote(text, f.start)) return null;
  const date = parseYmd(dayPart(r.value));
  return date === null ? null : { date, sentence, start: f.start };
}

/** The narrated day may be this many days before the reference date for a quote to be spoken on it ("said on Tuesday" in Wednesday's paper). */
const SPEECH_LAG = 2;

/**
 * "The mayor took the stage at 10 p.m. on Tuesday. … “And tonight we begin”": a quote's
 * "today" or "tonight" is the day the narrative just set the speech on (at most two sentences
 * back), when that day is shortly before the reference date.
 */
function speechDay(text: string, f: Found, ref: Ymd | null, narrated: Narrated | null, sentence: number): Ymd | null {
  if (ref === null || narrated === null || !QUOTE_DEICTIC.has(f.cand.rule) || sentence - narrated.sentence > DAY_CARRY) return null;
  const lag = daysBetween(narrated.date, ref);
  if (lag < 1 || lag > SPEECH_LAG || !inQuote(text, f.start)) return null;
  return narrated.date;
}

/** Dates stage: temporal expressions normalised against `published` (YYYY-MM-DD or null). */
/** `d` when it is a full day on or before `ref`, else null. */
function notAfterRef(d: PartialDate | null, ref: Ymd | null): PartialDate | null {
  if (d === null || ref === null || d.y === null || d.m === null || d.d === null) return null;
  return daysBetween({ y: d.y, m: d.m, d: d.d }, ref) >= 0 ? d : null;
}

export function extractDates(doc: Doc, published: string | null): DateMention[] {
  const published0 = parseYmd(published);
  const sentences: SentenceFinds[] = [];
  doc.sentenceTokens.forEach(([a, b], index) => {
    if (b <= a) return;
    const toks = doc.tokens.slice(a, b);
    const view: View = { toks, lo: toks.map((t) => t.text.toLowerCase().replace(/’/g, "'")), text: doc.text };
    const found = scanSentence(view, published0);
    if (found.length > 0) sentences.push({ index, view, found });
  });
  const stated: Ctx = { ref: published0, today: published0, anchor: published0, dayAnchor: null, quarter: null, forward: false, day: null };
  // With no publication date, a dateline's full date is the article's reference date.
  const ref = published0 ?? datelineDate(doc.text, sentences, stated);
  const base: Ctx = { ...stated, ref, today: ref, anchor: ref };
  const posts = postAnchors(doc.text, sentences, base);
  // With neither, "today (Aug. 20)" or a dateline's month and day ("LONDON, March 3 (Reuters)") says what today is, the year unknown.
  const docToday: PartialDate | null = ref ?? todayApposition(sentences, base) ?? datelineDay(doc.text, sentences, base);
  const weekAnchor = ref === null ? weekAnchorOf(sentences, base) : null;
  const dayFirstNumbers = writesDayFirst(doc.text);
  // Posts are in text order and so are the lookups: walk them with one cursor.
  let postCursor = 0;
  const postAt = (pos: number): PostAnchor | undefined => {
    while (postCursor < posts.length && (posts[postCursor] as PostAnchor).end <= pos) postCursor++;
    const p = posts[postCursor];
    return p !== undefined && pos >= p.start ? p : undefined;
  };

  const out: DateMention[] = [];
  let anchor: PartialDate | null = ref;
  let dayAnchor: PartialDate | null = null; // "that day" needs a day the text gave
  let pastDayAnchor: PartialDate | null = null; // the last such day not after the reference date
  const statedDays = new Map<number, PartialDate>(); // the last stated date of each day of the month
  let clockAnchor: string | null = null; // "ten minutes later" needs a clock time the text gave with its day
  let clockAnchorAt = -1; // where that clock time starts: a night told forward runs from a clock before the one placed
  let namedWeek: Ymd | null = null; // "next week, and the week after": the last week named, until a day is given
  let quarterState: Ctx['quarter'] = null;
  let lastDay: { value: string; sentence: number } | null = null;
  let narrated: Narrated | null = null; // the last full day a sentence outside quotes gave
  for (const s of sentences) {
    const resolved = new Map<Found, Resolved>();
    const ctxFor = (f: Found, day: string | null): Ctx => {
      const post = postAt(f.start);
      const aside = pastAfterAside(s.view, f.from, f.cand.to);
      const spoken = post === undefined ? speechDay(doc.text, f, ref, narrated, s.index) : null;
      // "delayed since November", "since taking office in October": what a "since" starts from is past, whatever the clause's tense
      const since = word(s.view, f.from - 1) === 'since' || sinceGerund(s.view, f.from);
      return {
        ref: post?.date ?? spoken ?? ref,
        today: post?.date ?? spoken ?? docToday,
        anchor,
        dayAnchor,
        pastDayAnchor,
        statedDays,
        clockAnchor,
        namedWeek,
        sentenceYear: sentenceYear !== null && sameClause(s.view, sentenceYear, f.from) ? sentenceYear.y : null,
        quarter: quarterState,
        // ("A first attempt to launch it, on Dec. 2, was stopped": the past verb after an aside outweighs the infinitive before it)
        forward: !since && forwardAt(s.view, f.from) && !aside,
        past: since || pastClause(s.view, f.from - (DATE_LEAD.has(word(s.view, f.from - 1)) ? 1 : 0)) || pastAfterHead(s.view, f.from) || aside,
        day,
        weekAnchor: post === undefined ? weekAnchor : null,
      };
    };
    let prevDay: { f: Found; r: Resolved } | null = null;
    let prevDate: { f: Found; r: Resolved } | null = null;
    let sentenceYear: { y: number; to: number; fronted: boolean } | null = null;
    for (const f of s.found) {
      if (f.cand.role === 'time' || countsFromClockInSentence(s.found, f)) continue;
      const r00 = contrastValue(s.view, f) ?? f.cand.resolve(ctxFor(f, null));
      const r0 = dayFirstNumbers ? dayFirstValue(doc.text.slice(f.start, f.end), r00) : r00;
      const r1: Resolved = prevDay === null ? r0 : rangeEndAfterStart(s.view.text, prevDay.f, prevDay.r, f, r0);
      const r: Resolved = prevDate === null ? r1 : appositiveOffset(doc.text, prevDate.f, prevDate.r, f, r1);
      resolved.set(f, r);
      if (f.cand.rule === 'years.year' && YEAR_VALUE.test(r.value) && framingYear(s.view, f)) sentenceYear = { y: Number(r.value), to: f.cand.to, fronted: f.from <= FRONTED };
      if (f.cand.role === 'day') prevDay = { f, r };
      narrated = narratedDay(doc.text, f, r, s.index) ?? narrated;
      if (f.cand.type === 'DATE' && (f.cand.role === 'day' || f.cand.role === 'date')) {
        prevDate = { f, r };
        anchor = partialOf(r.value) ?? anchor;
        // "sales in the eight weeks to April 30": a period's last day dates the period, not the story
        const d = endsPeriod(s.view, f) ? null : dayPart(r.value);
        if (d !== null) dayAnchor = partialOf(d);
        if (dayAnchor !== null && dayAnchor.d !== null && dayAnchor.m !== null && r.stated.includes('month')) statedDays.set(dayAnchor.d, dayAnchor);
        if (d !== null) pastDayAnchor = notAfterRef(dayAnchor, ref) ?? pastDayAnchor;
        const wk = WEEK_VALUE.exec(r.value);
        namedWeek = wk !== null ? isoWeekMonday(Number(wk[1]), Number(wk[2])) : d !== null ? null : namedWeek;
      } else if (f.cand.type === 'TIME' && f.cand.role === 'day' && f.cand.clock !== undefined && !isDateline(doc.text, f, false)) {
        // "struck at 4:10 a.m. Tuesday. … the next afternoon": a clock time joined to its day gives that day
        const d = dayPart(r.value);
        if (d !== null && d !== UNKNOWN_DAY) dayAnchor = partialOf(d);
        pastDayAnchor = notAfterRef(dayAnchor, ref) ?? pastDayAnchor;
        if (CLOCK_WITH_DAY.test(r.value)) {
          clockAnchor = r.value;
          clockAnchorAt = f.start;
        }
      } else if (f.cand.type === 'TIME' && f.cand.role === 'day' && !isDateline(doc.text, f, false)) {
        // "on the morning of 12 June 1976 … Fifty years on": a part of a stated day dates what is counted from it
        const d = dayPart(r.value);
        if (d !== null && d !== UNKNOWN_DAY) {
          anchor = partialOf(d) ?? anchor;
          // "deliberating on Monday afternoon … the following morning": the day of a part of the day is a day given
          // (not "the Thursday evening": a day of the story placed from the day given before, it moves no anchor)
          // ("the night of Aug. 14, 2025" states its day outright, and is one)
          if ((word(s.view, f.from) !== 'the' && word(s.view, f.from - 1) !== 'the') || r.stated.includes('day')) dayAnchor = partialOf(d) ?? dayAnchor;
          pastDayAnchor = notAfterRef(partialOf(d), ref) ?? pastDayAnchor;
        }
      }
      // "began in the spring of 2019 … two years later": a season or half of a stated year anchors what counts in years from it
      const season = SEASON_OF_YEAR.exec(r.value);
      if (season !== null) anchor = { y: Number(season[1]), m: null, d: null };
      const q = /^(\d{4}|XXXX)-Q([1-4])$/.exec(r.value);
      if (q !== null) quarterState = { y: q[1] === 'XXXX' ? null : Number(q[1]), q: Number(q[2]) };
      // "sales in the fourth quarter were up 8% from a year earlier": a quarter anchors what counts from it (by its last month)
      if (q !== null && q[1] !== 'XXXX') anchor = { y: Number(q[1]), m: Number(q[2]) * 3, d: null };
    }
    // "“Today we act,” the minister said on Tuesday.": a quote's deictic day before the narrated day of its own sentence.
    const said = narrated;
    if (said !== null && said.sentence === s.index) {
      for (const [f, r] of resolved) {
        if (f.start >= said.start || !QUOTE_DEICTIC.has(f.cand.rule)) continue;
        const again = contrastValue(s.view, f) ?? f.cand.resolve(ctxFor(f, null));
        if (again.value !== r.value) resolved.set(f, again);
      }
    }
    const hasSet = s.found.some((f) => f.cand.role === 'set');
    const ownFrame = s.found.some((f) => f.cand.type === 'DATE' && f.cand.role === 'date');
    const days = new Set<string>();
    for (const [f, r] of resolved) {
      // "LINDHOLM, Nov 9 — Protesters marched on Saturday …": the dateline's day dates the filing, not the clock times told after it
      const d = f.cand.role === 'day' && !isDateline(doc.text, f, false) && !endsPeriod(s.view, f) ? dayPart(r.value) : null;
      if (d !== null && d !== UNKNOWN_DAY) days.add(d);
    }
    let day: string | null = null;
    if (!hasSet) {
      if (days.size === 1) day = [...days][0] ?? null;
      // A sentence that gives its own coarser date ("next year — 7:30 a.m.") does not take a day from before.
      else if (days.size === 0 && !ownFrame && lastDay !== null && s.index - lastDay.sentence <= DAY_CARRY) day = lastDay.value;
      // "The exchange grew tense shortly after 10 p.m.": with no day near, a clock time is on the story's day, the last full day told that is not after the reference date
      else if (days.size === 0 && !ownFrame && pastDayAnchor !== null && pastDayAnchor.d !== null) day = fmtDay(pastDayAnchor);
    }
    if (days.size === 1 && day !== null) lastDay = { value: day, sentence: s.index };
    for (const f of s.found) {
      const own = hasSet ? null : adjacentDay(f, resolved, true);
      const told = notAheadInPast(s.view, f, own, ref, pastDayAnchor, hasSet || own !== null ? own : (day ?? (days.size > 1 ? dayBefore(f, resolved) : null) ?? adjacentDay(f, resolved, false) ?? rangePartnerDay(s.view, s.found, f, resolved)));
      const r = resolved.get(f) ?? f.cand.resolve(ctxFor(f, afterEveningPart(f, told, resolved) ?? overnight(f, told, clockAnchorAt < f.start ? clockAnchor : null, days.size === 0 && own === null)));
      if (f.cand.role === 'time') narrated = narratedDay(doc.text, f, r, s.index) ?? narrated;
      if (f.cand.type === 'TIME' && CLOCK_WITH_DAY.test(r.value) && !isDateline(doc.text, f, false)) {
        clockAnchor = r.value;
        clockAnchorAt = f.start;
      }
      out.push({
        text: doc.input.slice(f.start, f.end),
        start: f.start,
        end: f.end,
        type: f.cand.type,
        value: r.value,
        stated: r.stated,
        inferred: r.inferred,
        provenance: f.cand.rule,
      });
    }
  }
  return alignRangeYears(doc.text, out, ref);
}

/**
 * "… is expected to reach the Bahamas early Thursday, forecasters said in their noon advisory": a clock time
 * with no day of its own, in a clause narrated in the past, is not on a day after the reference date (the
 * sentence's other day is the forecast's); it is on the story's last day not after it, or the reference day.
 */
function notAheadInPast(v: View, f: Found, own: string | null, ref: PartialDate | null, pastDay: PartialDate | null, told: string | null): string | null {
  if (f.cand.role !== 'time' || own !== null || told === null || ref === null || ref.d === null) return told;
  const refDay = fmtDay(ref);
  if (told <= refDay || !narratedBefore(v, f.from) || forwardAt(v, f.from)) return told;
  return pastDay !== null && pastDay.d !== null ? fmtDay(pastDay) : refDay;
}

/**
 * "The buyer sued on March 3, 2020, four months later.": an offset set off by a comma right after a date
 * re-describes that date (counted from an earlier one), so it takes that date's value at its own unit
 * ("2020-03"), not four months on from it ("later than planned" compares, and keeps its reading).
 */
function appositiveOffset(text: string, prev: Found, prevR: Resolved, f: Found, r: Resolved): Resolved {
  if (f.cand.rule !== 'duration.later' || f.cand.type !== 'DATE' || text.slice(prev.end, f.start) !== ', ') return r;
  if (/^\s*than\b/.test(text.slice(f.end, f.end + 6))) return r;
  const unit = VALUE_SHAPE.exec(r.value);
  const given = VALUE_SHAPE.exec(prevR.value);
  if (unit === null || given === null || given[0].length < unit[0].length || prevR.value.length < r.value.length) return r;
  return { value: prevR.value.slice(0, r.value.length), stated: [], inferred: [...new Set([...prevR.stated, ...prevR.inferred])] };
}

/** Periods that end on a stated day. */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['quarter', 'quarters', 'half', 'year', 'years', 'months', 'weeks', 'period', 'month', 'week']);
/** How far before the link a period noun may sit ("the three months to", "the fiscal year ended"). */
const PERIOD_REACH = 3;

/** Is the date at `f` the last day of a period ("the quarter ended June 30", "the eight weeks to April 30")? */
function endsPeriod(v: View, f: Found): boolean {
  const link = f.cand.from - 1;
  if (!PERIOD_END_LINKS.has(word(v, link))) return false;
  for (let k = link - 1; k >= 0 && k >= link - PERIOD_REACH; k--) if (PERIOD_NOUNS.has(word(v, k))) return true;
  return false;
}

/** A season or half of a stated year: `2019-SP`, `2026-H2`. */
const SEASON_OF_YEAR = /^(\d{4})-(?:SP|SU|FA|WI|H[12])$/;

/** A calendar value whose shorter forms are its prefixes: `2020`, `2020-03`, `2020-03-03`. */
const VALUE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
