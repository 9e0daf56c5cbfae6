/** Dates relative to publication or to the last date mentioned: "last week", "yesterday", "the day before". */
import { MONTHS, OF_MODIFIERS, OVERNIGHT_NEGATORS, PARTS_OF_DAY, PERIOD_END_LINKS, PERIOD_ENDING_LEMMAS, RELATIVE_SHIFT } from '../../../lexicons/en/dates.js';
import type { Ctx, Parser, Resolved, View } from '../context.js';
import { isCap, word } from '../context.js';
import { addDays, daysBetween, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, isoWeekday, weekendOf, type PartialDate } from '../calendar.js';
import { weekdayDate } from '../resolve.js';
import { CAL_UNITS, shiftValue, type CalUnit } from '../shift.js';

const ONE_UNIT: Readonly<Record<CalUnit, string>> = {
  day: 'P1D', week: 'P1W', weekend: 'P1W', month: 'P1M', quarter: 'P3M', year: 'P1Y', decade: 'P10Y', century: 'P100Y',
};

/** Prepositions that make "the next decade" a stretch of time rather than a point. */
const STRETCH_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'within', 'throughout', 'for']);

const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1]]);

function withPart(r: Resolved, part: string | null): Resolved {
  if (part === null) return r;
  const day = r.value === 'PRESENT_REF' ? 'XXXX-XX-XX' : r.value;
  return { value: `${day}T${part}`, stated: [...r.stated, 'partOfDay'], inferred: r.inferred };
}

/** How far back in its clause a negator may be. */
const NEGATION_REACH = 8;

/** A negator earlier in the clause of token `i`. */
function negatedBefore(v: View, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= NEGATION_REACH; k--) {
    const w = word(v, k);
    if (w === '.' || w === ';' || w === ',' || w === 'but') return false;
    if (OVERNIGHT_NEGATORS.has(w)) return true;
  }
  return false;
}

function todayValue(ctx: Ctx, n: number, aDay = false): Resolved {
  const t = ctx.today;
  // With no date for today: "Greenland is today a part of the kingdom" is the present (PRESENT_REF), but a
  // "today" in a past clause ("officials said today", "today nobody walked out") or the subject of its own
  // sentence ("Today is the first step") is a day, whose date is unknown.
  if (t === null) return { value: n === 0 && ctx.past !== true && !aDay ? 'PRESENT_REF' : 'XXXX-XX-XX', stated: [], inferred: [] };
  // "yesterday" from a today whose year is unknown: its month and day, unless the step crosses the end of February
  return { ...shiftValue(ctx.ref ?? t, 'day', n), stated: [] };
}

/** Verbs after "today" that make it the subject, a day ("Today is the first step", "Today marks ten years"). */
const TODAY_AS_SUBJECT: ReadonlySet<string> = new Set(['is', 'was', "'s", 'marks', 'marked']);

/** Prepositions that spread what follows over a part of the day ("during the evening", "through the night"). */
const SPAN_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'through', 'throughout']);

