import { G, O, P, type EntitySpec } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * A twelfth blind table: twenty short invented STORIES of four to six consecutive rows, each row one to
 * three sentences, read as consecutive paragraphs of one news article about a real country or body, with
 * invented people, parties, groups, places below country level and events. Each row is self-contained
 * (full names repeated where a row needs them) and is analysed alone. Annotated from GUIDELINES §5 (and §3
 * on institutions and group actors) alone: written before running the stance stage and without reading
 * it, its lexicons, its other tests or the other blind tables' rows (only GUIDELINES, the runner, the
 * helpers and the imports, header and closing call of the tenth table were read), as an estimate of how
 * the stage does on article-shaped news it was not built on. The rows that failed on the first run are
 * marked `gap`; their annotations were not changed after the run. First run (2026-12-07, commit 3a742d8):
 * P 0.719 (23/32), R 0.271 (23/85) over 102 rows (85 expected stances, 28 rows with none); 58 rows failed.
 *
 * It aims at how a stance runs through an article rather than at isolated sentences: the same crisis
 * seen from the host, the foreign power, the opposition, a crowd, an analyst and the numbers, so that
 * neighbouring rows share vocabulary but not holders or labels. The crises: a naval station lease
 * renewal (Cape Verde), a peacekeeping mandate ending (South Sudan), a border incursion (Kyrgyzstan,
 * Tajikistan), patrol boats for berthing rights (Mozambique, India), a referendum in a breakaway region
 * (Moldova), a military council expelling French troops (Gabon), a standoff at a reef (Indonesia,
 * China), a request for a regional stabilisation force (Lesotho, SADC), cross-border air strikes on
 * militants (Pakistan, Afghanistan), an offer to buy an island (Fiji), an embargo blockade of a port
 * (Libya, EU), a security pact vote in parliament (Timor-Leste, Australia), protests against a training
 * mission (Ecuador, US), a call for a West African standby force (Guinea-Bissau), talk of taking a port
 * by force (Ethiopia, Eritrea), invited military advisers (Bolivia, Russia), a senator's drone-strike
 * proposal (Honduras), a boundary fence moved by troops (Georgia), a request to station drones (Sierra
 * Leone, US) and an EU force's mandate renewal (Bosnia and Herzegovina).
 * Rows mix narration, reported speech, direct quotes, statements, letters, placards and chants, analysis
 * paragraphs, and in three stories (S10, S14, S15) an opinion column's own voice (`@author`), both for
 * and against. Holders: presidents, prime ministers and ministers, capitals standing for their
 * governments, a government and a military council in power as their countries, a foreign ministry, a
 * parliament and a congress, parties named as entities, a union and a federation, mutineers, chiefs,
 * students, fishermen, protesters and young people, analysts, an embassy and the Kremlin named as
 * entities, a senator's office. A little over a quarter of the rows carry no stance: background, history,
 * logistics, numbers, reported events and neutral reactions, among them a sovereign wealth fund and a
 * country's coastline history.
 *
 * Reported speech ("X said [that] …", "according to X, …", "saying …", "demanded that …", "chanting
 * that …", "declaring that …", "wrote that …") comes with the indirect quote the quotes stage gives it
 * (the content clause, with its speaker); direct quotes, attributed fragments and placards come as
 * hand-made quotes with their speaker.
 *
 * Annotation choices where §5 leaves room:
 * - The actor is whoever the text makes hold the view; the government a person speaks for, a party the
 *   speaker leads, the capital inside a quoted clause, or a research group an analyst belongs to is at
 *   most `also`. A military council in power speaks as its country (the council phrase is `also`).
 * - Foreign bases, berthing rights, warships, training missions, advisers, drones, blockades, coast-guard
 *   patrols, peacekeepers and troops moving a boundary fence are all intervention. Requesting, inviting,
 *   defending, justifying or regretting the end of them is `favor`; demanding they leave, condemning
 *   them or chanting against them is `against`. Warning that a hasty withdrawal leaves a vacuum is
 *   `favor`. An offer of troops reported by diplomats belongs to the country that made it.
 * - Accepting foreign forces only on the host's terms ("provided Praia kept the final say", "without
 *   Dili's invitation", "Ecuador decides who comes") is `sovereignty|favor` as well as the acceptance's
 *   `intervention|favor`. Proposing strikes "with or without" the host's consent is `sovereignty|against`.
 * - A party to a border dispute asserting its own title to the land is `sovereignty|favor`; a separatist
 *   leader saying the country "has no say" is `sovereignty|against`. Refusing to sell an island or land
 *   to a foreign power is `sovereignty|favor`.
 * - Events reported without a voice (jets struck, troops crossed, a deal was signed, a vote was held)
 *   carry no stance; the acting state is at most `also`. A bloc "following events closely" is neutral.
 * - Idioms read for what they mean: "not give up a single metre", "every inch … without foreign
 *   tutelage", "signed away the country's independence", "not a bargaining chip" are `sovereignty|favor`;
 *   "rent away" and "a spare part of someone else's" army are against the foreign presence, the first
 *   only as `also`.
 * - A sovereign wealth fund is not a nation's sovereignty.
 */

/** A named non-political place (sea, reef, island, facility): never a stance actor. */
const L = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'LOC', aliases });
/** A nationality or group adjective or noun. */
const N = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'NORP', aliases });

