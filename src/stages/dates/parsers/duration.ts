/**
 * Durations and sets: "45 minutes", "nearly two decades", "6½ years", "four-year", "hours",
 * "a year" after an amount ("$200bn a year", a set), "every three weeks", "annually",
 * and counted units anchored in time: "three days ago", "four days later".
 */
import { DURATION_FILLERS, DURATION_MODIFIERS, NIGHT_HOURS, NUMBER_WORDS, UNITS, VAGUE_COUNTS, type UnitCode } from '../../../lexicons/en/dates.js';
import type { Cand, Ctx, Parser, Resolved, View } from '../context.js';
import { isCap, superlativeAt, word } from '../context.js';
import { addDays, daysBetween, fmtDay, fmtDuration, fmtTime } from '../calendar.js';
import { shiftValue, type CalUnit } from '../shift.js';
import { byFirstWord } from '../index-by-first.js';

const MODIFIERS = byFirstWord(DURATION_MODIFIERS, (m) => m);

const FRACTIONS: ReadonlyMap<string, number> = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75]]);
const NUMERIC = /^(\d{1,4}(?:\.\d+)?|\d{1,3}(?:,\d{3})+)([½¼¾]?)$/;

/** A count written in digits or words; `null` count means a vague one ("a few", "several"). */
interface Count {
  readonly n: number | null;
  readonly next: number;
}

function numberAt(v: View, i: number): number | null {
  const w = word(v, i);
  const m = NUMERIC.exec(w);
  if (m !== null) return Number((m[1] as string).replace(/,/g, '')) + (FRACTIONS.get(m[2] as string) ?? 0);
  const parts = w.split('-');
  // "30-odd years", "twenty-odd years": about that many
  if (parts.length === 2 && parts[1] === 'odd') return /^\d{1,4}$/.test(parts[0] as string) ? Number(parts[0]) : (NUMBER_WORDS.get(parts[0] as string) ?? null);
  if (parts.length === 2 && NUMBER_WORDS.has(parts[0] as string) && NUMBER_WORDS.has(parts[1] as string)) {
    return (NUMBER_WORDS.get(parts[0] as string) ?? 0) + (NUMBER_WORDS.get(parts[1] as string) ?? 0); // twenty-five
  }
  return w === 'a' || w === 'an' || w === 'half' ? null : (NUMBER_WORDS.get(w) ?? null);
}

/** "a quarter of an", "three quarters of a", "quarter of an" (after "every"): a fraction of the unit that follows, or null. */
function quarterCount(v: View, i: number): Count | null {
  const w = word(v, i);
  const article = (k: number): boolean => word(v, k) === 'a' || word(v, k) === 'an';
  if ((w === 'a' || w === 'an') && word(v, i + 1) === 'quarter' && word(v, i + 2) === 'of' && article(i + 3)) return { n: 0.25, next: i + 4 };
  if (w === 'quarter' && word(v, i + 1) === 'of' && article(i + 2)) return { n: 0.25, next: i + 3 };
  const n = NUMBER_WORDS.get(w);
  if (n !== undefined && n > 1 && n < 4 && word(v, i + 1) === 'quarters' && word(v, i + 2) === 'of' && article(i + 3)) return { n: n * 0.25, next: i + 4 };
  return null;
}

function countAt(v: View, i: number): Count | null {
  const w = word(v, i);
  const quarter = quarterCount(v, i);
  if (quarter !== null) return quarter;
  if ((w === 'a' || w === 'an') && word(v, i + 1) === 'few') return { n: null, next: i + 2 };
  if ((w === 'a' || w === 'an') && word(v, i + 1) === 'couple' && word(v, i + 2) === 'of') return { n: 2, next: i + 3 };
  if (w === 'a' || w === 'an') return { n: 1, next: i + 1 };
  if (w === 'half' && (word(v, i + 1) === 'a' || word(v, i + 1) === 'an')) return { n: 0.5, next: i + 2 }; // "half an hour"
  if (VAGUE_COUNTS.has(w)) return { n: null, next: word(v, i + 1) === 'of' ? i + 2 : i + 1 };
  const n = numberAt(v, i);
  if (n === null) return null;
  // "two and a half", "6 1/2": a count with a half.
  if (word(v, i + 1) === 'and' && (word(v, i + 2) === 'a' || word(v, i + 2) === 'one') && word(v, i + 3) === 'half') return { n: n + 0.5, next: i + 4 };
  if (word(v, i + 1) === '1' && word(v, i + 2) === '/' && word(v, i + 3) === '2' && Number.isInteger(n)) return { n: n + 0.5, next: i + 4 };
  const link = word(v, i + 1);
  if ((link === 'or' || link === 'to' || link === '-' || link === '–') && numberAt(v, i + 2) !== null) return { n: null, next: i + 3 };
  return { n, next: i + 1 };
}

