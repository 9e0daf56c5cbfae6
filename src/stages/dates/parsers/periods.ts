/** Quarters, seasons and holidays: "second-quarter", "third quarter last year", "the fall season", "Election Day". */
import { FALL_VERB_FOLLOWERS, FALL_VERB_HEADS, HOLIDAYS, type Holiday, MONTHS, PARTS_OF_DAY, ORDINALS, SEASONS, DATE_CONTEXT, RELATIVE_SHIFT, SET_DETERMINERS } from '../../../lexicons/en/dates.js';
import type { Cand, Ctx, Parser, Resolved, View } from '../context.js';
import { isCap, superlativeAt, touches, word } from '../context.js';
import { centuryOf } from './absolute.js';
import { yearFor } from '../resolve.js';
import { narratedBefore } from '../tense.js';
import { addDays, daysBetween, easterSunday, fmtDay, fmtWeek, isoWeek, nthWeekday, validDay, weekendOf, type Ymd } from '../calendar.js';
import { yearToken } from './years.js';
import { byFirstWord } from '../index-by-first.js';

const HOLIDAY_INDEX = byFirstWord(HOLIDAYS, (h) => h.words);

/** A year stated or implied right after a period: "of 2024", "2024", "last year", "of last year". */
interface TrailingYear {
  readonly to: number;
  /** The year stated; for a two-digit one ("of '69") its reading without a reference date. */
  readonly year: number | null;
  /** The two digits of "of '69", whose century the reference date decides. */
  readonly short: number | null;
  readonly shift: number;
}

/** "2013-14", "2013/14": a year and the next one's last two digits. */
const SEASON_ACROSS = /^((?:18|19|20)\d{2})[-–/]\d{2}$/;

function trailingYear(v: View, i: number): TrailingYear {
  const of = word(v, i) === 'of' ? 1 : 0;
  const y = yearToken(v, i + of);
  if (y !== null) return { to: i + of + 1, year: y, short: null, shift: 0 };
  // "the winter of 2013-14": a season across two years is the first one's
  const across = of === 1 ? SEASON_ACROSS.exec(word(v, i + 1)) : null;
  if (across !== null) return { to: i + 2, year: Number(across[1]), short: null, shift: 0 };
  // "the summer of '69"
  const apostrophe = word(v, i + of);
  if ((apostrophe === "'" || apostrophe === '’') && touches(v, i + of) && /^\d{2}$/.test(word(v, i + of + 1))) {
    const short = Number(word(v, i + of + 1));
    return { to: i + of + 2, year: centuryOf(short, null), short, shift: 0 };
  }
  const s = RELATIVE_SHIFT.get(word(v, i + of));
  if (s !== undefined && word(v, i + of + 1) === 'year') return { to: i + of + 2, year: null, short: null, shift: s };
  return { to: i, year: null, short: null, shift: 0 };
}

/** The stated year of a trailing year, "'47" read against the reference date (1947 in 2025). */
function statedYear(tail: TrailingYear, ctx: Ctx): number | null {
  return tail.short === null ? tail.year : centuryOf(tail.short, ctx.ref?.y ?? null);
}

const QUARTER_TOKEN = /^(first|second|third|fourth)-quarter$/;

/** -1, 0 or +1: the year of a yearless quarter relative to the reference's, by the clause's tense. */
function quarterYearShift(ctx: Ctx, q: number): number {
  if (ctx.ref === null) return 0;
  const diff = q - Math.ceil(ctx.ref.m / 3);
  if (ctx.past === true && diff >= 2) return -1;
  if (ctx.forward && diff <= -2) return 1;
  return 0;
}

/**
 * The year of "the June quarter" relative to the reference's, by the month `end` it ends: a past clause means the
 * last one ended, a forward one the next to end, and no tense the nearer of this year's and last year's ends.
 */
function monthQuarterShift(refMonth: number, end: number, ctx: Ctx): number {
  if (ctx.forward) return end < refMonth ? 1 : 0;
  if (ctx.past === true) return end > refMonth ? -1 : 0;
  return end - refMonth > refMonth + 12 - end ? -1 : 0;
}

/** "Q1-Q3", "Q2–Q4": two quarters in one token. */
const QUARTER_SPAN = /^q([1-4])[-–]q([1-4])$/;

