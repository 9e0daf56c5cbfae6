/**
 * Everyday written forms the news parsers leave out (issue #15): clock times in words
 * ("quarter past 3", "half past seven", "9ish"), a colon time glued to its meridiem
 * ("7:30pm"), a week from a weekday ("a week from Friday", "Friday week", "a week on Monday"),
 * "the Monday after next", "half an hour ago" / "in half an hour", "in a fortnight", an ISO date with its clock time
 * ("2025-06-01T14:30", "2024-12-30 23:59"), a year range with a two-digit end ("2019-21") and
 * "mid-to-late March", and a lower-case weekday abbreviation after "on" ("on wed").
 * The words are in lexicons/en/dates-everyday.ts; each parser looks a bounded number of tokens ahead.
 */
import { CLOCK_FRACTIONS, CLOCK_MINUTES_PAST, HALF_HOUR_DAYS, HALF_HOUR_LEADS, HOUR_WORDS, LOWER_WEEKDAY_ABBREVIATIONS, MORNING_WORDS, WEEK_FROM_LINKS } from '../../../lexicons/en/dates-everyday.js';
import { BARE_HOUR_LEADS, MONTHS, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_ABBREVIATIONS } from '../../../lexicons/en/dates.js';
import type { Cand, Parser, View } from '../context.js';
import { clockOnDay, touches, word } from '../context.js';
import { addDays, fmtDay, fmtMonth, fmtTime, hourInPart, validDay } from '../calendar.js';
import { weekdayDate, yearFor } from '../resolve.js';
import { pastBefore } from '../tense.js';

/** A clock time that takes its day (and its half of the day) from the words next to it. */
function wordClock(from: number, to: number, h: number, min: number): Cand | null {
  if (h > 23 || min > 59) return null;
  const clock = fmtTime(h, min);
  return {
    from, to, type: 'TIME', rule: 'time.words', role: 'time', clock,
    resolve: (ctx) => ({
      value: clockOnDay(ctx, clock),
      stated: min === 0 ? ['hour'] : ['hour', 'minute'],
      inferred: ctx.day === null ? [] : ['year', 'month', 'day'],
    }),
  };
}

/** An hour written as a digit (1–12) or a word ("seven"), or null. */
function hourAt(v: View, i: number): number | null {
  const w = word(v, i);
  const h = /^\d{1,2}$/.test(w) ? Number(w) : (HOUR_WORDS.get(w) ?? null);
  return h !== null && h >= 1 && h <= 12 ? h : null;
}

/** Does the morning follow within a few words ("this morning", "in the morning", "a.m.")? */
function morningAfter(v: View, i: number): boolean {
  for (let k = i; k < i + 4; k++) if (MORNING_WORDS.has(word(v, k))) return true;
  return false;
}

const ISH = /^(\d{1,2})ish$/;
const GLUED_MINUTES = /^([0-5]\d)([ap])m$/;

/** "quarter past 3", "a quarter to six", "half past seven", "9ish", "9-ish", "7:30pm". */
export const clockWords: Parser = {
  id: 'time.words',
  match(v, i) {
    const w = word(v, i);
    const ish = ISH.exec(w);
    if (ish !== null) {
      const h = Number(ish[1]);
      const c = h >= 1 && h <= 12 ? wordClock(i, i + 1, h, 0) : null;
      return c === null ? [] : [c];
    }
    if (/^\d{1,2}$/.test(w) && touches(v, i) && word(v, i + 1) === ':' && touches(v, i + 1)) {
      const g = GLUED_MINUTES.exec(word(v, i + 2));
      const h = Number(w);
      if (g === null || h < 1 || h > 12) return [];
      const c = wordClock(i, i + 3, g[2] === 'p' ? (h % 12) + 12 : h % 12, Number(g[1]));
      // Glued to "pm" the half of the day is stated: not a bare clock.
      return c === null ? [] : [{ ...c, rule: 'time.meridiem' }];
    }
    const at = w === 'a' ? i + 1 : i;
    // ("ten to one" is also odds or a score: minutes before "to" only with a part of the day after the hour,
    // "at ten to one in the morning")
    const minutesTo = at === i && word(v, at + 1) === 'to' && word(v, at + 3) === 'in' && word(v, at + 4) === 'the' && PARTS_OF_DAY.has(word(v, at + 5));
    const minutes = at === i && (word(v, at + 1) === 'past' || minutesTo) ? CLOCK_MINUTES_PAST.get(word(v, at)) : undefined;
    const frac = CLOCK_FRACTIONS.get(word(v, at)) ?? minutes;
    if (frac === undefined) return [];
    const link = word(v, at + 1);
    // British "half seven" (7:30): "half" right before an hour, with a word that wants a time before it or a day after it
    if (frac === 30 && at === i && HOUR_WORDS.has(link) && (HALF_HOUR_LEADS.has(word(v, i - 1)) || HALF_HOUR_DAYS.has(word(v, at + 2)))) {
      const h = hourAt(v, at + 1);
      if (h === null) return [];
      const hour = h % 12;
      const c = wordClock(i, at + 2, hour + (hour >= 1 && hour <= 6 && !morningAfter(v, at + 2) ? 12 : 0), 30);
      return c === null ? [] : [c];
    }
    if (link !== 'past' && link !== 'to' && link !== 'after') return [];
    if (frac === 30 && link !== 'past') return [];
    const h = hourAt(v, at + 2);
    if (h === null) return [];
    // "quarter past 3" with no half of the day named is the afternoon (1–6); "this morning" keeps it.
    const hour = link === 'to' ? (h + 11) % 12 : h % 12;
    const afternoon = hour >= 1 && hour <= 6 && !morningAfter(v, at + 3) ? 12 : 0;
    const c = link === 'to' ? wordClock(i, at + 3, hour + afternoon, 60 - frac) : wordClock(i, at + 3, hour + afternoon, frac);
    return c === null ? [] : [c];
  },
};

