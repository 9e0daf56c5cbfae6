/** Calendar dates the text spells out: "May 5, 2025", "6 July", "2025-05-04", "May 2011", "February". */
import { DAY_ORDINALS, MONTHS, RELATIVE_SHIFT, WEEKDAYS, DATE_CONTEXT, TEMPORAL_PREPOSITIONS as PREPOSITIONS, RANGE_WORDS, type MonthEntry } from '../../../lexicons/en/dates.js';
import type { Cand, Ctx, Parser, Resolved, View } from '../context.js';
import { isCap, touches, withDot, word } from '../context.js';
import { fmtMonth, parseYmd, validDay, weekendOf } from '../calendar.js';
import { dayValue, yearFor } from '../resolve.js';

const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;
const YEAR = /^(1\d{3}|20\d{2})$/;
const EDGE_PREFIX = /^(?:mid|early|late)-/;

interface MonthAt {
  readonly entry: MonthEntry;
  /** Token index after the month (and its full stop). */
  readonly next: number;
  /** The month came with a prefix ("mid-March"), so it is a date on its own. */
  readonly prefixed: boolean;
}

export function monthAt(v: View, i: number): MonthAt | null {
  const t = v.toks[i];
  if (t === undefined || t.kind !== 'word') return null;
  const lower = word(v, i);
  const prefixed = EDGE_PREFIX.test(lower);
  const name = prefixed ? lower.slice(lower.indexOf('-') + 1) : lower;
  const entry = MONTHS.get(name);
  if (entry === undefined) return null;
  const first = t.text.charAt(t.text.length - name.length);
  if (first === first.toLowerCase()) return null; // "may", "march": a modal or a verb
  return { entry, next: entry.abbreviation ? withDot(v, i) : i + 1, prefixed };
}

function dayAt(v: View, i: number): number | null {
  const m = DAY.exec(word(v, i));
  if (m === null) return null;
  const n = Number(m[1]);
  const after = word(v, i + 1);
  if (n < 1 || n > 31 || after === ':' || after === '%' || after === 'percent') return null;
  return n;
}

function yearAt(v: View, i: number): number | null {
  return YEAR.test(word(v, i)) ? Number(word(v, i)) : null;
}

/** Two-digit years with no reference date ("Aug 9, '96"): before 50 in this century, else the last. */
const SHORT_PIVOT = 50;

/** The year of a two-digit year: this century up to ten years past the reference year, else the last ("'41" in 2025 is 1941). */
export function centuryOf(yy: number, ref: number | null): number {
  const limit = ref === null ? SHORT_PIVOT - 1 : (ref % 100) + 10;
  return (yy <= limit ? 2000 : 1900) + yy;
}

/** "'96" (two tokens) after a month and day; the two digits, or null. */
function shortYearAt(v: View, i: number): number | null {
  const w = word(v, i);
  const two = word(v, i + 1);
  if ((w !== "'" && w !== '’') || !touches(v, i) || !/^\d{2}$/.test(two)) return null;
  return Number(two);
}

/** Participles that work as prepositions: after one, two bare digits still end a date ("Aug 9 96 according to the deed"). */
const PREPOSITION_LIKE: ReadonlySet<string> = new Set(['according', 'following', 'including', 'regarding', 'concerning', 'pending']);

/** "Aug 9 96 in Tulsa", "Aug 9, 96": two bare digits after the day are its year unless they count a noun ("march 3 12 soldiers"). */
function bareShortYearAt(v: View, i: number): number | null {
  const t = v.toks[i];
  if (t === undefined || t.kind !== 'number' || !/^\d{2}$/.test(t.text)) return null;
  const after = v.toks[i + 1];
  if (after !== undefined && after.kind !== 'punct' && !PREPOSITION_LIKE.has(after.text.toLowerCase()) && (after.kind === 'number' || ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(after.pos))) return null;
  if (after !== undefined && ['%', ':', '/', '-'].includes(after.text) && after.start === t.end) return null;
  // "96.5" is a number; "Born Aug 9, 96." ends its sentence with the year.
  const decimal = v.toks[i + 2];
  if (after !== undefined && after.text === '.' && after.start === t.end && decimal !== undefined && decimal.kind === 'number' && decimal.start === after.end) return null;
  return Number(t.text);
}

