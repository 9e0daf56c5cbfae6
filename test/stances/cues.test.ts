import { describe, it } from 'vitest';
import { expectRow, P, G, O, type Row } from './helpers.js';

/** A pretext or cover belongs to its user, who wants what it serves; the accuser is against it. */
const PRETEXTS: readonly Row[] = [
  {
    label: 'hit: "as a cover for" is "as cover for": its user wants the strikes',
    text: 'Ana Ruiz said Norland cited the rescue as a cover for airstrikes.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Norland|intervention|favor'],
    cue: 'as a cover for',
  },
  {
    label: 'hit: accused of using it as a cover: the accuser is against',
    text: 'Ana Ruiz accused Norland of using the rescue as a cover for airstrikes.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against'],
    cue: 'accused',
  },
  {
    label: 'hit: "no excuse for" denies the pretext, it does not negate it: sovereignty is no excuse is against it',
    text: 'Ana Ruiz said sovereignty was no excuse for mass killing.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|sovereignty|against'],
    cue: 'no excuse for',
  },
  {
    label: 'near miss: a cover with no article in a cover story is not a pretext',
    text: 'Ana Ruiz wrote the cover story about the troops.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
];

/** Arming a side is intervention: supplying it with weapons, arms deliveries. */
const ARMING: readonly Row[] = [
  {
    label: 'hit: condemned for supplying the rebels with weapons',
    text: 'Ana Ruiz condemned Norland for supplying the rebels with weapons.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against'],
    cue: 'condemned',
  },
  {
    label: 'hit: called for arms deliveries to the army',
    text: 'Omar Haddad called for arms deliveries to the army.',
    entities: [P('Omar Haddad')],
    expected: ['Omar Haddad|intervention|favor'],
    cue: 'called for',
  },
  {
    label: 'hit: accused of funding militias',
    text: 'Ana Ruiz accused Norland of funding militias.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against'],
    cue: 'accused',
  },
  {
    label: 'hit: praised the support for the rebels',
    text: 'Omar Haddad praised the support for the rebels.',
    entities: [P('Omar Haddad')],
    expected: ['Omar Haddad|intervention|favor'],
  },
  {
    label: 'near miss: condemning the rebels themselves is no stance on backing them',
    text: 'Ana Ruiz condemned the rebels.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
  {
    label: 'near miss: supplying a town with water',
    text: 'Ana Ruiz praised Norland for supplying the town with water.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: [],
  },
  {
    label: 'near miss: weapons with no supply',
    text: 'Ana Ruiz condemned the weapons fair.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
];

/** Threats of force: named outright, or "threats" in an article about force. */
const THREATS: readonly Row[] = [
  {
    label: 'hit: rejected the threat of force',
    text: 'Ana Ruiz rejected the threat of force.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against'],
    cue: 'rejected',
  },
  {
    label: 'hit: denounced the threats, in an article about warships',
    text: 'Norland sent warships to the coast. Ana Ruiz denounced the threats.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against', 'Norland|intervention|favor'],
  },
  {
    label: 'hit: the military option stays on the table',
    text: 'Victor Hale said the military option remains on the table.',
    entities: [P('Victor Hale')],
    expected: ['Victor Hale|intervention|favor'],
  },
  {
    label: 'hit: all options on the table, in an article about strikes',
    text: 'Norland is weighing airstrikes. Victor Hale said all options are on the table.',
    entities: [P('Victor Hale'), G('Norland')],
    expected: ['Norland|intervention|favor', 'Victor Hale|intervention|favor'],
  },
  {
    label: 'near miss: all options in an article with no force named',
    text: 'Victor Hale said all options are on the table for the budget.',
    entities: [P('Victor Hale')],
    expected: [],
  },
  {
    label: 'near miss: threats in an article with no force named',
    text: 'Ana Ruiz denounced the threats against journalists.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
];

