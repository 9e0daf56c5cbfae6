import { G, O, P } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * A seventh blind table: invented passages written like wire copy about real countries and
 * international bodies, with invented people and invented events, annotated from GUIDELINES §5 alone,
 * written before reading the cue lexicons, the stance stage or the other stance tables' rows, as an
 * estimate of how the stage does on news it was not built on. Rows the stage gets wrong carry
 * `gap: true` and run as `it.fails`, so a row that starts to pass turns red until it is unmarked. The
 * last test measures the whole table (precision / recall of its stances) and holds it at or above the
 * rate recorded here.
 *
 * Reported speech ("X said that …", "according to X", "…, saying …") comes with the indirect quote the
 * quotes stage gives it, as in the pipeline; direct quotes and posts come as hand-made quotes with
 * their speaker.
 *
 * Actors are compared as the scorer does: an entity name exactly (after normalising), a group
 * phrase by its last word without a plural `s`. `also` lists stances an annotator could give
 * either way: predicting them is neither a hit nor a false positive.
 *
 * Annotation choices where §5 leaves room: the actor is who the text makes hold the view (the named
 * spokesperson, minister or lawmaker; a ministry, embassy or capital when it is the grammatical
 * holder); the government or body a person speaks for is at most `also`. Whoever makes a named offer
 * or proposal of troops holds `favor`. Foreign police and security missions, reassurance forces,
 * air-policing missions, buffer zones cut into another country and a threat not ruled out ("left the
 * door open", "nothing is off the table") count as intervention; a base expansion agreed with the host
 * is at most `also`. Rejecting troops "on our soil" implies sovereignty only as `also`, unless
 * sovereignty, territorial integrity or the right to decide is named. Dismissing one state's
 * sovereignty on behalf of another's claim is `against` (the claim asserted is at most `also`).
 * Carrying out strikes, reported as an event, is no stance; hedged answers ("we would have to see",
 * "speak for themselves") are at most `also`; names, history, sports and logistics carry none.
 */

// invented people
const whitcomb = P('Dale Whitcomb', ['Whitcomb'], ['Senator']);
const ellender = P('Marcy Ellender', ['Ellender'], ['Defense Secretary']);
const pruitt = P('Wade Pruitt', ['Pruitt'], ['Congressman']);
const alleyne = P('Desmond Alleyne', ['Alleyne']);
const hrytsenko = P('Oksana Hrytsenko', ['Hrytsenko']);
const colmenares = P('Darwin Colmenares', ['Colmenares']);
const ramanathan = P('Priya Ramanathan', ['Ramanathan']);
const marsh = P('Colin Marsh', ['Marsh']);
const voronin = P('Arkady Voronin', ['Voronin']);
const isse = P('Abdirahman Farah Isse', ['Isse']);
const benShimon = P('Yoav Ben-Shimon', ['Ben-Shimon']);
const vollmer = P('Henrik Vollmer', ['Vollmer']);
const arredondo = P('Lucía Arredondo', ['Arredondo']);
const quiros = P('Elena Quirós', ['Quirós']);
const ashby = P('Gordon Ashby', ['Ashby']);
const ostermann = P('Pipaluk Ostermann', ['Ostermann']);
const chacin = P('Marleny Chacín', ['Chacín']);
const ferrante = P('Marco Ferrante', ['Ferrante']);
const ugalde = P('Tomás Ugalde', ['Ugalde']);
const maiga = P('Hamidou Maïga', ['Maïga']);
const okafor = P('Chinedu Okafor', ['Okafor']);
const solano = P('Beatriz Solano', ['Solano']);
const robles = P('Ximena Robles', ['Robles'], ['President']);
const dunlevy = P('Craig Dunlevy', ['Dunlevy'], ['Homeland Security Secretary']);
const kjeldsen = P('Anders Kjeldsen', ['Kjeldsen']);
const melnychuk = P('Taras Melnychuk', ['Melnychuk']);
const haddad = P('Rami Haddad', ['Haddad']);
const ouedraogo = P('Aminata Ouédraogo', ['Ouédraogo']);
const vesterberg = P('Katrin Vesterberg', ['Vesterberg']);
const lavrin = P('Yegor Lavrin', ['Lavrin']);
const boone = P('Clayton Boone', ['Boone']);
const liu = P('Liu Shenghua', ['Liu']);
const amsalem = P('Yifat Amsalem', ['Amsalem']);
const lafontant = P('Jean-Robert Lafontant', ['Lafontant']);
const marlow = P('Kelsey Marlow', ['Marlow']);
const batista = P('Rogelio Batista', ['Batista']);
const okonkwo = P('Ngozi Okonkwo', ['Okonkwo']);
const sandoval = P('Rafael Sandoval', ['Sandoval']);
const halvorsen = P('Sigrid Halvorsen', ['Halvorsen']);
const diallo = P('Oumar Diallo', ['Diallo']);

// real places and bodies
const us = G('United States', ['US']);
const mexico = G('Mexico');
const mexicoCity = G('Mexico City');
const washington = G('Washington');
const greenland = G('Greenland');
const denmark = G('Denmark');
const nuuk = G('Nuuk');
const copenhagen = G('Copenhagen');
const panama = G('Panama');
const venezuela = G('Venezuela');
const caracas = G('Caracas');
const ukraine = G('Ukraine');
const russia = G('Russia');
const israel = G('Israel');
const lebanon = G('Lebanon');
const iran = G('Iran');
const tehran = G('Tehran');
const beijing = G('Beijing');
const taiwan = G('Taiwan');
const haiti = G('Haiti');
const portAuPrince = G('Port-au-Prince');
const somalia = G('Somalia');
const mogadishu = G('Mogadishu');
const mali = G('Mali');
const niger = G('Niger');
const nato = O('NATO');
const un = O('United Nations', ['UN']);
const au = O('African Union');
const eu = O('European Union', ['EU']);

const rows: readonly BlindRow[] = [
  // intervention: favor
  {
    label: 'favor: senator with titles and appositive, that-clause with a condition',
    text: "Senator Dale Whitcomb, a Texas Republican who sits on the Armed Services Committee, told Fox News on Sunday that the United States should be prepared to send special forces into Mexico to dismantle fentanyl labs if Mexico City does not act.",
    entities: [whitcomb, us, mexico, mexicoCity, G('Texas'), O('Armed Services Committee'), O('Fox News')],
    quotes: [said('the United States should be prepared to send special forces into Mexico to dismantle fentanyl labs if Mexico City does not act', 'Dale Whitcomb')],
    expected: ['Dale Whitcomb|intervention|favor'],
  },
  {
    label: 'favor: urged drone strikes, according to officials',
    text: "Defense Secretary Marcy Ellender has urged the White House to authorize drone strikes on cartel compounds in northern Mexico, according to three officials familiar with the discussions.",
    entities: [ellender, O('White House'), mexico],
    quotes: [said('Defense Secretary Marcy Ellender has urged the White House to authorize drone strikes on cartel compounds in northern Mexico', 'officials')],
    expected: ['Marcy Ellender|intervention|favor'],
  },
  {
    gap: true,
    label: 'favor: called for a Marine unit in Greenland, saying …',
    text: "Congressman Wade Pruitt of Ohio called on Thursday for the Pentagon to station a Marine expeditionary unit in Greenland, saying Denmark had “neglected the island for decades.”",
    entities: [pruitt, G('Ohio'), O('Pentagon'), greenland, denmark],
    quotes: [quote('neglected the island for decades.', 'Wade Pruitt')],
    expected: ['Wade Pruitt|intervention|favor'],
    also: ['Wade Pruitt|sovereignty|against'],
  },
  {
    gap: true,
    label: 'favor: police mission endorsed in the passive, chairman says long overdue',
    text: "A proposal to deploy a Kenyan-led police force to Haiti's capital was endorsed on Monday by the Caribbean Community, whose chairman, Desmond Alleyne, said the mission was “long overdue.”",
    entities: [O('Caribbean Community'), alleyne, haiti],
    quotes: [quote('long overdue.', 'Desmond Alleyne')],
    expected: ['Caribbean Community|intervention|favor', 'Desmond Alleyne|intervention|favor'],
  },
  {
    label: 'favor: lobbying for a reassurance force, pronoun speaker',
    text: "Oksana Hrytsenko, Ukraine's deputy foreign minister, spent the week in Brussels lobbying for a European reassurance force. She told reporters that troops from France and Britain should be stationed west of the Dnipro once a ceasefire holds.",
    entities: [hrytsenko, ukraine, G('Brussels'), G('France'), G('Britain'), G('Dnipro')],
    quotes: [said('troops from France and Britain should be stationed west of the Dnipro once a ceasefire holds', 'Oksana Hrytsenko')],
    expected: ['Oksana Hrytsenko|intervention|favor'],
  },
  {
    label: 'favor: ministry statement justifies strikes as self-defense',
    text: "The Israeli Defense Ministry said in a statement on Wednesday that strikes on Hezbollah positions in southern Lebanon would continue until residents of the north could return home, describing the raids as self-defense.",
    entities: [O('Israeli Defense Ministry'), O('Hezbollah'), lebanon],
    quotes: [said('strikes on Hezbollah positions in southern Lebanon would continue until residents of the north could return home', 'Israeli Defense Ministry')],
    expected: ['Israeli Defense Ministry|intervention|favor'],
  },
  {
    label: 'favor and against: Washington signs off, Panama president refuses',
    text: "Washington signed off on the deployment of 300 additional troops to the Panama Canal zone on Friday, two days after Panama's president, Rogelio Batista, said his government would “not accept foreign soldiers on the canal.”",
    entities: [washington, batista, panama, { name: 'Panama Canal', type: 'LOC' }],
    quotes: [quote('not accept foreign soldiers on the canal.', 'Rogelio Batista')],
    expected: ['Rogelio Batista|intervention|against', 'Washington|intervention|favor'],
    also: ['Rogelio Batista|sovereignty|favor', 'Panama|intervention|against'],
  },
  {
    gap: true,
    label: 'favor and sovereignty against: exiled opposition figure urges strikes',
    text: "Exiled Venezuelan opposition figure Darwin Colmenares urged Washington on Tuesday to “finish the job” with strikes on military airfields around Caracas, arguing that the government had forfeited any claim to sovereignty.",
    entities: [colmenares, washington, caracas],
    quotes: [quote('finish the job', 'Darwin Colmenares'), said('the government had forfeited any claim to sovereignty', 'Darwin Colmenares')],
    expected: ['Darwin Colmenares|intervention|favor', 'Darwin Colmenares|sovereignty|against'],
  },
  {
    label: 'favor: protesters chant for foreign troops',
    text: "Hundreds of protesters rallied outside the UN compound in Port-au-Prince on Saturday, chanting for foreign troops to “come now” as gangs tightened their grip on the capital.",
    entities: [un, portAuPrince],
    quotes: [quote('come now', 'protesters')],
    expected: ['protesters|intervention|favor'],
  },
  {
    label: 'favor: analyst argues only a multinational force can restore order',
    text: "Priya Ramanathan, a senior fellow at the Atlantic Council, argued in a briefing on Thursday that only a multinational force with a Chapter VII mandate could restore order in southern Somalia.",
    entities: [ramanathan, O('Atlantic Council'), somalia],
    quotes: [said('only a multinational force with a Chapter VII mandate could restore order in southern Somalia', 'Priya Ramanathan')],
    expected: ['Priya Ramanathan|intervention|favor'],
  },
  {
    gap: true,
    label: 'favor: @author in an analysis piece',
    text: "ANALYSIS — Europe's hesitation has left Ukraine exposed. A European force on Ukrainian soil would not be a provocation; it is the cheapest insurance the continent can buy.",
    entities: [ukraine],
    expected: ['@author|intervention|favor'],
  },
  {
    gap: true,
    label: 'favor: left the door open to force over Greenland',
    text: "Asked whether the United States could use force to acquire Greenland, the president's national security adviser, Colin Marsh, left the door open, saying “nothing is off the table.”",
    entities: [us, greenland, marsh],
    quotes: [quote('nothing is off the table.', 'Colin Marsh')],
    expected: ['Colin Marsh|intervention|favor'],
    also: ['Colin Marsh|sovereignty|against'],
  },
  {
    gap: true,
    label: 'favor: floated a buffer zone inside Ukraine, remarks carried by TASS',
    text: "Russia's deputy security council secretary, Arkady Voronin, floated the idea of a “buffer zone” reaching 30 kilometers into Ukraine's Sumy region, in remarks carried by the state news agency TASS.",
    entities: [russia, voronin, ukraine, G('Sumy'), O('TASS')],
    quotes: [quote('buffer zone', 'Arkady Voronin')],
    expected: ['Arkady Voronin|intervention|favor'],
  },
  {
    label: 'favor: ambassador lobbied to keep AU troops, warning of a drawdown',
    text: "Somalia's ambassador to the African Union, Abdirahman Farah Isse, lobbied for weeks for the new mission to keep at least 11,000 troops in the country, warning that al-Shabaab would retake the outskirts of Mogadishu within months of any drawdown.",
    entities: [somalia, au, isse, O('al-Shabaab'), mogadishu],
    quotes: [said('al-Shabaab would retake the outskirts of Mogadishu within months of any drawdown', 'Abdirahman Farah Isse')],
    expected: ['Abdirahman Farah Isse|intervention|favor'],
  },
  {
    label: 'favor: conditional threat to strike enrichment sites',
    text: "Yoav Ben-Shimon, a senior adviser to the Israeli prime minister, said on Sunday that Israel would strike Iran's enrichment sites at Fordow and Natanz if the talks in Oman collapsed.",
    entities: [benShimon, israel, iran, G('Fordow'), G('Natanz'), G('Oman')],
    quotes: [said("Israel would strike Iran's enrichment sites at Fordow and Natanz if the talks in Oman collapsed", 'Yoav Ben-Shimon')],
    expected: ['Yoav Ben-Shimon|intervention|favor'],
    also: ['Israel|intervention|favor'],
  },
  {
    label: 'favor: NATO deputy endorses an air-policing mission',
    text: "NATO's deputy secretary-general, Henrik Vollmer, endorsed the idea of a multinational air-policing mission over western Ukraine, telling a security conference in Munich that allied jets could “keep the skies above Lviv closed to Russian missiles.”",
    entities: [nato, vollmer, ukraine, G('Munich'), G('Lviv')],
    quotes: [quote('keep the skies above Lviv closed to Russian missiles.', 'Henrik Vollmer')],
    expected: ['Henrik Vollmer|intervention|favor'],
    also: ['NATO|intervention|favor'],
  },
  {
    gap: true,
    label: 'favor and against: named offer rejected in the passive',
    text: "An offer by US Homeland Security Secretary Craig Dunlevy to send American troops to help fight the cartels was rejected on Monday by Mexico's president, Ximena Robles, who said cooperation “cannot mean subordination.”",
    entities: [us, dunlevy, mexico, robles],
    quotes: [quote('cannot mean subordination.', 'Ximena Robles')],
    expected: ['Craig Dunlevy|intervention|favor', 'Ximena Robles|intervention|against'],
    also: ['Ximena Robles|sovereignty|favor', 'Mexico|intervention|against'],
  },
  {
    gap: true,
    label: 'favor and sovereignty against: businessman calls sovereignty a luxury',
    text: "Haitian businessman Jean-Robert Lafontant said objections about sovereignty were “a luxury Haiti cannot afford while gangs control most of the capital,” and called for a far larger foreign force.",
    entities: [lafontant, haiti],
    quotes: [quote('a luxury Haiti cannot afford while gangs control most of the capital,', 'Jean-Robert Lafontant')],
    expected: ['Jean-Robert Lafontant|intervention|favor', 'Jean-Robert Lafontant|sovereignty|against'],
  },

  // intervention: against
  {
    label: 'against: foreign minister would not tolerate an incursion',
    text: "Mexico's foreign minister, Lucía Arredondo, told reporters on Tuesday that her government would not tolerate any incursion by US forces on Mexican soil.",
    entities: [mexico, arredondo, us],
    quotes: [said('her government would not tolerate any incursion by US forces on Mexican soil', 'Lucía Arredondo')],
    expected: ['Lucía Arredondo|intervention|against'],
    also: ['Lucía Arredondo|sovereignty|favor', 'Mexico|intervention|against'],
  },
  {
    label: 'against: a garrison on the canal is a non-starter',
    text: "“Any American garrison on the canal is a non-starter,” said Elena Quirós, a spokeswoman for Panama's foreign ministry.",
    entities: [quiros, panama],
    quotes: [quote('Any American garrison on the canal is a non-starter,', 'Elena Quirós')],
    expected: ['Elena Quirós|intervention|against'],
    also: ['foreign ministry|intervention|against', 'Panama|intervention|against'],
  },
  {
    label: 'against: Tehran says a strike crossed a red line',
    text: "Tehran said the Israeli strike on the Isfahan complex had “crossed a red line” and summoned the Swiss ambassador, who represents US interests in Iran.",
    entities: [tehran, G('Isfahan'), us, iran],
    quotes: [said('the Israeli strike on the Isfahan complex had “crossed a red line”', 'Tehran')],
    expected: ['Tehran|intervention|against'],
  },
  {
    gap: true,
    label: 'against and sovereignty favor: Beijing on trainers in Kinmen',
    text: "Beijing called the deployment of American military trainers to Kinmen “a violation of international law” and a gross interference in China's internal affairs that undermined its sovereignty and territorial integrity.",
    entities: [beijing, G('Kinmen'), G('China')],
    quotes: [quote('a violation of international law', 'Beijing')],
    expected: ['Beijing|intervention|against', 'Beijing|sovereignty|favor'],
  },
  {
    label: 'against: Russia vetoes a force for Darfur',
    text: "Russia vetoed a Security Council resolution on Thursday that would have authorized an international force to protect aid convoys in Sudan's Darfur region.",
    entities: [russia, O('Security Council'), G('Sudan'), G('Darfur')],
    expected: ['Russia|intervention|against'],
  },
  {
    label: 'against: defence minister rules out troops for Haiti',
    text: "Canada's defence minister, Gordon Ashby, ruled out sending Canadian troops to Haiti on Wednesday, though he said Ottawa would fund training for the Haitian National Police.",
    entities: [G('Canada'), ashby, haiti, G('Ottawa'), O('Haitian National Police')],
    quotes: [said('Ottawa would fund training for the Haitian National Police', 'Gordon Ashby')],
    expected: ['Gordon Ashby|intervention|against'],
  },
  {
    gap: true,
    label: 'against and sovereignty favor: premier pushes back, not for the taking',
    text: "Greenland's premier, Pipaluk Ostermann, pushed back against suggestions from Washington that the island needed American protection, telling parliament in Nuuk that “Greenland is not for sale and not for the taking.”",
    entities: [greenland, ostermann, washington, nuuk],
    quotes: [quote('Greenland is not for sale and not for the taking.', 'Pipaluk Ostermann')],
    expected: ['Pipaluk Ostermann|intervention|against', 'Pipaluk Ostermann|sovereignty|favor'],
  },
  {
    label: 'against and sovereignty favor: slammed gunboat diplomacy, every inch',
    text: "Venezuela's deputy foreign minister, Marleny Chacín, slammed the US naval buildup in the Caribbean as “gunboat diplomacy” on state television, saying Venezuelans would defend every inch of their territory.",
    entities: [venezuela, chacin, us, { name: 'Caribbean', type: 'LOC' }],
    quotes: [quote('gunboat diplomacy', 'Marleny Chacín'), said('Venezuelans would defend every inch of their territory', 'Marleny Chacín')],
    expected: ['Marleny Chacín|intervention|against', 'Marleny Chacín|sovereignty|favor'],
  },
  {
    label: 'against: governments balk, minister will not send a soldier',
    text: "Several European governments balked on Wednesday at a British proposal for a ground force in Ukraine, with Italy's defense minister, Marco Ferrante, saying Rome “will not send a single soldier” without a UN mandate.",
    entities: [ukraine, G('Italy'), ferrante, G('Rome'), un],
    quotes: [quote('will not send a single soldier', 'Marco Ferrante')],
    expected: ['European governments|intervention|against', 'Marco Ferrante|intervention|against'],
    also: ['Rome|intervention|against'],
  },
  {
    label: 'against: did not rule out intelligence help but troops out of the question',
    text: "Mexico's security secretary, Tomás Ugalde, did not rule out accepting American intelligence support, but he said US troops on Mexican soil were “out of the question.”",
    entities: [mexico, ugalde, us],
    quotes: [said('US troops on Mexican soil were “out of the question.”', 'Tomás Ugalde')],
    expected: ['Tomás Ugalde|intervention|against'],
    also: ['Tomás Ugalde|sovereignty|favor'],
  },
  {
    label: 'against and sovereignty favor: rhetorical question, then violates sovereignty',
    text: "“Who asked them to come?” said Hamidou Maïga, a spokesman for Mali's transitional government, adding that the presence of foreign special forces near Gao “violates the sovereignty of Mali.”",
    entities: [maiga, mali, G('Gao')],
    quotes: [quote('Who asked them to come?', 'Hamidou Maïga'), quote('violates the sovereignty of Mali.', 'Hamidou Maïga')],
    expected: ['Hamidou Maïga|intervention|against', 'Hamidou Maïga|sovereignty|favor'],
  },
  {
    label: 'against: AU commissioner warns against intervention in Niger',
    text: "The African Union's peace and security commissioner, Chinedu Okafor, warned against any foreign military intervention in Niger, saying it would “set the whole Sahel on fire.”",
    entities: [au, okafor, niger, { name: 'Sahel', type: 'LOC' }],
    quotes: [quote('set the whole Sahel on fire.', 'Chinedu Okafor')],
    expected: ['Chinedu Okafor|intervention|against'],
    also: ['African Union|intervention|against'],
  },
  {
    label: 'against: UN spokeswoman, does not support unilateral action',
    text: "A UN spokeswoman, Beatriz Solano, said the organization “does not support unilateral military action” in Venezuela and urged all sides to return to talks.",
    entities: [un, solano, venezuela],
    quotes: [quote('does not support unilateral military action', 'Beatriz Solano')],
    expected: ['Beatriz Solano|intervention|against'],
    also: ['United Nations|intervention|against'],
  },
  {
    label: 'against: demonstrators march against annexation talk',
    text: "Thousands of demonstrators marched in Copenhagen on Saturday against what organizers called American annexation talk, waving Greenlandic flags and banners reading “Hands off Greenland.”",
    entities: [copenhagen, greenland],
    quotes: [quote('Hands off Greenland.', 'demonstrators')],
    expected: ['demonstrators|intervention|against'],
    also: ['demonstrators|sovereignty|favor', 'organizers|intervention|against'],
  },
  {
    gap: true,
    label: 'against: opposition party will challenge the deployment, leader calls it reckless',
    text: "Kenya's main opposition party said it would challenge the deployment in court, with its leader, Ngozi Okonkwo, calling the mission to Haiti “a reckless adventure with Kenyan lives.”",
    entities: [G('Kenya'), okonkwo, haiti],
    quotes: [said('it would challenge the deployment in court', 'opposition party'), quote('a reckless adventure with Kenyan lives.', 'Ngozi Okonkwo')],
    expected: ['Ngozi Okonkwo|intervention|against', 'opposition party|intervention|against'],
  },

  // sovereignty: favor
  {
    gap: true,
    label: 'sovereignty favor: decided in Nuuk and nowhere else',
    text: "Denmark's foreign minister, Anders Kjeldsen, said on Monday that the future of Greenland “will be decided in Nuuk and nowhere else.”",
    entities: [denmark, kjeldsen, greenland, nuuk],
    quotes: [said('the future of Greenland “will be decided in Nuuk and nowhere else.”', 'Anders Kjeldsen')],
    expected: ['Anders Kjeldsen|sovereignty|favor'],
  },
  {
    label: 'sovereignty favor: council statement, only the people can decide',
    text: "Taiwan's Mainland Affairs Council said in a statement that only Taiwan's 23 million people can decide its future, rejecting Beijing's latest unification white paper.",
    entities: [taiwan, O('Mainland Affairs Council'), beijing],
    quotes: [said("only Taiwan's 23 million people can decide its future", 'Mainland Affairs Council')],
    expected: ['Mainland Affairs Council|sovereignty|favor'],
  },
  {
    gap: true,
    label: 'sovereignty favor: lawmaker, no deal can trade away territory',
    text: "Ukrainian lawmaker Taras Melnychuk told a session of parliament that “no peace deal can trade away Crimea, Donetsk or any other part of Ukraine.”",
    entities: [melnychuk, G('Crimea'), G('Donetsk'), ukraine],
    quotes: [quote('no peace deal can trade away Crimea, Donetsk or any other part of Ukraine.', 'Taras Melnychuk')],
    expected: ['Taras Melnychuk|sovereignty|favor'],
  },
  {
    label: 'sovereignty favor: the state alone decides war and peace',
    text: "Rami Haddad, a Lebanese member of parliament, said the state alone must hold the decision of war and peace, “not Tehran and not Tel Aviv.”",
    entities: [haddad, tehran, G('Tel Aviv')],
    quotes: [said('the state alone must hold the decision of war and peace, “not Tehran and not Tel Aviv.”', 'Rami Haddad')],
    expected: ['Rami Haddad|sovereignty|favor'],
    also: ['Rami Haddad|intervention|against'],
  },
  {
    label: 'sovereignty favor: embassy statement, the canal will remain Panamanian',
    text: "In a statement issued by its embassy in Washington, Panama reaffirmed that the canal “is and will remain Panamanian,” adding that its neutrality is guaranteed by treaty.",
    entities: [washington, panama],
    quotes: [said('the canal “is and will remain Panamanian,”', 'Panama')],
    expected: ['Panama|sovereignty|favor'],
  },
  {
    label: 'sovereignty favor: Mogadishu summons envoy over a pact, territorial integrity',
    text: "Mogadishu summoned Ethiopia's charge d'affaires on Thursday over a new military cooperation pact between Addis Ababa and Somaliland, calling it an assault on Somalia's territorial integrity.",
    entities: [mogadishu, G('Ethiopia'), G('Addis Ababa'), G('Somaliland'), somalia],
    expected: ['Mogadishu|sovereignty|favor'],
  },
  {
    label: 'sovereignty favor: no longer take orders from Paris',
    text: "Burkina Faso's minister of state, Aminata Ouédraogo, told a summit of the Alliance of Sahel States in Niamey that “our countries no longer take orders from Paris.”",
    entities: [G('Burkina Faso'), ouedraogo, O('Alliance of Sahel States'), G('Niamey'), G('Paris')],
    quotes: [quote('our countries no longer take orders from Paris.', 'Aminata Ouédraogo')],
    expected: ['Aminata Ouédraogo|sovereignty|favor'],
  },
  {
    label: 'sovereignty favor: EU diplomat stands behind territorial integrity',
    text: "Katrin Vesterberg, the EU's top diplomat, said the bloc “stands firmly behind the territorial integrity of Denmark, including Greenland.”",
    entities: [vesterberg, eu, denmark, greenland],
    quotes: [quote('stands firmly behind the territorial integrity of Denmark, including Greenland.', 'Katrin Vesterberg')],
    expected: ['Katrin Vesterberg|sovereignty|favor'],
    also: ['European Union|sovereignty|favor'],
  },

  // sovereignty: against
  {
    label: 'sovereignty against: commentator calls sovereignty a fiction',
    text: "Yegor Lavrin, a Kremlin-aligned commentator, said on his evening talk show that Ukraine's sovereignty was “a fiction invented in Washington.”",
    entities: [lavrin, O('Kremlin'), ukraine, washington],
    quotes: [said("Ukraine's sovereignty was “a fiction invented in Washington.”", 'Yegor Lavrin')],
    expected: ['Yegor Lavrin|sovereignty|against'],
  },
  {
    label: 'sovereignty against: adviser, not a magic word',
    text: "White House trade adviser Clayton Boone dismissed Danish objections, saying sovereignty “is not a magic word that ends the conversation” when it comes to Greenland.",
    entities: [O('White House'), boone, greenland],
    quotes: [quote('is not a magic word that ends the conversation', 'Clayton Boone')],
    expected: ['Clayton Boone|sovereignty|against'],
    also: ['Clayton Boone|intervention|favor'],
  },
  {
    gap: true,
    label: 'sovereignty against: Taiwan never a country, a separatist pretext',
    text: "Liu Shenghua, a spokesman for China's Taiwan Affairs Office, said Taiwan “has never been a country and never will be,” dismissing talk of its sovereignty as a separatist pretext.",
    entities: [liu, G('China'), O('Taiwan Affairs Office'), taiwan],
    quotes: [quote('has never been a country and never will be,', 'Liu Shenghua')],
    expected: ['Liu Shenghua|sovereignty|against'],
    also: ['Liu Shenghua|sovereignty|favor'],
  },
  {
    gap: true,
    label: 'sovereignty against and favor intervention: push to the Litani',
    text: "Israeli lawmaker Yifat Amsalem said Lebanon's sovereignty “ended the day it let Hezbollah dig tunnels to our border,” and urged the army to push on to the Litani River.",
    entities: [amsalem, lebanon, O('Hezbollah'), { name: 'Litani River', type: 'LOC' }],
    quotes: [quote('ended the day it let Hezbollah dig tunnels to our border,', 'Yifat Amsalem')],
    expected: ['Yifat Amsalem|intervention|favor', 'Yifat Amsalem|sovereignty|against'],
  },
  {
    gap: true,
    label: 'sovereignty against: @author calls the word a pretext',
    text: "ANALYSIS — Caracas reaches for the word sovereignty whenever its elections are questioned. But sovereignty, in this telling, has become little more than a pretext for shielding a government from scrutiny.",
    entities: [caracas],
    expected: ['@author|sovereignty|against'],
  },

  // ambiguous: at most `also`
  {
    label: 'ambiguous: officials warm to a larger presence at the base',
    text: "Danish officials have warmed to the idea of a larger American presence at Pituffik Space Base, two diplomats said, provided any expansion is agreed with the government in Nuuk.",
    entities: [{ name: 'Pituffik Space Base', type: 'LOC' }, nuuk],
    quotes: [said('Danish officials have warmed to the idea of a larger American presence at Pituffik Space Base', 'diplomats')],
    expected: [],
    also: ['Danish officials|intervention|favor', 'Danish officials|sovereignty|favor'],
  },
  {
    label: 'ambiguous: the treaties speak for themselves',
    text: "Asked about the rotation of US troops through the former Howard air base, Panama's canal minister, Rafael Sandoval, said only that the neutrality treaties “speak for themselves.”",
    entities: [us, { name: 'Howard', type: 'LOC' }, panama, sandoval],
    quotes: [quote('speak for themselves.', 'Rafael Sandoval')],
    expected: [],
    also: ['Rafael Sandoval|sovereignty|favor', 'Rafael Sandoval|intervention|against'],
  },
  {
    label: 'ambiguous: unarmed drones, we would have to see',
    text: "Would Mexico accept American surveillance drones over its territory if they were unarmed? “We would have to see,” Ugalde said.",
    entities: [mexico, ugalde],
    quotes: [quote('We would have to see,', 'Tomás Ugalde')],
    expected: [],
    also: ['Tomás Ugalde|intervention|favor'],
  },

  // no stance
  {
    label: 'none: Defense Department contract for a base runway',
    text: "The Defense Department said on Friday it had awarded a $1.2 billion contract to repair runways at Pituffik Space Base in northern Greenland.",
    entities: [O('Defense Department'), { name: 'Pituffik Space Base', type: 'LOC' }, greenland],
    quotes: [said('it had awarded a $1.2 billion contract to repair runways at Pituffik Space Base in northern Greenland', 'Defense Department')],
    expected: [],
  },
  {
    label: 'none: Peace Corps volunteers return',
    text: "The Peace Corps will resume sending volunteers to Mexico's Oaxaca state next year after a four-year pause, the agency said on Tuesday.",
    entities: [O('Peace Corps'), mexico, G('Oaxaca')],
    quotes: [said("The Peace Corps will resume sending volunteers to Mexico's Oaxaca state next year after a four-year pause", 'agency')],
    expected: [],
  },
  {
    label: 'none: a sovereign wealth fund reports returns',
    text: "Norway's Sovereign Wealth Fund reported a first-half return of 8.4 percent on Wednesday, helped by a rally in technology stocks, its chief executive, Sigrid Halvorsen, said.",
    entities: [G('Norway'), O('Sovereign Wealth Fund'), halvorsen],
    quotes: [said("Norway's Sovereign Wealth Fund reported a first-half return of 8.4 percent on Wednesday, helped by a rally in technology stocks", 'Sigrid Halvorsen')],
    expected: [],
  },
  {
    label: 'none: history of an occupation',
    text: "US Marines occupied Haiti from 1915 to 1934, an episode still taught in Haitian schools and the subject of a new exhibition in Port-au-Prince.",
    entities: [us, haiti, portAuPrince],
    expected: [],
  },
  {
    label: 'none: Gold Cup final, a late strike at Soldier Field',
    text: "Mexico beat the United States 2-0 in the Gold Cup final on Sunday, with a late strike from substitute Iker Villaseñor sealing the win at Soldier Field.",
    entities: [mexico, us, O('Gold Cup'), P('Iker Villaseñor', ['Villaseñor']), { name: 'Soldier Field', type: 'LOC' }],
    expected: [],
  },
  {
    label: 'none: police officers arrive, according to the mission',
    text: "About 400 Kenyan police officers arrived in Port-au-Prince on Thursday, according to a statement from the mission.",
    entities: [portAuPrince],
    quotes: [said('About 400 Kenyan police officers arrived in Port-au-Prince on Thursday', 'mission')],
    expected: [],
  },
  {
    label: 'none: a sovereignty dispute goes to court',
    text: "The International Court of Justice will hear arguments next month in a sovereignty dispute between Guyana and Venezuela over the Essequibo region.",
    entities: [O('International Court of Justice'), G('Guyana'), venezuela, { name: 'Essequibo', type: 'LOC' }],
    expected: [],
  },
  {
    label: 'none: new commander for a base in Djibouti',
    text: "Camp Lemonnier in Djibouti, the largest US military base in Africa, will get a new commander in June, the Pentagon said.",
    entities: [{ name: 'Camp Lemonnier', type: 'LOC' }, G('Djibouti'), us, O('Pentagon')],
    quotes: [said('Camp Lemonnier in Djibouti, the largest US military base in Africa, will get a new commander in June', 'Pentagon')],
    expected: [],
  },
  {
    label: 'none: NATO ministers meeting logistics',
    text: "NATO defense ministers will meet in Brussels on Thursday and Friday, with air defense and ammunition stocks on the agenda, the alliance said.",
    entities: [nato, G('Brussels')],
    quotes: [said('NATO defense ministers will meet in Brussels on Thursday and Friday, with air defense and ammunition stocks on the agenda', 'alliance')],
    expected: [],
  },
  {
    label: 'none: press secretary has nothing to announce',
    text: "Reporters asked White House press secretary Kelsey Marlow whether troops would be sent to Greenland. She said she had “nothing to announce at this time.”",
    entities: [O('White House'), marlow, greenland],
    quotes: [quote('nothing to announce at this time.', 'Kelsey Marlow')],
    expected: [],
  },
  {
    label: 'none: an invasion of seaweed',
    text: "An invasion of sargassum seaweed has closed beaches across Mexico's Quintana Roo state, local officials said on Monday.",
    entities: [mexico, G('Quintana Roo')],
    quotes: [said("An invasion of sargassum seaweed has closed beaches across Mexico's Quintana Roo state", 'officials')],
    expected: [],
  },
  {
    label: 'none: documentary about a past invasion premieres',
    text: "A documentary about the 1989 US invasion of Panama premiered at the Berlin film festival on Friday, drawing a standing ovation for its director, Oumar Diallo.",
    entities: [us, panama, G('Berlin'), diallo],
    expected: [],
  },
  {
    label: 'none: a poll on relations',
    text: "A poll published on Monday found that 54 percent of Danes expect relations with Washington to worsen over the next year, up from 38 percent in January.",
    entities: [washington],
    expected: [],
  },
];


/**
 * The table's rate: first blind run (2026-12-06) P 0.846 (22/26), R 0.379 (22/58); after the general
 * lexicon it showed missing (naval and military buildups, ground and air-policing forces, foreign police
 * forces; 'crossed a red line', 'a non-starter', 'out of the question', 'a fiction', 'a luxury', 'not a
 * magic word', 'restore order', chanting for, vetoing and blocking), P 0.889 (32/36), R 0.552 (32/58).
 * With the quote-stance model (2026-12-07, rows never trained on): P 0.949 (37/39), R 0.638 (37/58).
 */
const FLOOR7 = { precision: 0.92, recall: 0.64 };

describeBlindTable('stances on a seventh blind table of invented news', 'blind7', rows, FLOOR7);
