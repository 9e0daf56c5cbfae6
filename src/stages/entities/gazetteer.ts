import type { EntityType } from '../../types.js';
import { COUNTRIES, OTHER_NORP } from '../../lexicons/en/countries.js';
import { KNOWN_ORGS } from '../../lexicons/en/organizations.js';
import { CITIES, KNOWN_LOCS, US_STATES } from '../../lexicons/en/places.js';

/** What the gazetteer knows about a name. */
export interface GazetteerEntry {
  readonly type: EntityType;
  /** Entities with the same key are the same real-world entity ("US" and "United States"). */
  readonly key: string;
  readonly source: 'country' | 'demonym' | 'norp' | 'org' | 'loc' | 'state' | 'city';
  /** The name as the lexicon writes it. */
  readonly form: string;
}

/** Lower-cased name → entry. Built once from the lexicons; read-only afterwards. */
export type Gazetteer = ReadonlyMap<string, GazetteerEntry>;

function build(): Gazetteer {
  const map = new Map<string, GazetteerEntry>();
  const add = (name: string, entry: Omit<GazetteerEntry, 'form'>): void => {
    const k = name.toLowerCase();
    if (!map.has(k)) map.set(k, { ...entry, form: name });
  };
  for (const c of COUNTRIES) {
    const key = `gpe:${c.name.toLowerCase()}`;
    for (const n of c.names) add(n, { type: 'GPE', key, source: 'country' });
    const norpKey = `norp:${(c.demonyms[0] ?? c.name).toLowerCase()}`;
    for (const d of c.demonyms) add(d, { type: 'NORP', key: norpKey, source: 'demonym' });
  }
  for (const group of OTHER_NORP) {
    const key = `norp:${(group[0] as string).toLowerCase()}`;
    for (const n of group) add(n, { type: 'NORP', key, source: 'norp' });
  }
  for (const group of KNOWN_ORGS) {
    const key = `org:${(group[0] as string).toLowerCase()}`;
    for (const n of group) add(n, { type: 'ORG', key, source: 'org' });
  }
  for (const group of KNOWN_LOCS) {
    const key = `loc:${(group[0] as string).toLowerCase()}`;
    for (const n of group) add(n, { type: 'LOC', key, source: 'loc' });
  }
  for (const group of US_STATES) {
    const key = `gpe:${(group[0] as string).toLowerCase()}`;
    for (const n of group) add(n, { type: 'GPE', key, source: 'state' });
  }
  for (const city of CITIES) add(city, { type: 'GPE', key: `gpe:${city.toLowerCase()}`, source: 'city' });
  return map;
}

let cached: Gazetteer | null = null;

/** The gazetteer, built on first use (import stays cheap). */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

const HAS_LOWER = /\p{Ll}/u;

/**
 * Looks a name up, ignoring case, except that an acronym in the lexicon ("US",
 * "AP") only matches text written in capitals ("us", "Us" and "Ap" do not).
 */
export function lookup(name: string): GazetteerEntry | undefined {
  const lower = name.toLowerCase();
  const entry = gazetteer().get(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
  if (entry === undefined) return undefined;
  if (!HAS_LOWER.test(entry.form) && HAS_LOWER.test(name)) return undefined;
  return entry;
}

let formsByKey: Map<string, string[]> | null = null;

/**
 * "U.N. Security Council" and "United Nations Security Council": a name of two or
 * more words that opens with a known place or organisation (under any of its
 * names) is keyed by that entity and the rest, so the spellings merge. When the
 * whole name under another spelling of its opening is in the gazetteer ("UN
 * Security Council"), that entry's key. Null when the name opens with no known name.
 */
export function keyedByOpening(name: string): string | null {
  const ws = name.split(' ').filter((w) => w !== '');
  if (formsByKey === null) {
    formsByKey = new Map();
    for (const e of gazetteer().values()) {
      const forms = formsByKey.get(e.key);
      if (forms === undefined) formsByKey.set(e.key, [e.form]);
      else forms.push(e.form);
    }
  }
  for (let len = Math.min(3, ws.length - 1); len >= 1; len--) {
    const opening = lookup(ws.slice(0, len).join(' '));
    if (opening === undefined || (opening.type !== 'GPE' && opening.type !== 'ORG')) continue;
    const rest = ws.slice(len).join(' ');
    for (const form of formsByKey.get(opening.key) ?? []) {
      const whole = lookup(`${form} ${rest}`);
      if (whole !== undefined && whole.type === 'ORG') return whole.key;
    }
    return `${opening.key} ${rest.toLowerCase()}`;
  }
  return null;
}
