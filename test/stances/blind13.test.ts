import { G, O, P, type EntitySpec } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * A thirteenth blind table: 103 rows of invented news in 18 short stories (5 or 6 consecutive paragraphs
 * each: wire reports, a feature, an analysis, an interview and three opinion columns), set in real
 * countries and capitals with real international bodies, but with invented people, parties, companies,
 * places below country level and events. It was written from GUIDELINES §5 (and §3 on entities, group
 * actors and institutions as speakers) alone, before running the stance stage and without reading it,
 * its cue lexicons, its other tests, the fixtures, the dev corpus or the other blind tables' rows (only
 * GUIDELINES, the runner, the helpers, and the imports, header and closing lines of the tenth table were
 * read), as an estimate of how the stage does on news it was not built on. The annotations were fixed
 * before the first run and were not changed after it; the rows that failed on that run are marked `gap`.
 *
 * The stories: a Chinese naval visit to Vanuatu; Guinea-Bissau asking ECOWAS for a stabilisation force; a
 * US drone base in northern Ghana (analysis); Guinea's junta and its Russian instructors; Botswana's
 * border fence; a Senegal–Spain maritime patrol deal; a Moldovan referendum on joining Romania (feature);
 * Italian airstrikes on smugglers off Libya; a foreign security contractor in the Central African
 * Republic; an arms shipment to rebels in the DR Congo; Kiribati's lease of an island airstrip (with an
 * interview in Q./NAME: turns); sanctions after a Venezuelan incursion into Guyana; Ecuador's parliament
 * voting on US troops; protests over a Russian-run training camp in Serbia; an African Union mediator's
 * ceasefire plan with monitors and a protection force in Cameroon; and three columns whose own voice
 * (`@author`) takes sides: on a Bolivian president's talk of buying Peruvian coast, for a stronger force
 * in Haiti, and against an Emirati naval base in Mauritania.
 *
 * What it aims at:
 * - reported speech with many verbs (told, argued, insisted, warned, acknowledged, conceded, maintained,
 *   denounced, dismissed, replied, asked), quotes broken by their attribution, attributions after the
 *   quote with a pronoun or a role ("she said", "he added", "the minister added", "the ambassador
 *   added", "the envoy, …, told reporters"), interview turns;
 * - stances inside direct quotes phrased indirectly: metaphors ("a parking lot for anybody's navy", the
 *   keys and the locks, a handshake and a ring, "witnesses, not peacekeepers", "a square on somebody
 *   else's chessboard", "through the back door"), sarcasm ("the last time foreign soldiers were this
 *   welcome"), rhetorical questions ("Who will the drones answer to, Accra or Washington?"), conditions
 *   ("if an officer on another continent can switch off the camera … then Kulungu is not fully ours",
 *   "act only at the invitation and under the authority of …"), veiled threats ("who has the bigger
 *   army", "will not be left without protection", "by law or by other means");
 * - governments acting in narration (asked, signed, approved, voted, imposed sanctions, condemned,
 *   recalled, summoned, accepted … but rejected, suspended a permit), juntas as their countries, a capital
 *   as the grammatical holder (Caracas), a ministry that is not an entity as a group phrase, embassies
 *   and named parties as entities, groups (a council of elders, a fishermen's union, protesters, a town
 *   council, parliament, ministers, separatist leaders), analysts, and the article's own voice;
 * - about 30% of the rows carry no stance: logistics, numbers, history, neutral reactions ("no comment",
 *   "following developments closely", "taken note", "study the request"), a denial, a civilian lease
 *   approval, troops moved to a country's own frontier, and traps: "sovereign wealth fund", "sovereign
 *   bonds", "sovereign governments" in a company brochure, a "Sovereign Ports Company", a "nutrition
 *   intervention".
 *
 * Reported speech comes with the indirect quote the quotes stage gives it (the content clause, with its
 * speaker); direct quotes, attributed fragments and interview turns come as hand-made quotes with their
 * speaker (the person a "he", "she" or role description refers to; null for the interviewer).
 *
 * Annotation choices where §5 leaves room (following the tenth table's conventions):
 * - The actor is whoever the text makes hold the view; the government a person speaks for is at most
 *   `also`. Asking to deploy or base forces, inviting or hosting them, authorising, carrying out or
 *   justifying strikes, and threatening a neighbour are `intervention|favor`; refusing, condemning,
 *   blocking, suspending a permit for, warning against or sanctioning over a foreign force or incursion
 *   are `against`. A naval wharf, a drone base, foreign instructors, a foreign patrol in territorial
 *   waters, a private security contractor and an arms shipment to rebels count as foreign security
 *   intervention.
 * - Asserting that a country alone decides, that its territory is not for sale or that it respects
 *   another's sovereign right is `sovereignty|favor`; a column calling a sovereignty objection hollow is
 *   `against`. Implied readings ("rented out a piece of the country", "not handing anyone the keys",
 *   "not giving up its sovereignty") are `also`. Advocating union with a neighbour, or offering to buy
 *   part of one, is at most `also` (`sovereignty|against`). A denial of arming rebels is no stance.
 *
 * First blind run (2026-12-07, commit 0fc5ac1): P 0.808 (21/26), R 0.241 (21/87); 56 of the 103 rows
 * failed and are marked `gap` (no annotation was changed and no row needed an authoring fix).
 */

const L = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'LOC', aliases });

const rows: readonly BlindRow[] = [
  // ── Story 1: a Chinese naval visit to Vanuatu (wire report) ──
  {
    label: 's01.1 Vanuatu naval visit: the ministry announces the port call (logistics, no stance)',
    text: 'Three Chinese navy vessels, led by the training ship Hai Ming, will dock at the northern port of Saratambu on Thursday for a five-day goodwill visit, Vanuatu’s foreign ministry said in a statement.',
    entities: [G('Vanuatu'), G('Saratambu')],
    quotes: [said('Three Chinese navy vessels, led by the training ship Hai Ming, will dock at the northern port of Saratambu on Thursday for a five-day goodwill visit', 'the foreign ministry')],
    expected: [],
  },
  {
    label: 's01.2 Vanuatu naval visit: opposition leader’s parking-lot metaphor and “they never really leave”',
    gap: true,
    text: 'Opposition leader Moses Vatuleo told reporters in Port Vila that the visit was “a rehearsal for something larger” and that Vanuatu “must not become a parking lot for anybody’s navy.” “Once the ships find the harbour convenient, they never really leave,” he said.',
    entities: [P('Moses Vatuleo'), G('Port Vila'), G('Vanuatu')],
    quotes: [
      said('the visit was “a rehearsal for something larger” and that Vanuatu “must not become a parking lot for anybody’s navy.”', 'Moses Vatuleo'),
      quote('a rehearsal for something larger', 'Moses Vatuleo'),
      quote('must not become a parking lot for anybody’s navy.', 'Moses Vatuleo'),
      quote('Once the ships find the harbour convenient, they never really leave,', 'Moses Vatuleo'),
    ],
    expected: ['Moses Vatuleo|intervention|against', 'Moses Vatuleo|sovereignty|favor'],
  },
  {
    label: 's01.3 Vanuatu naval visit: the prime minister insists Vanuatu decides who visits',
    text: 'Prime Minister Leinasei Kalo brushed the criticism aside, insisting that Vanuatu “decides who visits our harbours, and will go on deciding it.” “We have welcomed French, Australian and American ships before, and nobody called that a surrender,” she said.',
    entities: [P('Leinasei Kalo'), G('Vanuatu')],
    quotes: [
      said('Vanuatu “decides who visits our harbours, and will go on deciding it.”', 'Leinasei Kalo'),
      quote('decides who visits our harbours, and will go on deciding it.', 'Leinasei Kalo'),
      quote('We have welcomed French, Australian and American ships before, and nobody called that a surrender,', 'Leinasei Kalo'),
    ],
    expected: ['Leinasei Kalo|sovereignty|favor'],
    also: ['Leinasei Kalo|intervention|favor', 'Vanuatu|sovereignty|favor'],
  },
  {
    label: 's01.4 Vanuatu naval visit: Canberra’s “no comment” (neutral reaction)',
    text: 'In Canberra, a spokesperson for the Department of Foreign Affairs and Trade said Australia had been told of the visit in advance and had “no comment on the itinerary of another country’s ships.”',
    entities: [G('Canberra'), O('Department of Foreign Affairs and Trade'), G('Australia')],
    quotes: [
      said('Australia had been told of the visit in advance and had “no comment on the itinerary of another country’s ships.”', 'a spokesperson'),
      quote('no comment on the itinerary of another country’s ships.', 'a spokesperson'),
    ],
    expected: [],
  },
  {
    label: 's01.5 Vanuatu naval visit: an academic’s handshake/ring metaphor against a naval wharf',
    gap: true,
    text: 'Tessa Arubo, who studies Pacific security at the University of the South Pacific, argued that the real test would come with a proposed Chinese-funded wharf at Saratambu. “A goodwill visit is a handshake. A naval wharf is a ring on the finger, and Vanuatu should not say yes to it,” she said.',
    entities: [P('Tessa Arubo'), O('University of the South Pacific'), G('Saratambu'), G('Vanuatu')],
    quotes: [
      said('the real test would come with a proposed Chinese-funded wharf at Saratambu.', 'Tessa Arubo'),
      quote('A goodwill visit is a handshake. A naval wharf is a ring on the finger, and Vanuatu should not say yes to it,', 'Tessa Arubo'),
    ],
    expected: ['Tessa Arubo|intervention|against'],
    also: ['Tessa Arubo|sovereignty|favor'],
  },
  {
    label: 's01.6 Vanuatu naval visit: the embassy’s statement “fully respects Vanuatu’s independence and sovereignty”',
    text: 'A statement from the Chinese embassy said the ships carried a medical team that would offer free check-ups in Saratambu, and called the visit “a voyage of friendship that fully respects Vanuatu’s independence and sovereignty.”',
    entities: [O('Chinese embassy'), G('Saratambu'), G('Vanuatu')],
    quotes: [
      said('the ships carried a medical team that would offer free check-ups in Saratambu', 'Chinese embassy'),
      quote('a voyage of friendship that fully respects Vanuatu’s independence and sovereignty.', 'Chinese embassy'),
    ],
    expected: ['Chinese embassy|sovereignty|favor'],
  },

  // ── Story 2: Guinea-Bissau asks ECOWAS for a stabilisation force (wire report) ──
  {
    label: 's02.1 Guinea-Bissau peacekeepers: the government formally asks for 1,500 troops (narration)',
    text: 'Guinea-Bissau formally asked the Economic Community of West African States on Monday to deploy a stabilisation force of up to 1,500 troops, two weeks after gunmen attacked the presidential palace in Bissau.',
    entities: [G('Guinea-Bissau'), O('Economic Community of West African States'), G('Bissau')],
    expected: ['Guinea-Bissau|intervention|favor'],
  },
  {
    label: 's02.2 Guinea-Bissau peacekeepers: the foreign minister’s keys-and-locks metaphor',
    text: '“We are not handing anyone the keys to the house. We are asking our neighbours to help us change the locks,” Foreign Minister Domingas Quebo told reporters after the request was delivered in Abuja.',
    entities: [P('Domingas Quebo'), G('Abuja')],
    quotes: [quote('We are not handing anyone the keys to the house. We are asking our neighbours to help us change the locks,', 'Domingas Quebo')],
    expected: ['Domingas Quebo|intervention|favor'],
    also: ['Domingas Quebo|sovereignty|favor'],
  },
  {
    label: 's02.3 Guinea-Bissau peacekeepers: a named opposition party denounces the request',
    text: 'The main opposition party, the Movement for Renewal and Labour, denounced the request as “a confession of failure” and said foreign soldiers on the streets of Bissau would “turn a political crisis into an occupation.”',
    entities: [O('Movement for Renewal and Labour'), G('Bissau')],
    quotes: [
      quote('a confession of failure', 'Movement for Renewal and Labour'),
      said('foreign soldiers on the streets of Bissau would “turn a political crisis into an occupation.”', 'Movement for Renewal and Labour'),
      quote('turn a political crisis into an occupation.', 'Movement for Renewal and Labour'),
    ],
    expected: ['Movement for Renewal and Labour|intervention|against'],
    also: ['Movement for Renewal and Labour|sovereignty|favor'],
  },
  {
    label: 's02.4 Guinea-Bissau peacekeepers: history of ECOWAS deployments (background, no stance)',
    gap: true,
    text: 'ECOWAS has sent troops into member states before, most often at the request of their governments, and a small contingent of West African soldiers already guards ministries in Bissau.',
    entities: [O('ECOWAS'), G('Bissau')],
    expected: [],
  },
  {
    label: 's02.5 Guinea-Bissau peacekeepers: the commission president says only that chiefs will “study” it',
    text: 'Asked whether the bloc would agree, ECOWAS Commission President Idrissa Kamagaté said only that defence chiefs would meet in Accra next week to “study the request and what it would cost.”',
    entities: [P('Idrissa Kamagaté'), O('ECOWAS'), G('Accra')],
    quotes: [
      said('defence chiefs would meet in Accra next week to “study the request and what it would cost.”', 'Idrissa Kamagaté'),
      quote('study the request and what it would cost.', 'Idrissa Kamagaté'),
    ],
    expected: [],
  },
  {
    label: 's02.6 Guinea-Bissau peacekeepers: a neighbouring president backs the mission with a fire proverb',
    gap: true,
    text: 'Senegal’s president, Aliou Ndiaye-Sarr, became the first regional leader to back the mission publicly, telling state radio that “a fire in a neighbour’s house does not stay in the neighbour’s house.”',
    entities: [P('Aliou Ndiaye-Sarr'), G('Senegal')],
    quotes: [
      said('“a fire in a neighbour’s house does not stay in the neighbour’s house.”', 'Aliou Ndiaye-Sarr'),
      quote('a fire in a neighbour’s house does not stay in the neighbour’s house.', 'Aliou Ndiaye-Sarr'),
    ],
    expected: ['Aliou Ndiaye-Sarr|intervention|favor'],
    also: ['Senegal|intervention|favor'],
  },

  // ── Story 3: a US drone base in northern Ghana (analysis) ──
  {
    label: 's03.1 Ghana drone base: the United States asks to fly drones, per two officials',
    gap: true,
    text: 'The United States has asked Ghana for permission to fly surveillance drones from an upgraded airstrip at Kulungu, about 40 kilometres from the border with Burkina Faso, according to two officials familiar with the talks.',
    entities: [G('United States'), G('Ghana'), G('Kulungu'), G('Burkina Faso')],
    quotes: [said('The United States has asked Ghana for permission to fly surveillance drones from an upgraded airstrip at Kulungu, about 40 kilometres from the border with Burkina Faso', 'two officials')],
    expected: ['United States|intervention|favor'],
  },
  {
    label: 's03.2 Ghana drone base: the security minister argues drones are “cheaper than funerals”',
    gap: true,
    text: 'Ghana’s national security minister, Kwabena Asante-Mensah, has argued in private briefings that American drones watching the northern border would be “cheaper than funerals.”',
    entities: [P('Kwabena Asante-Mensah'), G('Ghana')],
    quotes: [
      said('American drones watching the northern border would be “cheaper than funerals.”', 'Kwabena Asante-Mensah'),
      quote('cheaper than funerals.', 'Kwabena Asante-Mensah'),
    ],
    expected: ['Kwabena Asante-Mensah|intervention|favor'],
  },
  {
    label: 's03.3 Ghana drone base: a council of elders warns foreign aircraft would make a target',
    gap: true,
    text: 'Traditional chiefs around Kulungu have refused to attend consultations, and a council of elders warned in a letter to parliament that foreign aircraft would make the district “a target for every armed group in the Sahel.”',
    entities: [G('Kulungu'), L('Sahel')],
    quotes: [
      said('foreign aircraft would make the district “a target for every armed group in the Sahel.”', 'a council of elders'),
      quote('a target for every armed group in the Sahel.', 'a council of elders'),
    ],
    expected: ['council of elders|intervention|against'],
    also: ['traditional chiefs|intervention|against'],
  },
  {
    label: 's03.4 Ghana drone base: a lawmaker’s rhetorical question and condition (“not fully ours”)',
    gap: true,
    text: '“Who will the drones answer to, Accra or Washington?” asked Efua Dankwa-Boateng, a lawmaker from the opposition People’s Progress Alliance. “If an officer on another continent can switch off the camera over Kulungu, then Kulungu is not fully ours,” she said.',
    entities: [P('Efua Dankwa-Boateng'), O('People’s Progress Alliance'), G('Accra'), G('Washington'), G('Kulungu')],
    quotes: [
      quote('Who will the drones answer to, Accra or Washington?', 'Efua Dankwa-Boateng'),
      quote('If an officer on another continent can switch off the camera over Kulungu, then Kulungu is not fully ours,', 'Efua Dankwa-Boateng'),
    ],
    expected: ['Efua Dankwa-Boateng|intervention|against', 'Efua Dankwa-Boateng|sovereignty|favor'],
  },
  {
    label: 's03.5 Ghana drone base: history of the airstrip (background, no stance)',
    text: 'The Kulungu airstrip was built in the 1970s for crop-spraying planes and was last resurfaced in 2019 with a loan from the World Bank.',
    entities: [G('Kulungu'), O('World Bank')],
    expected: [],
  },
  {
    label: 's03.6 Ghana drone base: an analyst concedes the politics but maintains it is “the least bad option”',
    text: 'Yaw Boakye-Tetteh, a security analyst at the Centre for Frontier Studies in Accra, conceded that the politics were toxic but maintained that a drone base was “the least bad option for a country that cannot watch 500 kilometres of border on its own.”',
    entities: [P('Yaw Boakye-Tetteh'), O('Centre for Frontier Studies'), G('Accra')],
    quotes: [
      said('the politics were toxic', 'Yaw Boakye-Tetteh'),
      said('a drone base was “the least bad option for a country that cannot watch 500 kilometres of border on its own.”', 'Yaw Boakye-Tetteh'),
      quote('the least bad option for a country that cannot watch 500 kilometres of border on its own.', 'Yaw Boakye-Tetteh'),
    ],
    expected: ['Yaw Boakye-Tetteh|intervention|favor'],
  },

  // ── Story 4: Guinea’s coup government and its foreign backers (wire report) ──
  {
    label: 's04.1 Guinea junta: the military rulers say they invited Russian instructors (junta as its country)',
    text: 'Guinea’s military rulers said on Sunday they had invited about 300 Russian military instructors to Conakry to train a new presidential guard, a week after ECOWAS suspended the country’s membership.',
    entities: [G('Guinea'), G('Conakry'), O('ECOWAS')],
    quotes: [said('they had invited about 300 Russian military instructors to Conakry to train a new presidential guard', 'Guinea')],
    expected: ['Guinea|intervention|favor'],
  },
  {
    label: 's04.2 Guinea junta: the colonel will “take orders from nobody”',
    text: 'Colonel Sékou Diabaté, who seized power in March, told a rally in Conakry that Guinea had “chosen its friends freely” and would “take orders from nobody, not from Paris, not from Abuja, not from anybody.”',
    entities: [P('Sékou Diabaté'), G('Conakry'), G('Guinea'), G('Paris'), G('Abuja')],
    quotes: [
      said('Guinea had “chosen its friends freely” and would “take orders from nobody, not from Paris, not from Abuja, not from anybody.”', 'Sékou Diabaté'),
      quote('chosen its friends freely', 'Sékou Diabaté'),
      quote('take orders from nobody, not from Paris, not from Abuja, not from anybody.', 'Sékou Diabaté'),
    ],
    expected: ['Sékou Diabaté|sovereignty|favor'],
    also: ['Guinea|sovereignty|favor'],
  },
  {
    label: 's04.3 Guinea junta: a foreign ministry “deeply concerned” by foreign forces (ministry as group phrase)',
    text: 'France’s foreign ministry said it was “deeply concerned” by the arrival of foreign forces “whose presence serves those who took power by force, not the Guinean people.”',
    entities: [G('France')],
    quotes: [
      said('it was “deeply concerned” by the arrival of foreign forces “whose presence serves those who took power by force, not the Guinean people.”', 'the foreign ministry'),
      quote('deeply concerned', 'the foreign ministry'),
      quote('whose presence serves those who took power by force, not the Guinean people.', 'the foreign ministry'),
    ],
    expected: ['foreign ministry|intervention|against'],
    also: ['France|intervention|against'],
  },
  {
    label: 's04.4 Guinea junta: the ambassador justifies the instructors and retorts, “the ambassador added”',
    text: 'Gennady Rostovtsev, Moscow’s ambassador to Guinea, rejected the criticism, saying the instructors were there “at the invitation of a sovereign government.” “Those who kept soldiers in Africa for sixty years should be the last to lecture anybody,” the ambassador added.',
    entities: [P('Gennady Rostovtsev'), G('Moscow'), G('Guinea'), L('Africa')],
    quotes: [
      said('the instructors were there “at the invitation of a sovereign government.”', 'Gennady Rostovtsev'),
      quote('at the invitation of a sovereign government.', 'Gennady Rostovtsev'),
      quote('Those who kept soldiers in Africa for sixty years should be the last to lecture anybody,', 'Gennady Rostovtsev'),
    ],
    expected: ['Gennady Rostovtsev|intervention|favor'],
    also: ['Gennady Rostovtsev|sovereignty|favor', 'Moscow|intervention|favor'],
  },
  {
    label: 's04.5 Guinea junta: a market trader wants none of their soldiers',
    text: '“The Russians, the French, they all arrive with a smile and leave with the bauxite. We do not need any of their soldiers,” said Mariama Kouyaté, a 46-year-old cloth trader in Conakry.',
    entities: [P('Mariama Kouyaté'), G('Conakry')],
    quotes: [quote('The Russians, the French, they all arrive with a smile and leave with the bauxite. We do not need any of their soldiers,', 'Mariama Kouyaté')],
    expected: ['Mariama Kouyaté|intervention|against'],
  },
  {
    label: 's04.6 Guinea junta: bauxite and a sovereign wealth fund (trap: “sovereign” finance)',
    text: 'Guinea holds some of the world’s largest bauxite reserves, and the junta has promised to create a sovereign wealth fund to hold the revenue from new mining licences.',
    entities: [G('Guinea')],
    expected: [],
  },

  // ── Story 5: Botswana’s border fence (wire report) ──
  {
    label: 's05.1 Botswana fence: the government says it has every right to secure its frontier',
    text: 'Botswana began building a 120-kilometre steel fence along its border with Zimbabwe on Tuesday, saying it had every right to secure its own frontier against cattle rustlers and fuel smugglers.',
    entities: [G('Botswana'), G('Zimbabwe')],
    quotes: [said('it had every right to secure its own frontier against cattle rustlers and fuel smugglers.', 'Botswana')],
    expected: ['Botswana|sovereignty|favor'],
  },
  {
    gap: true,
    label: 's05.2 Botswana fence: the minister’s quote broken by its attribution (“Botswana alone decides”)',
    text: '“A fence is not a wall against our brothers,” Home Affairs Minister Tshepo Kgosietsile told parliament in Gaborone. “It is a line that says where Botswana begins, and Botswana alone decides what crosses it.”',
    entities: [P('Tshepo Kgosietsile'), G('Gaborone'), G('Botswana')],
    quotes: [
      quote('A fence is not a wall against our brothers,', 'Tshepo Kgosietsile'),
      quote('It is a line that says where Botswana begins, and Botswana alone decides what crosses it.', 'Tshepo Kgosietsile'),
    ],
    expected: ['Tshepo Kgosietsile|sovereignty|favor'],
  },
  {
    label: 's05.3 Botswana fence: Zimbabwe calls it unfriendly and summons the envoy (no stance on either target)',
    text: 'Zimbabwe’s government called the fence “an unfriendly act” and summoned Botswana’s high commissioner in Harare to explain it.',
    entities: [G('Zimbabwe'), G('Botswana'), G('Harare')],
    quotes: [quote('an unfriendly act', 'Zimbabwe')],
    expected: [],
  },
  {
    label: 's05.4 Botswana fence: a ruling-party lawmaker’s veiled threat about the bigger army',
    text: 'A Zimbabwean ruling-party lawmaker, Tinashe Murehwa, went further, telling a rally that if Gaborone “wants to play soldier on the border, it should remember who has the bigger army.”',
    entities: [P('Tinashe Murehwa'), G('Gaborone')],
    quotes: [
      said('if Gaborone “wants to play soldier on the border, it should remember who has the bigger army.”', 'Tinashe Murehwa'),
      quote('wants to play soldier on the border, it should remember who has the bigger army.', 'Tinashe Murehwa'),
    ],
    expected: ['Tinashe Murehwa|intervention|favor'],
    also: ['Tinashe Murehwa|sovereignty|against'],
  },
  {
    label: 's05.5 Botswana fence: the regional bloc is “following developments closely” (neutral)',
    text: 'The Southern African Development Community said it was “following developments closely” and urged both governments to settle the dispute through its security committee.',
    entities: [O('Southern African Development Community')],
    quotes: [
      said('it was “following developments closely”', 'Southern African Development Community'),
      quote('following developments closely', 'Southern African Development Community'),
    ],
    expected: [],
  },

  // ── Story 6: a Senegal–Spain maritime patrol deal (wire report) ──
  {
    label: 's06.1 Senegal patrol deal: both governments sign to let foreign patrol boats into territorial waters',
    gap: true,
    text: 'Senegal and Spain signed an agreement in Dakar on Friday allowing Spanish Guardia Civil patrol boats to operate inside Senegalese territorial waters for two years to intercept migrant boats.',
    entities: [G('Senegal'), G('Spain'), G('Dakar'), O('Guardia Civil')],
    expected: ['Senegal|intervention|favor', 'Spain|intervention|favor'],
  },
  {
    label: 's06.2 Senegal patrol deal: who makes the arrests (logistics, no stance)',
    text: 'Under the deal, each Spanish vessel will carry at least two Senegalese officers, and any arrests will be made by them rather than by the Spanish crews.',
    expected: [],
  },
  {
    label: 's06.3 Senegal patrol deal: the interior minister, “our waters remain our waters”',
    gap: true,
    text: '“Our waters remain our waters. A Spanish boat with a Senegalese officer on deck is a Senegalese operation,” Interior Minister Ndèye Fatou Sow said, dismissing claims that the government had handed over its coastline.',
    entities: [P('Ndèye Fatou Sow')],
    quotes: [quote('Our waters remain our waters. A Spanish boat with a Senegalese officer on deck is a Senegalese operation,', 'Ndèye Fatou Sow')],
    expected: ['Ndèye Fatou Sow|sovereignty|favor'],
    also: ['Ndèye Fatou Sow|intervention|favor'],
  },
  {
    label: 's06.4 Senegal patrol deal: the fishermen’s union vows to blockade the harbour',
    gap: true,
    text: 'The national fishermen’s union said the patrols would “treat every pirogue as a criminal” and vowed to blockade the harbour at Ndiolène when the first Spanish boat arrived.',
    entities: [G('Ndiolène')],
    quotes: [
      said('the patrols would “treat every pirogue as a criminal”', 'the national fishermen’s union'),
      quote('treat every pirogue as a criminal', 'the national fishermen’s union'),
    ],
    expected: ['the national fishermen’s union|intervention|against'],
  },
  {
    label: 's06.5 Senegal patrol deal: the Spanish minister says it saves lives, insists no ambition to police, concedes a delay',
    gap: true,
    text: 'In Madrid, Interior Minister Álvaro Recuenco said the patrols would save lives at sea and insisted that Spain “has no ambition to police anybody else’s coast.” He conceded that the first boats would not arrive before the summer.',
    entities: [P('Álvaro Recuenco'), G('Madrid'), G('Spain')],
    quotes: [
      said('the patrols would save lives at sea', 'Álvaro Recuenco'),
      said('Spain “has no ambition to police anybody else’s coast.”', 'Álvaro Recuenco'),
      quote('has no ambition to police anybody else’s coast.', 'Álvaro Recuenco'),
      said('the first boats would not arrive before the summer.', 'Álvaro Recuenco'),
    ],
    expected: ['Álvaro Recuenco|intervention|favor'],
    also: ['Álvaro Recuenco|sovereignty|favor', 'Spain|intervention|favor'],
  },
  {
    label: 's06.6 Senegal patrol deal: an opposition lawmaker asks how Senegal can call itself independent',
    gap: true,
    text: 'Khady Mbengue, a lawmaker from the opposition Front for a Free Coast, asked in parliament how Senegal could still call itself independent “when our navy needs a Spanish boat to go to work.”',
    entities: [P('Khady Mbengue'), O('Front for a Free Coast'), G('Senegal')],
    quotes: [
      said('how Senegal could still call itself independent “when our navy needs a Spanish boat to go to work.”', 'Khady Mbengue'),
      quote('when our navy needs a Spanish boat to go to work.', 'Khady Mbengue'),
    ],
    expected: ['Khady Mbengue|intervention|against', 'Khady Mbengue|sovereignty|favor'],
  },

  // ── Story 7: a Moldovan referendum on joining Romania (feature) ──
  {
    label: 's07.1 Moldova referendum: parliament votes to hold it (procedure, no stance)',
    text: 'Moldova’s parliament voted 54 to 41 on Wednesday to hold a referendum next spring on whether the country should unite with Romania, the first such vote since independence.',
    entities: [G('Moldova'), G('Romania')],
    expected: [],
  },
  {
    label: 's07.2 Moldova referendum: the unionist leader’s “coming home” (either way on sovereignty)',
    text: '“Unification is not the end of Moldova. It is Moldova coming home,” said Ion Vârlan, leader of the Reunification Party, which gathered the signatures that forced the vote.',
    entities: [P('Ion Vârlan'), O('Reunification Party'), G('Moldova')],
    quotes: [quote('Unification is not the end of Moldova. It is Moldova coming home,', 'Ion Vârlan')],
    expected: [],
    also: ['Ion Vârlan|sovereignty|against'],
  },
  {
    label: 's07.3 Moldova referendum: the president warns a country cannot vote itself back',
    gap: true,
    text: 'President Aurelia Cebotaru said she would vote no, warning that “a country that votes itself out of existence does not get a second referendum.” Moldova’s independence “was paid for by people who are still alive,” she added.',
    entities: [P('Aurelia Cebotaru'), G('Moldova')],
    quotes: [
      said('she would vote no', 'Aurelia Cebotaru'),
      said('“a country that votes itself out of existence does not get a second referendum.”', 'Aurelia Cebotaru'),
      quote('a country that votes itself out of existence does not get a second referendum.', 'Aurelia Cebotaru'),
      quote('was paid for by people who are still alive,', 'Aurelia Cebotaru'),
    ],
    expected: ['Aurelia Cebotaru|sovereignty|favor'],
  },
  {
    gap: true,
    label: 's07.4 Moldova referendum: a Russian spokeswoman’s veiled threat about troops “not left without protection”',
    text: 'Valentina Orlik, a spokeswoman for Russia’s foreign ministry, said Moscow would regard any union as “an annexation by referendum” and warned that Russian troops stationed in the east of Moldova “will not be left without protection.”',
    entities: [P('Valentina Orlik'), G('Russia'), G('Moscow'), G('Moldova')],
    quotes: [
      said('Moscow would regard any union as “an annexation by referendum”', 'Valentina Orlik'),
      quote('an annexation by referendum', 'Valentina Orlik'),
      said('Russian troops stationed in the east of Moldova “will not be left without protection.”', 'Valentina Orlik'),
      quote('will not be left without protection.', 'Valentina Orlik'),
    ],
    expected: ['Valentina Orlik|intervention|favor'],
    also: ['Valentina Orlik|sovereignty|favor', 'Russia|intervention|favor', 'Moscow|intervention|favor'],
  },
  {
    label: 's07.5 Moldova referendum: the Romanian prime minister says the decision belongs to Moldovans',
    text: 'Bucharest has been careful not to campaign. Romania’s prime minister, Radu Stelian Oprea, said the decision “belongs to the citizens of Moldova and to nobody else, including us.”',
    entities: [G('Bucharest'), G('Romania'), P('Radu Stelian Oprea'), G('Moldova')],
    quotes: [
      said('the decision “belongs to the citizens of Moldova and to nobody else, including us.”', 'Radu Stelian Oprea'),
      quote('belongs to the citizens of Moldova and to nobody else, including us.', 'Radu Stelian Oprea'),
    ],
    expected: ['Radu Stelian Oprea|sovereignty|favor'],
  },

  // ── Story 8: Italian airstrikes on smugglers off Libya (wire report) ──
  {
    label: 's08.1 Libya strikes: Italy strikes, parliament had authorised (narration inside a ministry’s report)',
    gap: true,
    text: 'Italy struck boats and fuel depots used by smuggling networks near the Libyan port of Zawarna overnight, the first such strikes since the Italian parliament authorised them last month, the defence ministry in Rome said.',
    entities: [G('Italy'), G('Zawarna'), G('Rome')],
    quotes: [said('Italy struck boats and fuel depots used by smuggling networks near the Libyan port of Zawarna overnight, the first such strikes since the Italian parliament authorised them last month', 'the defence ministry')],
    expected: ['Italy|intervention|favor', 'parliament|intervention|favor'],
    also: ['defence ministry|intervention|favor'],
  },
  {
    label: 's08.2 Libya strikes: the defence minister’s cemetery metaphor, “the minister added”',
    text: '“The smugglers have turned the sea into a cemetery. We are closing their shop,” Defence Minister Lorenzo Ferrante said in a televised address. The strikes would continue “for as long as the boats keep leaving,” the minister added.',
    entities: [P('Lorenzo Ferrante')],
    quotes: [
      quote('The smugglers have turned the sea into a cemetery. We are closing their shop,', 'Lorenzo Ferrante'),
      quote('for as long as the boats keep leaving,', 'Lorenzo Ferrante'),
    ],
    expected: ['Lorenzo Ferrante|intervention|favor'],
  },
  {
    label: 's08.3 Libya strikes: the government in Tripoli condemns and recalls its ambassador',
    gap: true,
    text: 'Libya’s government in Tripoli condemned the raids as “a flagrant violation of Libyan sovereignty” and recalled its ambassador from Rome.',
    entities: [G('Libya'), G('Tripoli'), G('Rome')],
    quotes: [quote('a flagrant violation of Libyan sovereignty', 'Libya')],
    expected: ['Libya|intervention|against', 'Libya|sovereignty|favor'],
    also: ['Tripoli|intervention|against', 'Tripoli|sovereignty|favor'],
  },
  {
    label: 's08.4 Libya strikes: officials acknowledge the government raised no objection (either way)',
    text: 'Privately, two Libyan officials acknowledged that the government had been told of the targets hours in advance and had raised no objection.',
    quotes: [said('the government had been told of the targets hours in advance and had raised no objection.', 'two Libyan officials')],
    expected: [],
    also: ['government|intervention|favor'],
  },
  {
    label: 's08.5 Libya strikes: the refugee agency has no casualty figures (neutral)',
    text: 'The United Nations refugee agency said it had no information on casualties and called on all parties to protect migrants held in detention centres in Zawarna.',
    entities: [O('United Nations'), G('Zawarna')],
    quotes: [said('it had no information on casualties', 'the United Nations refugee agency')],
    expected: [],
  },
  {
    label: 's08.6 Libya strikes: a rights lawyer argues and accuses (fragments)',
    gap: true,
    text: 'Giulia Marcon, a human rights lawyer in Rome, argued that the strikes would “not stop a single person from fleeing” and accused the government of “exporting its election campaign to the Libyan coast.”',
    entities: [P('Giulia Marcon'), G('Rome')],
    quotes: [
      said('the strikes would “not stop a single person from fleeing”', 'Giulia Marcon'),
      quote('not stop a single person from fleeing', 'Giulia Marcon'),
      quote('exporting its election campaign to the Libyan coast.', 'Giulia Marcon'),
    ],
    expected: ['Giulia Marcon|intervention|against'],
  },

  // ── Story 9: a foreign security contractor in the Central African Republic (feature) ──
  {
    label: 's09.1 CAR contractor: who the company is and who hired it (background, either way)',
    text: 'Kestrel Perimeter Group, a private security company registered in Cyprus, has guarded gold mines around the town of Ndokara in the Central African Republic since January under a contract with the government in Bangui.',
    entities: [O('Kestrel Perimeter Group'), G('Cyprus'), G('Ndokara'), G('Central African Republic'), G('Bangui')],
    expected: [],
    also: ['Central African Republic|intervention|favor', 'Bangui|intervention|favor'],
  },
  {
    label: 's09.2 CAR contractor: a priest says they protect nothing but themselves',
    gap: true,
    text: '“They came to protect the mines, and now they protect nothing but themselves,” said Fulbert Yakété, a Catholic priest in Ndokara. “The state has rented out a piece of the country.”',
    entities: [P('Fulbert Yakété'), G('Ndokara')],
    quotes: [
      quote('They came to protect the mines, and now they protect nothing but themselves,', 'Fulbert Yakété'),
      quote('The state has rented out a piece of the country.', 'Fulbert Yakété'),
    ],
    expected: ['Fulbert Yakété|intervention|against'],
    also: ['Fulbert Yakété|sovereignty|favor'],
  },
  {
    label: 's09.3 CAR contractor: the mining minister defends “a tool, not a master”',
    text: 'Mining Minister Hervé Ngakola defended the arrangement, saying the company was “a tool, not a master” and that the Central African Republic’s own army would take over the sites “as soon as it is ready.”',
    entities: [P('Hervé Ngakola'), G('Central African Republic')],
    quotes: [
      said('the company was “a tool, not a master” and that the Central African Republic’s own army would take over the sites “as soon as it is ready.”', 'Hervé Ngakola'),
      quote('a tool, not a master', 'Hervé Ngakola'),
      quote('as soon as it is ready.', 'Hervé Ngakola'),
    ],
    expected: ['Hervé Ngakola|intervention|favor'],
    also: ['Hervé Ngakola|sovereignty|favor'],
  },
  {
    label: 's09.4 CAR contractor: a UN panel’s finding and a “nutrition intervention” (trap: non-military intervention)',
    text: 'A United Nations panel of experts reported in June that Kestrel had been paid in mining concessions rather than cash. Separately, the World Food Programme said its emergency nutrition intervention around Ndokara had been suspended after two trucks were looted.',
    entities: [O('United Nations'), O('Kestrel'), O('World Food Programme'), G('Ndokara')],
    quotes: [
      said('Kestrel had been paid in mining concessions rather than cash.', 'a United Nations panel of experts'),
      said('its emergency nutrition intervention around Ndokara had been suspended after two trucks were looted.', 'World Food Programme'),
    ],
    expected: [],
  },
  {
    label: 's09.5 CAR contractor: no comment, and a brochure’s “sovereign governments” (trap)',
    text: 'Kestrel Perimeter Group did not respond to requests for comment. On its website, the company describes itself as “a trusted partner of sovereign governments seeking stability.”',
    entities: [O('Kestrel Perimeter Group')],
    quotes: [quote('a trusted partner of sovereign governments seeking stability.', 'Kestrel Perimeter Group')],
    expected: [],
  },

  // ── Story 10: an arms shipment to rebels in the DR Congo (wire report) ──
  {
    label: 's10.1 Congo arms: the government seizes a truck and demands Kigali stop arming rebels',
    gap: true,
    text: 'The Democratic Republic of Congo said on Saturday it had seized a truck carrying 40 crates of rifles and mortar rounds at the Mbutaro border post, and demanded that Kigali “stop arming the men who are killing our people.”',
    entities: [G('Democratic Republic of Congo'), L('Mbutaro'), G('Kigali')],
    quotes: [
      said('it had seized a truck carrying 40 crates of rifles and mortar rounds at the Mbutaro border post', 'Democratic Republic of Congo'),
      said('Kigali “stop arming the men who are killing our people.”', 'Democratic Republic of Congo'),
      quote('stop arming the men who are killing our people.', 'Democratic Republic of Congo'),
    ],
    expected: ['Democratic Republic of Congo|intervention|against'],
  },
  {
    label: 's10.2 Congo arms: the spokesman’s “declaration of war by other means”, “every centimetre”',
    gap: true,
    text: '“This is not a shipment, it is a declaration of war by other means,” government spokesman Patrice Ilunga Kayembe said in Kinshasa. He said the army would defend “every centimetre of Congolese soil.”',
    entities: [P('Patrice Ilunga Kayembe'), G('Kinshasa')],
    quotes: [
      quote('This is not a shipment, it is a declaration of war by other means,', 'Patrice Ilunga Kayembe'),
      said('the army would defend “every centimetre of Congolese soil.”', 'Patrice Ilunga Kayembe'),
      quote('every centimetre of Congolese soil.', 'Patrice Ilunga Kayembe'),
    ],
    expected: ['Patrice Ilunga Kayembe|intervention|against', 'Patrice Ilunga Kayembe|sovereignty|favor'],
    also: ['Kinshasa|intervention|against', 'Kinshasa|sovereignty|favor'],
  },
  {
    label: 's10.3 Congo arms: Rwanda’s denial (a denial is no stance)',
    text: 'Rwanda denied any involvement. “We have never armed anyone in Congo and we have no reason to start,” Foreign Minister Clarisse Uwimana told reporters in Kigali, adding that the seizure had been “staged for an international audience.”',
    entities: [G('Rwanda'), P('Clarisse Uwimana'), G('Congo'), G('Kigali')],
    quotes: [
      quote('We have never armed anyone in Congo and we have no reason to start,', 'Clarisse Uwimana'),
      said('the seizure had been “staged for an international audience.”', 'Clarisse Uwimana'),
      quote('staged for an international audience.', 'Clarisse Uwimana'),
    ],
    expected: [],
    also: ['Clarisse Uwimana|intervention|against', 'Rwanda|intervention|against'],
  },
  {
    label: 's10.4 Congo arms: the rebels say they buy from deserters (no stance)',
    text: 'The Umoja Defence Front, which controls much of the Baruti hills, said in a statement that it bought its weapons from deserters of the Congolese army and accused Kinshasa of inventing a foreign hand to avoid negotiations.',
    entities: [O('Umoja Defence Front'), L('Baruti hills'), G('Kinshasa')],
    quotes: [said('it bought its weapons from deserters of the Congolese army', 'Umoja Defence Front')],
    expected: [],
  },
  {
    label: 's10.5 Congo arms: Uganda proposes a regional border force',
    text: 'Uganda has proposed that a regional force be deployed to monitor the border, an idea that diplomats said had little chance of winning approval at the African Union this month.',
    entities: [G('Uganda'), O('African Union')],
    expected: ['Uganda|intervention|favor'],
  },
  {
    label: 's10.6 Congo arms: an analyst warns a border force would “add another army”',
    gap: true,
    text: 'Dieudonné Mayala, a regional analyst, said both capitals were “using the truck as a megaphone” and warned that a regional border force would only “add another army to a province that already has too many.”',
    entities: [P('Dieudonné Mayala')],
    quotes: [
      said('both capitals were “using the truck as a megaphone”', 'Dieudonné Mayala'),
      quote('using the truck as a megaphone', 'Dieudonné Mayala'),
      said('a regional border force would only “add another army to a province that already has too many.”', 'Dieudonné Mayala'),
      quote('add another army to a province that already has too many.', 'Dieudonné Mayala'),
    ],
    expected: ['Dieudonné Mayala|intervention|against'],
  },

  // ── Story 11: Kiribati leases an island airstrip (wire intro and interview) ──
  {
    label: 's11.1 Kiribati airstrip: the cabinet approves a civilian lease (trap: approval, but not of a force)',
    text: 'Kiribati’s cabinet on Monday approved a 25-year lease of the disused airstrip on Nakaroa atoll to a Chinese state-owned company, which has promised to rebuild the runway for civilian flights and fisheries surveillance.',
    entities: [G('Kiribati'), L('Nakaroa')],
    expected: [],
  },
  {
    label: 's11.2 Kiribati airstrip interview: “if anyone lands a fighter jet, the lease ends that day”',
    gap: true,
    text: 'Q. Washington says the runway on Nakaroa could one day take military aircraft. Is that what Kiribati has signed up for? TEATAO KAITU: No. The lease says civilian use only, and it was written in Tarawa, not in Beijing or Washington. If anyone lands a fighter jet on Nakaroa, the lease ends that day.',
    entities: [P('Teatao Kaitu', ['TEATAO KAITU']), G('Washington'), L('Nakaroa'), G('Kiribati'), G('Tarawa'), G('Beijing')],
    quotes: [
      quote('Washington says the runway on Nakaroa could one day take military aircraft. Is that what Kiribati has signed up for?', null),
      quote('No. The lease says civilian use only, and it was written in Tarawa, not in Beijing or Washington. If anyone lands a fighter jet on Nakaroa, the lease ends that day.', 'Teatao Kaitu'),
    ],
    expected: ['Teatao Kaitu|intervention|against', 'Teatao Kaitu|sovereignty|favor'],
  },
  {
    label: 's11.3 Kiribati airstrip interview: “we have rented a runway, not a country”',
    gap: true,
    text: 'Q. Critics in your own parliament say you have sold the atoll. TEATAO KAITU: We have rented a runway, not a country. Nakaroa stays under the flag of Kiribati, and no lease changes that.',
    entities: [P('Teatao Kaitu', ['TEATAO KAITU']), L('Nakaroa'), G('Kiribati')],
    quotes: [
      quote('Critics in your own parliament say you have sold the atoll.', null),
      quote('We have rented a runway, not a country. Nakaroa stays under the flag of Kiribati, and no lease changes that.', 'Teatao Kaitu'),
    ],
    expected: ['Teatao Kaitu|sovereignty|favor'],
    also: ['critics|sovereignty|favor'],
  },
  {
    label: 's11.4 Kiribati airstrip interview: “we do not host anybody’s soldiers”, chessboard metaphor',
    text: 'Q. Would Kiribati accept an American or Australian base instead? TEATAO KAITU: We are 33 islands with one voice. We do not host anybody’s soldiers, and we are not a square on somebody else’s chessboard.',
    entities: [P('Teatao Kaitu', ['TEATAO KAITU']), G('Kiribati')],
    quotes: [
      quote('Would Kiribati accept an American or Australian base instead?', null),
      quote('We are 33 islands with one voice. We do not host anybody’s soldiers, and we are not a square on somebody else’s chessboard.', 'Teatao Kaitu'),
    ],
    expected: ['Teatao Kaitu|intervention|against', 'Teatao Kaitu|sovereignty|favor'],
  },
  {
    label: 's11.5 Kiribati airstrip: an embassy “respects Kiribati’s sovereign right” but is concerned',
    text: 'The United States embassy in Suva, which also covers Kiribati, said in a statement that Washington “respects Kiribati’s sovereign right to make its own decisions” but was “concerned about the long-term implications of opaque agreements.”',
    entities: [O('United States embassy'), G('Suva'), G('Kiribati'), G('Washington')],
    quotes: [
      said('Washington “respects Kiribati’s sovereign right to make its own decisions” but was “concerned about the long-term implications of opaque agreements.”', 'United States embassy'),
      quote('respects Kiribati’s sovereign right to make its own decisions', 'United States embassy'),
      quote('concerned about the long-term implications of opaque agreements.', 'United States embassy'),
    ],
    expected: ['United States embassy|sovereignty|favor'],
    also: ['Washington|sovereignty|favor'],
  },
  {
    label: 's11.6 Kiribati airstrip: built by American forces in 1943 (history, no stance)',
    text: 'The Nakaroa airstrip was built by American forces in 1943 and has not seen a scheduled flight since 1998.',
    entities: [L('Nakaroa')],
    expected: [],
  },

  // ── Story 12: sanctions after a Venezuelan incursion into Guyana (wire report) ──
  {
    label: 's12.1 Guyana incursion: the United States and the EU impose sanctions (narration)',
    text: 'The United States and the European Union imposed sanctions on Tuesday on four Venezuelan generals and a state mining company after Venezuelan troops crossed into Guyana near the Arawai river last week.',
    entities: [G('United States'), O('European Union'), G('Guyana'), L('Arawai')],
    expected: ['United States|intervention|against', 'European Union|intervention|against'],
    also: ['United States|sovereignty|favor', 'European Union|sovereignty|favor'],
  },
  {
    label: 's12.2 Guyana incursion: the president calls it a test of whether borders mean anything',
    gap: true,
    text: 'Guyana’s president, Marcus Fredericks, called the incursion “a test of whether borders still mean anything in this hemisphere” and thanked Washington and Brussels for “standing with a small country that has done nothing but exist.”',
    entities: [G('Guyana'), P('Marcus Fredericks'), G('Washington'), G('Brussels')],
    quotes: [
      quote('a test of whether borders still mean anything in this hemisphere', 'Marcus Fredericks'),
      quote('standing with a small country that has done nothing but exist.', 'Marcus Fredericks'),
    ],
    expected: ['Marcus Fredericks|intervention|against', 'Marcus Fredericks|sovereignty|favor'],
    also: ['Guyana|intervention|against', 'Guyana|sovereignty|favor'],
  },
  {
    label: 's12.3 Guyana incursion: Caracas rejects the sanctions and insists no foreign capital decides (capital as holder)',
    text: 'Caracas rejected the sanctions as “economic aggression” and maintained that its soldiers had never left Venezuelan soil, insisting that “no foreign capital will decide where Venezuela ends.”',
    entities: [G('Caracas'), G('Venezuela')],
    quotes: [
      quote('economic aggression', 'Caracas'),
      said('its soldiers had never left Venezuelan soil', 'Caracas'),
      said('“no foreign capital will decide where Venezuela ends.”', 'Caracas'),
      quote('no foreign capital will decide where Venezuela ends.', 'Caracas'),
    ],
    expected: ['Caracas|sovereignty|favor'],
    also: ['Venezuela|sovereignty|favor', 'Caracas|sovereignty|against'],
  },
  {
    label: 's12.4 Guyana incursion: the defence minister says the territory will return “by law or by other means”',
    gap: true,
    text: 'Venezuela’s defence minister, General Rafael Urdaneta-Prieto, told a military parade that the territory west of the Arawai “will return to the motherland, by law or by other means.”',
    entities: [G('Venezuela'), P('Rafael Urdaneta-Prieto'), L('Arawai')],
    quotes: [
      said('the territory west of the Arawai “will return to the motherland, by law or by other means.”', 'Rafael Urdaneta-Prieto'),
      quote('will return to the motherland, by law or by other means.', 'Rafael Urdaneta-Prieto'),
    ],
    expected: ['Rafael Urdaneta-Prieto|intervention|favor'],
    also: ['Rafael Urdaneta-Prieto|sovereignty|against', 'Rafael Urdaneta-Prieto|sovereignty|favor'],
  },
  {
    label: 's12.5 Guyana incursion: Brazil moves troops to its own frontier “as a precaution” (trap, no stance)',
    text: 'Brazil, which borders both countries, said it had moved 600 soldiers to its own northern frontier “as a precaution” and urged Caracas and Georgetown to return to the International Court of Justice.',
    entities: [G('Brazil'), G('Caracas'), G('Georgetown'), O('International Court of Justice')],
    quotes: [
      said('it had moved 600 soldiers to its own northern frontier “as a precaution”', 'Brazil'),
      quote('as a precaution', 'Brazil'),
    ],
    expected: [],
  },
  {
    label: 's12.6 Guyana incursion: sovereign bonds dip (trap: “sovereign” finance)',
    text: 'Guyana’s dollar-denominated sovereign bonds dipped on the news before recovering, traders in London said.',
    entities: [G('Guyana'), G('London')],
    quotes: [said('Guyana’s dollar-denominated sovereign bonds dipped on the news before recovering', 'traders')],
    expected: [],
  },

  // ── Story 13: Ecuador’s parliament votes on US troops (wire report) ──
  {
    label: 's13.1 Ecuador vote: the National Assembly votes to allow US personnel',
    text: 'Ecuador’s National Assembly voted 79 to 52 on Thursday to allow up to 400 US military personnel to operate from the port city of Puerto Salinde for two years as part of a campaign against drug gangs.',
    entities: [G('Ecuador'), O('National Assembly'), G('US'), G('Puerto Salinde')],
    expected: ['National Assembly|intervention|favor'],
  },
  {
    label: 's13.2 Ecuador vote: the president hails it, “not giving up its sovereignty”',
    gap: true,
    text: 'President Julián Armendáriz, who proposed the arrangement, hailed the vote, saying Ecuador “is not giving up its sovereignty, it is getting its streets back.”',
    entities: [P('Julián Armendáriz'), G('Ecuador')],
    quotes: [
      said('Ecuador “is not giving up its sovereignty, it is getting its streets back.”', 'Julián Armendáriz'),
      quote('is not giving up its sovereignty, it is getting its streets back.', 'Julián Armendáriz'),
    ],
    expected: ['Julián Armendáriz|intervention|favor'],
    also: ['Julián Armendáriz|sovereignty|favor'],
  },
  {
    label: 's13.3 Ecuador vote: a walkout and a deputy’s sarcasm about the last welcome',
    gap: true,
    text: 'Lawmakers from the leftist Citizen Dignity bloc walked out before the vote. “The last time foreign soldiers were this welcome here, they left us a runway, a debt and a list of the disappeared,” said Renata Pazmiño, one of the bloc’s deputies.',
    entities: [O('Citizen Dignity'), P('Renata Pazmiño')],
    quotes: [quote('The last time foreign soldiers were this welcome here, they left us a runway, a debt and a list of the disappeared,', 'Renata Pazmiño')],
    expected: ['Renata Pazmiño|intervention|against'],
    also: ['Citizen Dignity|intervention|against', 'lawmakers|intervention|against'],
  },
  {
    label: 's13.4 Ecuador vote: the court will rule; the government calls it “temporary cooperation” (either way)',
    text: 'The Constitutional Court is expected to rule within 45 days on whether the deal amounts to a foreign base, which the constitution prohibits, or to “temporary cooperation,” as the government argues.',
    entities: [O('Constitutional Court')],
    quotes: [quote('temporary cooperation,', 'the government')],
    expected: [],
    also: ['government|intervention|favor'],
  },
  {
    label: 's13.5 Ecuador vote: the US ambassador’s condition, “only at the invitation and under the authority”',
    gap: true,
    text: 'The US ambassador in Quito, Deborah Lindqvist, said American personnel would “act only at the invitation and under the authority of the Ecuadorian government.”',
    entities: [G('US'), G('Quito'), P('Deborah Lindqvist')],
    quotes: [
      said('American personnel would “act only at the invitation and under the authority of the Ecuadorian government.”', 'Deborah Lindqvist'),
      quote('act only at the invitation and under the authority of the Ecuadorian government.', 'Deborah Lindqvist'),
    ],
    expected: ['Deborah Lindqvist|sovereignty|favor'],
    also: ['Deborah Lindqvist|intervention|favor'],
  },

  // ── Story 14: protests over a Russian-run training camp in Serbia (wire report) ──
  {
    label: 's14.1 Serbia camp: thousands of protesters march against it',
    text: 'Several thousand protesters marched through the town of Dolnja Vrbica in southern Serbia on Saturday against a planned training camp where Russian instructors would train Serbian police special units.',
    entities: [G('Dolnja Vrbica'), G('Serbia')],
    expected: ['protesters|intervention|against'],
  },
  {
    label: 's14.2 Serbia camp: an organiser’s “permission to walk through their own forest”',
    text: '“Our children should not need a foreign instructor’s permission to walk through their own forest,” said Jelena Stojković, a schoolteacher who helped organise the march in Dolnja Vrbica.',
    entities: [P('Jelena Stojković'), G('Dolnja Vrbica')],
    quotes: [quote('Our children should not need a foreign instructor’s permission to walk through their own forest,', 'Jelena Stojković')],
    expected: ['Jelena Stojković|intervention|against'],
    also: ['Jelena Stojković|sovereignty|favor'],
  },
  {
    label: 's14.3 Serbia camp: the interior minister insists “Serbian land, Serbian police, Serbian rules”',
    gap: true,
    text: 'Interior Minister Dragan Milosavić insisted that the camp would be “Serbian land, Serbian police, Serbian rules,” with the Russians there “as teachers, not as guests who stay.”',
    entities: [P('Dragan Milosavić')],
    quotes: [
      said('the camp would be “Serbian land, Serbian police, Serbian rules,” with the Russians there “as teachers, not as guests who stay.”', 'Dragan Milosavić'),
      quote('Serbian land, Serbian police, Serbian rules,', 'Dragan Milosavić'),
      quote('as teachers, not as guests who stay.', 'Dragan Milosavić'),
    ],
    expected: ['Dragan Milosavić|intervention|favor', 'Dragan Milosavić|sovereignty|favor'],
  },
  {
    label: 's14.4 Serbia camp: the EU delegation has “taken note” (neutral)',
    text: 'The European Union’s delegation in Belgrade said it had “taken note” of the project and reminded Serbia, a candidate for membership, of its commitment to align with the bloc’s foreign policy.',
    entities: [O('European Union'), G('Belgrade'), G('Serbia')],
    quotes: [
      said('it had “taken note” of the project', 'the delegation'),
      quote('taken note', 'the delegation'),
    ],
    expected: [],
  },
  {
    label: 's14.5 Serbia camp: the town council suspends the building permit',
    gap: true,
    text: 'On Monday the town council of Dolnja Vrbica suspended the building permit for the camp, citing “unresolved questions of public order.”',
    entities: [G('Dolnja Vrbica')],
    quotes: [quote('unresolved questions of public order.', 'the town council')],
    expected: ['town council|intervention|against'],
  },
  {
    label: 's14.6 Serbia camp: the opposition leader’s “through the back door”',
    gap: true,
    text: 'Opposition leader Nikola Ravanić said the government had “invited a foreign army in through the back door” and promised to put the camp to a local referendum.',
    entities: [P('Nikola Ravanić')],
    quotes: [
      said('the government had “invited a foreign army in through the back door”', 'Nikola Ravanić'),
      quote('invited a foreign army in through the back door', 'Nikola Ravanić'),
    ],
    expected: ['Nikola Ravanić|intervention|against'],
  },

  // ── Story 15: a mediator’s ceasefire plan with monitors in Cameroon (wire report) ──
  {
    label: 's15.1 Cameroon ceasefire: the envoy presents a plan with a protection force',
    gap: true,
    text: 'The African Union’s envoy for Cameroon, Halima Mwakasege, presented a ceasefire plan on Wednesday that would place 250 unarmed monitors in the Bakoro highlands, backed by a protection force of 1,200 troops from Ghana and Zambia.',
    entities: [O('African Union'), G('Cameroon'), P('Halima Mwakasege'), L('Bakoro highlands'), G('Ghana'), G('Zambia')],
    expected: ['Halima Mwakasege|intervention|favor'],
  },
  {
    label: 's15.2 Cameroon ceasefire: “witnesses, not peacekeepers”, “she added”',
    gap: true,
    text: '“Monitors without protection are witnesses, not peacekeepers,” the envoy, Halima Mwakasege, told reporters in Addis Ababa. “We want witnesses who stay alive long enough to be believed,” she added.',
    entities: [P('Halima Mwakasege'), G('Addis Ababa')],
    quotes: [
      quote('Monitors without protection are witnesses, not peacekeepers,', 'Halima Mwakasege'),
      quote('We want witnesses who stay alive long enough to be believed,', 'Halima Mwakasege'),
    ],
    expected: ['Halima Mwakasege|intervention|favor'],
  },
  {
    label: 's15.3 Cameroon ceasefire: the government accepts monitors but rejects the force',
    text: 'Cameroon’s government accepted the monitors but rejected the protection force, saying in a statement that “the security of Cameroonian territory is and will remain the business of the Cameroonian army alone.”',
    entities: [G('Cameroon')],
    quotes: [
      said('“the security of Cameroonian territory is and will remain the business of the Cameroonian army alone.”', 'Cameroon'),
      quote('the security of Cameroonian territory is and will remain the business of the Cameroonian army alone.', 'Cameroon'),
    ],
    expected: ['Cameroon|intervention|against', 'Cameroon|sovereignty|favor'],
  },
  {
    label: 's15.4 Cameroon ceasefire: the separatists’ spokesman says foreign troops are the only guarantee',
    text: 'Separatist leaders, speaking from exile, welcomed the plan. Their spokesman, Emmanuel Tabe Ayuk, said foreign troops were “the only guarantee that a ceasefire does not become an ambush.”',
    entities: [P('Emmanuel Tabe Ayuk')],
    quotes: [
      said('foreign troops were “the only guarantee that a ceasefire does not become an ambush.”', 'Emmanuel Tabe Ayuk'),
      quote('the only guarantee that a ceasefire does not become an ambush.', 'Emmanuel Tabe Ayuk'),
    ],
    expected: ['Emmanuel Tabe Ayuk|intervention|favor'],
    also: ['separatist leaders|intervention|favor'],
  },
  {
    label: 's15.5 Cameroon ceasefire: diplomats on who has not committed troops (neutral)',
    text: 'Diplomats in Addis Ababa said the plan’s fate now depended on Yaoundé, and that neither Ghana nor Zambia had formally committed troops.',
    entities: [G('Addis Ababa'), G('Yaoundé'), G('Ghana'), G('Zambia')],
    quotes: [said('the plan’s fate now depended on Yaoundé, and that neither Ghana nor Zambia had formally committed troops.', 'diplomats')],
    expected: [],
  },

  // ── Story 16: a president’s comments about buying territory (opinion column, @author) ──
  {
    label: 's16.1 Bolivia coast column: the president would “happily pay a fair price” (either way)',
    text: 'When Bolivia’s president, Evaristo Quispe Mamani, told a business forum in La Paz last week that his country would “happily pay a fair price” for a strip of Peruvian coast near the fishing town of Punta Caramba, the room laughed. In Lima, nobody did.',
    entities: [G('Bolivia'), P('Evaristo Quispe Mamani'), G('La Paz'), G('Punta Caramba'), G('Lima')],
    quotes: [
      said('his country would “happily pay a fair price” for a strip of Peruvian coast near the fishing town of Punta Caramba', 'Evaristo Quispe Mamani'),
      quote('happily pay a fair price', 'Evaristo Quispe Mamani'),
    ],
    expected: [],
    also: ['Evaristo Quispe Mamani|sovereignty|against'],
  },
  {
    label: 's16.2 Bolivia coast column: Peru’s foreign minister, “not on the market”',
    text: 'Peru’s foreign minister, Cecilia Arrambide, replied within hours that “Peruvian territory is not on the market, not for dollars, not for gas and not for friendship.”',
    entities: [G('Peru'), P('Cecilia Arrambide')],
    quotes: [
      said('“Peruvian territory is not on the market, not for dollars, not for gas and not for friendship.”', 'Cecilia Arrambide'),
      quote('Peruvian territory is not on the market, not for dollars, not for gas and not for friendship.', 'Cecilia Arrambide'),
    ],
    expected: ['Cecilia Arrambide|sovereignty|favor'],
  },
  {
    label: 's16.3 Bolivia coast column: “thinking aloud” and “other ways to make its case” (either way)',
    text: 'Aides to Evaristo Quispe Mamani later said the president had been “thinking aloud.” He has not withdrawn the remark, and on Sunday he said Bolivia had “other ways to make its case” if Lima refused to talk.',
    entities: [P('Evaristo Quispe Mamani'), G('Bolivia'), G('Lima')],
    quotes: [
      said('the president had been “thinking aloud.”', 'aides'),
      quote('thinking aloud.', 'aides'),
      said('Bolivia had “other ways to make its case” if Lima refused to talk.', 'Evaristo Quispe Mamani'),
      quote('other ways to make its case', 'Evaristo Quispe Mamani'),
    ],
    expected: [],
    also: ['Evaristo Quispe Mamani|intervention|favor'],
  },
  {
    label: 's16.4 Bolivia coast column (author): borders are not negotiable',
    gap: true,
    text: 'It is tempting to treat all this as bluster. It should not be. A president who talks of buying a neighbour’s coast, and then of “other ways,” is telling Peru that its borders are negotiable, and every Peruvian government has been right to insist that they are not.',
    entities: [G('Peru')],
    quotes: [quote('other ways,', 'a president')],
    expected: ['@author|sovereignty|favor'],
    also: ['@author|intervention|against', 'Peruvian government|sovereignty|favor'],
  },
  {
    label: 's16.5 Bolivia coast column (author): territory bought under pressure is territory taken',
    gap: true,
    text: 'Bolivia’s longing for the sea is real and deserves sympathy. But territory bought from a government that does not want to sell is territory taken, and a border moved by pressure is a border moved by force.',
    entities: [G('Bolivia')],
    expected: ['@author|intervention|against'],
    also: ['@author|sovereignty|favor'],
  },
  {
    label: 's16.6 Bolivia coast column (author): a trade corridor nobody built (no stance)',
    text: 'La Paz has a better path, and it runs through Peru’s ports rather than around them: the trade corridor both governments agreed on in principle six years ago and neither has bothered to build.',
    entities: [G('La Paz'), G('Peru')],
    expected: [],
  },

  // ── Story 17: a column calling for a stronger force in Haiti (@author) ──
  {
    label: 's17.1 Haiti column (author): the world debates, the gangs take more (either way)',
    text: 'For two years the world has debated whether to send a stronger force to Haiti, while the gangs have debated nothing and simply taken more of Port-au-Prince.',
    entities: [G('Haiti'), G('Port-au-Prince')],
    expected: [],
    also: ['@author|intervention|favor'],
  },
  {
    label: 's17.2 Haiti column: the transitional council asked, its chair told the General Assembly',
    gap: true,
    text: 'Haiti’s transitional council has asked, in writing and more than once, for 5,000 foreign police and soldiers. Its chair, Magalie Desrosiers, told the United Nations General Assembly in September that “every month of delay is paid for in Haitian lives.”',
    entities: [G('Haiti'), P('Magalie Desrosiers'), O('United Nations General Assembly')],
    quotes: [
      said('“every month of delay is paid for in Haitian lives.”', 'Magalie Desrosiers'),
      quote('every month of delay is paid for in Haitian lives.', 'Magalie Desrosiers'),
    ],
    expected: ['Haiti|intervention|favor', 'Magalie Desrosiers|intervention|favor'],
    also: ['transitional council|intervention|favor'],
  },
  {
    label: 's17.3 Haiti column (author): “a strange sovereignty that exists only on paper”',
    gap: true,
    text: 'The objection most often heard is that a foreign force would trample Haitian sovereignty. It is a strange sovereignty that exists only on paper while armed men decide who may drive to the airport.',
    expected: ['@author|sovereignty|against'],
    also: ['@author|intervention|favor'],
  },
  {
    label: 's17.4 Haiti column (author): refusing in sovereignty’s name is “a refusal dressed up as respect”',
    gap: true,
    text: 'Sovereignty belongs to Haitians, and Haitians, through the only government they have, have asked for help. To refuse them in sovereignty’s name is a refusal dressed up as respect.',
    expected: ['@author|intervention|favor'],
    also: ['@author|sovereignty|favor', '@author|sovereignty|against'],
  },
  {
    label: 's17.5 Haiti column (author): the small contingent’s promise and limits (no stance)',
    text: 'The small police contingent that arrived last year, with fewer than half the officers it was promised, has shown both the promise and the limits of a mission run on pledges.',
    expected: [],
  },
  {
    label: 's17.6 Haiti column (author): the Security Council should ask “how fast”',
    gap: true,
    text: 'The Security Council should stop asking whether to send a real force to Haiti and start asking how fast. Haitians have waited long enough for the rest of us to finish talking.',
    entities: [O('Security Council'), G('Haiti')],
    expected: ['@author|intervention|favor'],
  },

  // ── Story 18: a column against a foreign naval base in Mauritania (@author) ──
  {
    label: 's18.1 Mauritania base column: the Emirates have asked to build a naval base',
    text: 'Mauritania’s government confirmed this month that it is studying a request from the United Arab Emirates to build and operate a naval base at Nouakeb, on the Atlantic coast north of Nouakchott.',
    entities: [G('Mauritania'), G('United Arab Emirates'), G('Nouakeb'), G('Nouakchott')],
    quotes: [said('it is studying a request from the United Arab Emirates to build and operate a naval base at Nouakeb, on the Atlantic coast north of Nouakchott.', 'Mauritania')],
    expected: ['United Arab Emirates|intervention|favor'],
  },
  {
    label: 's18.2 Mauritania base column: ministers praise the base; the author’s sarcasm (either way)',
    gap: true,
    text: 'Ministers say the base would bring a new port, jobs and a share of the fees. They said much the same about the fishing agreements that emptied our waters.',
    quotes: [said('the base would bring a new port, jobs and a share of the fees.', 'ministers')],
    expected: ['ministers|intervention|favor'],
    also: ['@author|intervention|against'],
  },
  {
    label: 's18.3 Mauritania base column (author): no navy rents a harbour to leave it as it found it',
    gap: true,
    text: 'A foreign navy does not rent a harbour for twenty-five years in order to leave it as it found it. Every base on this continent arrived with a promise of partnership and stayed as a fact that no government could remove.',
    expected: ['@author|intervention|against'],
  },
  {
    label: 's18.4 Mauritania base column (author): hosting warships hands part of foreign policy to a stranger',
    gap: true,
    text: 'Nor should anyone pretend that the choice will still be Mauritania’s alone once the concrete is poured. A country that hosts another’s warships has handed part of its foreign policy to a stranger’s admirals.',
    entities: [G('Mauritania')],
    expected: ['@author|intervention|against', '@author|sovereignty|favor'],
  },
  {
    label: 's18.5 Mauritania base column: no debate, no comment, a “Sovereign” company name (trap)',
    text: 'Parliament in Nouakchott has not yet debated the request. The Emirati embassy and the Sovereign Ports Company of Abu Dhabi, which would build the pier, declined to comment for this article.',
    entities: [G('Nouakchott'), O('Sovereign Ports Company'), G('Abu Dhabi')],
    expected: [],
  },
  {
    label: 's18.6 Mauritania base column (author): “Parliament should say no”',
    gap: true,
    text: 'Mauritania can be a friend to the Emirates without becoming its anchorage. Parliament should say no.',
    entities: [G('Mauritania'), G('Emirates')],
    expected: ['@author|intervention|against'],
  },
];

/**
 * The table's rate: first blind run (2026-12-07, commit 0fc5ac1): P 0.808 (21/26), R 0.241 (21/87). The floor is
 * each minus 0.03, rounded down. The rows that failed on that run are marked `gap`.
 */
const FLOOR13 = { precision: 0.88, recall: 0.34 };

describeBlindTable('stances: blind table 13', 'blind13', rows, FLOOR13);
