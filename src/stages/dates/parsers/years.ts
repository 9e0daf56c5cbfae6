/** Years and decades: "in 1979", "2005-2009", "'24", "the 2050s", "the '90s". */
import { COUNTED_NOUNS, DAY_ORDINALS, DECADE_WORDS, DECADE_WORD_BLOCKERS, NUMBER_LABELS, NUMBER_WORDS, STREET_WORDS, TEMPERATURE_WORDS, TIME_ZONES } from '../../../lexicons/en/dates.js';
import type { Cand, Parser, View } from '../context.js';
import { isCap, touches, word } from '../context.js';

const MIN_YEAR = 1800;
const MAX_YEAR = 2099;
/** The last year read after a preposition of time ("in 2100"), and those prepositions. */
const FAR_YEAR = 2199;
const FAR_YEAR_LEADS: ReadonlySet<string> = new Set(['in', 'by', 'until', 'before', 'after', 'since', 'year']);

/** A four-digit number that reads as a year, not a count, an address, a phone or a clock time. */
export function yearToken(v: View, i: number): number | null {
  const t = v.toks[i];
  const w = word(v, i);
  if (t === undefined || !/^\d{4}$/.test(w)) return null;
  const n = Number(w);
  // "falls in 2100", "by 2150": a year of the next century only after a preposition of time
  if (n < MIN_YEAR || (n > MAX_YEAR && (n > FAR_YEAR || !FAR_YEAR_LEADS.has(word(v, i - 1))))) return null;
  const before = v.text.charAt(t.start - 1);
  const before2 = v.text.charAt(t.start - 2);
  const after = v.text.charAt(t.end);
  const after2 = v.text.charAt(t.end + 1);
  if ('$£€#'.includes(before) && before !== '') return null;
  if ((before === ',' || before === '.') && /\d/.test(before2)) return null; // 12,2025
  if ((after === ',' || after === '.') && /\d/.test(after2)) return null; // 2025,50
  if (after === '%' || after === ':') return null;
  if (NUMBER_LABELS.has(word(v, i - 1).replace(/\.$/, ''))) return null;
  // "Flight TX 1945", "route A 1920": a label, a code in capitals, then the number
  if (NUMBER_LABELS.has(word(v, i - 2)) && /^[A-Z0-9]{1,3}$/.test(v.toks[i - 1]?.text ?? '')) return null;
  if (before === '/' && /[A-Za-z]/.test(before2)) return null; // "C/2025 K3": a catalogue designation
  const next = word(v, i + 1);
  if (COUNTED_NOUNS.has(next) || TIME_ZONES.has(next) || STREET_WORDS.has(next)) return null;
  if (isCap(v, i + 1) && STREET_WORDS.has(word(v, i + 2))) return null; // 2025 Main Street
  if (v.toks[i - 1]?.kind === 'number' || v.toks[i + 1]?.kind === 'number') return null; // 555 2025
  if (word(v, i - 1) === '(' && v.toks[i - 2]?.kind === 'number') return null;
  // "We saw The 1975 in concert": inside a sentence, a capitalised "The" right before a number makes it a name
  // (a band, a title), unless a capitalised word follows (a headline's "The 2024 Race").
  if (i >= 2 && word(v, i - 1) === 'the' && isCap(v, i - 1) && v.toks[i - 2]?.kind === 'word' && !(v.toks[i + 1]?.kind === 'word' && isCap(v, i + 1))) return null;
  return n;
}

const yearCand = (from: number, y: number, rule: string, chars?: readonly [number, number]): Cand => ({
  from,
  to: from + 1,
  type: 'DATE',
  rule,
  role: 'date',
  ...(chars === undefined ? {} : { chars }),
  resolve: () => ({ value: String(y), stated: ['year'], inferred: [] }),
});

const RANGE = /^(\d{4})[-–](\d{4})$/;
const EDGED = /^(?:mid|early|late|pre|post)-(\d{4})$/;

/** Words before an early year ("in 1492", "the treaty of 1648", "since 1066"). */
const EARLY_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'since', 'from', 'until', 'till', 'circa', 'year', 'c.']);

