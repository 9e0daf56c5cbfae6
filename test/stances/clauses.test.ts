import { describe, expect, it } from 'vitest';
import { spansHold, stancesOf, summary, P, G, O, type Row } from './helpers.js';

/** Who holds a cue in a clause with no subject of its own. */
const HOLDERS: readonly Row[] = [
  {
    label: 'a participle after a comma is held by the main subject, not the nearest name',
    text: 'Early on Sunday, Ana Ruiz praised the operation against Norland, declaring the airstrikes necessary.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|favor'],
  },
  {
    label: '"by suggesting": the means clause is the subject’s, not the object’s',
    text: 'Victor Hale alarmed Sudria last year by suggesting that his country should consider sending troops.',
    entities: [P('Victor Hale'), G('Sudria')],
    expected: ['Victor Hale|intervention|favor'],
  },
  {
    label: 'near miss: the participle belongs to the last of two coordinated clauses',
    text: 'Ana Ruiz spoke first, and Omar Haddad followed, rejecting the deployment of foreign troops.',
    entities: [P('Ana Ruiz'), P('Omar Haddad')],
    expected: ['Omar Haddad|intervention|against'],
  },
  {
    label: 'a participial clause between a term and a predicate cuts the term off from it',
    text: 'Omar Haddad described the airstrikes on Norland, calling the response necessary.',
    entities: [P('Omar Haddad'), G('Norland')],
    expected: [],
  },
  {
    label: 'coordinated speakers both hold what the quote says',
    text: 'Defence chief Ana Ruiz and envoy Omar Haddad have both said that all options are open, leaving the door open to airstrikes.',
    entities: [P('Ana Ruiz', [], ['Defence chief']), P('Omar Haddad', [], ['envoy'])],
    quotes: [{ text: 'all options are open, leaving the door open to airstrikes', kind: 'indirect', speaker: 'Omar Haddad', speakerSpan: 'Omar Haddad' }],
    expected: ['Ana Ruiz|intervention|favor', 'Omar Haddad|intervention|favor'],
  },
  {
    label: 'near miss: a name after a preposition before the speaker is not a conjunct',
    text: 'After meeting Ana Ruiz, envoy Omar Haddad said that all options are open, leaving the door open to airstrikes.',
    entities: [P('Ana Ruiz'), P('Omar Haddad', [], ['envoy'])],
    quotes: [{ text: 'all options are open, leaving the door open to airstrikes', kind: 'indirect', speaker: 'Omar Haddad', speakerSpan: 'Omar Haddad' }],
    expected: ['Omar Haddad|intervention|favor'],
  },
];

describe('holders of clauses without a subject', () => {
  it.each(HOLDERS.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
    expect(spansHold(row.text, stances)).toBe(true);
  });
});

/** A target term that is the verb of its clause: the subject's own act. */
const ACTS: readonly Row[] = [
  { label: 'a country invading', text: 'Norland invaded the island at dawn.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: 'a negated act is against it', text: 'Norland will never invade its neighbour.', entities: [G('Norland')], expected: ['Norland|intervention|against'] },
  { label: 'near miss: the passive names who suffers it', text: 'Norland was invaded at dawn.', entities: [G('Norland')], expected: [] },
  { label: 'near miss: the noun is no act of the subject', text: 'Norland counted the invasions of the past century.', entities: [G('Norland')], expected: [] },
];

describe('narrated acts', () => {
  it.each(ACTS.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities });
    expect(summary(stances)).toEqual([...row.expected].sort());
    if (row.expected.length > 0) expect(stances[0]?.evidence[0]?.provenance).toMatch(/^act\.verb\//);
  });
});

/** Judging adverbs and time clauses. */
const JUDGED: readonly Row[] = [
  {
    label: 'an adverb judging the presence: the speaker is against it',
    text: 'Ana Ruiz said: “The foreign troops are in the country illegally.”',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'The foreign troops are in the country illegally.', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'near miss: the adverb judges another subject',
    text: 'Ana Ruiz said: “The traders crossed illegally, and the troops stayed home.”',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'The traders crossed illegally, and the troops stayed home.', speaker: 'Ana Ruiz' }],
    expected: [],
  },
  {
    label: 'a gerund in a time clause ("prior to seeking") is no wish of the subject',
    text: 'Omar Haddad urged Sudria to hold talks with its neighbours prior to seeking foreign troops.',
    entities: [P('Omar Haddad'), G('Sudria')],
    expected: [],
  },
  {
    label: 'near miss: the same gerund as the object of a cue still counts',
    text: 'Omar Haddad urged Sudria to stop seeking foreign troops.',
    entities: [P('Omar Haddad'), G('Sudria')],
    expected: ['Omar Haddad|intervention|against'],
  },
];

describe('judging adverbs and time clauses', () => {
  it.each(JUDGED.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
  });
});

