/**
 * Reference dates the text itself sets: the date in a post's signature line
 * ("— Name (@handle) May 5, 2025") anchors the post, and "today (Aug. 20)" says
 * what "today" is when the publication date is unknown.
 */
import type { Ctx, View, WeekAnchor } from './context.js';
import type { Found } from './select.js';
import { parseYmd, type PartialDate, type Ymd } from './calendar.js';
import { partialOf } from './resolve.js';
import { TIME_ZONES, WEEKDAYS } from '../../lexicons/en/dates.js';

export interface PostAnchor {
  readonly start: number;
  readonly end: number;
  readonly date: Ymd;
}

const HANDLE = /^\(@\w{1,30}\)$/;

/** Does this line prefix end like a post signature: a dash, a name, then "(@handle)"? Linear, no regex scan. */
function isSignature(prefix: string): boolean {
  const trimmed = prefix.trimEnd();
  const open = trimmed.lastIndexOf('(@');
  if (open < 0 || !HANDLE.test(trimmed.slice(open))) return false;
  const head = trimmed.slice(0, open);
  return head.includes('—') || head.includes('–') || head.includes('-');
}

/** A signature line is short: look back at most this far for its start. */
const LINE_WINDOW = 400;

function lineStartNear(text: string, pos: number): number {
  const from = Math.max(0, pos - LINE_WINDOW);
  const nl = text.slice(from, pos).lastIndexOf('\n');
  return nl < 0 ? from : from + nl + 1;
}

export function postAnchors(text: string, sentences: readonly { found: readonly Found[] }[], base: Ctx): PostAnchor[] {
  const out: PostAnchor[] = [];
  for (const s of sentences) {
    for (const f of s.found) {
      if (!f.cand.rule.endsWith('-year') || f.cand.role !== 'day') continue;
      const lineStart = lineStartNear(text, f.start);
      if (!isSignature(text.slice(lineStart, f.start))) continue;
      const date = parseYmd(f.cand.resolve(base).value);
      if (date === null) continue;
      // The post is the signature line and the line before it, unless that is another signature.
      let start = lineStart;
      if (lineStart > 0 && text.charAt(lineStart - 1) === '\n') {
        const prevStart = lineStartNear(text, lineStart - 1);
        if (!text.slice(prevStart, lineStart).includes('(@')) start = prevStart;
      }
      out.push({ start, end: f.end, date });
    }
  }
  return out;
}

/** "today (Aug. 20)": the date in brackets right after "today". */
export function todayApposition(views: readonly { view: View; found: readonly Found[] }[], base: Ctx): PartialDate | null {
  for (const { view, found } of views) {
    for (let k = 0; k + 1 < found.length; k++) {
      const a = found[k] as Found;
      const b = found[k + 1] as Found;
      if (a.cand.rule !== 'relative.today' || b.cand.role !== 'day' || !b.cand.rule.startsWith('absolute')) continue;
      const between = view.text.slice(a.end, b.start).trim();
      if (between !== '(' && between !== ',' && between !== '—' && between !== '–') continue;
      const p = partialOf(b.cand.resolve(base).value);
      if (p !== null) return p;
    }
  }
  return null;
}

/** A dateline is near the top of the article: only this many characters are looked at. */
const DATELINE_WINDOW = 400;

/** Rules of a full calendar date (year, month and day stated). */
const FULL_DATE = /(?:-year|^weekday\.with-date|^absolute\.iso)$/;

/** Words that may stand on a dateline's line besides its date: a time and its zone ("Monday, 27 October 2025 6:19 PM"). */
const DATELINE_WORDS: ReadonlySet<string> = new Set(['am', 'pm', 'a', 'p', 'm', ...TIME_ZONES]);

/** Is the rest of a dateline's line only a time, a zone and punctuation? Linear: one word scan. */
function onlyTime(rest: string): boolean {
  if (rest.length > DATELINE_WINDOW) return false;
  return (rest.toLowerCase().match(/[a-z]+/g) ?? []).every((w) => DATELINE_WORDS.has(w));
}