/** Sovereignty asserted with no cue word: a statement held by whoever says it, a territory held as one's own. */
const ASSERTED: readonly Row[] = [
  { label: 'hit: rejecting a proposal of joint sovereignty holds to it', text: 'Ana Ruiz rejected a Norlandic proposal for joint sovereignty over the islands.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'hit: "tear up" a basing agreement is against it', text: 'Ana Ruiz pledged to tear up the basing agreement.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: a subjunctive complement after a postmodifier: "the squadrons stationed there be sent home"', text: 'Ana Ruiz demanded that the squadrons stationed there be sent home.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: "demanded that the troops be withdrawn"', text: 'Ana Ruiz demanded that the troops be withdrawn.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss of the flip: "demanded that the troops be deployed" is for them', text: 'Ana Ruiz demanded that the troops be deployed.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'near miss: a central bank in the currency market is no intervention', text: 'Norland\'s central bank intervened in the currency market on Tuesday, traders said.', entities: [G('Norland')], expected: [] },
  { label: 'near miss: a sit-in is no occupation', text: 'Students ended their occupation of the university library on Thursday, Ana Ruiz said.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'hit: the occupation of islands still is one', text: 'Ana Ruiz condemned the occupation of the islands.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  {
    label: 'hit: "<country> is not a barracks" denies the country to foreign forces',
    text: '“Chile is not a barracks,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Chile')],
    quotes: [{ text: 'Chile is not a barracks,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'hit: refusing lessons on sovereignty holds to it',
    text: 'Norland would “not take lessons on sovereignty from anyone”, Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Norland')],
    quotes: [{ text: 'Norland would “not take lessons on sovereignty from anyone”', kind: 'indirect', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: welcoming the handover of foreign bases is against them',
    text: 'Ana Ruiz welcomed the handover of the foreign bases.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'hit: a logistics detachment is a force',
    text: 'Ana Ruiz rejected a proposal to keep a logistics detachment at the airport.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'hit: sovereignty denied the name of an obstacle is held to',
    text: '“Chile\'s sovereignty is not an obstacle to security,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Chile')],
    quotes: [{ text: 'Chile\'s sovereignty is not an obstacle to security,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: sovereignty called an obstacle is against it',
    text: 'Ana Ruiz said sovereignty was an obstacle to peace.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|sovereignty|against'],
  },
  {
    label: 'hit: a people\'s consent, by demonym; "could not … without" negates twice and holds to it',
    text: 'Ana Ruiz said the force could not operate without Chilean consent.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'the force could not operate without Chilean consent', kind: 'indirect', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'near miss: an obstacle that is no target term',
    text: 'Ana Ruiz said the weather was an obstacle to the harvest.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
  {
    label: 'hit: "No one decides for <country> but <country>"',
    text: '“No one decides for Chile but Chile,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Chile')],
    quotes: [{ text: 'No one decides for Chile but Chile,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: territories denied the name of real estate',
    text: '“Arctic territories are not real estate,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'Arctic territories are not real estate,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'near miss: a house that is not real estate is no territory',
    text: '“The house is not real estate, it is a home,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'The house is not real estate, it is a home,', speaker: 'Ana Ruiz' }],
    expected: [],
  },
  {
    label: 'hit: sovereignty denied the name of a technicality is held to',
    text: '“Sovereignty is not a technicality to be waived,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'Sovereignty is not a technicality to be waived,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: "Not one more foreign soldier": the emphatic count keeps the negation in reach',
    text: '“Not one more foreign soldier on our soil,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'Not one more foreign soldier on our soil,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'hit: "<country> decides for <country>"',
    text: '“Chile decides for Chile, and only Chile,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Chile')],
    quotes: [{ text: 'Chile decides for Chile, and only Chile,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: one\'s territory denied as a foreign firing range is against intervention',
    text: '“Our territory is not a firing range for anyone,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'Our territory is not a firing range for anyone,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'hit: "will not become a battlefield for other powers"',
    text: '“Chile will not become a battlefield for other powers,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Chile')],
    quotes: [{ text: 'Chile will not become a battlefield for other powers,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'near miss: a battleground for culture wars is no foreign force',
    text: 'Ana Ruiz said schools should not become a battleground for culture wars.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
  {
    label: 'near miss: a playground for billionaires is no military use',
    text: 'Ana Ruiz said our country is not a playground for billionaires.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
  {
    label: 'hit: only the nation\'s people can decide',
    text: '“Only Chileans can decide the future of the islands,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'Only Chileans can decide the future of the islands,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: "for <people> to decide"',
    text: '“The future of the islands is for Chileans to decide,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'The future of the islands is for Chileans to decide,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: "the <demonym> people will decide"',
    text: '“The Chilean people will decide the future of these islands, nobody else,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'The Chilean people will decide the future of these islands, nobody else,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'near miss: who decides in a quote with no people named is no claim',
    text: '“Only the board can decide the future of the club,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'Only the board can decide the future of the club,', speaker: 'Ana Ruiz' }],
    expected: [],
    gap: 'the quote model (threshold 0.25) reads "can decide the future" as sovereignty favor',
  },
  {
    label: 'hit: a territory that has vowed to remain a country\'s',
    text: 'The Tarvo Islands have vowed to remain Chilean.',
    entities: [G('Tarvo Islands')],
    expected: ['Tarvo Islands|sovereignty|favor'],
  },
  {
    label: 'hit: pledging troops backs the mission',
    text: 'Ana Ruiz pledged 500 troops to the peacekeeping mission.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|favor'],
  },
  {
    label: 'hit: a place said to be a country, in a quote',
    text: '“Tarvo is Chile. That was settled long ago,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Tarvo'), G('Chile')],
    quotes: [{ text: 'Tarvo is Chile. That was settled long ago,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: a place said to be an inalienable part of a country, reported',
    text: 'Ana Ruiz said Tarvo is an inalienable part of Chile.',
    entities: [P('Ana Ruiz'), G('Tarvo'), G('Chile')],
    quotes: [{ text: 'Tarvo is an inalienable part of Chile', kind: 'indirect', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'near miss: a country named as what something else is (not a place)',
    text: '“The biggest donor is Chile,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Chile')],
    quotes: [{ text: 'The biggest donor is Chile,', speaker: 'Ana Ruiz' }],
    expected: [],
  },
  {
    label: 'near miss: a place that is a country\'s capital does not close on the country',
    text: '“Tarvo is Chile\'s oldest port,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Tarvo'), G('Chile')],
    quotes: [{ text: 'Tarvo is Chile\'s oldest port,', speaker: 'Ana Ruiz' }],
    expected: [],
  },
  {
    label: 'near miss: said in narration, no one holds it',
    text: 'Tarvo is Chile.',
    entities: [G('Tarvo'), G('Chile')],
    expected: [],
  },
  {
    label: 'hit: a territory that "is, and will remain," a country\'s',
    text: '“The islands are, and will remain, Chilean,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'The islands are, and will remain, Chilean,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: "for X alone to make" a decision, said of a country',
    text: 'Ana Ruiz said the decision was for Chad alone to make.',
    entities: [P('Ana Ruiz'), G('Chad')],
    quotes: [{ text: 'the decision was for Chad alone to make', kind: 'indirect', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'near miss: one country deciding for another is no claim of its own',
    text: '“Washington decides for Mexico,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Washington'), G('Mexico')],
    quotes: [{ text: 'Washington decides for Mexico,', speaker: 'Ana Ruiz' }],
    expected: [],
  },
  {
    label: 'hit: "belongs to the Norlandic people", quoted: the speaker holds it',
    text: '“Norland belongs to the Norlandic people,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Norland')],
    quotes: [{ text: 'Norland belongs to the Norlandic people,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
    cue: 'belongs to the Norlandic people',
  },
  {
    label: 'hit: "our future will be decided by us", quoted',
    text: '“Our future will be decided by us,” Omar Haddad said.',
    entities: [P('Omar Haddad')],
    quotes: [{ text: 'Our future will be decided by us,', speaker: 'Omar Haddad' }],
    expected: ['Omar Haddad|sovereignty|favor'],
  },
  {
    label: 'in narration, the subject of "belongs" does not hold it; the crowd under the slogan does',
    text: 'Protesters marched under the slogan Norland belongs to the Norlandic people.',
    entities: [G('Norland')],
    expected: ['Protesters|sovereignty|favor'],
  },
  {
    label: 'near miss: a reference to "the idea" does not point back to a statement',
    text: '“Our future will be decided by us,” Omar Haddad said. Ana Ruiz dismissed the idea.',
    entities: [P('Omar Haddad'), P('Ana Ruiz')],
    quotes: [{ text: 'Our future will be decided by us,', speaker: 'Omar Haddad' }],
    expected: ['Omar Haddad|sovereignty|favor'],
  },
  {
    label: 'hit: considers the islands its own: the subject holds it',
    text: 'Sudria considers the islands its own.',
    entities: [G('Sudria')],
    expected: ['Sudria|sovereignty|favor'],
  },
  {
    label: 'near miss: considers the offer its best option',
    text: 'Sudria considers the offer its best option.',
    entities: [G('Sudria')],
    expected: [],
  },
];

