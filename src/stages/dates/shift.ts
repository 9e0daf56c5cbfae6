/** Values of calendar units moved from a base date: "last week" → 2025-W17, "next month" → 2025-06. */
import type { DatePart } from '../../types.js';
import type { Resolved } from './context.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, type PartialDate } from './calendar.js';

export type CalUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const CAL_UNITS: ReadonlyMap<string, CalUnit> = new Map([
  ['day', 'day'], ['week', 'week'], ['weekend', 'weekend'], ['month', 'month'], ['quarter', 'quarter'],
  ['year', 'year'], ['decade', 'decade'], ['century', 'century'],
]);

const UNKNOWN: Readonly<Record<CalUnit, string>> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX',
  year: 'XXXX', decade: 'XXX', century: 'XX',
};

const PART: Readonly<Record<CalUnit, DatePart>> = {
  day: 'day', week: 'week', weekend: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'year', century: 'year',
};

/** Two calendars a yearless date may fall in: a common year and a leap year. */
const COMMON_YEAR = 2001;
const LEAP_YEAR = 2004;

/**
 * A step from a date the text gave without its year ("March 3 … the next day"): the month and
 * day when they do not depend on the year (they do across the end of February), the month or
 * quarter when it is known; the year stays X.
 */
function yearless(base: PartialDate, unit: CalUnit, n: number): Resolved {
  const part = PART[unit];
  if (unit === 'day' && base.m !== null && base.d !== null) {
    const a = addDays({ y: COMMON_YEAR, m: base.m, d: base.d }, n);
    const b = addDays({ y: LEAP_YEAR, m: base.m, d: base.d }, n);
    if (a.m === b.m && a.d === b.d && Math.abs(n) < 300) return { value: fmtDay({ y: null, m: a.m, d: a.d }), stated: [part], inferred: ['month', 'day'] };
  }
  if (unit === 'month' && base.m !== null) return { value: fmtMonth(null, addMonths(COMMON_YEAR, base.m, n).m), stated: [part], inferred: ['month'] };
  if (unit === 'quarter' && base.m !== null) {
    const q = (((Math.floor((base.m - 1) / 3) + n) % 4) + 4) % 4;
    return { value: `XXXX-Q${q + 1}`, stated: [part], inferred: ['quarter'] };
  }
  return { value: UNKNOWN[unit], stated: [part], inferred: [] };
}

/** The unit `n` steps from `base`; parts of `base` that are unknown give X. */
export function shiftValue(base: PartialDate | null, unit: CalUnit, n: number): Resolved {
  const part = PART[unit];
  if (base !== null && base.y === null) return yearless(base, unit, n);
  if (base === null || base.y === null) return { value: UNKNOWN[unit], stated: [part], inferred: [] };
  const y = base.y;
  const full = base.m !== null && base.d !== null ? { y, m: base.m, d: base.d } : null;
  const inferred: DatePart[] = ['year'];
  let value: string;
  switch (unit) {
    case 'day':
      value = full === null ? UNKNOWN.day : fmtDay(addDays(full, n));
      inferred.push('month', 'day');
      break;
    case 'week':
    case 'weekend': {
      if (full === null) {
        value = UNKNOWN[unit];
        break;
      }
      const w = isoWeek(addDays(full, 7 * n));
      value = fmtWeek(w.y, w.w) + (unit === 'weekend' ? '-WE' : '');
      break;
    }
    case 'month': {
      if (base.m === null) {
        value = UNKNOWN.month;
        break;
      }
      const t = addMonths(y, base.m, n);
      value = fmtMonth(t.y, t.m);
      break;
    }
    case 'quarter': {
      if (base.m === null) {
        value = UNKNOWN.quarter;
        break;
      }
      const k = y * 4 + Math.floor((base.m - 1) / 3) + n;
      value = `${fmtYear(Math.floor(k / 4))}-Q${(k % 4) + 1}`;
      break;
    }
    case 'year':
      value = fmtYear(y + n);
      break;
    case 'decade':
      value = String(Math.floor(y / 10) + n);
      break;
    case 'century':
      value = String(Math.floor(y / 100) + n);
      break;
  }
  return { value, stated: [part], inferred };
}
