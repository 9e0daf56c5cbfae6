/**
 * A weekday next to the calendar date it names. "Monday, 27 October 2025" (a dateline, a
 * comma between) is one date; "last Friday (July 9)" stays two, and the weekday takes the
 * date's value, which is what the text says it is (with or without a publication date).
 */
import type { Cand, View } from './context.js';
import type { Found } from './select.js';
import { WEEKDAYS } from '../../lexicons/en/dates.js';
import { isoWeekday, parseYmd } from './calendar.js';

const WEEKDAY_RULES: ReadonlySet<string> = new Set(['weekday', 'weekday.relative', 'weekday.abbreviation', 'weekday.range-start', 'weekday.range-end']);

/** Weekday readings that join a day-first date written right after them with no comma. */
const BRITISH_WEEKDAY_RULES: ReadonlySet<string> = new Set(['weekday', 'weekday.abbreviation', 'weekday.range-start', 'weekday.range-end']);

/** Day-first calendar dates ("26 October", "3 Sep 2026"). */
const DAY_FIRST = /^absolute\.day-month/;

/** A calendar date with its day of month: our parsers' or chrono's. */
function namesDay(f: Found): boolean {
  const r = f.cand.rule;
  return f.cand.type === 'DATE' && f.cand.role === 'day' && (r.startsWith('absolute.') || r === 'engine.absolute') && r !== 'absolute.lone-day';
}

/** The text between two findings, without spaces. */
function between(v: View, a: Found, b: Found): string {
  return v.text.slice(a.end, b.start).trim();
}

export function weekdayAppositions(v: View, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k] as Found;
    const b = found[k + 1];
    const gap = b === undefined ? null : between(v, a, b);
    const holiday = b !== undefined && a.cand.rule === 'weekday' && b.cand.rule.startsWith('holiday.') && gap === ',';
    if (b === undefined || !WEEKDAY_RULES.has(a.cand.rule) || (!namesDay(b) && !holiday)) {
      out.push(a);
      continue;
    }
    // "Wednesday, St Patrick's Day, is an Opposition Day": a holiday set beside a weekday names that weekday's date
    // (two spans still; the weekday takes the holiday's date when that date falls on it)
    if (holiday) {
      const wd = WEEKDAYS.get(v.lo[a.cand.to - 1] ?? '');
      const named: Cand = {
        ...a.cand, rule: 'weekday.holiday-named',
        resolve: (ctx) => {
          const r = b.cand.resolve(ctx);
          const d = parseYmd(r.value);
          return d !== null && wd !== undefined && isoWeekday(d) === wd ? { value: r.value, stated: ['weekday'], inferred: ['year', 'month', 'day'] } : a.cand.resolve(ctx);
        },
      };
      out.push({ ...a, cand: named });
      continue;
    }
    // "Monday 26 October", "Thu 3 Sep", "Sunday 3 November": British style writes the weekday and a day-first date with no comma
    const british = gap === '' && DAY_FIRST.test(b.cand.rule) && BRITISH_WEEKDAY_RULES.has(a.cand.rule);
    if ((gap === ',' && a.cand.rule === 'weekday') || british) {
      const merged: Cand = {
        ...b.cand, from: a.from, rule: 'weekday.with-date',
        resolve: (ctx) => {
          const r = b.cand.resolve(ctx);
          return { ...r, stated: [...r.stated, 'weekday'] };
        },
      };
      out.push({ cand: merged, from: a.from, start: a.start, end: b.end });
      k++;
      continue;
    }
    if (gap === '(' && v.text.slice(b.end, b.end + 1) === ')') {
      const named: Cand = {
        ...a.cand, rule: `${a.cand.rule}.named`,
        resolve: (ctx) => {
          const r = b.cand.resolve(ctx);
          return { value: r.value, stated: ['weekday'], inferred: [...r.stated.filter((p) => p !== 'weekday'), ...r.inferred] };
        },
      };
      out.push({ ...a, cand: named });
      continue;
    }
    out.push(a);
  }
  return out;
}