/** A passive cue's agent holds it: after an auxiliary, and in a reduced relative after a noun or a comma. */
const PASSIVES: readonly Row[] = [
  {
    label: 'hit: a move also supported by X aiming to reopen a base',
    text: 'Ana Ruiz wants a foreign base, a move also supported by Norland aiming to reopen a base.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|favor', 'Norland|intervention|favor'],
  },
  {
    label: 'hit: the strikes, condemned by X, went on',
    text: 'The strikes, condemned by Norland, went on for days.',
    entities: [G('Norland')],
    expected: ['Norland|intervention|against'],
    cue: 'condemned',
  },
  {
    label: 'hit: was urged by X to send troops: the asker, not the one asked',
    text: 'Ana Ruiz was urged by Norland to send troops.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Norland|intervention|favor'],
    cue: 'urged',
  },
  {
    label: 'near miss: the participle as an adjective, with no agent',
    text: 'Ana Ruiz spoke about the proposed strikes.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
];

/** Strikes and deployments announced by their author: the one who announces them stands behind them. */
const ANNOUNCED: readonly Row[] = [
  {
    label: 'hit: announced strikes on the camps',
    text: 'Victor Hale announced strikes on the rebel camps.',
    entities: [P('Victor Hale')],
    expected: ['Victor Hale|intervention|favor'],
    cue: 'announced',
  },
  {
    label: 'hit: the announcement that X would station troops belongs to its owner',
    text: 'Ana Ruiz criticised Victor Hale’s announcement that Norland would station troops on the island.',
    entities: [P('Ana Ruiz'), P('Victor Hale'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'],
  },
  {
    label: 'near miss: announcing one’s own withdrawal is news, not a stance',
    text: 'Victor Hale announced that Norland would withdraw its troops.',
    entities: [P('Victor Hale'), G('Norland')],
    expected: [],
  },
];

/** Calling for it and warning against it, in the shapes news writes them. */
const CALLS: readonly Row[] = [
  {
    label: 'hit: lobbying for the foreign force to stay',
    text: 'Lawmakers in Norland lobbied on Wednesday for the foreign battalions to stay beyond the elections.',
    entities: [G('Norland')],
    expected: ['Lawmakers|intervention|favor'],
    cue: 'lobbied on Wednesday for',
  },
  {
    label: 'hit: a logistics detachment, in an article about foreign bases, is the presence',
    text: 'Ana Ruiz rejected a plan to keep a logistics detachment at the airport after the foreign bases close.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against'],
    cue: 'rejected',
  },
  {
    label: 'hit: warned Norland against sending troops: against, not the sending',
    text: 'Ana Ruiz warned Norland against sending troops.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against'],
    cue: 'warned Norland against',
  },
  {
    label: 'hit: warned the allies against an invasion',
    text: 'Ana Ruiz warned the allies against an invasion.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'near miss: warned of strikes against the capital reports a danger',
    text: 'Ana Ruiz warned of strikes against the capital.',
    entities: [P('Ana Ruiz')],
    expected: [],
  },
  { label: 'hit: cautioned against', text: 'Omar Haddad cautioned against a military intervention.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|against'], cue: 'cautioned against' },
  { label: 'hit: appealed for troops', text: 'Omar Haddad appealed for peacekeepers to be sent.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|favor'], cue: 'appealed for' },
  { label: 'hit: pushed back against', text: 'Omar Haddad pushed back against the deployment.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|against'] },
  { label: 'hit: a vocal critic of', text: 'Omar Haddad is a vocal critic of the intervention.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|against'] },
  {
    label: 'near miss: "Critics of X" head the subject; their verb holds the stance',
    text: 'Critics of the minister rejected the deployment of foreign troops.',
    entities: [],
    expected: ['Critics|intervention|against'],
  },
  { label: 'hit: a supporter of', text: 'Omar Haddad is a supporter of the airstrikes.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|favor'] },
  {
    label: 'hit: demanded that foreign troops leave: the bare verb says what should happen to them',
    text: 'Ana Ruiz demanded that foreign troops leave.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against'],
  },
  {
    label: 'near miss: troops that will leave are news, not a stance',
    text: 'Norland said its troops will leave next year.',
    entities: [G('Norland')],
    expected: [],
  },
];

