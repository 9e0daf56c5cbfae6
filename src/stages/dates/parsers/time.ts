/** Clock times: "9 a.m.", "9:00 a.m. ET", "4.35 a.m.", "10pm", "2100 GMT", "noon". */
import { PARTS_OF_DAY, TIME_ZONES, WEEKDAYS, MONTHS, ZONE_REGIONS, ZONE_SEASONS } from '../../../lexicons/en/dates.js';
import type { Cand, Parser, View } from '../context.js';
import { clockOnDay, isCap, touches, withDot, word } from '../context.js';
import { fmtTime } from '../calendar.js';

const MERIDIEM = /^([ap])\.?m$/;
const GLUED = /^(\d{1,2})(?:[:.](\d{2}))?([ap])\.?m$/;
const DOTTED = /^(\d{1,2})\.(\d{2})$/;
const HHMM = /^([01]\d|2[0-3])([0-5]\d)$/;
/** "9am-1pm", "9.30am–1pm", "9-11am" written as one token: one clock time per end (the first takes the second's half of the day when it has none). */
const GLUED_RANGE = /^(\d{1,2})(?:[:.](\d{2}))?(?:([ap])m)?([-–])(\d{1,2})(?:[:.](\d{2}))?([ap])m$/;

/** The two clock times of a glued range token at `i`, or null. */
function gluedRange(v: View, i: number): Cand[] | null {
  const t = v.toks[i];
  const m = GLUED_RANGE.exec(word(v, i));
  if (t === undefined || m === null) return null;
  const h1 = Number(m[1]);
  const h2 = Number(m[5]);
  if (h1 < 1 || h1 > 12 || h2 < 1 || h2 > 12) return null;
  const ap2 = m[7] as string;
  const ap1 = m[3] ?? (h1 <= h2 && h2 !== 12 ? ap2 : ap2 === 'p' ? 'a' : 'p'); // "9-11am"; "11-1pm" crosses noon
  const dash = t.text.indexOf(m[4] as string);
  const a = clockCand(i, i + 1, to24(h1, ap1), Number(m[2] ?? 0), 'time.range-start');
  const end = zone(v, i + 1);
  const b = clockCand(i, end, to24(h2, ap2), Number(m[6] ?? 0), 'time.range-end');
  if (a === null || b === null) return null;
  const last = v.toks[end - 1] ?? t;
  return [{ ...a, chars: [t.start, t.start + dash] }, { ...b, chars: [t.start + dash + 1, last.end] }];
}

function clockCand(from: number, to: number, h: number, min: number, rule: string): Cand | null {
  if (h > 23 || min > 59) return null;
  const clock = fmtTime(h, min);
  return {
    from,
    to,
    type: 'TIME',
    rule,
    role: 'time',
    clock,
    resolve: (ctx) => ({
      value: clockOnDay(ctx, clock),
      stated: min === 0 && rule !== 'time.colon' ? ['hour'] : ['hour', 'minute'],
      inferred: ctx.day === null ? [] : ['year', 'month', 'day'],
    }),
  };
}

/** Words that name a day after "on" ("at 9 on Monday", "at 7 on June 3"). */
const DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), ...MONTHS.keys()]);

/** Words before a clock time ("at 9:30", "until 14:00"). */
/** Words before a colon pair that make it a score ("won 21:19", "a 25:23 set"), not a 24-hour time. */
const SCORE_WORDS: ReadonlySet<string> = new Set(['won', 'lost', 'beat', 'score', 'scored', 'led', 'trailed', 'a']);

const CLOCK_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'around', 'before', 'after']);

/** The part of the day named right at `i`: "tonight", "this morning", "tomorrow evening". */
function partAfter(v: View, i: number): string | null {
  const w = word(v, i);
  if (w === 'tonight') return 'NI';
  if (w === 'this' || w === 'tomorrow' || w === 'yesterday' || w === 'last') return PARTS_OF_DAY.get(word(v, i + 1)) ?? null;
  return null;
}

const to24 = (h: number, ap: string): number => (ap === 'p' ? (h % 12) + 12 : h % 12);

/** Index after an optional time zone. */
function zone(v: View, i: number): number {
  if (word(v, i) === 'local' && word(v, i + 1) === 'time') return i + 2; // "8 p.m. local time"
  // "8:30 a.m. Eastern Time", "9 a.m. Pacific Standard Time", "noon Eastern time": a zone named in words (its region capitalised)
  if (ZONE_REGIONS.has(word(v, i)) && isCap(v, i)) {
    const mid = ZONE_SEASONS.has(word(v, i + 1)) ? 1 : 0;
    if (word(v, i + 1 + mid) === 'time') return i + 2 + mid;
  }
  return TIME_ZONES.has(word(v, i)) ? i + 1 : i;
}

const MILITARY_HOURS: ReadonlySet<string> = new Set(['hours', 'hrs']);
const DEICTIC_DAYS: ReadonlySet<string> = new Set(['today', 'tomorrow', 'tonight', 'yesterday']);