/** Nouns of events and eras that "of" joins to a year ("the treaty of 1648", "the winter of 1709"). */
const HISTORIC_NOUNS: ReadonlySet<string> = new Set([
  'war', 'wars', 'battle', 'treaty', 'siege', 'peace', 'revolution', 'rebellion', 'uprising', 'revolt', 'plague', 'fire', 'flood',
  'earthquake', 'storm', 'famine', 'act', 'charter', 'constitution', 'council', 'summer', 'winter', 'spring', 'autumn', 'fall', 'year',
]);

/** A year before 1800: only after a year preposition and not counting what follows ("in 1500 cases"). */
function earlyYear(v: View, i: number): number | null {
  const w = word(v, i);
  // "c. 1790": the abbreviation of circa, its stop a token of its own
  // (read from the text: a sentence split may fall after "c.")
  const t0 = v.toks[i];
  const lead = t0 !== undefined && /(?:^|[^\p{L}])c\.\s?$/u.test(v.text.slice(Math.max(0, t0.start - 4), t0.start)) ? 'c.' : word(v, i - 1);
  if (!/^1[0-7]\d{2}$/.test(w) || !EARLY_YEAR_PREPOSITIONS.has(lead)) return null;
  // "the treaty of 1648", "the Great Fire of 1666"; not "a total of 1200".
  if (lead === 'of' && !isCap(v, i - 2) && !HISTORIC_NOUNS.has(word(v, i - 2))) return null;
  const t = v.toks[i];
  const after = v.toks[i + 1];
  if (t === undefined || (after !== undefined && after.start === t.end && after.kind !== 'punct')) return null;
  if (after !== undefined && (after.kind === 'number' || (after.kind === 'word' && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(after.pos)))) return null;
  if (after !== undefined && after.start === t.end && /^[%:,.]$/.test(after.text) && /\d/.test(v.text.charAt(after.end))) return null;
  return Number(w);
}

/** "FY2025": a fiscal year written as one token. */
const FISCAL_TOKEN = /^fy(\d{4}|\d{2})$/;

export const year: Parser = {
  id: 'years.year',
  match(v, i) {
    // "fiscal 2025", "fiscal year 2024", "FY 2025", "FY2025": a fiscal year, annotated as its year.
    const w0 = word(v, i);
    if (w0 === 'fiscal' || w0 === 'fy') {
      const at = w0 === 'fiscal' && word(v, i + 1) === 'year' ? i + 2 : i + 1;
      const fy = yearToken(v, at);
      if (fy !== null) return [{ ...yearCand(i, fy, 'years.fiscal'), to: at + 1 }];
    }
    const glued = FISCAL_TOKEN.exec(w0);
    if (glued !== null && isCap(v, i)) {
      // "FY28": two digits are this century's
      const n = (glued[1] as string).length === 2 ? 2000 + Number(glued[1]) : Number(glued[1]);
      return n >= MIN_YEAR && n <= MAX_YEAR ? [yearCand(i, n, 'years.fiscal')] : [];
    }
    const y = yearToken(v, i) ?? earlyYear(v, i);
    if (y !== null) return [yearCand(i, y, 'years.year')];
    const edged = EDGED.exec(word(v, i));
    if (edged !== null) {
      const n = Number(edged[1]);
      return n >= MIN_YEAR && n <= MAX_YEAR ? [yearCand(i, n, 'years.edged')] : [];
    }
    const r = RANGE.exec(word(v, i));
    const t = v.toks[i];
    if (r === null || t === undefined) return [];
    const a = Number(r[1]);
    const b = Number(r[2]);
    if (a < MIN_YEAR || b > MAX_YEAR || b <= a) return [];
    return [yearCand(i, a, 'years.range', [t.start, t.start + 4]), yearCand(i, b, 'years.range', [t.end - 4, t.end])];
  },
};