/** Words before a bare "hours" that make it a timetable ("opening hours", "back to normal hours"). */
const SCHEDULE_HOURS: ReadonlySet<string> = new Set(['normal', 'opening', 'office', 'working', 'business', 'visiting', 'regular', 'usual', 'peak', 'off-peak', 'school', 'trading', 'core', 'extended', 'reduced']);

/** Counts before "quarter(s) of" that make a fraction ("three quarters of voters"). */
const FRACTION_COUNTS: ReadonlySet<string> = new Set(['a', 'one', 'two', 'three', '1', '2', '3']);

function modifierEnd(v: View, i: number): number {
  for (const mod of MODIFIERS.get(word(v, i)) ?? []) if (mod.every((m, k) => word(v, i + k) === m)) return i + mod.length;
  return i;
}

const CAL: Readonly<Partial<Record<UnitCode, CalUnit>>> = { D: 'day', W: 'week', M: 'month', Y: 'year', DE: 'decade', CE: 'century' };

/** The reference date has no time of day: hours and minutes count from its noon ("12 hours ago" → T00:00). */
const REF_MINUTE = 12 * 60;

/** Is this counted offset a clock time ("12 hours ago", "30 minutes from now")? */
function clockUnit(unit: UnitCode, n: number | null, approx: boolean, fromAnchor: boolean): boolean {
  return n !== null && !approx && !fromAnchor && wholeMinutes(unit, n);
}

/** Is this count of hours or minutes a whole number of minutes ("two and a half hours" is 150)? */
function wholeMinutes(unit: UnitCode, n: number): boolean {
  return (unit === 'H' || unit === 'MIN') && Number.isInteger(unit === 'H' ? 60 * n : n);
}

/** "12 hours ago", "in 30 minutes": a TIME that many minutes before or after noon of the reference day. */
function clockShift(ctx: Ctx, minutes: number, ahead: boolean): Resolved {
  if (ctx.ref === null) return { value: 'XXXX-XX-XXTXX:XX', stated: [], inferred: [] };
  const total = REF_MINUTE + (ahead ? minutes : -minutes);
  const days = Math.floor(total / 1440);
  const inDay = total - days * 1440;
  return { value: `${fmtDay(addDays(ctx.ref, days))}T${fmtTime(Math.floor(inDay / 60), inDay % 60)}`, stated: [], inferred: ['year', 'month', 'day'] };
}

/** A clock time (`2025-06-17T15:00`) moved by `minutes`, or an unknown time when the text gave none. */
function anchorShift(anchor: string | null, minutes: number, ahead: boolean): Resolved {
  const m = anchor === null ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(anchor);
  if (m === null) return { value: 'XXXX-XX-XXTXX:XX', stated: [], inferred: [] };
  const total = Number(m[4]) * 60 + Number(m[5]) + (ahead ? minutes : -minutes);
  const days = Math.floor(total / 1440);
  const inDay = total - days * 1440;
  const day = addDays({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }, days);
  return { value: `${fmtDay(day)}T${fmtTime(Math.floor(inDay / 60), inDay % 60)}`, stated: [], inferred: ['year', 'month', 'day', 'hour'] };
}

