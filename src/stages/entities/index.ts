import type { Entity } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';

/** Entities stage: typed entities with all mentions merged. */
export function extractEntities(_doc: Doc): Entity[] {
  return [];
}
