/** validateGoldDocument(): schema, then the scorer's reader, then the guideline rules. */
import { describe, expect, it } from 'vitest';
import { validateGoldDocument } from '../../src/schema/index.js';
import { GOLD, TEXT, at } from '../scoring/helpers.js';

type Doc = Record<string, unknown>;

/** A deep copy of the hand-made gold document with one change. */
function gold(change: (d: Doc & { entities: Doc[]; quotes: Doc[]; dates: Doc[]; stances: Doc[] }) => void): unknown {
  const d = JSON.parse(JSON.stringify(GOLD)) as Doc & { entities: Doc[]; quotes: Doc[]; dates: Doc[]; stances: Doc[] };
  change(d);
  return d;
}

describe('validateGoldDocument(): valid documents', () => {
  it.each([
    ['the hand-made gold document', GOLD],
    ['without url and published', gold((d) => { delete d['url']; delete d['published']; })],
    ['a stance without evidence', gold((d) => { delete (d.stances[0] as Doc)['evidence']; })],
    ['a stance with null evidence', gold((d) => { (d.stances[0] as Doc)['evidence'] = null; })],
    ['no annotations at all', { id: 'x', text: 'Nothing here.', entities: [], quotes: [], dates: [], stances: [] }],
  ])('%s', (_label, doc) => {
    expect(validateGoldDocument(doc)).toEqual([]);
  });
});

describe('validateGoldDocument(): each step reports with a field path', () => {
  it.each([
    // JSON Schema
    ['a missing field', gold((d) => { delete (d as Doc)['quotes']; }), 'quotes', 'required field is missing'],
    ['a misspelt field', gold((d) => { (d.quotes[0] as Doc)['speker'] = 'x'; }), 'quotes[0].speker', 'unknown field (expected one of text, start, end, kind, speaker, cue)'],
    ['a bad entity type', gold((d) => { (d.entities[1] as Doc)['type'] = 'PER'; }), 'entities[1].type', 'expected one of PERSON, ORG, GPE, LOC, NORP, got "PER"'],
    ['a mention that is not a pair', gold((d) => { (d.entities[0] as Doc)['mentions'] = [[1, 2, 3]]; }), 'entities[0].mentions[0]', 'expected at most 2 item(s), got 3'],
    ['a bad published date', gold((d) => { d['published'] = 'May 5'; }), 'published', 'expected a string matching /^\\d{4}-\\d{2}-\\d{2}$/, got "May 5"'],
    ['a negative offset', gold((d) => { (d.dates[0] as Doc)['start'] = -1; }), 'dates[0].start', 'expected at least 0, got number -1'],
    // the scorer's reader
    ['an offset past the text', gold((d) => { (d.dates[1] as Doc)['end'] = TEXT.length + 1; }), 'dates[1].end', `expected an integer offset in [0, ${TEXT.length}], got number`],
    ['start after end', gold((d) => { (d.quotes[1] as Doc)['start'] = 200; (d.quotes[1] as Doc)['end'] = 100; }), 'quotes[1]', 'start 200 is after end 100'],
    // the guideline rules
    ['a quote text that is not the slice', gold((d) => { (d.quotes[0] as Doc)['text'] = '“Sovereignty is not for sale.”'; }), 'quotes[0].text', expect.stringContaining('but text.slice(') as unknown as string],
    ['a mention that is not an alias', gold((d) => { (d.entities[2] as Doc)['mentions'] = [at('troops')]; }), 'entities[2].mentions[0]', expect.stringContaining('"troops", not one of the entity\'s aliases') as unknown as string],
    ['a name that is not an alias', gold((d) => { (d.entities[1] as Doc)['name'] = 'Donald Trump'; }), 'entities[1].name', '"Donald Trump" is not one of the entity\'s aliases'],
    ['evidence that is not in the text', gold((d) => { (d.stances[0] as Doc)['evidence'] = 'refused the offer'; }), 'stances[0].evidence', '"refused the offer" is not a substring of the text'],
  ])('%s', (_label, doc, path, message) => {
    expect(validateGoldDocument(doc)).toEqual([{ path, message }]);
  });

  it('overlapping mentions of two entities, even past a shorter one', () => {
    const doc = gold((d) => {
      d.entities.push({ name: 'President Claudia', type: 'PERSON', aliases: ['President Claudia'], mentions: [at('President Claudia')] });
    });
    expect(validateGoldDocument(doc)).toEqual([{ path: 'entities[0].mentions[0]', message: expect.stringContaining('overlaps entities[3].mentions[0]') as unknown as string }]);
  });
});