/** A definite description naming a body mentioned before: "the coalition" after the Coalition of X. */
const DESCRIPTIONS: readonly Row[] = [
  {
    label: '"the northern-led coalition" is the named coalition',
    text: 'Leaders of the Harbour Coalition met on Monday. The northern-led coalition has proposed deploying a multinational force.',
    entities: [O('Harbour Coalition')],
    expected: ['Harbour Coalition|intervention|favor'],
  },
  {
    label: 'near miss: two named coalitions, so the description is no one',
    text: 'The Harbour Coalition and the River Coalition met on Monday. The coalition has proposed deploying a multinational force.',
    entities: [O('Harbour Coalition'), O('River Coalition')],
    expected: [],
  },
  {
    label: 'near miss: a body named only after the description',
    text: 'The coalition has proposed deploying a multinational force. The Harbour Coalition meets on Monday.',
    entities: [O('Harbour Coalition')],
    expected: [],
  },
];

describe('descriptions of named bodies', () => {
  it.each(DESCRIPTIONS.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities });
    expect(summary(stances)).toEqual([...row.expected].sort());
  });
});

/** A target's own act ending in a preposition governs the act after it. */
const ACT_OVER_ACT: readonly Row[] = [
  {
    label: '"disappointed by [the signing of] the pact": against the pact',
    text: 'Norland is deeply disappointed by signing of the security pact with Sudria.',
    entities: [G('Norland'), G('Sudria')],
    expected: ['Norland|intervention|against'],
  },
  {
    label: 'near miss: an act right before another with no preposition is its auxiliary',
    text: 'Norland has signed the security pact with Sudria.',
    entities: [G('Norland'), G('Sudria')],
    expected: ['Norland|intervention|favor'],
  },
];

describe('acts over acts', () => {
  it.each(ACT_OVER_ACT.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities });
    expect(summary(stances)).toEqual([...row.expected].sort());
  });
});

/** A predicate after a term belongs to the term only within one verb phrase. */
const PREDICATES: readonly Row[] = [
  {
    label: 'near miss: "defending X’s sovereignty and accusing Y of attempting to destabilize" — the destabilizing is not the sovereignty’s',
    text: 'Ana Ruiz spoke of Norland’s sovereignty and accused Sudria of attempting to destabilize the region.',
    entities: [P('Ana Ruiz'), G('Norland'), G('Sudria')],
    expected: [],
  },
  {
    label: 'a predicate within the same verb phrase still judges the term',
    text: 'Ana Ruiz said the foreign troops would destabilize the region.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against'],
  },
];

describe('predicates and coordination', () => {
  it.each(PREDICATES.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities });
    expect(summary(stances)).toEqual([...row.expected].sort());
  });
});

/** Acts that commit forces, and acts that end them. */
const FORCE_ACTS: readonly Row[] = [
  { label: 'pledging troops', text: 'Norland pledged 500 troops to the multinational force.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: 'vetoing a deployment', text: 'Sudria vetoed the deployment of peacekeepers.', entities: [G('Sudria')], expected: ['Sudria|intervention|against'] },
  { label: 'near miss: a pledge of money is no act on forces', text: 'Norland pledged 500 million dollars for schools.', entities: [G('Norland')], expected: [] },
];

describe('acts on forces', () => {
  it.each(FORCE_ACTS.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities });
    expect(summary(stances)).toEqual([...row.expected].sort());
  });
});

/** "so-called": a dismissal, read under the cue it sits under. */
const DISMISSALS: readonly Row[] = [
  {
    label: '"has no so-called sovereignty": the speaker is against it, not the subject for it',
    text: 'Lin Wei said Norland has no so-called sovereignty.',
    entities: [P('Lin Wei'), G('Norland')],
    quotes: [{ text: 'Norland has no so-called sovereignty', kind: 'indirect', speaker: 'Lin Wei' }],
    expected: ['Lin Wei|sovereignty|against'],
  },
  {
    label: 'near miss: "the so-called peacekeepers" after a determiner alone has no holder, like "the proposed strikes"',
    text: 'The so-called peacekeepers arrived on Monday.',
    entities: [],
    expected: [],
  },
];

describe('dismissals', () => {
  it.each(DISMISSALS.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
    expect(summary(stances)).toEqual([...row.expected].sort());
  });
});

/** A counter-move answers what it is against. */
const COUNTERS: readonly Row[] = [
  {
    label: '"In response to the naval deployment, X mobilised …": X is against it',
    text: 'In response to the foreign naval deployment, President Ana Ruiz mobilised the reserves.',
    entities: [P('Ana Ruiz', [], ['President'])],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'near miss: a response to something that is no intervention',
    text: 'In response to the floods, President Ana Ruiz mobilised the reserves.',
    entities: [P('Ana Ruiz', [], ['President'])],
    expected: [],
  },
];

describe('counter-moves', () => {
  it.each(COUNTERS.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    const { stances } = stancesOf({ text: row.text, entities: row.entities });
    expect(summary(stances)).toEqual([...row.expected].sort());
  });
});
