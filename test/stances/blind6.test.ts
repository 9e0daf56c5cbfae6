import { G, O, P, type EntitySpec } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * A sixth blind table: invented passages annotated from GUIDELINES §5 alone, written before reading
 * the cue lexicons, the stance stage or the other stance tables, as an estimate of how the stage does
 * on news it was not built on. Rows the stage gets wrong carry `gap: true` and run as `it.fails`, so a
 * row that starts to pass turns red until it is unmarked. The last test measures the whole table
 * (precision / recall of its stances) and holds it at or above the rate recorded here.
 *
 * Reported speech ("X said that …") comes with the indirect quote the quotes stage gives it, as in
 * the pipeline; direct quotes, interview turns and posts come as hand-made quotes with their speaker.
 *
 * Actors are compared as the scorer does: an entity name exactly (after normalising), a group
 * phrase by its last word without a plural `s`. `also` lists stances an annotator could give
 * either way: predicting them is neither a hit nor a false positive.
 *
 * Annotation choices where §5 leaves room: sanctions, arms deliveries and currency "interventions"
 * are not military intervention; basing deals, foreign garrisons, instructors, mercenaries, no-fly
 * zones, drone strikes, annexation and foreign police/security missions are. A territorial purchase
 * offer backed by "other options" is pressure to take territory (favor). Sovereignty over resources
 * or data, and a region's own independence bid, are at most `also`. Journalists' questions and plain
 * reports of events carry no stance; a rhetorical question or a non-opposition ("did not oppose",
 * "stopped short of endorsing") is at most `also`.
 */

const pell = P('Oriana Pell', ['Pell']);
const kurt = P('Bastian Kurt', ['Kurt']);
const marr = P('Eliska Marr', ['Marr']);
const tesh = P('Joaquin Tesh', ['Tesh']);
const larch = P('Hugo Larch', ['Larch']);
const wilde: EntitySpec = { name: 'Petra Wilde', aliases: ['Wilde'], handles: ['@PetraWildeMP'] };
const rook = P('Anselm Rook', ['Rook']);
const quenby = P('Zara Quenby', ['Quenby']);
const ombre = P('Felix Ombre', ['Ombre']);
const vark = P('Selma Vark', ['Vark', 'SELMA VARK']);
const adzra = P('Kofi Adzra', ['Adzra']);
const brill = P('Tomas Brill', ['Brill']);
const cavour = P('Ines Cavour', ['Cavour']);
const ambler = P('Ruth Ambler', ['Ambler']);
const sandell = P('Mira Sandell', ['Sandell']);
const pliskin = P('Goran Pliskin', ['Pliskin']);
const birch = P('Leona Birch', ['Birch']);
const onwe = P('Chidi Onwe', ['Onwe']);
const haddan = P('Noor Haddan', ['Haddan']);
const semmel = P('Viktor Semmel', ['Semmel']);
const venn = P('Arto Venn', ['Venn']);
const kolm = P('Beatrix Kolm', ['Kolm']);
const ferro = P('Jonas Ferro', ['Ferro']);
const sulk: EntitySpec = { name: 'Dana Sulk', aliases: ['Sulk'], handles: ['@DanaSulk'] };
const dunne = P('Marguerite Dunne', ['Dunne']);
const roux = P('Hana Roux', ['Roux']);
const lane = P('Idris Lane', ['Lane']);
const tilsen = P('Ada Tilsen', ['Tilsen']);
const okoro = P('Femi Okoro', ['Okoro']);
const strand = P('Kaja Strand', ['Strand']);
const belmarra = G('Belmarra');
const kettland = G('Kettland');
const sarnovia = G('Sarnovia');
const drevany = G('Drevany');
const lucerra = G('Lucerra');
const varenne = G('Varenne');
const tolmar = G('Tolmar');
const corlis = G('Corlis');
const velmont = G('Velmont');
const vessin = G('Vessin');
const tarsk = G('Tarsk');
const marrowFord = G('Marrow Ford');
const hasra = G('Hasra');
const un = O('United Nations');
const securityCouncil = O('Security Council');
const generalAssembly = O('General Assembly');
const civicDawn = O('Civic Dawn');
const renewal = O("People's Renewal Party");
const unityFront = O('National Unity Front');
const kdf = O('Kettland Defence Forces');