/** A year partner: a stated year ("26 July – 22 August 2024") or a shift from the reference year ("March 3 to 7 next year"). */
type Partner = { readonly year: number } | { readonly shift: number } | null;

function monthDay(ctx: Ctx, m: number, d: number, y: number | null, partner: Partner): Resolved {
  const py = partner === null ? null : 'year' in partner ? partner.year : ctx.ref === null ? null : ctx.ref.y + partner.shift;
  const year = y ?? py ?? yearFor(ctx, m);
  return dayValue({ y: year, m, d }, y === null ? ['month', 'day'] : ['year', 'month', 'day'], ctx.ref !== null || py !== null);
}

/** "last year", "next year", "this year" at `i`: the shift, or null. */
function yearShiftAt(v: View, i: number): number | null {
  const s = RELATIVE_SHIFT.get(word(v, i));
  return s !== undefined && word(v, i + 1) === 'year' && word(v, i) !== 'past' ? s : null;
}


/**
 * "26 July – 22 August 2024": a yearless first half of a range takes the year the second half states.
 * Looks at most a few tokens ahead.
 */
function partnerYear(v: View, end: number, start = -1): Partner {
  return rangePartnerYear(v, end) ?? (start < 0 ? null : clauseYear(v, start));
}

function rangePartnerYear(v: View, end: number): Partner {
  const own = yearShiftAt(v, end);
  if (own !== null) return { shift: own }; // "the fourth of July last year"
  if (!RANGE_WORDS.has(word(v, end))) return null;
  for (let k = end + 1; k <= end + 5 && k < v.toks.length; k++) {
    const y = yearAt(v, k);
    if (y !== null) return { year: y };
    const shift = yearShiftAt(v, k);
    if (shift !== null) return { shift };
    const w = word(v, k);
    if (w !== ',' && w !== '.' && !DAY.test(w) && !MONTHS.has(w)) return null;
  }
  return null;
}

/** How far back the clause of a yearless day may name its year. */
const CLAUSE_YEAR_REACH = 8;
const CLAUSE_YEAR_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'but', 'while', 'when', 'after', 'before', '(', '—', '–']);

/**
 * "next year's event would run from May 28 to 30", "last year's fair opened on Aug. 4": a relative
 * year earlier in the clause of a yearless day gives it its year.
 */
function clauseYear(v: View, start: number): Partner {
  for (let k = start - 1; k >= 0 && k >= start - CLAUSE_YEAR_REACH; k--) {
    if (CLAUSE_YEAR_BREAKS.has(word(v, k))) return null;
    const shift = word(v, k) === 'year' ? yearShiftAt(v, k - 1) : null;
    if (shift !== null) return { shift };
  }
  return null;
}

function monthOnly(ctx: Ctx, m: number, y: number | null): Resolved {
  const year = y ?? yearFor(ctx, m);
  return {
    value: fmtMonth(year, m),
    stated: y === null ? ['month'] : ['year', 'month'],
    inferred: y === null && year !== null ? ['year'] : [],
  };
}

/** The end of "(of) that year" / "(of) the same year" starting at token `i`, or null. */
function anaphoricYearEnd(v: View, i: number): number | null {
  const k = word(v, i) === 'of' ? i + 1 : i;
  if (word(v, k) === 'that' && word(v, k + 1) === 'year') return k + 2;
  if (word(v, k) === 'the' && word(v, k + 1) === 'same' && word(v, k + 2) === 'year') return k + 3;
  return null;
}

