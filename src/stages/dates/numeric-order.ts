/**
 * A writer keeps one order for numeric dates. When one slashed date of the text can be read only day first
 * ("31/12/2025"), the ambiguous ones of the same text are day first too ("02/01/2026" is 2 January, not
 * 1 February, in a notice that also writes "31/12/2025"); otherwise they stay month first (GUIDELINES §4).
 */
import type { Resolved } from './context.js';

/** A slashed date whose first number is over 12 and whose second is a month. */
const DAY_FIRST_ONLY = /(?<![\d/])(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/\d{2,4}(?![\d/])/;

/** A slashed date both of whose first numbers could be a month. */
const AMBIGUOUS = /(?<![\d/])(0?[1-9]|1[0-2])\/(0?[1-9]|1[0-2])\/\d{2,4}(?![\d/])/;

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Whether the text writes its numeric dates day first. */
export function writesDayFirst(text: string): boolean {
  return DAY_FIRST_ONLY.test(text);
}

/** The value of a date whose span holds an ambiguous slashed date read month first, read day first instead. */
export function dayFirstValue(span: string, r: Resolved): Resolved {
  const m = AMBIGUOUS.exec(span);
  const v = DAY_VALUE.exec(r.value);
  if (m === null || v === null || m[1] === m[2] || Number(m[1]) !== Number(v[2]) || Number(m[2]) !== Number(v[3])) return r;
  return { ...r, value: `${v[1]}-${v[3]}-${v[2]}${r.value.slice(10)}` };
}