/**
 * A city in capitals before the date: "MAPUTO, Mozambique, July 12, 2021 —", with a region of up to three
 * words ("PORT LOUIS, New South Wales, …", "HALIFAX, N.S., …"), and the press-release dash before the date
 * ("HALIFAX, N.S. — October 7, 2025 — The company today …"). Bounded repetitions only.
 */
const CITY_PREFIX = /^[A-Z][A-Z .'’-]{1,40},(?:\s[A-Z][A-Za-z.]{0,20}(?:\s[A-Z][A-Za-z.]{0,20}){0,2},?)?\s*(?:[—–-]\s*)?$/;

/**
 * The date of a dateline: a full date alone on one of the first lines (with a time or
 * punctuation at most), or after a city in capitals. A date inside a sentence or a photo
 * caption is not one.
 */
export function datelineDate(text: string, sentences: readonly { found: readonly Found[] }[], base: Ctx): Ymd | null {
  for (const s of sentences) {
    for (const f of s.found) {
      if (f.start >= DATELINE_WINDOW) return null;
      if (f.cand.type !== 'DATE' || f.cand.role !== 'day' || !FULL_DATE.test(f.cand.rule)) continue;
      if (!isDateline(text, f, true)) continue;
      const date = parseYmd(f.cand.resolve(base).value);
      if (date !== null) return date;
    }
  }
  return null;
}

/**
 * The month and day of a dateline that gives no year ("LONDON, March 3 (Reuters) -"), in an article with
 * no publication date: what "today" is, with the year unknown. Null when there is none.
 */
export function datelineDay(text: string, sentences: readonly { found: readonly Found[] }[], base: Ctx): PartialDate | null {
  for (const s of sentences) {
    for (const f of s.found) {
      if (f.start >= DATELINE_WINDOW) return null;
      if (f.cand.type !== 'DATE' || f.cand.role !== 'day' || !f.cand.rule.startsWith('absolute')) continue;
      if (!isDateline(text, f, false)) continue;
      const p = partialOf(f.cand.resolve(base).value);
      if (p !== null && p.y === null && p.m !== null && p.d !== null) return p;
    }
  }
  return null;
}

/**
 * What follows a dateline's date: its dash, a bracketed agency ("(Reuters)"), the end of the line, or a
 * press-release wire between slashes ("/PRNewswire/ —"). Bounded: at most 40 characters between the slashes.
 */
const DATELINE_AFTER = /^\s*(?:[—–-]|\(|$|\/[A-Za-z][\w .-]{0,40}\/)/;

/**
 * Is this date a dateline's, near the top of the article: alone on its line (with a time at
 * most; `alone` allows that form) or after a city in capitals and before the dateline's dash
 * ("LINDHOLM, Norland, Nov 9 —")? It dates the filing, not what the sentence after it tells.
 */
export function isDateline(text: string, f: Found, alone: boolean): boolean {
  if (f.start >= DATELINE_WINDOW) return false;
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const nl = text.indexOf('\n', f.end);
  const lineEnd = nl < 0 ? text.length : nl;
  const before = text.slice(lineStart, f.start);
  const after = text.slice(f.end, lineEnd);
  if (alone && before.trim() === '' && onlyTime(after)) return true;
  return CITY_PREFIX.test(before) && DATELINE_AFTER.test(after);
}

/**
 * "last Friday (July 9)" in an article with no date: the weekday and the calendar day it names.
 * The first such apposition in the text, or null.
 */
export function weekAnchorOf(views: readonly { view: View; found: readonly Found[] }[], base: Ctx): WeekAnchor | null {
  for (const { view, found } of views) {
    for (const f of found) {
      if (!f.cand.rule.endsWith('.named')) continue;
      const p = partialOf(f.cand.resolve(base).value);
      const wd = WEEKDAYS.get(view.lo[f.cand.to - 1] ?? '');
      if (p !== null && p.m !== null && p.d !== null && wd !== undefined) return { m: p.m, d: p.d, wd };
    }
  }
  return null;
}
