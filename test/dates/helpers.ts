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