/** Defiance and resolve: answering force, refusing to yield, asserting a sovereign state. */
const DEFIANCE: readonly Row[] = [
  { label: 'hit: vowed to retaliate against any incursion', text: 'Ana Ruiz vowed to retaliate against any incursion.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'vowed' },
  {
    label: 'hit: will not bow to the pressure, in an article about troops',
    text: 'Norland sent troops to the border. Ana Ruiz said she will not bow to the pressure.',
    entities: [P('Ana Ruiz'), G('Norland')],
    expected: ['Ana Ruiz|intervention|against', 'Norland|intervention|favor'],
  },
  {
    label: 'hit: “we will not be bullied”, quoted',
    text: '“We will not be bullied,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'We will not be bullied,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  {
    label: 'hit: “Sudria is a sovereign nation”, quoted',
    text: '“Sudria is a sovereign nation,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Sudria')],
    quotes: [{ text: 'Sudria is a sovereign nation,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  { label: 'hit: ready to use force', text: 'Victor Hale said he was ready to use force.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'hit: the deployment will go ahead', text: 'Victor Hale insisted the deployment will go ahead.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'hit: the troops were needed', text: 'Victor Hale said the troops were needed to restore order.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'near miss: strikes on vital sites judge nothing', text: 'Victor Hale described the strikes on vital sites.', entities: [P('Victor Hale')], expected: [] },
  { label: 'hit: regretted the deployment', text: 'Ana Ruiz regretted the deployment.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'regretted' },
  { label: 'near miss: the concert will go ahead', text: 'Victor Hale insisted the concert will go ahead.', entities: [P('Victor Hale')], expected: [] },
  { label: 'near miss: a sovereign wealth fund is no statement', text: 'Victor Hale said the money went to a sovereign wealth fund.', entities: [P('Victor Hale')], expected: [] },
];

/** Promising, floating and justifying it. */
const PROMISES: readonly Row[] = [
  { label: 'hit: vowed to strike the camps: a vow, like a promise, holds the act it vows', text: 'Victor Hale vowed to strike the rebel camps.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'vowed' },
  { label: 'near miss: was asked to strike is not his act', text: 'Victor Hale was asked to strike the rebel camps.', entities: [P('Victor Hale')], expected: [] },
  { label: 'hit: promised military support', text: 'Victor Hale promised military support.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'promised' },
  { label: 'hit: promised to expel foreign troops: the promise keeps the act’s polarity', text: 'Victor Hale promised to expel foreign troops.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|against'] },
  { label: 'hit: floated the idea of sending troops', text: 'Victor Hale floated the idea of sending troops.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'floated the idea of' },
  { label: 'hit: the strikes were legal', text: 'Victor Hale insisted the strikes were legal.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'hit: the strikes were in self-defence', text: 'Victor Hale said the strikes were in self-defence.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'hit: did not exclude sending troops', text: 'Victor Hale did not exclude sending troops.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'exclude' },
  { label: 'hit: the right to intervene', text: 'Victor Hale said he had every right to intervene.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'near miss: the right to strike is a worker’s', text: 'Victor Hale said workers have the right to strike.', entities: [P('Victor Hale')], expected: [] },
  { label: 'hit: has justified its raids: the past verb before its object, not the adjective', text: 'Norland’s air strikes went on. Victor Hale has justified the air strikes.', entities: [P('Victor Hale'), G('Norland')], expected: ['Victor Hale|intervention|favor'], cue: 'justified the' },
  { label: 'hit: the strikes were justified: the adjective still judges its subject', text: 'Victor Hale said the air strikes were justified.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'hit: questioned the legality of the deployment: doubting it is against it', text: 'Victor Hale questioned the legality of the deployment.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|against'], cue: 'questioned the legality of' },
  { label: 'hit: sceptical of the case for strikes', text: 'Victor Hale was sceptical of the case for air strikes.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|against'], cue: 'sceptical of' },
  { label: 'near miss: sceptical of a forecast names no target', text: 'Victor Hale was sceptical of the growth forecast.', entities: [P('Victor Hale')], expected: [] },
  { label: 'hit: summoned the ambassador after strikes: a diplomatic protest at what it follows', text: 'Norland summoned Valdor’s ambassador after Valdorian drone strikes killed four people.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'], cue: 'summoned Valdor’s ambassador after' },
  { label: 'hit: lodged a formal protest with a country after its air strikes', text: 'Norland lodged a formal protest with Valdor after Valdorian air strikes hit the port.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'], cue: 'lodged a formal protest with Valdor after' },
  { label: 'near miss: summoned the ambassador after trade talks names no target', text: 'Norland summoned Valdor’s ambassador after talks on trade.', entities: [G('Norland'), G('Valdor')], expected: [] },
  { label: 'hit: rejected X’s call for troops to stay: the owner of the call holds it', text: 'Ana Ruiz rejected Victor Hale’s call for foreign troops to remain.', entities: [P('Ana Ruiz'), P('Victor Hale')], expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'] },
  { label: 'hit: an unnamed role owns its offer ("a US senator’s offer")', text: 'Ana Ruiz dismissed a US senator’s offer of troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against', 'US senator|intervention|favor'] },
  { label: 'near miss: "the senator’s offer" describes someone named before, not a new holder', text: 'Ana Ruiz dismissed the senator’s offer of troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss: a country deploying its own troops at home is news, not a stance', text: 'Chad deployed additional troops to its eastern border.', entities: [{ name: 'Chad', type: 'GPE', country: 'TD' }], expected: [] },
  { label: 'hit: a country deploying troops to another country', text: 'Chad deployed troops to Niger.', entities: [{ name: 'Chad', type: 'GPE', country: 'TD' }, { name: 'Niger', type: 'GPE', country: 'NE' }], expected: ['Chad|intervention|favor'] },
  { label: 'near miss: a legal challenge judges nothing', text: 'Victor Hale filed a legal challenge on Monday.', entities: [P('Victor Hale')], expected: [] },
];

/** Asserting sovereignty: stressing it, a red line, refusing to be anyone's backyard. */
const STRESSED: readonly Row[] = [
  { label: 'hit: reasserted its sovereignty (the re- form of assert)', text: 'Norland reasserted its sovereignty over the islands.', entities: [G('Norland')], expected: ['Norland|sovereignty|favor'], cue: 'reasserted' },
  { label: 'hit: forbade foreign troops (the past of forbid)', text: 'Norland forbade foreign troops from entering its territory.', entities: [G('Norland')], expected: ['Norland|intervention|against'], cue: 'forbade' },
  { label: 'hit: stressed Norland’s independence', text: 'Ana Ruiz stressed Norland’s independence.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|sovereignty|favor'], cue: 'stressed' },
  {
    label: 'hit: emphasized that sovereignty is non-negotiable: the clause’s own predicate is the evidence',
    text: 'Ana Ruiz emphasized that the country’s sovereignty is non-negotiable.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|sovereignty|favor'],
    cue: 'non-negotiable',
  },
  { label: 'hit: sovereignty is a red line', text: 'Ana Ruiz said sovereignty was a red line.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|sovereignty|favor'], cue: 'was a red line' },
  // once a near miss guarding against praise; a blind annotator (blind7) read it as the condemnation it is
  { label: 'hit: the strikes crossed a red line condemns them, no praise of them', text: 'Ana Ruiz said the strikes crossed a red line.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  {
    label: 'hit: “we are not anyone’s backyard”, quoted',
    text: '“We are not anyone’s backyard,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'We are not anyone’s backyard,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  { label: 'near miss: stressed the need for talks', text: 'Ana Ruiz stressed the need for talks.', entities: [P('Ana Ruiz')], expected: [] },
];

/** Sending them away, refusing them, doubting them. */
const REFUSALS: readonly Row[] = [
  { label: 'hit: asked the peacekeepers to leave', text: 'Ana Ruiz asked the peacekeepers to leave.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'asked' },
  { label: 'hit: told the foreign troops to go home', text: 'Ana Ruiz told the foreign troops to go home.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: asked Norland to send troops: the asker wants them', text: 'Ana Ruiz asked Norland to send troops.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'near miss: asked about the troops', text: 'Ana Ruiz asked about the troops.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'hit: denied the request for troops', text: 'Ana Ruiz denied the request for troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'denied' },
  { label: 'hit: balked at the deployment', text: 'Ana Ruiz balked at the deployment.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: concern over the airstrikes', text: 'Ana Ruiz expressed concern over the airstrikes.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: the deployment is doomed to fail', text: 'Ana Ruiz said the deployment was doomed to fail.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss: the diet is doomed to fail', text: 'Ana Ruiz said the diet was doomed to fail.', entities: [P('Ana Ruiz')], expected: [] },
];

/** Thanking, standing by and granting access: backing it. */
const BACKING: readonly Row[] = [
  { label: 'hit: thanked Norland for sending troops', text: 'Ana Ruiz thanked Norland for sending troops.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|favor'], cue: 'thanked' },
  { label: 'near miss: thanked the voters', text: 'Ana Ruiz thanked the voters.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'hit: stood by the strikes', text: 'Ana Ruiz stood by the strikes.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'], cue: 'stood by' },
  { label: 'hit: granted foreign troops access', text: 'Ana Ruiz granted foreign troops access to the port.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: gave the green light for airstrikes', text: 'Ana Ruiz gave the green light for airstrikes.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: the strikes were long overdue', text: 'Ana Ruiz said the strikes were long overdue.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
];

/** A gerund act as the subject of a judgement: "[sending troops] would be a mistake". */
const GERUNDS: readonly Row[] = [
  { label: 'hit: warned that sending troops would be a mistake', text: 'Ana Ruiz warned that sending troops would be a mistake.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'mistake' },
  { label: 'hit: said that deploying troops was necessary', text: 'Ana Ruiz said that deploying troops was necessary.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'], cue: 'necessary' },
  {
    label: 'hit: “sending troops would be a disaster”, quoted',
    text: '“Sending troops would be a disaster,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'Sending troops would be a disaster,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|intervention|against'],
  },
  { label: 'near miss: a gerund after a verb is its object, not a judged subject', text: 'Ana Ruiz regretted sending the letter.', entities: [P('Ana Ruiz')], expected: [] },
];

/** Diplomatic protest, asking someone to act, keeping a force longer, and subjects of relative clauses. */
const DIPLOMACY: readonly Row[] = [
  { label: 'hit: summoned the envoy over the strikes', text: 'Norland on Monday summoned Valdor’s ambassador over a wave of drone strikes.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'], cue: 'summoned Valdor’s ambassador over' },
  { label: 'near miss: summoned an envoy over a trade row', text: 'Norland summoned Valdor’s ambassador over a trade row.', entities: [G('Norland'), G('Valdor')], expected: [] },
  { label: 'hit: asked a body to extend its mission', text: 'Norland asked the regional bloc to extend its stabilisation mission for a year.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: 'hit: asked someone to send troops', text: 'Ana Ruiz asked Valdor to send troops to the border.', entities: [P('Ana Ruiz'), G('Valdor')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: protested on a day against a raid by foreign troops', text: 'Residents protested on Sunday against a night raid by foreign troops.', entities: [], expected: ['Residents|intervention|against'] },
  { label: 'hit: the bloc is the one union of states named before', text: 'The Nordic Union said it was watching. The bloc backed Norland’s territorial integrity on Monday.', entities: [O('Nordic Union'), G('Norland')], expected: ['Nordic Union|sovereignty|favor'] },
  { label: 'hit: the deployment is an insult', text: 'Ana Ruiz said the deployment of foreign troops was an insult.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: an ownerless plan called an insult is judged, not backed', text: 'Ana Ruiz called the plan to send troops an insult.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: an ownerless plan said to be necessary is backed', text: 'Ana Ruiz said the plan to send troops was necessary.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: a withdrawal judged a disaster backs the troops', text: 'Ana Ruiz said a rapid withdrawal of the foreign troops would be a disaster.', entities: [P('Ana Ruiz')], quotes: [{ text: 'a rapid withdrawal of the foreign troops would be a disaster', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: a withdrawal judged a gift to the insurgents backs the troops', text: 'Ana Ruiz said the withdrawal of foreign troops would be a gift to the insurgents.', entities: [P('Ana Ruiz')], quotes: [{ text: 'the withdrawal of foreign troops would be a gift to the insurgents', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: a withdrawal judged necessary is against the troops', text: 'Ana Ruiz said the withdrawal of foreign troops was necessary.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: demanding a withdrawal is still against the troops', text: 'Ana Ruiz demanded the withdrawal of foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: a time adjunct between a demand and its clause', text: 'Norland demanded on Sunday that Valdorian troops leave its soil.', entities: [G('Norland')], expected: ['Norland|intervention|against'] },
  { label: 'hit: the owner named between a proposal and its content', text: 'Norland rejected a proposal by the regional bloc Nordic Union to deploy a standby force.', entities: [G('Norland'), O('Nordic Union')], expected: ['Nordic Union|intervention|favor', 'Norland|intervention|against'] },
  { label: 'hit: a coordinated finite verb after a comma condemns, it is no clause subject judged after it', text: "Norland summoned the envoy on Friday and, in a statement, condemned the airstrikes as a blatant violation of its sovereignty.", entities: [G('Norland')], expected: ['Norland|intervention|against', 'Norland|sovereignty|favor'] },
  { label: 'hit: condemned the raids as a blatant violation of sovereignty', text: "Ana Ruiz condemned the raids as a blatant violation of Norland's sovereignty.", entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'hit: rejected the criticism as interference, not a rejection of intervention', text: 'The foreign ministry rejected the criticism as interference in our internal affairs.', entities: [], expected: ['foreign ministry|sovereignty|favor'] },
  { label: 'hit: "his party" in reported speech is the speaker\'s', text: 'Ana Ruiz said his party had never supported the presence of foreign troops.', entities: [P('Ana Ruiz')], quotes: [{ text: 'his party had never supported the presence of foreign troops', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: a group phrase never opens with the possessive of the name before it', text: "In a letter, Valdor's national security council asked for an international force.", entities: [G('Valdor')], expected: ['national security council|intervention|favor'] },
  { label: 'hit: an insult to our sovereignty', text: 'Ana Ruiz said the denials were an insult to our sovereignty.', entities: [P('Ana Ruiz')], quotes: [{ text: 'the denials were an insult to our sovereignty', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'near miss: an attack on foreign troops backs no one', text: 'Militants staged an attack on foreign troops near the border.', entities: [], expected: [] },
  { label: 'hit: the troops are the guarantee of our security', text: 'Ana Ruiz said the foreign troops were the guarantee of our security.', entities: [P('Ana Ruiz')], quotes: [{ text: 'the foreign troops were the guarantee of our security', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: ending a pact was a sovereign choice', text: 'Ana Ruiz said ending the pact was a sovereign choice.', entities: [P('Ana Ruiz')], quotes: [{ text: 'ending the pact was a sovereign choice', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'hit: a negated subject denies the right to interfere', text: 'Ana Ruiz said no foreign country had the right to interfere in Norland.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'no foreign country had the right to interfere in Norland', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'] },
  { label: '"without" a force opening a counterfactual argues it is needed', text: '“Without foreign forces, the rebels would have won long ago,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Without foreign forces, the rebels would have won long ago,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  { label: '"without" a force, then a better state: against it', text: '“Without foreign troops, we will finally be free,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Without foreign troops, we will finally be free,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss: "without" a force in narration, no speaker', text: 'Without foreign forces, the rebels would have won long ago.', entities: [], expected: [] },
  // withholding a judgement takes no side; one verb said twice is one verb; the one passed over
  { label: 'near miss: declining to condemn takes no side', text: 'Norland declined to condemn the air strikes on Valdor.', entities: [G('Norland'), G('Valdor')], expected: [] },
  { label: 'near miss: refusing to criticise takes no side', text: 'Ana Ruiz refused to criticise the invasion.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'refusing to allow troops is still against them', text: 'Ana Ruiz refused to allow the foreign troops in.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a negated verb said twice is negated once', text: 'Ana Ruiz said Norland has never allowed and will never allow foreign troops on its soil.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland has never allowed and will never allow foreign troops on its soil', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'would rather … than: against what is passed over', text: '“I would rather lose this election than invite foreign soldiers,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'I would rather lose this election than invite foreign soldiers,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a place after the forces, then what should happen to them', text: 'Protesters demanded that the foreign soldiers at the airport leave within the month.', entities: [], expected: ['Protesters|intervention|against'] },
  { label: 'near miss: a base "used by" foreign forces is described, not acted on', text: 'Norland voted to sell land next to the air base, used by Valdorian forces since 1980.', entities: [G('Norland'), G('Valdor')], expected: [] },
  { label: 'near miss: a sovereignty over one thing is no nation\'s', text: 'Farmers marched on the capital to demand food sovereignty and fair prices.', entities: [], expected: [] },
  { label: 'near miss: a court stepping into a dispute is no intervention', text: 'The supreme court of Norland declined to intervene in a dispute between two clubs.', entities: [G('Norland')], expected: [] },
  { label: 'a march against, after a long route', text: 'Several thousand students marched through the old town of the capital on Saturday against the foreign military base.', entities: [], expected: ['students|intervention|against'] },
  { label: 'near miss: "against" after another verb is not the march\'s', text: 'Students marched to the square and voted against the foreign military base.', entities: [], expected: ['Students|intervention|against'] },
  { label: 'orders taken from nobody: for sovereignty', text: '“Norland will take orders from nobody,” Ana Ruiz said.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland will take orders from nobody,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  // statements of sovereignty: a territory not on the market, a decision that belongs to a people, a country deciding who
  { label: 'a territory not on the market', text: '“Norlandic territory is not on the market,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Norlandic territory is not on the market,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'a decision that belongs to the citizens of a country', text: 'Ana Ruiz said the decision belongs to the citizens of Norland.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'the decision belongs to the citizens of Norland', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'a country that decides who, across an opening quote mark', text: 'Ana Ruiz insisted that Mexico “decides who visits our harbours.”', entities: [P('Ana Ruiz'), G('Mexico')], quotes: [{ text: 'Mexico “decides who visits our harbours.”', kind: 'indirect', speaker: 'Ana Ruiz' }, { text: 'decides who visits our harbours.', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'sanctions after an incursion, however long the object', text: 'Norland imposed sanctions on Tuesday on four generals and a state mining company after Valdorian troops crossed the border.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'near miss: a punishment for something else', text: 'Norland imposed sanctions on four generals after the election was rigged.', entities: [G('Norland')], expected: [] },
  { label: 'near miss: a blockade by a civil group is a protest', text: 'The fishermen\'s union vowed to blockade the harbour when the first Valdorian boat arrived.', entities: [G('Valdor')], expected: [] },
  { label: 'a blockade threatened by an armed group is one', text: 'Rebels threatened to blockade the strait.', entities: [], expected: ['Rebels|intervention|favor'] },
  { label: 'bringing in foreign troops is favour', text: 'Norland brought in Valdorian soldiers to fight the insurgents.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|favor'] },
  { label: 'a regional force is a force', text: 'Norland has proposed that a regional force be deployed to monitor the border.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: 'a protection force is a force', text: 'Norland asked the African Union for a protection force.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: 'asking a body with a two-word name for troops', text: 'Norland asked the African Union for troops.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: 'near miss: asking a court for time', text: 'Norland asked the supreme court for more time to answer.', entities: [G('Norland')], expected: [] },
  // the speaker's own naming of the thing ("what it called …") puts no distance between a cue and it
  { label: 'a hedge before the object: what it described as', text: 'Norland condemned what it described as Valdorian air strikes on a market.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'a hedge after a punishment: after what it called', text: 'Norland recalled its ambassador on Sunday after what it called Valdorian air strikes on a market in the border district.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'a hedge inside a protest: the pronoun is no holder', text: 'Norland summoned the Valdorian ambassador to protest what it called the dangerous use of warships near the island.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'ending the lease of a base', text: 'Norland voted to end the lease of the Cerro Alto air base.', entities: [G('Norland'), { name: 'Cerro Alto', type: 'LOC', aliases: [] }], expected: ['Norland|intervention|against'] },
  { label: 'not renewing the lease on a foreign base', text: 'Norland decided not to renew the lease on the foreign base.', entities: [G('Norland')], expected: ['Norland|intervention|against'] },
  { label: 'struck with a military object is a strike', text: 'Norland struck boats and fuel depots near the Valdorian port overnight.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|favor'] },
  { label: 'near miss: struck a deal', text: 'Norland struck a deal with Valdor on fishing rights.', entities: [G('Norland'), G('Valdor')], expected: [] },
  { label: 'near miss: an unnamed force\'s past act, reported, is the speaker\'s news', text: 'Foreign forces struck two boats north of the coast on Tuesday, Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Foreign forces struck two boats north of the coast on Tuesday', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: [] },
  // a verb's noun ("refusal", "demand that", "protest over", "opposition to") is held by its owner
  { label: 'owner of a refusal', text: "Norland's refusal to let Valdorian troops use the air base drew a rebuke.", entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'owner of a demand that forces leave', text: "Norland's demand that all Valdorian troops leave the country was read out to a crowd.", entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'owner of a protest over shelling, dismissed by the shelling side', text: "Valdor dismissed Norland's protest over the shelling of a border village.", entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against', 'Valdor|intervention|favor'] },
  { label: 'owner of an opposition to a presence', text: "Norland's opposition to any foreign military presence was restated on Monday.", entities: [G('Norland')], expected: ['Norland|intervention|against'] },
  { label: 'near miss: a demand about how warships behave', text: "Norland's demand that foreign warships respect its waters was backed by Ana Ruiz.", entities: [G('Norland'), P('Ana Ruiz')], expected: [] },
  { label: 'declining to condemn, as a noun, takes no side', text: "Norland's refusal to condemn the Valdorian strikes angered its allies.", entities: [G('Norland'), G('Valdor')], expected: [] },
  { label: 'pivoting towards a country for military support', text: 'Norland pivoted towards Valdor for political and military support.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|favor'] },
  { label: 'a name before "and" and a second verb is the first verb\'s object', text: "Norland's junta broke off ties with former colonial power Valdor and pivoted towards Russia for military support.", entities: [G('Norland'), G('Valdor'), G('Russia')], expected: ['Norland|intervention|favor'] },
  { label: 'a concession opened by "it is not that" states nothing; the correction does', text: '“It is not that we oppose help. We oppose soldiers,” said Ana Ruiz, after Norland invited Valdorian troops.', entities: [P('Ana Ruiz'), G('Norland'), G('Valdor')], quotes: [{ text: 'It is not that we oppose help. We oppose soldiers,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against', 'Norland|intervention|favor'] },
  { label: 'not one foreign boot', text: '“Not one foreign boot on our soil,” said Ana Ruiz.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Not one foreign boot on our soil,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'an aside between asking and "for"', text: 'Norland has asked, in writing and more than once, for 5,000 foreign police and soldiers.', entities: [G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: 'forces there at the invitation of their host are justified', text: 'Ana Ruiz said the Valdorian troops were there at the invitation of the government.', entities: [P('Ana Ruiz'), G('Valdor')], quotes: [{ text: 'the Valdorian troops were there at the invitation of the government', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  // advice in the article's own narration is the writer's
  { label: 'advice in narration is the author\'s', text: 'Kenya should expel the foreign troops.', entities: [G('Kenya')], expected: ['@author|intervention|against'] },
  { label: 'advice reported is the speaker\'s', text: 'The foreign troops should leave, Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'The foreign troops should leave', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: strikes called extrajudicial executions', text: 'Ana Ruiz called the strikes “extrajudicial executions at sea.”', entities: [P('Ana Ruiz')], quotes: [{ text: 'extrajudicial executions at sea.', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: sovereignty is not a licence', text: '“Sovereignty is not a licence to starve a population,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Sovereignty is not a licence to starve a population,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|against'] },
  { label: 'hit: a withdrawal would leave a vacuum', text: 'Ana Ruiz warned that the withdrawal of the troops would leave a vacuum.', entities: [P('Ana Ruiz')], quotes: [{ text: 'the withdrawal of the troops would leave a vacuum', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: the peacekeepers keep us safe', text: '“The peacekeepers keep us safe,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'The peacekeepers keep us safe,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: an idea called a fantasy', text: 'Victor Hale proposed strikes on Norland. Ana Ruiz called the idea “a fantasy.”', entities: [P('Victor Hale'), P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'a fantasy.', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'] },
  { label: 'near miss: buying things is no purchase of a territory', text: 'Foreign troops arrived on Monday. Victor Hale accused the government of wasting money instead of buying icebreakers.', entities: [P('Victor Hale')], expected: [] },
  { label: 'hit: foreign troops have no business on our soil', text: 'Ana Ruiz told a rally that foreign troops had no business on our soil.', entities: [P('Ana Ruiz')], quotes: [{ text: 'foreign troops had no business on our soil', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'hit: the departures leave a vacuum, in an article about troops', text: 'Foreign troops are leaving the north. Critics warn that the departures leave a vacuum.', entities: [], quotes: [{ text: 'the departures leave a vacuum', kind: 'indirect', speaker: 'Critics' }], expected: ['Critics|intervention|favor'] },
  { label: 'hit: the troops will stay, said by their backer', text: 'Ana Ruiz said the foreign troops will stay as long as they are needed.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: the peacekeepers are the only guarantee', text: 'Ana Ruiz said the peacekeepers were the only guarantee against a new war.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'hit: every right to set the terms is sovereignty, not a call for the forces', text: 'Ana Ruiz said Norland had every right to set the terms for foreign forces on its soil.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland had every right to set the terms for foreign forces on its soil', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  // the veto is too far from the force to govern it; at least the resolution's "authorized" is not Valdor's
  { label: 'a resolution that would have authorized a force is not its vetoer\'s backing: the veto is against it', text: 'Valdor vetoed a council resolution on Thursday that would have authorized an international force.', entities: [G('Valdor')], expected: ['Valdor|intervention|against'] },
  { label: 'hit: the force is the least bad option, in the article\'s own voice', text: 'Foreign troops arrived at the border in May. The force is still the least bad option available.', entities: [], expected: ['@author|intervention|favor'] },
  { label: 'hit: "Norland is not a protectorate", quoted', text: '“Norland is not a protectorate,” Ana Ruiz said.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland is not a protectorate,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'near miss: stopped short of condemning the strikes', text: 'Ana Ruiz stopped short of condemning the strikes.', entities: [P('Ana Ruiz')], expected: [] },
  {
    label: 'hit: the common noun before "who" holds the call, not the name before it',
    text: 'Officials in Norland met a visiting envoy who suggested sending foreign troops.',
    entities: [G('Norland')],
    expected: ['visiting envoy|intervention|favor'],
  },
];

/** A counted crowd that protests is its protesters; a place after "through central" is no subject. */
const CROWDS: readonly Row[] = [
  {
    label: 'hit: thousands of a nationality march to protest: protesters',
    text: 'Tens of thousands of Norlanders marched through central Tarvo on Saturday to protest against foreign air strikes.',
    entities: [{ name: 'Norlanders', type: 'NORP' }, G('Tarvo')],
    expected: ['protesters|intervention|against'],
  },
  {
    label: 'hit: hundreds of people rally against a deployment',
    text: 'Hundreds of people rallied outside the parliament to protest against the deployment of foreign troops.',
    entities: [],
    expected: ['protesters|intervention|against'],
  },
  {
    label: 'near miss: the city they march through holds nothing',
    text: 'Students marched through central Tarvo to protest against the air strikes.',
    entities: [G('Tarvo')],
    expected: ['Students|intervention|against'],
  },
];

/** "the bloc" is the one union of states named before; the United Nations is no bloc. */
const BLOCS: readonly Row[] = [
  {
    label: 'hit: the bloc after a community and the UN Security Council is the community',
    text: 'The Andean Community met on Tuesday as the United Nations Security Council debated the raids. The bloc backed Norland’s territorial integrity.',
    entities: [O('Andean Community'), O('United Nations Security Council'), G('Norland')],
    expected: ['Andean Community|sovereignty|favor'],
  },
];

/** A group in a condition holds nothing; a person's noun after a body noun is the head of the phrase. */
const CONDITIONS: readonly Row[] = [
  {
    label: 'hit: "This is not an invasion" defends the act and asserts no sovereignty',
    text: '“This is not an invasion. It is a shield,” Ana Ruiz said.',
    entities: [P('Ana Ruiz')],
    quotes: [{ text: 'This is not an invasion. It is a shield,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|intervention|favor'],
  },
  {
    label: 'hit: a country denied an opposite\'s name is sovereign',
    text: '“Chile is not a colony,” Ana Ruiz said.',
    entities: [P('Ana Ruiz'), G('Chile')],
    quotes: [{ text: 'Chile is not a colony,', speaker: 'Ana Ruiz' }],
    expected: ['Ana Ruiz|sovereignty|favor'],
  },
  { label: 'hit: a relative "where" is no part of the group after it', text: 'Defenders point to NATO, where allies station troops on one another’s soil.', entities: [O('NATO')], expected: ['allies|intervention|favor'] },
  { label: 'near miss: a civilian monitoring mission is no intervention', text: 'Ana Ruiz welcomed a European civilian monitoring mission on the border.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'near miss: "If European governments accept …" is hypothetical', text: 'If European governments accept foreign troops, the plan fails, Ana Ruiz said.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'hit: the opposition candidate is the holder, not the opposition', text: 'The opposition candidate promised to close the foreign air base.', entities: [], expected: ['opposition candidate|intervention|against'] },
];

describe.each([
  ['conditions and heads', CONDITIONS],
  ['the bloc', BLOCS],
  ['crowds that protest', CROWDS],
  ['diplomatic protest, asking and keeping', DIPLOMACY],
  ['pretexts and covers', PRETEXTS],
  ['gerund subjects', GERUNDS],
  ['thanking and standing by', BACKING],
  ['sending away and refusing', REFUSALS],
  ['stressing sovereignty', STRESSED],
  ['promising and justifying', PROMISES],
  ['defiance and resolve', DEFIANCE],
  ['calling for and warning against', CALLS],
  ['announced by their author', ANNOUNCED],
  ['passive agents', PASSIVES],
  ['sovereignty asserted with no cue word', ASSERTED],
  ['threats of force', THREATS],
  ['arming a side', ARMING],
] as const)('%s', (_name, rows) => {
  for (const row of rows) (row.gap === undefined ? it : it.fails)(row.label, () => expectRow(row));
});
