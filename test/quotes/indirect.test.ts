import { describe, expect, it } from 'vitest';
import { quotesOf, spansHold, type EntitySpec } from './helpers.js';
import { REPORTING_CUES } from '../../src/lexicons/en/reporting.js';

const PEOPLE: EntitySpec[] = [
  { name: 'Claudia Sheinbaum', aliases: ['Sheinbaum'], titles: ['President'] },
  { name: 'Donald Trump', aliases: ['Trump'], titles: ['President'] },
  { name: 'Marco Rubio', aliases: ['Rubio'], titles: ['Secretary of State'] },
  { name: 'Paris', type: 'GPE' },
  { name: 'Panama', type: 'GPE' },
  { name: 'Ana Ruiz', aliases: ['Ruiz'] },
  { name: 'Norvania', type: 'GPE' },
];

function indirect(text: string) {
  const { quotes } = quotesOf(text, PEOPLE);
  expect(spansHold(text, quotes)).toBe(true);
  return quotes.filter((q) => q.kind === 'indirect');
}

describe('reported speech', () => {
  it.each([
    ['said that', 'Sheinbaum said Saturday that she had rejected the offer.', 'she had rejected the offer', 'Claudia Sheinbaum', 'said'],
    ['said without that', 'Trump said the country would categorically reject it.', 'the country would categorically reject it', 'Donald Trump', 'said'],
    ['adjuncts before that', 'Trump said in an interview last week with a radio host that he had offered help.', 'he had offered help', 'Donald Trump', 'said'],
    ['told someone that', 'Rubio told reporters on Tuesday that he believed the drugs were headed north.', 'he believed the drugs were headed north', 'Marco Rubio', 'told'],
    ['told someone to', 'Rubio told Panama to reduce foreign influence over the canal.', 'Panama to reduce foreign influence over the canal', 'Marco Rubio', 'told'],
    ['vowed to', 'Sheinbaum vowed to prevail in the escalating dispute.', 'to prevail in the escalating dispute', 'Claudia Sheinbaum', 'vowed'],
    ['participle', 'Trump criticized the decision, suggesting she fears the cartels.', 'she fears the cartels', 'Donald Trump', 'suggesting'],
    ['group speaker', 'Security experts emphasize that military action alone cannot solve the problem.', 'military action alone cannot solve the problem', 'Security experts', 'emphasize'],
    ['a clause whose predicate is quoted', 'Ana Ruiz said the plan “makes no sense.”', 'the plan “makes no sense.”', 'Ana Ruiz', 'said'],
    ['a quoted predicate after a negator', 'Ana Ruiz said the presence of the troops “no longer corresponds to our wishes.”', 'the presence of the troops “no longer corresponds to our wishes.”', 'Ana Ruiz', 'said'],
    ['"member states" is no cue before its auxiliary', 'Ana Ruiz said member states had the right to choose their partners.', 'member states had the right to choose their partners', 'Ana Ruiz', 'said'],
    ['post-posed', 'French troops will begin withdrawing from Niger this week, Paris said on Thursday.', 'French troops will begin withdrawing from Niger this week', 'Paris', 'said'],
    ['post-posed, subject with lower-case modifiers', 'The border will stay closed to troops, veteran opposition leader Claudia Sheinbaum said Monday.', 'The border will stay closed to troops', 'Claudia Sheinbaum', 'said'],
    ['post-posed, coordinated group subject', 'The mercenaries have left the country, diplomatic and security sources said on Sunday.', 'The mercenaries have left the country', 'security sources', 'said'],
    ['told someone, then a that-less clause', 'Rubio told reporters he planned to visit the canal next month.', 'he planned to visit the canal next month', 'Marco Rubio', 'told'],
    ['a clause that opens with a count', 'Ana Ruiz said nine civilians had been killed in the raid.', 'nine civilians had been killed in the raid', 'Ana Ruiz', 'said'],
    ['a clause that opens with "at least"', 'Ana Ruiz said at least 40 people died.', 'at least 40 people died', 'Ana Ruiz', 'said'],
    ['a clause that opens with "several"', 'Ana Ruiz said several villages were hit.', 'several villages were hit', 'Ana Ruiz', 'said'],
    ['an aside ending in a place before "said": the clause\'s subject is not the speaker', 'Ana Ruiz, speaking in the capital, Paris, said the troops were there at the invitation of the government.', 'the troops were there at the invitation of the government', 'Ana Ruiz', 'said'],
    ['"that" and a gerund open a clause, no relative one', 'Ana Ruiz said that sending troops would be a mistake.', 'sending troops would be a mistake', 'Ana Ruiz', 'said'],
    ['a clause that opens with "more than"', 'Sheinbaum says more than two million people may have been affected by the floods.', 'more than two million people may have been affected by the floods', 'Claudia Sheinbaum', 'says'],
    ['post-posed, a title with "of" before the name', 'The canal will stay open to all ships, Secretary of State Marco Rubio said Wednesday morning, a day after the talks.', 'The canal will stay open to all ships', 'Marco Rubio', 'said'],
    ['claimed to', 'Rubio claimed to be acting on behalf of the whole region.', 'to be acting on behalf of the whole region', 'Marco Rubio', 'claimed'],
    ['asked someone to', 'Sheinbaum asked Panama to reopen the crossing before winter.', 'Panama to reopen the crossing before winter', 'Claudia Sheinbaum', 'asked'],
    ['called on someone to', 'Rubio called on Panama to reduce foreign influence over the canal.', 'Panama to reduce foreign influence over the canal', 'Marco Rubio', 'called on'],
    ['parenthetical', 'During the call, Sheinbaum said, Trump had asked how he could help.', 'Trump had asked how he could help', 'Claudia Sheinbaum', 'said'],
    ['according to, first', 'According to Rubio, the treaty allows the United States to intervene.', 'the treaty allows the United States to intervene', 'Marco Rubio', 'According to'],
    ['according to, last', 'The mission will cost $425 million, according to the space agency.', 'The mission will cost $425 million', 'the space agency', 'according to'],
    ['reporting noun with its owner', 'Trump’s claim that the United States spends billions went unchallenged.', 'the United States spends billions', 'Donald Trump', 'claim'],
    ['cognition verb with that', 'Researchers showed for the first time that strokes can be reduced.', 'strokes can be reduced', 'Researchers', 'showed'],
    ['clause stops at a new participle cue', 'Sheinbaum said the talks were useful, adding that more were planned.', 'the talks were useful', 'Claudia Sheinbaum', 'said'],
    ['participle after a thing reports the subject', 'Sheinbaum turned down the offer saying Mexico is not for sale.', 'Mexico is not for sale', 'Claudia Sheinbaum', 'saying'],
    ['participle after a reporting noun reports its owner', 'Rubio questioned Trump’s comments suggesting force was possible.', 'force was possible', 'Donald Trump', 'suggesting'],
    ['a pair of dashes is an aside, not the clause end', 'Security experts emphasize that military action alone—whether local or foreign—cannot solve the problem.', 'military action alone—whether local or foreign—cannot solve the problem', 'Security experts', 'emphasize'],
    ['clause stops at a subordinator', 'Sheinbaum warned that such measures would resolve nothing amid threats from abroad.', 'such measures would resolve nothing', 'Claudia Sheinbaum', 'warned'],
    ['clause stops at a contrast', 'Rubio said he could not give details, but said it was a precise strike.', 'he could not give details', 'Marco Rubio', 'said'],
    ['clause stops at a second report', 'Rubio said the strike was legal and boasted that it was the first one.', 'the strike was legal', 'Marco Rubio', 'said'],
    ['the same report goes on after "but that"', 'Trump said he had offered to help, but that he had been turned down.', 'he had offered to help, but that he had been turned down', 'Donald Trump', 'said'],
    ['a coordinated verb inside the report is not a new one', 'During the call, Sheinbaum said, Trump had asked how he could help and suggested sending troops.', 'Trump had asked how he could help and suggested sending troops', 'Claudia Sheinbaum', 'said'],
    ['"not only … but also" is one clause', 'Rubio warned that such actions not only endanger staff but also violate the law.', 'such actions not only endanger staff but also violate the law', 'Marco Rubio', 'warned'],
  ])('%s', (_label, text, clause, speaker, cue) => {
    const q = indirect(text).find((x) => x.text === clause);
    expect(q, JSON.stringify(indirect(text).map((x) => x.text))).toBeDefined();
    expect(q?.start).toBe(text.indexOf(clause));
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.cue?.text).toBe(cue);
  });

  it.each([
    ['a direct quote after the cue', 'Sheinbaum said: “We will never accept it.”'],
    ['an object and no clause', 'Sheinbaum told reporters on Tuesday.'],
    ['a relative clause after a noun', 'The statement that was issued on Monday ran to two pages.'],
    ['a reporting noun with no owner', 'Amid reports that the plan is ready, markets fell.'],
    ['a cognition verb without that', 'Analysts expect a profit of 28 cents per share.'],
    ['an adjective', 'The alleged drug boat was destroyed in the strike.'],
    ['a cue inside a direct quote', '“He said everything is on the table,” Sheinbaum noted.'],
  ])('no indirect quote: %s', (_label, text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe('reporting-cue lexicon', () => {
  it('has unique ids and lower-case forms', () => {
    const ids = REPORTING_CUES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of REPORTING_CUES) for (const f of [...c.forms, ...c.lemmas]) expect(f).toBe(f.toLowerCase());
  });
});

describe('reported speech: where the clause ends', () => {
  it.each([
    ['a quoted predicate, then "amid"', 'Ruiz said that such tolls “would not fix anything” amid pressure from the shipping lobby.', 'such tolls “would not fix anything”'],
    ['a to-infinitive, then "despite"', 'Ruiz urged the islanders to stay in the union despite the new tariffs on wool.', 'the islanders to stay in the union'],
    ['a reporting noun in subject position ends at the sentence verb', 'Ruiz’s announcement that Norvania would close the port is the latest blow to the fishing towns.', 'Norvania would close the port'],
    ['a gerund in subject position ends at the sentence verb', 'Saying the port will never reopen is far too gloomy for the fishing towns.', 'the port will never reopen'],
    ['"as the" opening a clause with a verb ends it', 'Ruiz said the ceasefire would hold as the talks continued in Paris.', 'the ceasefire would hold'],
    ['the comma of a number in the object is no clause break', 'Ana Ruiz told a rally of about 20,000 people that the plan was wrong.', 'the plan was wrong'],
    ['an absolute "with" clause after the report is not the speaker\'s', 'Victor Hale said that Sudria could station troops in Norland, with Ana Ruiz calling the idea an insult.', 'Sudria could station troops in Norland'],
    ['"known as" names what is before it, inside the clause', 'Ruiz told the council that the mission, known as HARBOR, had cleared 14 districts since 2024.', 'the mission, known as HARBOR, had cleared 14 districts since 2024'],
  ])('%s', (_label, text, clause) => {
    const q = indirect(text).find((x) => x.text.startsWith(clause.slice(0, 12)));
    expect(q?.text).toBe(clause);
    expect(q?.start).toBe(text.indexOf(clause));
  });

  it.each([
    ['"amid" before the clause has a verb stays inside it', 'Ruiz said that prices amid the strike had risen by a third.', 'prices amid the strike had risen by a third'],
    ['"as the" with no verb is a phrase inside the clause', 'Ruiz said Norvania would be better off as the 51st state.', 'Norvania would be better off as the 51st state'],
    ['a noun clause in object position runs on past a later verb', 'Ruiz denied the claim that Norvania’s fleet is too old to sail.', 'Norvania’s fleet is too old to sail'],
  ])('near miss: %s', (_label, text, clause) => {
    const q = indirect(text).find((x) => x.text.startsWith(clause.slice(0, 12)));
    expect(q?.text).toBe(clause);
  });
});

describe('reported speech: an object and a to-infinitive', () => {
  it.each([
    ['expect X to', 'The two companies expect the deal to be completed by the end of the year.', 'the deal to be completed by the end of the year', 'two companies'],
    ['a quoted adverb between the object and "to"', 'Ruiz urged Eastport mayor Omar Haddad “respectfully” to reconsider the toll.', 'Eastport mayor Omar Haddad “respectfully” to reconsider the toll', 'Ana Ruiz'],
  ])('%s', (_label, text, clause, speaker) => {
    const q = indirect(text).find((x) => x.text === clause);
    expect(q, JSON.stringify(indirect(text).map((x) => x.text))).toBeDefined();
    expect(q?.start).toBe(text.indexOf(clause));
    expect(q?.speaker?.name.endsWith(speaker)).toBe(true);
  });

  it.each([
    ['"expect to" with no object is a plan, not reported speech', 'Ruiz expects to win the vote by a wide margin.'],
    ['"accused X of" is not annotated as reported speech', 'Norvania accused the Fleet Union of hiding the ships from inspectors.'],
    ['"complained about" opens no clause', 'Ana Ruiz complained repeatedly about cross-border smuggling.'],
    ['"said at the meeting" with no clause after it is no reported speech', 'Ana Ruiz spoke at length and said at the meeting nothing new.'],
  ])('near miss: %s', (_label, text) => {
    expect(indirect(text)).toEqual([]);
  });
});

describe('reported speech: an "Asked …," intro', () => {
  it('the question ends at the comma that closes the intro', () => {
    const text = 'Asked whether the port would reopen, Ruiz said it would stay shut until May.';
    const texts = indirect(text).map((q) => q.text);
    expect(texts).toContain('it would stay shut until May');
    expect(texts.every((t) => !t.includes(', Ruiz said'))).toBe(true);
  });
});

describe('reported speech: parentheticals and post-posed dates', () => {
  it.each([
    ['a parenthetical between subject and predicate keeps the subject', 'The union, they said, could be using the strike as a distraction from its losses.', 'The union, they said, could be using the strike as a distraction from its losses'],
    ['a post-posed cue followed by a date and a place', 'Foreign ships cannot serve as a guarantee, spokesperson Ana Ruiz said on Sept. 5 at the Eastport forum.', 'Foreign ships cannot serve as a guarantee'],
  ])('%s', (_label, text, clause) => {
    const texts = indirect(text).map((q) => q.text);
    expect(texts).toContain(clause);
  });

  it('near miss: after an intro phrase the parenthetical clause is what follows it', () => {
    const text = 'During the call, Ruiz said, the mayor had asked how he could help.';
    expect(indirect(text).map((q) => q.text)).toContain('the mayor had asked how he could help');
  });
});

describe('reported speech: "as" as a preposition does not end the clause', () => {
  it('"as a distraction" stays in the clause', () => {
    expect(indirect('Ruiz said the union was using the strike as a distraction from its losses.').map((q) => q.text)).toContain('the union was using the strike as a distraction from its losses');
  });

  it('near miss: "as" opening a clause of its own ends the reported clause', () => {
    expect(indirect('Ruiz said that the port had closed as the storm hit the coast.').map((q) => q.text)).toContain('the port had closed');
  });
});
