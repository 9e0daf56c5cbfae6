import { expect } from 'vitest';
import { parseDocument } from '../../src/pipeline/document.js';
import { extractDates } from '../../src/stages/dates/index.js';
import type { DateMention } from '../../src/types.js';

/** The dates stage alone on `text`, resolved against `published`. */
export function dates(text: string, published: string | null): DateMention[] {
  return extractDates(parseDocument(text), published);
}

/** The mention whose text is `span`, checking that `input.slice(start, end) === text`. */
export function mentionOf(text: string, found: readonly DateMention[], span: string): DateMention | undefined {
  const m = found.find((d) => d.text === span);
  if (m !== undefined && text.slice(m.start, m.end) !== m.text) throw new Error(`span mismatch for ${span}`);
  return m;
}

/** One row of a date table: in `text`, `span` is found as a date of `type` with `value`. */
export interface DateRow {
  readonly label: string;
  readonly text: string;
  readonly span: string;
  readonly type: string;
  readonly value: string;
  /** The publication date, when not the table's reference date (null: none). */
  readonly published?: string | null;
}

/** Checks one row against the dates stage, with `ref` as the publication date unless the row gives its own. */
export function expectRow(row: DateRow, ref: string, show: (d: DateMention) => unknown = (d) => d.text): void {
  const found = dates(row.text, row.published === undefined ? ref : row.published);
  const m = mentionOf(row.text, found, row.span);
  expect(m, `no mention "${row.span}" in ${JSON.stringify(found.map(show))}`).toBeDefined();
  expect(m?.start).toBe(row.text.indexOf(row.span));
  expect(m?.type).toBe(row.type);
  expect(m?.value).toBe(row.value);
}

/** The dates found over `span` in `text` (a not-date row passes when this is empty). */
export function datesOver(text: string, published: string | null, span: string): DateMention[] {
  const at = text.indexOf(span);
  if (at < 0) throw new Error(`span "${span}" not in text`);
  const end = at + span.length;
  return dates(text, published).filter((d) => d.start < end && at < d.end);
}