/** "three days ago" from publication; "four days later" from the last date mentioned. */
function anchoredValue(ctx: Ctx, unit: UnitCode, n: number | null, approx: boolean, fromAnchor: boolean, ahead = fromAnchor): Resolved {
  const cal = CAL[unit];
  // "hours earlier", "days earlier": a vague amount before the anchor is the past, like "years ago".
  if (n === null && fromAnchor && !ahead) return { value: 'PAST_REF', stated: [], inferred: [] };
  // "crews brought it under control hours later": a vague amount after a day the text gave, that day not after the
  // reference date, is still the past (the guidelines' vague amounts); after a day still to come, the future
  const a = ctx.dayAnchor;
  if (n === null && fromAnchor && ahead && a !== null && a.d !== null && ctx.ref !== null) {
    const past = daysBetween({ y: a.y ?? ctx.ref.y, m: a.m ?? ctx.ref.m, d: a.d }, ctx.ref) > 0;
    return { value: past ? 'PAST_REF' : 'FUTURE_REF', stated: [], inferred: [] };
  }
  if (n !== null && clockUnit(unit, n, approx, fromAnchor)) return clockShift(ctx, unit === 'H' ? 60 * n : n, ahead);
  // "at 3 a.m. on Tuesday … ten minutes later": minutes and hours after (or before) the last clock time the text gave
  if (n !== null && fromAnchor && wholeMinutes(unit, n)) return anchorShift(ctx.clockAnchor ?? null, unit === 'H' ? 60 * n : n, ahead);
  // "over a century ago", "nearly a century ago": the century absorbs the hedge (it is still `19`); a hedged count of a finer unit is vague.
  // "nearly five years later" is still a year: a hedged count of years counted from a date the text gave keeps it
  const hedged = approx && cal !== 'century' && !(fromAnchor && cal === 'year');
  if (n === null || hedged || cal === undefined || !Number.isInteger(n)) return { value: fromAnchor ? 'XXXX-XX-XX' : ahead ? 'FUTURE_REF' : 'PAST_REF', stated: [], inferred: [] };
  const base = fromAnchor ? (cal === 'day' || cal === 'week' ? ctx.dayAnchor : (ctx.anchor ?? ctx.ref)) : ctx.ref;
  const sign = ahead ? 1 : -1;
  if (cal === 'week') return shiftValue(base, 'day', sign * 7 * n); // weeks give a day (the guidelines' unit rule)
  // Decades and centuries give their own granularity, as "a century ago" is the century `19`: "two decades ago" is `200`.
  if (cal === 'decade') return shiftValue(base && base.y !== null ? { y: base.y + sign * 10 * n, m: null, d: null } : base, 'decade', 0);
  if (cal === 'century') return shiftValue(base, 'century', sign * n);
  return shiftValue(base, cal, sign * n);
}

/** Words right before "a year" that make it a rate: "$200bn a year", "twice a week". */
function rateBefore(v: View, i: number): boolean {
  const t = v.toks[i - 1];
  const w = word(v, i - 1);
  if (t !== undefined && (t.kind === 'number' || /^(?:million|billion|trillion|bn|m|times|twice|once|thrice|percent|%|more|less)$/.test(w))) return true;
  // "a family a week", "three meals a day": a counted noun right before
  const count = word(v, i - 2);
  return t !== undefined && t.pos === 'NOUN' && !UNITS.has(w) && (count === 'a' || count === 'an' || count === 'one' || v.toks[i - 2]?.kind === 'number' || NUMBER_WORDS.has(count));
}

/** Words after "minutes of" that open the meeting's name: "the minutes of the meeting", "minutes of its June meeting". */
const RECORD_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'last']);

/** "The minutes of the meeting", "Minutes of the Fed's last meeting": "minutes" opening its noun phrase, before "of" and a determiner. */
function recordOfMeeting(v: View, u: number): boolean {
  const before = word(v, u - 1);
  const opens = u === 0 || before === 'the' || v.toks[u - 1]?.kind === 'punct';
  return opens && word(v, u) === 'minutes' && word(v, u + 1) === 'of' && (RECORD_DETERMINERS.has(word(v, u + 2)) || isCap(v, u + 2));
}

const HYPHENATED = /^([a-z0-9.½]+)-(second|minute|hour|day|week|month|year|decade|century)$/;
/** "decade-long" (one unit), "months-long" (an unknown count of them). */
const UNIT_LONG = /^([a-z]+)-long$/;

/** How far back "every three" looks for the unit it leaves out. */
const ELIDED_REACH = 12;

/**
 * "up for renewal in one or two years, because it's every three": "every" and a count that ends
 * its clause, the unit left out, take the last plural unit said before them in the sentence.
 */