/** "today", "yesterday morning", "tomorrow", "tonight", "overnight", "this morning", "last night", "at night", "the day after tomorrow". */
export const deictic: Parser = {
  id: 'relative.deictic',
  match(v, i) {
    const w = word(v, i);
    // "the day after tomorrow", "the day before yesterday": two days from publication.
    if (w === 'the' && word(v, i + 1) === 'day') {
      const link = word(v, i + 2);
      const far = link === 'after' && word(v, i + 3) === 'tomorrow' ? 2 : link === 'before' && word(v, i + 3) === 'yesterday' ? -2 : 0;
      if (far !== 0) return [{ from: i, to: i + 4, type: 'DATE', rule: 'relative.two-days', role: 'day', resolve: (ctx) => todayValue(ctx, far) }];
    }
    const n = DEICTIC_DAYS.get(w);
    if (n !== undefined) {
      const part = PARTS_OF_DAY.get(word(v, i + 1)) ?? null;
      const subject = TODAY_AS_SUBJECT.has(word(v, i + 1));
      return [{
        from: i, to: part === null ? i + 1 : i + 2, type: part === null ? 'DATE' : 'TIME',
        rule: w === 'today' ? 'relative.today' : `relative.${w}`, role: 'day',
        resolve: (ctx) => withPart(todayValue(ctx, n, subject), part),
      }];
    }
    // "Nigeria cannot replace that overnight", "it will not happen overnight": suddenly, not a night
    if (w === 'overnight' && negatedBefore(v, i)) return [];
    if (w === 'tonight' || w === 'overnight') {
      return [{ from: i, to: i + 1, type: 'TIME', rule: `relative.${w}`, role: 'day', resolve: (ctx) => withPart(todayValue(ctx, 0), 'NI') }];
    }
    if ((w === 'this' || w === 'last') && PARTS_OF_DAY.has(word(v, i + 1)) && word(v, i + 2) !== 'of') {
      const part = PARTS_OF_DAY.get(word(v, i + 1)) ?? null;
      const back = w === 'last' ? -1 : 0;
      return [{ from: i, to: i + 2, type: 'TIME', rule: `relative.${w}-part-of-day`, role: 'day', resolve: (ctx) => withPart(todayValue(ctx, back), part) }];
    }
    if (w === 'at' && word(v, i + 1) === 'night') {
      return [{ from: i, to: i + 2, type: 'TIME', rule: 'relative.at-night', role: 'other', resolve: () => ({ value: 'XXXX-XX-XXTNI', stated: ['partOfDay'], inferred: [] }) }];
    }
    return [];
  },
};

/** "last week", "this year", "next month", "last March", "the past year" (a duration), "the following week" (from the last date). */
export const shifted: Parser = {
  id: 'relative.shift',
  match(v, i) {
    // "this past weekend" is "past weekend" with its "this".
    const the = word(v, i) === 'the' || (word(v, i) === 'this' && word(v, i + 1) === 'past') ? 1 : 0;
    const sw = word(v, i + the);
    const shift = RELATIVE_SHIFT.get(sw);
    if (shift === undefined) return [];
    const uw = word(v, i + the + 1);
    const to = i + the + 2;
    const month = MONTHS.get(uw);
    // "last March", "next March" count from publication; "the following March", "the previous
    // March" from the last date the text gave ("approved in May 2021 … the following March").
    const fromText = the === 1 && word(v, i) === 'the' && (sw === 'following' || sw === 'previous');
    if (month !== undefined && !month.abbreviation && isCap(v, i + the + 1) && (the === 0 || fromText)) {
      const m = month.month;
      return [{
        from: i, to, type: 'DATE', rule: fromText ? 'relative.anaphoric-month' : 'relative.month', role: 'date',
        resolve: (ctx) => {
          const a = fromText ? ctx.anchor : null;
          if (a !== null && a.y !== null) {
            const am = a.m ?? (shift < 0 ? 13 : 0);
            const y = shift < 0 ? (m < am ? a.y : a.y - 1) : (m > am ? a.y : a.y + 1);
            return { value: fmtMonth(y, m), stated: ['month'], inferred: ['year'] };
          }
          if (ctx.ref === null) return { value: fmtMonth(null, m), stated: ['month'], inferred: [] };
          const r = ctx.ref;
          const y = shift < 0 ? (m < r.m ? r.y : r.y - 1) : shift > 0 ? (m > r.m ? r.y : r.y + 1) : r.y;
          return { value: fmtMonth(y, m), stated: ['month'], inferred: ['year'] };
        },
      }];
    }
    const unit = CAL_UNITS.get(uw);
    if (unit === undefined || (unit === 'day' && the === 0)) return [];
    // "the past weekend" is the last weekend, not two days' duration.
    if (the === 1 && word(v, i) === 'the' && (sw === 'past' || sw === 'last') && unit !== 'day' && unit !== 'weekend') {
      const value = ONE_UNIT[unit];
      return [{ from: i, to, type: 'DURATION', rule: 'relative.the-past-unit', role: 'other', resolve: () => ({ value, stated: [], inferred: [] }) }];
    }
    // "over the next decade", "within the coming year", "over the following decade": a stretch of time ahead, a duration.
    // "for" names a slot, not a stretch, after "following" ("elections scheduled for the following week").
    const stretch = STRETCH_PREPOSITIONS.has(word(v, i - 1)) && (sw !== 'following' || word(v, i - 1) !== 'for');
    if (the === 1 && (sw === 'next' || sw === 'coming' || sw === 'following') && unit !== 'day' && unit !== 'weekend' && stretch) {
      const value = ONE_UNIT[unit];
      return [{ from: i, to, type: 'DURATION', rule: 'relative.the-next-unit', role: 'other', resolve: () => ({ value, stated: [], inferred: [] }) }];
    }
    // "the previous year", "the following week", "the next day" count from the last date mentioned;
    // "the coming week", "the next decade" from publication.
    const anaphoric = the === 1 && (sw === 'previous' || sw === 'following' || (sw === 'next' && unit === 'day'));
    if (unit === 'day' && !anaphoric) return [];
    return [{
      from: i, to, type: 'DATE', rule: anaphoric ? 'relative.anaphoric-shift' : 'relative.shift', role: unit === 'day' ? 'day' : 'date',
      resolve: (ctx) => (anaphoric ? fromAnchor(ctx, unit, shift) : shiftValue(ctx.ref ?? ctx.today, unit, shift)),
    }];
  },
};