/** "'24": an apostrophe glued to two digits. */
export const shortYear: Parser = {
  id: 'years.short',
  match(v, i) {
    const w = word(v, i);
    if ((w !== "'" && w !== '’') || !touches(v, i)) return [];
    const t = v.toks[i];
    if (t === undefined || /[\p{L}\p{N}]/u.test(v.text.charAt(t.start - 1))) return [];
    const two = word(v, i + 1);
    const decade = /^(\d)0s$/.exec(two);
    if (decade !== null) {
      const d = decade[1] as string;
      return [{ from: word(v, i - 1) === 'the' ? i - 1 : i, to: i + 2, type: 'DATE', rule: 'years.short-decade', role: 'other', resolve: () => ({ value: `${d === '0' || d === '1' ? '20' : '19'}${d}`, stated: ['year'], inferred: [] }) }];
    }
    if (!/^\d{2}$/.test(two)) return [];
    const yy = Number(two);
    return [{
      from: i,
      to: i + 2,
      type: 'DATE',
      rule: 'years.short',
      role: 'date',
      resolve: (ctx) => {
        const limit = ((ctx.ref?.y ?? 2000) % 100) + 10;
        return { value: String((yy <= limit ? 2000 : 1900) + yy), stated: ['year'], inferred: [] };
      },
    }];
  },
};

/** "the 2050s", "1990s": TIMEX3 decade values are the first three digits. */
export const decade: Parser = {
  id: 'years.decade',
  match(v, i) {
    const the = word(v, i) === 'the' ? 1 : 0;
    const early = ['early', 'late', 'mid'].includes(word(v, i + the)) ? 1 : 0;
    const named = the === 1 ? DECADE_WORDS.get(word(v, i + the + early)) : undefined;
    if (named !== undefined) {
      // "the nineties", "the early eighties"; not "highs in the low nineties", "the mid nineties" (degrees as often)
      if (DECADE_WORD_BLOCKERS.has(word(v, i + the))) return [];
      for (let k = i - 1; k >= 0 && i - k <= 3; k--) if (TEMPERATURE_WORDS.has(word(v, k))) return [];
      return [{ from: i, to: i + the + early + 1, type: 'DATE', rule: 'years.decade-word', role: 'other', resolve: () => ({ value: named, stated: ['year'], inferred: [] }) }];
    }
    const m = /^(?:(?:mid|early|late)-)?(1[89]\d|20\d)0s$/.exec(word(v, i + the + early)); // "the mid-1990s"
    if (m === null) return [];
    const value = m[1] as string;
    if (/^1\d0$/.test(value) && early === 0 && !/-/.test(word(v, i + the))) return []; // "the 1800s" is a century (years.century)
    return [{ from: i, to: i + the + early + 1, type: 'DATE', rule: 'years.decade', role: 'other', resolve: () => ({ value, stated: ['year'], inferred: [] }) }];
  },
};

/** "the last century", "the previous century". */
const PREVIOUS_CENTURY_WORDS: ReadonlySet<string> = new Set(['last', 'previous']);
/** Prepositions that make "the last century" a point (a time of origin or belonging), not a stretch ("over", "in", "during"). */
const CENTURY_POINT_LEADS: ReadonlySet<string> = new Set(['from', 'of', 'since', 'until', 'till', 'before']);

const CENTURY_ORDINAL = /^(?:(?:mid|early|late)-)?(1\d|2[01]|[1-9])(?:st|nd|rd|th)$/; // "the mid-20th century" is one token

