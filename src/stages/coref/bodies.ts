import type { Entity } from '../../types.js';

/** How "the bloc" is read: the nouns that stand for a union of states and the words of such a union's name. */
export interface BlocReading {
  readonly nouns: ReadonlySet<string>;
  readonly nameWords: ReadonlySet<string>;
}

/**
 * A stance holder's "the bloc" / "the alliance": any union, community, treaty organisation or league of states
 * ("European Union", "Economic Community of West African States", "North Atlantic Treaty Organization").
 */
export const HOLDER_BLOCS: BlocReading = {
  nouns: new Set(['bloc', 'alliance']),
  // not "nations": the United Nations is no bloc (ASEAN is an association)
  nameWords: new Set(['union', 'community', 'alliance', 'treaty', 'states', 'league', 'association']),
};

/** A speaker's "the bloc said": a union, community, alliance or league, not the United Nations or a treaty. */
export const SPEAKER_BLOCS: BlocReading = {
  nouns: new Set(['bloc']),
  nameWords: new Set(['bloc', 'union', 'community', 'alliance', 'association', 'league']),
};

const mentionedBefore = (e: Entity, at: number): boolean => e.type === 'ORG' && e.mentions.some((m) => m.end <= at);

/**
 * The organisation a definite description names ("the council", "the university", "the bloc") at
 * offset `at`: the one organisation mentioned before it with that noun as a word of its name; for
 * "the bloc" / "the alliance", else the one union of states named before. Null when none or several.
 * Shared by the speakers of quotes and the holders of stances (GUIDELINES.md §3: a body the text names
 * speaks as that entity).
 */
export function bodyNamedBy(entities: readonly Entity[], noun: string, at: number, blocs: BlocReading): Entity | null {
  const named = entities.filter((e) => mentionedBefore(e, at) && e.name.toLowerCase().split(/[\s-]+/).includes(noun));
  if (named.length === 1) return named[0] as Entity;
  if (!blocs.nouns.has(noun)) return null;
  const unions = entities.filter((e) => mentionedBefore(e, at) && e.aliases.some((a) => a.toLowerCase().split(/[\s-]+/).some((x) => blocs.nameWords.has(x))));
  return unions.length === 1 ? (unions[0] as Entity) : null;
}
