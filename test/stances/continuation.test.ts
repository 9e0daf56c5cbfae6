import { describe, expect, it } from 'vitest';
import { spansHold, stancesOf, summary, G, type Row } from './helpers.js';

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

/** Names of presence and territory that carry no generic cue word of their own. */
const NAMES_OF_PRESENCE: readonly Row[] = [
  {
    label: 'ending a defence agreement is against the presence it allows',
    text: 'Valdor ended its defence agreement with Norland.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Valdor|intervention|against'],
  },
  {
    label: 'stepping up an air campaign is for it',
    text: 'Norland stepped up its air campaign over Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Norland|intervention|favor'],
  },
  {
    label: 'the one accused of violating a country’s airspace is judged; the accuser defends it',
    text: 'Valdor accused Norland of violating its airspace.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Valdor|sovereignty|favor'],
  },
  {
    label: 'troops "no longer welcome" are unwelcome',
    text: 'Valdor said that Norland troops were no longer welcome.',
    entities: [G('Norland'), G('Valdor')],
    quotes: [{ text: 'Norland troops were no longer welcome', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: ['Valdor|intervention|against'],
  },
  {
    label: 'defending the right to decide its own future without the word "right"',
    text: 'Valdor defended its people’s wish to decide their own future.',
    entities: [G('Valdor')],
    expected: ['Valdor|sovereignty|favor'],
  },
  {
    label: 'the comma of "2,000 troops" is no clause break between the act and its forces',
    text: 'Norland sent 2,000 troops to Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Norland|intervention|favor'],
  },
  {
    label: 'a number with digit groups counts as one word of the act’s reach ("sent more than 3,000 troops")',
    text: 'Norland sent more than 3,000 troops to Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Norland|intervention|favor'],
  },
  {
    label: 'near miss: the reach still ends after four words',
    text: 'Norland sent food, medicine and tents, then troops, to Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
  {
    label: 'near miss: a list comma still breaks it',
    text: 'Norland sent aid, and troops arrived in Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
  {
    label: 'near miss: a trade agreement is no defence agreement',
    text: 'Valdor ended its trade agreement with Norland.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
  {
    label: 'near miss: an accusation about prices names no territory',
    text: 'Valdor accused Norland of raising fuel prices.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
];

describe('names of presence and territory', () => {
  it.each(NAMES_OF_PRESENCE.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
    expect(spansHold(row.text, stances)).toBe(true);
  });
});

/** "[X] has no right to interfere": the act is X's, the judgement its asserter's. */
const NO_RIGHT: readonly Row[] = [
  {
    label: 'a reported "no right to interfere" is its speaker’s stance against it and for sovereignty',
    text: 'Valdor said that Norland has no right to interfere in its affairs.',
    entities: [G('Norland'), G('Valdor')],
    quotes: [{ text: 'Norland has no right to interfere in its affairs', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: ['Valdor|intervention|against', 'Valdor|sovereignty|favor'],
  },
  {
    label: '"no business sending troops"',
    text: 'Valdor said that Norland had no business sending troops.',
    entities: [G('Norland'), G('Valdor')],
    quotes: [{ text: 'Norland had no business sending troops', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: ['Valdor|intervention|against'],
  },
  {
    label: 'near miss: unasserted, the one without the right holds nothing (was: for sovereignty)',
    text: 'Norland has no right to interfere in Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
];

describe('no right to act', () => {
  it.each(NO_RIGHT.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
    expect(spansHold(row.text, stances)).toBe(true);
  });
});

/** "Norland is not for sale", reported by someone else: the copular judgement is the speaker's, not the subject's. */
const COPULAR: readonly Row[] = [
  {
    label: 'a reported "X is not for sale" is held by the speaker',
    text: 'Valdor said that Norland was not for sale.',
    entities: [G('Norland'), G('Valdor')],
    quotes: [{ text: 'Norland was not for sale', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: ['Valdor|sovereignty|favor'],
  },
  {
    label: '"is not subordinate to anyone" reported of another country',
    text: 'Valdor said that Norland is not subordinate to anyone.',
    entities: [G('Norland'), G('Valdor')],
    quotes: [{ text: 'Norland is not subordinate to anyone', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: ['Valdor|sovereignty|favor'],
  },
  {
    label: 'near miss: the first person is the speaker anyway',
    text: 'Ana Ruiz said: “We are not for sale.”',
    entities: [{ name: 'Ana Ruiz', aliases: [], titles: [] }],
    quotes: [{ text: 'We are not for sale.', speaker: 'Ana Ruiz', speakerSpan: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: '"would be legitimate targets" threatens the forces it names',
    text: 'Valdor said that Norland troops would be legitimate targets.',
    entities: [G('Norland'), G('Valdor')],
    quotes: [{ text: 'Norland troops would be legitimate targets', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: ['Valdor|intervention|against'],
  },
  {
    label: 'near miss: strikes called legitimate are still justified',
    text: 'Valdor said that the strikes were legitimate.',
    entities: [G('Valdor')],
    quotes: [{ text: 'the strikes were legitimate', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: ['Valdor|intervention|favor'],
  },
  {
    label: 'near miss: a reported question asserts nothing',
    text: 'Valdor asked whether Norland was not for sale.',
    entities: [G('Norland'), G('Valdor')],
    quotes: [{ text: 'whether Norland was not for sale', kind: 'indirect', speaker: 'Valdor', speakerSpan: 'Valdor' }],
    expected: [],
  },
];

describe('copular judgements in reported speech', () => {
  it.each(COPULAR.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
    expect(spansHold(row.text, stances)).toBe(true);
  });
});

/** A bare "withdraw" counts only under a cue that governs it. */
const GOVERNED_WITHDRAWAL: readonly Row[] = [
  {
    label: '"demanded that X withdraw its troops" is against them (was: for, the demand reaching the troops)',
    text: 'Valdor demanded that Norland withdraw its troops.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Valdor|intervention|against'],
  },
  {
    label: '"ordered the troops out of the country" is against them (was: for, through "ordered")',
    text: 'Valdor ordered Norland troops out of the country.',
    entities: [G('Norland'), G('Valdor')],
    expected: ['Valdor|intervention|against'],
  },
  {
    label: 'near miss: troops that moved out of the country hold no stance',
    text: 'Norland troops moved out of the country in May.',
    entities: [G('Norland')],
    expected: [],
  },
  {
    label: 'near miss: a country withdrawing its own troops is news, not a stance',
    text: 'Norland will withdraw its troops from Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
  {
    label: 'near miss: refusing to withdraw troops is not against them',
    text: 'Norland said it would not withdraw its troops from Valdor.',
    entities: [G('Norland'), G('Valdor')],
    expected: [],
  },
];

describe('governed withdrawal', () => {
  it.each(GOVERNED_WITHDRAWAL.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
    expect(spansHold(row.text, stances)).toBe(true);
  });
});
