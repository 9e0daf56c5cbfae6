import { G, O, P, type EntitySpec } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * A fourteenth blind table: 107 rows of invented news in 18 short stories (5 or 6 consecutive paragraphs
 * each: wire reports with datelines, two features, two analyses, an interview in Q./NAME: turns and two
 * opinion columns), set in real countries and capitals with real international bodies, but with invented
 * people, parties, unions, companies, towns, islands and events. It was written from GUIDELINES §5 (and
 * §3 on entities, group actors and institutions as speakers) alone, before running the stance stage and
 * without reading it, its cue lexicons, its other tests, the fixtures, the dev corpus or the other blind
 * tables' rows (only GUIDELINES, the runner, the helpers, and the imports, header and closing lines of the
 * thirteenth table were read), as an estimate of how the stage does on news it was not built on. The
 * annotations were fixed before the first run and were not changed after it; the rows that failed on
 * that run are marked `gap`.
 *
 * The stories: the Security Council debating the renewal of the UN mission in South Sudan; Comoros asking
 * Tanzania for troops after a coup attempt; an Eritrean naval blockade of a Djiboutian port; calls for a
 * no-fly zone over Darfur (analysis); Tajik drones and a patrol crossing into Kyrgyzstan; a Honduran bill
 * to annex an island in the Gulf of Fonseca (feature); Chad expelling Turkish military advisers; a local
 * referendum in the Maldives on an Indian coast-guard radar station (feature); Kenyan airstrikes in
 * Somalia; a hostage rescue by US special forces in Nigeria; a Mongolia–Japan defence pact; Portugal's
 * parliament voting to pull a frigate out of a naval coalition in the Strait of Hormuz; an interview with
 * Belize's foreign minister after a Guatemalan incursion; cross-border shelling from Myanmar and a
 * Bangladeshi "safe zone" idea (analysis); a Zambian news round-up full of traps; an Indian army road in a
 * valley Nepal claims; and two columns whose own voice (`@author`) takes sides: for a regional force in
 * northern Mozambique, and against European warships in Tunisian waters.
 *
 * What it aims at:
 * - reported speech with many verbs (told, argued, insisted, warned, vowed, urged, accused, dismissed,
 *   rejected, called, asked, added), quotes broken by their attribution, attributions after the quote
 *   with a pronoun or a role ("she said", "he vowed", "the minister added", "a senior British official
 *   said privately", "one Western diplomat said"), interview turns with a null questioner;
 * - stances phrased indirectly: metaphors ("guests … landlords", "a line in the sand to be redrawn with a
 *   drone", "the smallest passenger on somebody else's gunboat", moving furniture into a house while the
 *   judges read the deed, "a flag over an empty district is a decoration"), sarcasm ("They protect us so
 *   well that no ship can reach us", "the colour of the paint", "guests with binoculars"), rhetorical
 *   questions ("will they land in Kano …?"), conditions ("If they cannot control their side of the river,
 *   we will control it for them", "If the Turks must go, the French can pack too"), veiled threats ("bear
 *   the consequences of its choices", "we will shoot them down ourselves");
 * - governments acting in narration (asked, summoned, recalled, ordered to leave, carried out airstrikes,
 *   protested, voted to withdraw, passed a resolution), capitals standing for governments (Asmara, Port
 *   Sudan, Dushanbe, Beijing, Brussels, Kathmandu, Dhaka, Ankara), ministries that are not entities as group
 *   phrases (the foreign ministry, the information ministry, the external affairs ministry), a
 *   spokesperson speaking for the Kremlin, an entity department, a named party, union and association,
 *   groups (exiles, lawmakers, students, protesters, generals, parliament, "the international community",
 *   a provincial governor, the "no" side), and the article's own voice;
 * - about 38% of the rows carry no stance: logistics, numbers, history, neutral reactions ("taken note",
 *   "study it with the seriousness it deserves", "following the situation closely", "take it into
 *   account", a call for restraint on both sides), a denial, indifference, a prediction of another
 *   country's stance by diplomats, and traps: "Rapid Support Forces", "Kenya Defence Forces", "Defence
 *   Ministry", "Peace Corps", "Dhivehi Sovereign Front" (which does hold stances), "Sovereign Hills
 *   Estates", "sovereign debt", "massive intervention" in food supplies, "urgent surgical intervention",
 *   "a military intervention in our budget", the army stationing a platoon in its own village.
 *
 * Reported speech comes with the indirect quote the quotes stage gives it (the content clause, with its
 * speaker); direct quotes, attributed fragments, banner and placard slogans and interview turns come as
 * hand-made quotes with their speaker (the person a "he", "she", role description or NAME: label refers
 * to; null for the interviewer). Each row's entities use the fullest form of the name found in the story.
 *
 * Annotation choices where §5 leaves room (following the thirteenth table's conventions):
 * - The actor is whoever the text makes hold the view; the government or party a person speaks for is at
 *   most `also`. Asking for, inviting, proposing, praising, justifying or carrying out a foreign force,
 *   strike, raid or base is `intervention|favor` (so is defending a country's part in a foreign naval
 *   coalition, and a bill to annex a neighbour's island "with or without" its agreement); refusing,
 *   condemning, expelling, protesting, summoning or recalling an envoy over, voting to withdraw from,
 *   warning against or threatening to shoot down a foreign force, incursion or base is `against`. A
 *   peacekeeping mission, a naval blockade, foreign military advisers, a foreign coast-guard radar station,
 *   a no-fly zone and an army road in a claimed valley count as foreign military intervention; a defence
 *   pact with refuelling rights and exercises is at most `also`, and so is a CSTO offer of observers.
 * - Asserting that a country decides for itself, defending its territorial integrity or claiming a place
 *   as its own ("entirely within Indian territory", "Chhekpa is ours") is `sovereignty|favor`, and so is
 *   saying one respects another's sovereignty or sovereign decision; "respects the decision of the
 *   Portuguese parliament" and respecting the outcome of a vote are only `also`. Dismissing a claim as "a
 *   paper sovereignty", "Sovereignty is for states that control their territory" and a column calling the
 *   sovereignty objection hollow are `against`. Implied readings (a banner "Comoros is not a barracks", "Our
 *   army can protect our people") are `also`.
 * - Reluctance to enforce ("nobody in London is volunteering"), a reported prediction of another's
 *   opposition, justification of a partner's conduct in neutral terms and a refusal to announce
 *   deployments carry no required stance (their readings are `also`). A rescued hostage thanking those who
 *   sent the soldiers praises the operation (`favor`).
 *
 * First blind run (2026-12-07, commit 973fff3): P 0.758 (25/33), R 0.269 (25/93); 54 of the 107 rows
 * failed and are marked `gap` (no annotation was changed after the run; no row needed an authoring fix: the
 * quote strings and entity names were checked to be in their texts before the run, without the stage).
 */

const L = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'LOC', aliases });

const rows: readonly BlindRow[] = [
  // s1 — UNITED NATIONS: renewing the UN mission in South Sudan (wire)
  {
    label: 's1.1 South Sudan mandate: the draft and the numbers (no stance)',
    gap: true,
    text: 'UNITED NATIONS — The Security Council on Thursday began negotiating a one-year renewal of the UN peacekeeping mission in South Sudan, whose mandate expires at the end of the month. A draft circulated among members would keep its 17,000 troops and police at their current strength and extend patrols to two more counties.',
    entities: [O('Security Council'), G('South Sudan')],
    expected: [],
  },
  {
    label: 's1.2 South Sudan mandate: the ambassador wants patrols wound down, “guests … landlords”',
    gap: true,
    text: 'South Sudan’s ambassador, Deng Akol Mabior, told the council that his government wanted the mission’s armed patrols wound down within a year. “Our army can protect our people. Peacekeepers who stay forever stop being guests and start being landlords,” he said.',
    entities: [G('South Sudan'), P('Deng Akol Mabior', ['Mabior'])],
    quotes: [
      said('his government wanted the mission’s armed patrols wound down within a year', 'Deng Akol Mabior'),
      quote('Our army can protect our people. Peacekeepers who stay forever stop being guests and start being landlords', 'Deng Akol Mabior'),
    ],
    expected: ['Deng Akol Mabior|intervention|against'],
    also: ['South Sudan|intervention|against', 'Deng Akol Mabior|sovereignty|favor', 'South Sudan|sovereignty|favor'],
  },
  {
    label: 's1.3 South Sudan mandate: an aid director warns against pulling the blue helmets out',
    gap: true,
    text: 'Aid groups working in Upper Nile pushed back. “Pull the blue helmets out of Malek Gol and you will be counting graves by Christmas,” said Rebecca Lado, who directs the Juba-based Nyakuron Relief Network. She urged the council to add drones and a second battalion rather than cut.',
    entities: [G('Upper Nile'), G('Malek Gol'), P('Rebecca Lado', ['Lado']), G('Juba'), O('Nyakuron Relief Network')],
    quotes: [quote('Pull the blue helmets out of Malek Gol and you will be counting graves by Christmas', 'Rebecca Lado')],
    expected: ['Rebecca Lado|intervention|favor'],
    also: ['aid groups|intervention|favor', 'Nyakuron Relief Network|intervention|favor'],
  },
  {
    label: 's1.4 South Sudan mandate: Russia’s envoy, “the primary responsibility of the host government”',
    gap: true,
    text: 'Russia’s deputy envoy, Arkady Veshnin, said Moscow would not block the renewal but would abstain unless the text recognised “the primary responsibility of the host government” for security. He called the draft’s new human-rights language “an attempt to run South Sudan from a committee room in New York”.',
    entities: [G('Russia'), P('Arkady Veshnin', ['Veshnin']), G('Moscow'), G('South Sudan'), G('New York')],
    quotes: [
      said('Moscow would not block the renewal but would abstain unless the text recognised “the primary responsibility of the host government” for security', 'Arkady Veshnin'),
      quote('the primary responsibility of the host government', 'Arkady Veshnin'),
      quote('an attempt to run South Sudan from a committee room in New York', 'Arkady Veshnin'),
    ],
    expected: ['Arkady Veshnin|sovereignty|favor'],
    also: ['Moscow|sovereignty|favor', 'Russia|sovereignty|favor'],
  },
  {
    label: 's1.5 South Sudan mandate: history and budget (no stance)',
    text: 'The mission was created in 2011, the year South Sudan became independent, and has lost 71 personnel since. Its budget this year is $1.2 billion, about a fifth of which is spent on aviation.',
    entities: [G('South Sudan')],
    expected: [],
  },
  {
    label: 's1.6 South Sudan mandate: the AU council has “taken note” (neutral)',
    text: 'A vote is scheduled for Tuesday. The African Union’s Peace and Security Council said in a short statement that it had “taken note” of the draft and would consult Juba before taking a position.',
    entities: [O('African Union'), O('Peace and Security Council'), G('Juba')],
    quotes: [
      said('it had “taken note” of the draft and would consult Juba before taking a position', 'Peace and Security Council'),
      quote('taken note', 'Peace and Security Council'),
    ],
    expected: [],
  },

  // s2 — MORONI: Comoros asks Tanzania for troops after a coup attempt (wire)
  {
    label: 's2.1 Comoros: the president asks Tanzania to send troops (narration)',
    text: 'MORONI — Comoros President Ibrahim Mzé Hamadi on Sunday asked Tanzania to send troops to the islands, two days after soldiers loyal to a dismissed colonel stormed the state broadcaster and were driven out after a four-hour gunfight.',
    entities: [G('Comoros'), P('Ibrahim Mzé Hamadi', ['Hamadi'], ['President']), G('Tanzania')],
    expected: ['Ibrahim Mzé Hamadi|intervention|favor'],
    also: ['Comoros|intervention|favor'],
  },
  {
    label: 's2.2 Comoros: the letter asks for “a battalion, for as long as it takes”',
    text: 'In a letter to Tanzanian President Grace Mwakilema, released by his office, Hamadi asked for “a battalion, for as long as it takes to secure the airport and the port” and said the request had been approved by the cabinet.',
    entities: [P('Ibrahim Mzé Hamadi', ['Hamadi']), P('Grace Mwakilema', ['Mwakilema'], ['President'])],
    quotes: [
      quote('a battalion, for as long as it takes to secure the airport and the port', 'Ibrahim Mzé Hamadi'),
      said('the request had been approved by the cabinet', 'Ibrahim Mzé Hamadi'),
    ],
    expected: ['Ibrahim Mzé Hamadi|intervention|favor'],
    also: ['cabinet|intervention|favor'],
  },
  {
    label: 's2.3 Comoros: the opposition party and its leader, “never leave on the date written in the letter”',
    gap: true,
    text: 'The opposition Ngazi Renewal Party called the invitation “a president hiring bodyguards with the nation’s flag.” Its leader, Faïza Djoumoi, warned that foreign soldiers “never leave on the date written in the letter.”',
    entities: [O('Ngazi Renewal Party'), P('Faïza Djoumoi', ['Djoumoi'])],
    quotes: [
      quote('a president hiring bodyguards with the nation’s flag', 'Ngazi Renewal Party'),
      said('foreign soldiers “never leave on the date written in the letter.”', 'Faïza Djoumoi'),
      quote('never leave on the date written in the letter', 'Faïza Djoumoi'),
    ],
    expected: ['Ngazi Renewal Party|intervention|against', 'Faïza Djoumoi|intervention|against'],
    also: ['Ngazi Renewal Party|sovereignty|favor', 'Faïza Djoumoi|sovereignty|favor'],
  },
  {
    label: 's2.4 Comoros: Tanzania will “study it” (neutral)',
    text: 'In Dodoma, Tanzania’s foreign ministry said it had received the request and would “study it with the seriousness it deserves.” A spokesman declined to say whether troops had been put on standby.',
    entities: [G('Dodoma'), G('Tanzania')],
    quotes: [
      said('it had received the request and would “study it with the seriousness it deserves.”', 'the foreign ministry'),
      quote('study it with the seriousness it deserves', 'the foreign ministry'),
    ],
    expected: [],
  },
  {
    label: 's2.5 Comoros: the AU and the international community back the request',
    gap: true,
    text: 'The African Union and much of the international community condemned the attempted coup and backed Hamadi’s request. The AU said it supported “all measures taken by the legitimate authorities to restore order, including with the help of neighbours.”',
    entities: [O('African Union', ['AU']), P('Ibrahim Mzé Hamadi', ['Hamadi'])],
    quotes: [
      said('it supported “all measures taken by the legitimate authorities to restore order, including with the help of neighbours.”', 'African Union'),
      quote('all measures taken by the legitimate authorities to restore order, including with the help of neighbours', 'African Union'),
    ],
    expected: ['African Union|intervention|favor', 'international community|intervention|favor'],
    also: ['Ibrahim Mzé Hamadi|intervention|favor'],
  },
  {
    label: 's2.6 Comoros: a trader welcomes anyone, students hold “Comoros is not a barracks” banners',
    gap: true,
    text: 'In the capital’s Volo-Volo market, traders shrugged. “Tanzanians, French, anyone, as long as the shooting stops,” said Nassur Abdou, who sells fabric. Outside the university, a group of students held up banners reading “Comoros is not a barracks.”',
    entities: [P('Nassur Abdou', ['Abdou']), G('Comoros')],
    quotes: [
      quote('Tanzanians, French, anyone, as long as the shooting stops', 'Nassur Abdou'),
      quote('Comoros is not a barracks', 'students'),
    ],
    expected: ['Nassur Abdou|intervention|favor', 'students|intervention|against'],
    also: ['students|sovereignty|favor', 'traders|intervention|favor'],
  },

  // s3 — DJIBOUTI: an Eritrean naval blockade of Ras Kanda (wire)
  {
    label: 's3.1 Djibouti blockade: ships stopped and turned back (no holder)',
    text: 'DJIBOUTI — Eritrean warships have stopped at least nine cargo ships heading for the Djiboutian port of Ras Kanda since Friday, turning two back and holding the others at anchor, according to the port authority and shipping agents.',
    entities: [G('Ras Kanda')],
    expected: [],
  },
  {
    label: 's3.2 Djibouti blockade: the prime minister, “an act of war dressed up as a customs inspection”',
    text: 'Prime Minister Abdourahman Ilmi Guedi called the blockade “an act of war dressed up as a customs inspection” and said Djibouti would “defend every metre of its waters.”',
    entities: [P('Abdourahman Ilmi Guedi', ['Guedi'], ['Prime Minister']), G('Djibouti')],
    quotes: [
      quote('an act of war dressed up as a customs inspection', 'Abdourahman Ilmi Guedi'),
      said('Djibouti would “defend every metre of its waters.”', 'Abdourahman Ilmi Guedi'),
      quote('defend every metre of its waters', 'Abdourahman Ilmi Guedi'),
    ],
    expected: ['Abdourahman Ilmi Guedi|intervention|against', 'Abdourahman Ilmi Guedi|sovereignty|favor'],
    also: ['Djibouti|sovereignty|favor', 'Djibouti|intervention|against'],
  },
  {
    label: 's3.3 Djibouti blockade: Asmara and its information ministry justify the inspections',
    gap: true,
    text: 'Asmara said the inspections were lawful. A statement from Eritrea’s information ministry said the ships were suspected of carrying weapons for “armed groups that threaten Eritrea’s territorial integrity” and that the navy would continue “as long as the threat exists.”',
    entities: [G('Asmara'), G('Eritrea')],
    quotes: [
      said('the inspections were lawful', 'Asmara'),
      said('the ships were suspected of carrying weapons for “armed groups that threaten Eritrea’s territorial integrity” and that the navy would continue “as long as the threat exists.”', 'the information ministry'),
      quote('armed groups that threaten Eritrea’s territorial integrity', 'the information ministry'),
      quote('as long as the threat exists', 'the information ministry'),
    ],
    expected: ['Asmara|intervention|favor', 'information ministry|intervention|favor'],
    also: ['information ministry|sovereignty|favor', 'Eritrea|intervention|favor', 'Eritrea|sovereignty|favor'],
  },
  {
    label: 's3.4 Djibouti blockade: freight rates and trade shares (no stance)',
    text: 'Freight rates on the route have doubled, the Djibouti Chamber of Commerce said, and three shipping lines have suspended calls. The port handles about 40 percent of the trade of the country’s landlocked neighbours.',
    entities: [O('Djibouti Chamber of Commerce')],
    quotes: [said('Freight rates on the route have doubled', 'Djibouti Chamber of Commerce')],
    expected: [],
  },
  {
    label: 's3.5 Djibouti blockade: Washington and Paris urge Eritrea to lift it; the Arab League calls for restraint',
    text: 'The United States and France, both of which keep bases in Djibouti, urged Eritrea to lift the blockade “immediately and without conditions.” The Arab League called for restraint on “both sides.”',
    entities: [G('United States'), G('France'), G('Djibouti'), G('Eritrea'), O('Arab League')],
    quotes: [quote('immediately and without conditions', 'United States'), quote('both sides', 'Arab League')],
    expected: ['United States|intervention|against', 'France|intervention|against'],
  },
  {
    label: 's3.6 Djibouti blockade: a union leader’s sarcasm, “They protect us so well that no ship can reach us”',
    gap: true,
    text: 'In Ras Kanda, dockworkers’ union leader Hassan Omar Dirir said Eritrea’s concern for Djibouti’s security was touching. “They protect us so well that no ship can reach us,” he said.',
    entities: [G('Ras Kanda'), P('Hassan Omar Dirir', ['Dirir']), G('Eritrea'), G('Djibouti')],
    quotes: [
      said('Eritrea’s concern for Djibouti’s security was touching', 'Hassan Omar Dirir'),
      quote('They protect us so well that no ship can reach us', 'Hassan Omar Dirir'),
    ],
    expected: ['Hassan Omar Dirir|intervention|against'],
  },

  // s4 — ANALYSIS: a no-fly zone over Darfur
  {
    label: 's4.1 Darfur no-fly zone: exiles and lawmakers call for one',
    gap: true,
    text: 'ANALYSIS — For months, Sudanese exiles and a handful of Western lawmakers have called for a no-fly zone over Darfur. The demand has grown louder since drone strikes on the market town of Khor Abeesh killed 60 people in March.',
    entities: [G('Darfur'), G('Khor Abeesh')],
    expected: ['exiles|intervention|favor', 'lawmakers|intervention|favor'],
  },
  {
    label: 's4.2 Darfur no-fly zone: the Rapid Support Forces’ drones and a denial (trap)',
    gap: true,
    text: 'The drones belong to the Rapid Support Forces, the paramilitary group fighting the army, according to a UN panel of experts. The RSF denies owning armed drones.',
    entities: [O('Rapid Support Forces', ['RSF']), O('UN')],
    quotes: [said('The drones belong to the Rapid Support Forces, the paramilitary group fighting the army', 'a UN panel of experts')],
    expected: [],
  },
  {
    label: 's4.3 Darfur no-fly zone: “nobody in London is volunteering”, a senior official said privately (reluctance)',
    text: 'Who would enforce it? The obvious candidates — the United States, Britain and France — show little appetite. A no-fly zone “means shooting down aircraft, and nobody in London is volunteering to do that over Darfur,” a senior British official said privately.',
    entities: [G('United States'), G('Britain'), G('France'), G('London'), G('Darfur')],
    quotes: [quote('means shooting down aircraft, and nobody in London is volunteering to do that over Darfur', 'a senior British official')],
    expected: [],
    also: ['official|intervention|against', 'London|intervention|against', 'Britain|intervention|against', 'United States|intervention|against', 'France|intervention|against'],
  },
  {
    label: 's4.4 Darfur no-fly zone: Port Sudan rejects it, “a gift to the rebels wrapped in a humanitarian ribbon”',
    gap: true,
    text: 'Port Sudan, where the army-backed government sits, has rejected the idea outright. Foreign Minister Ali Osman Karrar told reporters that Sudan’s skies “are Sudan’s business” and that a no-fly zone would be “a gift to the rebels wrapped in a humanitarian ribbon.”',
    entities: [G('Port Sudan'), P('Ali Osman Karrar', ['Karrar'], ['Foreign Minister']), G('Sudan')],
    quotes: [
      said('Sudan’s skies “are Sudan’s business” and that a no-fly zone would be “a gift to the rebels wrapped in a humanitarian ribbon.”', 'Ali Osman Karrar'),
      quote('are Sudan’s business', 'Ali Osman Karrar'),
      quote('a gift to the rebels wrapped in a humanitarian ribbon', 'Ali Osman Karrar'),
    ],
    expected: ['Port Sudan|intervention|against', 'Ali Osman Karrar|intervention|against', 'Ali Osman Karrar|sovereignty|favor'],
    also: ['Sudan|intervention|against', 'Sudan|sovereignty|favor', 'Port Sudan|sovereignty|favor'],
  },
  {
    label: 's4.5 Darfur no-fly zone: an analyst, “a slogan, not a policy”',
    text: 'Analysts say the more realistic tool is an arms embargo that is actually enforced. “A no-fly zone is a slogan, not a policy,” said Nadia Farouk of the Cairo-based Nile Policy Institute. “Follow the supply chain instead.”',
    entities: [P('Nadia Farouk', ['Farouk']), G('Cairo'), O('Nile Policy Institute')],
    quotes: [
      said('the more realistic tool is an arms embargo that is actually enforced', 'analysts'),
      quote('A no-fly zone is a slogan, not a policy', 'Nadia Farouk'),
      quote('Follow the supply chain instead.', 'Nadia Farouk'),
    ],
    expected: ['Nadia Farouk|intervention|against'],
    also: ['analysts|intervention|against'],
  },
  {
    label: 's4.6 Darfur no-fly zone: a “massive intervention” in food supplies (trap)',
    text: 'Meanwhile, the World Food Programme warned that without a “massive intervention” in food supplies, famine would spread to five more localities by August.',
    entities: [O('World Food Programme')],
    quotes: [
      said('without a “massive intervention” in food supplies, famine would spread to five more localities by August', 'World Food Programme'),
      quote('massive intervention', 'World Food Programme'),
    ],
    expected: [],
  },

  // s5 — BISHKEK: Tajik drones and a patrol cross into Kyrgyzstan (wire)
  {
    label: 's5.1 Kyrgyz border: Kyrgyzstan summons Tajikistan’s ambassador over drones and an incursion',
    gap: true,
    text: 'BISHKEK — Kyrgyzstan summoned Tajikistan’s ambassador on Wednesday after what its border service said were 14 violations of Kyrgyz airspace by Tajik military drones in three days, and a brief incursion by an armoured patrol near the village of Kara-Suu-Bulak.',
    entities: [G('Kyrgyzstan'), G('Tajikistan'), G('Kara-Suu-Bulak')],
    expected: ['Kyrgyzstan|intervention|against'],
    also: ['Kyrgyzstan|sovereignty|favor', 'border service|intervention|against', 'border service|sovereignty|favor'],
  },
  {
    label: 's5.2 Kyrgyz border: the foreign minister, “a line in the sand to be redrawn with a drone” (broken quote)',
    gap: true,
    text: '“Our border is not a line in the sand to be redrawn with a drone,” Foreign Minister Aibek Toktomushev told parliament. “Every flight is recorded, and every metre will be defended.”',
    entities: [P('Aibek Toktomushev', ['Toktomushev'], ['Foreign Minister'])],
    quotes: [
      quote('Our border is not a line in the sand to be redrawn with a drone', 'Aibek Toktomushev'),
      quote('Every flight is recorded, and every metre will be defended.', 'Aibek Toktomushev'),
    ],
    expected: ['Aibek Toktomushev|sovereignty|favor', 'Aibek Toktomushev|intervention|against'],
  },
  {
    label: 's5.3 Kyrgyz border: Dushanbe denies and accuses (no required stance)',
    text: 'Dushanbe denied that its aircraft had crossed the border. Tajikistan’s defence ministry said its drones had been “conducting routine surveillance of Tajik territory” and accused Kyrgyz forces of moving positions into a disputed grazing area.',
    entities: [G('Dushanbe'), G('Tajikistan')],
    quotes: [
      said('its aircraft had crossed the border', 'Dushanbe'),
      said('its drones had been “conducting routine surveillance of Tajik territory”', 'the defence ministry'),
      quote('conducting routine surveillance of Tajik territory', 'the defence ministry'),
    ],
    expected: [],
    also: ['defence ministry|intervention|against', 'defence ministry|sovereignty|favor', 'Tajikistan|sovereignty|favor', 'Tajikistan|intervention|against', 'Dushanbe|sovereignty|favor'],
  },
  {
    label: 's5.4 Kyrgyz border: the undemarcated frontier and past clashes (no stance)',
    text: 'Nearly half of the 970-kilometre frontier has never been demarcated. Clashes in 2021 and 2022 killed more than 100 people and displaced tens of thousands before a ceasefire brokered by Moscow.',
    entities: [G('Moscow')],
    expected: [],
  },
  {
    label: 's5.5 Kyrgyz border: a farmer, “we will shoot them down ourselves”; the army’s own platoon (trap)',
    gap: true,
    text: 'In Kara-Suu-Bulak, residents said they had heard the drones at night. “If they come over again, we will shoot them down ourselves,” said Bakyt Osmonaliev, a farmer, who added that the army had promised to station a platoon in the village.',
    entities: [G('Kara-Suu-Bulak'), P('Bakyt Osmonaliev', ['Osmonaliev'])],
    quotes: [
      said('they had heard the drones at night', 'residents'),
      quote('If they come over again, we will shoot them down ourselves', 'Bakyt Osmonaliev'),
      said('the army had promised to station a platoon in the village', 'Bakyt Osmonaliev'),
    ],
    expected: ['Bakyt Osmonaliev|intervention|against'],
  },
  {
    label: 's5.6 Kyrgyz border: the CSTO is “following the situation closely” and offers observers (no required stance)',
    text: 'The Collective Security Treaty Organization, to which both countries belong, said it was “following the situation closely” and offered to send observers if both sides agreed.',
    entities: [O('Collective Security Treaty Organization')],
    quotes: [
      said('it was “following the situation closely”', 'Collective Security Treaty Organization'),
      quote('following the situation closely', 'Collective Security Treaty Organization'),
    ],
    expected: [],
    also: ['Collective Security Treaty Organization|intervention|favor'],
  },

  // s6 — FEATURE: a Honduran bill to annex Isla Pelícano in the Gulf of Fonseca
  {
    label: 's6.1 Isla Pelícano: the island and its residents (no stance)',
    text: 'Isla Pelícano is a kilometre of rock and mangrove in the Gulf of Fonseca, with one fishing co-operative and 212 residents. They vote in El Salvador, buy their fuel in Honduras and sell most of their shrimp to Nicaraguan traders.',
    entities: [L('Isla Pelícano'), L('Gulf of Fonseca'), G('El Salvador'), G('Honduras')],
    expected: [],
  },
  {
    label: 's6.2 Isla Pelícano: a congressman’s annexation bill, “with or without the agreement of San Salvador”',
    gap: true,
    text: 'That arrangement was shaken last month when Honduran congressman Rigoberto Fiallos tabled a bill to “incorporate Isla Pelícano into the department of Valle, with or without the agreement of San Salvador.” He dismissed El Salvador’s claim as “a paper sovereignty defended with nothing but stamps.”',
    entities: [P('Rigoberto Fiallos', ['Fiallos']), L('Isla Pelícano'), G('Valle'), G('San Salvador'), G('El Salvador')],
    quotes: [
      quote('incorporate Isla Pelícano into the department of Valle, with or without the agreement of San Salvador', 'Rigoberto Fiallos'),
      quote('a paper sovereignty defended with nothing but stamps', 'Rigoberto Fiallos'),
    ],
    expected: ['Rigoberto Fiallos|intervention|favor', 'Rigoberto Fiallos|sovereignty|against'],
  },
  {
    label: 's6.3 Isla Pelícano: El Salvador’s foreign ministry recalls its ambassador; “not a souvenir” (role after quote)',
    gap: true,
    text: 'El Salvador’s foreign ministry called the bill “a provocation” and recalled its ambassador from Tegucigalpa for consultations. “The island’s status was settled by the International Court of Justice. It is not a souvenir for a congressman’s campaign,” Vice-Minister Claudia Menjívar told reporters.',
    entities: [G('El Salvador'), G('Tegucigalpa'), O('International Court of Justice'), P('Claudia Menjívar', ['Menjívar'], ['Vice-Minister'])],
    quotes: [
      quote('a provocation', 'the foreign ministry'),
      quote('The island’s status was settled by the International Court of Justice. It is not a souvenir for a congressman’s campaign', 'Claudia Menjívar'),
    ],
    expected: ['foreign ministry|intervention|against', 'Claudia Menjívar|sovereignty|favor'],
    also: ['Claudia Menjívar|intervention|against', 'El Salvador|intervention|against', 'El Salvador|sovereignty|favor', 'foreign ministry|sovereignty|favor'],
  },
  {
    label: 's6.4 Isla Pelícano: Managua silent, a routine patrol (no stance)',
    text: 'Managua, usually quick to speak about the gulf, has said nothing. Fishermen reported a Nicaraguan navy patrol boat near the island on Saturday; the navy described it as a routine patrol.',
    entities: [G('Managua')],
    expected: [],
  },
  {
    label: 's6.5 Isla Pelícano: the co-operative president wants a doctor before a flag (indifference)',
    text: 'On the island, co-operative president Marta Lidia Ramos laughed at the fuss. “Every four years somebody in a capital discovers us,” she said. “We would like a doctor before we get a new flag.”',
    entities: [P('Marta Lidia Ramos', ['Ramos'])],
    quotes: [
      quote('Every four years somebody in a capital discovers us', 'Marta Lidia Ramos'),
      quote('We would like a doctor before we get a new flag.', 'Marta Lidia Ramos'),
    ],
    expected: [],
  },
  {
    label: 's6.6 Isla Pelícano: Honduras’s foreign minister respects “the sovereignty of our neighbours”',
    gap: true,
    text: 'Honduras’s foreign minister, Ernesto Lagos Pineda, distanced the government from the bill, saying the executive “respects the 1992 ruling and the sovereignty of our neighbours” and would not support “any unilateral step.”',
    entities: [G('Honduras'), P('Ernesto Lagos Pineda', ['Lagos Pineda'])],
    quotes: [
      said('the executive “respects the 1992 ruling and the sovereignty of our neighbours” and would not support “any unilateral step.”', 'Ernesto Lagos Pineda'),
      quote('respects the 1992 ruling and the sovereignty of our neighbours', 'Ernesto Lagos Pineda'),
      quote('any unilateral step', 'Ernesto Lagos Pineda'),
    ],
    expected: ['Ernesto Lagos Pineda|sovereignty|favor', 'Ernesto Lagos Pineda|intervention|against'],
    also: ['Honduras|sovereignty|favor', 'Honduras|intervention|against', 'executive|sovereignty|favor', 'executive|intervention|against'],
  },

  // s7 — N’DJAMENA: Chad expels Turkish military advisers (wire)
  {
    label: 's7.1 Chad advisers: Chad orders 60 Turkish advisers out (narration)',
    text: 'N’DJAMENA — Chad on Tuesday ordered 60 Turkish military advisers to leave the country within 72 hours, ending a training programme that began three years ago.',
    entities: [G('Chad')],
    expected: ['Chad|intervention|against'],
  },
  {
    label: 's7.2 Chad advisers: the spokesman, “Chad trains its own soldiers and chooses its own friends”',
    gap: true,
    text: 'Government spokesman Abakar Djibrine Haggar said the advisers had “exceeded their mandate” by accompanying combat units near the Libyan border. “Chad trains its own soldiers and chooses its own friends,” he said.',
    entities: [P('Abakar Djibrine Haggar', ['Haggar']), G('Chad')],
    quotes: [
      said('the advisers had “exceeded their mandate” by accompanying combat units near the Libyan border', 'Abakar Djibrine Haggar'),
      quote('exceeded their mandate', 'Abakar Djibrine Haggar'),
      quote('Chad trains its own soldiers and chooses its own friends', 'Abakar Djibrine Haggar'),
    ],
    expected: ['Abakar Djibrine Haggar|intervention|against', 'Abakar Djibrine Haggar|sovereignty|favor'],
    also: ['Chad|sovereignty|favor', 'Chad|intervention|against'],
  },
  {
    label: 's7.3 Chad advisers: Ankara regrets and dismisses the accusation (no required stance)',
    text: 'Ankara said it regretted the decision and dismissed the accusation. Turkey’s defence ministry said the advisers had acted “strictly within the agreement signed by both governments” and would leave “in an orderly manner.”',
    entities: [G('Ankara'), G('Turkey')],
    quotes: [
      said('it regretted the decision', 'Ankara'),
      said('the advisers had acted “strictly within the agreement signed by both governments” and would leave “in an orderly manner.”', 'the defence ministry'),
      quote('strictly within the agreement signed by both governments', 'the defence ministry'),
      quote('in an orderly manner', 'the defence ministry'),
    ],
    expected: [],
    also: ['Ankara|intervention|favor', 'defence ministry|intervention|favor', 'Turkey|intervention|favor'],
  },
  {
    label: 's7.4 Chad advisers: an opposition leader, “If the Turks must go, the French can pack too”',
    gap: true,
    text: 'The expulsion split the opposition. Adoum Youssouf Bichara, who leads the Rally for Chadian Renewal, welcomed it but asked why French instructors were still in the country. “If the Turks must go, the French can pack too,” he said.',
    entities: [P('Adoum Youssouf Bichara', ['Bichara']), O('Rally for Chadian Renewal')],
    quotes: [quote('If the Turks must go, the French can pack too', 'Adoum Youssouf Bichara')],
    expected: ['Adoum Youssouf Bichara|intervention|against'],
    also: ['Rally for Chadian Renewal|intervention|against'],
  },
  {
    label: 's7.5 Chad advisers: the Defence Ministry’s budget (trap)',
    text: 'The Defence Ministry’s budget this year is 210 billion CFA francs, up 12 percent, most of it for salaries, according to the finance bill.',
    entities: [O('Defence Ministry')],
    expected: [],
  },
  {
    label: 's7.6 Chad advisers: the EU respects “the sovereign decision of the Chadian authorities”',
    text: 'The European Union said in a statement that it respected “the sovereign decision of the Chadian authorities” and that its own civilian programmes in the country would continue.',
    entities: [O('European Union')],
    quotes: [
      said('it respected “the sovereign decision of the Chadian authorities” and that its own civilian programmes in the country would continue', 'European Union'),
      quote('the sovereign decision of the Chadian authorities', 'European Union'),
    ],
    expected: ['European Union|sovereignty|favor'],
  },

  // s8 — FEATURE, MALÉ: a local referendum on an Indian coast-guard radar station
  {
    label: 's8.1 Maldives referendum: the vote and the half-built station (no stance)',
    text: 'MALÉ — Voters on Thilamaafushi and five neighbouring islands go to the polls on Saturday in the country’s first local referendum on a foreign military facility: a radar station and jetty for the Indian coast guard, already half built.',
    entities: [G('Thilamaafushi')],
    expected: [],
  },
  {
    label: 's8.2 Maldives referendum: the “yes” campaign’s leader, “Ours comes in nine”',
    gap: true,
    text: 'The “yes” campaign, led by the island council’s deputy president, Aishath Rasheeda, argues that the station will bring jobs, a harbour and faster rescues. “When a boat sinks out there, the Indian coast guard comes in two hours. Ours comes in nine,” she said.',
    entities: [P('Aishath Rasheeda', ['Rasheeda'])],
    quotes: [
      said('the station will bring jobs, a harbour and faster rescues', 'the yes campaign'),
      quote('When a boat sinks out there, the Indian coast guard comes in two hours. Ours comes in nine', 'Aishath Rasheeda'),
    ],
    expected: ['Aishath Rasheeda|intervention|favor'],
    also: ['campaign|intervention|favor'],
  },
  {
    label: 's8.3 Maldives referendum: the “no” side and the Dhivehi Sovereign Front, “radar … runway … always theirs”',
    gap: true,
    text: 'The “no” side, backed by the opposition Dhivehi Sovereign Front, says the station is the first step towards a permanent Indian garrison. “They say radar. In ten years they will say runway. In twenty they will say it was always theirs,” its candidate, Ibrahim Shafeeq, told a rally.',
    entities: [O('Dhivehi Sovereign Front'), P('Ibrahim Shafeeq', ['Shafeeq'])],
    quotes: [
      said('the station is the first step towards a permanent Indian garrison', 'the no side'),
      quote('They say radar. In ten years they will say runway. In twenty they will say it was always theirs', 'Ibrahim Shafeeq'),
    ],
    expected: ['Ibrahim Shafeeq|intervention|against', 'no side|intervention|against'],
    also: ['Dhivehi Sovereign Front|intervention|against', 'Ibrahim Shafeeq|sovereignty|favor', 'Dhivehi Sovereign Front|sovereignty|favor', 'no side|sovereignty|favor'],
  },
  {
    label: 's8.4 Maldives referendum: India’s high commission, “a civilian-led maritime safety facility” (no required stance)',
    text: 'India’s high commission in Malé said the project was “a civilian-led maritime safety facility, built at the request of the Government of Maldives” and that New Delhi would respect the outcome of the vote.',
    entities: [G('India'), G('Malé'), G('Maldives'), G('New Delhi')],
    quotes: [
      said('the project was “a civilian-led maritime safety facility, built at the request of the Government of Maldives” and that New Delhi would respect the outcome of the vote', 'the high commission'),
      quote('a civilian-led maritime safety facility, built at the request of the Government of Maldives', 'the high commission'),
    ],
    expected: [],
    also: ['high commission|intervention|favor', 'high commission|sovereignty|favor', 'New Delhi|sovereignty|favor', 'India|intervention|favor', 'India|sovereignty|favor'],
  },
  {
    label: 's8.5 Maldives referendum: turnout and a non-binding result (no stance)',
    text: 'About 3,900 people are registered to vote. The result is not binding, but President Hassan Zareer has said the government will “take it into account” before the jetty’s second phase is funded.',
    entities: [P('Hassan Zareer', ['Zareer'], ['President'])],
    quotes: [
      said('the government will “take it into account” before the jetty’s second phase is funded', 'Hassan Zareer'),
      quote('take it into account', 'Hassan Zareer'),
    ],
    expected: [],
  },
  {
    label: 's8.6 Maldives referendum: a fisherman’s sarcasm about the colour of the paint; he will vote no',
    gap: true,
    text: '“Nobody asked us when they poured the concrete, and now they want our opinion on the colour of the paint,” said Moosa Hilmy, a fisherman mending nets at the harbour. He said he would vote no.',
    entities: [P('Moosa Hilmy', ['Hilmy'])],
    quotes: [
      quote('Nobody asked us when they poured the concrete, and now they want our opinion on the colour of the paint', 'Moosa Hilmy'),
      said('he would vote no', 'Moosa Hilmy'),
    ],
    expected: ['Moosa Hilmy|intervention|against'],
  },

  // s9 — MOGADISHU: Kenyan airstrikes in Somalia (wire)
  {
    label: 's9.1 Kenya strikes: Kenya carries out airstrikes near Bur Dhuubo (narration; Kenya Defence Forces)',
    text: 'MOGADISHU — Kenya carried out airstrikes on Monday on what it said were three al-Shabaab training camps near the Somali town of Bur Dhuubo, killing at least 40 militants, according to the Kenya Defence Forces.',
    entities: [G('Kenya'), O('al-Shabaab'), G('Bur Dhuubo'), O('Kenya Defence Forces')],
    expected: ['Kenya|intervention|favor'],
    also: ['Kenya Defence Forces|intervention|favor'],
  },
  {
    label: 's9.2 Kenya strikes: the defence secretary, “an act of self-defence”, vows to pursue them',
    text: 'Defence Cabinet Secretary Joseph Kiprop Lagat said the strikes were “an act of self-defence” after an attack on a police post in Mandera county that killed six officers. “We will pursue those who kill Kenyans wherever they hide,” he vowed.',
    entities: [P('Joseph Kiprop Lagat', ['Lagat']), G('Mandera')],
    quotes: [
      said('the strikes were “an act of self-defence” after an attack on a police post in Mandera county that killed six officers', 'Joseph Kiprop Lagat'),
      quote('an act of self-defence', 'Joseph Kiprop Lagat'),
      quote('We will pursue those who kill Kenyans wherever they hide', 'Joseph Kiprop Lagat'),
    ],
    expected: ['Joseph Kiprop Lagat|intervention|favor'],
  },
  {
    label: 's9.3 Kenya strikes: Somalia, “a violation of Somali sovereignty, however noble the target”',
    gap: true,
    text: 'Somalia’s federal government said it had not been informed in advance and called the raid “a violation of Somali sovereignty, however noble the target.” Its foreign ministry summoned Kenya’s ambassador.',
    entities: [G('Somalia'), G('Kenya')],
    quotes: [
      said('it had not been informed in advance', 'Somalia'),
      quote('a violation of Somali sovereignty, however noble the target', 'Somalia'),
    ],
    expected: ['Somalia|intervention|against', 'Somalia|sovereignty|favor'],
    also: ['foreign ministry|intervention|against'],
  },
  {
    label: 's9.4 Kenya strikes: Jubaland welcomes them, “done in one night what the federal army could not do in a year”',
    gap: true,
    text: 'Jubaland, a regional state that often quarrels with Mogadishu, welcomed the strikes. Its security minister, Abdirashid Hiiraale, said Kenyan planes had “done in one night what the federal army could not do in a year.”',
    entities: [G('Jubaland'), G('Mogadishu'), P('Abdirashid Hiiraale', ['Hiiraale'])],
    quotes: [
      said('Kenyan planes had “done in one night what the federal army could not do in a year.”', 'Abdirashid Hiiraale'),
      quote('done in one night what the federal army could not do in a year', 'Abdirashid Hiiraale'),
    ],
    expected: ['Jubaland|intervention|favor', 'Abdirashid Hiiraale|intervention|favor'],
  },
  {
    label: 's9.5 Kenya strikes: elders’ unverified claim and the troops’ history (no stance)',
    text: 'Local elders said at least five of the dead were herders; the claim could not be independently verified. Kenya has kept troops in southern Somalia since 2011, most of them under the African Union mission.',
    entities: [G('Kenya'), G('Somalia'), O('African Union')],
    quotes: [said('at least five of the dead were herders', 'elders')],
    expected: [],
  },
  {
    label: 's9.6 Kenya strikes: “urgent surgical intervention” at the district hospital (trap)',
    gap: true,
    text: 'At the district hospital in Bur Dhuubo, a surgeon said four wounded children needed “urgent surgical intervention” and that the nearest operating theatre with oxygen was 300 kilometres away.',
    entities: [G('Bur Dhuubo')],
    quotes: [
      said('four wounded children needed “urgent surgical intervention” and that the nearest operating theatre with oxygen was 300 kilometres away', 'a surgeon'),
      quote('urgent surgical intervention', 'a surgeon'),
    ],
    expected: [],
  },

  // s10 — ABUJA: US special forces free hostages in Nigeria (wire)
  {
    label: 's10.1 Nigeria rescue: the raid and a former Peace Corps volunteer (narration, trap)',
    text: 'ABUJA — US special forces freed four aid workers, one of them a former Peace Corps volunteer, from kidnappers in northwestern Nigeria early on Sunday in a helicopter raid that the Pentagon said lasted less than half an hour.',
    entities: [G('US'), O('Peace Corps'), G('Nigeria'), O('Pentagon')],
    expected: [],
    also: ['US|intervention|favor', 'Pentagon|intervention|favor'],
  },
  {
    label: 's10.2 Nigeria rescue: the security adviser thanks Washington for “a partner’s help, requested and received”',
    gap: true,
    text: 'Nigeria’s national security adviser, Musa Dantani, said the operation had been “planned together and approved at the highest level in Abuja,” and thanked Washington for “a partner’s help, requested and received.”',
    entities: [G('Nigeria'), P('Musa Dantani', ['Dantani']), G('Abuja'), G('Washington')],
    quotes: [
      said('the operation had been “planned together and approved at the highest level in Abuja,”', 'Musa Dantani'),
      quote('planned together and approved at the highest level in Abuja', 'Musa Dantani'),
      quote('a partner’s help, requested and received', 'Musa Dantani'),
    ],
    expected: ['Musa Dantani|intervention|favor'],
    also: ['Nigeria|intervention|favor', 'Musa Dantani|sovereignty|favor'],
  },
  {
    label: 's10.3 Nigeria rescue: a senator’s rhetorical question, “will they land in Kano …?”',
    gap: true,
    text: 'Senator Halima Garba-Yusuf of the opposition People’s Progress Alliance told the Senate that no Nigerian had been consulted. “Today it is kidnappers. Tomorrow, will they land in Kano to arrest whoever Washington dislikes?” she asked.',
    entities: [P('Halima Garba-Yusuf', ['Garba-Yusuf'], ['Senator']), O('People’s Progress Alliance'), O('Senate'), G('Kano'), G('Washington')],
    quotes: [
      said('no Nigerian had been consulted', 'Halima Garba-Yusuf'),
      quote('Today it is kidnappers. Tomorrow, will they land in Kano to arrest whoever Washington dislikes?', 'Halima Garba-Yusuf'),
    ],
    expected: ['Halima Garba-Yusuf|intervention|against'],
    also: ['Halima Garba-Yusuf|sovereignty|favor', 'People’s Progress Alliance|intervention|against'],
  },
  {
    label: 's10.4 Nigeria rescue: the Defense Department, “at the invitation … with full respect for its sovereignty”',
    gap: true,
    text: 'In Washington, the Defense Department said the raid had been carried out “at the invitation of the Nigerian government and with full respect for its sovereignty.”',
    entities: [G('Washington'), O('Defense Department')],
    quotes: [
      said('the raid had been carried out “at the invitation of the Nigerian government and with full respect for its sovereignty.”', 'Defense Department'),
      quote('at the invitation of the Nigerian government and with full respect for its sovereignty', 'Defense Department'),
    ],
    expected: ['Defense Department|intervention|favor', 'Defense Department|sovereignty|favor'],
    also: ['Washington|intervention|favor', 'Washington|sovereignty|favor'],
  },
  {
    label: 's10.5 Nigeria rescue: kidnapping figures from a consultancy (no stance)',
    text: 'Kidnappers have seized more than 3,000 people in the northwest this year, according to Sahelwatch Risk, a Lagos-based consultancy. Most are freed after ransoms are paid.',
    entities: [O('Sahelwatch Risk'), G('Lagos')],
    quotes: [said('Kidnappers have seized more than 3,000 people in the northwest this year', 'Sahelwatch Risk')],
    expected: [],
  },
  {
    label: 's10.6 Nigeria rescue: a freed nurse, “Whoever decided to send them, I owe them my life”',
    gap: true,
    text: 'One of the freed workers, a Danish nurse, Mette Kjærgaard, told Danish radio she had no words for the soldiers. “Whoever decided to send them, I owe them my life,” she said.',
    entities: [P('Mette Kjærgaard', ['Kjærgaard'])],
    quotes: [
      said('she had no words for the soldiers', 'Mette Kjærgaard'),
      quote('Whoever decided to send them, I owe them my life', 'Mette Kjærgaard'),
    ],
    expected: ['Mette Kjærgaard|intervention|favor'],
  },

  // s11 — ULAANBAATAR: a Mongolia–Japan defence pact (wire)
  {
    label: 's11.1 Mongolia pact: the signing, refuelling and exercises (no required stance)',
    text: 'ULAANBAATAR — Mongolia and Japan signed a defence cooperation pact on Friday that lets Japanese military aircraft refuel at Mongolian airfields and provides for joint exercises every year, the two defence ministries said.',
    entities: [G('Mongolia'), G('Japan')],
    expected: [],
    also: ['Mongolia|intervention|favor', 'Japan|intervention|favor', 'defence ministries|intervention|favor'],
  },
  {
    label: 's11.2 Mongolia pact: the defence minister, “Mongolia chooses its partners itself”',
    text: 'Defence Minister Gantulga Batbayar said the pact “threatens no one.” “A small country with two big neighbours needs many friends. Mongolia chooses its partners itself, and no one else will choose them for us,” he said.',
    entities: [P('Gantulga Batbayar', ['Batbayar'], ['Defence Minister']), G('Mongolia')],
    quotes: [
      said('the pact “threatens no one.”', 'Gantulga Batbayar'),
      quote('threatens no one', 'Gantulga Batbayar'),
      quote('A small country with two big neighbours needs many friends. Mongolia chooses its partners itself, and no one else will choose them for us', 'Gantulga Batbayar'),
    ],
    expected: ['Gantulga Batbayar|sovereignty|favor'],
    also: ['Mongolia|sovereignty|favor', 'Gantulga Batbayar|intervention|favor'],
  },
  {
    label: 's11.3 Mongolia pact: Beijing’s spokesman warns against “outside military forces” and of “consequences”',
    text: 'Beijing said it was “seriously concerned.” Foreign ministry spokesman Lin Haoran said countries in the region should “not bring outside military forces into the heart of Asia” and warned that Ulaanbaatar would “bear the consequences of its choices.”',
    entities: [G('Beijing'), P('Lin Haoran', ['Lin']), G('Ulaanbaatar')],
    quotes: [
      said('it was “seriously concerned.”', 'Beijing'),
      quote('seriously concerned', 'Beijing'),
      said('countries in the region should “not bring outside military forces into the heart of Asia”', 'Lin Haoran'),
      said('Ulaanbaatar would “bear the consequences of its choices.”', 'Lin Haoran'),
      quote('not bring outside military forces into the heart of Asia', 'Lin Haoran'),
      quote('bear the consequences of its choices', 'Lin Haoran'),
    ],
    expected: ['Lin Haoran|intervention|against'],
    also: ['Lin Haoran|sovereignty|against', 'Beijing|intervention|against'],
  },
  {
    label: 's11.4 Mongolia pact: the Kremlin’s spokesman, Russia “respects Mongolia’s right to conduct its own foreign policy”',
    text: 'The Kremlin was more muted. Its spokesman said Russia “respects Mongolia’s right to conduct its own foreign policy” but would “watch closely” where Japanese aircraft fly.',
    entities: [O('Kremlin'), G('Russia'), G('Mongolia')],
    quotes: [
      said('Russia “respects Mongolia’s right to conduct its own foreign policy” but would “watch closely” where Japanese aircraft fly', 'Kremlin'),
      quote('respects Mongolia’s right to conduct its own foreign policy', 'Kremlin'),
      quote('watch closely', 'Kremlin'),
    ],
    expected: ['Kremlin|sovereignty|favor'],
    also: ['Russia|sovereignty|favor', 'spokesman|sovereignty|favor'],
  },
  {
    label: 's11.5 Mongolia pact: troop numbers and Japanese funding (no stance)',
    text: 'Mongolia’s armed forces number about 10,000 active personnel. Japan will provide ¥4 billion over five years for training and equipment, including two air-traffic radars.',
    entities: [G('Mongolia'), G('Japan')],
    expected: [],
  },
  {
    label: 's11.6 Mongolia pact: protesters’ placards, “No foreign planes in our sky”',
    text: 'About 200 protesters gathered outside the State Great Khural, some carrying placards reading “No foreign planes in our sky.” Organisers from the Green Youth Union said the pact had been signed without a public debate.',
    entities: [O('State Great Khural'), O('Green Youth Union')],
    quotes: [
      quote('No foreign planes in our sky', 'protesters'),
      said('the pact had been signed without a public debate', 'organisers'),
    ],
    expected: ['protesters|intervention|against'],
    also: ['protesters|sovereignty|favor', 'organisers|intervention|against', 'Green Youth Union|intervention|against'],
  },

  // s12 — LISBON: parliament votes to pull a frigate out of a naval coalition (wire)
  {
    label: 's12.1 Portugal frigate: parliament votes to withdraw from the coalition',
    gap: true,
    text: 'LISBON — Portugal’s parliament voted 121 to 98 on Thursday to withdraw the frigate Dom Fernando from a US-led naval coalition escorting tankers through the Strait of Hormuz, ending a deployment that began last year.',
    entities: [G('Portugal'), G('US'), L('Strait of Hormuz')],
    expected: ['parliament|intervention|against'],
    also: ['Portugal|intervention|against'],
  },
  {
    label: 's12.2 Portugal frigate: the Left Renewal Bloc’s motion; “the smallest passenger on somebody else’s gunboat”',
    gap: true,
    text: 'The motion was tabled by the Left Renewal Bloc and backed by the Socialists, whose defence spokeswoman, Inês Valadares, argued that the coalition had “drifted from protecting ships to provoking a war.” “Portugal should not be the smallest passenger on somebody else’s gunboat,” she said.',
    entities: [O('Left Renewal Bloc'), P('Inês Valadares', ['Valadares']), G('Portugal')],
    quotes: [
      said('the coalition had “drifted from protecting ships to provoking a war.”', 'Inês Valadares'),
      quote('drifted from protecting ships to provoking a war', 'Inês Valadares'),
      quote('Portugal should not be the smallest passenger on somebody else’s gunboat', 'Inês Valadares'),
    ],
    expected: ['Left Renewal Bloc|intervention|against', 'Inês Valadares|intervention|against'],
    also: ['Socialists|intervention|against'],
  },
  {
    label: 's12.3 Portugal frigate: the defence minister warns pulling out will weaken credibility',
    gap: true,
    text: 'The government, which opposed the motion, said it would comply. Defence Minister Rui Pestana Moura warned that pulling out would “weaken our credibility with allies at the worst possible moment.”',
    entities: [P('Rui Pestana Moura', ['Pestana Moura'], ['Defence Minister'])],
    quotes: [
      said('it would comply', 'the government'),
      said('pulling out would “weaken our credibility with allies at the worst possible moment.”', 'Rui Pestana Moura'),
      quote('weaken our credibility with allies at the worst possible moment', 'Rui Pestana Moura'),
    ],
    expected: ['Rui Pestana Moura|intervention|favor'],
    also: ['government|intervention|favor'],
  },
  {
    label: 's12.4 Portugal frigate: crew and escorts (no stance)',
    text: 'The Dom Fernando, with a crew of 182, is expected back in Lisbon within six weeks. It has escorted 64 merchant ships since joining the mission.',
    entities: [G('Lisbon')],
    expected: [],
  },
  {
    label: 's12.5 Portugal frigate: the US embassy “respects the decision” (no required stance)',
    text: 'The US embassy in Lisbon said it “respects the decision of the Portuguese parliament” and thanked the crew for its service.',
    entities: [O('US embassy'), G('Lisbon')],
    quotes: [
      said('it “respects the decision of the Portuguese parliament”', 'US embassy'),
      quote('respects the decision of the Portuguese parliament', 'US embassy'),
    ],
    expected: [],
    also: ['US embassy|sovereignty|favor', 'US embassy|intervention|favor'],
  },
  {
    label: 's12.6 Portugal frigate: the sailors’ association, “sent to guard other people’s oil”',
    gap: true,
    text: 'The Naval Personnel Association, which represents sailors, welcomed the vote, saying crews had been “sent to guard other people’s oil for months without rest.”',
    entities: [O('Naval Personnel Association')],
    quotes: [
      said('crews had been “sent to guard other people’s oil for months without rest.”', 'Naval Personnel Association'),
      quote('sent to guard other people’s oil for months without rest', 'Naval Personnel Association'),
    ],
    expected: ['Naval Personnel Association|intervention|against'],
  },

  // s13 — OPINION: for a regional force in northern Mozambique (author takes sides)
  {
    label: 's13.1 Mozambique column (author): SADC should send a force with a real mandate',
    gap: true,
    text: 'OPINION — The insurgents who burned the district capital of Namaleka last week did not stop at the provincial border, and neither should the response. Mozambique cannot hold the north alone, and it is time the Southern African Development Community said so out loud by sending a force with a real mandate.',
    entities: [G('Namaleka'), G('Mozambique'), O('Southern African Development Community', ['SADC'])],
    expected: ['@author|intervention|favor'],
  },
  {
    label: 's13.2 Mozambique column (author): the generals’ sovereignty objection; “a flag over an empty district is a decoration”',
    gap: true,
    text: 'The objections are familiar. Maputo’s generals say foreign troops wound national pride; sovereignty, we are told, forbids it. But sovereignty is not served by villages that no Mozambican soldier has visited since 2021. A flag over an empty district is a decoration, not a state.',
    entities: [G('Maputo')],
    quotes: [said('foreign troops wound national pride', 'generals')],
    expected: ['@author|sovereignty|against', 'generals|intervention|against'],
    also: ['generals|sovereignty|favor', '@author|intervention|favor', 'Maputo|intervention|against'],
  },
  {
    label: 's13.3 Mozambique column (author): wherever the patrols went, markets reopened',
    gap: true,
    text: 'The last regional mission, which left in 2024, proved the point: wherever its patrols went, markets reopened. Rwanda’s battalions further north did the same. Nobody in Namaleka asks whose uniform the soldiers wear.',
    entities: [G('Rwanda'), G('Namaleka')],
    expected: ['@author|intervention|favor'],
  },
  {
    label: 's13.4 Mozambique column: casualty figures and a suspended gas project (no stance)',
    text: 'Since 2017 the conflict has killed more than 6,000 people and displaced about a million, according to the United Nations. A $20 billion gas project has been suspended twice.',
    entities: [O('United Nations')],
    quotes: [said('Since 2017 the conflict has killed more than 6,000 people and displaced about a million', 'United Nations')],
    expected: [],
  },
  {
    label: 's13.5 Mozambique column (author): the region cannot afford the alternative',
    gap: true,
    text: 'Some will say the region cannot afford it. It cannot afford the alternative. Every month of delay is paid for by people who have no vote at SADC’s summits.',
    entities: [O('SADC')],
    expected: ['@author|intervention|favor'],
  },
  {
    label: 's13.6 Mozambique column (author): “But let it come”; the president wants help “that respects our command”',
    gap: true,
    text: 'President Abel Mucavele has said he will accept only help “that respects our command.” Fine: let the force answer to a joint command. But let it come.',
    entities: [P('Abel Mucavele', ['Mucavele'], ['President'])],
    quotes: [
      said('he will accept only help “that respects our command.”', 'Abel Mucavele'),
      quote('that respects our command', 'Abel Mucavele'),
    ],
    expected: ['@author|intervention|favor'],
    also: ['Abel Mucavele|intervention|favor', 'Abel Mucavele|sovereignty|favor'],
  },

  // s14 — OPINION: against European warships in Tunisian waters (author takes sides)
  {
    label: 's14.1 Tunisia column (author): Brussels’s idea of warships inside Tunisian waters is a bad one',
    gap: true,
    text: 'OPINION — Brussels has a new idea for stopping the boats: European warships patrolling inside Tunisian territorial waters, with authority to board vessels and turn them back before they reach the open sea. It is a bad idea, and Tunisians are right to say so.',
    entities: [G('Brussels')],
    expected: ['Brussels|intervention|favor', '@author|intervention|against'],
    also: ['Tunisians|intervention|against'],
  },
  {
    label: 's14.2 Tunisia column (author): the Italian minister’s “guests with binoculars”; “Guests do not board your fishing boats”',
    gap: true,
    text: 'The plan’s defenders, among them Italy’s interior minister, Marco Ferrante, insist that Tunisia would “remain in charge” and that the European ships would be “guests with binoculars.” Guests do not board your fishing boats.',
    entities: [G('Italy'), P('Marco Ferrante', ['Ferrante']), G('Tunisia')],
    quotes: [
      said('Tunisia would “remain in charge” and that the European ships would be “guests with binoculars.”', 'Marco Ferrante'),
      quote('remain in charge', 'Marco Ferrante'),
      quote('guests with binoculars', 'Marco Ferrante'),
    ],
    expected: ['Marco Ferrante|intervention|favor', '@author|intervention|against'],
    also: ['defenders|intervention|favor'],
  },
  {
    label: 's14.3 Tunisia column (author): “Tunisia’s sovereignty is not a technicality”',
    text: 'A country that cannot police its own coast without foreign frigates is being told it is not quite a country. Tunisia’s sovereignty is not a technicality to be negotiated away in a memorandum.',
    entities: [G('Tunisia')],
    expected: ['@author|sovereignty|favor'],
    also: ['@author|intervention|against'],
  },
  {
    label: 's14.4 Tunisia column: parliament rejects “any foreign military presence”; a seafarers’ union calls a protest',
    gap: true,
    text: 'Tunisia’s parliament last week passed a resolution rejecting “any foreign military presence in national waters,” and the General Union of Tunisian Seafarers has called a day of protest for Friday.',
    entities: [G('Tunisia'), O('General Union of Tunisian Seafarers')],
    quotes: [quote('any foreign military presence in national waters', 'parliament')],
    expected: ['parliament|intervention|against', 'General Union of Tunisian Seafarers|intervention|against'],
    also: ['parliament|sovereignty|favor', 'Tunisia|intervention|against'],
  },
  {
    label: 's14.5 Tunisia column: arrival figures (no stance)',
    text: 'Arrivals in Italy from Tunisia fell by about 60 percent last year, according to the UN refugee agency, after a financial deal between Tunis and the EU.',
    entities: [G('Italy'), G('Tunisia'), O('UN'), G('Tunis'), O('EU')],
    expected: [],
  },
  {
    label: 's14.6 Tunisia column (author): “stay on its own side of the line”',
    gap: true,
    text: 'If Europe wants fewer boats, it can fund Tunisia’s coast guard, open legal routes and stay on its own side of the line.',
    entities: [L('Europe'), G('Tunisia')],
    expected: ['@author|intervention|against'],
  },

  // s15 — INTERVIEW: Belize’s foreign minister after a Guatemalan incursion (Q./NAME: turns)
  {
    label: 's15.1 Belize interview: the introduction (no stance)',
    text: 'Belize’s foreign minister, Marisol Faber, spoke to us in Belmopan after Guatemalan soldiers set up a checkpoint on what Belize says is its bank of the Sarstoon river. The interview has been edited for length.',
    entities: [G('Belize'), P('Marisol Faber', ['Faber']), G('Belmopan'), L('Sarstoon')],
    expected: [],
    also: ['Belize|sovereignty|favor', 'Belize|intervention|against'],
  },
  {
    label: 's15.2 Belize interview: “That is an incursion”',
    gap: true,
    text: 'Q. What exactly happened on Saturday?\nFABER: Eight Guatemalan soldiers crossed the river, put up a tent and a flag, and stopped our fishermen. That is not a misunderstanding. That is an incursion, and we have told Guatemala City so in writing.',
    entities: [P('Marisol Faber', ['FABER']), G('Guatemala City')],
    quotes: [
      quote('What exactly happened on Saturday?', null),
      quote('Eight Guatemalan soldiers crossed the river, put up a tent and a flag, and stopped our fishermen. That is not a misunderstanding. That is an incursion, and we have told Guatemala City so in writing.', 'Marisol Faber'),
    ],
    expected: ['Marisol Faber|intervention|against'],
    also: ['Marisol Faber|sovereignty|favor'],
  },
  {
    label: 's15.3 Belize interview: furniture in a house while the judges read the deed',
    gap: true,
    text: 'Q. Guatemala says the area is disputed and that the case is before the International Court of Justice.\nFABER: It is before the court, yes. That is exactly why nobody should be planting flags in it. You do not move your furniture into a house while the judges are still reading the deed.',
    entities: [P('Marisol Faber', ['FABER']), G('Guatemala'), O('International Court of Justice')],
    quotes: [
      quote('Guatemala says the area is disputed and that the case is before the International Court of Justice.', null),
      said('the area is disputed and that the case is before the International Court of Justice', 'Guatemala'),
      quote('It is before the court, yes. That is exactly why nobody should be planting flags in it. You do not move your furniture into a house while the judges are still reading the deed.', 'Marisol Faber'),
    ],
    expected: ['Marisol Faber|intervention|against'],
    also: ['Marisol Faber|sovereignty|favor'],
  },
  {
    label: 's15.4 Belize interview: British troops? “I will not announce deployments in a newspaper” (no required stance)',
    gap: true,
    text: 'Q. Will Belize ask Britain to send troops?\nFABER: We have a training agreement with the British army, and we will use every friendship we have. But I will not announce deployments in a newspaper.',
    entities: [P('Marisol Faber', ['FABER']), G('Belize'), G('Britain')],
    quotes: [
      quote('Will Belize ask Britain to send troops?', null),
      quote('We have a training agreement with the British army, and we will use every friendship we have. But I will not announce deployments in a newspaper.', 'Marisol Faber'),
    ],
    expected: [],
    also: ['Marisol Faber|intervention|favor'],
  },
  {
    label: 's15.5 Belize interview: “Belize decides for Belize”',
    text: 'Q. What do you say to people in Guatemala who call Belize a British invention?\nFABER: That we have been a member of the United Nations since 1981, and that our borders are not up for a vote in somebody else’s congress. Belize decides for Belize.',
    entities: [P('Marisol Faber', ['FABER']), G('Guatemala'), G('Belize'), O('United Nations')],
    quotes: [
      quote('What do you say to people in Guatemala who call Belize a British invention?', null),
      quote('That we have been a member of the United Nations since 1981, and that our borders are not up for a vote in somebody else’s congress. Belize decides for Belize.', 'Marisol Faber'),
    ],
    expected: ['Marisol Faber|sovereignty|favor'],
    also: ['people|sovereignty|against', 'Marisol Faber|intervention|against'],
  },
  {
    label: 's15.6 Belize interview: “They will leave, because they have no business on our side of the river”',
    gap: true,
    text: 'Q. And if the soldiers do not leave?\nFABER: They will leave, because they have no business on our side of the river. If they do not, the Organization of American States, the court and every one of our partners will hear about it. We are a small country. We are not a quiet one.',
    entities: [P('Marisol Faber', ['FABER']), O('Organization of American States')],
    quotes: [
      quote('And if the soldiers do not leave?', null),
      quote('They will leave, because they have no business on our side of the river. If they do not, the Organization of American States, the court and every one of our partners will hear about it. We are a small country. We are not a quiet one.', 'Marisol Faber'),
    ],
    expected: ['Marisol Faber|intervention|against'],
    also: ['Marisol Faber|sovereignty|favor'],
  },

  // s16 — ANALYSIS: shelling from Myanmar and a Bangladeshi “safe zone” idea
  {
    label: 's16.1 Naf river shelling: rounds landing in Bangladesh (no stance)',
    text: 'ANALYSIS — Mortar rounds fired in Myanmar’s Rakhine State have landed on the Bangladeshi side of the Naf river at least 30 times this year, killing four people in the border village of Lambabil. The question in Dhaka is no longer whether to respond, but how.',
    entities: [G('Myanmar'), G('Rakhine State'), L('Naf'), G('Lambabil'), G('Dhaka')],
    expected: [],
  },
  {
    label: 's16.2 Naf river shelling: a retired general, “Sovereignty is for states that control their territory”',
    gap: true,
    text: 'The boldest idea comes from retired Major General Kamrul Ahsan Talukder, a former border guard chief, who argues that Bangladesh should declare a five-kilometre “safe zone” inside Myanmar and enforce it with artillery. “Sovereignty is for states that control their territory. If they cannot control their side of the river, we will control it for them,” he told a Dhaka think tank last month.',
    entities: [P('Kamrul Ahsan Talukder', ['Talukder'], ['Major General']), G('Bangladesh'), G('Myanmar'), G('Dhaka')],
    quotes: [
      said('Bangladesh should declare a five-kilometre “safe zone” inside Myanmar and enforce it with artillery', 'Kamrul Ahsan Talukder'),
      quote('Sovereignty is for states that control their territory. If they cannot control their side of the river, we will control it for them', 'Kamrul Ahsan Talukder'),
    ],
    expected: ['Kamrul Ahsan Talukder|intervention|favor', 'Kamrul Ahsan Talukder|sovereignty|against'],
  },
  {
    label: 's16.3 Naf river shelling: the foreign secretary dismisses it, “will not be dragged into Myanmar’s war”',
    text: 'That is not government policy. Foreign Secretary Nasreen Hossain Chowdhury has dismissed the idea, saying Bangladesh “will not be dragged into Myanmar’s war” and will respect its neighbour’s territorial integrity “even when our neighbour does not respect ours.”',
    entities: [P('Nasreen Hossain Chowdhury', ['Chowdhury'], ['Foreign Secretary']), G('Bangladesh'), G('Myanmar')],
    quotes: [
      said('Bangladesh “will not be dragged into Myanmar’s war” and will respect its neighbour’s territorial integrity “even when our neighbour does not respect ours.”', 'Nasreen Hossain Chowdhury'),
      quote('will not be dragged into Myanmar’s war', 'Nasreen Hossain Chowdhury'),
      quote('even when our neighbour does not respect ours', 'Nasreen Hossain Chowdhury'),
    ],
    expected: ['Nasreen Hossain Chowdhury|intervention|against', 'Nasreen Hossain Chowdhury|sovereignty|favor'],
    also: ['Bangladesh|intervention|against', 'Bangladesh|sovereignty|favor'],
  },
  {
    label: 's16.4 Naf river shelling: who fires the shells (no stance; “Liberation Front”, army)',
    text: 'The shells come from fighting between Myanmar’s army and the Rakhine Liberation Front, an ethnic armed group that now holds most of the border. Neither side has claimed the rounds that crossed.',
    entities: [G('Myanmar'), O('Rakhine Liberation Front')],
    expected: [],
  },
  {
    label: 's16.5 Naf river shelling: diplomats predict China would oppose a move (no required stance)',
    text: 'Diplomats in Dhaka say China, which has mediated between the junta and the rebels, would oppose any Bangladeshi move across the river. “Beijing has spent too much on its pipelines to let anyone else’s army near them,” one Western diplomat said.',
    entities: [G('Dhaka'), G('China'), G('Beijing')],
    quotes: [
      said('China, which has mediated between the junta and the rebels, would oppose any Bangladeshi move across the river', 'diplomats'),
      quote('Beijing has spent too much on its pipelines to let anyone else’s army near them', 'one Western diplomat'),
    ],
    expected: [],
    also: ['China|intervention|against', 'Beijing|intervention|against'],
  },
  {
    label: 's16.6 Naf river shelling: Dhaka’s quieter tools, summoning the ambassador (no required stance)',
    text: 'For now Dhaka has chosen quieter tools: it has summoned Myanmar’s ambassador five times this year over the shelling and asked the UN Security Council to discuss it. Whether that is patience or paralysis depends on whom you ask in Lambabil.',
    entities: [G('Dhaka'), G('Myanmar'), O('UN Security Council'), G('Lambabil')],
    expected: [],
    also: ['Dhaka|intervention|against', 'Dhaka|sovereignty|favor'],
  },

  // s17 — LUSAKA: a Zambian round-up full of traps (wire)
  {
    label: 's17.1 Zambia: restructuring $3 billion of sovereign debt (trap)',
    text: 'LUSAKA — Zambia’s finance ministry said on Monday that it had reached agreement with bondholders on restructuring $3 billion of sovereign debt, the last piece of a deal that began after the country defaulted in 2020.',
    entities: [G('Zambia')],
    quotes: [said('it had reached agreement with bondholders on restructuring $3 billion of sovereign debt, the last piece of a deal that began after the country defaulted in 2020', 'the finance ministry')],
    expected: [],
  },
  {
    label: 's17.2 Zambia: “a military intervention in our budget” (trap)',
    text: 'The deal cuts the face value of the bonds by 18 percent. Finance Minister Chilufya Mwansa called it “a military intervention in our budget, and a painful one, but it has ended the siege.”',
    entities: [P('Chilufya Mwansa', ['Mwansa'], ['Finance Minister'])],
    quotes: [quote('a military intervention in our budget, and a painful one, but it has ended the siege', 'Chilufya Mwansa')],
    expected: [],
  },
  {
    label: 's17.3 Zambia: Peace Corps volunteers arrive (trap)',
    text: 'Separately, the US embassy said the first 40 volunteers of a revived Peace Corps programme, most of them teachers and nurses, would arrive in Eastern Province in January.',
    entities: [O('US embassy'), O('Peace Corps'), G('Eastern Province')],
    quotes: [said('the first 40 volunteers of a revived Peace Corps programme, most of them teachers and nurses, would arrive in Eastern Province in January', 'US embassy')],
    expected: [],
  },
  {
    label: 's17.4 Zambia: a governor suggests Zambian troops guard mines; “the minister added” they are not security guards',
    gap: true,
    text: 'A Congolese provincial governor last week suggested that Zambian troops help guard copper mines across the border. “Zambian soldiers defend Zambia,” Defence Minister Lameck Chisenga told reporters. “They are not security guards for anybody’s copper,” the minister added.',
    entities: [P('Lameck Chisenga', ['Chisenga'], ['Defence Minister']), G('Zambia')],
    quotes: [
      said('Zambian troops help guard copper mines across the border', 'a Congolese provincial governor'),
      quote('Zambian soldiers defend Zambia', 'Lameck Chisenga'),
      quote('They are not security guards for anybody’s copper', 'Lameck Chisenga'),
    ],
    expected: ['governor|intervention|favor', 'Lameck Chisenga|intervention|against'],
  },
  {
    label: 's17.5 Zambia: Sovereign Hills Estates builds homes for soldiers’ families (trap)',
    text: 'Sovereign Hills Estates, a property developer, said it would build 2,000 homes outside Lusaka for soldiers’ families under a contract with the army.',
    entities: [O('Sovereign Hills Estates'), G('Lusaka')],
    quotes: [said('it would build 2,000 homes outside Lusaka for soldiers’ families under a contract with the army', 'Sovereign Hills Estates')],
    expected: [],
  },

  // s18 — KATHMANDU: an Indian army road in a valley Nepal claims (wire)
  {
    label: 's18.1 Chhekpa road: Nepal formally protests to India (narration)',
    gap: true,
    text: 'KATHMANDU — Nepal formally protested to India on Wednesday over a military supply road being built by Indian army engineers in the Chhekpa valley, a high pasture both countries claim, the foreign ministry said.',
    entities: [G('Nepal'), G('India'), L('Chhekpa')],
    expected: ['Nepal|intervention|against'],
    also: ['Nepal|sovereignty|favor', 'foreign ministry|intervention|against'],
  },
  {
    label: 's18.2 Chhekpa road: Kathmandu’s note, the road “violates Nepal’s territorial integrity”',
    gap: true,
    text: 'In a diplomatic note, Kathmandu said the road “violates Nepal’s territorial integrity” and asked New Delhi to halt work “until the boundary question is settled through dialogue.”',
    entities: [G('Kathmandu'), G('Nepal'), G('New Delhi')],
    quotes: [
      said('the road “violates Nepal’s territorial integrity”', 'Kathmandu'),
      quote('violates Nepal’s territorial integrity', 'Kathmandu'),
      quote('until the boundary question is settled through dialogue', 'Kathmandu'),
    ],
    expected: ['Kathmandu|sovereignty|favor', 'Kathmandu|intervention|against'],
    also: ['Nepal|sovereignty|favor'],
  },
  {
    label: 's18.3 Chhekpa road: India’s ministry, “entirely within Indian territory”',
    gap: true,
    text: 'India’s external affairs ministry said the road lay “entirely within Indian territory” and would serve pilgrims and border villages. A spokesman added that India “does not need anyone’s permission to build on its own soil.”',
    entities: [G('India')],
    quotes: [
      said('the road lay “entirely within Indian territory” and would serve pilgrims and border villages', 'the external affairs ministry'),
      quote('entirely within Indian territory', 'the external affairs ministry'),
      said('India “does not need anyone’s permission to build on its own soil.”', 'a spokesman'),
      quote('does not need anyone’s permission to build on its own soil', 'a spokesman'),
    ],
    expected: ['external affairs ministry|sovereignty|favor'],
    also: ['spokesman|sovereignty|favor', 'India|sovereignty|favor', 'external affairs ministry|intervention|favor', 'India|intervention|favor', 'spokesman|intervention|favor'],
  },
  {
    label: 's18.4 Chhekpa road: students chant “Chhekpa is ours”',
    gap: true,
    text: 'Hundreds of students marched from Tribhuvan University to the Indian embassy, chanting “Chhekpa is ours” and burning an effigy. Police used water cannon to disperse them.',
    entities: [O('Tribhuvan University'), L('Chhekpa')],
    quotes: [quote('Chhekpa is ours', 'students')],
    expected: ['students|sovereignty|favor'],
    also: ['students|intervention|against'],
  },
  {
    label: 's18.5 Chhekpa road: a transport union’s blockade, “so that New Delhi feels what it is like”',
    gap: true,
    text: 'The Himalayan Transport Workers’ Union said its members would block the highway to the Indian border for a day on Friday, “so that New Delhi feels what it is like when someone builds across your road.”',
    entities: [O('Himalayan Transport Workers’ Union'), G('New Delhi')],
    quotes: [
      said('its members would block the highway to the Indian border for a day on Friday, “so that New Delhi feels what it is like when someone builds across your road.”', 'Himalayan Transport Workers’ Union'),
      quote('so that New Delhi feels what it is like when someone builds across your road', 'Himalayan Transport Workers’ Union'),
    ],
    expected: ['Himalayan Transport Workers’ Union|intervention|against'],
    also: ['Himalayan Transport Workers’ Union|sovereignty|favor'],
  },
  {
    label: 's18.6 Chhekpa road: altitude, snow and a dormant working group (no stance)',
    text: 'The valley lies at 4,800 metres, is snowbound five months a year and has no permanent residents. The two countries’ boundary working group has not met since 2019.',
    expected: [],
  },
];

/**
 * The table's rate: first blind run (2026-12-07, commit 973fff3): P 0.758 (25/33), R 0.269 (25/93). The floor is
 * each minus 0.03, rounded down. The rows that failed on that run are marked `gap`.
 */
const FLOOR14 = { precision: 0.72, recall: 0.23 };

describeBlindTable('stances: blind table 14', 'blind14', rows, FLOOR14);