/** "(of) last year", "(of) next year", "of the previous year": the end, the step in years, and what it steps from. */
function relativeYearAt(v: View, i: number): { readonly end: number; readonly shift: number; readonly from: 'today' | 'anchor' } | null {
  if (word(v, i) !== 'of') return null;
  const w = word(v, i + 1);
  if (word(v, i + 2) === 'year' && (w === 'last' || w === 'this' || w === 'next')) return { end: i + 3, shift: w === 'last' ? -1 : w === 'next' ? 1 : 0, from: 'today' };
  if (w === 'the' && word(v, i + 3) === 'year' && (word(v, i + 2) === 'previous' || word(v, i + 2) === 'following')) return { end: i + 4, shift: word(v, i + 2) === 'previous' ? -1 : 1, from: 'anchor' };
  return null;
}

/** A month in the year the text names from today ("November of last year") or from its last date ("May of the following year"). */
function monthOfRelativeYear(ctx: Ctx, m: number, shift: number, from: 'today' | 'anchor'): Resolved {
  const base = from === 'today' ? (ctx.today?.y ?? ctx.ref?.y ?? null) : (ctx.anchor?.y ?? null);
  const y = base === null ? null : base + shift;
  return { value: fmtMonth(y, m), stated: ['month'], inferred: y === null ? [] : ['year'] };
}

/** A month in the year of the last date the text gave (`XXXX-09` when it gave none). */
function monthOfAnchorYear(ctx: Ctx, m: number): Resolved {
  const y = ctx.anchor?.y ?? null;
  return { value: fmtMonth(y, m), stated: ['month'], inferred: y === null ? [] : ['year'] };
}

/** A capitalised word that is not itself a date word: "April [Moreno]", "[Theresa] May". */
function nameWord(v: View, i: number): boolean {
  const w = word(v, i);
  return isCap(v, i) && !MONTHS.has(w) && !WEEKDAYS.has(w) && !DATE_CONTEXT.has(w);
}

/** US order: "May 5, 2025", "Aug. 20", "May 2011", "March of 2020", and a month alone in date context. */
/** "In June the 5th division left": the ordinal counts the noun after it, it is no day. */
function ordinalOfNoun(v: View, i: number): boolean {
  const t = v.toks[i];
  return t !== undefined && t.kind === 'word' && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ');
}

