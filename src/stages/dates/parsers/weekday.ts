/** Weekdays: "Saturday", "on Tuesday", "last Friday", "Wednesday morning", "Monday through Friday", "on Mondays". */
import { WEEKDAYS, WEEKDAY_ABBREVIATIONS, WEEKDAY_SHORT_NAMES, WEEKDAY_TRANSPOSITIONS, PARTS_OF_DAY, RELATIVE_SHIFT, MONTHS, WEEKDAY_NAME_PREFIXES, WEEKDAY_COMPOUND_HEADS, RANGE_WORDS } from '../../../lexicons/en/dates.js';
import type { DatePart } from '../../../types.js';
import type { Cand, Ctx, Parser, Resolved, View } from '../context.js';
import { isCap, withDot, word } from '../context.js';
import { addDays, addMonths, daysBetween, fmtDay, isoWeekday, nthWeekday, validDay, type Ymd } from '../calendar.js';
import { weekdayDate, yearFor } from '../resolve.js';
import { abilityBefore, forwardAt, pastBefore } from '../tense.js';

/** A year with no 29 February, for day steps inside a yearless week. */
const ANY_YEAR = 2001;

function resolveWeekday(ctx: Ctx, wd: number, shift: number | null, part: string | null): Resolved {
  const statedParts: DatePart[] = part === null ? ['weekday'] : ['weekday', 'partOfDay'];
  let day = 'XXXX-XX-XX';
  let inferred: DatePart[] = [];
  const anchor = ctx.ref === null && shift === null ? (ctx.weekAnchor ?? null) : null;
  if (anchor !== null) {
    // No reference date, but "last Friday (July 9)": a plain weekday is in the week from that Friday.
    const d = addDays({ y: ANY_YEAR, m: anchor.m, d: anchor.d }, (wd - anchor.wd + 7) % 7);
    day = `XXXX-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
    inferred = ['month', 'day'];
  } else if (ctx.ref !== null) {
    const d = weekdayDate(ctx.ref, wd, shift, ctx.forward);
    day = fmtDay(d);
    inferred = ['year', 'month', 'day'];
  }
  return { value: part === null ? day : `${day}T${part}`, stated: statedParts, inferred };
}

/** Words after "the" that place a weekday from the day the text just gave: "the following Monday", "the preceding Friday". */
const ANCHORED_SHIFTS: ReadonlyMap<string, number> = new Map([['following', 1], ['previous', -1], ['preceding', -1]]);

/**
 * "The talks began on March 3. They resumed the following Monday", "polls open on Saturday, March 13, and on the
 * preceding Friday": the first such weekday after (or before) the last full day the text gave; null with none.
 */
function fromDayAnchor(ctx: Ctx, wd: number, after: boolean, part: string | null): Resolved | null {
  const day = fullDayAnchor(ctx);
  if (day === null) return null;
  const awd = isoWeekday(day);
  return inferredDay(after ? addDays(day, (wd - awd + 7) % 7 || 7) : addDays(day, -((awd - wd + 7) % 7 || 7)), part);
}

/** How far from the day the text gave "the Saturday" may be: the same few days of the story. */
const STORY_DAY_REACH = 3;

/**
 * "The election is on Saturday, March 13. Polls close at 2 p.m. on the Saturday": the such weekday within a few
 * days of the last full day the text gave, when that day is not the reference date; null otherwise.
 */
function nearDayAnchor(ctx: Ctx, wd: number, part: string | null): Resolved | null {
  const day = fullDayAnchor(ctx);
  const ref = ctx.ref;
  if (day === null || (ref !== null && ref.y === day.y && ref.m === day.m && ref.d === day.d)) return null;
  const ahead = (wd - isoWeekday(day) + 7) % 7;
  const off = ahead <= STORY_DAY_REACH ? ahead : ahead - 7 >= -STORY_DAY_REACH ? ahead - 7 : null;
  return off === null ? null : inferredDay(addDays(day, off), part);
}

/** The last day the text gave, when it gave all of it. */
function fullDayAnchor(ctx: Ctx): Ymd | null {
  const a = ctx.dayAnchor;
  return a === null || a.y === null || a.m === null || a.d === null ? null : { y: a.y, m: a.m, d: a.d };
}

/** A weekday placed on day `d` (at a part of the day, if any): the weekday stated, the date inferred. */
function inferredDay(d: Ymd, part: string | null): Resolved {
  return { value: part === null ? fmtDay(d) : `${fmtDay(d)}T${part}`, stated: part === null ? ['weekday'] : ['weekday', 'partOfDay'], inferred: ['year', 'month', 'day'] };
}

/** "Friday of next week": the weekday in the week `weeks` from the reference day's week. */
function inWeek(ref: Ymd, wd: number, weeks: number): Ymd {
  return addDays(ref, 7 * weeks + wd - isoWeekday(ref));
}

function atDay(ctx: Ctx, day: (ref: Ymd) => Ymd): Resolved {
  if (ctx.ref === null) return { value: 'XXXX-XX-XX', stated: ['weekday'], inferred: [] };
  return { value: fmtDay(day(ctx.ref)), stated: ['weekday'], inferred: ['year', 'month', 'day'] };
}

/** The date within a month of the reference date whose day is `dom` and weekday `wd`; unknown when none is. */
function dayOfMonthOn(ctx: Ctx, wd: number, dom: number): Resolved {
  const ref = ctx.ref;
  if (ref === null) return { value: 'XXXX-XX-XX', stated: ['weekday', 'day'], inferred: [] };
  let best: Ymd | null = null;
  for (const k of [0, 1, -1]) {
    const t = addMonths(ref.y, ref.m, k);
    if (!validDay(t.y, t.m, dom)) continue;
    const d = { y: t.y, m: t.m, d: dom };
    if (isoWeekday(d) === wd && (best === null || Math.abs(daysBetween(ref, d)) < Math.abs(daysBetween(ref, best)))) best = d;
  }
  return best === null ? { value: 'XXXX-XX-XX', stated: ['weekday', 'day'], inferred: [] } : { value: fmtDay(best), stated: ['weekday', 'day'], inferred: ['year', 'month'] };
}

/** A weekday phrase around the weekday at `at`: "of next week", "before last"; null when there is none. */
function weekdayPhrase(v: View, i: number, at: number, wd: number): Cand | null {
  const next = word(v, at + 1);
  const week = RELATIVE_SHIFT.get(next === 'of' ? word(v, at + 2) : next);
  if (next === 'of' && week !== undefined && word(v, at + 3) === 'week') {
    return { from: i, to: at + 4, type: 'DATE', rule: 'weekday.of-week', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => inWeek(ref, wd, week)) };
  }
  // "Saturday the 21st": the day of the month with that weekday nearest the reference date.
  const dm = next === 'the' ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word(v, at + 2)) : null;
  if (dm !== null && Number(dm[1]) >= 1 && Number(dm[1]) <= 31) {
    const dom = Number(dm[1]);
    return { from: i, to: at + 3, type: 'DATE', rule: 'weekday.with-day-of-month', role: 'day', resolve: (ctx) => dayOfMonthOn(ctx, wd, dom) };
  }
  // "Friday next week", "Tuesday last week".
  if (week !== undefined && week !== 0 && RELATIVE_SHIFT.has(next) && word(v, at + 2) === 'week' && next !== 'past') {
    const shift = RELATIVE_SHIFT.get(next) as number;
    // the end of a range of weekdays leaves the week to the whole range (see the range in `weekday`)
    if (RANGE_WORDS.has(word(v, at - 1)) && WEEKDAYS.has(word(v, at - 2))) {
      return { from: i, to: at + 1, type: 'DATE', rule: 'weekday.range-end', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => inWeek(ref, wd, shift)) };
    }
    return { from: i, to: at + 3, type: 'DATE', rule: 'weekday.week-shift', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => inWeek(ref, wd, shift)) };
  }
  if (word(v, i - 1) === 'the' && next === 'before' && word(v, at + 2) === 'last') {
    return { from: i - 1, to: at + 3, type: 'DATE', rule: 'weekday.before-last', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => addDays(weekdayDate(ref, wd, -1, false), -7)) };
  }
  return null;
}

const setValue = (wd: number): Resolved => ({ value: `XXXX-WXX-${wd}`, stated: ['weekday'], inferred: [] });

/** "Sunday Times", "a Friday Mosque": a weekday inside a name. */
function inName(v: View, i: number, from: number): boolean {
  const prev = word(v, from - 1);
  if (WEEKDAY_NAME_PREFIXES.has(prev) && isCap(v, from - 1)) return true; // "Good Friday", "Super Tuesday"
  const next = word(v, i + 1);
  // "Tuesday I met the minister": the pronoun is capitalised, not a name's second word
  if (!isCap(v, i + 1) || MONTHS.has(next) || PARTS_OF_DAY.has(next) || next === 'i') return false;
  return from === 0 || prev === 'the' || v.toks[from - 1]?.kind === 'punct';
}

/** "Mon–Fri", "Tue-Thu" (capitalised, a dash between): the two ends, resolved like "Monday–Friday" (one week, the end after the start). */
function shortSpan(v: View, at: number): Cand[] | null {
  const a = WEEKDAY_SHORT_NAMES.get(word(v, at));
  const link = word(v, at + 1);
  const b = WEEKDAY_SHORT_NAMES.get(word(v, at + 2));
  if (a === undefined || b === undefined || (link !== '-' && link !== '–') || !isCap(v, at) || !isCap(v, at + 2)) return null;
  const week = RELATIVE_SHIFT.get(word(v, at + 3));
  const weekTo = week !== undefined && word(v, at + 4) === 'week' && word(v, at + 3) !== 'past' ? at + 5 : at + 3;
  const gap = (b - a + 7) % 7;
  const startOf = (ctx: Ctx, ref: Ymd): Ymd => (weekTo > at + 3 ? inWeek(ref, a, week ?? 0) : weekdayDate(ref, a, null, ctx.forward));
  return [
    { from: at, to: at + 1, type: 'DATE', rule: 'weekday.range-start', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => startOf(ctx, ref)) },
    { from: at + 2, to: weekTo, type: 'DATE', rule: 'weekday.range-end', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => addDays(startOf(ctx, ref), gap)) },
  ];
}

/** Words before a short name that make it a day: "till Mon.", "closed Sat.", "from Wed.". */
const SHORT_NAME_LEADS: ReadonlySet<string> = new Set(['on', 'till', 'until', 'by', 'from', 'through', 'thru', 'before', 'after', 'since', 'closed', 'open', 'opens', 'due', 'next', 'last']);

/** The leads of SHORT_NAME_LEADS that make an undotted capitalised short name a day ("on Sat", "till Wed"). */
const SHORT_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'till', 'until', 'by', 'from', 'through', 'thru', 'before', 'after', 'since']);

/**
 * "Store closed Mon. for inventory", "open till Sat.": a short name that is also a word ("Mon", "Wed", "Sun")
 * is a weekday when written with its full stop and either a lower-case word after it (the stop abbreviates,
 * it ends no sentence) or a word before it that wants a day. Not "the Sun." (a paper).
 */
function dottedShortName(v: View, at: number): number | undefined {
  const wd = WEEKDAY_SHORT_NAMES.get(word(v, at));
  if (wd === undefined || word(v, at - 1) === 'the') return undefined;
  // "Gig's on Sat", "open till Wed": capitalised after a preposition that wants a day, the word reading is gone ("sat", "wed");
  // not "Sun" (a paper, the star), nor before another capitalised word ("on Sat Nav").
  if (withDot(v, at) !== at + 2) {
    const next = v.toks[at + 1];
    const capNext = next !== undefined && next.kind === 'word' && isCap(v, at + 1);
    return wd !== 7 && SHORT_NAME_PREPOSITIONS.has(word(v, at - 1)) && !capNext && /^\p{Lu}\p{Ll}+$/u.test(v.toks[at]?.text ?? '') ? wd : undefined;
  }
  const after = v.toks[at + 2];
  const lower = after !== undefined && after.kind === 'word' && /^\p{Ll}/u.test(after.text);
  return lower || SHORT_NAME_LEADS.has(word(v, at - 1)) ? wd : undefined;
}

export const weekday: Parser = {
  id: 'weekday',
  match(v, i) {
    const thisComing = word(v, i) === 'this' && word(v, i + 1) === 'coming'; // "this coming Monday"
    const anchoredShift = word(v, i - 1) === 'the' ? ANCHORED_SHIFTS.get(word(v, i)) : undefined;
    const shift = thisComing ? 1 : anchoredShift ?? RELATIVE_SHIFT.get(word(v, i));
    const at = thisComing ? i + 2 : shift === undefined ? i : i + 1;
    const w = word(v, at);
    if (!isCap(v, at)) return [];
    const plural = w.endsWith('s') ? WEEKDAYS.get(w.slice(0, -1)) : undefined;
    if (plural !== undefined) {
      return [{ from: i, to: at + 1, type: 'SET', rule: 'weekday.plural', role: 'set', resolve: () => setValue(plural) }];
    }
    const abbreviated = WEEKDAY_ABBREVIATIONS.get(w) ?? dottedShortName(v, at);
    const wd = WEEKDAYS.get(w) ?? abbreviated ?? WEEKDAY_TRANSPOSITIONS.get(w);
    // "Mon–Fri": two capitalised short names joined by a dash are weekdays even where one alone is a word ("Sun", "Mon").
    const short = shift === undefined ? shortSpan(v, at) : null;
    if (short !== null) return short;
    if (wd === undefined || inName(v, at, i) || WEEKDAY_COMPOUND_HEADS.has(word(v, at + 1))) return [];
    if (abbreviated !== undefined) {
      const to = withDot(v, at);
      return [{ from: i, to, type: 'DATE', rule: 'weekday.abbreviation', role: 'day', resolve: (ctx) => resolveWeekday(ctx, abbreviated, shift === undefined || shift === 0 ? null : shift, null) }];
    }
    const phrase = shift === undefined ? weekdayPhrase(v, i, at, wd) : null;
    if (phrase !== null) return [phrase];
    const prev = word(v, i - 1);
    if (prev === 'every' || prev === 'each') {
      // "every Friday afternoon": the part of the day joins the set (`XXXX-WXX-5TAF`)
      const part = PARTS_OF_DAY.get(word(v, at + 1));
      if (part !== undefined) return [{ from: i - 1, to: at + 2, type: 'SET', rule: 'weekday.every-part', role: 'set', resolve: () => {
        const r = setValue(wd);
        return { ...r, value: `${r.value}T${part}` };
      } }];
      return [{ from: i - 1, to: at + 1, type: 'SET', rule: 'weekday.every', role: 'set', resolve: () => setValue(wd) }];
    }
    // "every second Friday", "every other Monday": a weekday of every few weeks, still that weekday's set
    if (EVERY_NTH.has(prev) && word(v, i - 2) === 'every') {
      return [{ from: i - 2, to: at + 1, type: 'SET', rule: 'weekday.every-nth', role: 'set', resolve: () => setValue(wd) }];
    }
    const link = word(v, at + 1);
    const other = WEEKDAYS.get(word(v, at + 2));
    if ((link === 'through' || link === 'to' || link === '-' || link === '–' || link === 'thru') && other !== undefined && shift === undefined) {
      // "was shut from Monday to Wednesday", "will close Monday–Wednesday": two days; "open Monday through Friday": a timetable.
      // "Monday to Friday last week": the start is in the week the end names; the week belongs to the whole range
      // and is its own date ("from Monday to Wednesday next week": "Monday", "Wednesday", "next week").
      const week = RELATIVE_SHIFT.get(word(v, at + 3));
      if (week !== undefined && week !== 0 && word(v, at + 4) === 'week' && word(v, at + 3) !== 'past') {
        return [
          { from: i, to: at + 1, type: 'DATE', rule: 'weekday.range-start', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => inWeek(ref, wd, week)) },
          { from: at + 2, to: at + 3, type: 'DATE', rule: 'weekday.range-end', role: 'day', resolve: (ctx) => atDay(ctx, (ref) => inWeek(ref, other, week)) },
        ];
      }
      if (prev === 'from' || pastBefore(v, at) || (forwardAt(v, at) && !abilityBefore(v, at))) {
        const gap = (other - wd + 7) % 7;
        return [
          { from: i, to: at + 1, type: 'DATE', rule: 'weekday.range-start', role: 'day', resolve: (ctx) => resolveWeekday(ctx, wd, null, null) },
          {
            from: at + 2, to: at + 3, type: 'DATE', rule: 'weekday.range-end', role: 'day',
            resolve: (ctx) => atDay(ctx, (ref) => addDays(weekdayDate(ref, wd, null, ctx.forward), gap)),
          },
        ];
      }
      return [
        { from: at, to: at + 1, type: 'SET', rule: 'weekday.span', role: 'set', resolve: () => setValue(wd) },
        { from: at + 2, to: at + 3, type: 'SET', rule: 'weekday.span', role: 'set', resolve: () => setValue(other) },
      ];
    }
    // "clinics run on Saturday mornings": a weekday before a plural part of the day is a set of them
    const parts = word(v, at + 1);
    const partSet = shift === undefined && parts.endsWith('s') ? PARTS_OF_DAY.get(parts.slice(0, -1)) : undefined;
    if (partSet !== undefined) {
      return [{ from: i, to: at + 2, type: 'SET', rule: 'weekday.part-of-day-set', role: 'set', resolve: () => ({ value: `XXXX-WXX-${wd}T${partSet}`, stated: ['weekday', 'partOfDay'], inferred: [] }) }];
    }
    const part = PARTS_OF_DAY.get(word(v, at + 1)) ?? null;
    // "the previous Friday", "the following Monday": the article joins the span.
    const anchored = anchoredShift !== undefined && !thisComing;
    const the = anchored || (shift !== undefined && word(v, i - 1) === 'this' && word(v, i) === 'past') ? 1 : 0; // "the previous Friday", "this past Sunday"
    // "Polls close at 2 p.m. on the Saturday": a weekday after "the" is the story's such day, near the day the text gave
    const storyDay = shift === undefined && word(v, i - 1) === 'the';
    const c: Cand = {
      from: i - the - (storyDay ? 1 : 0),
      to: part === null ? at + 1 : at + 2,
      type: part === null ? 'DATE' : 'TIME',
      rule: part === null ? (shift === undefined ? 'weekday' : 'weekday.relative') : 'weekday.part-of-day',
      role: 'day',
      resolve: (ctx) => (anchored ? fromDayAnchor(ctx, wd, shift === 1, part) : storyDay ? nearDayAnchor(ctx, wd, part) : null) ?? resolveWeekday(ctx, wd, shift === undefined || shift === 0 ? null : shift, part),
    };
    return [c];
  },
};

/** Ordinals of a weekday in its month ("the second Tuesday of May"); -1 is "last". */
const NTH: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['last', -1], ['final', -1]]);

/** "the second Tuesday of May", "the first Saturday in June", "the last Friday of March 2024": the nth weekday of a month. */
export const nthWeekdayOf: Parser = {
  id: 'weekday.nth-of-month',
  match(v, i) {
    if (word(v, i) !== 'the') return [];
    const nth = NTH.get(word(v, i + 1));
    const wd = WEEKDAYS.get(word(v, i + 2));
    const month = word(v, i + 3) === 'of' || word(v, i + 3) === 'in' ? MONTHS.get(word(v, i + 4)) : undefined;
    if (nth === undefined || wd === undefined || month === undefined || !isCap(v, i + 2) || !isCap(v, i + 4)) return [];
    const mEnd = month.abbreviation ? withDot(v, i + 4) : i + 5;
    const yw = word(v, mEnd);
    const stated = /^(1[89]\d{2}|20\d{2})$/.test(yw) ? Number(yw) : null;
    const to = stated === null ? mEnd : mEnd + 1;
    const m = month.month;
    return [{
      from: i, to, type: 'DATE', rule: 'weekday.nth-of-month', role: 'day',
      resolve: (ctx) => {
        const y = stated ?? yearFor(ctx, m);
        if (y === null) return { value: `XXXX-${String(m).padStart(2, '0')}-XX`, stated: ['month', 'weekday'], inferred: [] };
        return { value: fmtDay(nthWeekday(y, m, wd, nth)), stated: stated === null ? ['month', 'weekday'] : ['year', 'month', 'weekday'], inferred: stated === null ? ['year', 'day'] : ['day'] };
      },
    }];
  },
};

/** Ordinals between "every" and a weekday: "every second Friday", "every other Monday". */
const EVERY_NTH: ReadonlySet<string> = new Set(['other', 'second', 'third', 'fourth']);
