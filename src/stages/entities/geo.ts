import { CITY_ROWS, COUNTRY_ROWS } from '../../data/geo.generated.js';
import { COUNTRIES, COUNTRY_CODE_OVERRIDES } from '../../lexicons/en/countries.js';
import { US_STATES } from '../../lexicons/en/places.js';

/** A city of the generated world gazetteer. */
export interface GeoCity {
  /** The name as GeoNames writes it ("Bogotá"). */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  readonly country: string;
  readonly capital: boolean;
}

interface Geo {
  /** Folded name → country code, for countries, their other names and their demonyms. */
  readonly countries: ReadonlyMap<string, string>;
  /** Folded name → city. */
  readonly cities: ReadonlyMap<string, GeoCity>;
}

const MARKS = /\p{M}/gu;

/** Lower case without diacritics, so "Bogota" finds "Bogotá" and "Jose" finds "José". */
export function fold(name: string): string {
  return name.normalize('NFD').replace(MARKS, '').toLowerCase();
}

function rows(text: string): [string, string[]][] {
  return text.split('\n').map((row) => [row.slice(0, 2), row.slice(3).split('|')]);
}

/** An Arabic article opening a GeoNames city name, as a separate word: "Al Fallūjah", "Al Ḩudaydah". */
const ARABIC_ARTICLE = /^(?:Al|As|Ash|Ad|Adh|Ar|An|At|Az|Aş)[ -](\p{Lu}.*)$/u;

function build(): Geo {
  const countries = new Map<string, string>();
  const cities = new Map<string, GeoCity>();
  const set = (name: string, code: string): void => {
    const k = fold(name);
    if (!countries.has(k)) countries.set(k, code);
  };
  for (const [code, names] of rows(COUNTRY_ROWS)) for (const n of names) set(n, code);
  // The hand-written country table: its other names and demonyms share the code of the first name that has one.
  for (const c of COUNTRIES) {
    const code = COUNTRY_CODE_OVERRIDES[c.name] ?? c.names.map((n) => countries.get(fold(n))).find((x) => x !== undefined);
    if (code === undefined) continue;
    for (const n of [...c.names, ...c.demonyms]) set(n, code);
  }
  for (const state of US_STATES) for (const n of state) set(n, 'US');
  for (const [code, names] of rows(CITY_ROWS)) {
    for (const raw of names) {
      const capital = raw.startsWith('*');
      const name = capital ? raw.slice(1) : raw;
      const k = fold(name);
      if (!cities.has(k)) cities.set(k, { name, country: code, capital });
      // "Al Fallūjah", "Al Ḩudaydah": GeoNames keeps the Arabic article that English news drops ("Fallujah", "Hudaydah")
      const bare = ARABIC_ARTICLE.exec(name);
      if (bare !== null && (bare[1] as string).length >= 4 && !cities.has(fold(bare[1] as string))) cities.set(fold(bare[1] as string), { name, country: code, capital });
    }
  }
  return { countries, cities };
}

let cached: Geo | null = null;

function geo(): Geo {
  cached ??= build();
  return cached;
}

/** The ISO code of a country, state or demonym name ("Mexico", "Mexican", "U.S.", "Texas"), or null. */
export function countryCodeOf(name: string): string | null {
  return geo().countries.get(fold(name)) ?? null;
}

/** The city of the world gazetteer with this name, ignoring case and diacritics. */
export function cityOf(name: string): GeoCity | undefined {
  return geo().cities.get(fold(name));
}
