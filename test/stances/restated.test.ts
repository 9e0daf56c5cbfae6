import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/document.js';
import { extractStances, DEFAULT_TARGETS } from '../../src/stages/stances/index.js';
import { makeEntities, makeQuotes, summary, type EntitySpec, type QuoteSpec } from './helpers.js';

// A group phrase built on a place or people of a country that holds the same stance is that country again.
interface Row {
  readonly label: string;
  readonly text: string;
  readonly entities: readonly (EntitySpec & { readonly country?: string })[];
  readonly quotes: readonly QuoteSpec[];
  readonly expected: readonly string[];
}

const ROWS: readonly Row[] = [
  {
    label: 'a capital-city diplomat next to the country',
    text: 'Norland rejected the troops and defended its sovereignty. A Valdor diplomat said the troops “violate our sovereignty”.',
    entities: [{ name: 'Norland', type: 'GPE', country: 'NL' }, { name: 'Valdor', type: 'GPE', country: 'NL' }],
    quotes: [{ text: 'violate our sovereignty', speaker: 'A Valdor diplomat' }],
    expected: ['Norland|intervention|against', 'Norland|sovereignty|favor'],
  },
  {
    label: 'miss: a diplomat of another country stays',
    text: 'Norland rejected the troops and defended its sovereignty. A Valdor diplomat said the troops “violate our sovereignty”.',
    entities: [{ name: 'Norland', type: 'GPE', country: 'NL' }, { name: 'Valdor', type: 'GPE', country: 'SD' }],
    quotes: [{ text: 'violate our sovereignty', speaker: 'A Valdor diplomat' }],
    expected: ['A Valdor diplomat|intervention|against', 'A Valdor diplomat|sovereignty|favor', 'Norland|intervention|against', 'Norland|sovereignty|favor'],
  },
];

describe('restated groups', () => {
  it.each(ROWS.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const doc = parseDocument(row.text);
    const entities = makeEntities(row.text, row.entities).map((e, i) => ({ ...e, country: row.entities[i]?.country ?? null }));
    const quotes = makeQuotes(row.text, entities, row.quotes);
    expect(summary(extractStances(doc, entities, quotes, DEFAULT_TARGETS))).toEqual([...row.expected].sort());
  });
});