export const monthFirst: Parser = {
  id: 'absolute.month-first',
  match(v, i) {
    const at = monthAt(v, i);
    if (at === null) return [];
    const { entry, next } = at;
    const m = entry.month;
    // "June the 5th", "October the twenty-first": an ordinal day after "the" ("in June the first troops left" counts troops).
    // ("in June the first, second and third battalions left" lists ordinals of a noun)
    const listed = [',', 'and', 'or'].includes(word(v, next + 2)) && DAY_ORDINALS.has(word(v, next + 3));
    const theWord = word(v, next) === 'the' && !listed ? (DAY_ORDINALS.get(word(v, next + 1)) ?? null) : null;
    const theDay = word(v, next) === 'the' && (ORDINAL_DAY.test(word(v, next + 1)) || theWord !== null) && !ordinalOfNoun(v, next + 2) ? 1 : 0;
    // "March fourteenth", "June twenty-ninth": an ordinal word for the day, not counting a noun after it.
    const wordDay = theDay === 0 && dayAt(v, next) === null && !ordinalOfNoun(v, next + 1) ? (DAY_ORDINALS.get(word(v, next)) ?? null) : null;
    const day = dayAt(v, next + theDay) ?? (theDay === 1 ? theWord : wordDay);
    if (day !== null) {
      let y: number | null = null;
      let end = next + theDay + 1;
      const comma = word(v, end) === ',' ? 1 : 0;
      const year = yearAt(v, end + comma);
      const short = year === null ? shortYearAt(v, end + comma) : null;
      const bare = year === null && short === null ? bareShortYearAt(v, end + comma) : null;
      let yy: number | null = null;
      if (year !== null) {
        y = year;
        end = end + comma + 1;
      } else if (short !== null || bare !== null) {
        yy = short ?? bare;
        end = end + comma + (short !== null ? 2 : 1);
      }
      if (!validDay(y ?? (yy === null ? 2000 : 2000 + yy), m, day)) return [];
      const py = y === null && yy === null ? partnerYear(v, end, i) : null;
      const two = yy;
      // "over the July 4 weekend": the weekend of that day
      if (word(v, end) === 'weekend') {
        return [{
          from: i, to: end + 1, type: 'DATE', rule: 'absolute.month-day-weekend', role: 'date',
          resolve: (ctx) => {
            const d = parseYmd(monthDay(ctx, m, day, two === null ? y : centuryOf(two, ctx.ref?.y ?? null), py).value);
            return d === null ? { value: 'XXXX-WXX-WE', stated: [], inferred: [] } : { value: weekendOf(d), stated: [], inferred: ['year', 'week'] };
          },
        }];
      }
      return [{
        from: i, to: end, type: 'DATE', rule: y === null && two === null ? 'absolute.month-day' : 'absolute.month-day-year', role: 'day',
        resolve: (ctx) => monthDay(ctx, m, day, two === null ? y : centuryOf(two, ctx.ref?.y ?? null), py),
      }];
    }
    // "June '72", "June of '72".
    const shortOf = word(v, next) === 'of' ? 1 : 0;
    const monthShort = shortYearAt(v, next + shortOf);
    if (monthShort !== null && !at.prefixed) {
      return [{ from: i, to: next + shortOf + 2, type: 'DATE', rule: 'absolute.month-short-year', role: 'date', resolve: (ctx) => monthOnly(ctx, m, centuryOf(monthShort, ctx.ref?.y ?? null)) }];
    }
    // "in September of that year", "in May the same year": the month of the year the text last gave.
    const thatYear = anaphoricYearEnd(v, next);
    if (thatYear !== null) {
      return [{ from: i, to: thatYear, type: 'DATE', rule: 'absolute.month-that-year', role: 'date', resolve: (ctx) => monthOfAnchorYear(ctx, m) }];
    }
    // "in November of last year", "in May of the following year": one date, the month of that year
    const relYear = relativeYearAt(v, next);
    if (relYear !== null) {
      return [{ from: i, to: relYear.end, type: 'DATE', rule: 'absolute.month-relative-year', role: 'date', resolve: (ctx) => monthOfRelativeYear(ctx, m, relYear.shift, relYear.from) }];
    }
    const ofYear = word(v, next) === 'of' ? yearAt(v, next + 1) : null;
    const year = ofYear ?? yearAt(v, next);
    if (year !== null) {
      return [{ from: i, to: ofYear !== null ? next + 2 : next + 1, type: 'DATE', rule: 'absolute.month-year', role: 'date', resolve: (ctx) => monthOnly(ctx, m, year) }];
    }
    if (entry.abbreviation && !at.prefixed) return [];
    if (nameWord(v, next) && !PREPOSITIONS.has(word(v, i - 1))) return []; // "April Moreno", "and August Brask"
    if (i > 0 && nameWord(v, i - 1)) return []; // "Theresa May"
    // A month name that is all its sentence says ("June.") is the month.
    const alone = v.toks.every((t, k) => k === i || t.kind === 'punct');
    if (entry.ambiguous && !at.prefixed && !alone && !DATE_CONTEXT.has(word(v, i - 1)) && !superlativeMonth(v, i)) return [];
    if (entry.ambiguous && listedSubject(v, i, next)) return []; // "…, and May added a third": a surname, not the month
    // "will publish its November sales figures": a month that names the data it measured is gone, whatever the tense
    const data = DATA_NOUNS.has(word(v, next)) || (DATA_NOUNS.has(word(v, next + 1)) && v.toks[next]?.pos === 'NOUN');
    return [{ from: i, to: next, type: 'DATE', rule: 'absolute.month', role: 'date', resolve: (ctx) => monthOnly(data ? { ...ctx, forward: false, past: true } : ctx, m, null) }];
  },
};

