import { G, O, P } from './helpers.js';
import { describeBlindTable, said, type BlindRow } from './blind-runner.js';

/**
 * A blind table: invented passages annotated from GUIDELINES §5 alone, written before reading
 * the cue lexicons or the other stance tables, as an estimate of how the stage does on news it
 * was not built on. Rows the stage gets wrong carry `gap: true` and run as `it.fails`, so a row
 * that starts to pass turns red until it is unmarked. The last test measures the whole table
 * (precision / recall of its stances) and holds it at or above the rate recorded here.
 *
 * Reported speech ("X said that …") comes with the indirect quote the quotes stage gives it,
 * as in the pipeline.
 *
 * Actors are compared as the scorer does: an entity name exactly (after normalising), a group
 * phrase by its last word without a plural `s`. `also` lists stances an annotator could give
 * either way: predicting them is neither a hit nor a false positive.
 */

const ruiz = P('Ana Ruiz', ['Ruiz']);
const berg = P('Tomas Berg', ['Berg']);
const sato = P('Omar Sato', ['Sato']);
const cole = P('Mira Cole', ['Cole']);
const finn = P('Karl Finn', ['Finn']);
const lind = P('Rosa Lind', ['Lind']);
const lund = P('Erik Lund', ['Lund']);
const marek = P('Ivo Marek', ['Marek']);
const moro = P('Ines Moro', ['Moro']);
const weir = P('Jonas Weir', ['Weir']);
const norland = G('Norland');
const valdor = G('Valdor');
const estmark = G('Estmark');
const corvia = G('Corvia');
const tessaly = G('Tessaly');

