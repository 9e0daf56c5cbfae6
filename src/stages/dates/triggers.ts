/**
 * Words a date expression can start with. Tokens that are not numbers, not
 * hyphenated or apostrophe forms and not in this set are skipped before any
 * parser runs (most of the words of an article), which keeps the stage cheap.
 */
import {
  MONTHS, WEEKDAYS, WEEKDAY_ABBREVIATIONS, WEEKDAY_SHORT_NAMES, WEEKDAY_TRANSPOSITIONS, SEASONS, NUMBER_WORDS, VAGUE_COUNTS, ORDINALS, UNITS, DURATION_MODIFIERS, VAGUE_PHRASES,
  VAGUE_UNIT_HEADS, RELATIVE_SHIFT, HOLIDAYS,
} from '../../lexicons/en/dates.js';
import { EVERYDAY_TRIGGERS } from '../../lexicons/en/dates-everyday.js';

const PARSER_WORDS = [
  'the', 'that', 'at', 'every', 'each', 'per', 'today', 'yesterday', 'tomorrow', 'tonight', 'overnight',
  'noon', 'midnight', 'midday', 'holiday', 'annually', 'yearly', 'quarterly', 'monthly', 'biweekly', 'fortnightly', 'weekly', 'daily', 'nightly', 'hourly',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', "'", '’', 'fiscal', 'fy', 'earlier', 'later', 'weekends', 'preceding', 'late', 'early', 'mid',
];

export const TRIGGERS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_ABBREVIATIONS.keys(), ...WEEKDAY_TRANSPOSITIONS.keys(), ...WEEKDAY_SHORT_NAMES.keys(), ...[...WEEKDAYS.keys()].map((w) => `${w}s`), ...SEASONS.keys(),
  ...NUMBER_WORDS.keys(), ...VAGUE_COUNTS, ...ORDINALS.keys(), ...UNITS.keys(), ...DURATION_MODIFIERS.map((m) => m[0] ?? ''),
  ...VAGUE_PHRASES.map((p) => p.words[0] ?? ''), ...VAGUE_UNIT_HEADS.keys(), ...RELATIVE_SHIFT.keys(),
  ...HOLIDAYS.map((h) => h.words[0] ?? ''), ...PARSER_WORDS, ...EVERYDAY_TRIGGERS,
]);

/** Could a date expression start at this (lower-case) token? */
export function mayStart(lower: string, kind: string): boolean {
  return kind === 'number' || TRIGGERS.has(lower) || lower.includes('-') || (lower.startsWith('fy') && (lower.length === 6 || lower.length === 4));
}
