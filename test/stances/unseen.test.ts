import { describe, it } from 'vitest';
import { expectRow, P, G, O, type Row } from './helpers.js';

// Constructions of issue 14 (stances on unseen news), with invented text.

/** A cue or target word inside a name is not a cue or a target. */
const NAMES: readonly Row[] = [
  { label: 'support inside a linked name', text: 'Ana Ruiz met the Rapid Support Forces near the port.', entities: [P('Ana Ruiz'), O('Rapid Support Forces')], expected: [] },
  { label: 'support inside an unlinked capitalised name', text: 'Officials said Norland kept supporting the Rapid Support Forces with trucks.', entities: [G('Norland')], expected: [] },
  { label: 'peace and defense inside names', text: 'Lena Berg praised the Peace Corps and the Defense Department.', entities: [P('Lena Berg')], expected: [] },
  { label: 'a strong term heading a name still counts', text: 'Ana Ruiz condemned the Norland Army for the raid.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a weak term inside a name does not', text: 'Ana Ruiz praised the Coalition of the Resolute for its troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'a sentence-initial capital is not a name', text: 'Supporting foreign troops, Omar Haddad said, was his duty.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|intervention|favor'], cue: 'Supporting' },
  { label: 'a title-case headline keeps its cues', text: 'Ana Ruiz Rejects Offer To Send Foreign Troops', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
];

/** General cues of news copy, by lemma. */
const CUES: readonly Row[] = [
  { label: 'threatening airstrikes is for them', text: 'Victor Hale threatened airstrikes.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'threatened' },
  { label: 'threatening sovereignty is against it', text: 'Victor Hale threatened Norland’s sovereignty.', entities: [P('Victor Hale'), G('Norland')], expected: ['Victor Hale|sovereignty|against'], cue: 'threatened' },
  { label: 'slammed', text: 'Ana Ruiz slammed the deployment.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'slammed' },
  { label: 'lashed out at', text: 'Ana Ruiz lashed out at the airstrikes.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'lashed out at' },
  { label: 'decries, by lemma', text: 'Ana Ruiz decries the occupation.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'decries' },
  { label: 'backed', text: 'Ana Ruiz backed the deployment of peacekeepers.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'], cue: 'backed' },
  { label: 'is against', text: 'Ana Ruiz is against foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'is against' },
  { label: 'called it a crime', text: 'Ana Ruiz called the invasion a crime.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'], cue: 'crime' },
  { label: '“it is against” sovereignty: the speaker defends it', text: 'Ana Ruiz said of the drills: “It is against the sovereignty of Norland.”', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'It is against the sovereignty of Norland.', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'strikes must stop', text: 'Ana Ruiz said the strikes must stop.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'must stop' },
  { label: 'sovereignty must be respected', text: 'Ana Ruiz insisted that Norland’s sovereignty must be respected.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|sovereignty|favor'], cue: 'must be respected' },
  { label: 'called on X to withdraw its troops', text: 'Ana Ruiz called on Sudria to withdraw its troops.', entities: [P('Ana Ruiz'), G('Sudria')], expected: ['Ana Ruiz|intervention|against'], cue: 'called on' },
  { label: 'urged foreign forces to leave', text: 'Ana Ruiz urged foreign forces to leave the country.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'urged' },
  { label: 'wants the troops to stay', text: 'Ana Ruiz wants the troops to stay.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  { label: 'an evaluative adjective under a cue agrees with it', text: 'Ana Ruiz condemned the illegal occupation.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'condemned' },
  { label: 'slogans against', text: 'The protesters chanted slogans against the occupation.', entities: [], expected: ['protesters|intervention|against'] },
  { label: 'an infinitive alone is no predicate', text: 'Soldiers pulling back would need cover to leave.', entities: [], expected: [] },
  { label: 'voted against', text: 'The parliament voted against the defence pact.', entities: [], expected: ['parliament|intervention|against'], cue: 'voted against' },
  { label: 'a weak term (operation) counts only where the target is named outright', text: 'Victor Hale said the operation was a success.', entities: [P('Victor Hale')], expected: [] },
  { label: 'the strikes were the only option', text: 'Victor Hale said the airstrikes were the only option.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'the only option' },
  { label: 'their presence is unwelcome', text: 'Ana Ruiz said the foreign troops were unwelcome.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'unwelcome' },
  { label: 'it would be a mistake to send troops', text: 'Ana Ruiz said it would be a mistake to send troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'a mistake to' },
  { label: 'a political base is not a military base', text: 'Foreign troops left in May. Ana Ruiz urged her political base to vote.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'a hunger strike is not a strike', text: 'Ana Ruiz praised the hunger strike.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'dismissing a report aimed at justifying intervention', text: 'Ana Ruiz dismissed the report, aimed at justifying intervention.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'dismissed' },
  { label: 'a gerund after "aimed at" is not the subject’s act', text: 'Ana Ruiz spoke about the campaign aimed at justifying intervention.', entities: [P('Ana Ruiz')], expected: [] },
  // a coordinated predicate ("and did not want", "and rejected") is not governed by the cue before it
  { label: 'a protest, then a negated want of its own', text: 'Ana Ruiz marched against the old government and did not want foreign troops either.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'want' },
  { label: 'a condemnation, then a rejection of its own', text: 'Ana Ruiz condemned the coup and rejected foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'rejected' },
  // an "of" noun cue governs its own phrase, not the predicate after its verb
  { label: 'the departure of a force is a sovereign decision', text: '“The departure of the mission is a sovereign decision of our state,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'The departure of the mission is a sovereign decision of our state,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'the withdrawal of troops is demanded, still', text: 'Ana Ruiz demanded the withdrawal of foreign troops stationed in the north.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'demanded' },
  // a force ending its own presence is news ("withdraw" is too); ending another's is a stance
  { label: 'a force closing its own bases', text: 'The Valdor Mission has already closed its bases in the south.', entities: [O('Valdor Mission')], expected: [] },
  { label: 'a country scaling back its own troops abroad', text: 'Norland scaled back its troops in Valdor.', entities: [G('Norland'), G('Valdor')], expected: [] },
  { label: 'closing foreign bases', text: 'Ana Ruiz closed the foreign bases in the south.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  // denying a report of fact is no stance on it; rejecting a proposal is
  { label: 'rejecting claims that a base is coming', text: 'Ana Ruiz rejected opposition claims that the pier would become a foreign base.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'denying allegations of an invitation', text: 'Ana Ruiz denied allegations that she had invited foreign troops.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'near miss: rejecting a suggestion is a stance', text: 'Ana Ruiz rejected the suggestion that Norland could host foreign troops.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|against'], cue: 'rejected' },
  // what a call names "an invitation to" the caller blames, and does not invite
  { label: 'calling a letter an invitation to occupation', text: 'Ana Ruiz called the letter an invitation to occupation.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss: calling for an invitation to troops asks for them', text: 'Ana Ruiz called for an invitation to foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'] },
  // condemning a violation agrees with the violation's judgement: it defends what is violated
  { label: 'denouncing the violation of its sovereignty', text: 'Norland denounced the violation of its sovereignty.', entities: [G('Norland')], expected: ['Norland|sovereignty|favor'] },
  { label: 'condemning a breach of its sovereignty', text: 'Norland condemned the breach of its sovereignty by Valdorian jets.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|sovereignty|favor'] },
  { label: 'denouncing a deal as a surrender of sovereignty', text: 'Norland denounced the deal as a surrender of national sovereignty.', entities: [G('Norland')], expected: ['Norland|sovereignty|favor'] },
  { label: 'fighting against an army is no stance', text: 'The rebels kept fighting against the army in the north.', entities: [], expected: [] },
  // "consistent with" mirrors "incompatible with", after a copula only; "rebuff" is a form of rejecting
  { label: 'a deployment said to be consistent with a treaty', text: 'Victor Hale said the deployment was consistent with the defence treaty.', entities: [P('Victor Hale')], quotes: [{ text: 'the deployment was consistent with the defence treaty', kind: 'indirect', speaker: 'Victor Hale' }], expected: ['Victor Hale|intervention|favor'] },
  { label: 'a deployment said not to be consistent with the constitution', text: 'Ana Ruiz said the deployment was not consistent with the constitution.', entities: [P('Ana Ruiz')], quotes: [{ text: 'the deployment was not consistent with the constitution', kind: 'indirect', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss: a manner consistent with a plan judges no one', text: 'The foreign troops withdrew in a manner consistent with the agreement.', entities: [], expected: [] },
  { label: 'rebuffing an interest in acquiring a territory', text: 'Norland has spent a year rebuffing Valdor’s interest in annexing Kettland.', entities: [G('Norland'), G('Valdor'), G('Kettland')], expected: ['Norland|intervention|against', 'Norland|sovereignty|favor'] },
  // a closing single quote is no possessive ("the troops' commander" still is)
  { label: 'a term in single quotes, headline style', text: "Norland warns against 'foreign interference' after missile plan", entities: [G('Norland')], expected: ['Norland|intervention|against', 'Norland|sovereignty|favor'] },
  { label: 'a term in curly single quotes', text: 'Norland warned against ‘foreign interference’ after the missile plan.', entities: [G('Norland')], expected: ['Norland|intervention|against', 'Norland|sovereignty|favor'] },
  { label: "near miss: a plural possessive names an owner, not the target", text: "Ana Ruiz praised the foreign troops' commander.", entities: [P('Ana Ruiz')], expected: [] },
  // a predicate judges a noun phrase, not an adjunct term after it
  { label: 'near miss: "in breach of" judges the troops, not the consent before it', text: '“The troops remained without the consent of the state and in breach of its constitution,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'The troops remained without the consent of the state and in breach of its constitution,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'] },
  // indifference negates the verb, not the term
  { label: 'near miss: not caring whose soldiers stand there', text: '“I don’t care whose soldiers stand on the bridge,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'I don’t care whose soldiers stand on the bridge,', speaker: 'Ana Ruiz' }], expected: [] },
  // a nation's own forces are no foreign intervention
  { label: 'near miss: wanting more of one’s own soldiers', text: '“We need more of our own soldiers on the islands,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'We need more of our own soldiers on the islands,', speaker: 'Ana Ruiz' }], expected: [] },
  // the host's request as its consent
  { label: 'no action without a request from the host', text: 'Norland said it would take no action there without a request from Valdor.', entities: [G('Norland'), G('Valdor')], quotes: [{ text: 'it would take no action there without a request from Valdor', kind: 'indirect', speaker: 'Norland' }], expected: ['Norland|sovereignty|favor'] },
  { label: 'sovereignty dismissed as "a word, not a fact"', text: '“Sovereignty in Norland is a word, not a fact,” Victor Hale said.', entities: [P('Victor Hale'), G('Norland')], quotes: [{ text: 'Sovereignty in Norland is a word, not a fact,', speaker: 'Victor Hale' }], expected: ['Victor Hale|sovereignty|against'] },
  { label: 'never renouncing the use of force is for it', text: 'Victor Hale said Norland would never renounce the use of force.', entities: [P('Victor Hale'), G('Norland')], quotes: [{ text: 'Norland would never renounce the use of force', kind: 'indirect', speaker: 'Victor Hale' }], expected: ['Victor Hale|intervention|favor'] },
  // naming a presence "an occupation" or "an invasion" is against it, held by who names it (also in a clause of its own)
  { label: 'a presence a capital describes as an occupation', text: 'Valdor has kept outposts in the north for years, a presence Norland has described as an occupation.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'calling a base an occupation', text: 'Ana Ruiz calls the Valdorian base an occupation.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a deployment that amounts to an invasion', text: 'Ana Ruiz said the deployment amounts to an invasion.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'near miss: fearing an invasion names nothing', text: 'The army feared an invasion, Ana Ruiz said.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'near miss: the name is the runway’s, not the consent’s inside it (no sovereignty against)', text: '“A foreign runway built there without the consent of our people is an occupation,” Ana Ruiz said.', entities: [P('Ana Ruiz')], expected: [] },
  // "a wave of", "a series of" only count what follows: the cue reaches the term through them
  { label: 'a protest over a wave of drone strikes', text: 'Norland lodged a formal protest over a wave of Valdorian drone strikes.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
  { label: 'summoning an envoy after a series of incursions', text: 'Norland summoned the Valdorian envoy after a series of armed Valdorian incursions.', entities: [G('Norland'), G('Valdor')], expected: ['Norland|intervention|against'] },
];

/** Presence, bases and withdrawal: the intervention event lexicon. */
const PRESENCE: readonly Row[] = [
  // a slogan that sends away the force or foreign body it addresses
  { label: 'banners reading "<mission>, go home"', text: 'Foreign peacekeepers have patrolled the east since 2010. Demonstrators carried banners reading "UNMIV, go home".', entities: [O('UNMIV')], expected: ['Demonstrators|intervention|against'] },
  { label: 'chanting "Foreign troops, get out!"', text: 'Protesters chanted "Foreign troops, get out!" outside the base.', entities: [], quotes: [{ text: 'Foreign troops, get out!', speaker: 'Protesters' }], expected: ['Protesters|intervention|against'] },
  { label: 'near miss: a person told to go home is no presence', text: 'Foreign troops arrived in May. “Ruiz, go home!” the crowd shouted.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Ruiz, go home!', speaker: 'the crowd' }], expected: [] },
  { label: 'near miss: fans told to go home', text: 'The match ended late, and fans were told to go home.', entities: [], expected: [] },
  { label: 'demanding the withdrawal of foreign troops', text: 'Ana Ruiz demanded the withdrawal of foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'demanded' },
  { label: 'demanding their departure, in an article about troops', text: 'Foreign troops arrived in May. Ana Ruiz later demanded their departure.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'expelling instructors', text: 'Norland expelled the foreign military instructors.', entities: [G('Norland')], expected: ['Norland|intervention|against'], cue: 'expelled' },
  { label: 'expelling mercenaries, by lemma', text: 'Norland expels mercenaries from the north.', entities: [G('Norland')], expected: ['Norland|intervention|against'], cue: 'expels' },
  { label: 'closing a base', text: 'Ana Ruiz closed the foreign military base.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'closed' },
  { label: 'ending a defence pact', text: 'Ana Ruiz ended the defence pact with Sudria.', entities: [P('Ana Ruiz'), G('Sudria')], expected: ['Ana Ruiz|intervention|against'], cue: 'ended' },
  { label: 'protesting against a base', text: 'Hundreds of students protested against the military base.', entities: [], expected: ['students|intervention|against'] },
  { label: 'inviting peacekeepers', text: 'Ana Ruiz invited peacekeepers to the region.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'], cue: 'invited' },
  { label: 'hosting foreign troops', text: 'Ana Ruiz said the country would host foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'], cue: 'host' },
  { label: 'asking for troops', text: 'Ana Ruiz asked for foreign troops.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'], cue: 'asked for' },
  { label: 'signing a basing deal', text: 'Ana Ruiz signed a basing agreement with Sudria.', entities: [P('Ana Ruiz'), G('Sudria')], expected: ['Ana Ruiz|intervention|favor'], cue: 'signed' },
  { label: 'stationing, by lemma', text: 'Victor Hale will station more warplanes in the south.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'station' },
  { label: 'calling for a no-fly zone', text: 'Ana Ruiz called for a no-fly zone.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor'], cue: 'called for' },
  { label: 'dismay at a deployment', text: 'Ana Ruiz was deeply disappointed by the deployment.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'], cue: 'disappointed by' },
  { label: 'an act across a comma governs nothing', text: 'Ana Ruiz said the talks ended, and the troops stayed.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'a nominal act has no holder', text: 'The signing of the defence pact took place in May.', entities: [], expected: [] },
  { label: 'withdrawing one’s own troops is news, not a stance', text: 'Norland withdrew its troops from the border.', entities: [G('Norland')], expected: [] },
];

/** Annexation and territory. */
const TERRITORY: readonly Row[] = [
  { label: 'condemning an incursion', text: 'Ana Ruiz condemned the incursion into Norland’s airspace.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|against'], cue: 'condemned' },
  { label: '51st state talk', text: 'Victor Hale said Norland should become the 51st state.', entities: [P('Victor Hale'), G('Norland')], expected: ['Norland|intervention|favor', 'Norland|sovereignty|against'] },
  { label: 'rejecting the suggestion that it could become a colony', text: 'Ana Ruiz rejected the suggestion that Norland could become a colony.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|sovereignty|favor'], cue: 'rejected' },
  { label: 'defending territorial integrity', text: 'Ana Ruiz defended Norland’s territorial integrity.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|sovereignty|favor'], cue: 'defended' },
  { label: 'having sovereignty', text: 'Ana Ruiz said: “Norland has sovereignty.”', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Norland|sovereignty|favor'] },
  // a territory claimed as the nation's own
  { label: '“It is our sea”', text: '“It is our sea,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'It is our sea,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: '“this land has an owner”', text: '“This land has an owner,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'This land has an owner,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'near miss: a land\'s gift', text: '“The harvest is our land\'s gift,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'The harvest is our land\'s gift,', speaker: 'Ana Ruiz' }], expected: [] },
  // a matter for the nation alone, decided or defended by its own people
  { label: '“Norland\'s internal affair”', text: '“The vote is Norland\'s internal affair,” Ana Ruiz said.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'The vote is Norland\'s internal affair,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: '“without anyone\'s permission”', text: '“We choose our partners freely, without anyone\'s permission,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'We choose our partners freely, without anyone\'s permission,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: '“defended by Congolese”', text: '“Congo will be defended by Congolese,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'Congo will be defended by Congolese,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  // (the quote model reads the refused patrol as against intervention; the rule adds the consent)
  { label: '“without our approval”', text: '“No foreign ship will patrol here without our approval,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'No foreign ship will patrol here without our approval,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'] },
  { label: 'near miss: a company\'s internal matter', text: '“The dispute is an internal matter,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'The dispute is an internal matter,', speaker: 'Ana Ruiz' }], expected: [] },
  { label: '“not for sale”', text: '“Norland is not for sale,” Ana Ruiz said.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland is not for sale,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|sovereignty|favor'] },
  { label: 'ceding territory, by lemma', text: 'Omar Haddad refuses to cede our territory.', entities: [P('Omar Haddad')], expected: ['Omar Haddad|sovereignty|favor'], cue: 'refuses' },
  { label: 'warning of a risk to independence', text: 'Ana Ruiz warned that the country risks losing its independence.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|sovereignty|favor'], cue: 'risks' },
];

/** Noun cues and their owners: intentions, decisions, attempts. */
const OWNERS: readonly Row[] = [
  { label: 'X’s decision to deploy troops', text: 'Victor Hale’s decision to deploy troops angered the opposition.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'decision to' },
  { label: 'condemning X’s attempt to annex: each holds its own', text: 'Norland condemned Sudria’s attempt to annex the island.', entities: [G('Norland'), G('Sudria')], expected: ['Norland|intervention|against', 'Norland|sovereignty|favor', 'Sudria|intervention|favor', 'Sudria|sovereignty|against'] },
  { label: 'vowed to send', text: 'Victor Hale vowed to send warships.', entities: [P('Victor Hale')], expected: ['Victor Hale|intervention|favor'], cue: 'vowed' },
  { label: 'decided to expel', text: 'Norland decided to expel the foreign troops.', entities: [G('Norland')], expected: ['Norland|intervention|against'], cue: 'decided to' },
  { label: 'deterring an attack', text: 'Ana Ruiz said the pact would deter any invasion.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'] },
  { label: 'a passive with its agent: condemned by X', text: 'The airstrikes were condemned by Norland.', entities: [G('Norland')], expected: ['Norland|intervention|against'], cue: 'condemned' },
  { label: 'a passive with its agent: welcomed by X', text: 'The deployment was welcomed by Norland.', entities: [G('Norland')], expected: ['Norland|intervention|favor'], cue: 'welcomed' },
  { label: 'a narrated act in the passive is no stance', text: 'The troops were deployed by Sudria in May.', entities: [G('Sudria')], expected: [] },
  { label: 'a chain does not cross "despite"', text: 'Islanders vow to remain loyal despite a neighbour claiming sovereignty.', entities: [], expected: [] },
];

/** Accusations and judgements: who holds them. */
const JUDGEMENTS: readonly Row[] = [
  { label: 'accusing X of meddling', text: 'Ana Ruiz accused Sudria of meddling in the election.', entities: [P('Ana Ruiz'), G('Sudria')], expected: ['Ana Ruiz|intervention|against', 'Ana Ruiz|sovereignty|favor'], cue: 'accused' },
  { label: 'accusing X of violating sovereignty', text: 'Ana Ruiz accused Sudria of violating Norland’s sovereignty.', entities: [P('Ana Ruiz'), G('Sudria'), G('Norland')], expected: ['Ana Ruiz|sovereignty|favor'], cue: 'accused' },
  { label: 'the accused is not the accuser', text: 'The rebels were accused of meddling in the vote.', entities: [], expected: [] },
  { label: 'a pretext belongs to its user', text: 'Ana Ruiz accused Sudria of using the unrest as a pretext to expand its military campaign.', entities: [P('Ana Ruiz'), G('Sudria')], expected: ['Ana Ruiz|intervention|against'], cue: 'accused' },
];

/** Holders that are governments and institutions (GUIDELINES.md §3). */
const HOLDERS: readonly Row[] = [
  { label: 'a capital for its government', text: 'Damascus condemned the airstrikes.', entities: [G('Damascus')], expected: ['Damascus|intervention|against'] },
  { label: 'the Peruvian government → Peru (a country named in the text)', text: 'Peru held talks. The Peruvian government condemned the airstrikes.', entities: [G('Peru'), { name: 'Peruvian', type: 'NORP' }], expected: ['Peru|intervention|against'] },
  { label: 'Sudria’s government → Sudria', text: 'Sudria’s government condemned the airstrikes.', entities: [G('Sudria')], expected: ['Sudria|intervention|against'] },
  { label: 'an unnamed junta → the passage’s country', text: 'Soldiers took power in Peru in July. The junta later demanded the withdrawal of foreign troops.', entities: [G('Peru')], expected: ['Peru|intervention|against'] },
  { label: 'a ministry as a group phrase', text: 'The foreign ministry condemned the airstrikes.', entities: [], expected: ['foreign ministry|intervention|against'] },
  { label: 'the international community', text: 'The international community condemned the occupation.', entities: [], expected: ['international community|intervention|against'] },
  { label: 'a group phrase restating an entity is the entity', text: 'The Norlanders rejected foreign troops. Norlander voters rejected foreign troops again.', entities: [{ name: 'Norlanders', type: 'NORP' }], expected: ['Norlanders|intervention|against'] },
  { label: 'a weekday is not a speaker', text: 'The strikes were “illegal”, Monday said.', entities: [], quotes: [{ text: 'illegal', speaker: 'Monday' }], expected: [] },
  { label: 'a named speaker of the same quote holds it', text: 'The strikes were “illegal”, Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'illegal', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
];

/** Whose stance an infinitive is: the asker's, not the one asked; the object of a verb is not a subject. */
const ASKED: readonly Row[] = [
  { label: 'asked X to consider not signing: the asker', text: 'Ana Ruiz went to ask Norland president Victor Hale “quietly” to consider not signing the defence pact.', entities: [P('Ana Ruiz'), P('Victor Hale', [], ['president']), G('Norland')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'persuaded X to expel', text: 'Ana Ruiz persuaded Norland to expel the mercenaries.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'encouraged X to host', text: 'Omar Haddad encouraged Sudria to host foreign troops.', entities: [P('Omar Haddad'), G('Sudria')], expected: ['Omar Haddad|intervention|favor'] },
  { label: 'a visited place is no holder', text: 'Ana Ruiz visited Sudria to ask Victor Hale to expel the mercenaries.', entities: [P('Ana Ruiz'), P('Victor Hale'), G('Sudria')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'the object of a participle is no holder', text: 'Ana Ruiz, touring Sudria, condemned the airstrikes.', entities: [P('Ana Ruiz'), G('Sudria')], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'miss: a subject after “that” still holds its own infinitive', text: 'Ana Ruiz said that Norland agreed to host foreign troops.', entities: [P('Ana Ruiz'), G('Norland')], expected: ['Norland|intervention|favor'] },
  { label: '“said X” keeps the inverted speaker', text: 'The strikes must stop, said Ana Ruiz.', entities: [P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against'] },
];

/** A noun that refers back to an earlier proposal ("rejected the idea") stands for what was proposed. */
const REFERENCES: readonly Row[] = [
  { label: 'rejected the idea: against what was proposed before', text: 'Victor Hale proposed sending troops to Norland. Ana Ruiz rejected the idea.', entities: [P('Victor Hale'), P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'], cue: 'rejected' },
  { label: 'dismissed those comments, two sentences on', text: 'Victor Hale mused about an annexation of the island. Reporters pressed him on it. Norland has firmly dismissed those comments.', entities: [P('Victor Hale'), G('Norland')], expected: ['Norland|intervention|against', 'Norland|sovereignty|favor'] },
  { label: 'welcomed the offer: for it', text: 'Sudria offered to deploy peacekeepers. Norland welcomed the offer on Monday.', entities: [G('Sudria'), G('Norland')], expected: ['Norland|intervention|favor', 'Sudria|intervention|favor'] },
  { label: 'a negated cue flips it', text: 'Victor Hale proposed sending troops. Ana Ruiz did not reject the idea.', entities: [P('Victor Hale'), P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|favor', 'Victor Hale|intervention|favor'] },
  { label: 'called the idea an insult: against what was proposed before', text: 'Victor Hale proposed sending troops to Norland. Ana Ruiz called the idea an insult.', entities: [P('Victor Hale'), P('Ana Ruiz'), G('Norland')], expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'] },
  { label: 'the plan was a provocation, quoted', text: 'Victor Hale proposed sending troops. “The plan is a provocation,” Ana Ruiz said.', entities: [P('Victor Hale'), P('Ana Ruiz')], quotes: [{ text: 'The plan is a provocation,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'] },
  { label: 'calling the idea an insult, the proposal earlier in the same sentence', text: 'Victor Hale suggested that Sudria could station troops in Norland, with Ana Ruiz calling the idea an insult.', entities: [P('Victor Hale'), G('Sudria'), G('Norland'), P('Ana Ruiz')], expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'] },
  { label: 'refusing the use of its territory for attacks is against intervention, no stance on sovereignty', text: 'Valdor said it will not allow its territory to be used for attacks on Sudria.', entities: [G('Valdor'), G('Sudria')], quotes: [{ text: 'it will not allow its territory to be used for attacks on Sudria', speaker: 'Valdor' }], expected: ['Valdor|intervention|against'] },
  { label: 'miss: having no plans to host a base opposes nothing', text: 'Ana Ruiz said Norland has no plans to host a foreign base.', entities: [P('Ana Ruiz'), G('Norland')], quotes: [{ text: 'Norland has no plans to host a foreign base', speaker: 'Ana Ruiz' }], expected: [] },
  { label: 'miss: having no base is a fact denied', text: 'An official said Valdor had no military base on the island.', entities: [G('Valdor')], expected: [] },
  { label: 'a bare "no" before a term in a quote is still against it', text: '“No foreign bases on our soil,” Ana Ruiz said.', entities: [P('Ana Ruiz')], quotes: [{ text: 'No foreign bases on our soil,', speaker: 'Ana Ruiz' }], expected: ['Ana Ruiz|intervention|against'] },
  { label: 'a list of names between "with" and a gerund holds it together', text: 'The council split, with Sudria and Valdor warning against a foreign military presence.', entities: [G('Sudria'), G('Valdor')], expected: ['Sudria|intervention|against', 'Valdor|intervention|against'] },
  { label: 'miss: a judgement the lexicon does not know says nothing', text: 'Victor Hale proposed sending troops. Ana Ruiz called the idea interesting.', entities: [P('Victor Hale'), P('Ana Ruiz')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'miss: nothing proposed before', text: 'The talks ended early. Ana Ruiz rejected the idea.', entities: [P('Ana Ruiz')], expected: [] },
  { label: 'miss: the proposal is too far back', text: 'Victor Hale proposed sending troops. The talks went on. Lunch was served. Nobody spoke. Ana Ruiz rejected the idea.', entities: [P('Victor Hale'), P('Ana Ruiz')], expected: ['Victor Hale|intervention|favor'] },
  { label: 'miss: a noun with its own content is read as usual', text: 'Victor Hale proposed sending troops. Ana Ruiz rejected the idea of a trade deal.', entities: [P('Victor Hale'), P('Ana Ruiz')], expected: ['Victor Hale|intervention|favor'] },
];

/** Context terms count on their own in an article that uses three different ones, with no strong term. */
const WEAK_ALONE: readonly Row[] = [
  {
    label: 'three different context terms make them live',
    text: 'Victor Hale wants to buy the island. He spoke of a purchase again. Ana Ruiz rejected the pressure. She said it was not for sale.',
    entities: [P('Victor Hale'), P('Ana Ruiz')],
    expected: ['Ana Ruiz|intervention|against', 'Victor Hale|intervention|favor'],
  },
  { label: 'miss: two context terms do not', text: 'Victor Hale wants to buy the island. Ana Ruiz rejected the pressure.', entities: [P('Victor Hale'), P('Ana Ruiz')], expected: [] },
  { label: 'miss: one context term said three times does not', text: 'Victor Hale wants the pressure. Ana Ruiz rejected the pressure. Omar Haddad praised the pressure.', entities: [P('Victor Hale'), P('Ana Ruiz'), P('Omar Haddad')], expected: [] },
];

describe.each([
  ['names', NAMES],
  ['cues', CUES],
  ['presence, bases and withdrawal', PRESENCE],
  ['annexation and territory', TERRITORY],
  ['noun cues and owners', OWNERS],
  ['accusations and judgements', JUDGEMENTS],
  ['governments and institutions', HOLDERS],
  ['asked and asker', ASKED],
  ['references to an earlier proposal', REFERENCES],
  ['context terms alone', WEAK_ALONE],
] as const)('%s', (_name, rows) => {
  it.each(rows.map((r) => [r.label, r] as const))('%s', (_label, row) => expectRow(row));
});
