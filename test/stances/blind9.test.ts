import { G, O, P } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * A ninth blind table: invented passages written like wire copy about real countries and international
 * bodies, with invented people and invented events, annotated from GUIDELINES §5 alone. It was written
 * before reading the stance stage, its cue lexicons or the other blind tables' rows (only GUIDELINES, the
 * runner, the helpers and the header, entity block and last rows of the eighth table were read), as an
 * estimate of how the stage does on news it was not built on. It varies the constructions on purpose:
 * demands for withdrawal, requests and invitations for foreign forces, basing deals signed and cancelled,
 * expelling instructors and mercenaries, condemning and justifying strikes and incursions, annexation and
 * purchase talk and its rejection, territorial-integrity statements, opinion carried by adjectives ("a
 * welcome step", "a reckless adventure"), rhetorical questions, conditionals, "X, who has long opposed …"
 * relative clauses, negation ("did not oppose", "did not rule out", "would not stand in the way"),
 * stances held by parties, protesters, unions and capitals, the article's own voice in opinion rows,
 * quotes with pronoun speakers, "according to" and fronted reported speech. The stories are spread over
 * the Sahel, the Horn of Africa, Central Africa, the Caribbean, the Andes, Central Asia, the Caucasus,
 * the Balkans, the Baltic, the Pacific islands, South Asia, the Middle East and the Arctic, with three
 * US–Mexico rows. About a quarter of the rows carry no stance.
 *
 * Reported speech ("X said [that] …", "according to X", "…, X said", "X's claim that …") comes with the
 * indirect quote the quotes stage gives it (the content clause, with its speaker); direct quotes and
 * attributed fragments come as hand-made quotes with their speaker (the person a "she" or "he" refers to).
 *
 * Actors are compared as the scorer does: an entity name exactly (after normalising), a group phrase
 * by its last word without a plural `s`. `also` lists stances an annotator could give either way:
 * predicting them is neither a hit nor a false positive.
 *
 * Annotation choices where §5 leaves room (the eighth table's, with a few additions):
 * - The actor is whoever the text makes hold the view: the named minister, spokesperson, lawmaker or
 *   envoy; a capital when it is the grammatical holder ("Ankara said", "Islamabad condemned"); a ministry,
 *   parliament, party, coalition, union federation or crowd that is not an entity as a group phrase
 *   ("the foreign ministry", "parliament", "the opposition party", "protesters"); a junta, transitional
 *   government or council in power as its country. The government or body a person speaks for is at
 *   most `also`. A vote by lawmakers to expel foreign forces is the lawmakers' stance.
 * - Intervention covers foreign troops, bases, garrisons, naval deployments off a coast, foreign police
 *   missions and police advisers, military instructors and mercenaries, peacekeeping and "stabilisation"
 *   forces, strikes, raids and cross-border operations, and forcing a corridor open. Asking for or
 *   welcoming foreign forces on one's own soil is `favor`; demanding or voting that they leave, expelling
 *   them, cancelling their basing rights with a reason given, or warning that an incursion will be met as
 *   aggression is `against`; justifying strikes or a presence ("necessary and proportionate", "a pillar of
 *   our own security", "until the last terrorist cell is gone") is `favor`; "did not rule out" an operation
 *   is a threat and so `favor`; a conditional threat ("would give Moscow every right to open it by force")
 *   is `favor`. Signing a basing or defence treaty, a routine vote authorising exercises, or carrying out
 *   or suffering strikes, reported as events, is at most `also`. A negated opposition ("did not oppose")
 *   is no stance; the opposite label is at most `also`.
 * - Sovereignty `favor` needs sovereignty, territorial integrity, borders, land that "belongs to" a
 *   country, self-determination ("the decision belongs to Greenland alone", "decided by its people") or
 *   "not a property to be bought" to be named or plainly meant; rejecting troops alone implies it only as
 *   `also`. Denying a state's sovereignty over its territory ("historically Russian land", "will never
 *   recognise" its independence, sovereignty as "a fiction") is `against`; the rival claim asserted in the
 *   same breath is at most `also`. A secession referendum, which reads either as denying a state's
 *   integrity or as self-determination, is `also` both ways. A purchase proposal is at most `also`
 *   (`sovereignty|against`, `intervention|favor`) for its owner; its rejection is `sovereignty|favor`.
 * - Rhetorical questions and evaluative adjectives by a speaker, or by the article itself in an editorial or
 *   opinion piece, are read for what they mean (`@author` for the article's own voice). Scare quotes and
 *   names are not quotes.
 * - Names containing cue words (Sovereignty and Justice Front, Kosovo Security Force, Lebanese Forces),
 *   labour strikes, history and anniversaries, logistics, sports and neutral scheduling carry no stance.
 */

// invented people
const moussa = P('Abdoulaye Sani Moussa', ['Moussa'], ['interior minister']);
const thiam = P('Mamadou Thiam', ['Thiam'], ['Prime Minister']);
const alemu = P('Tesfaye Alemu', ['Alemu'], ['foreign minister']);
const kayamba = P('Thérèse Kayamba', ['Kayamba'], ['Foreign Minister']);
const restrepo = P('Ana Lucía Restrepo', ['Restrepo'], ['Senator']);
const carrion = P('Julián Carrión', ['Carrión'], ['Interior Minister']);
const quispe = P('Efraín Quispe', ['Quispe'], ['Vice Minister']);
const mendoza = P('Alirio Mendoza', ['Mendoza'], ['Defence Minister']);
const nazarov = P('Firdavs Nazarov', ['Nazarov'], ['Foreign Minister']);
const haqyar = P('Qari Nooruddin Haqyar', ['Haqyar']);
const sargsyan = P('Anahit Sargsyan', ['Sargsyan'], ['Deputy Speaker']);
const ahmadli = P('Elnur Ahmadli', ['Ahmadli'], ['Foreign Minister']);
const beridze = P('Levan Beridze', ['Beridze'], ['Defence Minister']);
const vukadinovic = P('Nikola Vukadinović', ['Vukadinović'], ['Foreign Minister']);
const stanisic = P('Milenko Stanišić', ['Stanišić']);
const hoogland = P('Pieter Hoogland', ['Hoogland']);
const krasniqi = P('Arben Krasniqi', ['Krasniqi'], ['Interior Minister']);
const zemaitiene = P('Rasa Žemaitienė', ['Žemaitienė'], ['Defence Minister']);
const belousov = P('Artur Belousov', ['Belousov']);
const kikolo = P('Walter Kikolo', ['Kikolo'], ['Police Minister']);
const kaupa = P('Peter Kaupa', ['Kaupa']);
const menon = P('Arvind Menon', ['Menon']);
const wijesekera = P('Nalinda Wijesekera', ['Wijesekera']);
const bhandari = P('Rajiv Bhandari', ['Bhandari'], ['Gen.']);
const ashdown = P('Fiona Ashdown', ['Ashdown'], ['Defence Secretary']);
const mroueh = P('Hassan Mroueh', ['Mroueh']);
const karimi = P('Reza Karimi', ['Karimi']);
const lyberth = P('Aaja Lyberth', ['Lyberth']);
const levesque = P('Marc Lévesque', ['Lévesque'], ['Defence Minister']);
const holst = P('Karen Holst', ['Holst'], ['Prime Minister']);
const villasenor = P('Omar Villaseñor', ['Villaseñor']);
const whitcomb = P('Dale Whitcomb', ['Whitcomb'], ['Rep.']);
const ndikumana = P('Jean-Bosco Ndikumana', ['Ndikumana']);

// real places and bodies
const us = G('US');
const moscow = G('Moscow');
const haiti = G('Haiti');
const mali = G('Mali');
const niger = G('Niger');
const bamako = G('Bamako');
const tbilisi = G('Tbilisi');
const washington = G('Washington');
const india = G('India');
const syria = G('Syria');
const estonia = G('Estonia');
const greenland = G('Greenland');
const eu = O('EU');

const rows: readonly BlindRow[] = [
  // Sahel
  {
    label: 'against: foreign ministry orders French soldiers out, citing sovereignty',
    text: "Chad's foreign ministry on Thursday ordered the roughly 1,000 French soldiers still based in N'Djamena to leave the country within six weeks, calling their presence “no longer compatible with our sovereignty.”",
    entities: [G('Chad'), G("N'Djamena")],
    quotes: [quote('no longer compatible with our sovereignty.', 'the foreign ministry')],
    expected: ['the foreign ministry|intervention|against', 'the foreign ministry|sovereignty|favor'],
    also: ['Chad|intervention|against', 'Chad|sovereignty|favor'],
  },
  {
    label: 'favor: a minister says he asked Moscow for more military advisers',
    text: "Niger's interior minister, Abdoulaye Sani Moussa, said he had formally asked Moscow to send more military advisers to help secure the uranium road north of Agadez.",
    entities: [moussa, niger, moscow, G('Agadez')],
    quotes: [said('he had formally asked Moscow to send more military advisers to help secure the uranium road north of Agadez', 'Abdoulaye Sani Moussa')],
    expected: ['Abdoulaye Sani Moussa|intervention|favor'],
    also: ['Niger|intervention|favor'],
  },
  {
    label: 'against: a regional bloc condemns foreign mercenaries and urges their expulsion',
    text: "ECOWAS leaders meeting in Abuja condemned the presence of Russian mercenaries in Mali as “a threat to the whole region” and urged Bamako to send them home.",
    entities: [O('ECOWAS'), G('Abuja'), mali, bamako],
    quotes: [quote('a threat to the whole region', 'ECOWAS')],
    expected: ['ECOWAS|intervention|against'],
    also: ['ECOWAS leaders|intervention|against'],
  },
  {
    label: 'none: a World Cup qualifier in Bamako',
    text: "Mali beat Niger 2-0 in Bamako on Sunday in a World Cup qualifier watched by the junta's leader and several ministers from the Alliance of Sahel States.",
    entities: [mali, niger, bamako, O('Alliance of Sahel States')],
    expected: [],
  },
  {
    label: 'none: "did not oppose" a garrison staying is no stance',
    text: "Senegalese Prime Minister Mamadou Thiam did not oppose the French garrison staying in Dakar until the end of the year, telling lawmakers that the question was “a matter for quiet negotiation.”",
    entities: [thiam, G('Dakar')],
    quotes: [
      said('the question was “a matter for quiet negotiation.”', 'Mamadou Thiam'),
      quote('a matter for quiet negotiation.', 'Mamadou Thiam'),
    ],
    expected: [],
    also: ['Mamadou Thiam|intervention|favor'],
  },

  // Horn of Africa
  {
    label: 'against: parliament votes to demand the withdrawal of foreign troops',
    text: "Somalia's parliament voted 201 to 12 on Saturday to demand the withdrawal of Ethiopian troops from the Gedo and Bakool regions, calling the deployment “an occupation in all but name.”",
    entities: [G('Somalia')],
    quotes: [quote('an occupation in all but name.', 'parliament')],
    expected: ['parliament|intervention|against'],
    also: ['Somalia|intervention|against', 'parliament|sovereignty|favor'],
  },
  {
    label: 'favor and sovereignty: a naval base abroad called a necessity; the capital cites territorial integrity',
    text: "Ethiopia's foreign minister, Tesfaye Alemu, said a naval base on the Somaliland coast was “an existential necessity” for a country of 120 million people without a port. Mogadishu called the plan a violation of its territorial integrity.",
    entities: [alemu, G('Ethiopia'), G('Somaliland'), G('Mogadishu')],
    quotes: [
      said('a naval base on the Somaliland coast was “an existential necessity” for a country of 120 million people without a port', 'Tesfaye Alemu'),
      quote('an existential necessity', 'Tesfaye Alemu'),
    ],
    expected: ['Tesfaye Alemu|intervention|favor', 'Mogadishu|sovereignty|favor'],
    also: ['Ethiopia|intervention|favor', 'Mogadishu|intervention|against', 'Tesfaye Alemu|sovereignty|against'],
  },
  {
    label: 'against: a government condemns foreign drone strikes; the denial is no stance',
    text: "Sudan's government condemned what it called foreign drone strikes on Port Sudan and accused a Gulf state of supplying the aircraft, a charge Abu Dhabi denied.",
    entities: [G('Sudan'), G('Port Sudan'), G('Abu Dhabi')],
    expected: ['Sudan|intervention|against'],
  },
  {
    label: 'against: an opposition party calls sending police abroad unconstitutional',
    text: "Kenya's main opposition party said deploying another 600 police officers to Haiti was unconstitutional and vowed to challenge the plan in the High Court in Nairobi.",
    entities: [G('Kenya'), haiti, G('Nairobi')],
    quotes: [said('deploying another 600 police officers to Haiti was unconstitutional', 'the opposition party')],
    expected: ['the opposition party|intervention|against'],
    gap: true,
  },
  {
    label: 'none: an independence anniversary parade',
    text: "Eritrea marked the 34th anniversary of its independence on Saturday with a parade in Asmara, where veterans of the 30-year war against Ethiopian rule laid wreaths at the martyrs' monument.",
    entities: [G('Eritrea'), G('Asmara')],
    expected: [],
  },
  {
    label: 'none: a dockworkers strike is a labour dispute',
    text: "Dockworkers in Mombasa stayed off the job for a second day on Tuesday in a strike over unpaid allowances, halting cargo at East Africa's busiest port, the port authority said.",
    entities: [G('Mombasa')],
    quotes: [said("Dockworkers in Mombasa stayed off the job for a second day on Tuesday in a strike over unpaid allowances, halting cargo at East Africa's busiest port", 'the port authority')],
    expected: [],
  },

  // Central Africa
  {
    label: 'against: foreign troops called an invading army that must leave',
    text: "Congolese Foreign Minister Thérèse Kayamba said Rwanda's troops in North Kivu were “an invading army” that must leave “every last hill” of Congolese soil before any talks could begin.",
    entities: [kayamba, G('Rwanda'), G('North Kivu')],
    quotes: [
      said("Rwanda's troops in North Kivu were “an invading army” that must leave “every last hill” of Congolese soil before any talks could begin", 'Thérèse Kayamba'),
      quote('an invading army', 'Thérèse Kayamba'),
      quote('every last hill', 'Thérèse Kayamba'),
    ],
    expected: ['Thérèse Kayamba|intervention|against'],
    also: ['Thérèse Kayamba|sovereignty|favor'],
  },
  {
    label: 'favor: a capital defends its troops across the border as having no choice',
    text: "Kigali defended the presence of its troops in eastern Congo, saying the FDLR militia left Rwanda “no choice but to protect our people wherever the threat lies.”",
    entities: [G('Kigali'), G('Congo'), O('FDLR'), G('Rwanda')],
    quotes: [
      said('the FDLR militia left Rwanda “no choice but to protect our people wherever the threat lies.”', 'Kigali'),
      quote('no choice but to protect our people wherever the threat lies.', 'Kigali'),
    ],
    expected: ['Kigali|intervention|favor'],
    also: ['Rwanda|intervention|favor'],
  },
  {
    label: 'against: an opposition coalition calls for expelling foreign instructors',
    text: "The opposition coalition in the Central African Republic called on the government to expel the Russian instructors training the presidential guard, saying Bangui had “swapped one patron for another.”",
    entities: [G('Central African Republic'), G('Bangui')],
    quotes: [
      said('Bangui had “swapped one patron for another.”', 'the opposition coalition'),
      quote('swapped one patron for another.', 'the opposition coalition'),
    ],
    expected: ['the opposition coalition|intervention|against'],
    also: ['the opposition coalition|sovereignty|favor'],
  },
  {
    label: 'none: a party named for sovereignty elects a leader',
    text: "The Sovereignty and Justice Front, a small Burundian opposition party, elected Jean-Bosco Ndikumana as its leader at a congress in Gitega on Saturday.",
    entities: [O('Sovereignty and Justice Front'), ndikumana, G('Gitega')],
    expected: [],
  },

  // Caribbean
  {
    label: 'favor: a transitional council asks for a larger foreign force',
    text: "Haiti's transitional council asked the UN Security Council on Wednesday to turn the Kenyan-led security mission into a full peacekeeping operation of at least 5,000 troops.",
    entities: [haiti, O('UN Security Council')],
    expected: ['Haiti|intervention|favor'],
    also: ['the transitional council|intervention|favor'],
    gap: true,
  },
  {
    label: 'against: protesters demand that foreign troops leave',
    text: "Protesters in Port-au-Prince burned tyres outside the prime minister's office on Friday, chanting against “the occupiers” and demanding that all foreign troops leave Haitian soil.",
    entities: [G('Port-au-Prince')],
    quotes: [quote('the occupiers', 'protesters')],
    expected: ['protesters|intervention|against'],
    also: ['protesters|sovereignty|favor'],
  },
  {
    label: 'favor (@author): an editorial calls a foreign force a welcome step',
    text: "Editorial | The Security Council's vote to authorise a Gang Suppression Force for Haiti is a welcome step, if a late one: a country whose police are outgunned ten to one cannot wait for another round of consultations.",
    entities: [O('Security Council'), haiti],
    expected: ['@author|intervention|favor'],
    also: ['Security Council|intervention|favor'],
    gap: true,
  },
  {
    label: 'against and sovereignty: a carrier offshore denounced as gunboat diplomacy',
    text: "Cuba's foreign ministry denounced the arrival of a US aircraft carrier off the island as “gunboat diplomacy,” and said Cuban sovereignty was “not negotiable under any pressure.”",
    entities: [G('Cuba'), us],
    quotes: [
      quote('gunboat diplomacy,', 'the foreign ministry'),
      said('Cuban sovereignty was “not negotiable under any pressure.”', 'the foreign ministry'),
      quote('not negotiable under any pressure.', 'the foreign ministry'),
    ],
    expected: ['the foreign ministry|intervention|against', 'the foreign ministry|sovereignty|favor'],
    also: ['Cuba|intervention|against', 'Cuba|sovereignty|favor'],
  },
  {
    label: 'against: a rhetorical question about foreign marines',
    text: "“Who invited the Marines to sail past Curaçao?” Venezuelan Defence Minister Alirio Mendoza asked on state television, calling the exercises a rehearsal for an invasion.",
    entities: [mendoza, G('Curaçao')],
    quotes: [quote('Who invited the Marines to sail past Curaçao?', 'Alirio Mendoza')],
    expected: ['Alirio Mendoza|intervention|against'],
    gap: true,
  },
  {
    label: 'none: neutral scheduling of a regional summit',
    text: "Barbados will host the Caribbean Community's heads of government meeting from July 3 to 6, the regional secretariat said, with climate finance and a regional ferry service expected to top the agenda.",
    entities: [G('Barbados'), O('Caribbean Community')],
    quotes: [said("Barbados will host the Caribbean Community's heads of government meeting from July 3 to 6", 'the regional secretariat')],
    expected: [],
  },
  {
    label: 'none: the anniversary of a past invasion',
    text: "Grenada marked the anniversary of the 1983 US invasion on Saturday with a wreath-laying at the Fort Rupert memorial, where relatives read the names of those killed in the fighting.",
    entities: [G('Grenada'), us],
    expected: [],
  },

  // Andes
  {
    label: 'against: a senator "who has long opposed" foreign troops',
    text: "Colombian Senator Ana Lucía Restrepo, who has long opposed any US troop presence on Colombian bases, said the new cooperation agreement was “the old colonial bargain in a new uniform.”",
    entities: [restrepo, us],
    quotes: [
      said('the new cooperation agreement was “the old colonial bargain in a new uniform.”', 'Ana Lucía Restrepo'),
      quote('the old colonial bargain in a new uniform.', 'Ana Lucía Restrepo'),
    ],
    expected: ['Ana Lucía Restrepo|intervention|against'],
    also: ['Ana Lucía Restrepo|sovereignty|favor'],
  },
  {
    label: 'favor and against: foreign bases called a welcome step; a confederation will campaign against',
    text: "Ecuadorian Interior Minister Julián Carrión said foreign bases in Manta and on the Galápagos would be “a welcome step” against the cocaine cartels. The indigenous confederation CONAIE said it would campaign against the plan.",
    entities: [carrion, G('Manta'), O('CONAIE')],
    quotes: [
      said('foreign bases in Manta and on the Galápagos would be “a welcome step” against the cocaine cartels', 'Julián Carrión'),
      quote('a welcome step', 'Julián Carrión'),
      said('it would campaign against the plan', 'CONAIE'),
    ],
    expected: ['Julián Carrión|intervention|favor', 'CONAIE|intervention|against'],
  },
  {
    label: 'against: a conditional vow to expel foreign agents',
    text: "Bolivia would expel US anti-drug agents “the day they set foot in the Chapare,” Vice Minister Efraín Quispe said on Tuesday, if Washington went ahead with plans to station them in the coca-growing region.",
    entities: [G('Bolivia'), us, quispe, washington],
    quotes: [
      said('Bolivia would expel US anti-drug agents “the day they set foot in the Chapare,”', 'Efraín Quispe'),
      quote('the day they set foot in the Chapare,', 'Efraín Quispe'),
    ],
    expected: ['Efraín Quispe|intervention|against'],
    also: ['Bolivia|intervention|against', 'Washington|intervention|favor'],
    gap: true,
  },
  {
    label: 'none: a routine vote authorising foreign troops for exercises',
    text: "Peru's Congress approved on Thursday the entry of 300 US troops for joint training exercises between June and December, a routine authorisation that passed 78 to 21.",
    entities: [G('Peru'), us],
    expected: [],
    also: ['Congress|intervention|favor'],
  },
  {
    label: 'none: the anniversary of a peace accord',
    text: "Peru and Ecuador marked 27 years since the Brasília accord that ended their border war with a joint ceremony in the Cordillera del Cóndor on Sunday.",
    entities: [G('Peru'), G('Ecuador')],
    expected: [],
  },

  // Central Asia
  {
    label: 'sovereignty: an enclave is "Tajik land" and the borders will be defended',
    text: "Tajik Foreign Minister Firdavs Nazarov said every metre of the Vorukh enclave was “Tajik land by law and by history” and that Dushanbe would defend its borders “by all lawful means.”",
    entities: [nazarov, G('Vorukh'), G('Dushanbe')],
    quotes: [
      said('every metre of the Vorukh enclave was “Tajik land by law and by history” and that Dushanbe would defend its borders “by all lawful means.”', 'Firdavs Nazarov'),
      quote('Tajik land by law and by history', 'Firdavs Nazarov'),
      quote('by all lawful means.', 'Firdavs Nazarov'),
    ],
    expected: ['Firdavs Nazarov|sovereignty|favor'],
    also: ['Dushanbe|sovereignty|favor'],
  },
  {
    label: 'against: the constitution forbids foreign bases',
    text: "Uzbekistan's foreign ministry said the constitution “forbids foreign military bases on our soil, full stop,” dismissing reports that Moscow had sought a drone facility near Termez.",
    entities: [G('Uzbekistan'), moscow, G('Termez')],
    quotes: [
      said('the constitution “forbids foreign military bases on our soil, full stop,”', 'the foreign ministry'),
      quote('forbids foreign military bases on our soil, full stop,', 'the foreign ministry'),
    ],
    expected: ['the foreign ministry|intervention|against'],
    also: ['Uzbekistan|intervention|against', 'the foreign ministry|sovereignty|favor', 'Moscow|intervention|favor'],
  },
  {
    label: 'sovereignty both ways: annexation talk on television and the capital\'s rebuke',
    text: "A Russian television host's claim that northern Kazakhstan was “historically Russian land” drew a sharp rebuke from Astana, which said the country's borders were “fixed, recognised and not up for discussion.”",
    entities: [G('Kazakhstan'), G('Astana')],
    quotes: [
      said('northern Kazakhstan was “historically Russian land”', 'a Russian television host'),
      quote('historically Russian land', 'a Russian television host'),
      said("the country's borders were “fixed, recognised and not up for discussion.”", 'Astana'),
      quote('fixed, recognised and not up for discussion.', 'Astana'),
    ],
    expected: ['Astana|sovereignty|favor', 'the television host|sovereignty|against'],
    gap: true,
  },
  {
    label: 'against: a basing agreement cancelled with a reason',
    text: "Kyrgyzstan's government cancelled a 2023 agreement that let Russian military drones operate from the Kant air base, saying the country “hosts no one's wars.”",
    entities: [G('Kyrgyzstan')],
    quotes: [
      said("the country “hosts no one's wars.”", 'Kyrgyzstan'),
      quote("hosts no one's wars.", 'Kyrgyzstan'),
    ],
    expected: ['Kyrgyzstan|intervention|against'],
  },
  {
    label: 'against and favor: a fronted refusal to hand over a base, after a senator suggests retaking it',
    text: "Afghanistan “will not hand over even one metre of Bagram to any foreign army,” Taliban spokesman Qari Nooruddin Haqyar said, after a US senator suggested retaking the air base.",
    entities: [G('Afghanistan'), G('Bagram'), haqyar, us],
    quotes: [
      said('Afghanistan “will not hand over even one metre of Bagram to any foreign army,”', 'Qari Nooruddin Haqyar'),
      quote('will not hand over even one metre of Bagram to any foreign army,', 'Qari Nooruddin Haqyar'),
    ],
    expected: ['Qari Nooruddin Haqyar|intervention|against', 'the senator|intervention|favor'],
    also: ['Qari Nooruddin Haqyar|sovereignty|favor', 'Afghanistan|intervention|against'],
    gap: true,
  },
  {
    label: 'none: a pipeline section opens',
    text: "Turkmenistan opened a 240-kilometre section of the TAPI gas pipeline on Tuesday, with delegations from Afghanistan, Pakistan and India attending the ceremony at Serhetabat.",
    entities: [G('Turkmenistan'), G('Afghanistan'), G('Pakistan'), india, G('Serhetabat')],
    expected: [],
  },

  // Caucasus
  {
    label: 'against: lawmakers vote to end foreign border guards\' mandate; a deputy speaker calls it overdue',
    text: "Armenian lawmakers voted 71 to 22 on Wednesday to end the mandate of the Russian border guards on the crossing with Iran, with Deputy Speaker Anahit Sargsyan calling their departure “30 years overdue.”",
    entities: [sargsyan, G('Iran')],
    quotes: [quote('30 years overdue.', 'Anahit Sargsyan')],
    expected: ['Anahit Sargsyan|intervention|against', 'lawmakers|intervention|against'],
    gap: true,
  },
  {
    label: 'sovereignty: a peace treaty must begin with territorial integrity',
    text: "Azerbaijani Foreign Minister Elnur Ahmadli told his Armenian counterpart in Tbilisi that any peace treaty must begin with “unconditional recognition of Azerbaijan's territorial integrity.”",
    entities: [ahmadli, tbilisi, G('Azerbaijan')],
    quotes: [
      said("any peace treaty must begin with “unconditional recognition of Azerbaijan's territorial integrity.”", 'Elnur Ahmadli'),
      quote("unconditional recognition of Azerbaijan's territorial integrity.", 'Elnur Ahmadli'),
    ],
    expected: ['Elnur Ahmadli|sovereignty|favor'],
  },
  {
    label: 'sovereignty and against: protesters chant that breakaway regions "are Georgia"',
    text: "Tens of thousands of protesters marched down Rustaveli Avenue in Tbilisi on Saturday, waving EU flags and chanting that Abkhazia and South Ossetia “are Georgia,” a rebuke to the Russian bases in both regions.",
    entities: [tbilisi, eu, G('Abkhazia'), G('South Ossetia'), G('Georgia')],
    quotes: [quote('are Georgia,', 'protesters')],
    expected: ['protesters|sovereignty|favor', 'protesters|intervention|against'],
    gap: true,
  },
  {
    label: 'against: a fronted conditional warning that troop movements would be aggression',
    text: "Any Russian troop movement beyond the administrative line would be treated as an act of aggression, Georgian Defence Minister Levan Beridze said after satellite images showed new trenches near Gori.",
    entities: [beridze, G('Gori')],
    quotes: [said('Any Russian troop movement beyond the administrative line would be treated as an act of aggression', 'Levan Beridze')],
    expected: ['Levan Beridze|intervention|against'],
  },

  // Balkans
  {
    label: 'sovereignty against: "will never recognise" a neighbour\'s independence',
    text: "Serbian Foreign Minister Nikola Vukadinović said Belgrade “will never recognise” Kosovo's independence, calling the territory “the cradle of our state.”",
    entities: [vukadinovic, G('Belgrade'), G('Kosovo')],
    quotes: [
      said("Belgrade “will never recognise” Kosovo's independence", 'Nikola Vukadinović'),
      quote('will never recognise', 'Nikola Vukadinović'),
      quote('the cradle of our state.', 'Nikola Vukadinović'),
    ],
    expected: ['Nikola Vukadinović|sovereignty|against'],
    also: ['Belgrade|sovereignty|against', 'Nikola Vukadinović|sovereignty|favor'],
  },
  {
    label: 'sovereignty: an envoy says territorial integrity is not up for a vote; the secession threat is either way',
    text: "Milenko Stanišić, the president of Republika Srpska, said the entity would hold a referendum on leaving Bosnia and Herzegovina by the autumn. The EU's special envoy, Pieter Hoogland, replied that Bosnia's territorial integrity was “not up for a vote.”",
    entities: [stanisic, G('Republika Srpska'), G('Bosnia and Herzegovina', ['Bosnia']), eu, hoogland],
    quotes: [
      said('the entity would hold a referendum on leaving Bosnia and Herzegovina by the autumn', 'Milenko Stanišić'),
      said("Bosnia's territorial integrity was “not up for a vote.”", 'Pieter Hoogland'),
      quote('not up for a vote.', 'Pieter Hoogland'),
    ],
    expected: ['Pieter Hoogland|sovereignty|favor'],
    also: ['Milenko Stanišić|sovereignty|against', 'Milenko Stanišić|sovereignty|favor'],
  },
  {
    label: 'against and sovereignty: an incursion condemned, "our border" defended',
    text: "Kosovo Interior Minister Arben Krasniqi condemned what he called an incursion by armed Serbian police near Jarinje, saying “no foreign uniform crosses our border without consequences.”",
    entities: [krasniqi, G('Kosovo'), G('Jarinje')],
    quotes: [quote('no foreign uniform crosses our border without consequences.', 'Arben Krasniqi')],
    expected: ['Arben Krasniqi|intervention|against', 'Arben Krasniqi|sovereignty|favor'],
    gap: true,
  },
  {
    label: 'against: a union federation calls a general strike against leasing a pier to a foreign navy',
    text: "Montenegro's largest trade union federation called a general strike for Thursday against the government's plan to lease a naval pier at Bar to a foreign navy, calling it “a betrayal of everyone who voted for independence.”",
    entities: [G('Montenegro')],
    quotes: [quote('a betrayal of everyone who voted for independence.', 'the trade union federation')],
    expected: ['the trade union federation|intervention|against'],
    also: ['the trade union federation|sovereignty|favor', 'Montenegro|intervention|favor'],
    gap: true,
  },
  {
    label: 'none: a security force named with a cue word graduates cadets',
    text: "The Kosovo Security Force held a graduation ceremony for 240 cadets in Pristina on Friday, the first class trained on the new Turkish-made armoured vehicles.",
    entities: [O('Kosovo Security Force'), G('Pristina')],
    expected: [],
  },

  // Baltic
  {
    label: 'favor: a minister asks for a foreign brigade sooner; a pronoun quote',
    text: "Lithuanian Defence Minister Rasa Žemaitienė asked Berlin on Monday to speed up the deployment of the German brigade to Rūdninkai. “We asked for them, and we would take twice as many,” she said.",
    entities: [zemaitiene, G('Berlin'), G('Rūdninkai')],
    quotes: [quote('We asked for them, and we would take twice as many,', 'Rasa Žemaitienė')],
    expected: ['Rasa Žemaitienė|intervention|favor'],
    gap: true,
  },
  {
    label: 'against and sovereignty (@author): an opinion piece\'s rhetorical question about "peacekeeping"',
    text: "Opinion | What, exactly, would a Russian “peacekeeping” mission in Narva protect, other than the Kremlin's appetite? Estonia's sovereignty is not a bargaining chip, and the alliance should say so plainly.",
    entities: [G('Narva'), O('Kremlin'), estonia],
    expected: ['@author|intervention|against', '@author|sovereignty|favor'],
    gap: true,
  },
  {
    label: 'favor: a conditional threat to force a corridor open',
    text: "Kaliningrad's governor, Artur Belousov, said any blockade of the Suwałki corridor would give Moscow “every right to open it by force.”",
    entities: [G('Kaliningrad'), belousov, moscow],
    quotes: [
      said('any blockade of the Suwałki corridor would give Moscow “every right to open it by force.”', 'Artur Belousov'),
      quote('every right to open it by force.', 'Artur Belousov'),
    ],
    expected: ['Artur Belousov|intervention|favor'],
  },
  {
    // marked gap on 2026-12-07 (not on the first run): once a noun's owner holds a protest ("Estonia's protest over the
    // airspace violation"), Estonia is found against the violation, which this row's annotation leaves out (blind11's writer
    // annotates such a protest); the annotation was not changed
    gap: true,
    label: 'sovereignty against: a ministry calls neighbours\' sovereignty a fiction',
    text: "Russia's foreign ministry dismissed Estonia's protest over the airspace violation as “hysteria,” adding that the Baltic states' sovereignty was “a fiction written in Brussels.”",
    entities: [G('Russia'), estonia, G('Brussels')],
    quotes: [
      quote('hysteria,', 'the foreign ministry'),
      said("the Baltic states' sovereignty was “a fiction written in Brussels.”", 'the foreign ministry'),
      quote('a fiction written in Brussels.', 'the foreign ministry'),
    ],
    expected: ['the foreign ministry|sovereignty|against'],
    also: ['Russia|sovereignty|against', 'the foreign ministry|intervention|favor'],
  },
  {
    label: 'none: police release a tanker after a cable incident',
    text: "Finnish police said on Tuesday that the tanker suspected of dragging its anchor across the Estlink 2 power cable had been allowed to leave after its crew was questioned.",
    quotes: [said('the tanker suspected of dragging its anchor across the Estlink 2 power cable had been allowed to leave after its crew was questioned', 'Finnish police')],
    expected: [],
  },

  // Pacific islands
  {
    label: 'favor: foreign police advisers will stay as long as needed',
    text: "Solomon Islands Police Minister Walter Kikolo said Chinese police advisers would stay “as long as Honiara needs them,” brushing aside Australian calls for their departure.",
    entities: [G('Solomon Islands'), kikolo, G('Honiara')],
    quotes: [
      said('Chinese police advisers would stay “as long as Honiara needs them,”', 'Walter Kikolo'),
      quote('as long as Honiara needs them,', 'Walter Kikolo'),
    ],
    expected: ['Walter Kikolo|intervention|favor'],
    gap: true,
  },
  {
    label: 'against and sovereignty: a basing treaty called the sale of sovereignty; the signing is an event',
    text: "Papua New Guinea and Australia signed a defence treaty on Monday that allows Australian troops to be stationed at the Lombrum naval base on Manus Island. Opposition leader Peter Kaupa called it “the sale of our sovereignty for a new wharf.”",
    entities: [G('Papua New Guinea'), G('Australia'), G('Manus Island'), kaupa],
    quotes: [quote('the sale of our sovereignty for a new wharf.', 'Peter Kaupa')],
    expected: ['Peter Kaupa|intervention|against', 'Peter Kaupa|sovereignty|favor'],
    also: ['Papua New Guinea|intervention|favor', 'Australia|intervention|favor'],
    gap: true,
  },
  {
    label: 'sovereignty: independence leaders say the territory\'s future is decided by its people',
    text: "Kanak independence leaders rejected Paris's plan to send 2,000 more gendarmes to New Caledonia, saying the territory's future “will be decided by its people, not by riot police.”",
    entities: [G('Paris'), G('New Caledonia')],
    quotes: [
      said("the territory's future “will be decided by its people, not by riot police.”", 'Kanak independence leaders'),
      quote('will be decided by its people, not by riot police.', 'Kanak independence leaders'),
    ],
    expected: ['independence leaders|sovereignty|favor'],
    also: ['independence leaders|intervention|against', 'Paris|intervention|favor'],
  },
  {
    label: 'none: a remembrance day for nuclear tests',
    text: "The Marshall Islands marked Nuclear Victims Remembrance Day on March 1 with a ceremony in Majuro, 71 years after the Castle Bravo test at Bikini Atoll.",
    entities: [G('Marshall Islands'), G('Majuro')],
    expected: [],
  },

  // South Asia
  {
    label: 'favor: strikes across the border justified as measured and precise',
    text: "India's foreign secretary, Arvind Menon, said Wednesday's strikes on militant camps near Muzaffarabad were “measured, precise and non-escalatory” and a response to the bombing of a bus in Jammu.",
    entities: [india, menon, G('Muzaffarabad'), G('Jammu')],
    quotes: [
      said("Wednesday's strikes on militant camps near Muzaffarabad were “measured, precise and non-escalatory” and a response to the bombing of a bus in Jammu", 'Arvind Menon'),
      quote('measured, precise and non-escalatory', 'Arvind Menon'),
    ],
    expected: ['Arvind Menon|intervention|favor'],
    also: ['India|intervention|favor'],
    gap: true,
  },
  {
    label: 'against and sovereignty: strikes condemned as a violation of sovereignty, with a warning of response',
    text: "Islamabad condemned the strikes as “a blatant violation of Pakistan's sovereignty” and said it reserved the right to respond “at a time and place of its choosing.”",
    entities: [G('Islamabad'), G('Pakistan')],
    quotes: [
      quote("a blatant violation of Pakistan's sovereignty", 'Islamabad'),
      said('it reserved the right to respond “at a time and place of its choosing.”', 'Islamabad'),
      quote('at a time and place of its choosing.', 'Islamabad'),
    ],
    expected: ['Islamabad|intervention|against', 'Islamabad|sovereignty|favor'],
  },
  {
    label: 'against: a fronted refusal to become "anyone\'s naval base"',
    text: "Sri Lanka “will not become anyone's naval base,” cabinet spokesman Nalinda Wijesekera said, after reports that a Chinese research vessel had sought to dock at Hambantota for six months.",
    entities: [G('Sri Lanka'), wijesekera, G('Hambantota')],
    quotes: [
      said("Sri Lanka “will not become anyone's naval base,”", 'Nalinda Wijesekera'),
      quote("will not become anyone's naval base,", 'Nalinda Wijesekera'),
    ],
    expected: ['Nalinda Wijesekera|intervention|against'],
    also: ['Nalinda Wijesekera|sovereignty|favor', 'Sri Lanka|intervention|against'],
  },
  {
    label: 'sovereignty: parliament reaffirms that disputed areas belong to the country',
    text: "Nepal's parliament unanimously reaffirmed that Kalapani, Lipulekh and Limpiyadhura “belong to Nepal,” after India opened a road through the Lipulekh pass to pilgrims.",
    entities: [G('Nepal'), G('Kalapani'), G('Lipulekh'), G('Limpiyadhura'), india],
    quotes: [
      said('Kalapani, Lipulekh and Limpiyadhura “belong to Nepal,”', 'parliament'),
      quote('belong to Nepal,', 'parliament'),
    ],
    expected: ['parliament|sovereignty|favor'],
    also: ['Nepal|sovereignty|favor'],
  },
  {
    label: 'favor: an army chief "did not rule out" a cross-border operation',
    text: "Indian Army chief Gen. Rajiv Bhandari did not rule out a cross-border operation into Myanmar's Sagaing region if insurgents kept using it to stage attacks in Manipur.",
    entities: [bhandari, G('Myanmar'), G('Sagaing'), G('Manipur')],
    expected: ['Rajiv Bhandari|intervention|favor'],
  },
  {
    label: 'none: passenger trains resume across a border crossing',
    text: "Bangladesh and India resumed passenger trains across the Benapole-Petrapole crossing on Monday after a four-month suspension, railway officials in Dhaka said.",
    entities: [G('Bangladesh'), india, G('Dhaka')],
    quotes: [said('Bangladesh and India resumed passenger trains across the Benapole-Petrapole crossing on Monday after a four-month suspension', 'railway officials')],
    expected: [],
  },

  // Middle East
  {
    label: 'against: a political bloc renews its demand that foreign troops leave',
    text: "Iraq's Coordination Framework renewed its demand on Sunday that the remaining US troops leave the country by September, saying the security pretext for their presence had expired with the defeat of the Islamic State group.",
    entities: [O('Coordination Framework'), G('Iraq'), us, O('Islamic State')],
    quotes: [said('the security pretext for their presence had expired with the defeat of the Islamic State group', 'Coordination Framework')],
    expected: ['Coordination Framework|intervention|against'],
  },
  {
    label: 'favor and against: a capital says its troops will stay, rejecting a demand for a timetable',
    text: "Ankara said its troops would stay in northern Syria “until the last terrorist cell is gone,” rejecting Damascus's demand for a withdrawal timetable.",
    entities: [G('Ankara'), syria, G('Damascus')],
    quotes: [
      said('its troops would stay in northern Syria “until the last terrorist cell is gone,”', 'Ankara'),
      quote('until the last terrorist cell is gone,', 'Ankara'),
    ],
    expected: ['Ankara|intervention|favor', 'Damascus|intervention|against'],
  },
  {
    label: 'favor: strikes defended as necessary and proportionate',
    text: "British Defence Secretary Fiona Ashdown defended the overnight strikes on radar sites near Hodeidah as “necessary and proportionate” to protect shipping in the Red Sea.",
    entities: [ashdown, G('Hodeidah')],
    quotes: [quote('necessary and proportionate', 'Fiona Ashdown')],
    expected: ['Fiona Ashdown|intervention|favor'],
  },
  {
    label: 'against (@author): an editorial calls a foreign stabilisation force a reckless adventure',
    text: "Editorial | Handing Gaza's reconstruction to a foreign stabilisation force answerable to no Palestinian is a reckless adventure dressed up as a peace plan.",
    entities: [G('Gaza')],
    expected: ['@author|intervention|against'],
    also: ['@author|sovereignty|favor'],
  },
  {
    label: 'against: "according to" an official, any foreign force will be treated as an occupier',
    text: "Any foreign force that enters the border villages will be treated as an occupier, according to Hassan Mroueh, a senior Hezbollah official.",
    entities: [mroueh, O('Hezbollah')],
    quotes: [said('Any foreign force that enters the border villages will be treated as an occupier', 'Hassan Mroueh')],
    expected: ['Hassan Mroueh|intervention|against'],
    also: ['Hezbollah|intervention|against'],
  },
  {
    label: 'against: a spokesman\'s rhetorical question about who guards a strait',
    text: "“Since when does a country 11,000 kilometres away get to decide who guards the Strait of Hormuz?” Iranian Foreign Ministry spokesman Reza Karimi asked at his weekly briefing.",
    entities: [karimi],
    quotes: [quote('Since when does a country 11,000 kilometres away get to decide who guards the Strait of Hormuz?', 'Reza Karimi')],
    expected: ['Reza Karimi|intervention|against'],
    also: ['Reza Karimi|sovereignty|favor'],
    gap: true,
  },
  {
    label: 'against and sovereignty: a regional body condemns a strike as an attack on sovereignty',
    text: "The Arab League condemned Israel's strike on an air base near Homs, calling it “a flagrant attack on Syria's sovereignty” in a statement issued in Cairo.",
    entities: [O('Arab League'), G('Israel'), G('Homs'), syria, G('Cairo')],
    quotes: [quote("a flagrant attack on Syria's sovereignty", 'Arab League')],
    expected: ['Arab League|intervention|against', 'Arab League|sovereignty|favor'],
  },
  {
    label: 'none: a party named "Forces" opens an office',
    text: "The Lebanese Forces party opened a new headquarters in Jounieh on Saturday, which party officials said would double as a campaign office ahead of the May elections.",
    entities: [O('Lebanese Forces'), G('Jounieh')],
    expected: [],
  },

  // Arctic
  {
    label: 'sovereignty: "not a property to be bought", after a purchase bill',
    text: "“We are not a property to be bought,” Greenlandic lawmaker Aaja Lyberth wrote on Facebook, after a US congressman introduced a bill authorising talks to purchase the island.",
    entities: [lyberth, us],
    quotes: [quote('We are not a property to be bought,', 'Aaja Lyberth')],
    expected: ['Aaja Lyberth|sovereignty|favor'],
    also: ['Aaja Lyberth|intervention|against', 'the congressman|sovereignty|against', 'the congressman|intervention|favor'],
    gap: true,
  },
  {
    label: 'sovereignty: a ministry calls its sovereignty over an archipelago complete, rejecting a claim about troops',
    text: "Norway's foreign ministry rejected a Russian lawmaker's claim that the Svalbard Treaty allowed Moscow to station troops on the archipelago, saying Norwegian sovereignty over Svalbard was “complete and beyond dispute.”",
    entities: [G('Norway'), G('Svalbard'), moscow],
    quotes: [
      said('the Svalbard Treaty allowed Moscow to station troops on the archipelago', 'a Russian lawmaker'),
      said('Norwegian sovereignty over Svalbard was “complete and beyond dispute.”', 'the foreign ministry'),
      quote('complete and beyond dispute.', 'the foreign ministry'),
    ],
    expected: ['the foreign ministry|sovereignty|favor'],
    also: ['Norway|sovereignty|favor', 'the foreign ministry|intervention|against', 'the lawmaker|intervention|favor', 'the lawmaker|sovereignty|against'],
  },
  {
    label: 'sovereignty: a minister says Ottawa alone decides who sails a passage',
    text: "Canadian Defence Minister Marc Lévesque said Ottawa “will decide who sails the Northwest Passage, and no one else,” after a US icebreaker crossed the route without notice.",
    entities: [levesque, G('Ottawa'), us],
    quotes: [
      said('Ottawa “will decide who sails the Northwest Passage, and no one else,”', 'Marc Lévesque'),
      quote('will decide who sails the Northwest Passage, and no one else,', 'Marc Lévesque'),
    ],
    expected: ['Marc Lévesque|sovereignty|favor'],
    also: ['Ottawa|sovereignty|favor'],
    gap: true,
  },
  {
    label: 'sovereignty: "would not stand in the way" of independence; the decision belongs to the island',
    text: "Denmark would “not stand in the way” if Greenlanders voted for independence, Danish Prime Minister Karen Holst said, adding that the decision “belongs to Greenland alone.”",
    entities: [G('Denmark'), holst, greenland],
    quotes: [
      said('Denmark would “not stand in the way” if Greenlanders voted for independence', 'Karen Holst'),
      quote('not stand in the way', 'Karen Holst'),
      said('the decision “belongs to Greenland alone.”', 'Karen Holst'),
      quote('belongs to Greenland alone.', 'Karen Holst'),
    ],
    expected: ['Karen Holst|sovereignty|favor'],
  },
  {
    label: 'none: working groups resume meetings',
    text: "The Arctic Council's working groups resumed meetings in Tromsø on Wednesday, with delegates focusing on black carbon and search-and-rescue cooperation.",
    entities: [O('Arctic Council'), G('Tromsø')],
    expected: [],
  },

  // US–Mexico
  {
    label: 'against: a pronoun quote — share intelligence, not send soldiers',
    text: "Mexico's security minister, Omar Villaseñor, told reporters on Monday that cooperation with Washington would continue. “They can share intelligence with us; they cannot send soldiers,” he said.",
    entities: [G('Mexico'), villasenor, washington],
    quotes: [
      said('cooperation with Washington would continue', 'Omar Villaseñor'),
      quote('They can share intelligence with us; they cannot send soldiers,', 'Omar Villaseñor'),
    ],
    expected: ['Omar Villaseñor|intervention|against'],
    gap: true,
  },
  {
    label: 'favor: a congressman wants special forces sent in whether or not the neighbour agrees',
    text: "Texas Republican Rep. Dale Whitcomb said US special forces should be “sent in tomorrow” to hunt cartel leaders in Sinaloa, whether Mexico City agreed or not.",
    entities: [whitcomb, G('Texas'), us, G('Sinaloa'), G('Mexico City')],
    quotes: [
      said('US special forces should be “sent in tomorrow” to hunt cartel leaders in Sinaloa, whether Mexico City agreed or not', 'Dale Whitcomb'),
      quote('sent in tomorrow', 'Dale Whitcomb'),
    ],
    expected: ['Dale Whitcomb|intervention|favor'],
    also: ['Dale Whitcomb|sovereignty|against'],
    gap: true,
  },
  {
    label: 'none: a football friendly is scheduled',
    text: "Mexico will play the United States in a friendly in Arlington, Texas, on October 11, the Mexican Football Federation said on Thursday.",
    entities: [G('Mexico'), G('United States'), G('Arlington'), G('Texas'), O('Mexican Football Federation')],
    quotes: [said('Mexico will play the United States in a friendly in Arlington, Texas, on October 11', 'Mexican Football Federation')],
    expected: [],
  },
];

/**
 * The table's rate: first blind run (2026-12-07): P 0.861 (31/36), R 0.443 (31/70). The floor is each minus 0.03,
 * rounded down. The rows that failed on that run are marked `gap` (their annotations were not changed).
 * With the quote-stance model (2026-12-07, rows never trained on): P 0.938 (45/48), R 0.643 (45/70).
 */
const FLOOR9 = { precision: 0.9, recall: 0.61 };

describeBlindTable('stances on a ninth blind table of invented news', 'blind9', rows, FLOOR9);