/** Nouns of data a month measured ("the November sales figures", "its October jobs report"). */
const DATA_NOUNS: ReadonlySet<string> = new Set(['figures', 'data', 'numbers', 'statistics', 'report', 'results', 'payrolls', 'inflation']);

/** Words that pair two days of one month: "Feb. 16 and 17", and the alternative "July 12 or 13". */
const DAY_LINKS: ReadonlySet<string> = new Set(['and', '&', 'or']);

/**
 * "between May 28 and 30", "between 3 and 7 March 2024": a range of days in one month, one date per end
 * (the guidelines' range rule). Only after "between": two days merely listed ("on April 21 and 22") are
 * not annotated apart in the corpus, and "on March 3 and 40 other bills" counts.
 */
export const betweenDays: Parser = {
  id: 'absolute.between-days',
  match(v, i) {
    const day = v.toks[i]?.kind === 'number' ? dayAt(v, i) : null;
    if (day === null) return [];
    // "on 3 and 4 March": the earlier day, before the later one that carries the month
    // "from 1 to 12 August": the same with "from … to"
    const paired = (DAY_LINKS.has(word(v, i + 1)) && word(v, i - 1) === 'between') || (RANGE_WORDS.has(word(v, i + 1)) && word(v, i + 1) !== 'and' && word(v, i - 1) === 'from');
    const later = paired ? dayAt(v, i + 2) : null;
    const ahead = later === null ? null : monthAt(v, i + 3);
    if (later !== null && ahead !== null && later > day && validDay(2000, ahead.entry.month, day)) {
      const m = ahead.entry.month;
      const stated = yearAt(v, ahead.next); // "between 3 and 7 March 2024"
      const py = stated !== null ? { year: stated } : partnerYear(v, ahead.next, i);
      return [{ from: i, to: i + 1, type: 'DATE', rule: 'absolute.between-day', role: 'day', resolve: (ctx) => monthDay(ctx, m, day, null, py) }];
    }
    const d2 = day;
    if (!DAY_LINKS.has(word(v, i - 1))) return [];
    const d1 = dayAt(v, i - 2);
    const monthIndex = monthAt(v, i - 3)?.next === i - 2 ? i - 3 : i - 4; // "Sept. 25": the month and its full stop
    const at = monthAt(v, monthIndex);
    // "between Sept. 25 and 28", "cut flights on Feb. 16 and 17": the later day of a pair takes the earlier one's month
    if (d1 === null || at === null || at.next !== i - 2 || d2 <= d1) return [];
    const after = v.toks[i + 1];
    if (after !== undefined && after.kind !== 'punct' && (after.kind === 'number' || MONTHS.has(word(v, i + 1)) || ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(after.pos))) return [];
    const m = at.entry.month;
    if (!validDay(2000, m, d2)) return [];
    const py = partnerYear(v, i + 1, i - 3);
    return [{ from: i, to: i + 1, type: 'DATE', rule: 'absolute.between-day', role: 'day', resolve: (ctx) => monthDay(ctx, m, d2, null, py) }];
  },
};

/**
 * "Asante scored, and May added a third", "and May said": an ambiguous month name after a list word and
 * before a verb is a person, unless the word before the list is a month ("April and May saw rises").
 */
function listedSubject(v: View, i: number, next: number): boolean {
  const link = word(v, i - 1);
  return (link === 'and' || link === 'or') && v.toks[next]?.pos === 'VERB' && !MONTHS.has(word(v, i - 2));
}

/** "the wettest May on record", "the hottest June": "the" and a superlative make a month of an ambiguous name. */
function superlativeMonth(v: View, i: number): boolean {
  const adj = word(v, i - 1);
  return word(v, i - 2) === 'the' && adj.length > 5 && adj.endsWith('est') && v.toks[i - 1]?.pos === 'ADJ';
}