function elidedEvery(v: View, i: number, end: number, n: number): Cand[] {
  const next = v.toks[end];
  if (next !== undefined && next.kind !== 'punct') return [];
  for (let k = i - 1; k >= 0 && k >= i - ELIDED_REACH; k--) {
    const w = word(v, k);
    const unit = UNITS.get(w);
    if (unit === undefined || !w.endsWith('s')) continue;
    return [{ from: i, to: end, type: 'SET', rule: 'set.every-elided', role: 'set', resolve: () => ({ value: fmtDuration(n, unit), stated: [], inferred: [] }) }];
  }
  return [];
}

/** Words after which "one day" opens its clause: "One day, maybe, …", "and one day we will …". */
const SOME_DAY_LEADS: ReadonlySet<string> = new Set(['.', '!', '?', ',', ';', 'and', 'but', 'maybe', 'perhaps', 'that', '"', '“']);
const SOME_DAY_FOLLOWERS: ReadonlySet<string> = new Set([',', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'maybe', 'perhaps', 'soon']);

/** "One day, maybe, I will learn to sail": "one day" heading its clause is "some day", no duration. */
function someDay(v: View, i: number, start: number, unit: string, after: string): boolean {
  return start === i && word(v, i) === 'one' && unit === 'day' && (i === 0 || SOME_DAY_LEADS.has(word(v, i - 1))) && SOME_DAY_FOLLOWERS.has(after);
}

/** The units a compound duration may join, coarsest first, with their ISO designators ("four years and six months" → P4Y6M). */
const COMPOUND_ORDER: readonly UnitCode[] = ['Y', 'M', 'D', 'H', 'MIN', 'S'];
const ISO_DESIGNATOR: Readonly<Partial<Record<UnitCode, string>>> = { Y: 'Y', M: 'M', D: 'D', H: 'H', MIN: 'M', S: 'S' };
/** Words after a counted unit that make it a point, not part of a compound duration. */
const POINT_WORDS: ReadonlySet<string> = new Set(['ago', 'later', 'earlier', 'from', 'after', 'before', 'hence']);