/** "Q1-Q3 2025": one date per end, the year after the span belonging to both; each end is its own characters of the token. */
function quarterSpan(v: View, i: number, qa: number, qb: number): Cand[] {
  const t = v.toks[i];
  if (t === undefined || qb <= qa) return [];
  const tail = trailingYear(v, i + 1);
  const end = v.toks[tail.to - 1]?.end ?? t.end;
  const value = (q: number) => (ctx: Ctx): Resolved => {
    const y = statedYear(tail, ctx) ?? (ctx.ref === null ? null : ctx.ref.y + tail.shift);
    return { value: `${y ?? 'XXXX'}-Q${q}`, stated: tail.year === null ? ['quarter'] : ['year', 'quarter'], inferred: tail.year === null && y !== null ? ['year'] : [] };
  };
  return [
    { from: i, to: i + 1, type: 'DATE', rule: 'periods.quarter-span-start', role: 'other', chars: [t.start, t.start + 2], resolve: value(qa) },
    { from: i, to: Math.max(tail.to, i + 1), type: 'DATE', rule: 'periods.quarter-span-end', role: 'other', chars: [t.end - 2, Math.max(end, t.end)], resolve: value(qb) },
  ];
}

export const quarter: Parser = {
  id: 'periods.quarter',
  match(v, i) {
    const w = word(v, i);
    let q: number | undefined;
    let next = i + 1;
    const span = QUARTER_SPAN.exec(w);
    if (span !== null && isCap(v, i)) return quarterSpan(v, i, Number(span[1]), Number(span[2]));
    const glued = QUARTER_TOKEN.exec(w);
    if (glued !== null) q = ORDINALS.get(glued[1] as string);
    else if (/^q[1-4]$/.test(w) && isCap(v, i)) q = Number(w.charAt(1));
    else if (/^h[12]$/.test(w) && isCap(v, i)) {
      // "H1 2024", "H2": a half year.
      const h = w.charAt(1);
      const tail = trailingYear(v, i + 1);
      return [{
        from: i, to: Math.max(tail.to, i + 1), type: 'DATE', rule: 'periods.half-token', role: 'other',
        resolve: (ctx) => ({ value: `${statedYear(tail, ctx) ?? (ctx.ref === null ? 'XXXX' : ctx.ref.y + tail.shift)}-H${h}`, stated: tail.year === null ? [] : ['year'], inferred: tail.year === null && ctx.ref !== null ? ['year'] : [] }),
      }];
    }
    else if (ORDINALS.has(w) && word(v, i + 1) === 'quarter') {
      q = ORDINALS.get(w);
      next = i + 2;
    } else if (word(v, i - 1) === 'the' && word(v, i + 1) === 'quarter' && isCap(v, i) && MONTHS.get(w)?.abbreviation === false) {
      // "the June quarter", "the March quarter" (Australian and company usage): the quarter that month ends
      const m = MONTHS.get(w)?.month ?? 0;
      if (m % 3 !== 0) return [];
      const qm = m / 3;
      const tail = trailingYear(v, i + 2);
      return [{
        from: i - 1, to: Math.max(tail.to, i + 2), type: 'DATE', rule: 'periods.month-quarter', role: 'other',
        resolve: (ctx) => {
          const y = statedYear(tail, ctx) ?? (ctx.ref === null ? null : ctx.ref.y + tail.shift + (tail.year === null && tail.shift === 0 ? monthQuarterShift(ctx.ref.m, m, ctx) : 0));
          return { value: `${y ?? 'XXXX'}-Q${qm}`, stated: tail.year === null ? ['quarter'] : ['year', 'quarter'], inferred: tail.year === null && y !== null ? ['year'] : [] };
        },
      }];
    }
    if (q === undefined || q > 4) return [];
    const quarterNo = q;
    const tail = trailingYear(v, next);
    return [{
      from: i, to: tail.to, type: 'DATE', rule: 'periods.quarter', role: 'other',
      resolve: (ctx) => {
        // A quarter keeps the publication year even when it is still to come: companies report fiscal
        // quarters ("second-quarter profit" in February), so the month rule does not apply.
        // Only a quarter two or more away in the clause's direction changes year: "losses narrowed in the fourth
        // quarter" said in January is last year's, "expects a rebound in the first quarter" said in December next year's.
        const y = statedYear(tail, ctx) ?? (ctx.ref === null ? null : ctx.ref.y + tail.shift + (tail.year === null && tail.shift === 0 ? quarterYearShift(ctx, quarterNo) : 0));
        return { value: `${y ?? 'XXXX'}-Q${quarterNo}`, stated: tail.year === null ? ['quarter'] : ['year', 'quarter'], inferred: tail.year === null && y !== null ? ['year'] : [] };
      },
    }];
  },
};

