import type { DateMention } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';

/** Dates stage: temporal expressions normalised against `published` (YYYY-MM-DD or null). */
export function extractDates(_doc: Doc, _published: string | null): DateMention[] {
  return [];
}
