/** Calendar arithmetic (proleptic Gregorian, UTC) and TIMEX3 value formatting. */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** A date whose parts may be unknown (rendered as X). */
export interface PartialDate {
  readonly y: number | null;
  readonly m: number | null;
  readonly d: number | null;
}

const DAY_MS = 86_400_000;

export function parseYmd(s: string | null): Ymd | null {
  if (s === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function toMs(a: Ymd): number {
  return Date.UTC(a.y, a.m - 1, a.d);
}

function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromMs(toMs(a) + n * DAY_MS);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(a: Ymd): number {
  const w = new Date(toMs(a)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { y: thursday.y, w: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

/** The Monday of ISO week `w` of year `y` (4 January is always in week 1). */
export function isoWeekMonday(y: number, w: number): Ymd {
  const jan4: Ymd = { y, m: 1, d: 4 };
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (w - 1));
}

export function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The `nth` (1-based, -1 = last) ISO weekday of a month. */
export function nthWeekday(y: number, m: number, weekday: number, nth: number): Ymd {
  if (nth > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7);
  }
  const last = { y, m, d: new Date(Date.UTC(y, m, 0)).getUTCDate() };
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function fmtYear(y: number | null): string {
  return y === null ? 'XXXX' : pad(y, 4);
}

export function fmtMonth(y: number | null, m: number | null): string {
  return `${fmtYear(y)}-${m === null ? 'XX' : pad(m)}`;
}

export function fmtDay(p: PartialDate): string {
  return `${fmtMonth(p.y, p.m)}-${p.d === null ? 'XX' : pad(p.d)}`;
}

/**
 * The weekend a day belongs to, as `2025-W52-WE`: its own on Saturday and Sunday; Monday and Tuesday close the
 * weekend before them, Wednesday to Friday open the next one ("the bank holiday weekend", "Christmas weekend").
 */
export function weekendOf(a: Ymd): string {
  const wd = isoWeekday(a);
  const wk = isoWeek(addDays(a, wd >= 6 ? 6 - wd : wd <= 2 ? -1 - wd : 6 - wd));
  return `${fmtWeek(wk.y, wk.w)}-WE`;
}

export function fmtWeek(y: number | null, w: number | null): string {
  return `${fmtYear(y)}-W${w === null ? 'XX' : pad(w)}`;
}

/** A bare hour (1–12) read in a part of the day (`MO`, `AF`, `EV`, `NI`): "8" tonight is 20, "6" this morning is 6. */
export function hourInPart(h: number, part: string | null): number {
  return h % 12 + (part === 'AF' || part === 'EV' || (part === 'NI' && h >= 5) ? 12 : 0);
}

export function fmtTime(h: number, min: number): string {
  return `${pad(h)}:${pad(min)}`;
}

/** `PT1H30M` for an hour and a half: a part of an hour or a minute is written in the next smaller unit. */
function clockDuration(n: number, unit: 'H' | 'M', smaller: 'M' | 'S'): string {
  const whole = Math.floor(n);
  const rest = Math.round((n - whole) * 60);
  if (rest === 0 || rest === 60) return `PT${whole + rest / 60}${unit}`;
  return whole === 0 ? `PT${rest}${smaller}` : `PT${whole}${unit}${rest}${smaller}`;
}

/** A duration value: `P20Y`, `PT45M`, `PT1H30M`, `P6.5Y`, `PXY` (unknown count). */
export function fmtDuration(n: number | null, unit: string): string {
  const count = n === null ? 'X' : String(Math.round(n * 100) / 100);
  switch (unit) {
    case 'S':
      return `PT${count}S`;
    case 'MIN':
      return n === null ? 'PTXM' : clockDuration(n, 'M', 'S');
    case 'H':
      return n === null ? 'PTXH' : clockDuration(n, 'H', 'M');
    case 'Q':
      return n === null ? 'PXQ' : `P${Math.round(n * 3 * 100) / 100}M`;
    case 'DE':
      return n === null ? 'PXDE' : `P${Math.round(n * 10 * 100) / 100}Y`;
    case 'CE':
      return n === null ? 'PXCE' : `P${Math.round(n * 100 * 100) / 100}Y`;
    default:
      return `P${count}${unit}`;
  }
}

const DAY_PREFIX = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)/;

/** The day a TIMEX3 value names ("2025-06-17" of "2025-06-17T15:00"), or null when it names none. */
export function dayPart(value: string): string | null {
  const m = DAY_PREFIX.exec(value);
  return m === null ? null : m[0];
}
