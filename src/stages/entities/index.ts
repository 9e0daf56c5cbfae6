import type { Entity } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import { findCandidates } from './candidates.js';
import { mergeCandidates } from './merge.js';
import { collectMentions } from './mentions.js';

/**
 * Entities stage: capitalised runs → candidates (titles split off, typed by
 * gazetteers, name patterns and compromise's tags) → clusters (one per
 * real-world entity) → every mention of every alias.
 */
export function extractEntities(doc: Doc): Entity[] {
  return collectMentions(doc, mergeCandidates(doc, findCandidates(doc)));
}