const SEASON_RANGE: Readonly<Record<string, readonly [number, number]>> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function seasonYear(ctx: Ctx, code: string, shift: number | null, narrated: boolean): number | null {
  const r = ctx.ref;
  if (r === null) return null;
  const [start, end] = SEASON_RANGE[code] ?? [1, 12];
  if (shift === -1) return r.m > end ? r.y : r.y - 1;
  if (shift === 1) return r.m < start ? r.y : r.y + 1;
  // "the school opened in the autumn", said in June: a season not yet begun is last year's in a past clause.
  if (shift === null && !ctx.forward && start > r.m && narrated) return r.y - 1;
  // "could strike until the spring", said in December: a forward clause means the next one once this year's is over
  if (shift === null && ctx.forward && start <= end && end < r.m) return r.y + 1;
  return r.y;
}

/** "each summer", "every spring", "every January": the season or month of every year, a set (`XXXX-SU`, `XXXX-01`). */
/** Words of a rate right before "a" and a season ("twice a winter", "three times a summer"). */
const RATE_WORDS: ReadonlySet<string> = new Set(['once', 'twice', 'thrice', 'times']);

export const recurring: Parser = {
  id: 'periods.recurring',
  match(v, i) {
    // "once or twice a winter", "three times a summer": a rate per season is that season of every year
    const perSeason = (word(v, i) === 'a' && RATE_WORDS.has(word(v, i - 1))) ? SEASONS.get(word(v, i + 1)) : undefined;
    if (perSeason !== undefined && !isCap(v, i + 1)) {
      const value = `XXXX-${perSeason}`;
      return [{ from: i, to: i + 2, type: 'SET', rule: 'periods.season-rate', role: 'set', resolve: () => ({ value, stated: ['season'], inferred: [] }) }];
    }
    if (!SET_DETERMINERS.has(word(v, i))) return [];
    const w = word(v, i + 1);
    const code = SEASONS.get(w);
    if (code !== undefined && !isCap(v, i + 1)) {
      const value = `XXXX-${code}`;
      return [{ from: i, to: i + 2, type: 'SET', rule: 'periods.season-set', role: 'set', resolve: () => ({ value, stated: ['season'], inferred: [] }) }];
    }
    const part = PARTS_OF_DAY.get(w);
    if (part !== undefined) {
      // "every night", "each morning": that part of every day
      const value = `XXXX-XX-XXT${part}`;
      return [{ from: i, to: i + 2, type: 'SET', rule: 'periods.part-of-day-set', role: 'set', resolve: () => ({ value, stated: ['partOfDay'], inferred: [] }) }];
    }
    const month = MONTHS.get(w);
    const dayNum = month === undefined ? null : /^\d{1,2}$/.test(word(v, i + 2)) ? Number(word(v, i + 2)) : null;
    if (month !== undefined && isCap(v, i + 1) && dayNum !== null && validDay(2000, month.month, dayNum) && !/^\d/.test(word(v, i + 3))
      && !(word(v, i + 3) === ',' && yearToken(v, i + 4) !== null)) {
      // "every June 12": that day of every year (not "every June 12, 2020")
      const value = `XXXX-${String(month.month).padStart(2, '0')}-${String(dayNum).padStart(2, '0')}`;
      return [{ from: i, to: i + 3, type: 'SET', rule: 'periods.day-set', role: 'set', resolve: () => ({ value, stated: ['month', 'day'], inferred: [] }) }];
    }
    if (month !== undefined && !month.abbreviation && isCap(v, i + 1) && !/^\d/.test(word(v, i + 2))) {
      const value = `XXXX-${String(month.month).padStart(2, '0')}`;
      return [{ from: i, to: i + 2, type: 'SET', rule: 'periods.month-set', role: 'set', resolve: () => ({ value, stated: ['month'], inferred: [] }) }];
    }
    return [];
  },
};

