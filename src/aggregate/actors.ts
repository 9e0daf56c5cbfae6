/**
 * Who a stance's actor is across articles. An entity with a `country` (a
 * GPE, LOC or NORP: "Mexico", "Mexico City", "Mexican") is that country; so is
 * an official body named after one ("Mexico's government", "Mexican
 * officials"), found through the article's own entities. Other entities merge
 * by normalised name, group phrases by normalised phrase, `@author` is one actor.
 */
import type { Analysis, Entity, EntityType } from '../types.js';
import { normalizeName } from '../scoring/normalize.js';
import type { AggregateActorKind } from './types.js';
import { OFFICIAL_HEADS, OFFICIAL_MODIFIERS } from './officials.js';

export interface ResolvedActor {
  readonly key: string;
  readonly kind: AggregateActorKind;
  readonly country: string | null;
  /** The surface name the stance used. */
  readonly name: string;
  /** The entity's type, `null` for a group phrase or `@author`. */
  readonly type: EntityType | null;
}

const AUTHOR = '@author';

/** Country code by lower-cased alias, from the article's entities that have one. */
export type CountryIndex = ReadonlyMap<string, string>;

export function countryIndex(entities: Analysis['entities']): CountryIndex {
  const index = new Map<string, string>();
  for (const e of entities) {
    if (e.country === null) continue;
    for (const alias of [e.name, ...e.aliases]) index.set(alias.toLowerCase(), e.country);
  }
  return index;
}

function words(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/).filter((w) => w !== '');
}

function stripPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

/**
 * "Mexico's foreign ministry" → the country of "Mexico" when the phrase is
 * [the] <country alias> [modifiers] <official head>; the alias may be several
 * words ("United States officials"). `null` otherwise.
 */
export function officialCountry(phrase: string, countries: CountryIndex): string | null {
  if (countries.size === 0) return null;
  const w = words(phrase);
  if (w[0] === 'the') w.shift();
  if (w.length < 2 || !OFFICIAL_HEADS.has(w[w.length - 1] as string)) return null;
  let end = w.length - 1;
  while (end > 1 && OFFICIAL_MODIFIERS.has(w[end - 1] as string)) end--;
  const country = w.slice(0, end);
  country[country.length - 1] = stripPossessive(country[country.length - 1] as string);
  return countries.get(country.join(' ')) ?? null;
}

export function resolveActor(actor: { readonly name: string; readonly entityId: string | null }, entity: Entity | undefined, countries: CountryIndex): ResolvedActor {
  if (actor.name === AUTHOR && actor.entityId === null) return { key: 'author', kind: 'author', country: null, name: AUTHOR, type: null };
  const name = entity?.name ?? actor.name;
  const country = entity?.country ?? officialCountry(name, countries);
  const type = entity?.type ?? null;
  if (country !== null) return { key: `country:${country}`, kind: 'country', country, name, type };
  const norm = normalizeName(name);
  return { key: `name:${norm === '' ? name : norm}`, kind: entity === undefined ? 'group' : 'entity', country: null, name, type };
}