/** The day "the previous day" counts back from: in a clause that does not look ahead, not a day still to come ("a retrial was set for Feb. 2. The juror had complained … the previous day"). */
function dayBase(ctx: Ctx, n: number): PartialDate | null {
  const d = ctx.dayAnchor;
  if (n >= 0 || ctx.forward || d === null || ctx.ref === null || d.y === null || d.m === null || d.d === null) return d;
  return daysBetween(ctx.ref, { y: d.y, m: d.m, d: d.d }) > 0 ? (ctx.pastDayAnchor ?? d) : d;
}

function fromAnchor(ctx: Ctx, unit: CalUnit, n: number): Resolved {
  // "next week, and the week after": a week the text named, with no day given since, is what a week steps from
  const week = unit === 'week' ? (ctx.namedWeek ?? null) : null;
  const r = shiftValue(week ?? (unit === 'day' || unit === 'week' || unit === 'weekend' ? dayBase(ctx, n) : (ctx.anchor ?? ctx.ref)), unit, n);
  return { ...r, stated: [], inferred: [...new Set([...r.stated, ...r.inferred])] };
}

/** Prepositions before "the weekend" that make it a particular weekend. */
const WEEKEND_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'during', 'on', 'at', 'this', 'until', 'by', 'after', 'before', 'since', 'through', 'throughout', 'for', 'including']);

/** "over the weekend": the last weekend, or the coming one in a forward clause. */
function theWeekend(ctx: Ctx): Resolved {
  if (ctx.ref === null) return { value: 'XXXX-WXX-WE', stated: [], inferred: [] };
  const sat = weekdayDate(ctx.ref, 6, null, ctx.forward);
  // on a Sunday the weekend is the day's own, unless the clause looks ahead to the next one ("showers return at the weekend")
  const wk = isoWeek(isoWeekday(ctx.ref) === 7 ? addDays(ctx.ref, ctx.forward ? 6 : -1) : sat);
  return { value: `${fmtWeek(wk.y, wk.w)}-WE`, stated: [], inferred: ['year', 'week'] };
}

/** Words between "the" and "weekend" that make it a holiday's weekend, with how many tokens they take. */
const HOLIDAY_WEEKEND_WORDS: ReadonlyMap<string, number> = new Map([['holiday', 1], ['long', 1], ['bank', 2]]);