export const clock: Parser = {
  id: 'time.clock',
  match(v, i) {
    const w = word(v, i);
    const range = gluedRange(v, i);
    if (range !== null) return range;
    const glued = GLUED.exec(w);
    if (glued !== null) {
      const c = clockCand(i, zone(v, w.includes('.') ? withDot(v, i) : i + 1), to24(Number(glued[1]), glued[3] as string), Number(glued[2] ?? 0), 'time.meridiem');
      return c === null || Number(glued[1]) > 12 ? [] : [c];
    }
    if (!/^\d{1,4}(?:\.\d{2})?$/.test(w)) return [];
    let h: number | null = null;
    let min = 0;
    let next = i + 1;
    let rule = 'time.meridiem';
    const dotted = DOTTED.exec(w);
    if (dotted !== null) {
      h = Number(dotted[1]);
      min = Number(dotted[2]);
    } else if (/^\d{1,2}$/.test(w)) {
      h = Number(w);
      if (word(v, i + 1) === ':' && touches(v, i) && touches(v, i + 1) && /^\d{2}$/.test(word(v, i + 2))) {
        min = Number(word(v, i + 2));
        next = i + 3;
        rule = 'time.colon';
      }
    }
    if (h !== null) {
      const mer = MERIDIEM.exec(word(v, next));
      if (mer !== null && h >= 1 && h <= 12) {
        const c = clockCand(i, zone(v, word(v, next).includes('.') ? withDot(v, next) : next + 1), to24(h, mer[1] as string), min, rule === 'time.colon' ? 'time.colon' : 'time.meridiem');
        return c === null ? [] : [c];
      }
      if (word(v, next) === "o'clock") {
        const c = clockCand(i, next + 1, h, 0, 'time.oclock');
        return c === null ? [] : [c];
      }
      // "14:30 GMT", "14:30 local time": a colon time with its zone needs no "a.m.".
      if (rule === 'time.colon' && zone(v, next) > next) {
        const c = clockCand(i, zone(v, next), h, min, 'time.colon');
        return c === null ? [] : [c];
      }
      // "at 9:30", "at 14:00": a colon time after a clock preposition needs no "a.m."; so does one
      // right before "on" and a day ("it's 7:30 on Friday").
      // "between 02:00 and 05:00", "kick-off 15:00": a 24-hour time (a leading zero or an hour past 12) needs neither, unless
      // a third part follows ("01:14:09", "2:05:33" race times are not read here)
      const twentyFour = rule === 'time.colon' && (w.length === 2 && (w.startsWith('0') || h >= 13)) && !(word(v, next) === ':' && touches(v, next - 1))
        && !(word(v, i - 1) === ':' && touches(v, i - 1)) && !SCORE_WORDS.has(word(v, i - 1));
      if (rule === 'time.colon' && (twentyFour || CLOCK_PREPOSITIONS.has(word(v, i - 1)) || (word(v, next) === 'on' && DAY_WORDS.has(word(v, next + 1))))) {
        const c = clockCand(i, next, h, min, 'time.colon');
        return c === null ? [] : [c];
      }
      // "at 7 tonight", "at 10 this morning": a bare hour before a part of the day takes its half of the day.
      // "at 9 on Monday": a bare hour right before "on" and a day is a clock time as written.
      if (rule !== 'time.colon' && word(v, i - 1) === 'at' && word(v, next) === 'on' && h >= 1 && h <= 12 && DAY_WORDS.has(word(v, next + 1))) {
        const c = clockCand(i, next, h, 0, 'time.bare-hour');
        return c === null ? [] : [c];
      }
      const part = rule === 'time.colon' || word(v, i - 1) !== 'at' ? null : partAfter(v, next);
      if (part !== null && h >= 1 && h <= 12) {
        const pm = part === 'AF' || part === 'EV' || (part === 'NI' && h >= 5);
        const c = clockCand(i, next, pm ? (h % 12) + 12 : h % 12, min, 'time.bare-hour'); // "at 8.55 this morning" keeps its minutes
        return c === null ? [] : [c];
      }
      return [];
    }
    const hhmm = HHMM.exec(w);
    if (hhmm !== null && zone(v, i + 1) > i + 1) {
      const c = clockCand(i, zone(v, i + 1), Number(hhmm[1]), Number(hhmm[2]), 'time.military');
      return c === null ? [] : [c];
    }
    // "tomorrow at 0900", "at 1430 hours": four digits after "at" are a clock time when written with a leading
    // zero, followed by "hours", or after a day ("at 1500 feet" is none of these)
    if (hhmm !== null && word(v, i - 1) === 'at' && (w.startsWith('0') || MILITARY_HOURS.has(word(v, i + 1)) || DAY_WORDS.has(word(v, i - 2)) || DEICTIC_DAYS.has(word(v, i - 2)))) {
      const hours = MILITARY_HOURS.has(word(v, i + 1)) ? i + 2 : i + 1;
      const c = clockCand(i, hours, Number(hhmm[1]), Number(hhmm[2]), 'time.military');
      return c === null ? [] : [c];
    }
    return [];
  },
};

/** Words before "midnight" that make it a deadline, the end of its day. */
const DEADLINE_LEADS: ReadonlySet<string> = new Set(['until', 'till', 'by', 'before']);

/** Midnight at the end of the day: `T24:00` (clockCand allows hours up to 23 only). */
function endOfDay(i: number): Cand {
  const clock = '24:00';
  return {
    from: i, to: i + 1, type: 'TIME', rule: 'time.midnight-end', role: 'time', clock,
    resolve: (ctx) => ({ value: clockOnDay(ctx, clock), stated: ['hour'], inferred: ctx.day === null ? [] : ['year', 'month', 'day'] }),
  };
}

export const noon: Parser = {
  id: 'time.noon',
  match(v, i) {
    const w = word(v, i);
    if (w !== 'noon' && w !== 'midnight' && w !== 'midday') return [];
    // "until midnight on Dec. 31", "by midnight Friday": a deadline at midnight ends its day (TIMEX3 T24:00); "at midnight" starts it.
    // "noon ET", "midnight GMT": the zone is part of the time's span, as after "9 a.m."
    const c = w === 'midnight' && DEADLINE_LEADS.has(word(v, i - 1)) ? endOfDay(i) : clockCand(i, zone(v, i + 1), w === 'midnight' ? 0 : 12, 0, 'time.noon');
    return c === null ? [] : [c];
  },
};
