/**
 * Colours of the report. Speakers get light background tints in order of
 * first quote, so the same speaker has the same colour in the article, the
 * legend and the quote table.
 */
import type { EntityType, Quote } from '../types.js';

const SPEAKER_TINTS: readonly string[] = ['#fde68a', '#bfdbfe', '#fbcfe8', '#bbf7d0', '#ddd6fe', '#fed7aa', '#a5f3fc', '#fecaca', '#d9f99d', '#e9d5ff'];

/** Background of quotes nobody is named for. */
export const UNATTRIBUTED_TINT = '#e5e7eb';

export const ENTITY_COLOURS: Readonly<Record<EntityType, string>> = {
  PERSON: '#2563eb',
  ORG: '#7c3aed',
  GPE: '#059669',
  LOC: '#0d9488',
  NORP: '#d97706',
};

/** The key that groups quotes by speaker: the entity id, or the phrase for a group speaker. */
export function speakerKey(q: Quote): string | null {
  if (q.speaker === null) return null;
  return q.speaker.entityId ?? `phrase:${q.speaker.name.toLowerCase()}`;
}

function tint(i: number): string {
  // After the hand-picked tints, hues a golden angle apart, light enough for black text.
  return SPEAKER_TINTS[i] ?? `hsl(${Math.round((i * 137.508) % 360)} 85% 85%)`;
}

/** Speaker key → tint, in order of first quote. */
export function speakerTints(quotes: readonly Quote[]): ReadonlyMap<string, string> {
  const tints = new Map<string, string>();
  for (const q of quotes) {
    const key = speakerKey(q);
    if (key !== null && !tints.has(key)) tints.set(key, tint(tints.size));
  }
  return tints;
}