const ANAPHORIC_DAY: ReadonlyMap<string, number> = new Map([['before', -1], ['after', 1]]);

/** Units that step from the last date given ("the week before", "the same year"). */
const ANAPHORIC_UNITS: ReadonlyMap<string, CalUnit> = new Map([['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']]);

/** "the day before", "the same day", "that day", "that week", "the year" (the current one). */
/** Words between "the"/"that" and "day" that keep it the day just given ("that same day", "the very same day"). */
const SAME_WORDS: ReadonlySet<string> = new Set(['same', 'very']);

/** The token after "the same day" / "that (same|very) day" at `i`, or null. */
function sameDayEnd(v: View, i: number): number | null {
  const w = word(v, i);
  if (w !== 'the' && w !== 'that') return null;
  let k = i + 1;
  while (SAME_WORDS.has(word(v, k)) && k < i + 3) k++;
  if (word(v, k) !== 'day') return null;
  // "the day" alone is not anaphoric; "the" needs "same" ("the very day" reads as "that day" too).
  return w === 'that' || k > i + 1 ? k + 1 : null;
}

export const anaphoric: Parser = {
  id: 'relative.anaphoric',
  match(v, i) {
    const w = word(v, i);
    const next = word(v, i + 1);
    // "the week after next", "the year before last": two units from publication.
    const twoAway = w === 'the' ? CAL_UNITS.get(next) : undefined;
    const far = (word(v, i + 2) === 'after' && word(v, i + 3) === 'next') ? 2 : (word(v, i + 2) === 'before' && word(v, i + 3) === 'last') ? -2 : 0;
    if (twoAway !== undefined && twoAway !== 'day' && far !== 0) {
      return [{ from: i, to: i + 4, type: 'DATE', rule: 'relative.two-units', role: 'date', resolve: (ctx) => shiftValue(ctx.ref, twoAway, far) }];
    }
    // "the previous night", "the night before": the night before the last day the text gave.
    if (w === 'the' && (next === 'previous' || next === 'preceding') && PARTS_OF_DAY.has(word(v, i + 2))) {
      const part = PARTS_OF_DAY.get(word(v, i + 2)) ?? null;
      return [{ from: i, to: i + 3, type: 'TIME', rule: 'relative.the-previous-part-of-day', role: 'other', resolve: (ctx) => withPart(fromAnchor(ctx, 'day', -1), part) }];
    }
    // "the next morning", "the following evening": a part of the day after the last day the text gave.
    if (w === 'the' && (next === 'next' || next === 'following') && PARTS_OF_DAY.has(word(v, i + 2))) {
      const part = PARTS_OF_DAY.get(word(v, i + 2)) ?? null;
      return [{ from: i, to: i + 3, type: 'TIME', rule: 'relative.the-next-part-of-day', role: 'other', resolve: (ctx) => withPart(fromAnchor(ctx, 'day', 1), part) }];
    }
    if (w === 'the' && PARTS_OF_DAY.has(next) && word(v, i + 2) === 'before') {
      const after = v.toks[i + 3];
      if (after === undefined || after.kind === 'punct' || word(v, i + 3) === 'and') {
        const part = PARTS_OF_DAY.get(next) ?? null;
        return [{ from: i, to: i + 3, type: 'TIME', rule: 'relative.the-part-of-day-before', role: 'other', resolve: (ctx) => withPart(fromAnchor(ctx, 'day', -1), part) }];
      }
    }
    // "moved inland during the evening", "counting went on through the night": a part of the day the sentence is on
    // (its own day, or the story's day carried from the sentences before), else of an unknown day
    if (w === 'the' && SPAN_PREPOSITIONS.has(word(v, i - 1)) && PARTS_OF_DAY.has(next) && next !== 'midday' && word(v, i + 2) !== 'of') {
      const part = PARTS_OF_DAY.get(next) ?? '';
      return [{ from: i, to: i + 2, type: 'TIME', rule: 'relative.during-the-part-of-day', role: 'time', resolve: (ctx) => ({ value: `${ctx.day ?? 'XXXX-XX-XX'}T${part}`, stated: ['partOfDay'], inferred: ctx.day === null ? [] : ['year', 'month', 'day'] }) }];
    }
    // "by mid-morning", "by late morning (on Sunday)", "until early evening": an edge of a part of the day, on the sentence's
    // day (a day right after it is joined to it), else an unknown day's
    const edge = edgePartOfDay(v, i);
    if (edge !== null && (SPAN_PREPOSITIONS.has(word(v, i - 1)) || EDGE_PART_LEADS.has(word(v, i - 1)))) {
      const part = edge.part;
      return [{ from: i, to: edge.to, type: 'TIME', rule: 'relative.edge-part-of-day', role: 'time', resolve: (ctx) => ({ value: `${ctx.day ?? 'XXXX-XX-XX'}T${part}`, stated: ['partOfDay'], inferred: ctx.day === null ? [] : ['year', 'month', 'day'] }) }];
    }
    // "in the morning", "in the evening" with no day: a part of an unknown day.
    if (w === 'the' && word(v, i - 1) === 'in' && PARTS_OF_DAY.has(next) && next !== 'midday' && word(v, i + 2) !== 'of') {
      const value = `XXXX-XX-XXT${PARTS_OF_DAY.get(next) ?? ''}`;
      return [{ from: i, to: i + 2, type: 'TIME', rule: 'relative.in-the-part-of-day', role: 'other', resolve: () => ({ value, stated: ['partOfDay'], inferred: [] }) }];
    }
    // "every weekend", "each weekend": every weekend, a SET
    if ((w === 'every' || w === 'each') && word(v, i + 1) === 'weekend') {
      return [{ from: i, to: i + 2, type: 'SET', rule: 'relative.every-weekend', role: 'set', resolve: () => ({ value: 'XXXX-WXX-WE', stated: [], inferred: [] }) }];
    }
    // "closed on weekends", "works at weekends": the same SET.
    if (w === 'weekends' && (word(v, i - 1) === 'on' || word(v, i - 1) === 'at')) {
      return [{ from: i, to: i + 1, type: 'SET', rule: 'relative.weekends', role: 'set', resolve: () => ({ value: 'XXXX-WXX-WE', stated: [], inferred: [] }) }];
    }
    // "over the weekend", "during the weekend": the last weekend, or the coming one in a forward clause.
    if (w === 'the' && next === 'weekend' && WEEKEND_PREPOSITIONS.has(word(v, i - 1))) {
      return [{
        from: i, to: i + 2, type: 'DATE', rule: 'relative.the-weekend', role: 'date',
        resolve: theWeekend,
      }];
    }
    // "over the holiday weekend", "the long weekend", "the bank holiday weekend": the weekend nearest the day the text just gave
    // (the holiday's), else the weekend as "the weekend" reads
    const extra = w === 'the' ? HOLIDAY_WEEKEND_WORDS.get(next) : undefined;
    if (extra !== undefined && (extra === 1 || word(v, i + 2) === 'holiday') && word(v, i + 1 + extra) === 'weekend') {
      return [{
        from: i, to: i + 2 + extra, type: 'DATE', rule: 'relative.holiday-weekend', role: 'date',
        resolve: (ctx) => {
          const a = ctx.dayAnchor;
          if (a === null || a.y === null || a.m === null || a.d === null) return theWeekend(ctx);
          return { value: weekendOf({ y: a.y, m: a.m, d: a.d }), stated: [], inferred: ['year', 'week'] };
        },
      }];
    }
    // "later in the day", "earlier in the week": the unit of the last date the text gave, or of publication.
    if ((w === 'earlier' || w === 'later') && next === 'in' && word(v, i + 2) === 'the') {
      const unit = ANAPHORIC_UNITS.get(word(v, i + 3));
      if (unit !== undefined) {
        return [{
          from: i, to: i + 4, type: 'DATE', rule: 'relative.later-in-the-unit', role: unit === 'day' ? 'day' : 'date',
          resolve: (ctx) => {
            const base = unit === 'day' || unit === 'week' ? (ctx.dayAnchor ?? ctx.ref) : (ctx.anchor ?? ctx.ref);
            const r = shiftValue(base, unit, 0);
            return { ...r, stated: [], inferred: [...new Set([...r.stated, ...r.inferred])] };
          },
        }];
      }
    }
    // "the day before", "the year after": one unit from the last date the text gave.
    const stepUnit = w === 'the' ? ANAPHORIC_UNITS.get(next) : undefined;
    if (stepUnit !== undefined) {
      const n = ANAPHORIC_DAY.get(word(v, i + 2));
      const after = v.toks[i + 3];
      if (n !== undefined && (after === undefined || after.kind === 'punct' || word(v, i + 3) === 'and')) {
        const rule = stepUnit === 'day' ? 'relative.the-day-before' : 'relative.the-unit-before';
        return [{ from: i, to: i + 3, type: 'DATE', rule, role: stepUnit === 'day' ? 'day' : 'date', resolve: (ctx) => fromAnchor(ctx, stepUnit, n) }];
      }
      if (stepUnit === 'day') return [];
    }
    // "the same day", "that day", "that same day", "that very day", "the very same day".
    const sameDayTo = sameDayEnd(v, i);
    if (sameDayTo !== null) {
      return [{ from: i, to: sameDayTo, type: 'DATE', rule: 'relative.same-day', role: 'day', resolve: (ctx) => fromAnchor(ctx, 'day', 0) }];
    }
    // "the same year", "the same week": the unit of the last date the text gave.
    const sameUnit = w === 'the' && next === 'same' ? ANAPHORIC_UNITS.get(word(v, i + 2)) : undefined;
    if (sameUnit !== undefined && sameUnit !== 'day') {
      return [{ from: i, to: i + 3, type: 'DATE', rule: 'relative.same-unit', role: 'date', resolve: (ctx) => fromAnchor(ctx, sameUnit, 0) }];
    }
    if (w === 'the' && (next === 'last' || next === 'final' || next === 'first') && word(v, i + 2) === 'day') {
      return [{ from: i, to: i + 3, type: 'DATE', rule: 'relative.first-last-day', role: 'other', resolve: () => ({ value: 'XXXX-XX-XX', stated: [], inferred: [] }) }];
    }
    // "that evening", "that night": a part of the last day the text gave.
    if (w === 'that' && PARTS_OF_DAY.has(next)) {
      const part = PARTS_OF_DAY.get(next) ?? null;
      return [{ from: i, to: i + 2, type: 'TIME', rule: 'relative.that-part-of-day', role: 'other', resolve: (ctx) => withPart(fromAnchor(ctx, 'day', 0), part) }];
    }
    if (w === 'that' && (next === 'week' || next === 'month' || next === 'year')) {
      const unit = CAL_UNITS.get(next) as CalUnit;
      return [{ from: i, to: i + 2, type: 'DATE', rule: 'relative.that-unit', role: 'date', resolve: (ctx) => fromAnchor(ctx, unit, 0) }];
    }
    if (w === 'the') {
      const full = next === 'full' || next === 'fiscal' || next === 'whole' || next === 'current' ? 1 : 0;
      const u = word(v, i + 1 + full);
      const after = word(v, i + 2 + full);
      // "by the end of the month": the month of the last date given, or of publication.
      const titled = word(v, i - 1) === 'of' && !OF_MODIFIERS.has(word(v, i - 2)); // "player of the month"
      // "by the end of the decade": the decade of publication.
      if (u === 'decade' && full === 0 && word(v, i - 1) === 'of' && OF_MODIFIERS.has(word(v, i - 2))) {
        return [{ from: i, to: i + 2, type: 'DATE', rule: 'relative.the-decade', role: 'other', resolve: (ctx) => {
          const r = shiftValue(ctx.ref, 'decade', 0);
          return { ...r, stated: [], inferred: r.value.startsWith('X') ? [] : ['year'] };
        } }];
      }
      // "by the end of the week": the week of the last day given, or of publication.
      if (u === 'week' && full === 0 && word(v, i - 1) === 'of' && OF_MODIFIERS.has(word(v, i - 2))) {
        return [{ from: i, to: i + 2, type: 'DATE', rule: 'relative.the-week', role: 'other', resolve: (ctx) => {
          const r = shiftValue(ctx.dayAnchor ?? ctx.ref, 'week', 0);
          return { ...r, stated: [], inferred: r.value.startsWith('X') ? [] : ['year', 'week'] };
        } }];
      }
      if (u === 'month' && full === 0 && !titled && after !== 'before' && after !== 'after' && after !== 'of' && after !== "'s") {
        return [{
          from: i, to: i + 2, type: 'DATE', rule: 'relative.the-month', role: 'other',
          resolve: (ctx) => {
            const base = ctx.anchor !== null && ctx.anchor.m !== null ? ctx.anchor : ctx.ref;
            const r = shiftValue(base, 'month', 0);
            return { ...r, stated: [], inferred: r.value.startsWith('X') ? [] : ['year', 'month'] };
          },
        }];
      }
      // "the year 1999" is 1999 (the years parser), not this year.
      // ("the year after" counts from another date, but "the end of the year after 14 years with the company" is this year, and a span follows)
      const stepAfter = (after === 'before' || after === 'after') && !(/^\d{1,3}$/.test(word(v, i + 3 + full)) && CAL_UNITS.has(word(v, i + 4 + full).replace(/s$/, '')));
      if ((u === 'year' || u === 'quarter') && !isCap(v, i + 1 + full) && !stepAfter && !/^\d{4}$/.test(after)) {
        return [{
          from: i, to: i + 2 + full, type: 'DATE', rule: `relative.the-${u}`, role: 'date',
          resolve: (ctx) => {
            // "the quarter ended June 30": the quarter of the day it ends on, the last such before the reference date
            const endMonth = u === 'quarter' && PERIOD_END_LINKS.has(after) ? MONTHS.get(word(v, i + 3 + full).replace(/\.$/, ''))?.month : undefined;
            if (endMonth !== undefined) {
              const y = ctx.ref === null ? null : ctx.ref.m >= endMonth ? ctx.ref.y : ctx.ref.y - 1;
              return { value: `${fmtYear(y)}-Q${Math.ceil(endMonth / 3)}`, stated: ['quarter'], inferred: y === null ? [] : ['year'] };
            }
            if (u === 'quarter' && ctx.quarter !== null) return { value: `${ctx.quarter.y ?? 'XXXX'}-Q${ctx.quarter.q}`, stated: [], inferred: ['year', 'quarter'] };
            // "Rovers ended the year top of the table": a year said to have ended is the last one, until its December
            const ended = u === 'year' && endedBefore(v, i) && ctx.ref !== null && ctx.ref.m < 12;
            const r = shiftValue(ctx.ref, u === 'year' ? 'year' : 'quarter', ended ? -1 : 0);
            return { ...r, stated: [], inferred: r.value.startsWith('X') ? [] : [...r.stated, ...r.inferred] };
          },
        }];
      }
    }
    return [];
  },
};