/** "3-2", "24/7": the second number of a score, a ratio or an idiom glued to another number. */
function scoreTail(v: View, i: number): boolean {
  return ['-', '–', '/', ':'].includes(word(v, i - 1)) && touches(v, i - 1) && touches(v, i - 2) && v.toks[i - 2]?.kind === 'number';
}

/** UK order: "6 July", "26 July 2025", "5th of May". */
export const dayFirst: Parser = {
  id: 'absolute.day-first',
  match(v, i) {
    const day = dayAt(v, i);
    if (day === null || scoreTail(v, i)) return [];
    const of = word(v, i + 1) === 'of' ? 1 : 0;
    const at = monthAt(v, i + 1 + of);
    if (at === null || at.prefixed) return [];
    const m = at.entry.month;
    const comma = word(v, at.next) === ',' ? 1 : 0;
    const y = yearAt(v, at.next + comma);
    if (!validDay(y ?? 2000, m, day)) return [];
    const to = y === null ? at.next : at.next + comma + 1;
    const py = y === null ? partnerYear(v, to, i) : null;
    return [{ from: i, to, type: 'DATE', rule: y === null ? 'absolute.day-month' : 'absolute.day-month-year', role: 'day', resolve: (ctx) => monthDay(ctx, m, day, y, py) }];
  },
};

/** The day number of an ordinal word or numeral ("first", "twenty-first", "30th"), or null. */
function ordinalDay(w: string): number | null {
  const num = ORDINAL_DAY.exec(w);
  return num !== null ? Number(num[1]) : (DAY_ORDINALS.get(w) ?? null);
}

/**
 * "the first of May", "the 30th of June", "the twenty-first of May 2024", and the day written out
 * with "day" as in notices and deeds: "the first day of April", "this 30th day of March 2026".
 * Without "the", only with "day" ("30th day of March"). "the 1st of the month" is the publication
 * month's day.
 */
export const ordinalOf: Parser = {
  id: 'absolute.ordinal-of',
  match(v, i) {
    const the = word(v, i) === 'the' ? 1 : 0;
    const day = ordinalDay(word(v, i + the));
    if (day === null) return [];
    const dayWord = word(v, i + the + 1) === 'day' ? 1 : 0;
    if (the + dayWord === 0 || (the === 0 && ordinalDay(word(v, i - 1)) !== null)) return [];
    const of = i + the + 1 + dayWord;
    if (word(v, of) !== 'of') return [];
    if (word(v, of + 1) === 'the' && word(v, of + 2) === 'month' && the === 1 && day <= 31) {
      return [{
        from: i, to: of + 3, type: 'DATE', rule: 'absolute.ordinal-of-the-month', role: 'day',
        resolve: (ctx) => dayValue({ y: ctx.ref?.y ?? null, m: ctx.ref?.m ?? null, d: day }, ['day'], ctx.ref !== null),
      }];
    }
    const at = monthAt(v, of + 1);
    if (at === null || at.prefixed) return [];
    const m = at.entry.month;
    const comma = word(v, at.next) === ',' ? 1 : 0;
    const y = yearAt(v, at.next + comma);
    if (!validDay(y ?? 2000, m, day)) return [];
    const to = y === null ? at.next : at.next + comma + 1;
    return [{ from: i, to, type: 'DATE', rule: y === null ? 'absolute.ordinal-of' : 'absolute.ordinal-of-year', role: 'day', resolve: (ctx) => monthDay(ctx, m, day, y, y === null ? partnerYear(v, to, i) : null) }];
  },
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** "06.04.2026": dotted dates are day first (the guidelines' convention). */
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** "2025-05-04", US numeric "5/4/2025" and dotted "4.5.2025" (day first). */
export const numericDate: Parser = {
  id: 'absolute.numeric',
  match(v, i) {
    const w = word(v, i);
    const iso = ISO.exec(w);
    const us = iso === null ? SLASHED.exec(w) : null;
    const dotted = iso === null && us === null ? DOTTED.exec(w) : null;
    const parts = iso !== null ? [iso[1], iso[2], iso[3]] : us !== null ? [us[3], us[1], us[2]] : dotted !== null ? [dotted[3], dotted[2], dotted[1]] : null;
    if (parts === null) return [];
    const [y, m, d] = parts.map(Number) as [number, number, number];
    if (!validDay(y, m, d)) return [];
    const c: Cand = { from: i, to: i + 1, type: 'DATE', rule: iso !== null ? 'absolute.iso' : us !== null ? 'absolute.us-numeric' : 'absolute.dotted', role: 'day', resolve: () => dayValue({ y, m, d }, ['year', 'month', 'day'], true) };
    return [c];
  },
};


/** Prepositions before a lone day ("in the 15th" is a minute or an innings, not a day). */
const LONE_DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'from', 'since', 'until', 'till', 'by', 'through', 'before', 'after']);