/** One ISO 8601 duration of whole counts of units, coarsest first: [[4, 'Y'], [6, 'M']] → P4Y6M. */
function fmtCompound(parts: readonly (readonly [number, UnitCode])[]): string {
  let date = '';
  let time = '';
  for (const [n, u] of parts) {
    const d = `${n}${ISO_DESIGNATOR[u] ?? ''}`;
    if (u === 'H' || u === 'MIN' || u === 'S') time += d;
    else date += d;
  }
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

/**
 * "31 minutes 12 seconds", "four years and six months", "two hours, 15 minutes": whole counts of
 * ever finer units after the first one make one duration. The token after the last unit, and the
 * list of parts, or null when no finer unit follows.
 */
/** How many of a finer unit make the next coarser one, for the parts of a compound duration. */
const PARTS_PER: ReadonlyMap<UnitCode, number> = new Map([['S', 60], ['MIN', 60], ['H', 24], ['M', 12]]);

function compoundTail(v: View, to: number, n: number | null, unit: UnitCode): { to: number; parts: (readonly [number, UnitCode])[] } | null {
  if (n === null || !Number.isInteger(n) || !COMPOUND_ORDER.includes(unit)) return null;
  const parts: (readonly [number, UnitCode])[] = [[n, unit]];
  let at = to;
  let rank = COMPOUND_ORDER.indexOf(unit);
  while (parts.length < COMPOUND_ORDER.length) {
    const link = word(v, at) === 'and' || word(v, at) === ',' ? at + 1 : at;
    const c = numberAt(v, link);
    const u = UNITS.get(word(v, link + 1));
    if (c === null || !Number.isInteger(c) || u === undefined || word(v, link + 1) === 'fortnight') break;
    const r = COMPOUND_ORDER.indexOf(u);
    // a finer part is less than one of the unit before it ("a day, 90 minutes" is a list, not one span)
    if (r <= rank || POINT_WORDS.has(word(v, link + 2)) || c >= (PARTS_PER.get(u) ?? Infinity)) break;
    parts.push([c, u]);
    rank = r;
    at = link + 2;
  }
  return parts.length > 1 ? { to: at, parts } : null;
}

export const duration: Parser = {
  id: 'duration',
  match(v, i) {
    const w = word(v, i);
    const hy = HYPHENATED.exec(w);
    if (hy !== null) {
      const n = /^\d/.test(hy[1] as string) ? Number(hy[1]) : (NUMBER_WORDS.get(hy[1] as string) ?? null);
      const unit = UNITS.get(hy[2] as string);
      if (n === null || unit === undefined || Number.isNaN(n) || (hy[1] === 'a')) return [];
      return [{ from: i, to: i + 1, type: 'DURATION', rule: 'duration.hyphenated', role: 'other', resolve: () => ({ value: fmtDuration(n, unit), stated: [], inferred: [] }) }];
    }
    const long = UNIT_LONG.exec(w);
    const longUnit = long === null ? undefined : UNITS.get(long[1] as string);
    if (long !== null && longUnit !== undefined) {
      const value = fmtDuration((long[1] as string).endsWith('s') ? null : 1, longUnit);
      return [{ from: i, to: i + 1, type: 'DURATION', rule: 'duration.unit-long', role: 'other', resolve: () => ({ value, stated: [], inferred: [] }) }];
    }
    const every = w === 'every' || w === 'each' || w === 'per';
    const start = every ? i + 1 : modifierEnd(v, i);
    const approx = start > i && !every && !['the', 'another', 'just', 'only'].includes(word(v, i));
    let count: Count | null = every && (word(v, start) === 'other') ? { n: 2, next: start + 1 } : countAt(v, start);
    if (count === null && (every || UNITS.has(word(v, start)))) count = { n: every ? 1 : null, next: start };
    if (count === null) return [];
    const head = word(v, i) === 'the' ? word(v, i + 1) : '';
    if (count.n === null && count.next > start && (head === 'past' || head === 'last' || head === 'next')) return []; // "the past few months": a vague reference
    let u = count.next;
    while (DURATION_FILLERS.has(word(v, u)) && u < count.next + 2) u++;
    const uw = word(v, u);
    const unit = UNITS.get(uw);
    if (unit === undefined) return every && count.n !== null && count.next > start ? elidedEvery(v, i, count.next, count.n) : [];
    const bare = count.next === start && !every;
    const plural = uw.endsWith('s');
    // "for the next fortnight", "over the past fortnight": no calendar unit, so a stretch of two weeks
    if (bare && uw === 'fortnight' && head !== '' && u === i + 2) return [{ from: i, to: u + 1, type: 'DURATION', rule: 'duration.the-fortnight', role: 'other', resolve: () => ({ value: 'P2W', stated: [], inferred: [] }) }];
    // "in the first month", "during the first week" (of a programme, a treatment): the opening stretch of one unit, when
    // no "of" ties it to a calendar period ("the first week of March") and no noun follows ("the first year students")
    if (bare && head === 'first' && u === i + 2 && FIRST_STRETCH_UNITS.has(uw) && !NOT_AFTER_FIRST_STRETCH.has(word(v, u + 1)) && v.toks[u + 1]?.pos !== 'NOUN') {
      return [{ from: i, to: u + 1, type: 'DURATION', rule: 'duration.the-first-unit', role: 'other', resolve: () => ({ value: fmtDuration(1, unit), stated: [], inferred: [] }) }];
    }
    // "the Ten Minute Rule", "a Seven Day Adventist": a capitalised count and singular unit before a capitalised word is a name
    if (!plural && v.toks[count.next - 1]?.kind === 'word' && isCap(v, count.next - 1) && isCap(v, u) && v.toks[u + 1]?.kind === 'word' && isCap(v, u + 1)) return [];
    // "sleepless nights", "works nights": uncounted nights are no stretch of days ("nine nights" is)
    if (bare && uw === 'nights') return [];
    // "the early hours (of Sunday)", "the small hours": the night, a time of day, not a count of hours
    if (bare && uw === 'hours' && NIGHT_HOURS.has(word(v, u - 1)) && word(v, u - 2) === 'the') return [];
    // "year" alone is not a duration, but "another week" is one more of it ("Another day, another protest" is a saying)
    const another = bare && !plural && start === i + 1 && word(v, i) === 'another';
    // ("in another week" is a point to come, "another day of talks" a day that passes: neither is read here)
    if (another && (word(v, u + 1) === ',' || i === 0 || word(v, u + 1) === 'another' || word(v, u + 1) === 'of' || word(v, i - 1) === 'in')) return [];
    if (bare && !plural && !another) return [];
    // "a quarter of its users", "three quarters of voters": a fraction, not three months ("seven consecutive quarters of growth" are periods)
    if (unit === 'Q' && word(v, u + 1) === 'of' && FRACTION_COUNTS.has(word(v, u - 1))) return [];
    if (bare && u === i && recordOfMeeting(v, u)) return []; // "the minutes of the meeting": a record, not a duration
    if (bare && uw === 'hours' && SCHEDULE_HOURS.has(word(v, u - 1))) return []; // "normal hours", "opening hours": a timetable, not a span
    // "in the closing minutes", "the dying seconds": a phase of a match, not a stretch of time
    if (bare && plural && u === i && PHASE_WORDS.has(word(v, u - 1))) return [];
    // "on the worst days in January", "the warmest years we have measured": ranked units, not a stretch of time
    if (bare && plural && u === i && superlativeAt(v, u - 1)) return [];
    if (!bare && count.n === 1 && plural && !every) return [];
    const andHalf = word(v, u + 1) === 'and' && word(v, u + 2) === 'a' && word(v, u + 3) === 'half';
    if (word(v, start) === 'a' && (uw === 'second' || uw === 'minute') && v.toks[u + 1]?.kind === 'word' && !andHalf) return []; // "a second term"
    const from = bare && word(v, i - 1) === 'the' && start === i ? i - 1 : i;
    let to = u + 1;
    // "a year and a half": the half follows the unit.
    const half = count.n !== null && !plural && andHalf;
    if (half) to += 3;
    const after = word(v, to);
    // "a fortnight" is two weeks.
    const n0 = another ? 1 : count.n === null || !half ? count.n : count.n + 0.5;
    const n = n0 === null || !uw.startsWith('fortnight') ? n0 : n0 * 2;
    // "every second Friday", "every second week": "second" is an ordinal there, not the unit
    if (every && uw === 'second' && count.next === start && v.toks[u + 1]?.kind === 'word') return [];
    if (every) {
      return [{ from: i, to, type: 'SET', rule: 'set.every', role: 'set', resolve: () => ({ value: fmtDuration(n, unit), stated: [], inferred: [] }) }];
    }
    // "9% a year earlier" is a point before the anchor, not a rate
    if (word(v, start) === 'a' && n === 1 && rateBefore(v, start) && after !== 'earlier' && after !== 'later' && after !== 'ago') {
      return [{ from: start, to, type: 'SET', rule: 'set.rate', role: 'set', resolve: () => ({ value: fmtDuration(1, unit), stated: [], inferred: [] }) }];
    }
    // "Fifty years on, the protest is remembered": "on" closing the phrase is "later"
    const onward = after === 'on' && (v.toks[to + 1] === undefined || v.toks[to + 1]?.kind === 'punct');
    // "a few years back." closing the phrase is "ago" (not "two years back to back", "set it a week back from")
    const back = after === 'back' && (v.toks[to + 1] === undefined || v.toks[to + 1]?.kind === 'punct');
    // "had met two days before.", "came back a week after,": a preposition with no object is "earlier" / "later"
    const stranded = (after === 'before' || after === 'after') && (v.toks[to + 1] === undefined || v.toks[to + 1]?.kind === 'punct');
    if (after === 'ago' || after === 'later' || after === 'earlier' || onward || back || stranded) {
      const fromAnchor = after !== 'ago' && !back;
      const later = after === 'later' || after === 'after' || onward;
      const cand: Cand = {
        from, to: to + 1, type: clockUnit(unit, n, approx, fromAnchor) || (fromAnchor && n !== null && (unit === 'H' || unit === 'MIN')) ? 'TIME' : 'DATE', rule: fromAnchor ? 'duration.later' : 'duration.ago', role: 'day',
        resolve: (ctx) => {
          // "N years on" with no date of its own before it counts from now: the present at the unit's granularity
          const fromNow = onward && (ctx.anchor === null || (ctx.ref !== null && ctx.anchor.y === ctx.ref.y && ctx.anchor.m === ctx.ref.m && ctx.anchor.d === ctx.ref.d));
          const r = fromNow ? anchoredValue(ctx, unit, 0, approx, false, true) : anchoredValue(ctx, unit, n, approx, fromAnchor, later);
          return { ...r, stated: [], inferred: [...new Set([...r.stated, ...r.inferred])] };
        },
      };
      return [cand];
    }
    if (after === 'from' && (word(v, to + 1) === 'now' || word(v, to + 1) === 'today')) {
      // "two weeks from now": a point that many units after publication.
      return [{
        from, to: to + 2, type: clockUnit(unit, n, approx, false) ? 'TIME' : 'DATE', rule: 'duration.from-now', role: 'day',
        resolve: (ctx) => {
          const r = anchoredValue(ctx, unit, n, approx, false, true);
          return { ...r, stated: [], inferred: [...new Set([...r.stated, ...r.inferred])] };
        },
      }];
    }
    if (after === 'now' && word(v, from - 1) === 'for') to++;
    if (someDay(v, i, start, uw, after)) return [];
    const compound = bare || half ? null : compoundTail(v, to, n, unit);
    if (compound !== null) {
      const value = fmtCompound(compound.parts);
      return [{ from, to: compound.to, type: 'DURATION', rule: 'duration.compound', role: 'other', resolve: () => ({ value, stated: [], inferred: [] }) }];
    }
    return [{ from, to, type: 'DURATION', rule: bare ? 'duration.bare-unit' : 'duration.count', role: 'other', resolve: () => ({ value: fmtDuration(n, unit), stated: [], inferred: [] }) }];
  },
};

/** Words before a bare plural unit that make it a phase of an event ("the closing minutes", "the dying seconds"). */
const PHASE_WORDS: ReadonlySet<string> = new Set(['closing', 'opening', 'dying', 'final']);

const ADVERB_SETS: ReadonlyMap<string, string> = new Map([
  ['annually', 'P1Y'], ['yearly', 'P1Y'], ['quarterly', 'P3M'], ['monthly', 'P1M'], ['biweekly', 'P2W'], ['fortnightly', 'P2W'], ['weekly', 'P1W'],
  // ("nightly" is every night, written as "every night" is: that part of every day)
  ['daily', 'P1D'], ['nightly', 'XXXX-XX-XXTNI'], ['hourly', 'PT1H'],
]);

/** Units of "the first …" as an opening stretch ("the first day" is a day, read elsewhere). */
const FIRST_STRETCH_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year']);
/** Words after "the first week" that tie it to something else ("of March", "'s", "in office" stays a stretch). */
const NOT_AFTER_FIRST_STRETCH: ReadonlySet<string> = new Set(['of', "'s", '’s', 'after', 'since', 'that', 'when']);

/** Words after which "daily"/"weekly" may still be an adverb. */
const ADVERB_FOLLOWERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'since', 'until', 'as']);
/** Parts of speech of a next word that leave "daily" an adverb (a preposition, a determiner, a new clause), not an adjective before its noun. */
const ADVERB_NEXT_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'SCONJ', 'CCONJ', 'PART']);
/** Words before "daily"/"weekly" that make it an adjective ("a daily", "her weekly"). */
const AFTER_ADJECTIVE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that']);

/** "annually", and "daily"/"weekly" used as adverbs (not "a daily briefing"). */
export const adverbSet: Parser = {
  id: 'set.adverb',
  match(v, i) {
    const value = ADVERB_SETS.get(word(v, i));
    if (value === undefined) return [];
    const next = v.toks[i + 1];
    // "a daily briefing", "her weekly television show": an adjective before its noun; "meets weekly in a church hall",
    // "cross daily from Monday": an adverb before a preposition or a new clause
    if (word(v, i) !== 'annually' && next !== undefined && next.kind === 'word' && !ADVERB_FOLLOWERS.has(word(v, i + 1)) && (AFTER_ADJECTIVE.has(word(v, i - 1)) || !ADVERB_NEXT_POS.has(next.pos ?? ''))) return [];
    if (isCap(v, i) && i > 0 && isCap(v, i - 1)) return []; // "(Northern Affairs Weekly)": the end of a title
    return [{ from: i, to: i + 1, type: 'SET', rule: 'set.adverb', role: 'set', resolve: () => ({ value, stated: [], inferred: [] }) }];
  },
};