function weekdayAt(v: View, i: number): number | null {
  const w = word(v, i);
  return WEEKDAYS.get(w) ?? (/^[A-Z]/.test(v.toks[i]?.text ?? '') ? (WEEKDAY_ABBREVIATIONS.get(w) ?? null) : null);
}

/** The weekday ahead (on or after the reference day) plus one week. */
function weekAfter(from: number, to: number, wd: number): Cand {
  return {
    from, to, type: 'DATE', rule: 'weekday.week-after', role: 'day',
    resolve: (ctx) => ctx.ref === null
      ? { value: 'XXXX-XX-XX', stated: ['weekday'], inferred: [] }
      : { value: fmtDay(addDays(weekdayDate(ctx.ref, wd, null, true), 7)), stated: ['weekday'], inferred: ['year', 'month', 'day'] },
  };
}

/** Words before "a week" that make it a span ("less than a week", "within a week", "in a week"). */
const SPAN_BEFORE: ReadonlySet<string> = new Set(['than', 'within', 'in', 'under', 'about', 'nearly', 'almost', 'just', 'barely', 'for']);

/** "a week from Friday", "a week on Monday", "Friday week" (British: the Friday after this coming one). */
export const weekFromWeekday: Parser = {
  id: 'weekday.week-after',
  match(v, i) {
    const w = word(v, i);
    // ("in less than a week on Wednesday night", "within a week on Monday": a span, then the day it ended on)
    if ((w === 'a' || w === 'one') && word(v, i + 1) === 'week' && WEEK_FROM_LINKS.has(word(v, i + 2)) && !SPAN_BEFORE.has(word(v, i - 1))) {
      const wd = weekdayAt(v, i + 3);
      return wd === null ? [] : [weekAfter(i, i + 4, wd)];
    }
    // "the Monday after next": a week after next Monday.
    const after = WEEKDAYS.get(word(v, i + 1));
    if (w === 'the' && after !== undefined && word(v, i + 2) === 'after' && word(v, i + 3) === 'next') {
      return [{
        from: i, to: i + 4, type: 'DATE', rule: 'weekday.after-next', role: 'day',
        resolve: (ctx) => ctx.ref === null
          ? { value: 'XXXX-XX-XX', stated: ['weekday'], inferred: [] }
          : { value: fmtDay(addDays(weekdayDate(ctx.ref, after, 1, true), 7)), stated: ['weekday'], inferred: ['year', 'month', 'day'] },
      }];
    }
    const wd = WEEKDAYS.get(w);
    // "Friday week": the weekday, capitalised, then "week" closing the phrase (not "Friday week's meeting" or "Friday weekend").
    if (wd !== undefined && word(v, i + 1) === 'week' && /^[A-Z]/.test(v.toks[i]?.text ?? '')) {
      const next = v.toks[i + 2];
      if (next === undefined || next.kind === 'punct' || next.pos === 'ADP' || next.pos === 'CCONJ' || next.pos === 'VERB' || next.pos === 'AUX') {
        return [weekAfter(i, i + 2, wd)];
      }
    }
    return [];
  },
};