/** Words that may follow "the 15th" when it is a day ("from the 15th, …", "the 15th and 16th"). */
const AFTER_LONE_DAY: ReadonlySet<string> = new Set(['and', 'or', 'but', 'to', 'through', 'until', 'till', 'when', 'at']);

/**
 * "from the 15th", "on the 3rd": a day of the month without its month, which is the month of the
 * last date the text gave (or of publication). Only after a temporal preposition and before a
 * clause break, so "the 15th century" and "the 3rd battalion" stay out.
 */
export const loneDay: Parser = {
  id: 'absolute.lone-day',
  match(v, i) {
    // ("then it's the 23rd": a day said to be the one, after "it is")
    const itIs = (word(v, i - 1) === "'s" || word(v, i - 1) === 'is' || word(v, i - 1) === 'was') && word(v, i - 2) === 'it';
    if (word(v, i) !== 'the' || (!LONE_DAY_PREPOSITIONS.has(word(v, i - 1)) && !itIs)) return [];
    const m = ORDINAL_DAY.exec(word(v, i + 1));
    const d = m === null ? 0 : Number(m[1]);
    if (d < 1 || d > 31) return [];
    const after = v.toks[i + 2];
    // a verb may follow ("the payment on the 15th was late"), a noun may not ("on the 3rd floor")
    if (after !== undefined && after.kind !== 'punct' && !AFTER_LONE_DAY.has(word(v, i + 2)) && after.pos !== 'AUX' && after.pos !== 'VERB') return [];
    return [{
      from: i, to: i + 2, type: 'DATE', rule: 'absolute.lone-day', role: 'day',
      resolve: (ctx) => {
        // "On May 31, she will vote … whatever happens on the 31st": the date the text stated with that day
        const same = ctx.statedDays?.get(d);
        if (same !== undefined) return dayValue({ y: same.y, m: same.m, d }, ['day'], true);
        const base = ctx.anchor !== null && ctx.anchor.m !== null ? ctx.anchor : ctx.ref;
        const known = base !== null && base.m !== null;
        // Against the publication date, a past clause means a day already gone ("left my account on the 30th",
        // said on the 7th: last month's 30th). (Not the other way: "Rent is due on the 15th" said on the 18th is a habit.)
        const r = ctx.ref;
        if (known && r !== null && base.y === r.y && base.m === r.m && base.d === r.d && ctx.past === true && d > r.d) {
          const y = r.m === 1 ? r.y - 1 : r.y;
          const m = r.m === 1 ? 12 : r.m - 1;
          if (validDay(y, m, d)) return dayValue({ y, m, d }, ['day'], true);
        }
        return dayValue({ y: known ? base.y : null, m: known ? base.m : null, d }, ['day'], known);
      },
    }];
  },
};
