import type { Entity, Quote, Stance } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import type { StanceTargetDefinition } from './target.js';

export const DEFAULT_TARGETS: readonly StanceTargetDefinition[] = [];

/** Stances stage: each actor's stance toward each target, with evidence. */
export function extractStances(
  _doc: Doc,
  _entities: readonly Entity[],
  _quotes: readonly Quote[],
  _targets: readonly StanceTargetDefinition[],
): Stance[] {
  return [];
}
