/**
 * The two ends of a range share their year (issue #15): "April–June 2024" is April 2024, and
 * "from May to July" said in June is May–July of one year, not May of next year to July of
 * this one. Each end is resolved alone, so an end without a year can take a different year
 * than its partner: a forward clause moves a month already gone to next year, a past one
 * moves a month still ahead to last year. This pass, over the mentions of the stage in text
 * order, gives a yearless end its partner's stated year, and when both ends are yearless and
 * out of order, keeps the reading the tense rule meant for the range as a whole: after a move
 * forward, the first year whose range has not ended by the reference date; after a move back,
 * the last year whose range had begun by it. A relative year right after a date ("in May last
 * year") gives that date its year first.
 */
import { RANGE_WORDS } from '../../lexicons/en/dates.js';
import type { DateMention } from '../../types.js';
import type { Ymd } from './calendar.js';

const MONTH_VALUE = /^(\d{4}|XXXX)-(\d{2})(-\d{2})?$/;

interface End {
  readonly y: number | null;
  /** Month and day as one sortable number (day 0 for a month). */
  readonly md: number;
  readonly rest: string;
  readonly yearless: boolean;
}

function endOf(m: DateMention): End | null {
  if (m.type !== 'DATE') return null;
  const v = MONTH_VALUE.exec(m.value);
  if (v === null) return null;
  const day = v[3] === undefined ? 0 : Number(v[3].slice(1));
  return {
    y: v[1] === 'XXXX' ? null : Number(v[1]),
    md: Number(v[2]) * 100 + day,
    rest: m.value.slice(4),
    yearless: !m.stated.includes('year'),
  };
}

/** The link between two mentions, when it is a range link ("between" before the first end for "and"). */
function linked(text: string, a: DateMention, b: DateMention): boolean {
  const gap = text.slice(a.end, b.start).trim().toLowerCase();
  if (!RANGE_WORDS.has(gap)) return false;
  return gap !== 'and' || /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 12), a.start));
}

const withYear = (m: DateMention, e: End, y: number): DateMention => ({ ...m, value: `${String(y).padStart(4, '0')}${e.rest}` });

/**
 * Does the range run into the next year ("November to January")? Not when the end is the month the start
 * is in: "on Sunday until the end of the month" ends on that month's last day.
 */
function wrapsYear(a: End, b: End): boolean {
  return a.md > (b.md % 100 === 0 ? b.md + 99 : b.md);
}

/** The year pair [start, end] for a yearless range, read as the tense rule meant it. */
function pairYears(a: End, b: End, ref: Ymd, forward: boolean): [number, number] {
  const wraps = wrapsYear(a, b); // "November to January"
  const refMd = ref.m * 100 + ref.d;
  const endKey = b.md % 100 === 0 ? b.md + 99 : b.md; // a month ends on its last day
  const endsBy = (y: number): boolean => y < ref.y || (y === ref.y && endKey < refMd);
  const begun = (y: number): boolean => y < ref.y || (y === ref.y && a.md <= refMd);
  if (forward) {
    const endYear = endsBy(ref.y) ? ref.y + 1 : ref.y;
    return [wraps ? endYear - 1 : endYear, endYear];
  }
  const startYear = begun(ref.y) ? ref.y : ref.y - 1;
  return [startYear, wraps ? startYear + 1 : startYear];
}

/** "this year", "last year", "next year" right after a date: the year that date is in. */
const YEAR_AFTER = /^(?:this|last|next) year$/i;

/**
 * "in May last year", "March 3-7 this year": a yearless month or day right before a relative year
 * takes that year (and so does the other end of its range).
 */
function yearFromNext(text: string, out: DateMention[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k] as DateMention;
    const y = out[k + 1] as DateMention;
    const e = endOf(m);
    if (e === null || !e.yearless || !YEAR_AFTER.test(y.text) || !/^\d{4}$/.test(y.value)) continue;
    if (!/^[\s,]*$/.test(text.slice(m.end, y.start))) continue;
    const year = Number(y.value);
    out[k] = withYear(m, e, year);
    const p = out[k - 1];
    const ep = p === undefined ? null : endOf(p);
    if (p !== undefined && ep !== null && ep.yearless && linked(text, p, m)) out[k - 1] = withYear(p, ep, wrapsYear(ep, e) ? year - 1 : year);
  }
}

/** Gives the ends of each range one year; other mentions pass through unchanged. */
export function alignRangeYears(text: string, found: readonly DateMention[], ref: Ymd | null): DateMention[] {
  const out = [...found];
  yearFromNext(text, out);
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k] as DateMention;
    const b = out[k + 1] as DateMention;
    const ea = endOf(a);
    const eb = endOf(b);
    if (ea === null || eb === null || !linked(text, a, b)) continue;
    const wraps = wrapsYear(ea, eb);
    if (ea.y !== null && eb.y !== null && (wraps ? eb.y === ea.y + 1 : eb.y === ea.y)) continue;
    if (ea.yearless && !eb.yearless && eb.y !== null) {
      out[k] = withYear(a, ea, wraps ? eb.y - 1 : eb.y);
    } else if (!ea.yearless && eb.yearless && ea.y !== null) {
      out[k + 1] = withYear(b, eb, wraps ? ea.y + 1 : ea.y);
    } else if (ea.yearless && eb.yearless && ref !== null && ea.y !== null && eb.y !== null) {
      // Which way did the tense rule move an end? Forward if either end lies past the reference year.
      const forward = ea.y > ref.y || eb.y > ref.y;
      // "next year's event would run from May 28 to 30" said in February: a start still ahead this year that is in a later
      // year came there by its clause ("next year's"), not by the tense rule, and the end follows it
      const ahead = ea.md >= ref.m * 100 + ref.d;
      const [ya, yb] = forward && ahead && ea.md <= eb.md && ea.y > eb.y ? [ea.y, ea.y] : pairYears(ea, eb, ref, forward);
      out[k] = withYear(a, ea, ya);
      out[k + 1] = withYear(b, eb, yb);
    }
  }
  return out;
}