const rows: readonly BlindRow[] = [
  // intervention: favor
  { label: 'wire: will send troops', text: "Norland's President Ana Ruiz said on Tuesday that her government would send troops to Valdor to restore order.", entities: [ruiz, norland, valdor], quotes: [said('her government would send troops to Valdor to restore order', 'Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'calls for airstrikes', text: 'Defence Minister Tomas Berg called for airstrikes against rebel camps in Estmark.', entities: [berg, estmark], expected: ['Tomas Berg|intervention|favor'] },
  { label: 'quote: threat to cross the border', text: '"Our troops are ready to cross the border if Tessaly does not comply," said General Ivo Marek.', entities: [marek, tessaly], quotes: [{ text: 'Our troops are ready to cross the border if Tessaly does not comply,', speaker: 'Ivo Marek' }], expected: ['Ivo Marek|intervention|favor'] },
  { label: 'praises strikes', text: 'Senator Mira Cole praised the strikes on militia positions in Valdor, calling them a necessary response.', entities: [cole, valdor], expected: ['Mira Cole|intervention|favor'] },
  { label: 'government proposes a force', text: 'The government of Norland proposed deploying a multinational force to the port city of Sel.', entities: [norland], expected: ['Norland|intervention|favor'] },
  { label: 'asks a neighbour for troops', text: "Valdor's interior minister, Omar Sato, asked neighbouring Estmark to send police instructors and troops to help fight the gangs.", entities: [sato, valdor, estmark], expected: ['Omar Sato|intervention|favor'] },
  { label: 'welcomes peacekeepers', text: 'President Ana Ruiz welcomed the arrival of foreign peacekeepers in the capital on Sunday.', entities: [ruiz], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'signs a basing deal', text: 'Prime Minister Jonas Weir signed a deal allowing Corvia to open a military base on the island.', entities: [weir, corvia], expected: ['Jonas Weir|intervention|favor'] },
  { label: 'state threatens to invade', text: 'Tessaly threatened to invade Valdor if the blockade continued.', entities: [tessaly, valdor], expected: ['Tessaly|intervention|favor'] },
  { label: 'analysis: author calls for intervention', text: 'Military intervention in Valdor is now the only way to stop the massacres, and the world should act before it is too late.', entities: [valdor], expected: ['@author|intervention|favor'] },
  { label: 'strikes were justified', text: 'Corvian President Ivo Marek said the strikes on Valdor were justified.', entities: [marek, valdor], quotes: [said('the strikes on Valdor were justified', 'Ivo Marek')], expected: ['Ivo Marek|intervention|favor'] },
  // gap: 'navy' is only a context term (needs an article naming forces outright)
  { label: 'right to send the navy', gap: true, text: 'Lund told parliament that Norland had every right to send its navy into the strait.', entities: [lund, norland], quotes: [said('Norland had every right to send its navy into the strait', 'Erik Lund')], expected: ['Erik Lund|intervention|favor'] },
  { label: 'quote: welcomes peacekeepers', text: '"We welcome the peacekeepers and thank our partners," Ana Ruiz told reporters.', entities: [ruiz], quotes: [{ text: 'We welcome the peacekeepers and thank our partners,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|favor'] },
  { label: '51st state talk', text: "Tessaly should become Norland's 51st state, President Hal Brandt told reporters.", entities: [P('Hal Brandt', ['Brandt']), tessaly, norland], quotes: [said("Tessaly should become Norland's 51st state", 'Hal Brandt')], expected: ['Hal Brandt|intervention|favor'], also: ['Hal Brandt|sovereignty|against'] },

  // intervention: against
  { label: 'rejects an offer of troops', text: "Valdor's President Omar Sato rejected the offer of foreign troops, saying his country would solve its own problems.", entities: [sato, valdor], expected: ['Omar Sato|intervention|against'], also: ['Omar Sato|sovereignty|favor'] },
  { label: 'condemns airstrikes', text: 'Foreign Minister Rosa Lind condemned the airstrikes on Estmark as a violation of international law.', entities: [lind, estmark], expected: ['Rosa Lind|intervention|against'] },
  { label: 'protesters demand withdrawal', text: 'Thousands of protesters marched in the capital to demand the withdrawal of foreign troops.', expected: ['protesters|intervention|against'] },
  { label: 'warns against sending troops', text: 'Opposition leader Karl Finn warned against sending troops to Corvia, saying it would drag the country into a long war.', entities: [finn, corvia], expected: ['Karl Finn|intervention|against'] },
  { label: 'quote: invader', text: '"Any foreign soldier on our soil will be treated as an invader," said Rosa Lind, the defence minister.', entities: [lind], quotes: [{ text: 'Any foreign soldier on our soil will be treated as an invader,', speaker: 'Rosa Lind' }], expected: ['Rosa Lind|intervention|against'], also: ['Rosa Lind|sovereignty|favor'] },
  { label: 'ends a defence pact, closes a base', text: 'The National Assembly voted to end the defence pact with Norland and ordered the closure of the air base.', entities: [O('National Assembly'), norland], expected: ['National Assembly|intervention|against'] },
  { label: 'refuses mercenaries', text: 'Ana Ruiz refused to allow foreign mercenaries to operate in Norland.', entities: [ruiz, norland], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'state expels instructors', text: 'Valdor expelled the foreign military instructors on Monday.', entities: [valdor], expected: ['Valdor|intervention|against'] },
  { label: 'opposes the plan (noun owner)', text: 'Tomas Berg opposes the plan to station foreign troops on the border.', entities: [berg], expected: ['Tomas Berg|intervention|against'] },
  // gap: 'invasion' is also a sovereignty opposite, so condemning it adds sovereignty favor; arguable, kept strict
  { label: 'groups criticise the invasion', gap: true, text: 'Human rights groups criticised the invasion in a joint statement.', expected: ['human rights groups|intervention|against'] },
  { label: 'government will never accept troops', text: 'The government of Corvia said it would never accept foreign troops on its territory.', entities: [corvia], quotes: [said('it would never accept foreign troops on its territory', 'Corvia')], expected: ['Corvia|intervention|against'], also: ['Corvia|sovereignty|favor'] },
  { label: 'ministry urges pull-out (a ministry that is no entity stays a group phrase, GUIDELINES §3)', text: "Estmark's foreign ministry urged Norland to pull its troops out of the border region.", entities: [estmark, norland], expected: ['foreign ministry|intervention|against'] },
  { label: 'quote: catastrophic mistake', text: '"Sending troops would be a catastrophic mistake," said Karl Finn, the opposition leader.', entities: [finn], quotes: [{ text: 'Sending troops would be a catastrophic mistake,', speaker: 'Karl Finn' }], expected: ['Karl Finn|intervention|against'] },
  { label: 'would not send troops', text: 'Ana Ruiz said Norland would not send troops to Valdor under any circumstances.', entities: [ruiz, norland, valdor], quotes: [said('Norland would not send troops to Valdor under any circumstances', 'Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'veterans urge bringing troops home', text: 'Veterans groups in Norland urged the government to bring the troops home from Valdor.', entities: [norland, valdor], expected: ['veterans groups|intervention|against'] },
  { label: 'analysis: author against', text: 'Sending soldiers to Valdor would be a reckless gamble that the region cannot afford.', entities: [valdor], expected: ['@author|intervention|against'] },

  // sovereignty
  { label: 'sovereign nation, for its people to decide', text: 'Prime Minister Jonas Weir insisted that Valdor is a sovereign nation and that its future is for its people alone to decide.', entities: [weir, valdor], quotes: [said('Valdor is a sovereign nation and that its future is for its people alone to decide', 'Jonas Weir')], expected: ['Jonas Weir|sovereignty|favor'] },
  { label: 'defend territorial integrity', text: "Omar Sato vowed to defend Valdor's territorial integrity.", entities: [sato, valdor], expected: ['Omar Sato|sovereignty|favor'] },
  // gap: 'buy the territory' is a context term by design (test/stances/unseen.test.ts: buying alone is not force or pressure)
  { label: 'quote: not for sale', gap: true, text: '"Tessaly is not for sale," President Ines Moro said after Norland offered to buy the territory.', entities: [moro, tessaly, norland], quotes: [{ text: 'Tessaly is not for sale,', speaker: 'Ines Moro' }], expected: ['Ines Moro|sovereignty|favor', 'Norland|intervention|favor'], also: ['Ines Moro|intervention|against'] },
  // gap: with 'into its airspace' between, 'as a violation of its sovereignty' is not read
  { label: 'airspace incursion violates sovereignty', gap: true, text: 'Corvia condemned the incursion into its airspace as a violation of its sovereignty.', entities: [corvia], expected: ['Corvia|intervention|against', 'Corvia|sovereignty|favor'] },
  // gap: 'chanting that …' is no reported speech for the quotes stage, so the clause has no holder
  { label: 'students: no colony', gap: true, text: "Students rallied outside the embassy, chanting that their country must never become anyone's colony.", expected: ['students|sovereignty|favor'], also: ['students|intervention|against'] },
  { label: 'dismisses sovereignty as a fiction', text: "Senator Mira Cole dismissed Valdor's sovereignty as a fiction, saying the island had always belonged to Norland.", entities: [cole, valdor, norland], expected: ['Mira Cole|sovereignty|against'] },
  { label: 'sovereignty a pretext', text: "Norland's foreign minister, Erik Lund, called Corvia's claims of sovereignty a pretext for blocking the inspections.", entities: [lund, norland, corvia], expected: ['Erik Lund|sovereignty|against'] },
  { label: 'quote: nobody decides our future', text: 'Rosa Lind said: "Nobody will decide our future for us. Valdor belongs to the people of Valdor."', entities: [lind, valdor], quotes: [{ text: 'Nobody will decide our future for us. Valdor belongs to the people of Valdor.', speaker: 'Rosa Lind' }], expected: ['Rosa Lind|sovereignty|favor'] },
  { label: 'supports right to decide alliances', text: "Ines Moro has long supported Corvia's right to decide its own alliances.", entities: [moro, corvia], expected: ['Ines Moro|sovereignty|favor'] },
  // gap: 'its claim to the islands' is no sovereignty term
  { label: 'rejects the suggestion to give up a claim', gap: true, text: 'Omar Sato rejected the suggestion that Valdor should give up its claim to the islands.', entities: [sato, valdor], expected: ['Omar Sato|sovereignty|favor'] },

  // no stance: near misses
  { label: 'none: troops arrive, no opinion', text: 'Some 2,000 foreign troops arrived in Valdor on Monday, according to the port authority.', entities: [valdor], expected: [] },
  { label: 'none: cues in a party name', text: 'Mira Cole, a spokeswoman for the Peace and Sovereignty Party, arrived in Valdor on Friday.', entities: [cole, O('Peace and Sovereignty Party'), valdor], expected: [] },
  { label: 'none: support in a unit name', text: 'The Rapid Support Brigade said its convoy had reached the city.', entities: [O('Rapid Support Brigade')], expected: [] },
  { label: 'none: a question', text: 'Will Norland send troops to Valdor? Analysts are divided.', entities: [norland, valdor], expected: [] },
  { label: 'none: not clear whether', text: 'It was not clear whether Ana Ruiz supports the deployment.', entities: [ruiz], expected: [] },
  { label: 'none: declined to say', text: 'Ana Ruiz declined to say whether she would back military action.', entities: [ruiz], expected: [] },
  { label: 'none: asked whether', text: 'Reporters asked Tomas Berg whether he would order airstrikes.', entities: [berg], expected: [] },
  { label: 'none: history', text: 'The island was occupied by Corvia from 1902 to 1931, historians say.', entities: [corvia], expected: [] },
  { label: 'none: defense in an office name', text: 'The Defense Support Office in Norland announced new hiring rules.', entities: [O('Defense Support Office'), norland], expected: [] },
  { label: 'none: a plan to be discussed', text: 'A plan to deploy peacekeepers to Valdor will be discussed at the summit next week.', entities: [valdor], expected: [] },
  { label: 'none: sovereignty in a topic', text: 'A conference on sovereignty and trade opened in Estmark on Tuesday, with Ana Ruiz among the speakers.', entities: [estmark, ruiz], expected: [] },
  // gap: the gerund act 'sending troops' is read as its subject's act even in a forecast under 'could'
  { label: 'none: analysts predict', gap: true, text: 'If the talks fail, Norland could consider sending troops, analysts say.', entities: [norland], quotes: [said('Norland could consider sending troops', 'analysts')], expected: [] },
  { label: 'none: unrelated talk', text: 'Ruiz said she had spoken to Berg about the weather and the harvest.', entities: [ruiz, berg], quotes: [said('she had spoken to Berg about the weather and the harvest', 'Ana Ruiz')], expected: [] },
  { label: 'none: denial of a report', text: 'Berg did not call for airstrikes, his office said, correcting an earlier report.', entities: [berg], quotes: [said('Berg did not call for airstrikes', 'his office')], expected: [] },
];


/** The table's rate when last measured: raise it when rows are fixed. Before any fix 0.757 = 28/37 and 0.667 = 28/42 without the indirect quotes, 0.789 = 30/38 and 0.714 = 30/42 with them. */
const FLOOR = { precision: 0.948, recall: 0.88 };

describeBlindTable('stances on a blind table of invented news', 'blind', rows, FLOOR);
