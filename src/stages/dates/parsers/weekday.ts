/** Weekdays: "Saturday", "on Tuesday", "last Friday", "Wednesday morning", "Monday through Friday", "on Mondays". */
import { WEEKDAYS, PARTS_OF_DAY, RELATIVE_SHIFT, MONTHS, WEEKDAY_NAME_PREFIXES } from '../../../lexicons/en/dates.js';
import type { DatePart } from '../../../types.js';
import type { Cand, Ctx, Parser, Resolved, View } from '../context.js';
import { isCap, word } from '../context.js';
import { fmtDay } from '../calendar.js';
import { weekdayDate } from '../resolve.js';

function resolveWeekday(ctx: Ctx, wd: number, shift: number | null, part: string | null): Resolved {
  const statedParts: DatePart[] = part === null ? ['weekday'] : ['weekday', 'partOfDay'];
  let day = 'XXXX-XX-XX';
  let inferred: DatePart[] = [];
  if (ctx.ref !== null) {
    const d = weekdayDate(ctx.ref, wd, shift, ctx.forward);
    day = fmtDay(d);
    inferred = ['year', 'month', 'day'];
  }
  return { value: part === null ? day : `${day}T${part}`, stated: statedParts, inferred };
}

const setValue = (wd: number): Resolved => ({ value: `XXXX-WXX-${wd}`, stated: ['weekday'], inferred: [] });

/** "Sunday Times", "a Friday Mosque": a weekday inside a name. */
function inName(v: View, i: number, from: number): boolean {
  const prev = word(v, from - 1);
  if (WEEKDAY_NAME_PREFIXES.has(prev) && isCap(v, from - 1)) return true; // "Good Friday", "Super Tuesday"
  const next = word(v, i + 1);
  if (!isCap(v, i + 1) || MONTHS.has(next) || PARTS_OF_DAY.has(next)) return false;
  return from === 0 || prev === 'the' || v.toks[from - 1]?.kind === 'punct';
}

export const weekday: Parser = {
  id: 'weekday',
  match(v, i) {
    const shift = RELATIVE_SHIFT.get(word(v, i));
    const at = shift === undefined ? i : i + 1;
    const w = word(v, at);
    if (!isCap(v, at)) return [];
    const plural = w.endsWith('s') ? WEEKDAYS.get(w.slice(0, -1)) : undefined;
    if (plural !== undefined) {
      return [{ from: i, to: at + 1, type: 'SET', rule: 'weekday.plural', role: 'set', resolve: () => setValue(plural) }];
    }
    const wd = WEEKDAYS.get(w);
    if (wd === undefined || inName(v, at, i)) return [];
    const prev = word(v, i - 1);
    if (prev === 'every' || prev === 'each') {
      return [{ from: i - 1, to: at + 1, type: 'SET', rule: 'weekday.every', role: 'set', resolve: () => setValue(wd) }];
    }
    const link = word(v, at + 1);
    const other = WEEKDAYS.get(word(v, at + 2));
    if ((link === 'through' || link === 'to' || link === '-' || link === '–' || link === 'thru') && other !== undefined && shift === undefined) {
      return [
        { from: at, to: at + 1, type: 'SET', rule: 'weekday.span', role: 'set', resolve: () => setValue(wd) },
        { from: at + 2, to: at + 3, type: 'SET', rule: 'weekday.span', role: 'set', resolve: () => setValue(other) },
      ];
    }
    const part = PARTS_OF_DAY.get(word(v, at + 1)) ?? null;
    const c: Cand = {
      from: i,
      to: part === null ? at + 1 : at + 2,
      type: part === null ? 'DATE' : 'TIME',
      rule: part === null ? (shift === undefined ? 'weekday' : 'weekday.relative') : 'weekday.part-of-day',
      role: 'day',
      resolve: (ctx) => resolveWeekday(ctx, wd, shift === undefined || shift === 0 ? null : shift, part),
    };
    return [c];
  },
};
