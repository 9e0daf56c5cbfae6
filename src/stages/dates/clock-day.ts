/**
 * A clock time with its day is one TIME (GUIDELINES.md, Dates: "July 12 at 7 p.m." →
 * `2025-07-12T19:00`): "3 p.m. on Tuesday", "Tuesday at 15:00 GMT", "June 20 at 7 p.m.",
 * "7:45 p.m. Friday", "11 a.m. yesterday", "8 p.m. tonight", "last night at 11". The joined
 * span keeps a time zone that the clock time carried; the value is the day's date and the time.
 */
import { BARE_HOUR_LEADS, CLOCK_DAY_LINKS, DAY_CLOCK_LINKS, PARTS_OF_DAY, RANGE_WORDS } from '../../lexicons/en/dates.js';
import type { Cand, Resolved, View } from './context.js';
import { clockOnDay, word } from './context.js';
import { dayPart, fmtTime, fmtWeek, hourInPart, isoWeek, parseYmd } from './calendar.js';
import type { Found } from './select.js';
import { edgePartOfDay } from './parsers/relative.js';


/** Clock rules that state no half of the day ("6 o'clock", "at 9:30"). */
const BARE_RULES: ReadonlySet<string> = new Set(['time.oclock', 'time.colon', 'time.words']);

const PART_OF_VALUE = /T(AF|EV|NI)$/;

/** "6 o'clock this evening" is 18:00: an hour under 12 moves to the half of the day its part names. */
function inHalf(clock: string, part: string | null): string {
  const h = Number(clock.slice(0, 2));
  if (part === null || h >= 12 || (part === 'NI' && h < 5)) return clock;
  return `${String(h + 12).padStart(2, '0')}${clock.slice(2)}`;
}

/** A day a clock time can sit on: a calendar day, a weekday, "tomorrow", "tonight", "this morning". */
function isDay(f: Found): boolean {
  return f.cand.role === 'day' && (f.cand.type === 'DATE' || f.cand.type === 'TIME');
}

function isClock(f: Found): boolean {
  return f.cand.role === 'time' && f.cand.clock !== undefined;
}

/** The words between two findings, lower case, as one string ("", "on", "at"). */
function gapWords(v: View, a: Found, b: Found): string | null {
  const gap = v.text.slice(a.end, b.start).trim().toLowerCase().replace(/\s+/g, ' ');
  return gap.length > 40 ? null : gap;
}

/** A bare hour after a part of the day: "tonight at 8", "last night at 11", "this morning at 6". */
function bareHour(v: View, at: number, part: string | null): { to: number; clock: string } | null {
  if (word(v, at) !== 'at') return null;
  const w = word(v, at + 1);
  if (!/^\d{1,2}$/.test(w)) return null;
  const h = Number(w);
  if (h < 1 || h > 12) return null;
  const colon = word(v, at + 2) === ':' && /^\d{2}$/.test(word(v, at + 3));
  const min = colon ? Number(word(v, at + 3)) : 0;
  if (min > 59) return null;
  return { to: colon ? at + 4 : at + 2, clock: fmtTime(hourInPart(h, part), min) };
}

/** The clock of a bare hour (1–12) right before token `at`, after one of BARE_HOUR_LEADS, read in the part of the day, or null. */
function hourBefore(v: View, at: number, part: string): string | null {
  const w = word(v, at - 1);
  if (!/^\d{1,2}$/.test(w) || !BARE_HOUR_LEADS.has(word(v, at - 2))) return null;
  const h = Number(w);
  return h < 1 || h > 12 ? null : fmtTime(hourInPart(h, part), 0);
}

function joined(day: Found, clock: string, bare: boolean, from: number, to: number, start: number, end: number, rule: string): Found {
  const cand: Cand = {
    from, to, type: 'TIME', rule, role: 'day', clock,
    resolve: (ctx): Resolved => {
      const r = day.cand.resolve(ctx);
      const d = dayPart(r.value);
      const at = bare ? inHalf(clock, PART_OF_VALUE.exec(r.value)?.[1] ?? null) : clock;
      // a day with no date part ("4 p.m. today" with no publication date: `PRESENT_REF`) is the unknown day, as a bare clock's
      const value = d === null ? clockOnDay({ ...ctx, day: null }, at) : `${d}T${at}`;
      const stated = [...r.stated.filter((p) => p !== 'partOfDay'), 'hour' as const, ...(clock.endsWith(':00') ? [] : ['minute' as const])];
      return { value, stated, inferred: r.inferred };
    },
  };
  return { cand, from, start, end };
}