/** "half an hour ago", "in half an hour": a TIME half an hour from the reference day's noon. */
export const halfHour: Parser = {
  id: 'relative.half-hour',
  match(v, i) {
    if (word(v, i) !== 'half' || !['an', 'a'].includes(word(v, i + 1)) || word(v, i + 2) !== 'hour') return [];
    const ago = word(v, i + 3) === 'ago';
    const lead = word(v, i - 1) === 'in' ? i - 1 : i;
    // "half an hour ago" is a point; "in half an hour" too, unless the clause narrates the past ("ran it in half an hour").
    if (ago ? lead !== i : lead === i || pastBefore(v, lead)) return [];
    return [{
      from: lead, to: ago ? i + 4 : i + 3, type: 'TIME', rule: 'relative.half-hour', role: 'other',
      resolve: (ctx) => ctx.ref === null
        ? { value: ago ? 'PAST_REF' : 'FUTURE_REF', stated: [], inferred: [] }
        : { value: `${fmtDay(ctx.ref)}T${ago ? '11:30' : '12:30'}`, stated: ['hour', 'minute'], inferred: ['year', 'month', 'day'] },
    }];
  },
};

/** "in a fortnight": two weeks from the reference day, unless the clause narrates the past ("built it in a fortnight"). */
export const inFortnight: Parser = {
  id: 'relative.fortnight',
  match(v, i) {
    // Starts at "a" ("in" is no trigger word) and takes the "in" before it.
    if (word(v, i - 1) !== 'in' || word(v, i) !== 'a' || word(v, i + 1) !== 'fortnight' || pastBefore(v, i - 1)) return [];
    return [{
      from: i - 1, to: i + 2, type: 'DATE', rule: 'relative.fortnight', role: 'day',
      resolve: (ctx) => ctx.ref === null
        ? { value: 'FUTURE_REF', stated: [], inferred: [] }
        : { value: fmtDay(addDays(ctx.ref, 14)), stated: [], inferred: ['year', 'month', 'day'] },
    }];
  },
};

const ISO_HOUR = /^(\d{4})-(\d{2})-(\d{2})t(\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-06-01T14:30" (one token up to the colon) and "2024-12-30 23:59": an ISO day with its clock time. */
export const isoDateTime: Parser = {
  id: 'absolute.iso-time',
  match(v, i) {
    const w = word(v, i);
    const glued = ISO_HOUR.exec(w);
    const day = glued ?? ISO_DAY.exec(w);
    if (day === null) return [];
    const hAt = glued !== null ? -1 : i + 1;
    const hour = glued !== null ? glued[4] : word(v, hAt);
    const colon = glued !== null ? i + 1 : i + 2;
    if (hour === undefined || !/^\d{2}$/.test(hour) || word(v, colon) !== ':' || !/^\d{2}$/.test(word(v, colon + 1))) return [];
    if (glued !== null ? !touches(v, i) || !touches(v, colon) : !touches(v, hAt) || !touches(v, colon)) return [];
    const [y, m, d, h, min] = [Number(day[1]), Number(day[2]), Number(day[3]), Number(hour), Number(word(v, colon + 1))];
    if (!validDay(y, m, d) || h > 23 || min > 59) return [];
    const value = `${fmtDay({ y, m, d })}T${fmtTime(h, min)}`;
    return [{
      from: i, to: colon + 2, type: 'TIME', rule: 'absolute.iso-time', role: 'day',
      resolve: () => ({ value, stated: ['year', 'month', 'day', 'hour', 'minute'], inferred: [] }),
    }];
  },
};

const SHORT_RANGE = /^(\d{4})[-–](\d{2})$/;
const DASHES: ReadonlySet<string> = new Set(['-', '–']);

/** "2019-21": a four-digit year and a later two-digit one in the same century, one date per end. */
export const shortYearRange: Parser = {
  id: 'years.short-range',
  match(v, i) {
    const t = v.toks[i];
    const one = SHORT_RANGE.exec(word(v, i));
    // "2022–23" as three touching tokens.
    const split = one === null && /^\d{4}$/.test(word(v, i)) && DASHES.has(word(v, i + 1)) && touches(v, i) && touches(v, i + 1) && /^\d{2}$/.test(word(v, i + 2));
    const last = v.toks[split ? i + 2 : i];
    if (t === undefined || last === undefined || (one === null && !split)) return [];
    const y = Number(word(v, i).slice(0, 4));
    const end = Math.floor(y / 100) * 100 + Number(one !== null ? one[2] : word(v, i + 2));
    if (y < 1800 || y > 2100 || end <= y) return [];
    const to = split ? i + 3 : i + 1;
    const year = (value: number, chars: readonly [number, number], rule: string): Cand => ({
      from: i, to, type: 'DATE', rule, role: 'date', chars,
      resolve: () => ({ value: String(value), stated: ['year'], inferred: [] }),
    });
    return [year(y, [t.start, t.start + 4], 'years.range-start'), year(end, [last.end - 2, last.end], 'years.range-end')];
  },
};

const EDGE_SPAN = /^(?:early|mid|late)-to-(?:early|mid|late)$/;

/** "mid-to-late March", "early-to-mid June": the month (a span inside it is still that month). */
export const edgeSpanMonth: Parser = {
  id: 'absolute.edge-span-month',
  match(v, i) {
    if (!EDGE_SPAN.test(word(v, i))) return [];
    const entry = MONTHS.get(word(v, i + 1));
    if (entry === undefined || entry.abbreviation) return [];
    const m = entry.month;
    return [{
      from: i, to: i + 2, type: 'DATE', rule: 'absolute.edge-span-month', role: 'date',
      resolve: (ctx) => {
        const y = yearFor(ctx, m);
        return { value: fmtMonth(y, m), stated: ['month'], inferred: y === null ? [] : ['year'] };
      },
    }];
  },
};

/** "on wed", "on sat": a lower-case weekday abbreviation right after "on", not before a noun ("on sat nav"). */
export const lowerWeekday: Parser = {
  id: 'weekday.lower-abbreviation',
  match(v, i) {
    const t = v.toks[i];
    const wd = LOWER_WEEKDAY_ABBREVIATIONS.get(word(v, i));
    if (t === undefined || wd === undefined || word(v, i - 1) !== 'on' || t.text !== t.text.toLowerCase()) return [];
    const next = v.toks[i + 1];
    if (next !== undefined && next.kind !== 'punct' && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos)) return [];
    const to = word(v, i + 1) === '.' && touches(v, i) ? i + 2 : i + 1;
    return [{
      from: i, to, type: 'DATE', rule: 'weekday.lower-abbreviation', role: 'day',
      resolve: (ctx) => ctx.ref === null
        ? { value: 'XXXX-XX-XX', stated: ['weekday'], inferred: [] }
        : { value: fmtDay(weekdayDate(ctx.ref, wd, null, ctx.forward)), stated: ['weekday'], inferred: ['year', 'month', 'day'] },
    }];
  },
};