/** A finite past verb of ending right before token `i` ("ended the year", "closed the year"). */
function endedBefore(v: View, i: number): boolean {
  const t = v.toks[i - 1];
  return t !== undefined && t.tags.has('PastTense') && PERIOD_ENDING_LEMMAS.has(t.lemma);
}

/** Prepositions before "year-end" / "year's end" that make it a time ("by year-end", not "a year-end bonus"). */
const PERIOD_END_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'at', 'before', 'until', 'till', 'after', 'from', 'around', 'near', 'towards', 'toward']);

/**
 * "by year-end", "by year's end", "by year end", "at month-end": the end of the current year or month, valued
 * as the period itself (as "the end of the year" is).
 */
export const periodEnd: Parser = {
  id: 'relative.period-end',
  match(v, i) {
    if (!PERIOD_END_PREPOSITIONS.has(word(v, i - 1))) return [];
    const w = word(v, i);
    let unit: 'year' | 'month' | null = null;
    let to = i;
    const glued = /^(year|month)-end$/.exec(w);
    if (glued !== null) {
      unit = glued[1] as 'year' | 'month';
      to = i + 1;
    } else if ((w === 'year' || w === 'month') && (word(v, i + 1) === "'s" || word(v, i + 1) === '-') && word(v, i + 2) === 'end') {
      unit = w;
      to = i + 3;
    } else if ((w === 'year' || w === 'month') && word(v, i + 1) === 'end') {
      unit = w;
      to = i + 2;
    }
    if (unit === null) return [];
    const u = unit;
    return [{
      from: i, to, type: 'DATE', rule: `relative.${u}-end`, role: 'other',
      resolve: (ctx) => {
        const base = u === 'month' && ctx.anchor !== null && ctx.anchor.m !== null ? ctx.anchor : ctx.ref;
        const r = shiftValue(base, u, 0);
        return { ...r, stated: [], inferred: r.value.startsWith('X') ? [] : u === 'year' ? ['year'] : ['year', 'month'] };
      },
    }];
  },
};