/**
 * "the morning of March 3", "the night of Tuesday": a part of the day the text names by its date
 * is one TIME on that day (`2025-03-03TMO`), as "Tuesday night" is; "the week of March 24" is
 * the week of that day (`2025-W13`).
 */
function partOfDayBefore(v: View, f: Found, prevEnd: number): Found | null {
  if (!isDay(f) || f.cand.type !== 'DATE' || word(v, f.from - 1) !== 'of' || word(v, f.from - 3) !== 'the') return null;
  const part = PARTS_OF_DAY.get(word(v, f.from - 2));
  const week = word(v, f.from - 2) === 'week';
  const first = v.toks[f.from - 3];
  if ((part === undefined && !week) || first === undefined || first.start < prevEnd) return null;
  const day = f.cand;
  const cand: Cand = {
    from: f.from - 3, to: day.to, type: week ? 'DATE' : 'TIME', rule: week ? 'day.week-of' : 'day.part-of-day-of', role: week ? 'date' : 'day',
    resolve: (ctx): Resolved => {
      const r = day.resolve(ctx);
      const d = dayPart(r.value);
      if (d === null) return r;
      if (!week) return { value: `${d}T${part ?? ''}`, stated: [...r.stated, 'partOfDay'], inferred: r.inferred };
      // "the week of March 24": the ISO week that day falls in.
      const ymd = parseYmd(d);
      const w = ymd === null ? null : isoWeek(ymd);
      return { value: w === null ? fmtWeek(null, null) : fmtWeek(w.y, w.w), stated: [...r.stated, 'week'], inferred: r.inferred };
    },
  };
  return { cand, from: f.from - 3, start: first.start, end: f.end };
}

/**
 * "quarter to six in the morning": the clock, its half of the day set by the part when it states none, on the
 * sentence's day like any clock time (the clock's own role, resolved in the stage's second pass).
 */
function clockInPartOfDay(v: View, clock: Found, part: Found): Found {
  const named = PARTS_OF_DAY.get(word(v, part.cand.to - 1)) ?? null;
  const code = named === 'AF' || named === 'EV' || named === 'NI' ? named : null; // the morning keeps an hour as it is
  const raw = clock.cand.clock as string;
  const at = BARE_RULES.has(clock.cand.rule) ? inHalf(raw, code) : raw;
  const cand: Cand = {
    from: clock.from, to: part.cand.to, type: 'TIME', rule: 'time.in-part-joined', role: 'time', clock: at,
    resolve: (ctx): Resolved => ({ value: clockOnDay(ctx, at), stated: at.endsWith(':00') ? ['hour'] : ['hour', 'minute'], inferred: ctx.day === null ? [] : ['year', 'month', 'day'] }),
  };
  return { cand, from: clock.from, start: clock.start, end: part.end };
}

/** "late morning on Sunday": the part of the day (its value's `T..` code) on the day's date, one TIME over both. */
function partOnDay(part: Found, day: Found, v: View): Found {
  const code = edgePartOfDay(v, part.from)?.part ?? '';
  const cand: Cand = {
    from: part.from, to: day.cand.to, type: 'TIME', rule: 'day.edge-part-on-day', role: 'day',
    resolve: (ctx): Resolved => {
      const r = day.cand.resolve(ctx);
      const d = dayPart(r.value);
      return { value: `${d ?? 'XXXX-XX-XX'}T${code}`, stated: [...r.stated, 'partOfDay'], inferred: r.inferred };
    },
  };
  return { cand, from: part.from, start: part.start, end: day.end };
}

/** A set of weekdays ("every Tuesday", "on Sundays": `XXXX-WXX-2`). */
function weekdaySet(f: Found): boolean {
  return f.cand.type === 'SET' && (f.cand.rule === 'weekday.every' || f.cand.rule === 'weekday.plural');
}

/** What may stand between a clock time and a set of weekdays: "7 p.m. every Tuesday", "6 a.m. on Sundays", "Thursdays at 9pm". */
const SET_CLOCK_LINKS: ReadonlySet<string> = new Set(['', 'on', 'at', ',']);

/** A weekday set at a clock time: `XXXX-WXX-2T19:00` (a value of another shape is kept as it is). */
function clockOnSet(set: Found, clock: string, from: number, to: number, start: number, end: number): Found {
  const cand: Cand = {
    from, to, type: 'SET', rule: 'set.with-time', role: 'set',
    resolve: (ctx): Resolved => {
      const r = set.cand.resolve(ctx);
      return /^XXXX-WXX-[1-7]$/.test(r.value) ? { value: `${r.value}T${clock}`, stated: [...r.stated, 'hour'], inferred: r.inferred } : r;
    },
  };
  return { cand, from, start, end };
}