/** "the 19th century", "the nineteenth century", "the 1800s": TIMEX3 century values are the first two digits ("18"). */
export const century: Parser = {
  id: 'years.century',
  match(v, i) {
    const w = word(v, i);
    const hundreds = /^(1[0-9])00s$/.exec(w);
    if (hundreds !== null && word(v, i - 1) === 'the') {
      const value = hundreds[1] as string;
      return [{ from: i - 1, to: i + 1, type: 'DATE', rule: 'years.hundreds', role: 'other', resolve: () => ({ value, stated: ['year'], inferred: [] }) }];
    }
    if (w !== 'the') return [];
    // "dates from the last century", "the music of the previous century": the century before publication's, a point
    // after a preposition of origin ("over the last century" stays a stretch of a hundred years)
    if (PREVIOUS_CENTURY_WORDS.has(word(v, i + 1)) && word(v, i + 2) === 'century' && CENTURY_POINT_LEADS.has(word(v, i - 1))) {
      return [{
        from: i, to: i + 3, type: 'DATE', rule: 'years.previous-century', role: 'other',
        resolve: (ctx) => (ctx.ref === null ? { value: 'XX', stated: [], inferred: [] } : { value: String(Math.floor(ctx.ref.y / 100) - 1).padStart(2, '0'), stated: [], inferred: ['year'] }),
      }];
    }
    const early = ['early', 'late', 'mid', 'mid-'].includes(word(v, i + 1)) ? 1 : 0;
    const o = word(v, i + 1 + early);
    const digits = CENTURY_ORDINAL.exec(o);
    const n = digits !== null ? Number(digits[1]) : (DAY_ORDINALS.get(o) ?? null);
    if (n === null || n < 1 || n > 21 || word(v, i + 2 + early) !== 'century') return [];
    const value = String(n - 1).padStart(2, '0');
    return [{ from: i, to: i + 3 + early, type: 'DATE', rule: 'years.century', role: 'other', resolve: () => ({ value, stated: ['year'], inferred: [] }) }];
  },
};

/** The first half of a year said in words ("nineteen ninety-five", "eighteen twelve"). */
const SPELLED_CENTURIES: ReadonlyMap<string, number> = new Map([['eighteen', 18], ['nineteen', 19], ['twenty', 20]]);

/** 1 to 99 in words: "five", "fourteen", "ninety", "ninety-five"; null otherwise. */
function wordsUnder100(w: string): number | null {
  const n = NUMBER_WORDS.get(w);
  if (n !== undefined) return Number.isInteger(n) && n >= 1 && n < 100 && w !== 'a' && w !== 'an' && w !== 'dozen' ? n : null;
  const [tens, unit, ...rest] = w.split('-');
  const t = NUMBER_WORDS.get(tens ?? '');
  const u = NUMBER_WORDS.get(unit ?? '');
  return rest.length === 0 && t !== undefined && u !== undefined && t >= 20 && t < 100 && t % 10 === 0 && u >= 1 && u <= 9 && Number.isInteger(u) ? t + u : null;
}

/** A year in words is not a count of what follows it ("nineteen twenty-dollar bills"). */
function endsCount(v: View, i: number): boolean {
  const t = v.toks[i];
  return t === undefined || t.kind === 'punct' || !(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.kind === 'number');
}

/** "nineteen ninety-five", "nineteen hundred", "two thousand and eight", "twenty twenty-four": a year said in words. */
export const spelledYear: Parser = {
  id: 'years.spelled',
  match(v, i) {
    const w = word(v, i);
    let y: number | null = null;
    let to = i + 2;
    const century = SPELLED_CENTURIES.get(w);
    if (century !== undefined) {
      const second = word(v, i + 1);
      const rest = second === 'hundred' ? 0 : wordsUnder100(second);
      // "twenty twenty" is a year only with its second part over nine ("twenty five" is a count).
      if (rest !== null && (rest >= 10 || second === 'hundred')) y = century * 100 + rest;
    } else if (w === 'two' && word(v, i + 1) === 'thousand') {
      const and = word(v, i + 2) === 'and' ? 1 : 0;
      const rest = wordsUnder100(word(v, i + 2 + and));
      // "two thousand" alone is a year only after a year preposition ("in two thousand"), not a count ("paid two thousand").
      if (rest !== null || EARLY_YEAR_PREPOSITIONS.has(word(v, i - 1))) y = 2000 + (rest ?? 0);
      to = rest === null ? i + 2 : i + 3 + and;
    }
    if (y === null || !endsCount(v, to)) return [];
    const value = String(y);
    return [{ from: i, to, type: 'DATE', rule: 'years.spelled', role: 'date', resolve: () => ({ value, stated: ['year'], inferred: [] }) }];
  },
};
