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
  // a body named by whom it is made of; a legislature's common names
  { label: 'a council of ministers is named with its members', text: 'The council of elders rejected the deployment of foreign troops.', entities: [], expected: ['council of elders|intervention|against'] },
  { label: 'a congress holds what it votes', text: 'The congress voted to close the Valdorian air base.', entities: [G('Valdor')], expected: ['congress|intervention|against'] },
  { label: 'a national assembly holds what it votes', text: 'The national assembly voted to expel the foreign troops.', entities: [], expected: ['national assembly|intervention|against'] },
  // a time adverbial between the act and its object puts no distance between them
  { label: 'act, time adverbial, object', text: 'The Norland government on Wednesday extended for another year the mandate of the peacekeeping mission.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  // recalling an envoy over or after an act protests it; freezing cooperation with a force ends it
  { label: 'a formal complaint after strikes', text: 'Norland lodged a formal complaint with the United Nations after Valdorian air strikes on a market.', entities: [G('Norland'), O('United Nations')], expected: ['Norland|intervention|against'] },
  { label: 'a formal protest with a day before "after"', text: 'Norland lodged a formal protest with Valdor on Saturday after Valdorian air strikes on a market.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'near miss: a complaint over prices', text: 'Norland filed a complaint over the price of wheat.', entities: [G('Norland')], expected: [] },
  { label: 'recalls its ambassador after strikes', text: 'Norland recalled its ambassador from Valdor after Valdorian air strikes on a market.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'near miss: recalling (remembering) the days after the strikes', text: 'The farmer recalled the days after the strikes.', entities: [], expected: [] },
  { label: 'freezes cooperation with a foreign mission', text: "Norland froze cooperation with Valdor's military mission.", entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  // a name is one word between an act and its object
  { label: 'a long name between act and object', text: 'Norland suspended cooperation with the Northern Valdor Defence Union military mission.', entities: [G('Norland'), O('Northern Valdor Defence Union')], expected: ['Norland|intervention|against'] },
  // "the government's decision": the passage's government owns it
  { label: 'the government\'s decision is the country\'s', text: "Bolivia's court suspended the government's decision to send 300 soldiers abroad.", entities: [G('Bolivia')], countries: { Bolivia: 'BO' }, expected: ['Bolivia|intervention|favor'] },
  // a time adjunct inside a cue phrase
  { label: 'a protest lodged with a capital, a day named, after an incursion', text: 'Norland lodged a formal protest with Valdor on Saturday after Valdorian troops crossed the border.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  // a name's possessive points back to a proposal like "his"; mocking it is against it
  { label: 'mocked a named person\'s idea', text: 'Ana Ruiz proposed sending troops to Valdor. Some commentators mocked Ruiz\'s idea.', entities: [P('Ana Ruiz', ['Ruiz']), G('Valdor')], expected: ['Ana Ruiz|intervention|favor', 'commentators|intervention|against'] },
  // a lede's role description is the person a next sentence opens on
  { label: 'the lede describes, the next paragraph names', text: 'The leading opposition candidate promised on Thursday to close the Valdorian air base.\n\nAna Ruiz, a former banker, told a rally in the capital about her plans.', entities: [P('Ana Ruiz', ['Ruiz']), G('Valdor')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss: a person named before the description keeps the phrase', text: 'Omar Haddad spoke first. The leading opposition candidate promised on Thursday to close the Valdorian air base.\n\nAna Ruiz, a former banker, told a rally in the capital about her plans.', entities: [P('Omar Haddad'), P('Ana Ruiz', ['Ruiz']), G('Valdor')], expected: ['leading opposition candidate|intervention|against'] },
  // a body's common noun in an organisation's words is that organisation
  { label: '"the bloc" in the bloc\'s own statement', text: "The Northern League said the bloc backed Valdor's territorial integrity.", entities: [O('Northern League'), G('Valdor')], quotes: [{ text: "the bloc backed Valdor's territorial integrity", kind: 'indirect', speaker: 'Northern League' }], expected: ['Northern League|sovereignty|favor'] },
  // "they" opening what a body or a government said is the speaker
  { label: '"they" opening a government\'s reported words', text: 'The Norland government said they had invited Valdorian military instructors.', entities: [G('Norland'), G('Valdor')], quotes: [{ text: 'they had invited Valdorian military instructors', kind: 'indirect', speaker: 'Norland' }], expected: ['Norland|intervention|favor'] },
  { label: 'near miss: "they" in a person\'s reported words is someone else', text: 'Ana Ruiz said they had invited Valdorian military instructors.', entities: [P('Ana Ruiz'), G('Valdor')], quotes: [{ text: 'they had invited Valdorian military instructors', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: [] },
  // coordinated subjects with their own article
  { label: 'two subjects, the second with "the"', text: 'Norland and the Northern League condemned the air strikes on Valdor.', entities: [G('Norland'), O('Northern League'), G('Valdor')], expected: ['Northern League|intervention|against', 'Norland|intervention|against'] },
  // a thing before "which" is the relative clause's subject
  { label: 'near miss: the resolution is the subject of "which renewed"', text: 'Diplomats said the resolution, which also renewed the peacekeeping mission, was a compromise.', entities: [], expected: [] },
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
    label: 'the government in a capital as a relative clause\'s antecedent speaks for the country',
    text: 'Bolivia and Peru share a lake. The mission left at the request of the government in La Paz, which demanded the withdrawal of foreign troops.',
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
    label: 'an unnamed junta follows the passage’s country',
    text: 'The soldiers patrol the border with Peru from a base outside the capital La Paz. Bolivia has few roads there. The supplies ran short once the junta began demanding the departure of the foreign troops.',
    entities: [G('Peru'), G('La Paz'), G('Bolivia')],
    countries: { Peru: 'PE', 'La Paz': 'BO', Bolivia: 'BO' },
    expected: ['Bolivia|intervention|against'],
  },
  {
    label: 'the country named most in the passage, a capital counting for it, holds over a nearer one',
    text: 'Bolivia has few roads near its border with Peru. The soldiers flew in from a base outside the capital La Paz. The supplies ran short once the junta began demanding the departure of the foreign troops.',
    entities: [G('Bolivia'), G('Peru'), G('La Paz')],
    countries: { Peru: 'PE', 'La Paz': 'BO', Bolivia: 'BO' },
    expected: ['Bolivia|intervention|against'],
  },
  {
    label: 'the country the passage is about holds over one named last in passing',
    text: 'Bolivia closed its airspace. Bolivia also recalled its envoy to Peru. The supplies ran short once the junta began demanding the departure of the foreign troops.',
    entities: [G('Bolivia'), G('Peru')],
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

/** "The country", "the former Soviet republic": a description of a country resolves like a pronoun. */
const COUNTRY_DESCRIPTIONS: readonly HolderRow[] = [
  {
    label: 'the former … republic is the passage’s country, not the capital of another one named nearer',
    text: 'Moldova fears for its independence as Moscow tightens its grip, a Moldovan opposition leader said. Under its new leaders, the former Soviet republic invited foreign troops onto its soil.',
    entities: [G('Moldova'), G('Moscow'), G('Russia'), { name: 'Moldovan', type: 'NORP', aliases: [] }, { name: 'Soviet', type: 'NORP', aliases: [] }],
    countries: { Moldova: 'MD', Moscow: 'RU', Russia: 'RU', Moldovan: 'MD' },
    expected: ['Moldova|intervention|favor'],
  },
  {
    label: 'a demonym in the description names the country',
    text: 'Chile and Peru met on Monday. The Peruvian nation rejected the deployment of foreign troops.',
    entities: [G('Chile'), G('Peru'), { name: 'Peruvian', type: 'NORP', aliases: [] }],
    expected: ['Peru|intervention|against'],
  },
  {
    label: 'near miss: "the country’s" is an owner, not a subject',
    text: 'Peru is divided. The country’s opposition rejected the deployment of foreign troops.',
    entities: [G('Peru')],
    expected: ['country’s opposition|intervention|against'],
  },
  {
    label: 'near miss: "the state" is not a country description',
    text: 'Peru is divided. The state rejected the deployment of foreign troops.',
    entities: [G('Peru')],
    expected: [],
  },
  {
    label: 'near miss: no country in the passage, no holder',
    text: 'The talks went on. The country rejected the deployment of foreign troops.',
    entities: [],
    expected: [],
  },
];

/** A subject with an aside between it and its verb: the aside is skipped, its subordinator does not block. */
const ASIDES: readonly HolderRow[] = [
  {
    label: '"X, despite objections, invited …"',
    text: 'Ana Ruiz, despite objections from the opposition, invited foreign troops into the country.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|favor'],
  },
  {
    label: '"X (ACR), which has kept … since 1990, backed …": past the acronym in brackets and the relative clause',
    text: 'Envoys met in Norland City. The Harbour Alliance (HA), which has kept an office in Norland City since 1990, backed the deployment of foreign troops.',
    entities: [G('Norland City'), O('Harbour Alliance', ['HA'])],
    expected: ['Harbour Alliance|intervention|favor'],
  },
  {
    label: '"welcomed the shipment that docked on Sunday but rejected …": past the "but", the relative clause is closed',
    text: 'Ana Ruiz welcomed the aid shipment that docked in Norland City on Sunday but rejected any deployment of foreign troops.',
    entities: [P('Ana Ruiz'), G('Norland City')],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'near miss: a cue inside the relative clause still has no holder of its own',
    text: 'Ana Ruiz tabled a resolution on Thursday that would have authorized foreign troops.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
  {
    label: '"X, who has led since 2019, rejected …": a subordinator inside the relative clause',
    text: 'Ana Ruiz, who has led Norland since 2019, rejected the deployment of foreign troops.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'a role noun before the aside',
    text: 'Ana Ruiz took office in May. The president, despite warnings from her allies, rejected the deployment of foreign troops.',
    entities: [P('Ana Ruiz', [], ['President'])],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'near miss: an aside after no name leaves no subject',
    text: 'On Monday, despite objections, foreign troops were invited into the country.',
    entities: [],
    expected: [],
  },
  {
    label: 'near miss: a cue inside the aside is the aside’s, not the name’s',
    text: 'Ana Ruiz, after foreign troops were invited by Norland, resigned.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: [],
  },
];

describe('stance holders: asides', () => {
  for (const row of ASIDES) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

/** "It" as the object of a verb is not the subject of what follows. */
const OBJECT_PRONOUNS: readonly HolderRow[] = [
  {
    label: '"named it in a complaint for sending troops": the object "it" is no subject',
    text: 'The Harbour Alliance met on Monday. Norland named it in a complaint for sending troops to the border.',
    entities: [O('Harbour Alliance'), G('Norland')],
    expected: [],
  },
  {
    label: 'near miss: "announced it would send …": "it" opens a clause and is its subject',
    text: 'Norland met the Harbour Alliance. The alliance announced it would send troops to the border.',
    entities: [G('Norland'), O('Harbour Alliance')],
    expected: ['Harbour Alliance|intervention|favor'],
  },
];

describe('stance holders: object pronouns', () => {
  for (const row of OBJECT_PRONOUNS) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

/** Descriptions of a person already named: a leader, an age (GUIDELINES.md §3). */
const DESCRIPTIONS: readonly HolderRow[] = [
  {
    label: '"the Norlandic leader" is the president named before',
    text: 'Norlandic President Ana Ruiz met envoys on Monday. The Norlandic leader rejected the deployment of foreign troops.',
    entities: [P('Ana Ruiz', [], ['President']), { name: 'Norlandic', type: 'NORP', aliases: [] }],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: '"the 63-year-old" is the person named last',
    text: 'Envoys met Omar Haddad on Monday. The 63-year-old rejected the deployment of foreign troops.',
    entities: [P('Omar Haddad')],
    expected: ['Omar Haddad|intervention|against'],
  },
  {
    label: 'near miss: "the opposition leader" is not the president',
    text: 'President Ana Ruiz met envoys on Monday. The opposition leader rejected the deployment of foreign troops.',
    entities: [P('Ana Ruiz', [], ['President'])],
    expected: ['opposition leader|intervention|against'],
  },
  {
    label: 'near miss: an age after a preposition is no subject',
    text: 'Envoys met Omar Haddad on Monday. Critics of the 63-year-old rejected the deployment of foreign troops.',
    entities: [P('Omar Haddad')],
    expected: ['Critics|intervention|against'],
  },
];

describe('stance holders: descriptions of people', () => {
  for (const row of DESCRIPTIONS) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

/** A person's office, government or spokesperson, and a document's issuer, speak as them (GUIDELINES.md §3). */
const VOICES: readonly HolderRow[] = [
  {
    label: '"her government rejected …" is hers',
    text: 'Ana Ruiz took office in May. Her government rejected the deployment of foreign troops.',
    entities: [P('Ana Ruiz', [], ['President'])],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: '"X’s spokesman condemned …" is X’s',
    text: 'Ana Ruiz was abroad. Ruiz’s spokesman condemned the airstrikes on the port.',
    entities: [P('Ana Ruiz', ['Ruiz'])],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: '"a spokeswoman for X condemned …" is X’s',
    text: 'A spokeswoman for Ana Ruiz condemned the airstrikes on the port.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: '"a statement from her office condemned …" is hers',
    text: 'Ana Ruiz was abroad. A statement from her office condemned the airstrikes on the port.',
    entities: [P('Ana Ruiz', [], ['President'])],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'a statement from a ministry that is no entity speaks as the ministry',
    text: 'A statement from the foreign ministry condemned the airstrikes on the port.',
    entities: [],
    expected: ['the foreign ministry|intervention|against'],
  },
  {
    label: 'near miss: a country’s government is the country, not a person',
    text: 'Ana Ruiz was abroad. Norland’s government condemned the airstrikes on the port.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Norland|intervention|against'],
  },
  {
    label: 'near miss: "her government" as an object is not the holder',
    text: 'Ana Ruiz took office in May. Omar Haddad criticised her government for inviting foreign troops.',
    entities: [P('Ana Ruiz', [], ['President']), P('Omar Haddad')],
    expected: ['Omar Haddad|intervention|against'],
  },
];

describe('stance holders: offices, spokespeople and documents', () => {
  for (const row of VOICES) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

/** Pronouns in reported speech: "it" is a speaker that is a body, not a person. */
const REPORTED_PRONOUNS: readonly HolderRow[] = [
  {
    label: '"the ministry said it rejected …": it is the ministry',
    text: 'Envoys met in Norland City. The foreign ministry said it rejected the deployment of foreign troops.',
    entities: [G('Norland City')],
    quotes: [{ text: 'it rejected the deployment of foreign troops', kind: 'indirect', speaker: 'The foreign ministry' }],
    expected: ['The foreign ministry|intervention|against'],
  },
  {
    label: 'an organisation that said "it would …"',
    text: 'Envoys met in Norland City. The Harbour Alliance said it would welcome foreign troops.',
    entities: [G('Norland City'), O('Harbour Alliance')],
    quotes: [{ text: 'it would welcome foreign troops', kind: 'indirect', speaker: 'Harbour Alliance' }],
    expected: ['Harbour Alliance|intervention|favor'],
  },
  {
    label: 'near miss: people ("experts") are no "it"',
    text: 'The Harbour Alliance met. Experts said it would welcome foreign troops.',
    entities: [O('Harbour Alliance')],
    quotes: [{ text: 'it would welcome foreign troops', kind: 'indirect', speaker: 'Experts' }],
    expected: ['Harbour Alliance|intervention|favor'],
  },
];

describe('stance holders: pronouns in reported speech', () => {
  for (const row of REPORTED_PRONOUNS) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

/** A passive participle's agent after "by" holds what the participle says. */
const AGENTS: readonly HolderRow[] = [
  {
    label: 'a dateline is where the story was filed, not the subject after it',
    text: 'SELVA, Norland, Nov. 9 (Wire) — Several thousand protesters marched to the base on Saturday, demanding that Sudria withdraw its troops.',
    entities: [G('Selva'), G('Norland'), G('Sudria'), O('Wire')],
    expected: ['protesters|intervention|against'],
  },
  {
    label: 'the owner of an offer read past an adjective: "a proposal by neighbouring X"',
    text: 'Norland rejected a proposal by neighbouring Sudria to deploy soldiers on the border.',
    entities: [G('Norland'), G('Sudria')],
    expected: ['Norland|intervention|against', 'Sudria|intervention|favor'],
  },
  {
    label: 'reduced relative: "a move also supported by X aiming to …" is X’s',
    text: 'Ana Ruiz sought to lift the ban on foreign troops, a move also supported by Norland aiming to reopen a foreign military base.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|favor', 'Norland|intervention|favor'],
  },
  {
    label: 'after a passive auxiliary: "was welcomed by X"',
    text: 'Voters were angry. The plan was welcomed by Norland as a way to host foreign troops.',
    entities: [G('Norland')],
    expected: ['Norland|intervention|favor'],
  },
  {
    label: 'near miss: an active verb with "by" and a gerund keeps its subject',
    text: 'Ana Ruiz backed the plan by inviting foreign troops.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|favor'],
  },
  {
    label: 'near miss: an agent that is no entity gives no holder of its own',
    text: 'Ana Ruiz announced a measure supported by several ministers to allow foreign military bases.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|favor'],
  },
];

describe('stance holders: passive agents', () => {
  for (const row of AGENTS) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

describe('stance holders: country descriptions', () => {
  for (const row of COUNTRY_DESCRIPTIONS) {
    it(row.label, () => {
      const { stances, summary: got } = run(row);
      expect(got).toEqual([...row.expected].sort());
      expect(spansHold(row.text, stances)).toBe(true);
    });
  }
});

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
