import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/types.js';
import { parseDocument } from '../../src/pipeline/document.js';
import { extractStances, DEFAULT_TARGETS } from '../../src/stages/stances/index.js';
import { makeEntities, makeQuotes, spansHold, summary, P, G, O, type EntitySpec, type QuoteSpec } from './helpers.js';

/**
 * Who holds a stance found in a sentence, and which entity it is reported as
 * (GUIDELINES.md §3 institutions, §5 actors). Invented text; real country
 * names only where the rule reads the country table.
 */
interface HolderRow {
  readonly label: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  /** ISO code of the country each named place is in, as the entity stage sets it. */
  readonly countries?: Readonly<Record<string, string>>;
  readonly quotes?: readonly QuoteSpec[];
  /** `actor|target|label`, sorted. */
  readonly expected: readonly string[];
}

function run(row: HolderRow): { stances: ReturnType<typeof extractStances>; summary: string[] } {
  const doc = parseDocument(row.text);
  const entities: Entity[] = makeEntities(row.text, row.entities).map((e) => ({ ...e, country: row.countries?.[e.name] ?? null }));
  const quotes = makeQuotes(row.text, entities, row.quotes ?? []);
  const stances = extractStances(doc, entities, quotes, DEFAULT_TARGETS);
  return { stances, summary: summary(stances) };
}

/** A government, junta or regime speaks as its country (GUIDELINES.md §3). */
const GOVERNMENTS: readonly HolderRow[] = [
  {
    label: 'a regime "in" a named country, with modifiers before it',
    text: 'Aid workers left Peru last year. Then another coup-born military regime in Bolivia demanded the withdrawal of foreign troops.',
    entities: [G('Peru'), G('Bolivia')],
    expected: ['Bolivia|intervention|against'],
  },
  {
    label: 'the government "in" a capital speaks for the capital’s named country',
    text: 'Bolivia and Peru share a lake. The interim government in La Paz demanded the withdrawal of foreign troops.',
    entities: [G('Bolivia'), G('Peru'), G('La Paz')],
    countries: { Bolivia: 'BO', Peru: 'PE', 'La Paz': 'BO' },
    expected: ['Bolivia|intervention|against'],
  },
  {
    label: 'near miss: a city whose country the text does not name stands for itself',
    text: 'Peru watched closely. The interim government in La Paz demanded the withdrawal of foreign troops.',
    entities: [G('Peru'), G('La Paz')],
    countries: { Peru: 'PE', 'La Paz': 'BO' },
    expected: ['La Paz|intervention|against'],
  },
  {
    label: 'an unnamed junta follows the passage’s country, a capital counting for its country',
    text: 'The soldiers patrol the border with Peru from a base outside the capital La Paz. Bolivia has few roads there. The supplies ran short once the junta began demanding the departure of the foreign troops.',
    entities: [G('Peru'), G('La Paz'), G('Bolivia')],
    countries: { Peru: 'PE', 'La Paz': 'BO', Bolivia: 'BO' },
    expected: ['Bolivia|intervention|against'],
  },
  {
    label: 'the capital, nearer than another country, decides the junta’s country',
    text: 'Bolivia has few roads near its border with Peru. The soldiers flew in from a base outside the capital La Paz. The supplies ran short once the junta began demanding the departure of the foreign troops.',
    entities: [G('Bolivia'), G('Peru'), G('La Paz')],
    countries: { Peru: 'PE', 'La Paz': 'BO', Bolivia: 'BO' },
    expected: ['Bolivia|intervention|against'],
  },
  {
    label: 'near miss: the object of a preposition is no holder ("protests against the regime in …")',
    text: 'Bolivia is tense. Students joined protests against the regime in La Paz over the foreign troops.',
    entities: [G('Bolivia'), G('La Paz')],
    countries: { Bolivia: 'BO', 'La Paz': 'BO' },
    expected: [],
  },
];

describe('stance holders: governments and institutions', () => {
  for (const row of GOVERNMENTS) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

// keep the unused-import check honest while the tables grow
void P;
void O;
