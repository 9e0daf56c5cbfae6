/**
 * Speaker and actor matching, GUIDELINES.md section 6 "Names":
 * - a gold name that is a gold entity's `name` matches a predicted name whose
 *   normalised form equals the entity's normalised name or one of its aliases;
 * - any other gold name is a group phrase: it matches when the last words agree
 *   after normalising and removing one trailing `s` ("security experts" ~ "expert");
 * - `@author` matches only `@author`.
 */
import type { GoldEntity } from './gold.js';
import { groupHead, normalizeName } from './normalize.js';

const AUTHOR = '@author';

/** Normalised gold entity name → normalised forms (name and aliases) that match it. */
export type EntityNameIndex = ReadonlyMap<string, ReadonlySet<string>>;

export function buildEntityNameIndex(entities: readonly GoldEntity[]): EntityNameIndex {
  const index = new Map<string, Set<string>>();
  for (const e of entities) {
    const key = normalizeName(e.name);
    const forms = index.get(key) ?? new Set<string>();
    forms.add(key);
    for (const a of e.aliases) forms.add(normalizeName(a));
    index.set(key, forms);
  }
  return index;
}

/** Whether a predicted speaker or actor matches the gold one. A `null` prediction never matches. */
export function nameMatches(gold: string, pred: string | null, entities: EntityNameIndex): boolean {
  if (pred === null) return false;
  const g = normalizeName(gold);
  const p = normalizeName(pred);
  if (g === AUTHOR || p === AUTHOR) return g === p;
  const forms = entities.get(g);
  if (forms !== undefined) return forms.has(p);
  if (g === '' || p === '') return false;
  return g === p || groupHead(g) === groupHead(p);
}