/** "expected to fall", "to fall 15%", "to fall by 3%": the verb, not the season (FALL_VERB_HEADS, FALL_VERB_FOLLOWERS). */
function fallVerb(v: View, at: number): boolean {
  if (word(v, at) !== 'fall' || word(v, at - 1) !== 'to') return false;
  const next = v.toks[at + 1];
  return FALL_VERB_HEADS.has(word(v, at - 2)) || FALL_VERB_FOLLOWERS.has(word(v, at + 1)) || (next?.kind === 'number' && yearToken(v, at + 1) === null) || next?.pos === 'ADV';
}

/** Token `i` opens its sentence (past an opening quote mark). */
function sentenceOpening(v: View, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (v.toks[k]?.kind === 'word' || !OPENING_MARKS.has(word(v, k))) return false;
  return true;
}

const OPENING_MARKS: ReadonlySet<string> = new Set(['"', "'", '“', '‘', '(']);

/** A verb or an auxiliary right after token `i` ("Summer has …", "Spring starts …"). */
function verbAfter(v: View, i: number): boolean {
  const t = v.toks[i + 1];
  return t !== undefined && t.kind === 'word' && (t.pos === 'AUX' || t.pos === 'VERB') && !isCap(v, i + 1);
}

/** "a wetter spring", "a long hot summer", "a mild winter": a season after an article and adjectives (not "a hot spring", a source). */
function describedSeason(v: View, at: number): boolean {
  let k = at - 1;
  // "a long, cold winter": commas between the adjectives
  while (k >= 0 && at - k <= 4 && (v.toks[k]?.pos === 'ADJ' || (word(v, k) === ',' && v.toks[k - 1]?.pos === 'ADJ')) && !(word(v, at) === 'spring' && word(v, k) === 'hot')) k--;
  if (k >= at - 1) return false;
  // "the earliest spring flowers", "a cheap summer holiday": the season word modifies a noun
  const next = v.toks[at + 1];
  if (next !== undefined && next.pos === 'NOUN' && !next.tags.has('Date') && word(v, at + 1) !== 'season') return false;
  if (word(v, k) === 'most' || word(v, k) === 'least') k--; // "the most brutal winter"
  const det = word(v, k);
  if (det === 'a' || det === 'an' || det === 'this' || det === 'next' || det === 'last') return true;
  // "the wettest winter since 2014", "the most brutal summer": after "the", a superlative ranks one season among the years
  if (det !== 'the') return false;
  for (let j = k + 1; j < at; j++) if (superlativeAt(v, j)) return true;
  return false;
}

