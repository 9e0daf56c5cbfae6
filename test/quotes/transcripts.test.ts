import { describe, expect, it } from 'vitest';
import { quotesOf, spansHold, type EntitySpec } from './helpers.js';

/** Invented people; every case is a transcript convention real briefings, broadcasts and interviews use. */
const CAST: EntitySpec[] = [
  { name: 'Tom Okafor', aliases: ['Okafor'] },
  { name: 'Rita Vanterpool', aliases: ['Vanterpool'] },
  { name: 'Ana de la Cruz', aliases: ['de la Cruz'] },
  { name: "Liam O'Dwyer", aliases: ["O'Dwyer"] },
];

function turns(text: string) {
  const { quotes } = quotesOf(text, CAST);
  expect(spansHold(text, quotes)).toBe(true);
  return quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('transcript conventions: every turn is one quote with its speaker', () => {
  it.each([
    [
      'answers are the person introduced just before the questions, not the one named most',
      'Tom Okafor, the union chief, called the strike. Okafor said it would last. Okafor spoke again on Monday.\n\nWe also met a commuter, Liam O\'Dwyer, who agreed to answer a few questions.\n\nQ: How did you get here?\n\nA: Two trains and a long walk.',
      [
        ['How did you get here?', null],
        ['Two trains and a long walk.', "Liam O'Dwyer"],
      ],
    ],
    [
      'briefing: bare "Q " and a mixed-case surname label',
      'Press secretary Tom Okafor took questions on Monday.\nQ Will the bridge reopen before the winter storms?\nMR. OKAFOR: We expect the crews to finish the work next week.',
      [
        ['Will the bridge reopen before the winter storms?', null],
        ['We expect the crews to finish the work next week.', 'Tom Okafor'],
      ],
    ],
    [
      'briefing: title and an apostrophe in the label',
      "Treasury chief Liam O'Dwyer spoke after the vote.\nQ Is the budget on track for the spring?\nSECRETARY O'DWYER: It is on track, and we will publish the figures soon.",
      [
        ['Is the budget on track for the spring?', null],
        ['It is on track, and we will publish the figures soon.', "Liam O'Dwyer"],
      ],
    ],
    [
      'briefing: a name with lower-case particles',
      'Ana de la Cruz answered reporters.\nQ. What happens to the tolls?\nMS. DE LA CRUZ: The tolls stay where they are for now.',
      [
        ['What happens to the tolls?', null],
        ['The tolls stay where they are for now.', 'Ana de la Cruz'],
      ],
    ],
    [
      'podcast: numbered speakers',
      'Speaker 1: Welcome back to the show, it is good to have you.\nSpeaker 2: Thanks, it is good to be back here again.',
      [
        ['Welcome back to the show, it is good to have you.', 'Speaker 1'],
        ['Thanks, it is good to be back here again.', 'Speaker 2'],
      ],
    ],
    [
      'broadcast: time-stamped names',
      '[00:12:31] Rita Vanterpool: The river rose two metres overnight.\n[00:12:40] Tom Okafor: And the levees held, which nobody expected.',
      [
        ['The river rose two metres overnight.', 'Rita Vanterpool'],
        ['And the levees held, which nobody expected.', 'Tom Okafor'],
      ],
    ],
    [
      'broadcast: an upper-case name with a role in parentheses',
      'RITA VANTERPOOL (Reporter): The crowd has been here since dawn.\nTOM OKAFOR (Mayor): We asked them to stay calm and they did.',
      [
        ['The crowd has been here since dawn.', 'Rita Vanterpool'],
        ['We asked them to stay calm and they did.', 'Tom Okafor'],
      ],
    ],
    [
      'Q&A interview: the interviewee is the person the intro names',
      'Rita Vanterpool has coached the team for ten years. Vanterpool spoke to us about the final.\nQ: How did the team prepare for the final?\nA: We trained twice a day and watched a lot of film.',
      [
        ['How did the team prepare for the final?', null],
        ['We trained twice a day and watched a lot of film.', 'Rita Vanterpool'],
      ],
    ],
    [
      'a turn that runs over several paragraphs',
      'Q. What did the inspectors find at the plant?\nMR. OKAFOR: They found two cracked valves in the cooling line.\nBoth were replaced within a day, and the plant never went offline.\nQ. Will there be a fine?',
      [
        ['What did the inspectors find at the plant?', null],
        ['They found two cracked valves in the cooling line.', 'Tom Okafor'],
        ['Both were replaced within a day, and the plant never went offline.', 'Tom Okafor'],
        ['Will there be a fine?', null],
      ],
    ],
  ])('%s', (_label, text, expected) => {
    expect(turns(text)).toEqual(expected);
  });

  it.each([
    ['a sentence starting with "A "', 'A Reuters reporter asked about the plan.\nA spokesman declined to comment on it.'],
    ['a title-case label for nobody the text knows', 'Update: The road has reopened to traffic.\nCorrection: An earlier version misstated the date.'],
    ['one lone label', 'BREAKING NEWS: The talks have failed again tonight.\nOfficials said nothing more.'],
  ])('no transcript: %s', (_label, text) => {
    expect(turns(text)).toEqual([]);
  });

  // a named speaker's report inside a turn is reported speech within it; a question's or the turn's own cue is not
  it.each([
    ['a turn reports what a named person said', 'Rita Vanterpool spoke to us on Friday.\nQ. Tom Okafor said on Monday that the bridge would reopen in May. Is that enough?\nA: It is a start.', 'the bridge would reopen in May', 'Tom Okafor'],
  ])('%s', (_label, text, clause, speaker) => {
    const { quotes } = quotesOf(text, CAST);
    const q = quotes.find((x) => x.kind === 'indirect' && x.text === clause);
    expect(q?.speaker?.name).toBe(speaker);
  });

  it.each([
    ['a question in a turn', 'Rita Vanterpool spoke to us on Friday.\nQ: Is Tom Okafor asking the city to close the bridge?\nA: He is asking for a conversation.'],
    ['the turn\'s own "has to show that"', 'Rita Vanterpool spoke to us on Friday.\nQ: Will the bridge reopen?\nA: Every partner has to show that its plan serves the city.'],
  ])('no reported speech inside a turn: %s', (_label, text) => {
    const { quotes } = quotesOf(text, CAST);
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
});