/** Prepositions before "the new year" that make it a time ("in the new year", not "the new year's budget"). */
const NEW_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'into', 'after', 'until', 'till', 'by', 'to', 'before', 'since', 'over', 'around', 'from', 'for']);

/**
 * "in the new year", "until the new year": the year that starts at the next New Year's Day when said in the
 * last third of the year (September on), the current year before that or after "since" ("since the new
 * year" has begun). Lower case only: "the New Year" is the holiday.
 */
export const newYear: Parser = {
  id: 'relative.new-year',
  match(v, i) {
    if (word(v, i) !== 'the' || !NEW_YEAR_PREPOSITIONS.has(word(v, i - 1)) || v.toks[i + 1]?.text !== 'new' || v.toks[i + 2]?.text !== 'year') return [];
    if (word(v, i + 3) === "'s" || v.toks[i + 3]?.pos === 'NOUN') return [];
    const since = word(v, i - 1) === 'since';
    return [{
      from: i, to: i + 3, type: 'DATE', rule: 'relative.new-year', role: 'other',
      resolve: (ctx) => {
        if (ctx.ref === null) return { value: fmtYear(null), stated: [], inferred: [] };
        return { value: fmtYear(ctx.ref.y + (!since && ctx.ref.m >= 9 ? 1 : 0)), stated: [], inferred: ['year'] };
      },
    }];
  },
};

/** Prepositions of a point that an edge of a part of the day may follow ("by mid-morning", "until late afternoon"). */
const EDGE_PART_LEADS: ReadonlySet<string> = new Set(['by', 'until', 'till', 'before', 'after', 'from', 'around', 'at', 'in', 'since']);

/** Parts of the day that take an edge ("mid-morning", "late afternoon"; not "late night", a compound). */
const EDGED_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening']);

/** "mid-morning" (one token), "late morning", "early evening" at token `i`: the part and the end, or null. */
export function edgePartOfDay(v: View, i: number): { part: string; to: number } | null {
  const w = word(v, i);
  const glued = /^(mid|late|early)-(morning|afternoon|evening)$/.exec(w);
  const part = glued !== null ? (glued[2] ?? null) : (w === 'late' || w === 'early' || w === 'mid') && EDGED_PARTS.has(word(v, i + 1)) ? word(v, i + 1) : null;
  const code = part === null ? undefined : PARTS_OF_DAY.get(part);
  if (code === undefined) return null;
  return { part: code, to: glued !== null ? i + 1 : i + 2 };
}
