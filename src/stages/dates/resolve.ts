/** Shared resolution helpers: which year a yearless date falls in, and weekday choice. */
import type { DatePart } from '../../types.js';
import type { Ctx, Resolved } from './context.js';
import { addDays, fmtDay, isoWeekday, type PartialDate, type Ymd } from './calendar.js';

/**
 * The year of a month (and day) the text gives without one: the publication year, unless that
 * puts the date well after publication in a clause that does not look forward, or after it at all
 * more than a month after it in one that narrates the past ("closed in March", said in January), then the year before; or
 * before it in a forward-looking one (then the year after).
 */
/** Months after publication a yearless date with no tense may still be in the publication year. */
const NEAREST_MONTHS = 6;

export function yearFor(ctx: Ctx, month: number): number | null {
  const ref = ctx.ref;
  const stated = ctx.sentenceYear ?? null;
  // "In 2019, the talks opened on March 3", "The 2027 edition is scheduled for September 25": the sentence's own year,
  // when the clause's tense agrees with it (not "jailed in 2019, he is due for release on March 3")
  if (stated !== null && (ref === null || (ctx.forward ? stated >= ref.y : stated <= ref.y))) return stated;
  if (ref === null) return null;
  // A past-tense clause names a month gone by (one month past publication may be a dating slip);
  // with no tense either way a yearless date is the nearest one, within half a year, as news
  // leaves out the current year ("the polls close November 3" said in June; "Dec. 20" said in January).
  if (!ctx.forward && month - ref.m > (ctx.past === true ? 1 : NEAREST_MONTHS)) return ref.y - 1;
  // A forward-looking clause does not name a month already gone ("rent is due in May", said in June).
  if (ctx.forward && month < ref.m) return ref.y + 1;
  // the other way round the year's end: a month more than half a year before publication, in a clause that does
  // not narrate the past, is next year's ("a strike from Jan. 5 to Jan. 9" in late December)
  if (ctx.past !== true && ref.m - month > NEAREST_MONTHS) return ref.y + 1;
  return ref.y;
}

/**
 * The date of a weekday: the nearest on or before the reference date, on or after it when the
 * clause points forward; `shift` -1 ("last") and +1 ("next") exclude the reference day itself.
 */
export function weekdayDate(ref: Ymd, weekday: number, shift: number | null, forward: boolean): Ymd {
  const back = (isoWeekday(ref) - weekday + 7) % 7;
  const ahead = (weekday - isoWeekday(ref) + 7) % 7;
  if (shift === -1) return addDays(ref, -(back === 0 ? 7 : back));
  if (shift === 1) return addDays(ref, ahead === 0 ? 7 : ahead);
  return forward ? addDays(ref, ahead) : addDays(ref, -back);
}

/** A day-level value with its stated and inferred parts. */
export function dayValue(p: PartialDate, statedParts: readonly DatePart[], ctxKnown: boolean): Resolved {
  const inferred: DatePart[] = [];
  if (ctxKnown) for (const part of ['year', 'month', 'day'] as const) if (!statedParts.includes(part) && p[part === 'year' ? 'y' : part === 'month' ? 'm' : 'd'] !== null) inferred.push(part);
  return { value: fmtDay(p), stated: statedParts, inferred };
}

/** The partial date a resolved DATE value stands for, or null when it is not a calendar date. */
export function partialOf(value: string): PartialDate | null {
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?$/.exec(value);
  if (m === null) return null;
  const num = (s: string | undefined): number | null => (s === undefined || s.startsWith('X') ? null : Number(s));
  return { y: num(m[1]), m: num(m[2]), d: num(m[3]) };
}
