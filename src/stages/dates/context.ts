import type { DatePart, DateType } from '../../types.js';
import type { Token } from '../../pipeline/tokens.js';
import type { PartialDate, Ymd } from './calendar.js';

/** A normalised value with the parts the text stated and the parts filled in. */
export interface Resolved {
  readonly value: string;
  readonly stated: readonly DatePart[];
  readonly inferred: readonly DatePart[];
}

/** What a candidate is resolved against; built fresh for each candidate, in text order. */
export interface Ctx {
  /** Publication date, or the date of the post the expression is in. */
  readonly ref: Ymd | null;
  /** What "today" means: `ref`, or a date the text puts next to "today". */
  readonly today: PartialDate | null;
  /** The last date the text mentioned (for "the day before", "four days later"). */
  readonly anchor: PartialDate | null;
  /** The last day the text mentioned (for day and week steps). */
  readonly dayAnchor: PartialDate | null;
  /** The last day the text gave on or before `ref` (for "the previous day" in a past clause after a date still to come). */
  readonly pastDayAnchor?: PartialDate | null;
  /** The last date the text stated for each day of the month ("On May 31 … on the 31st"), by day number. */
  readonly statedDays?: ReadonlyMap<number, PartialDate>;
  /** The last clock time the text gave with its day (`2025-06-17T15:00`), for "ten minutes later". */
  readonly clockAnchor?: string | null;
  /** The Monday of the last week the text named ("next week"), when no day was given after it: "the week after" steps from it. */
  readonly namedWeek?: Ymd | null;
  /** A year the sentence stated before this date ("In 2019, the talks opened on March 3"): a yearless date in it takes that year. */
  readonly sentenceYear?: number | null;
  /** The last quarter mentioned (for "the quarter"). */
  readonly quarter: { readonly y: number | null; readonly q: number } | null;
  /** The clause points forward ("will", "scheduled for"). */
  readonly forward: boolean;
  /** The date's own clause narrates the past ("closed in March"): a month after publication is last year's. */
  readonly past?: boolean;
  /** The date (value prefix) a clock time in this sentence belongs to, or null. */
  readonly day: string | null;
  /**
   * With no reference date, a weekday the text tied to its calendar day ("last Friday (July 9)"):
   * other plain weekdays fall in the week after it. Absent when there is none.
   */
  readonly weekAnchor?: WeekAnchor | null;
}

/** A weekday (ISO number) and the month and day the text gave it. */
export interface WeekAnchor {
  readonly m: number;
  readonly d: number;
  readonly wd: number;
}

/** How a candidate takes part in resolving its neighbours. */
export type Role = 'date' | 'day' | 'time' | 'set' | 'range-part' | 'other';

/** A temporal expression found by a parser, before overlaps are settled and values resolved. */
export interface Cand {
  /** First token index (into the sentence view). */
  readonly from: number;
  /** Token index after the last token. */
  readonly to: number;
  readonly type: DateType;
  readonly rule: string;
  readonly role: Role;
  /** For a clock time that needs a date from its sentence: `09:00`. */
  readonly clock?: string;
  /** Character offsets when the expression is part of one token ("2005" of "2005-2009"). */
  readonly chars?: readonly [number, number];
  readonly resolve: (ctx: Ctx) => Resolved;
}

/** The tokens of one sentence, with lower-case forms. */
export interface View {
  readonly toks: readonly Token[];
  readonly lo: readonly string[];
  /** The normalised document text (same offsets as the input). */
  readonly text: string;
}

export interface Parser {
  readonly id: string;
  /** Candidates starting at token `i` (usually zero or one). Looks ahead a bounded number of tokens. */
  readonly match: (v: View, i: number) => readonly Cand[];
}

export function word(v: View, i: number): string {
  return v.lo[i] ?? '';
}

export function isCap(v: View, i: number): boolean {
  const t = v.toks[i];
  if (t === undefined || t.kind !== 'word') return false;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** True when tokens `i` and `i + 1` touch (no space between them). */
export function touches(v: View, i: number): boolean {
  const a = v.toks[i];
  const b = v.toks[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Index after an optional full stop glued to token `i` ("Aug." "a.m."). */
export function withDot(v: View, i: number): number {
  return v.lo[i + 1] === '.' && touches(v, i) ? i + 2 : i + 1;
}

/** An integer written in digits, or null. */
export function intAt(v: View, i: number): number | null {
  const w = v.lo[i];
  if (w === undefined || !/^\d{1,4}$/.test(w)) return null;
  return Number(w);
}

/**
 * The value of a clock time on the sentence's day: `2025-06-17T15:00` with a day, `T15:00` on the
 * reference date's unnamed day, and `XXXX-XX-XXT15:00` with neither (no publication date: the day is
 * unknown, as GUIDELINES write unknown parts).
 */
export function clockOnDay(ctx: Ctx, clock: string): string {
  return `${ctx.day ?? (ctx.ref === null ? 'XXXX-XX-XX' : '')}T${clock}`;
}

/** "wettest", "best", "most" (the ranking word) at token `j`: a superlative adjective or the adverb that makes one. */
export function superlativeAt(v: View, j: number): boolean {
  const t = v.toks[j];
  if (t === undefined) return false;
  const w = word(v, j);
  return w === 'most' || w === 'least' || w === 'best' || w === 'worst' || (t.pos === 'ADJ' && w.endsWith('est') && t.lemma !== w);
}

export function stated(...parts: DatePart[]): readonly DatePart[] {
  return parts;
}

export const fixed = (value: string, statedParts: readonly DatePart[] = [], inferredParts: readonly DatePart[] = []) =>
  (): Resolved => ({ value, stated: statedParts, inferred: inferredParts });