/** "at ten o'clock", "eleven o'clock every night": an hour in words before "o'clock" (its half of the day from the words by it). */
export const oclockWords: Parser = {
  id: 'time.oclock-words',
  match(v, i) {
    const h = HOUR_WORDS.get(word(v, i));
    if (h === undefined || (word(v, i + 1) !== "o'clock" && word(v, i + 1) !== 'o’clock')) return [];
    const c = wordClock(i, i + 2, h, 0);
    return c === null ? [] : [c];
  },
};

/** This file's parsers, for the stage's parser list. */
/** Parts of the day after "in the" that place a bare clock ("in the night" is left to the night readings). */
const CLOCK_PARTS: ReadonlySet<string> = new Set(['MO', 'AF', 'EV']);
const BARE_CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?$/;

/** "at 5.30 in the morning", "at 7:30 in the evening", "at 6 in the morning", "at five in the morning": a clock with no a.m./p.m., placed by the part of the day after it. */
export const clockInPart: Parser = {
  id: 'time.in-part',
  match(v, i) {
    if (!BARE_HOUR_LEADS.has(word(v, i - 1))) return [];
    // "7:30" may be three tokens ("7", ":", "30")
    const split = word(v, i + 1) === ':' && /^\d{2}$/.test(word(v, i + 2)) && touches(v, i) && touches(v, i + 1);
    const clockText = split ? `${word(v, i)}:${word(v, i + 2)}` : word(v, i);
    const after = split ? i + 3 : i + 1;
    if (word(v, after) !== 'in' || word(v, after + 1) !== 'the') return [];
    const part = PARTS_OF_DAY.get(word(v, after + 2));
    // "at five in the morning": an hour in words, on the hour
    const wordHour = split ? undefined : HOUR_WORDS.get(clockText);
    const m = wordHour === undefined ? BARE_CLOCK.exec(clockText) : null;
    if (part === undefined || !CLOCK_PARTS.has(part) || (m === null && wordHour === undefined)) return [];
    const h = wordHour ?? Number(m?.[1]);
    if (h < 1 || h > 12) return [];
    const c = wordClock(i, after + 3, hourInPart(h, part), m?.[2] === undefined ? 0 : Number(m[2]));
    return c === null ? [] : [{ ...c, rule: 'time.in-part' }];
  },
};

export const EVERYDAY_PARSERS: readonly Parser[] = [oclockWords, clockInPart, clockWords, weekFromWeekday, halfHour, inFortnight, isoDateTime, shortYearRange, edgeSpanMonth, lowerWeekday];