/** "this summer", "the fall season", "winter of 2023", and "the holiday season" (the December holidays). */
export const season: Parser = {
  id: 'periods.season',
  match(v, i) {
    const shift = RELATIVE_SHIFT.get(word(v, i));
    const at = shift === undefined ? i : i + 1;
    const w = word(v, at);
    if (w === 'holiday' && word(v, at + 1) === 'season') {
      return [{
        from: i, to: at + 2, type: 'DATE', rule: 'periods.holiday-season', role: 'other',
        resolve: (ctx) => (ctx.ref === null ? { value: 'XXXX', stated: [], inferred: [] } : { value: String(ctx.ref.m <= 2 ? ctx.ref.y - 1 : ctx.ref.y), stated: [], inferred: ['year'] }),
      }];
    }
    const code = SEASONS.get(w);
    if (code === undefined || fallVerb(v, at)) return [];
    // "Summer has barely begun", "Spring starts on September 1": a season heading its sentence before its verb
    const opening = shift === undefined && w !== 'fall' && isCap(v, at) && sentenceOpening(v, at) && verbAfter(v, at);
    if (isCap(v, at) && !opening) return [];
    const seasonWord = word(v, at + 1) === 'season' ? 1 : 0;
    const tail = trailingYear(v, at + 1 + seasonWord);
    const prev = word(v, i - 1);
    const context = opening || shift !== undefined || seasonWord === 1 || tail.year !== null || DATE_CONTEXT.has(prev) || prev === 'the' || describedSeason(v, at);
    if (!context || (word(v, at + 1) === 'of' && tail.to === at + 1)) return [];
    // "the fall in prices", "a fall in demand": the noun of falling (not "in the fall in 2024", not "fall in Vermont")
    if (w === 'fall' && word(v, at + 1) === 'in' && yearToken(v, at + 2) === null && !isCap(v, at + 2) && !DATE_CONTEXT.has(prev)) return [];
    const sh = shift ?? null;
    const past = narratedBefore(v, i);
    // "the summer of 2019", "in the fall": the article joins the span, as with "the 1990s".
    const the = shift === undefined && seasonWord === 0 && prev === 'the' ? 1 : 0; // "fall season" keeps its own extent
    return [{
      from: i - the, to: Math.max(tail.to, at + 1 + seasonWord), type: 'DATE', rule: 'periods.season', role: 'other',
      resolve: (ctx): Resolved => {
        const relative = tail.year === null && tail.to > at + 1 + seasonWord; // "the spring of last year"
        // "in 1971, and that summer …": the season of the year the text just gave
        const told = prev === 'that' && sh === null && ctx.anchor !== null ? ctx.anchor.y : null;
        // "in 2019, when 88 people fell ill over the spring": the year the clause states, in a clause that does not look ahead
        const framed = sh === null && !ctx.forward && ctx.sentenceYear != null && (ctx.ref === null || ctx.sentenceYear <= ctx.ref.y) ? ctx.sentenceYear : null;
        const y = statedYear(tail, ctx) ?? told ?? framed ?? (relative ? (ctx.ref === null ? null : ctx.ref.y + tail.shift) : seasonYear(ctx, code, sh, past));
        return { value: `${y ?? 'XXXX'}-${code}`, stated: tail.year === null ? ['season'] : ['year', 'season'], inferred: tail.year === null && y !== null ? ['year'] : [] };
      },
    }];
  },
};

/** The day of a holiday in year `y`. */
function holidayDay(rule: Holiday['rule'], y: number): Ymd {
  if ('easter' in rule) return addDays(easterSunday(y), rule.easter);
  if ('day' in rule) return { y, m: rule.month, d: rule.day };
  return addDays(nthWeekday(y, rule.month, rule.weekday, rule.nth), rule.offsetDays ?? 0);
}

/** The holiday's day the clause means: "last Easter" the latest before `ref`, "next Christmas" the first after it, else by the year rule. */
function holidayDate(ctx: Ctx, rule: Holiday['rule'], shift: number | null): Ymd | null {
  const ref = ctx.ref;
  if (ref === null) return null;
  if (shift === -1 || shift === 1) {
    const years = shift === -1 ? [ref.y, ref.y - 1] : [ref.y, ref.y + 1];
    for (const y of years) {
      const d = holidayDay(rule, y);
      const gap = daysBetween(ref, d);
      if (shift === -1 ? gap < 0 : gap > 0) return d;
    }
    return null;
  }
  if (shift === 0) return holidayDay(rule, ref.y);
  const y = yearFor(ctx, holidayDay(rule, ref.y).m);
  return y === null ? null : holidayDay(rule, y);
}

