import { describe, expect, it } from 'vitest';
import { spansHold, stancesOf, summary, type EntitySpec, type QuoteSpec } from './helpers.js';

const G = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'GPE', aliases });

interface Row {
  readonly label: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  /** `actor|target|label`, sorted. */
  readonly expected: readonly string[];
}

/** Keeping an intervention going is wanting it: continuing, resuming, intensifying, vowing to. */
const CONTINUATION: readonly Row[] = [
  {
    label: 'vowing to continue military operations is for them',
    text: 'Norland vowed to continue its military operations in Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Norland|intervention|favor'],
  },
  {
    label: 'resuming airstrikes is for them',
    text: 'Norland resumed airstrikes on Valdor on Monday.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Norland|intervention|favor'],
  },
  {
    label: '"the strikes will continue" in a reported clause is its speaker’s wish',
    text: 'Norland insisted that the strikes would continue until the border was secure.',
    entities: [G('Norland')],
    quotes: [{ text: 'the strikes would continue until the border was secure', kind: 'indirect', speaker: 'Norland', speakerSpan: 'Norland' }],
    expected: ['Norland|intervention|favor'],
  },
  {
    label: 'near miss: talks that will continue are no intervention',
    text: 'Norland insisted that the talks would continue until the border was agreed.',
    entities: [G('Norland')],
    quotes: [{ text: 'the talks would continue until the border was agreed', kind: 'indirect', speaker: 'Norland', speakerSpan: 'Norland' }],
    expected: [],
  },
  {
    label: 'near miss: continuing to fund schools is no intervention',
    text: 'Norland vowed to continue its funding of schools in Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
];

describe('continuing an intervention', () => {
  it.each(CONTINUATION.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
    expect(spansHold(row.text, stances)).toBe(true);
  });
});
