import { describe, expect, it } from 'vitest';
import { quotesOf, spansHold, type EntitySpec } from './helpers.js';

const PEOPLE: EntitySpec[] = [
  { name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], titles: ['President'] },
  { name: 'Donald Trump', aliases: ['Trump'], titles: ['President'] },
  { name: 'Mark Carney', aliases: ['Carney'], titles: ['Prime Minister'] },
  { name: 'State Department', type: 'ORG' },
];

function direct(text: string) {
  const { quotes } = quotesOf(text, PEOPLE);
  expect(spansHold(text, quotes)).toBe(true);
  return quotes.filter((q) => q.kind === 'direct');
}

describe('direct quotes and their speakers', () => {
  it.each([
    ['X said after', '“We will never accept it,” Sheinbaum said.', 'We will never accept it,', 'Claudia Sheinbaum', 'explicit', 'said'],
    ['said X after', '“We will never accept it,” said Mexican President Claudia Sheinbaum.', 'We will never accept it,', 'Claudia Sheinbaum', 'explicit', 'said'],
    ['X told reporters:', 'Trump told reporters: “You could say something is going to happen.”', 'You could say something is going to happen.', 'Donald Trump', 'explicit', 'told'],
    ['appositive', 'Carney, the new prime minister, said: “We will never be part of it.”', 'We will never be part of it.', 'Mark Carney', 'explicit', 'said'],
    ['pronoun', 'Sheinbaum spoke on Saturday.\n“Our sovereignty is not for sale,” she said.', 'Our sovereignty is not for sale,', 'Claudia Sheinbaum', 'pronoun', 'said'],
    ['pronoun skips the wrong gender', 'Claudia Sheinbaum met Donald Trump.\n“It went well,” she said.', 'It went well,', 'Claudia Sheinbaum', 'pronoun', 'said'],
    ['role', 'President Trump spoke twice.\n“We need it,” the president said.', 'We need it,', 'Donald Trump', 'role', 'said'],
    ['group phrase', '“The risk is rising,” security experts said.', 'The risk is rising,', 'security experts', 'explicit', 'said'],
    ['organisation with possessive', '“The status quo is unacceptable,” the State Department’s readout of the meeting said.', 'The status quo is unacceptable,', 'State Department', 'explicit', 'said'],
    ['participle after a comma', 'Carney rejected the idea, adding: “Canada will win this fight.”', 'Canada will win this fight.', 'Mark Carney', 'explicit', 'adding'],
    ['partial quote with a describing verb', 'Sheinbaum called the plan “unacceptable pressure” on Monday.', 'unacceptable pressure', 'Claudia Sheinbaum', 'explicit', 'called'],
  ])('%s', (_label, text, quote, speaker, method, cue) => {
    const found = direct(text).find((q) => q.text === quote);
    expect(found).toBeDefined();
    expect(found?.start).toBe(text.indexOf(quote));
    expect(found?.speaker?.name).toBe(speaker);
    expect(found?.speaker?.method).toBe(method);
    expect(found?.cue?.text).toBe(cue);
  });

  it('a short whole sentence quoted after an attributed one continues its speaker', () => {
    const text = '“We will not accept this,” Carney told reporters. “It is a violation.”';
    const found = direct(text).find((q) => q.text === 'It is a violation.');
    expect(found?.speaker?.name).toBe('Mark Carney');
  });

  it('a short scare quote inside a sentence is still not a quote', () => {
    const text = '“We will not accept this,” Carney said. The plan was “a total mess” for many.';
    expect(direct(text).map((q) => q.text)).toEqual(['We will not accept this,']);
  });

  it('a quote broken by its attribution is two quotes with one speaker', () => {
    const text = '“I told him no,” Sheinbaum said, “and our territory is inviolable.”';
    const qs = direct(text);
    expect(qs.map((q) => q.text)).toEqual(['I told him no,', 'and our territory is inviolable.']);
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Claudia Sheinbaum', 'Claudia Sheinbaum']);
  });

  it('an unattributed quote paragraph continues the previous speaker', () => {
    const text = '“We coordinate, we collaborate,” Sheinbaum said.\n“But we are not subordinate to anyone at all.”';
    const qs = direct(text);
    expect(qs[1]?.speaker).toMatchObject({ name: 'Claudia Sheinbaum', method: 'context' });
  });

  it('a multi-paragraph quote is one quote per paragraph with the same speaker', () => {
    const text = 'Sheinbaum issued the following statement:\n“We are clear that our sovereignty is not negotiable.\n“We will keep working with our neighbours in good faith.”';
    const qs = direct(text);
    expect(qs.map((q) => q.text)).toEqual(['We are clear that our sovereignty is not negotiable.', 'We will keep working with our neighbours in good faith.']);
    expect(qs.every((q) => q.speaker?.name === 'Claudia Sheinbaum')).toBe(true);
  });

  it.each([
    ['scare quotes', 'One in four patients have normal ‘bad’ cholesterol but low ‘good’ cholesterol.'],
    ['a title', 'He appeared on "Fox & Friends" on Wednesday morning.'],
    ['a nickname', 'The so-called "three borders" zone is dangerous.'],
    ['ballot choices after percentages', 'According to official results, 58.2% voted "no" and 41.8% "yes," the commission said.'],
    ['a label after a count', 'The post drew 1,200 "likes" within an hour, officials said.'],
  ])('not a quote: %s', (_label, text) => {
    expect(direct(text)).toEqual([]);
  });

  it('a one-word partial quote inside reported speech counts', () => {
    const text = 'The plans for the mission are now "mature" after months of work, Ana Ruiz said.';
    expect(direct(text).map((q) => q.text)).toEqual(['mature']);
  });

  it('a one-word quote with its speaker still counts', () => {
    const text = 'The plan is “mature,” the minister said on Monday.';
    expect(direct(text).map((q) => q.text)).toEqual(['mature,']);
  });

  it('a partial quote inside reported speech counts, with the reporter’s source as speaker', () => {
    const text = 'Sheinbaum said that Mexico will not tolerate an “armed invasion” of its territory.';
    const q = direct(text).find((x) => x.text === 'armed invasion');
    expect(q?.speaker?.name).toBe('Claudia Sheinbaum');
  });
});
