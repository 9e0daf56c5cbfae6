import type { Entity, Quote } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';

/** Quotes stage: direct quotes, posts and reported speech, attributed to entities. */
export function extractQuotes(_doc: Doc, _entities: readonly Entity[]): Quote[] {
  return [];
}