/** "Christmas Day", "Good Friday", "last Easter", "next Thanksgiving": a holiday's day (not "Christmas Island", a name). */
export const holiday: Parser = {
  id: 'periods.holiday',
  match(v, i) {
    const sh = RELATIVE_SHIFT.get(word(v, i));
    const at = sh === undefined ? i : i + 1;
    if (!isCap(v, at)) return [];
    for (const h of HOLIDAY_INDEX.get(word(v, at)) ?? []) {
      if (!h.words.every((hw, k) => word(v, at + k) === hw)) continue;
      const to = at + h.words.length;
      // "Christmas Island", "Easter Rising": a capitalised word after the holiday makes it part of a name.
      if (v.toks[to]?.kind === 'word' && isCap(v, to)) return [];
      if (h.notFollowedBy?.includes(word(v, to)) === true || (h.bare === true && at > 0 && isCap(v, at - 1))) return [];
      const shift = sh ?? null;
      // "Christmas 2019", "Easter of 2021": a year right after the holiday fixes it.
      const tail = shift === null ? trailingYear(v, to) : null;
      const year = tail !== null && tail.year !== null && tail.short === null ? tail.year : null;
      // "Christmas weekend", "over the Easter weekend": the weekend of the holiday
      if (year === null && word(v, to) === 'weekend') {
        return [{
          from: i, to: to + 1, type: 'DATE', rule: `${h.id}-weekend`, role: 'date',
          resolve: (ctx) => {
            const d = holidayDate(ctx, h.rule, shift);
            return d === null ? { value: 'XXXX-WXX-WE', stated: [], inferred: [] } : { value: weekendOf(d), stated: [], inferred: ['year', 'week'] };
          },
        }];
      }
      return [{
        from: i, to: year === null ? to : (tail?.to ?? to), type: 'DATE', rule: h.id, role: 'day',
        resolve: (ctx) => {
          const r = h.rule;
          if (year !== null) return { value: fmtDay(holidayDay(r, year)), stated: ['year', 'month', 'day'], inferred: [] };
          // "Polls opened on Christmas Day" in June is last December's.
          const d = holidayDate(ctx, r, shift);
          if (d !== null) return { value: fmtDay(d), stated: ['month', 'day'], inferred: ['year'] };
          if ('day' in r) return { value: fmtDay({ y: null, m: r.month, d: r.day }), stated: ['month', 'day'], inferred: [] };
          return { value: 'easter' in r ? 'XXXX-XX-XX' : `XXXX-${String(r.month).padStart(2, '0')}-XX`, stated: 'easter' in r ? [] : ['month'], inferred: [] };
        },
      }];
    }
    return [];
  },
};

const HALVES: ReadonlyMap<string, 1 | 2> = new Map([['first', 1], ['second', 2]]);

/** The nth week of a month, as ISO 8601 counts weeks (a week is the month's whose Thursday it holds): the week of its nth Thursday. */
const WEEK_OF_MONTH_NTH: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1]]);

const THURSDAY = 4;

/** "the first week of June", "the last week of March 2027": the ISO week (`2026-W23`). */
export const weekOfMonth: Parser = {
  id: 'periods.week-of-month',
  match(v, i) {
    if (word(v, i) !== 'the') return [];
    const nth = WEEK_OF_MONTH_NTH.get(word(v, i + 1));
    if (nth === undefined || word(v, i + 2) !== 'week' || word(v, i + 3) !== 'of') return [];
    const month = MONTHS.get(word(v, i + 4));
    if (month === undefined) return [];
    const tail = trailingYear(v, i + 5);
    const m = month.month;
    return [{
      from: i, to: tail.to, type: 'DATE', rule: 'periods.week-of-month', role: 'date',
      resolve: (ctx): Resolved => {
        const y = statedYear(tail, ctx) ?? yearFor(ctx, m);
        if (y === null) return { value: 'XXXX-WXX', stated: ['month'], inferred: [] };
        const w = isoWeek(nthWeekday(y, m, THURSDAY, nth));
        return { value: fmtWeek(w.y, w.w), stated: tail.year === null ? ['month', 'week'] : ['year', 'month', 'week'], inferred: tail.year === null ? ['year'] : [] };
      },
    }];
  },
};

/** "the second half of 2017", "the first half of the year", "the second half of next year": `YYYY-H2`. */
export const half: Parser = {
  id: 'periods.half',
  match(v, i) {
    const the = word(v, i) === 'the' ? 1 : 0;
    const h = HALVES.get(word(v, i + the));
    if (h === undefined || word(v, i + the + 1) !== 'half' || word(v, i + the + 2) !== 'of') return [];
    const at = i + the + 3;
    const tail = trailingYear(v, at);
    const current = tail.to === at && word(v, at) === 'the' && word(v, at + 1) === 'year'; // "of the year": the current one
    if (tail.to === at && !current) return [];
    const shift = tail.shift;
    return [{
      from: i, to: current ? at + 2 : tail.to, type: 'DATE', rule: 'periods.half', role: 'other',
      resolve: (ctx): Resolved => {
        const y = statedYear(tail, ctx) ?? (ctx.ref === null ? null : ctx.ref.y + shift);
        return { value: `${y ?? 'XXXX'}-H${h}`, stated: tail.year === null ? [] : ['year'], inferred: tail.year === null && y !== null ? ['year'] : [] };
      },
    }];
  },
};