const rows: readonly BlindRow[] = [
  // S01: Cape Verde, renewal of the lease of a naval station used by the United States.
  {
    label: 'S01a base lease · narration: the vote and the expiry (no stance)',
    text: 'Cape Verde’s parliament will vote next week on renewing the lease of the naval station at Porto Lindo, which the United States has used for refuelling since 2009. The current agreement expires in March.',
    entities: [G('Cape Verde'), G('United States'), L('Porto Lindo')],
    expected: [],
  },
  {
    label: 'S01b base lease · reported: the president welcomes warships on the host’s terms',
    gap: true,
    text: 'President Joaquim Furtado told reporters that American warships remained welcome at Porto Lindo, provided Praia kept the final say over every port call.',
    entities: [P('Joaquim Furtado', [], ['President']), N('American'), L('Porto Lindo'), G('Praia')],
    quotes: [said('American warships remained welcome at Porto Lindo, provided Praia kept the final say over every port call', 'Joaquim Furtado')],
    expected: ['Joaquim Furtado|intervention|favor', 'Joaquim Furtado|sovereignty|favor'],
    also: ['Praia|sovereignty|favor'],
  },
  {
    label: 'S01c base lease · direct: the opposition leader on renting the country away',
    gap: true,
    text: '“Every lease we sign is a piece of the country we rent away,” said Lúcia Semedo, who leads the opposition Movement for National Renewal. “Porto Lindo belongs to Cape Verdeans.”',
    entities: [P('Lúcia Semedo'), O('Movement for National Renewal'), L('Porto Lindo'), N('Cape Verdeans')],
    quotes: [quote('Every lease we sign is a piece of the country we rent away,', 'Lúcia Semedo'), quote('Porto Lindo belongs to Cape Verdeans.', 'Lúcia Semedo')],
    expected: ['Lúcia Semedo|sovereignty|favor'],
    also: ['Lúcia Semedo|intervention|against', 'Movement for National Renewal|sovereignty|favor', 'Movement for National Renewal|intervention|against'],
  },
  {
    label: 'S01d base lease · numbers: jobs and a sovereign wealth fund (no stance)',
    text: 'The station’s fuel depot employs about 340 local workers and pays roughly $11 million a year into Cape Verde’s sovereign wealth fund, according to figures from the finance ministry.',
    entities: [G('Cape Verde')],
    quotes: [said('The station’s fuel depot employs about 340 local workers and pays roughly $11 million a year into Cape Verde’s sovereign wealth fund', 'the finance ministry')],
    expected: [],
  },
  {
    label: 'S01e base lease · reported: Washington hopes to extend the lease',
    gap: true,
    text: 'Washington has said it hopes to extend the lease at Porto Lindo for another 15 years and has offered to pay for a new coast-guard pier.',
    entities: [G('Washington'), L('Porto Lindo')],
    quotes: [said('it hopes to extend the lease at Porto Lindo for another 15 years', 'Washington')],
    expected: ['Washington|intervention|favor'],
  },

  // S02: South Sudan, the end of a UN peacekeeping mandate.
  {
    label: 'S02a mandate ending · narration: expiry date, no draft (no stance)',
    text: 'The UN Security Council’s mandate for the peacekeeping mission in South Sudan expires on 30 April, and no draft resolution to extend it has yet been circulated among the council’s members.',
    entities: [O('UN Security Council'), G('South Sudan')],
    expected: [],
  },
  {
    label: 'S02b mandate ending · reported: the foreign minister wants the peacekeepers out on schedule',
    text: 'South Sudan’s foreign minister, Deng Akol Mayen, said the peacekeepers should leave on schedule because the country “can guarantee its own security”.',
    entities: [G('South Sudan'), P('Deng Akol Mayen')],
    quotes: [said('the peacekeepers should leave on schedule because the country “can guarantee its own security”', 'Deng Akol Mayen'), quote('can guarantee its own security', 'Deng Akol Mayen')],
    expected: ['Deng Akol Mayen|intervention|against'],
    also: ['Deng Akol Mayen|sovereignty|favor', 'South Sudan|intervention|against', 'South Sudan|sovereignty|favor'],
  },
  {
    label: 'S02c mandate ending · direct: a camp leader begs the council to keep the blue helmets',
    gap: true,
    text: '“If the blue helmets go, the camps at Lobira will have no one to protect them,” said Nyandit Kuol, who chairs a women’s association in the camps. “We are begging the Security Council to keep them here.”',
    entities: [P('Nyandit Kuol'), L('Lobira'), O('Security Council')],
    quotes: [quote('If the blue helmets go, the camps at Lobira will have no one to protect them,', 'Nyandit Kuol'), quote('We are begging the Security Council to keep them here.', 'Nyandit Kuol')],
    expected: ['Nyandit Kuol|intervention|favor'],
  },
  {
    label: 'S02d mandate ending · analysis: analysts warn of a vacuum after a hasty withdrawal',
    gap: true,
    text: 'Analysts at the Nile Policy Forum, a research group in Juba, warned that a hasty withdrawal would leave a security vacuum in the three states where the mission still patrols.',
    entities: [O('Nile Policy Forum'), G('Juba')],
    quotes: [said('a hasty withdrawal would leave a security vacuum in the three states where the mission still patrols', 'Analysts')],
    expected: ['analysts|intervention|favor'],
    also: ['Nile Policy Forum|intervention|favor'],
  },
  {
    label: 'S02e mandate ending · logistics: troop numbers and bases handed over (no stance)',
    text: 'The mission, which has about 14,000 troops and police, began closing its bases in Wau-Kiri state in January and handed two of them to the South Sudanese army.',
    entities: [G('Wau-Kiri'), N('South Sudanese')],
    expected: [],
  },

  // S03: Kyrgyzstan and Tajikistan, a border incursion.
  {
    label: 'S03a incursion · reported event: troops cross and set up a checkpoint (no stance)',
    text: 'Tajik border troops crossed about two kilometres into Kyrgyzstan near the village of Ak-Bulun on Sunday and set up a checkpoint on the road to the reservoir, local officials said.',
    entities: [N('Tajik'), G('Kyrgyzstan'), G('Ak-Bulun')],
    quotes: [said('Tajik border troops crossed about two kilometres into Kyrgyzstan near the village of Ak-Bulun on Sunday and set up a checkpoint on the road to the reservoir', 'local officials')],
    expected: [],
  },
  {
    label: 'S03b incursion · capital: Bishkek calls it a violation and demands withdrawal',
    text: 'Bishkek called the checkpoint a violation of Kyrgyzstan’s territorial integrity and demanded that the troops withdraw by nightfall.',
    entities: [G('Bishkek'), G('Kyrgyzstan')],
    quotes: [said('the troops withdraw by nightfall', 'Bishkek')],
    expected: ['Bishkek|intervention|against', 'Bishkek|sovereignty|favor'],
  },
  {
    label: 'S03c incursion · capital: Dushanbe says the post is on its land and will stay',
    gap: true,
    text: 'Dushanbe said the post stood on Tajik land under a map agreed in 1927 and that its soldiers would stay there “as long as necessary”.',
    entities: [G('Dushanbe'), N('Tajik')],
    quotes: [said('the post stood on Tajik land under a map agreed in 1927 and that its soldiers would stay there “as long as necessary”', 'Dushanbe'), quote('as long as necessary', 'Dushanbe')],
    expected: ['Dushanbe|sovereignty|favor'],
    also: ['Dushanbe|intervention|favor', 'Dushanbe|sovereignty|against'],
  },
  {
    label: 'S03d incursion · reaction: a regional bloc follows events (no stance)',
    text: 'The Collective Security Treaty Organization, to which both countries belong, said it was following events closely and urged the two governments to settle the matter through their joint border commission.',
    entities: [O('Collective Security Treaty Organization')],
    quotes: [said('it was following events closely', 'Collective Security Treaty Organization')],
    expected: [],
  },
  {
    label: 'S03e incursion · direct: a lawmaker will not give up a metre',
    gap: true,
    text: '“We will not give up a single metre of Kyrgyz land,” said Aibek Toktorov, a member of parliament from the border district. “If they do not leave, our army must push them back.”',
    entities: [P('Aibek Toktorov'), N('Kyrgyz')],
    quotes: [quote('We will not give up a single metre of Kyrgyz land,', 'Aibek Toktorov'), quote('If they do not leave, our army must push them back.', 'Aibek Toktorov')],
    expected: ['Aibek Toktorov|sovereignty|favor'],
    also: ['Aibek Toktorov|intervention|against'],
  },

  // S04: Mozambique and India, patrol boats for berthing rights.
  {
    label: 'S04a arms for access · narration: the terms of the deal (no stance)',
    text: 'Under the deal signed in Maputo on Thursday, India will supply Mozambique with four patrol vessels and two surveillance aircraft, and the Indian navy will gain berthing rights at Ponta Maluana for ten years.',
    entities: [G('Maputo'), G('India'), G('Mozambique'), N('Indian'), L('Ponta Maluana')],
    expected: [],
    also: ['India|intervention|favor', 'Mozambique|intervention|favor'],
  },
  {
    label: 'S04b arms for access · reported: the defence minister defends the deal',
    gap: true,
    text: 'Defence Minister Ilídio Cossa defended the agreement, saying Indian warships at Ponta Maluana would help deter the insurgents who have raided the northern coast.',
    entities: [P('Ilídio Cossa', [], ['Defence Minister']), N('Indian'), L('Ponta Maluana')],
    quotes: [said('Indian warships at Ponta Maluana would help deter the insurgents who have raided the northern coast', 'Ilídio Cossa')],
    expected: ['Ilídio Cossa|intervention|favor'],
  },
  {
    label: 'S04c arms for access · party: the opposition will challenge the berthing deal',
    gap: true,
    text: 'The opposition Democratic Assembly of Mozambique said the government had “traded a piece of the coast for four boats” and would challenge the berthing deal in the Constitutional Council.',
    entities: [O('Democratic Assembly of Mozambique'), O('Constitutional Council')],
    quotes: [
      said('the government had “traded a piece of the coast for four boats” and would challenge the berthing deal in the Constitutional Council', 'Democratic Assembly of Mozambique'),
      quote('traded a piece of the coast for four boats', 'Democratic Assembly of Mozambique'),
    ],
    expected: ['Democratic Assembly of Mozambique|intervention|against'],
    also: ['Democratic Assembly of Mozambique|sovereignty|favor'],
  },
  {
    label: 'S04d arms for access · background: other access deals, dredging (no stance)',
    text: 'India’s navy already has access agreements with three other Indian Ocean states, and the pier at Ponta Maluana will need dredging before its larger frigates can dock.',
    entities: [G('India'), L('Indian Ocean'), L('Ponta Maluana')],
    expected: [],
  },
  {
    label: 'S04e arms for access · group: fishermen chant against a foreign navy in their bay',
    gap: true,
    text: 'Fishermen at Ponta Maluana, who have been told to move their boats to make way for the pier, protested outside the district office on Saturday, chanting that no foreign navy would take their bay.',
    entities: [L('Ponta Maluana')],
    quotes: [said('no foreign navy would take their bay', 'Fishermen')],
    expected: ['fishermen|intervention|against'],
    also: ['fishermen|sovereignty|favor'],
  },

  // S05: Moldova, a referendum in a breakaway region.
  {
    label: 'S05a referendum · narration: the vote under soldiers’ eyes (no stance)',
    text: 'Authorities in the breakaway region of Dolna Lunca held a referendum on Sunday on joining Russia, with Russian soldiers posted outside several polling stations.',
    entities: [G('Dolna Lunca'), G('Russia'), N('Russian')],
    expected: [],
  },
  {
    label: 'S05b referendum · capital: Chișinău says no ballot under foreign guns changes borders',
    gap: true,
    text: 'Chișinău said the vote had no legal force and that no ballot held under the guns of a foreign army could change Moldova’s borders.',
    entities: [G('Chișinău'), G('Moldova')],
    quotes: [said('the vote had no legal force and that no ballot held under the guns of a foreign army could change Moldova’s borders', 'Chișinău')],
    expected: ['Chișinău|intervention|against', 'Chișinău|sovereignty|favor'],
  },
  {
    label: 'S05c referendum · direct: the separatist leader says Moldova has no say',
    gap: true,
    text: '“The people of Dolna Lunca have spoken, and Moldova has no say over our future,” said Vadim Croitor, the region’s self-declared leader.',
    entities: [P('Vadim Croitor'), G('Dolna Lunca'), G('Moldova')],
    quotes: [quote('The people of Dolna Lunca have spoken, and Moldova has no say over our future,', 'Vadim Croitor')],
    expected: ['Vadim Croitor|sovereignty|against'],
    also: ['Vadim Croitor|sovereignty|favor'],
  },
  {
    label: 'S05d referendum · capital: Moscow says its troops only keep the peace',
    text: 'Moscow said it would “respect the choice” of the region’s residents and that its troops were there only to keep the peace.',
    entities: [G('Moscow')],
    quotes: [said('it would “respect the choice” of the region’s residents and that its troops were there only to keep the peace', 'Moscow'), quote('respect the choice', 'Moscow')],
    expected: ['Moscow|intervention|favor'],
    also: ['Moscow|sovereignty|against'],
  },
  {
    label: 'S05e referendum · logistics: no observers, unverified turnout (no stance)',
    text: 'Observers from the OSCE were not invited, and turnout figures published by the region’s electoral commission could not be independently verified.',
    entities: [O('OSCE')],
    expected: [],
  },
  {
    label: 'S05f referendum · reported: the EU’s foreign policy chief stands by Moldova’s integrity',
    gap: true,
    text: 'The EU’s foreign policy chief, Kristiina Lepp, said the bloc would not recognise the result and stood by Moldova’s “sovereignty and territorial integrity within its internationally recognised borders”.',
    entities: [O('EU'), P('Kristiina Lepp'), G('Moldova')],
    quotes: [
      said('the bloc would not recognise the result and stood by Moldova’s “sovereignty and territorial integrity within its internationally recognised borders”', 'Kristiina Lepp'),
      quote('sovereignty and territorial integrity within its internationally recognised borders', 'Kristiina Lepp'),
    ],
    expected: ['Kristiina Lepp|sovereignty|favor'],
    also: ['EU|sovereignty|favor'],
  },

  // S06: Gabon, a military council expels French troops.
  {
    label: 'S06a expulsion · junta as its country: orders French soldiers out',
    text: 'Gabon’s ruling military council on Tuesday ordered the 400 French soldiers at Camp Mbéla to leave the country within 30 days, ending a defence accord signed in 1960.',
    entities: [G('Gabon'), N('French'), L('Camp Mbéla')],
    expected: ['Gabon|intervention|against'],
    also: ['military council|intervention|against', 'Gabon|sovereignty|favor'],
  },
  {
    label: 'S06b expulsion · direct: the junta spokesman on defending every inch',
    text: '“Our soldiers can defend every inch of Gabon without foreign tutelage,” said Colonel Aristide Nzé, the council’s spokesman, reading the decree on state television.',
    entities: [P('Aristide Nzé', [], ['Colonel']), G('Gabon')],
    quotes: [quote('Our soldiers can defend every inch of Gabon without foreign tutelage,', 'Aristide Nzé')],
    expected: ['Aristide Nzé|sovereignty|favor'],
    also: ['Aristide Nzé|intervention|against', 'Gabon|sovereignty|favor', 'Gabon|intervention|against'],
  },
  {
    label: 'S06c expulsion · capital: Paris regrets the decision',
    gap: true,
    text: 'Paris said it regretted the decision and that its troops had always been in Gabon “at the request of successive governments”.',
    entities: [G('Paris'), G('Gabon')],
    quotes: [said('it regretted the decision and that its troops had always been in Gabon “at the request of successive governments”', 'Paris'), quote('at the request of successive governments', 'Paris')],
    expected: ['Paris|intervention|favor'],
  },
  {
    label: 'S06d expulsion · crowd: young people with “France, out” placards',
    gap: true,
    text: 'Hundreds of young people gathered outside Camp Mbéla on Wednesday, waving Gabonese flags and placards reading “France, out”.',
    entities: [L('Camp Mbéla'), N('Gabonese'), G('France')],
    quotes: [quote('France, out', 'young people')],
    expected: ['young people|intervention|against'],
  },
  {
    label: 'S06e expulsion · background: France’s shrinking bases (no stance)',
    text: 'France has closed or handed over four of its military bases in West and Central Africa since 2022, and now keeps a permanent presence only in Djibouti.',
    entities: [G('France'), G('Djibouti')],
    expected: [],
  },

  // S07: Indonesia and China, a standoff at a reef.
  {
    label: 'S07a standoff · reported: coast-guard ships stay near a survey vessel (no stance)',
    text: 'Three Chinese coast-guard ships have stayed within sight of an Indonesian survey vessel at Karang Teduh reef for a sixth day, Indonesia’s maritime security agency said.',
    entities: [N('Chinese'), N('Indonesian'), G('Indonesia'), L('Karang Teduh')],
    quotes: [said('Three Chinese coast-guard ships have stayed within sight of an Indonesian survey vessel at Karang Teduh reef for a sixth day', 'the maritime security agency')],
    expected: [],
  },
  {
    label: 'S07b standoff · reported: the foreign minister claims the reef inside the EEZ',
    gap: true,
    text: 'Foreign Minister Ratna Wulandari said the reef lay well inside Indonesia’s exclusive economic zone and that Jakarta “will not ask anyone’s permission” to work there.',
    entities: [P('Ratna Wulandari', [], ['Foreign Minister']), G('Indonesia'), G('Jakarta')],
    quotes: [
      said('the reef lay well inside Indonesia’s exclusive economic zone and that Jakarta “will not ask anyone’s permission” to work there', 'Ratna Wulandari'),
      quote('will not ask anyone’s permission', 'Ratna Wulandari'),
    ],
    expected: ['Ratna Wulandari|sovereignty|favor'],
    also: ['Jakarta|sovereignty|favor'],
  },
  {
    label: 'S07c standoff · capital: Beijing calls them routine patrols in its waters',
    gap: true,
    text: 'Beijing said its ships were carrying out “routine law-enforcement patrols” in waters under Chinese jurisdiction and urged Jakarta to halt the survey.',
    entities: [G('Beijing'), N('Chinese'), G('Jakarta')],
    quotes: [said('its ships were carrying out “routine law-enforcement patrols” in waters under Chinese jurisdiction', 'Beijing'), quote('routine law-enforcement patrols', 'Beijing')],
    expected: ['Beijing|intervention|favor'],
    also: ['Beijing|sovereignty|against', 'Beijing|sovereignty|favor'],
  },
  {
    label: 'S07d standoff · direct: an analyst says the reef is Indonesian and Jakarta must not bend',
    gap: true,
    text: '“The reef is Indonesian under any reading of the law of the sea, and Jakarta must not bend,” said Hendra Sasmita, a maritime analyst at the Archipelago Security Forum.',
    entities: [G('Jakarta'), P('Hendra Sasmita'), O('Archipelago Security Forum')],
    quotes: [quote('The reef is Indonesian under any reading of the law of the sea, and Jakarta must not bend,', 'Hendra Sasmita')],
    expected: ['Hendra Sasmita|sovereignty|favor'],
  },

  // S08: Lesotho asks SADC for a stabilisation force after a mutiny.
  {
    label: 'S08a stabilisation force · narration: the prime minister asks the bloc for troops',
    text: 'Lesotho’s prime minister, Thabo Ralitsie, has formally asked the Southern African Development Community to send a stabilisation force after soldiers loyal to a dismissed commander seized the state radio station in Maseru.',
    entities: [G('Lesotho'), P('Thabo Ralitsie'), O('Southern African Development Community'), G('Maseru')],
    expected: ['Thabo Ralitsie|intervention|favor'],
    also: ['Lesotho|intervention|favor'],
  },
  {
    label: 'S08b stabilisation force · letter: the force will restore order and leave',
    gap: true,
    text: 'In his letter to the bloc, Thabo Ralitsie wrote that the force would “restore constitutional order” and would leave “the day Lesotho’s institutions can stand on their own”.',
    entities: [P('Thabo Ralitsie'), G('Lesotho')],
    quotes: [
      said('the force would “restore constitutional order” and would leave “the day Lesotho’s institutions can stand on their own”', 'Thabo Ralitsie'),
      quote('restore constitutional order', 'Thabo Ralitsie'),
      quote('the day Lesotho’s institutions can stand on their own', 'Thabo Ralitsie'),
    ],
    expected: ['Thabo Ralitsie|intervention|favor'],
    also: ['Thabo Ralitsie|sovereignty|favor'],
  },
  {
    label: 'S08c stabilisation force · party: inviting foreign troops is an admission of failure',
    text: 'The opposition Basotho Covenant Party said that inviting foreign troops was “an admission of failure” and that the crisis should be solved by the Basotho themselves.',
    entities: [O('Basotho Covenant Party'), N('Basotho')],
    quotes: [
      said('inviting foreign troops was “an admission of failure” and that the crisis should be solved by the Basotho themselves', 'Basotho Covenant Party'),
      quote('an admission of failure', 'Basotho Covenant Party'),
    ],
    expected: ['Basotho Covenant Party|intervention|against'],
    also: ['Basotho Covenant Party|sovereignty|favor'],
  },
  {
    label: 'S08d stabilisation force · diplomats: South Africa has offered to lead',
    text: 'A SADC summit will consider the request in Gaborone on Friday. Diplomats said South Africa had already offered to lead the force and to provide most of its troops.',
    entities: [O('SADC'), G('Gaborone'), G('South Africa')],
    quotes: [said('South Africa had already offered to lead the force and to provide most of its troops', 'Diplomats')],
    expected: ['South Africa|intervention|favor'],
  },
  {
    label: 'S08e stabilisation force · statement: the mutineers reject any foreign boot',
    text: '“No foreign boot will decide who commands Lesotho’s army,” the mutineers said in a statement read out on the seized station.',
    entities: [G('Lesotho')],
    quotes: [quote('No foreign boot will decide who commands Lesotho’s army,', 'the mutineers')],
    expected: ['mutineers|intervention|against', 'mutineers|sovereignty|favor'],
  },
  {
    label: 'S08f stabilisation force · history: the last deployment (no stance)',
    gap: true,
    text: 'SADC last sent troops to Lesotho in 1998, when a force led by South Africa entered the country during an army mutiny.',
    entities: [O('SADC'), G('Lesotho'), G('South Africa')],
    expected: [],
  },

  // S09: Pakistan strikes militants inside Afghanistan.
  {
    label: 'S09a cross-border strikes · reported event: jets strike camps (no stance)',
    text: 'Pakistani jets struck what Islamabad described as camps of the Black Banner Front in Afghanistan’s Dara-e Sang district overnight, killing at least 19 people, according to local officials.',
    entities: [N('Pakistani'), G('Islamabad'), O('Black Banner Front'), G('Afghanistan'), G('Dara-e Sang')],
    quotes: [said('Pakistani jets struck what Islamabad described as camps of the Black Banner Front in Afghanistan’s Dara-e Sang district overnight, killing at least 19 people', 'local officials')],
    expected: [],
    also: ['Islamabad|intervention|favor'],
  },
  {
    label: 'S09b cross-border strikes · capital: Kabul condemns a violation of sovereignty',
    text: 'Kabul condemned the strikes as “a blatant violation of Afghan sovereignty” and summoned Pakistan’s chargé d’affaires.',
    entities: [G('Kabul'), N('Afghan'), G('Pakistan')],
    quotes: [quote('a blatant violation of Afghan sovereignty', 'Kabul')],
    expected: ['Kabul|intervention|against', 'Kabul|sovereignty|favor'],
  },
  {
    label: 'S09c cross-border strikes · ministry: self-defence, and more to come',
    text: 'Pakistan’s foreign ministry said the strikes were “a legitimate act of self-defence” after the group killed 11 soldiers at a border post last week, and that Pakistan would strike again if the attacks continued.',
    entities: [G('Pakistan')],
    quotes: [
      said('the strikes were “a legitimate act of self-defence” after the group killed 11 soldiers at a border post last week, and that Pakistan would strike again if the attacks continued', 'the foreign ministry'),
      quote('a legitimate act of self-defence', 'the foreign ministry'),
    ],
    expected: ['foreign ministry|intervention|favor'],
    also: ['Pakistan|intervention|favor'],
  },
  {
    label: 'S09d cross-border strikes · direct: a shopkeeper tells Pakistan to fight at home',
    gap: true,
    text: '“They say they hit militants, but my brother sold bread. Let Pakistan fight its wars on its own soil,” said Gul Agha Noorzai, a shopkeeper in Dara-e Sang whose brother was killed in the strikes.',
    entities: [G('Pakistan'), P('Gul Agha Noorzai'), G('Dara-e Sang')],
    quotes: [quote('They say they hit militants, but my brother sold bread. Let Pakistan fight its wars on its own soil,', 'Gul Agha Noorzai')],
    expected: ['Gul Agha Noorzai|intervention|against'],
    also: ['Gul Agha Noorzai|sovereignty|favor'],
  },
  {
    label: 'S09e cross-border strikes · analysis: an analyst says strikes rarely work',
    gap: true,
    text: 'Security analyst Farah Qureshi said cross-border strikes rarely stopped such groups and warned that they risked pushing Kabul closer to the militants.',
    entities: [P('Farah Qureshi'), G('Kabul')],
    quotes: [said('cross-border strikes rarely stopped such groups', 'Farah Qureshi'), said('they risked pushing Kabul closer to the militants', 'Farah Qureshi')],
    expected: ['Farah Qureshi|intervention|against'],
  },

  // S10: an opinion column on an offer to buy a Fijian island.
  {
    label: 'S10a island offer (column) · background: the offer (no stance)',
    text: 'A Chinese state-owned company has offered Fiji $400 million to buy Vanua Kiri, an island of about 900 people with a deep natural harbour.',
    entities: [N('Chinese'), G('Fiji'), L('Vanua Kiri')],
    expected: [],
  },
  {
    label: 'S10b island offer (column) · reported: the prime minister says it is not for sale',
    gap: true,
    text: 'Prime Minister Semesa Naulago said Vanua Kiri “is not on the market, not for $400 million and not for any price”.',
    entities: [P('Semesa Naulago', [], ['Prime Minister']), L('Vanua Kiri')],
    quotes: [
      said('Vanua Kiri “is not on the market, not for $400 million and not for any price”', 'Semesa Naulago'),
      quote('is not on the market, not for $400 million and not for any price', 'Semesa Naulago'),
    ],
    expected: ['Semesa Naulago|sovereignty|favor'],
  },
  {
    label: 'S10c island offer (column) · capital: Beijing says it respects Fiji’s sovereignty',
    text: 'Beijing said the offer was a commercial matter between a company and a government and that China “fully respects Fiji’s sovereignty”.',
    entities: [G('Beijing'), G('China'), G('Fiji')],
    quotes: [
      said('the offer was a commercial matter between a company and a government and that China “fully respects Fiji’s sovereignty”', 'Beijing'),
      quote('fully respects Fiji’s sovereignty', 'Beijing'),
    ],
    expected: ['Beijing|sovereignty|favor'],
    also: ['China|sovereignty|favor'],
  },
  {
    label: 'S10d island offer (column) · statement: the chiefs will never sell to a foreign power',
    gap: true,
    text: 'The island’s chiefs said in a statement that they had not been consulted and that the land “will never be sold to a foreign power”.',
    quotes: [
      said('they had not been consulted and that the land “will never be sold to a foreign power”', 'chiefs'),
      quote('will never be sold to a foreign power', 'chiefs'),
    ],
    expected: ['chiefs|sovereignty|favor'],
  },
  {
    label: 'S10e island offer (column) · @author: a harbour for warships through the back door',
    gap: true,
    text: 'The offer should be read for what it is: an attempt to buy a harbour for foreign warships through the back door. Suva was right to refuse it, and its neighbours should say so just as plainly.',
    entities: [G('Suva')],
    expected: ['@author|intervention|against'],
    also: ['@author|sovereignty|favor'],
  },

  // S11: Libya, a naval blockade by an EU embargo mission.
  {
    label: 'S11a blockade · narration: warships turn back tankers (no stance)',
    text: 'Warships from Operation Sentinel Tide, the European Union’s arms-embargo mission, have turned back every tanker approaching the Libyan port of Ras Kamal since Monday.',
    entities: [O('Operation Sentinel Tide'), O('European Union'), N('Libyan'), L('Ras Kamal')],
    expected: [],
  },
  {
    label: 'S11b blockade · reported: the prime minister calls it an act of war',
    text: 'Libya’s prime minister, Salem Ferjani, said the blockade was “an act of war against Libyan citizens” and called on the European Union to withdraw its ships.',
    entities: [G('Libya'), P('Salem Ferjani'), N('Libyan'), O('European Union')],
    quotes: [said('the blockade was “an act of war against Libyan citizens”', 'Salem Ferjani'), quote('an act of war against Libyan citizens', 'Salem Ferjani')],
    expected: ['Salem Ferjani|intervention|against'],
    also: ['Salem Ferjani|sovereignty|favor', 'Libya|intervention|against'],
  },
  {
    label: 'S11c blockade · direct: the mission commander says the ships stay',
    gap: true,
    text: '“We are enforcing a UN resolution, nothing more,” said Rear Admiral Paolo Verdi, the mission’s commander. “The ships stay until the arms stop.”',
    entities: [P('Paolo Verdi', [], ['Rear Admiral']), O('UN')],
    quotes: [quote('We are enforcing a UN resolution, nothing more,', 'Paolo Verdi'), quote('The ships stay until the arms stop.', 'Paolo Verdi')],
    expected: ['Paolo Verdi|intervention|favor'],
  },
  {
    label: 'S11d blockade · union: dockworkers sent home want the blockade lifted',
    gap: true,
    text: 'The dockworkers’ union at Ras Kamal said 600 of its members had been sent home without pay since the blockade began, and called for the warships to lift it.',
    entities: [L('Ras Kamal')],
    quotes: [said('600 of its members had been sent home without pay since the blockade began', 'the dockworkers’ union')],
    expected: ['dockworkers’ union|intervention|against'],
  },
  {
    label: 'S11e blockade · reported: the Italian defence minister wants it to continue',
    text: 'Italy’s defence minister, Marta Cellini, said the blockade should continue until a UN panel confirmed that the weapons shipments had stopped.',
    entities: [G('Italy'), P('Marta Cellini'), O('UN')],
    quotes: [said('the blockade should continue until a UN panel confirmed that the weapons shipments had stopped', 'Marta Cellini')],
    expected: ['Marta Cellini|intervention|favor'],
  },
  {
    label: 'S11f blockade · parliament: no foreign navy decides who enters Libyan waters',
    gap: true,
    text: 'Libya’s parliament passed a motion declaring that no foreign navy had the right to decide which ships entered Libyan waters.',
    entities: [G('Libya'), N('Libyan')],
    quotes: [said('no foreign navy had the right to decide which ships entered Libyan waters', 'parliament')],
    expected: ['parliament|intervention|against', 'parliament|sovereignty|favor'],
  },

  // S12: Timor-Leste, a security pact with Australia before parliament.
  {
    label: 'S12a pact vote · narration: what the pact allows (no stance)',
    text: 'Timor-Leste’s parliament will vote on Thursday on a security pact that would let Australian troops and police deploy to the country at the request of the government in Dili.',
    entities: [G('Timor-Leste'), N('Australian'), G('Dili')],
    expected: [],
  },
  {
    label: 'S12b pact vote · reported: the prime minister’s friend on call, by invitation only',
    gap: true,
    text: 'Prime Minister Ermelinda Soares told lawmakers that the pact gave Timor-Leste “a friend on call” and that no Australian soldier would land without Dili’s invitation.',
    entities: [P('Ermelinda Soares', [], ['Prime Minister']), G('Timor-Leste'), N('Australian'), G('Dili')],
    quotes: [
      said('the pact gave Timor-Leste “a friend on call” and that no Australian soldier would land without Dili’s invitation', 'Ermelinda Soares'),
      quote('a friend on call', 'Ermelinda Soares'),
    ],
    expected: ['Ermelinda Soares|intervention|favor', 'Ermelinda Soares|sovereignty|favor'],
    also: ['Dili|sovereignty|favor'],
  },
  {
    label: 'S12c pact vote · direct: the opposition leader on a spare part of someone else’s army',
    gap: true,
    text: '“This pact turns our army into a spare part of someone else’s,” said Armindo Belo, leader of the opposition Party for Timorese Unity. “We fought 24 years to decide our own affairs.”',
    entities: [P('Armindo Belo'), O('Party for Timorese Unity')],
    quotes: [quote('This pact turns our army into a spare part of someone else’s,', 'Armindo Belo'), quote('We fought 24 years to decide our own affairs.', 'Armindo Belo')],
    expected: ['Armindo Belo|intervention|against', 'Armindo Belo|sovereignty|favor'],
    also: ['Party for Timorese Unity|intervention|against', 'Party for Timorese Unity|sovereignty|favor'],
  },
  {
    label: 'S12d pact vote · numbers: the tally and the debate (no stance)',
    text: 'The pact passed by 41 votes to 23, with one abstention, after a debate that lasted more than nine hours.',
    expected: [],
  },
  {
    label: 'S12e pact vote · capital: Canberra welcomes the vote, forces only as guests',
    gap: true,
    text: 'Canberra welcomed the vote and said Australian forces would “only ever come as guests”.',
    entities: [G('Canberra'), N('Australian')],
    quotes: [said('Australian forces would “only ever come as guests”', 'Canberra'), quote('only ever come as guests', 'Canberra')],
    expected: ['Canberra|intervention|favor'],
    also: ['Canberra|sovereignty|favor'],
  },
  {
    label: 'S12f pact vote · group: students say independence was signed away',
    gap: true,
    text: 'Several hundred students marched from the national university to the parliament building after the vote, saying the government had signed away the country’s independence.',
    quotes: [said('the government had signed away the country’s independence', 'students')],
    expected: ['students|sovereignty|favor'],
    also: ['students|intervention|against'],
  },

  // S13: Ecuador, protests against a US training mission.
  {
    label: 'S13a training mission · narration: tear gas outside the base (no stance)',
    text: 'Police fired tear gas on Saturday at protesters outside the Río Chico air base, where 120 US military instructors have been training Ecuadorian special forces since March.',
    entities: [L('Río Chico'), G('US'), N('Ecuadorian')],
    expected: [],
  },
  {
    label: 'S13b training mission · protesters: the instructors must leave',
    text: 'The protesters, many of them members of the Indigenous Federation of the Highlands, demanded that the instructors leave and said foreign soldiers had no place on Ecuadorian soil.',
    entities: [O('Indigenous Federation of the Highlands'), N('Ecuadorian')],
    quotes: [said('the instructors leave', 'protesters'), said('foreign soldiers had no place on Ecuadorian soil', 'protesters')],
    expected: ['protesters|intervention|against'],
    also: ['protesters|sovereignty|favor', 'Indigenous Federation of the Highlands|intervention|against', 'Indigenous Federation of the Highlands|sovereignty|favor'],
  },
  {
    label: 'S13c training mission · reported: the defence minister says training, not occupation',
    gap: true,
    text: 'Defence Minister Rodrigo Saltos said the mission was “training, not occupation” and that Ecuador “decides who comes and for how long”.',
    entities: [P('Rodrigo Saltos', [], ['Defence Minister']), G('Ecuador')],
    quotes: [
      said('the mission was “training, not occupation” and that Ecuador “decides who comes and for how long”', 'Rodrigo Saltos'),
      quote('training, not occupation', 'Rodrigo Saltos'),
      quote('decides who comes and for how long', 'Rodrigo Saltos'),
    ],
    expected: ['Rodrigo Saltos|intervention|favor', 'Rodrigo Saltos|sovereignty|favor'],
  },
  {
    label: 'S13d training mission · embassy statement: invited, and good for both',
    gap: true,
    text: 'The US Embassy in Quito said in a statement that the instructors were in Ecuador at the government’s invitation and that the programme made both countries safer.',
    entities: [O('US Embassy'), G('Quito'), G('Ecuador')],
    quotes: [said('the instructors were in Ecuador at the government’s invitation and that the programme made both countries safer', 'US Embassy')],
    expected: ['US Embassy|intervention|favor'],
  },

  // S14: an opinion column urging a West African force for Guinea-Bissau.
  {
    label: 'S14a standby force (column) · @author: ECOWAS should send its force',
    gap: true,
    text: 'ECOWAS should stop hesitating and send its standby force to Guinea-Bissau before the mutiny in Cumbamori turns into a civil war.',
    entities: [O('ECOWAS'), G('Guinea-Bissau'), G('Cumbamori')],
    expected: ['@author|intervention|favor'],
  },
  {
    label: 'S14b standby force (column) · @author: invoking sovereignty defends the colonels',
    gap: true,
    text: 'Those who invoke sovereignty to keep the force at home are defending the colonels, not the people of Guinea-Bissau.',
    entities: [G('Guinea-Bissau')],
    expected: ['@author|sovereignty|against'],
    also: ['@author|intervention|favor'],
  },
  {
    label: 'S14c standby force (column) · background: size and record of the force (no stance)',
    text: 'The bloc’s standby force has about 1,500 troops, most of them from Senegal and Nigeria, and has been deployed only twice.',
    entities: [G('Senegal'), G('Nigeria')],
    expected: [],
  },
  {
    label: 'S14d standby force (column) · reported: Senegal’s foreign minister ready to send troops',
    text: 'Senegal’s foreign minister, Aminata Sarr Diop, said last month that Dakar was ready to send troops within a week if the bloc asked.',
    entities: [G('Senegal'), P('Aminata Sarr Diop'), G('Dakar')],
    quotes: [said('Dakar was ready to send troops within a week if the bloc asked', 'Aminata Sarr Diop')],
    expected: ['Aminata Sarr Diop|intervention|favor'],
    also: ['Dakar|intervention|favor', 'Senegal|intervention|favor'],
  },
  {
    label: 'S14e standby force (column) · @author: the greater risk is to watch',
    gap: true,
    text: 'Nobody should pretend that an intervention comes without risk. But the greater risk is to watch, once again, from Abuja.',
    entities: [G('Abuja')],
    expected: ['@author|intervention|favor'],
  },

  // S15: an opinion column against taking a port from Eritrea by force.
  {
    label: 'S15a port by force (column) · reported: the prime minister’s prisoner of geography (no stance)',
    text: 'When Prime Minister Dawit Alemu told parliament last week that Ethiopia “cannot remain a prisoner of geography”, many heard a threat to take a port from Eritrea by force.',
    entities: [P('Dawit Alemu', [], ['Prime Minister']), G('Ethiopia'), G('Eritrea')],
    quotes: [said('Ethiopia “cannot remain a prisoner of geography”', 'Dawit Alemu'), quote('cannot remain a prisoner of geography', 'Dawit Alemu')],
    expected: [],
    also: ['Dawit Alemu|intervention|favor', 'Dawit Alemu|sovereignty|against'],
  },
  {
    label: 'S15b port by force (column) · @author: a port taken by tanks would start a war',
    gap: true,
    text: 'A port taken by tanks would not end Ethiopia’s isolation; it would start a war that neither country can afford.',
    entities: [G('Ethiopia')],
    expected: ['@author|intervention|against'],
  },
  {
    label: 'S15c port by force (column) · @author: Eritrea’s borders are not a bargaining chip',
    gap: true,
    text: 'Eritrea’s borders are not a bargaining chip, however much a landlocked country of 120 million people may resent them.',
    entities: [G('Eritrea')],
    expected: ['@author|sovereignty|favor'],
  },
  {
    label: 'S15d port by force (column) · history: the lost coastline (no stance)',
    text: 'Ethiopia lost its coastline when Eritrea became independent in 1993, and it now ships most of its trade through Djibouti.',
    entities: [G('Ethiopia'), G('Eritrea'), G('Djibouti')],
    expected: [],
  },
  {
    label: 'S15e port by force (column) · capital: Asmara will treat an incursion as war',
    text: 'Asmara has said it will treat any incursion as an act of war.',
    entities: [G('Asmara')],
    quotes: [said('it will treat any incursion as an act of war', 'Asmara')],
    expected: ['Asmara|intervention|against'],
    also: ['Asmara|sovereignty|favor'],
  },
  {
    label: 'S15f port by force (column) · @author: leave the tanks in their barracks',
    gap: true,
    text: 'Addis Ababa should take the commercial port deal it has been offered and leave the tanks in their barracks.',
    entities: [G('Addis Ababa')],
    expected: ['@author|intervention|against'],
  },

  // S16: Bolivia invites Russian military advisers.
  {
    label: 'S16a advisers · government: Bolivia confirms it invited the advisers',
    text: 'Bolivia’s government confirmed on Monday that it had invited 60 Russian military advisers to La Paz to help train an army unit guarding the lithium deposits of the Salar de Quemes.',
    entities: [G('Bolivia'), N('Russian'), G('La Paz'), L('Salar de Quemes')],
    quotes: [said('it had invited 60 Russian military advisers to La Paz to help train an army unit guarding the lithium deposits of the Salar de Quemes', 'Bolivia')],
    expected: ['Bolivia|intervention|favor'],
  },
  {
    label: 'S16b advisers · reported: the interior minister’s guests of a sovereign country',
    gap: true,
    text: 'Interior Minister Wilfredo Choque said the advisers were “guests of a sovereign country that chooses its own partners”.',
    entities: [P('Wilfredo Choque', [], ['Interior Minister'])],
    quotes: [said('the advisers were “guests of a sovereign country that chooses its own partners”', 'Wilfredo Choque'), quote('guests of a sovereign country that chooses its own partners', 'Wilfredo Choque')],
    expected: ['Wilfredo Choque|intervention|favor', 'Wilfredo Choque|sovereignty|favor'],
  },
  {
    label: 'S16c advisers · reported: Chile respects Bolivia’s right but is watching',
    text: 'Chile’s foreign minister, Consuelo Arancibia, said Santiago respected Bolivia’s right to choose its partners but was “watching closely” any foreign military presence near its border.',
    entities: [G('Chile'), P('Consuelo Arancibia'), G('Santiago'), G('Bolivia')],
    quotes: [
      said('Santiago respected Bolivia’s right to choose its partners but was “watching closely” any foreign military presence near its border', 'Consuelo Arancibia'),
      quote('watching closely', 'Consuelo Arancibia'),
    ],
    expected: ['Consuelo Arancibia|sovereignty|favor'],
    also: ['Santiago|sovereignty|favor', 'Consuelo Arancibia|intervention|against', 'Santiago|intervention|against'],
  },
  {
    label: 'S16d advisers · union: the miners’ federation wants the advisers gone',
    gap: true,
    text: 'The miners’ federation of the lithium region said the advisers should go home and that the salt flat “is guarded by Bolivians or by no one”.',
    entities: [N('Bolivians')],
    quotes: [
      said('the advisers should go home and that the salt flat “is guarded by Bolivians or by no one”', 'miners’ federation'),
      quote('is guarded by Bolivians or by no one', 'miners’ federation'),
    ],
    expected: ['miners’ federation|intervention|against'],
    also: ['miners’ federation|sovereignty|favor'],
  },
  {
    label: 'S16e advisers · open questions: length and cost unknown (no stance)',
    text: 'Russia has not said how long the advisers will stay or who is paying for their mission.',
    entities: [G('Russia')],
    expected: [],
  },

  // S17: Honduras, a US senator’s proposal of drone strikes.
  {
    label: 'S17a drone proposal · narration: a senator proposes strikes with or without consent',
    gap: true,
    text: 'A US senator, Garrett Holloway, has proposed that the Pentagon use drones against drug-trafficking camps in the eastern jungles of Honduras, with or without Tegucigalpa’s consent.',
    entities: [G('US'), P('Garrett Holloway'), O('Pentagon'), G('Honduras'), G('Tegucigalpa')],
    quotes: [said('the Pentagon use drones against drug-trafficking camps in the eastern jungles of Honduras, with or without Tegucigalpa’s consent', 'Garrett Holloway')],
    expected: ['Garrett Holloway|intervention|favor', 'Garrett Holloway|sovereignty|against'],
  },
  {
    label: 'S17b drone proposal · reported: the president refuses to be a firing range',
    text: 'Honduras’s president, Marisol Cardona, said on Tuesday that her country would “never be a firing range for anyone’s drones”.',
    entities: [G('Honduras'), P('Marisol Cardona')],
    quotes: [said('her country would “never be a firing range for anyone’s drones”', 'Marisol Cardona'), quote('never be a firing range for anyone’s drones', 'Marisol Cardona')],
    expected: ['Marisol Cardona|intervention|against'],
    also: ['Marisol Cardona|sovereignty|favor', 'Honduras|intervention|against'],
  },
  {
    label: 'S17c drone proposal · congress: a resolution condemns the senator’s proposal',
    gap: true,
    text: 'The Honduran Congress passed a resolution condemning the senator’s proposal, with all five parties voting in favour.',
    entities: [N('Honduran')],
    expected: ['congress|intervention|against'],
    also: ['senator|intervention|favor'],
  },
  {
    label: 'S17d drone proposal · office: the senator will press ahead',
    gap: true,
    text: 'Garrett Holloway’s office said he would press ahead with the plan and that it had the backing of “a growing number of colleagues” in the Senate.',
    entities: [P('Garrett Holloway'), O('Senate')],
    quotes: [
      said('he would press ahead with the plan and that it had the backing of “a growing number of colleagues” in the Senate', 'Garrett Holloway'),
      quote('a growing number of colleagues', 'Garrett Holloway'),
    ],
    expected: ['Garrett Holloway|intervention|favor'],
  },
  {
    label: 'S17e drone proposal · numbers: drug seizures (no stance)',
    text: 'Drug seizures in the eastern provinces fell by a third last year, according to the United Nations Office on Drugs and Crime.',
    entities: [O('United Nations Office on Drugs and Crime')],
    quotes: [said('Drug seizures in the eastern provinces fell by a third last year', 'United Nations Office on Drugs and Crime')],
    expected: [],
  },

  // S18: Georgia, Russian troops move a boundary fence.
  {
    label: 'S18a fence · reported event: troops move the fence (no stance)',
    text: 'Russian troops moved the fence marking the administrative boundary line about 300 metres deeper into Georgian-controlled land near the village of Zemo Tskhali overnight, Georgia’s interior ministry said.',
    entities: [N('Russian'), N('Georgian'), G('Zemo Tskhali'), G('Georgia')],
    quotes: [said('Russian troops moved the fence marking the administrative boundary line about 300 metres deeper into Georgian-controlled land near the village of Zemo Tskhali overnight', 'the interior ministry')],
    expected: [],
  },
  {
    label: 'S18b fence · capital: Tbilisi calls it creeping annexation',
    gap: true,
    text: 'Tbilisi called the move “creeping annexation” and said it would raise the matter at the OSCE.',
    entities: [G('Tbilisi'), O('OSCE')],
    quotes: [quote('creeping annexation', 'Tbilisi'), said('it would raise the matter at the OSCE', 'Tbilisi')],
    expected: ['Tbilisi|intervention|against'],
    also: ['Tbilisi|sovereignty|favor'],
  },
  {
    label: 'S18c fence · direct: a farmer says Georgia must not accept a metre of it',
    gap: true,
    text: '“They move the fence at night, and in the morning we wake up in Russia,” said Nana Kapanadze, whose orchard now lies on the far side of the wire. “Georgia must not accept a single metre of this.”',
    entities: [G('Russia'), P('Nana Kapanadze'), G('Georgia')],
    quotes: [quote('They move the fence at night, and in the morning we wake up in Russia,', 'Nana Kapanadze'), quote('Georgia must not accept a single metre of this.', 'Nana Kapanadze')],
    expected: ['Nana Kapanadze|sovereignty|favor'],
    also: ['Nana Kapanadze|intervention|against'],
  },
  {
    label: 'S18d fence · Kremlin: its troops are entitled to mark the line',
    gap: true,
    text: 'The Kremlin said its troops were entitled to mark a line agreed after the 2008 war and accused Tbilisi of staging “provocations” for Western cameras.',
    entities: [O('Kremlin'), G('Tbilisi')],
    quotes: [said('its troops were entitled to mark a line agreed after the 2008 war', 'Kremlin'), quote('provocations', 'Kremlin')],
    expected: ['Kremlin|intervention|favor'],
    also: ['Kremlin|sovereignty|against'],
  },

  // S19: Sierra Leone, a US request to station drones.
  {
    label: 'S19a drone request · sourced: the United States asks to station drones',
    gap: true,
    text: 'The United States has asked Sierra Leone for permission to station surveillance drones at the Mabontor airfield, according to two officials in Freetown who are familiar with the talks.',
    entities: [G('United States'), G('Sierra Leone'), L('Mabontor'), G('Freetown')],
    quotes: [said('The United States has asked Sierra Leone for permission to station surveillance drones at the Mabontor airfield', 'two officials')],
    expected: ['United States|intervention|favor'],
  },
  {
    label: 'S19b drone request · reported: the president says Sierra Leoneans will decide',
    gap: true,
    text: 'President Foday Kamara said Sierra Leone would “weigh the request on its merits” and that any decision would be taken “in Freetown, by Sierra Leoneans”.',
    entities: [P('Foday Kamara', [], ['President']), G('Sierra Leone'), G('Freetown'), N('Sierra Leoneans')],
    quotes: [
      said('Sierra Leone would “weigh the request on its merits” and that any decision would be taken “in Freetown, by Sierra Leoneans”', 'Foday Kamara'),
      quote('weigh the request on its merits', 'Foday Kamara'),
      quote('in Freetown, by Sierra Leoneans', 'Foday Kamara'),
    ],
    expected: ['Foday Kamara|sovereignty|favor'],
  },
  {
    label: 'S19c drone request · capital: Washington says the drones are unarmed trackers',
    gap: true,
    text: 'Washington says the drones would track cocaine flights across the Atlantic and would carry no weapons.',
    entities: [G('Washington'), L('Atlantic')],
    quotes: [said('the drones would track cocaine flights across the Atlantic and would carry no weapons', 'Washington')],
    expected: ['Washington|intervention|favor'],
  },
  {
    label: 'S19d drone request · direct: a campaigner says unarmed today, armed tomorrow',
    gap: true,
    text: '“Unarmed today, armed tomorrow,” said Isatu Conteh of the Campaign for a Neutral Sierra Leone, which has collected 40,000 signatures against the drone plan.',
    entities: [P('Isatu Conteh'), O('Campaign for a Neutral Sierra Leone')],
    quotes: [quote('Unarmed today, armed tomorrow,', 'Isatu Conteh')],
    expected: ['Isatu Conteh|intervention|against'],
    also: ['Campaign for a Neutral Sierra Leone|intervention|against'],
  },
  {
    label: 'S19e drone request · background: the airfield (no stance)',
    text: 'The Mabontor airfield, built by a mining company in the 1970s, has a 2,400-metre runway and has been idle since 2015.',
    entities: [L('Mabontor')],
    expected: [],
  },

  // S20: Bosnia and Herzegovina, renewing an EU force’s mandate.
  {
    label: 'S20a mandate renewal · narration: the vote next month (no stance)',
    text: 'The mandate of the EU’s peacekeeping force in Bosnia and Herzegovina comes up for renewal at the UN Security Council next month, and Russia has hinted that it may abstain.',
    entities: [O('EU'), G('Bosnia and Herzegovina'), O('UN Security Council'), G('Russia')],
    quotes: [said('it may abstain', 'Russia')],
    expected: [],
  },
  {
    label: 'S20b mandate renewal · reported: a presidency member wants the force to stay',
    text: 'Edin Hadžiomerović, the Bosniak member of the presidency, said the force should stay “as long as there are people who dream of redrawing the map”.',
    entities: [P('Edin Hadžiomerović'), N('Bosniak')],
    quotes: [
      said('the force should stay “as long as there are people who dream of redrawing the map”', 'Edin Hadžiomerović'),
      quote('as long as there are people who dream of redrawing the map', 'Edin Hadžiomerović'),
    ],
    expected: ['Edin Hadžiomerović|intervention|favor'],
  },
  {
    label: 'S20c mandate renewal · reported: a Serb leader calls the force a relic',
    text: 'Dragan Vukosav, the Serb leader, called the force “a relic of protectorate times” and said Bosnia’s peoples could keep the peace without foreign soldiers.',
    entities: [P('Dragan Vukosav'), N('Serb'), G('Bosnia')],
    quotes: [quote('a relic of protectorate times', 'Dragan Vukosav'), said('Bosnia’s peoples could keep the peace without foreign soldiers', 'Dragan Vukosav')],
    expected: ['Dragan Vukosav|intervention|against'],
    also: ['Dragan Vukosav|sovereignty|favor'],
  },
  {
    label: 'S20d mandate renewal · capital: Sarajevo asks for a renewal',
    gap: true,
    text: 'Sarajevo formally asked the Security Council last week to renew the force’s mandate for a further 12 months.',
    entities: [G('Sarajevo'), O('Security Council')],
    expected: ['Sarajevo|intervention|favor'],
  },
  {
    label: 'S20e mandate renewal · numbers: the force has shrunk (no stance)',
    text: 'The force, known as EUFOR, has shrunk from 7,000 troops in 2004 to about 1,100 today, most of them from Austria and Hungary.',
    entities: [O('EUFOR'), G('Austria'), G('Hungary')],
    expected: [],
  },
];

/**
 * The table's rate: first blind run (2026-12-07, commit 3a742d8): P 0.719 (23/32), R 0.271 (23/85). The floor is each
 * minus 0.03, rounded down. The rows that failed on that run are marked `gap`.
 */
const FLOOR12 = { precision: 0.73, recall: 0.27 };

describeBlindTable('stances: blind table 12', 'blind12', rows, FLOOR12);
