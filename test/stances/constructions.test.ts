import { describe, it } from 'vitest';
import { expectRow, P, G, O, type Row } from './helpers.js';

/** Stance verbs, nouns and adjectives on their own. */
const CUES: readonly Row[] = [
  { label: 'reject + troops', text: 'Ana Ruiz rejected the deployment of foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'rejected' },
  { label: 'condemn + airstrikes', text: 'Omar Haddad strongly condemned the airstrikes on the port.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|against'], cue: 'condemned' },
  { label: 'oppose + intervention', text: 'Lena Berg opposes any military intervention in the region.', entities: [P('Lena Berg')], expected: ['Lena Berg|intervention|against'], cue: 'opposes' },
  { label: 'warn against + invasion', text: 'Paulo Costa warned against an invasion of the island.', entities: [P('Paulo Costa')], expected: ['Paulo Costa|intervention|against', 'Paulo Costa|sovereignty|favor'], cue: 'warned against' },
  { label: 'call for + troops', text: 'Jan Novak called for troops to be sent to the border.', entities: [P('Jan Novak')], expected: ['Jan Novak|intervention|favor'], cue: 'called for' },
  { label: 'praise + strike', text: 'Maria Lopez praised the strike in a statement.', entities: [P('Maria Lopez')], expected: ['Maria Lopez|intervention|favor'], cue: 'praised' },
  { label: 'threaten to + military force', text: 'Victor Hale threatened to use military force against the rebels.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'threatened to' },
  { label: 'defend + sovereignty', text: 'Nadia Petrova vowed to defend the nation’s sovereignty.', entities: [P('Nadia Petrova')], expected: ['Nadia Petrova|sovereignty|favor'], cue: 'defend' },
  { label: 'assert + independence', text: 'Tomas Ek has asserted Norland’s independence.', entities: [P('Tomas Ek'), G('Norland')], expected: ['Tomas Ek|sovereignty|favor'], cue: 'asserted' },
  { label: 'violation of sovereignty', text: 'Ida Moen called the raid a violation of Norland’s sovereignty.', entities: [P('Ida Moen'), G('Norland')], expected: ['Ida Moen|sovereignty|favor'], cue: 'violation of' },
  { label: 'dismiss + annexation', text: 'Karl Weiss dismissed the notion of an annexation.', entities: [P('Karl Weiss')], expected: ['Karl Weiss|intervention|against', 'Karl Weiss|sovereignty|favor'], cue: 'dismissed' },
  { label: 'protest against + a base named by its nation', text: 'Thousands of students protested against the American base on the island.', entities: [], expected: ['students|intervention|against'], cue: 'protested against' },
  { label: 'reject a plan to host + national bases', text: 'Lena Berg rejected a plan to host Russian bases.', entities: [P('Lena Berg')], expected: ['Lena Berg|intervention|against'], cue: 'rejected' },
  { label: 'offer to buy + a country named outright', text: 'Victor Hale has offered to buy Iceland from its people.', entities: [P('Victor Hale'), G('Iceland')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'reject + forces named by their nation, "U.S." split by the parse', text: 'Ali Hassan rejected the presence of U.S. forces in the country.', entities: [P('Ali Hassan')], expected: ['Ali Hassan|intervention|against'], cue: 'rejected' },
  { label: 'a slogan a crowd marched under is the crowd’s', text: 'Protesters marched on the embassy under the slogan, Norland belongs to the Norlandic people, on Sunday.', entities: [G('Norland')], expected: ['Protesters|sovereignty|favor'] },
  { label: 'banners reading a quoted statement are the bearers’', text: 'Hundreds of students gathered outside parliament carrying banners reading “Norland belongs to its people”.', entities: [G('Norland')], expected: ['students|sovereignty|favor'] },
  { label: 'no chance a country would become part of another: for its sovereignty', text: 'Ana Ruiz said there was no chance Canada would become part of the United States.', entities: [P('Ana Ruiz'), G('Canada'), G('United States')], quotes: [{ text: 'there was no chance Canada would become part of the United States', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'a denied chance with words between', text: '“There isn’t a snowball’s chance in hell that Canada would become part of the United States,” Ana Ruiz wrote.', entities: [P('Ana Ruiz'), G('Canada'), G('United States')], quotes: [{ text: 'There isn’t a snowball’s chance in hell that Canada would become part of the United States,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'wanting a country to become part of another: against its sovereignty', text: 'Victor Hale said Canada should become part of the United States.', entities: [P('Victor Hale'), G('Canada'), G('United States')], quotes: [{ text: 'Canada should become part of the United States', kind: 'indirect', speaker: 'Victor Hale' }], expected: ['Victor Hale|sovereignty|against'] },
  { label: 'issued an ultimatum, in an article about troops', text: 'Sudria has massed troops on the border. Victor Hale issued an ultimatum to Norland over the port.', entities: [P('Victor Hale'), G('Sudria'), G('Norland')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'would not hesitate to use force: readiness', text: 'Omar Haddad said the army would not hesitate to use force to retake the city.', entities: [P('Omar Haddad')], quotes: [{ text: 'the army would not hesitate to use force to retake the city', kind: 'indirect', speaker: 'Omar Haddad' }], expected: ['Omar Haddad|intervention|favor'] },
  { label: 'an incursion that would be met with force: deterred', text: 'Ana Ruiz warned that any incursion into Norland would be met with force.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'any incursion into Norland would be met with force', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a government named by its demonym, the country never named: the phrase holds it', text: 'The Cuban government denounced the blockade by foreign warships.', entities: [{ name: 'Cuban', type: 'NORP', aliases: [] }], expected: ['Cuban government|intervention|against'] },
  { label: 'a government named by its demonym, the country named: the country holds it', text: 'Cuba protested on Monday. The Cuban government denounced the blockade by foreign warships.', entities: [G('Cuba'), { name: 'Cuban', type: 'NORP', aliases: [] }], expected: ['Cuba|intervention|against'] },
  { label: 'should bomb, said: the speaker wants it', text: 'John Kerr said Norland should bomb the camps in Sudria.', entities: [P('John Kerr'), G('Norland'), G('Sudria')], quotes: [{ text: 'Norland should bomb the camps in Sudria', kind: 'indirect', speaker: 'John Kerr' }], expected: ['John Kerr|intervention|favor'] },
  { label: 'will not be a launch pad for an attack: against', text: 'Ana Ruiz said Norland would not be a launch pad for an attack on Sudria.', entities: [P('Ana Ruiz'), G('Norland'), G('Sudria')], quotes: [{ text: 'Norland would not be a launch pad for an attack on Sudria', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a territory that belongs to a country named outright', text: 'Jose Vega said the canal belongs to Panama.', entities: [P('Jose Vega'), G('Panama')], quotes: [{ text: 'the canal belongs to Panama', kind: 'indirect', speaker: 'Jose Vega' }], expected: ['Jose Vega|sovereignty|favor'] },
  { label: 'a cue split by a closing scare quote', text: 'Norland was ‘deeply disappointed’ by the signing of the security pact with Sudria.', entities: [G('Norland'), G('Sudria')], expected: ['Norland|intervention|against'] },
  { label: 'a country called not a real one, said: against its sovereignty', text: 'Victor Hale said Norland was not a real country.', entities: [P('Victor Hale'), G('Norland')], quotes: [{ text: 'Norland was not a real country', kind: 'indirect', speaker: 'Victor Hale' }], expected: ['Victor Hale|sovereignty|against'] },
  { label: 'a border called artificially drawn, quoted', text: '“Get rid of that artificially drawn line,” Victor Hale said of the border with Norland.', entities: [P('Victor Hale'), G('Norland')], quotes: [{ text: 'Get rid of that artificially drawn line,', speaker: 'Victor Hale' }], expected: ['Victor Hale|sovereignty|against'] },
  { label: 'asked a country for troops', text: 'Ana Ruiz asked Norland for troops to guard the border.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'better off as the 51st state, said', text: 'Victor Hale said Norland would be better off as the 51st state.', entities: [P('Victor Hale'), G('Norland')], quotes: [{ text: 'Norland would be better off as the 51st state', kind: 'indirect', speaker: 'Victor Hale' }], expected: ['Victor Hale|intervention|favor', 'Victor Hale|sovereignty|against'] },
  { label: 'condemned the raid, in an article about troops', text: 'Sudria has massed troops on the border. Damascus condemned the raid on its territory.', entities: [G('Sudria'), G('Damascus')], expected: ['Damascus|intervention|against'] },
  { label: 'foreign bases called incompatible with sovereignty, said', text: 'Ana Ruiz said the presence of foreign bases was incompatible with Norland’s sovereignty.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'the presence of foreign bases was incompatible with Norland’s sovereignty', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'] },
  { label: 'vowed to crush any attempt at independence', text: 'Victor Hale vowed to crush any attempt at independence by the island.', entities: [P('Victor Hale')], expected: ['Victor Hale|sovereignty|against'] },
  { label: 'a future decided by its people, with a number between', text: 'Ana Ruiz said the island’s future must be decided by its 23 million people.', entities: [P('Ana Ruiz')], quotes: [{ text: 'the island’s future must be decided by its 23 million people', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'military trainers named as a force', text: 'Ana Ruiz rejected the arrival of foreign military trainers.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'turned down a request from X: the refuser against, the requester for', text: 'Norland turned down a request from Sudria to open a drone base on the coast.', entities: [G('Norland'), G('Sudria')], expected: ['Norland|intervention|against', 'Sudria|intervention|favor'] },
  { label: 'would never trade its independence: for it', text: 'Ana Ruiz said Norland would never trade its independence for aid.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland would never trade its independence for aid', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'interest in annexing', text: 'Rob Quinn has shown interest in annexing the island.', entities: [P('Rob Quinn')], expected: ['Rob Quinn|intervention|favor', 'Rob Quinn|sovereignty|against'] },
];

/** What the verb applies to: chains of cues, owners of noun cues. */
const COMPOSITION: readonly Row[] = [
  {
    label: 'rejected an offer from X to send troops: the rejecter against, the offerer for',
    text: 'Ana Ruiz rejected an offer from Victor Hale to send troops into the country.',
    entities: [P('Ana Ruiz'), P('Victor Hale')],
    expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'],
    cue: 'rejected',
  },
  {
    label: 'declined his offer: the possessive owns the offer',
    text: 'Victor Hale was angry after Ana Ruiz declined his offer to use the military on the gangs.',
    entities: [P('Ana Ruiz'), P('Victor Hale')],
    expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'],
  },
  {
    label: 'sought to lift a ban on bases: two againsts make a favor',
    text: 'Voters punished Rafael Soto, who sought to lift the ban on foreign military bases.',
    entities: [P('Rafael Soto')],
    expected: ['Rafael Soto|intervention|favor'],
  },
  {
    label: 'threats from X’s administration to use drone strikes',
    text: 'The talks stalled amid threats from Victor Hale’s administration to use drone strikes.',
    entities: [P('Victor Hale')],
    expected: ['Victor Hale|intervention|favor'],
  },
  {
    label: 'predicate adjective: sovereignty is non-negotiable',
    text: 'Ana Ruiz said that the country’s sovereignty remains non-negotiable.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|sovereignty|favor'],
    cue: 'non-negotiable',
  },
  {
    label: 'coordinated subjects share the stance',
    text: 'Norland and Sudria conducted strikes on the rebel camps overnight.',
    entities: [G('Norland'), G('Sudria')],
    expected: ['Norland|intervention|favor', 'Sudria|intervention|favor'],
  },
  {
    label: 'coordinated subjects with their titles between them',
    text: 'Defense Secretary Ana Ruiz and ambassador nominee Li Haddad have both said all options remain open, leaving the door open to strikes.',
    entities: [P('Ana Ruiz', [], ['Defense Secretary']), P('Li Haddad', [], ['ambassador nominee'])],
    expected: ['Ana Ruiz|intervention|favor', 'Li Haddad|intervention|favor'],
  },
  {
    label: 'relative clause: the antecedent holds',
    text: 'The vote was a blow to Rafael Soto, who proposed sending peacekeepers.',
    entities: [P('Rafael Soto')],
    expected: ['Rafael Soto|intervention|favor'],
  },
  {
    label: 'two predicates joined by "and" do not govern each other',
    text: 'Ana Ruiz condemned the budget and called for peacekeepers.',
    entities: [P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|favor'],
    cue: 'called for',
  },
  {
    label: 'group phrase as actor',
    text: 'Security experts warned against unilateral military action.',
    entities: [],
    expected: ['Security experts|intervention|against'],
  },
  {
    label: 'the article’s own voice on an evaluative word',
    text: 'Trade ties make cooperation preferable to unilateral military action.',
    entities: [],
    expected: ['@author|intervention|against'],
    cue: 'preferable to',
  },
  {
    label: 'a term that holds a name inside it is still a term',
    text: 'Sudria has massed troops on the border. Victor Hale vowed to use all elements of Norland power against the cartels.',
    entities: [P('Victor Hale'), G('Norland'), G('Sudria')],
    expected: ['Victor Hale|intervention|favor'],
  },
  {
    label: 'use all its power: a threat of force',
    text: 'Sudria has massed troops on the border. Lina Oss said the government would use all of its power to crush the rebels.',
    entities: [P('Lina Oss'), G('Sudria')],
    quotes: [{ text: 'the government would use all of its power to crush the rebels', kind: 'indirect', speaker: 'Lina Oss' }],
    expected: ['Lina Oss|intervention|favor'],
  },
];

/** Negation and modality. */
const NEGATION: readonly Row[] = [
  { label: 'will never accept', text: 'Ana Ruiz will never accept the presence of foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'accept' },
  { label: 'do not agree with', text: 'Ana Ruiz said the country does not agree with any intervention.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'would not rule out', text: 'Victor Hale would not rule out the use of military force.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'rule out' },
  { label: 'avoided ruling out', text: 'Victor Hale avoided ruling out military action.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'cannot solve', text: 'Lena Berg insists military action alone cannot solve the problem.', entities: [P('Lena Berg')], expected: ['Lena Berg|intervention|against'] },
  { label: 'no longer a need for', text: 'Omar Haddad said there is no longer a need for foreign troops.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|against'] },
  { label: 'modal should keeps the polarity', text: 'Nadia Petrova said foreign troops should be withdrawn.', entities: [P('Nadia Petrova')], expected: ['Nadia Petrova|intervention|against'] },
];

/** Questions. */
const QUESTIONS: readonly Row[] = [
  { label: 'why wouldn’t … want: favor', text: 'Why wouldn’t an ally want our military help?', entities: [], expected: [] },
  { label: 'an open question asserts nothing', text: 'Will Victor Hale send troops to the border?', entities: [P('Victor Hale')], expected: [] },
  { label: 'a reported question asserts nothing', text: 'Victor Hale was asked whether he would send troops.', entities: [P('Victor Hale')], expected: [] },
];

/** Misses: words that look like cues or terms but show no stance. */
const MISSES: readonly Row[] = [
  { label: 'a labour strike with no stance cue', text: 'Dock workers went on strike on Monday.', entities: [], expected: [] },
  { label: 'a term without a cue', text: 'Ana Ruiz visited the troops on Sunday.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'a narrated act dated to a past year is history, not a stance', text: 'Norland invaded Sudria in 1990.', entities: [G('Norland'), G('Sudria')], expected: [] },
  { label: 'a police raid with no forces in the article is not intervention', text: 'Ana Ruiz condemned the police raid on the newspaper.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'crushing something that is not a target', text: 'Ana Ruiz vowed to crush inflation this year.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'sovereign debt is finance, not sovereignty', text: 'Norland defended its sovereign debt rating after the downgrade.', entities: [G('Norland')], expected: [] },
  { label: 'an invitation to something that is not a target', text: 'Ana Ruiz declined an invitation to attend the summit.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'a cue without a term', text: 'Ana Ruiz rejected the budget proposal.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'a place after a locative is not the object', text: 'Ana Ruiz praised the schools in its territory.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'an attributive participle has no holder', text: 'The proposed strikes would target warehouses.', entities: [], expected: [] },
  { label: 'an indefinite subject holds nothing', text: 'Whoever wants to send troops will pay.', entities: [], expected: [] },
  { label: 'a gerund after "from" is a topic', text: 'Voters decided issues ranging from allowing foreign military bases to taxes.', entities: [], expected: [] },
  { label: 'a power that is not force', text: 'Sudria has massed troops on the border. Ana Ruiz said voters had all the power in the election.', entities: [P('Ana Ruiz'), G('Sudria')], expected: [] },
  { label: 'a base named by its nation, with no cue', text: 'The Chinese base in the port opened in 2017.', entities: [], expected: [] },
  { label: 'buying goods of a nation is not buying it', text: 'Ana Ruiz urged shoppers to buy Chilean wine.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'forces named by their nation, with no cue', text: 'American forces patrolled the city on Monday.', entities: [], expected: [] },
  { label: 'a statement in narration with no slogan lead is no one’s', text: 'Protesters marched on Sunday. The island belongs to the people, in the end.', entities: [], expected: [] },
  { label: 'a country that became part of another, narrated, is no one’s stance', text: 'Canada became part of the United States in the novel.', entities: [G('Canada'), G('United States')], expected: [] },
  { label: 'a company becoming part of another is no country absorbed', text: 'The firm will become part of Larkspur Holdings next year, Ana Ruiz said.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'a chance that is not denied does not flip', text: 'Victor Hale said there was a chance Canada would become part of the United States.', entities: [P('Victor Hale'), G('Canada'), G('United States')], quotes: [{ text: 'there was a chance Canada would become part of the United States', kind: 'indirect', speaker: 'Victor Hale' }], expected: ['Victor Hale|sovereignty|against'] },
  { label: 'issuing a statement is no threat', text: 'Sudria has massed troops on the border. Victor Hale issued a statement on the talks.', entities: [P('Victor Hale'), G('Sudria')], expected: [] },
  { label: 'hesitating to use force is no readiness', text: 'Omar Haddad said the army hesitated to use force.', entities: [P('Omar Haddad')], quotes: [{ text: 'the army hesitated to use force', kind: 'indirect', speaker: 'Omar Haddad' }], expected: [] },
  { label: 'a plan met with scepticism is not deterred', text: 'Sudria has massed troops on the border. The budget will be met with scepticism, Ana Ruiz said.', entities: [P('Ana Ruiz'), G('Sudria')], expected: [] },
  { label: 'a car bomb is no air strike', text: 'Police said a car bomb exploded in the market.', entities: [], expected: [] },
  { label: 'a trademark that belongs to a company', text: 'Ana Ruiz said the trademark belongs to Larkspur.', entities: [P('Ana Ruiz'), O('Larkspur')], quotes: [{ text: 'the trademark belongs to Larkspur', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: [] },
  { label: 'asked a court for time', text: 'Ana Ruiz asked the court for more time.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'a real country, said, denies nothing', text: 'Ana Ruiz said Norland is a real country with a real army.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland is a real country with a real army', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: [] },
  { label: 'with respect to is not respect', text: 'Ana Ruiz spoke with respect to the troops.', entities: [P('Ana Ruiz')], expected: [] },
];

describe.each([
  ['cues', CUES],
  ['composition', COMPOSITION],
  ['negation and modality', NEGATION],
  ['questions', QUESTIONS],
  ['misses', MISSES],
] as const)('%s', (_name, rows) => {
  it.each(rows.map((r) => [r.label, r] as const))('%s', (_label, row) => expectRow(row));
});