const rows: readonly BlindRow[] = [
  // intervention: favor
  { gap: true, label: 'wire: basing deal lets a foreign army keep troops', text: "Belmarra and Kettland signed a ten-year agreement on Tuesday allowing Kettland to keep up to 4,000 troops at the Vessin air base, Belmarra's defence minister, Oriana Pell, said.", entities: [belmarra, kettland, vessin, pell], quotes: [said('Belmarra and Kettland signed a ten-year agreement on Tuesday allowing Kettland to keep up to 4,000 troops at the Vessin air base', 'Oriana Pell')], expected: ['Belmarra|intervention|favor'], also: ['Kettland|intervention|favor', 'Oriana Pell|intervention|favor'] },
  { label: 'interim president asks the UN for peacekeepers', text: "Sarnovia's interim president, Bastian Kurt, asked the United Nations on Monday to send peacekeepers to the eastern province of Tolmar, where militias have seized three towns.", entities: [kurt, sarnovia, un, tolmar], expected: ['Bastian Kurt|intervention|favor'], also: ['Sarnovia|intervention|favor'] },
  { gap: true, label: 'residents welcome a foreign police mission', text: 'Residents of Marrow Ford welcomed the first 400 Kenyan police officers of the multinational security mission on Thursday, some lining the coast road to cheer.', entities: [marrowFord], expected: ['residents|intervention|favor'] },
  { label: 'army chief needs allied air support', text: 'Drevany\'s army chief, General Eliska Marr, said her forces needed air support from their allies "within days, not weeks" to retake the city of Tarsk.', entities: [drevany, marr, tarsk], quotes: [said('her forces needed air support from their allies "within days, not weeks" to retake the city of Tarsk', 'Eliska Marr'), quote('within days, not weeks', 'Eliska Marr')], expected: ['Eliska Marr|intervention|favor'] },
  { label: 'foreign forces justify a drone strike as self-defence', text: 'The Kettland Defence Forces said their drones had struck a weapons depot inside Sarnovia overnight, calling the strike "a necessary act of self-defence" against groups that had shelled border villages.', entities: [kdf, kettland, sarnovia], quotes: [said('their drones had struck a weapons depot inside Sarnovia overnight', 'Kettland Defence Forces'), quote('a necessary act of self-defence', 'Kettland Defence Forces')], expected: ['Kettland Defence Forces|intervention|favor'], also: ['Kettland|intervention|favor'] },
  { gap: true, label: 'rights groups and a party call for a no-fly zone', text: "Rights groups and the opposition Civic Dawn party called on Western governments to impose a no-fly zone over Drevany's northern provinces.", entities: [civicDawn, drevany], expected: ['Civic Dawn|intervention|favor', 'rights groups|intervention|favor'] },
  { gap: true, label: 'parliament votes to annex a neighbour’s peninsula', text: "Belmarra's parliament voted 301 to 12 on Thursday to annex the Ostrel peninsula, a strip of Lucerran coast that Belmarran troops have held since March.", entities: [belmarra], expected: ['parliament|intervention|favor'], also: ['Belmarra|intervention|favor', 'parliament|sovereignty|against'] },
  { gap: true, label: 'purchase offer with other options', text: 'Presidential candidate Hugo Larch said he would offer Varenne $15 billion for the Sallow Islands and, if the offer was refused, "look at other options."', entities: [larch, varenne], quotes: [said('he would offer Varenne $15 billion for the Sallow Islands and, if the offer was refused, "look at other options."', 'Hugo Larch'), quote('look at other options.', 'Hugo Larch')], expected: ['Hugo Larch|intervention|favor'], also: ['Hugo Larch|sovereignty|against'] },
  { gap: true, label: 'op-ed: the bloc should send its standby force', text: 'It is time the regional bloc stopped issuing communiqués and sent its standby force to Tolmar. Every month of delay is another month the militias dig in.', entities: [tolmar], expected: ['@author|intervention|favor'] },
  { gap: true, label: 'post: send the 3rd Division', text: "If Drevany can't secure its own border, we should do it for them. Send the 3rd Division.\n— Petra Wilde (@PetraWildeMP) April 2, 2025", entities: [wilde, drevany], quotes: [quote("If Drevany can't secure its own border, we should do it for them. Send the 3rd Division.", 'Petra Wilde', 'post')], expected: ['Petra Wilde|intervention|favor'], also: ['Petra Wilde|sovereignty|against'] },
  { gap: true, label: 'threat: an attack would be met with a military response', text: 'Foreign Minister Anselm Rook warned Lucerra that any attack on ethnic Belmarrans living there would be met with "a military response."', entities: [rook, lucerra], quotes: [said('any attack on ethnic Belmarrans living there would be met with "a military response."', 'Anselm Rook'), quote('a military response.', 'Anselm Rook')], expected: ['Anselm Rook|intervention|favor'] },
  { label: "negation: did not oppose the PM's plan to send marines", text: "Zara Quenby, leader of the opposition, did not oppose Prime Minister Felix Ombre's plan to send a frigate and 300 marines to the Tessin archipelago, saying only that parliament should be consulted.", entities: [quenby, ombre], expected: ['Felix Ombre|intervention|favor'], also: ['Zara Quenby|intervention|favor'] },
  { label: 'defends a foreign garrison in parliament', text: 'Defending the lease, Marguerite Dunne told parliament that the Kettland garrison at Vessin was "the only thing standing between us and another invasion."', entities: [dunne, kettland, vessin], quotes: [said('the Kettland garrison at Vessin was "the only thing standing between us and another invasion."', 'Marguerite Dunne'), quote('the only thing standing between us and another invasion.', 'Marguerite Dunne')], expected: ['Marguerite Dunne|intervention|favor'] },
  { label: 'quote: glad the foreign instructors came', text: '"We asked for these instructors, and we are glad they came," said Colonel Hana Roux of the Sarnovian army, standing beside Kettland trainers at a firing range.', entities: [roux, kettland], quotes: [quote('We asked for these instructors, and we are glad they came,', 'Hana Roux')], expected: ['Hana Roux|intervention|favor'] },
  { label: 'shopkeepers urge keeping a foreign garrison', text: 'Shopkeepers in Vessin urged the government not to expel the Kettland garrison, saying the base employs 2,000 local people.', entities: [vessin, kettland], expected: ['shopkeepers|intervention|favor'] },
  { label: 'ministry invites a foreign security mission', text: "Sarnovia's interior ministry formally invited a Kettland police contingent to help secure polling stations in Tolmar during next month's vote.", entities: [sarnovia, kettland, tolmar], expected: ['interior ministry|intervention|favor'], also: ['Sarnovia|intervention|favor'] },
  { gap: true, label: 'mayor: the peacekeepers must stay', text: 'Femi Okoro, the mayor of Tarsk, pleaded with the United Nations not to pull its peacekeepers out of the city before the rainy season.', entities: [okoro, tarsk, un], expected: ['Femi Okoro|intervention|favor'] },

  // intervention: against
  { gap: true, label: 'junta expels foreign military instructors', text: "Sarnovia's ruling junta gave 150 Kettland military instructors until the end of the month to leave the country, accusing them of spying.", entities: [sarnovia, kettland], expected: ['Sarnovia|intervention|against'] },
  { label: 'protesters demand expulsion of mercenaries', text: 'Protesters in Corlis demanded the expulsion of the foreign mercenaries guarding the gold mines, chanting "No hired guns on our soil."', entities: [corlis], quotes: [quote('No hired guns on our soil.', 'protesters')], expected: ['protesters|intervention|against'], also: ['protesters|sovereignty|favor'] },
  { label: 'capital demands troop withdrawal', text: 'Corlis on Wednesday demanded that Kettland withdraw its troops from the Vessin base by the end of the year, reversing a basing deal signed in 2019.', entities: [corlis, kettland, vessin], expected: ['Corlis|intervention|against'] },
  { label: 'ministry statement: operation treated as aggression', text: 'A statement from Lucerra\'s foreign ministry warned that any foreign military operation on Lucerran soil "would be treated as an act of aggression."', entities: [lucerra], quotes: [said('any foreign military operation on Lucerran soil "would be treated as an act of aggression."', 'foreign ministry'), quote('would be treated as an act of aggression.', 'foreign ministry')], expected: ['foreign ministry|intervention|against'], also: ['foreign ministry|sovereignty|favor'] },
  { label: 'party will vote against sending troops', text: "The opposition People's Renewal Party said it would vote against sending troops to Tolmar, arguing that the country could not afford another war abroad.", entities: [renewal, tolmar], quotes: [said('it would vote against sending troops to Tolmar', "People's Renewal Party")], expected: ["People's Renewal Party|intervention|against"] },
  { label: 'international community condemns an incursion', text: "The international community condemned Belmarra's incursion into Lucerran territory, and the Security Council called for an immediate withdrawal.", entities: [belmarra, securityCouncil], expected: ['Security Council|intervention|against', 'international community|intervention|against'], also: ['international community|sovereignty|favor', 'Security Council|sovereignty|favor', 'Belmarra|intervention|favor'] },
  { label: 'interview: we do not need anyone’s soldiers', text: "Selma Vark, Drevany's interior minister, spoke to reporters on the eve of the vote.\nQ: Would you accept foreign troops to secure the election?\nSELMA VARK: We don't need anyone's soldiers. Our police can protect the ballot.", entities: [vark, drevany], quotes: [quote('Would you accept foreign troops to secure the election?', null), quote("We don't need anyone's soldiers. Our police can protect the ballot.", 'Selma Vark')], expected: ['Selma Vark|intervention|against'] },
  { gap: true, label: 'analysis: an expeditionary force would repeat mistakes', text: 'Whatever its intentions, a Western expeditionary force in Sarnovia would repeat every mistake of the last intervention, and Sarnovians would pay for it.', entities: [sarnovia], expected: ['@author|intervention|against'] },
  { label: 'elders: foreign drone strikes must stop', text: 'Tribal elders in Hasra said the American drone strikes had killed more civilians than militants and must stop.', entities: [hasra], quotes: [said('the American drone strikes had killed more civilians than militants and must stop', 'tribal elders')], expected: ['tribal elders|intervention|against'] },
  { label: 'quote: the bombing has to end', text: '"Kettland\'s bombing of our towns has to end today, not after another summit," said Kofi Adzra, who heads a relief committee in Marrow Ford.', entities: [kettland, adzra, marrowFord], quotes: [quote("Kettland's bombing of our towns has to end today, not after another summit,", 'Kofi Adzra')], expected: ['Kofi Adzra|intervention|against'] },
  { label: 'PM: no foreign base on our soil', text: "Tomas Brill, Varenne's prime minister, told lawmakers his government would not allow any foreign power to build a military base on Varennese soil.", entities: [brill, varenne], quotes: [said('his government would not allow any foreign power to build a military base on Varennese soil', 'Tomas Brill')], expected: ['Tomas Brill|intervention|against'], also: ['Tomas Brill|sovereignty|favor'] },
  { label: 'sanctions, not air strikes', text: "Senator Ruth Ambler said sanctions, not air strikes, were the right answer to Drevany's crackdown on protesters.", entities: [ambler, drevany], quotes: [said("sanctions, not air strikes, were the right answer to Drevany's crackdown on protesters", 'Ruth Ambler')], expected: ['Ruth Ambler|intervention|against'] },

  // sovereignty: favor
  { label: 'ministry: interference in our internal affairs', text: 'Drevany\'s foreign ministry rejected the criticism as "interference in our internal affairs" and summoned the Kettland envoy.', entities: [drevany, kettland], quotes: [quote('interference in our internal affairs', 'foreign ministry')], expected: ['foreign ministry|sovereignty|favor'] },
  { label: 'airspace violation as a violation of sovereignty', text: 'Varenne summoned Kettland\'s ambassador on Friday after two Kettland fighter jets entered its airspace, calling the flights "a flagrant violation of our sovereignty."', entities: [varenne, kettland], quotes: [quote('a flagrant violation of our sovereignty.', 'Varenne')], expected: ['Varenne|sovereignty|favor'], also: ['Varenne|intervention|against'] },
  { gap: true, label: 'president: only our voters choose our government', text: "Varenne's President Mira Sandell accused Belmarra of meddling in the election, saying that \"Varennese voters, and only Varennese voters, will choose our government.\"", entities: [varenne, sandell, belmarra], quotes: [said('"Varennese voters, and only Varennese voters, will choose our government."', 'Mira Sandell'), quote('Varennese voters, and only Varennese voters, will choose our government.', 'Mira Sandell')], expected: ['Mira Sandell|sovereignty|favor'] },
  { gap: true, label: 'territorial integrity is not up for a vote', text: 'Sarnovia\'s constitutional court ruled the planned independence referendum in Tolmar illegal, and Prime Minister Goran Pliskin said the country\'s territorial integrity "is not up for a vote."', entities: [sarnovia, tolmar, pliskin], quotes: [said('the country\'s territorial integrity "is not up for a vote."', 'Goran Pliskin'), quote('is not up for a vote.', 'Goran Pliskin')], expected: ['Goran Pliskin|sovereignty|favor'], also: ['constitutional court|sovereignty|favor'] },
  { gap: true, label: 'protesters: not for sale', text: 'Protesters marched through Corlis on Saturday behind a banner reading "Belmarra is not for sale" after reports that the government was negotiating to lease an island to Kettland.', entities: [corlis, belmarra, kettland], expected: ['protesters|sovereignty|favor'], also: ['protesters|intervention|against'] },
  { label: 'party demands the government reassert sovereignty', text: "Lucerra's National Unity Front tabled a motion demanding that the government reassert sovereignty over the Sallow Islands, which Varenne has administered since 1982.", entities: [lucerra, unityFront, varenne], expected: ['National Unity Front|sovereignty|favor'] },
  { gap: true, label: 'capital: the straits are internal waters', text: 'Velmont said on Tuesday that the straits were Varennese internal waters and that foreign warships would need permission to pass.', entities: [velmont], quotes: [said('the straits were Varennese internal waters and that foreign warships would need permission to pass', 'Velmont')], expected: ['Velmont|sovereignty|favor'] },
  { gap: true, label: 'international community affirms territorial integrity', text: "The international community has repeatedly affirmed Lucerra's territorial integrity, and a General Assembly resolution passed on Friday did so again.", entities: [lucerra, generalAssembly], expected: ['General Assembly|sovereignty|favor', 'international community|sovereignty|favor'] },
  { gap: true, label: 'ambassador: borders settled by treaty', text: 'Ambassador Noor Haddan told the council that Drevany\'s borders "were settled by treaty and will be defended."', entities: [haddan, drevany], quotes: [said('Drevany\'s borders "were settled by treaty and will be defended."', 'Noor Haddan'), quote('were settled by treaty and will be defended.', 'Noor Haddan')], expected: ['Noor Haddan|sovereignty|favor'] },
  { label: 'non-recognition of an annexation', text: 'Kettland does not recognise the annexation of the Ostrel peninsula and never will, Foreign Minister Viktor Semmel said.', entities: [kettland, semmel], quotes: [said('Kettland does not recognise the annexation of the Ostrel peninsula and never will', 'Viktor Semmel')], expected: ['Viktor Semmel|sovereignty|favor'], also: ['Viktor Semmel|intervention|against', 'Kettland|sovereignty|favor', 'Kettland|intervention|against'] },
  { gap: true, label: 'column: a small country may pick its friends', text: "Lucerra owes no one an explanation for whom it trades with or which alliances it joins. That is what being an independent country means.", entities: [lucerra], expected: ['@author|sovereignty|favor'] },

  // sovereignty: against
  { label: 'talk of sovereignty a pretext', text: 'Belmarran state television host Arto Venn called Lucerra\'s talk of sovereignty "a pretext for persecuting Belmarran speakers."', entities: [venn, lucerra], quotes: [quote('a pretext for persecuting Belmarran speakers.', 'Arto Venn')], expected: ['Arto Venn|sovereignty|against'] },
  { label: 'never existed as a state', text: 'Writing in a party newspaper, Beatrix Kolm argued that Lucerra had "never existed as a state" before 1991 and that its borders were an invention of foreign diplomats.', entities: [kolm, lucerra], quotes: [said('Lucerra had "never existed as a state" before 1991 and that its borders were an invention of foreign diplomats', 'Beatrix Kolm'), quote('never existed as a state', 'Beatrix Kolm')], expected: ['Beatrix Kolm|sovereignty|against'], also: ['Beatrix Kolm|intervention|favor'] },
  { label: 'sovereignty cannot be a shield', text: 'Jonas Ferro, a former envoy, wrote that sovereignty "cannot be a shield" for a government that starves its own people, and that the Drevany regime had lost any claim to it.', entities: [ferro, drevany], quotes: [said('sovereignty "cannot be a shield" for a government that starves its own people, and that the Drevany regime had lost any claim to it', 'Jonas Ferro'), quote('cannot be a shield', 'Jonas Ferro')], expected: ['Jonas Ferro|sovereignty|against'], also: ['Jonas Ferro|intervention|favor'] },
  { label: 'opinion: sovereignty a convenient slogan', text: "Varenne's leaders wave the flag of sovereignty whenever inspectors ask to see the prisons. It is a convenient slogan, not a principle.", entities: [varenne], expected: ['@author|sovereignty|against'] },
  { gap: true, label: 'post: borders are lines drawn by losers', text: "Drevany's borders are lines on a map drawn by losers. We'll take back what's ours.\n— Dana Sulk (@DanaSulk) May 14, 2025", entities: [sulk, drevany], quotes: [quote("Drevany's borders are lines on a map drawn by losers. We'll take back what's ours.", 'Dana Sulk', 'post')], expected: ['Dana Sulk|intervention|favor', 'Dana Sulk|sovereignty|against'] },
  { gap: true, label: 'commentator: a protectorate in all but name', text: 'Kaja Strand, a commentator on Kettland state radio, said Sarnovia was "a protectorate in all but name" and had no business lecturing Kettland about its borders.', entities: [strand, sarnovia, kettland], quotes: [said('Sarnovia was "a protectorate in all but name" and had no business lecturing Kettland about its borders', 'Kaja Strand'), quote('a protectorate in all but name', 'Kaja Strand')], expected: ['Kaja Strand|sovereignty|against'] },

  // ambiguous: at most `also`
  { label: 'arms yes, troops not asked for', text: "Lucerra's foreign minister, Joaquin Tesh, appealed for more air-defence systems and artillery shells, but said his country was not asking for foreign troops.", entities: [lucerra, tesh], quotes: [said('his country was not asking for foreign troops', 'Joaquin Tesh')], expected: [], also: ['Joaquin Tesh|intervention|favor', 'Joaquin Tesh|intervention|against'] },
  { label: 'stopped short of endorsing a mission', text: 'Ines Cavour, the Lucerran president, expressed sympathy for the refugees but stopped short of endorsing a peace-enforcement mission in the border zone.', entities: [cavour], expected: [], also: ['Ines Cavour|intervention|against'] },
  { label: 'separatist leader plans her own referendum', text: "Leona Birch, who leads the Tolmar Independence Movement, said the region would hold its own referendum on independence in September whatever the capital decided.", entities: [birch, O('Tolmar Independence Movement')], quotes: [said('the region would hold its own referendum on independence in September whatever the capital decided', 'Leona Birch')], expected: [], also: ['Leona Birch|sovereignty|favor', 'Leona Birch|sovereignty|against', 'Tolmar Independence Movement|sovereignty|favor'] },
  { label: 'resource sovereignty over lithium', text: '"The lithium under our feet belongs to Lucerrans, and no foreign company will decide how it is mined," Mining Minister Chidi Onwe said.', entities: [onwe], quotes: [quote('The lithium under our feet belongs to Lucerrans, and no foreign company will decide how it is mined,', 'Chidi Onwe')], expected: [], also: ['Chidi Onwe|sovereignty|favor'] },
  { label: 'digital sovereignty for health records', text: "Varenne's data protection authority said cloud providers must keep citizens' health records on servers inside the country, citing what it called digital sovereignty.", entities: [varenne], quotes: [said("cloud providers must keep citizens' health records on servers inside the country", 'data protection authority')], expected: [], also: ['data protection authority|sovereignty|favor'] },
  { label: 'rhetorical question: who protects us if peacekeepers leave', text: '"Who will protect our villages if the peacekeepers leave?" asked Idris Lane, the mayor of Hasra.', entities: [lane, hasra], quotes: [quote('Who will protect our villages if the peacekeepers leave?', 'Idris Lane')], expected: [], also: ['Idris Lane|intervention|favor'] },

  // no stance
  { label: 'none: Rapid Support Forces seen in a market town', text: 'Fighters from the Rapid Support Forces were seen in the market town of Abu Kel on Sunday, residents said.', entities: [O('Rapid Support Forces'), G('Abu Kel')], quotes: [said('Fighters from the Rapid Support Forces were seen in the market town of Abu Kel on Sunday', 'residents')], expected: [] },
  { label: 'none: a party named for sovereignty elects a treasurer', text: 'The National Sovereignty Party elected Ada Tilsen as its new treasurer at a congress in Velmont on Saturday.', entities: [O('National Sovereignty Party'), tilsen, velmont], expected: [] },
  { label: 'none: a base in history', text: 'Kettland troops were stationed at Vessin from 1951 until 1994, when the base was handed back to local authorities.', entities: [kettland, vessin], expected: [] },
  { label: 'none: neutral report of arriving soldiers', text: "About 600 Varennese soldiers arrived in Tolmar on Sunday as part of the regional mission, according to the mission's spokesperson.", entities: [tolmar], quotes: [said('About 600 Varennese soldiers arrived in Tolmar on Sunday as part of the regional mission', "the mission's spokesperson")], expected: [] },
  { label: 'none: currency intervention', text: "The central bank's intervention in the currency market lifted the lucerro by 2 percent against the dollar on Tuesday.", expected: [] },
  { label: 'none: sanctions alone', text: 'Finance ministers from the bloc agreed to freeze the assets of 40 Drevany officials and to ban exports of dual-use goods.', entities: [drevany], expected: [] },
  { label: 'none: support in a poll', text: 'Support for Prime Minister Tomas Brill fell to 31 percent in a poll published on Monday, the lowest since he took office.', entities: [brill], expected: [] },
  { label: 'none: Independence Day parade', text: 'Thousands lined the streets of Velmont for the Independence Day parade, which featured tanks, folk dancers and a flypast.', entities: [velmont], expected: [] },
  { label: 'none: journalists ask, officials decline', text: 'Will Kettland send ground troops into Sarnovia? Officials in both capitals declined to comment on Monday.', entities: [kettland, sarnovia], expected: [] },
  { label: 'none: Peacekeepers FC wins the cup', text: 'Marrow Ford Peacekeepers FC beat Tarsk United 2-1 to win the national cup on Sunday.', entities: [O('Marrow Ford Peacekeepers FC'), O('Tarsk United')], expected: [] },
];


/**
 * The table's rate: first blind run (2026-12-06) P 0.750 (18/24), R 0.360 (18/50); after the general lexicon
 * it showed missing (garrisons, security and police missions, air support, 'an act of aggression', 'has to end',
 * 'not up for a vote', 'cannot be a shield', pleading, 'never existed as a state'), P 0.788 (26/33), R 0.520 (26/50).
 */
const FLOOR6 = { precision: 0.8, recall: 0.56 };

describeBlindTable('stances on a sixth blind table of invented news', 'blind6', rows, FLOOR6);
