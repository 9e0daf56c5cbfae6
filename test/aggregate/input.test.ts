/** checkInput(): what a JSONL line must be for the aggregate, with the field named when it is not. */
import { describe, expect, it } from 'vitest';
import { checkInput } from '../../src/aggregate/index.js';
import { article } from './helpers.js';

const good = (): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify({
      id: 'g1',
      ...article({
        published: '2031-03-03',
        sentences: ['Norland rejected the plan.'],
        entities: [{ name: 'Norland', type: 'GPE', country: 'NL' }],
        stances: [{ actor: 'Norland', label: 'against', evidence: [{ text: 'rejected the plan', cue: 'rejected' }] }],
      }),
    }),
  ) as Record<string, unknown>;

type Edit = (o: Record<string, unknown>) => unknown;
const stance0 = (o: Record<string, unknown>): Record<string, unknown> => (o['stances'] as Record<string, unknown>[])[0] as Record<string, unknown>;
const ev0 = (o: Record<string, unknown>): Record<string, unknown> => (stance0(o)['evidence'] as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('checkInput', () => {
  it('accepts an analysis line', () => {
    expect(checkInput(good())).toMatchObject({ id: 'g1', published: '2031-03-03' });
  });

  it.each<[string, Edit, RegExp]>([
    ['not an object', () => [1, 2], /expected an analysis object, got an array/],
    ['null', () => null, /got null/],
    ['a failed document of `newslens analyze`', () => ({ id: 'x', line: 3, error: 'boom' }), /a failed document, not an analysis: boom/],
    ['a gold document (no sentences)', (o) => ({ ...o, sentences: undefined }), /^sentences: missing/],
    ['stances not an array', (o) => ({ ...o, stances: {} }), /^stances: expected an array, got object/],
    ['a bad publication date', (o) => ({ ...o, published: '3 March' }), /^published: expected YYYY-MM-DD/],
    ['an id that is an object', (o) => ({ ...o, id: {} }), /^id: expected a string or a number/],
    ['a lower-case country', (o) => (((o['entities'] as Record<string, unknown>[])[0] as Record<string, unknown>)['country'] = 'nl', o), /entities\[0\]\.country/],
    ['a label that is not favor/against', (o) => ((stance0(o)['label'] = 'neutral'), o), /stances\[0\]\.label: expected "favor" or "against", got "neutral"/],
    ['a confidence above 1', (o) => ((stance0(o)['confidence'] = 2), o), /stances\[0\]\.confidence/],
    ['an actor without a name', (o) => ((stance0(o)['actor'] = { entityId: null }), o), /stances\[0\]\.actor/],
    ['evidence in a sentence that does not exist', (o) => ((ev0(o)['sentence'] = 5), o), /stances\[0\]\.evidence\[0\]\.sentence: not the index of one of the 1 sentence/],
    ['evidence with end before start', (o) => ((ev0(o)['end'] = 0), o), /stances\[0\]\.evidence\[0\]: start and end/],
  ])('rejects %s', (_label, edit, message) => {
    expect(() => checkInput(edit(good()))).toThrow(message);
  });
});