/** Joins each clock time to the day right next to it; everything else passes through. */
export function joinClockDays(v: View, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a0 = found[k] as Found;
    const a = partOfDayBefore(v, a0, out[out.length - 1]?.end ?? -1) ?? a0;
    const b = found[k + 1];
    // "between 9 a.m. and 4 p.m. on April 21": the day belongs to both ends, neither is joined.
    const prev = found[k - 1];
    const rangeEnd = prev !== undefined && isClock(prev) && RANGE_WORDS.has(gapWords(v, prev, a) ?? '.');
    // ("2 p.m. that afternoon": the part of the day the text gave last is the clock's day)
    const thatPart = b !== undefined && b.cand.rule === 'relative.that-part-of-day' && gapWords(v, a, b) === '';
    if (b !== undefined && isClock(a) && (isDay(b) || thatPart) && !rangeEnd) {
      const gap = gapWords(v, a, b);
      if (gap !== null && CLOCK_DAY_LINKS.has(gap)) {
        out.push(joined(b, a.cand.clock as string, BARE_RULES.has(a.cand.rule), a.from, b.cand.to, a.start, b.end, 'time.with-day'));
        k++;
        continue;
      }
    }
    // "quarter to six in the morning", "half past seven in the evening": a clock in words placed by the part of the
    // day after it is one TIME (as "at five in the morning" is)
    if (b !== undefined && isClock(a) && b.cand.rule === 'relative.in-the-part-of-day' && gapWords(v, a, b) === 'in') {
      out.push(clockInPartOfDay(v, a, b));
      k++;
      continue;
    }
    // "late morning on Sunday", "early evening on May 3": an edge of a part of the day on the day after it is one TIME
    if (b !== undefined && a.cand.rule === 'relative.edge-part-of-day' && isDay(b) && b.cand.type === 'DATE' && gapWords(v, a, b) === 'on') {
      out.push(partOnDay(a, b, v));
      k++;
      continue;
    }
    // "7 p.m. every Tuesday", "6 a.m. on Sundays", "every Thursday at 9pm": a clock time on a set of weekdays is one SET
    const weekly = b === undefined ? null : isClock(a) && weekdaySet(b) ? [a, b] as const : weekdaySet(a) && isClock(b) ? [b, a] as const : null;
    if (b !== undefined && weekly !== null && SET_CLOCK_LINKS.has(gapWords(v, a, b) ?? '.')) {
      out.push(clockOnSet(weekly[1], weekly[0].cand.clock as string, a.from, b.cand.to, a.start, b.end));
      k++;
      continue;
    }
    if (b !== undefined && isDay(a) && isClock(b)) {
      const gap = gapWords(v, a, b);
      if (gap !== null && DAY_CLOCK_LINKS.has(gap)) {
        out.push(joined(a, b.cand.clock as string, BARE_RULES.has(b.cand.rule), a.from, b.cand.to, a.start, b.end, 'day.with-time'));
        k++;
        continue;
      }
    }
    if (isDay(a) && (b === undefined || b.from > a.cand.to + 1)) {
      // "tonight at 8": a bare hour is a clock time only after a part of the day.
      const part = partOfDayOf(v, a);
      const hour = part === null ? null : bareHour(v, a.cand.to, part);
      const last = hour === null ? undefined : v.toks[hour.to - 1];
      if (hour !== null && last !== undefined && (b === undefined || b.from >= hour.to)) {
        out.push(joined(a, hour.clock, false, a.from, hour.to, a.start, last.end, 'day.with-hour'));
        continue;
      }
      // "open until 9 tonight", "at 7 this evening": a bare hour right before the part of the day
      const before = part === null ? null : hourBefore(v, a.from, part);
      const first = before === null ? undefined : v.toks[a.from - 1];
      if (before !== null && first !== undefined && (out[out.length - 1]?.end ?? -1) < first.start) {
        out.push(joined(a, before, false, a.from - 1, a.cand.to, first.start, a.end, 'hour.with-day'));
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The part of the day a day finding names ("tonight" → NI, "this morning" → MO), or null. */
function partOfDayOf(v: View, f: Found): string | null {
  const last = word(v, f.cand.to - 1);
  if (last === 'tonight') return 'NI';
  return PARTS_OF_DAY.get(last) ?? null;
}
