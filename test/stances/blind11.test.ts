import { G, O, P, type EntitySpec } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * An eleventh blind table: invented passages written like wire copy, features, analysis and opinion about
 * real countries, capitals and international bodies, with invented people, parties, groups, places below
 * country level and events, annotated from GUIDELINES §5 (and §3 on entities, institutions and group
 * actors) alone. It was written before running the stance stage and without reading it, its lexicons, its
 * other tests or the other blind tables' rows (only GUIDELINES, the runner, the helpers, and the imports,
 * header comment and closing call of the tenth table were read), as an estimate of how the stage does on
 * news it was not built on. The rows that failed on the first run (2026-12-07, commit 3a742d8: P 0.727
 * (32/44), R 0.327 (32/98)) are marked `gap` (their annotations were not changed after the run).
 *
 * It aims at how news NARRATES stances outside quotes, and at stances inside direct quotes that are
 * phrased indirectly:
 * - a government's, parliament's, court's or group's actions and decisions told in narration: voted to
 *   extend a mandate, suspended defence cooperation, recalled a chargé d'affaires, filed a complaint at the
 *   Security Council, summoned an ambassador, expelled a defence attaché, granted access to airfields,
 *   formally asked for troops, rejected a request, suspended a decision, vetoed a resolution, approved a
 *   treaty or a dispatch, blocked a plan, froze cooperation, denied overflight, lodged a protest, walked out
 *   in protest, authorised strikes, signed a decree inviting soldiers, ended a base lease, extended a
 *   deployment, marched on an embassy, called a strike, boycotted a vote;
 * - rhetoric in quotes that carries a stance without naming it ("we will not be anyone's colony", "our
 *   soldiers can defend our villages", "without them the north falls", "who invited these ships into our
 *   waters?", "is Dhaka now a district of someone else's capital?", "help that arrives in tanks is not
 *   help", "let them come with their drones", "I would rather lose this election than …", "we asked for
 *   help, and help came");
 * - noun cues owned by someone ("Sékowa's proposal to invite Chadian troops", "a plan backed by Interior
 *   Minister Benavides", "Portugal's refusal to let US tankers use …", "the movement's demand that …",
 *   "his warning against any “military adventure”", "the general's call for Jordanian troops", "the
 *   minister's insistence that only Bamako decides …", "Kigali's offer", "Baghdad's protest");
 * - conditions ("only if every flight was approved by Guatemalan commanders", "only under a UN mandate",
 *   "if Kinshasa cannot or will not"), contrasts ("welcomed … drones … but rejected any return of combat
 *   troops", "thanked Beijing for the relief flights, but …"), negation and modality ("has never allowed and
 *   will never allow", "could not see how anyone could oppose", "nothing was off the table", "not against
 *   the mission in principle but …", "declined to condemn");
 * - holders that are capitals (Kigali, Washington, Paris, Ankara, Baghdad, Tehran, Nairobi), ministries, a
 *   council of ministers, a cabinet, parliaments and congresses, a constitutional court, juntas and military
 *   councils in power (as their countries), named parties and movements, a dockers' union, students,
 *   protesters, women marchers, bishops, veterans, herders' associations, critics, analysts, an unnamed
 *   commander, and the article's own voice (`@author`) in five opinion, comment or editorial rows.
 * About a quarter of the rows carry no stance, among them traps: cue words inside names (National
 * Sovereignty Alliance, Rapid Intervention Brigade, Sovereign Gold Refiners, a film called “Operation Sahel
 * Shield”), sovereign bonds, a football side defending its title and a "late strike", a central bank
 * intervening to defend the lira, surgical intervention, a court declining to intervene, a prime minister's
 * intervention in a teachers' strike, food and digital sovereignty, an invasion of armyworms, a students'
 * occupation, history (paratroopers in 1978), a joint exercise, a scheduled vote, a ministry declining to
 * comment or confirming a departure, an ANALYSIS piece, and a news agency or a correspondent merely
 * reporting troop movements.
 *
 * Reported speech comes with the indirect quote the quotes stage gives it (the content clause, with its
 * speaker); direct quotes and attributed fragments come as hand-made quotes with their speaker.
 *
 * Annotation choices where §5 leaves room:
 * - The actor is whoever the text makes hold the view; a ministry, cabinet, council, parliament or group that
 *   is not an entity is a group phrase; a junta or military council in power speaks as its country; the
 *   government a person speaks for is at most `also`. An outlet or correspondent reporting holds no stance.
 * - The owner of a noun that carries the stance holds it, whatever the sentence's subject (the proposer of a
 *   blocked plan is `favor`, the body that blocks it `against`; the requester of a rejected request `favor`).
 * - Extending a foreign force's mandate or deployment, asking for troops, granting access, approving a
 *   dispatch, signing a decree inviting soldiers are `intervention|favor`; suspending cooperation, freezing
 *   it, denying overflight, ending a base lease, recalling an envoy over strikes, vetoing a force are
 *   `against`. A court suspending a deployment on legal grounds is at most `also`. Abstaining is at most
 *   `also`. Withdrawing from a pact for a procedural reason is at most `also`.
 * - A protest against an airspace or territorial violation is both `sovereignty|favor` and
 *   `intervention|against`; a complaint that names "territorial integrity" is `sovereignty|favor` for sure.
 * - Rhetoric gives the stance it plainly means: a reply to an offer of troops that says one's own soldiers
 *   suffice is `intervention|against`; "anyone's colony", "not drawn in Moscow", "solved by this country's
 *   people" are `sovereignty|favor` (the implied `intervention|against` only `also`); calling sovereignty a
 *   word to hide behind is `sovereignty|against`; defiance of threatened strikes is `intervention|against`.
 * - Accepting foreign forces only on conditions of host control is `sovereignty|favor`, the conditional
 *   acceptance at most `intervention|favor` (`also`); considering a contribution "only under a UN mandate"
 *   and being "not against the mission in principle" are no stance (both readings `also`).
 */

/** A named non-political place (sea, shoal, region, island): never a stance actor. */
const L = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'LOC', aliases });

const rows: readonly BlindRow[] = [
  // ——— actions and decisions told in narration ———
  {
    label: 'narration: a national assembly votes to extend a French mandate, after rejecting an opposition motion',
    gap: true,
    text: "Chad's national assembly voted 112 to 9 on Tuesday to extend by a year the mandate of the French air detachment at Kourmala, after rejecting an opposition motion that called for the aircraft to leave by June.",
    entities: [G('Chad')],
    expected: ['national assembly|intervention|favor', 'opposition|intervention|against'],
    also: ['Chad|intervention|favor'],
  },
  {
    label: 'narration: a military government suspends defence cooperation and gives trainers 30 days',
    text: "Niger's military government suspended all defence cooperation with Germany on Friday and gave the 140 German trainers at the Tassara air base 30 days to leave the country.",
    entities: [G('Niger'), G('Germany')],
    expected: ['Niger|intervention|against'],
    also: ['Niger|sovereignty|favor'],
  },
  {
    label: 'narration: a chargé d\'affaires recalled over air strikes',
    text: "Afghanistan recalled its chargé d'affaires from Islamabad on Sunday after what it called Pakistani air strikes on a market in the border district of Sar Kandao, and said it would raise the attack at the United Nations.",
    entities: [G('Afghanistan'), G('Islamabad'), O('United Nations')],
    quotes: [said('it would raise the attack at the United Nations', 'Afghanistan')],
    expected: ['Afghanistan|intervention|against'],
    also: ['Afghanistan|sovereignty|favor'],
  },
  {
    label: 'narration: a complaint to the Security Council over a checkpoint on an island',
    gap: true,
    text: 'Guyana filed a complaint with the UN Security Council on Monday, accusing Venezuela of violating its territorial integrity after Venezuelan soldiers set up a checkpoint on an island in the Maruwa river.',
    entities: [G('Guyana'), G('Venezuela'), O('UN Security Council')],
    expected: ['Guyana|sovereignty|favor', 'Guyana|intervention|against'],
    also: ['Venezuela|sovereignty|against', 'Venezuela|intervention|favor'],
  },
  {
    label: 'narration: a foreign ministry summons an ambassador over water cannon',
    gap: true,
    text: "The Philippine foreign ministry summoned China's ambassador on Thursday to protest what it called the “dangerous and illegal” use of water cannon by Chinese coast guard vessels near Bantay Shoal, inside the Philippines' exclusive economic zone.",
    entities: [G('Philippines'), G('China'), L('Bantay Shoal')],
    quotes: [quote('dangerous and illegal', 'the foreign ministry')],
    expected: ['foreign ministry|intervention|against'],
    also: ['foreign ministry|sovereignty|favor', 'Philippines|intervention|against', 'Philippines|sovereignty|favor'],
  },
  {
    label: 'narration: a defence attaché expelled for acts against sovereignty; state television only reports',
    text: "Mali's transitional authorities expelled the French defence attaché on Wednesday, accusing him of “activities incompatible with the sovereignty of the state”, state television ORTM reported.",
    entities: [G('Mali'), O('ORTM')],
    quotes: [
      said("Mali's transitional authorities expelled the French defence attaché on Wednesday, accusing him of “activities incompatible with the sovereignty of the state”", 'ORTM'),
      quote('activities incompatible with the sovereignty of the state', 'Mali'),
    ],
    expected: ['Mali|sovereignty|favor'],
    also: ['Mali|intervention|against'],
  },
  {
    label: 'narration: a government grants US aircraft access to airfields',
    gap: true,
    text: 'Ecuador granted US surveillance aircraft access to two coastal airfields for counter-narcotics flights under an agreement signed in Quito on Monday by Defence Minister Raúl Esquivar and the US ambassador.',
    entities: [G('Ecuador'), G('US'), G('Quito'), P('Raúl Esquivar', ['Esquivar'])],
    expected: ['Ecuador|intervention|favor'],
    also: ['Raúl Esquivar|intervention|favor', 'US|intervention|favor'],
  },
  {
    label: 'narration: a government formally asks a neighbour for more troops',
    text: 'Mozambique formally asked Rwanda on Saturday to send a further 1,500 troops to Nacuria province, where insurgents overran the district town of Chitolo last month.',
    entities: [G('Mozambique'), G('Rwanda')],
    expected: ['Mozambique|intervention|favor'],
  },
  {
    label: 'narration: a request from Washington rejected, told in a ministry statement',
    text: "Colombia's government has rejected a request from Washington to base US Army helicopters at the Puerto Alcira airfield, the defence ministry said in a statement on Tuesday.",
    entities: [G('Colombia'), G('Washington'), G('US')],
    quotes: [said("Colombia's government has rejected a request from Washington to base US Army helicopters at the Puerto Alcira airfield", 'the defence ministry')],
    expected: ['Colombia|intervention|against', 'Washington|intervention|favor'],
    also: ['defence ministry|intervention|against'],
  },
  {
    label: "narration: a court suspends the government's decision to send soldiers abroad",
    text: "Malawi's constitutional court on Thursday suspended the government's decision to send 300 soldiers to the regional force in eastern Congo, ruling that parliament had not approved it.",
    entities: [G('Malawi'), G('Congo')],
    quotes: [said('parliament had not approved it', 'the constitutional court')],
    expected: ['Malawi|intervention|favor'],
    also: ['constitutional court|intervention|against'],
  },
  {
    label: 'narration: a veto of a multinational force; the draft put forward by two members; two abstain',
    gap: true,
    text: "Russia vetoed a Security Council resolution on Friday that would have authorised a multinational force to secure aid routes into Sudan's West Kordal region. The draft, put forward by Britain and Sierra Leone, won 12 votes, with China and Algeria abstaining.",
    entities: [G('Russia'), G('Sudan'), G('Britain'), G('Sierra Leone'), G('China'), G('Algeria'), O('Security Council')],
    expected: ['Russia|intervention|against', 'Britain|intervention|favor', 'Sierra Leone|intervention|favor'],
    also: ['China|intervention|against', 'Algeria|intervention|against'],
  },
  {
    label: 'narration: a cabinet approves a treaty letting Australian police and soldiers operate from bases',
    text: "Papua New Guinea's cabinet on Wednesday approved a security treaty that will let Australian police and soldiers operate from three bases, including one on Kuriva Island, in exchange for A$600 million in training and equipment.",
    entities: [G('Papua New Guinea'), L('Kuriva Island')],
    expected: ['cabinet|intervention|favor'],
    also: ['Papua New Guinea|intervention|favor'],
  },
  {
    label: "narration + noun cue: Congress blocks the president's plan to let US troops train",
    text: "Peru's Congress on Thursday blocked President Elvira Cachay's plan to let 900 US troops train in the Alto Tambillo valley, with 71 lawmakers voting against the authorisation and 38 in favour.",
    entities: [G('Peru'), O('Congress'), P('Elvira Cachay', ['Cachay']), G('US')],
    expected: ['Elvira Cachay|intervention|favor', 'Congress|intervention|against'],
    also: ['lawmakers|intervention|against'],
  },
  {
    label: "narration: a junta freezes cooperation with an EU training mission",
    gap: true,
    text: "Burkina Faso's junta froze cooperation with the European Union's military training mission on Monday and confined its 60 instructors to their quarters in Ouagadougou pending their departure.",
    entities: [G('Burkina Faso'), O('European Union'), G('Ouagadougou')],
    expected: ['Burkina Faso|intervention|against'],
  },
  {
    label: 'narration: a council of ministers approves a battalion for a regional force',
    text: "Senegal's council of ministers on Wednesday approved the dispatch of a 650-strong battalion to the ECOWAS stabilisation force in Guinea-Bissau, where soldiers loyal to a dismissed army chief have seized the port of Cacine-Norte.",
    entities: [G('Senegal'), O('ECOWAS'), G('Guinea-Bissau')],
    expected: ['council of ministers|intervention|favor'],
    also: ['Senegal|intervention|favor'],
  },
  {
    label: 'narration: a parliament resolution calls for foreign combat troops to leave',
    text: "Iraq's parliament passed a non-binding resolution on Sunday calling on the government to end the presence of all foreign combat troops on Iraqi soil, two days after a drone strike killed two militia commanders near Tell Qasrin.",
    entities: [G('Iraq')],
    expected: ['parliament|intervention|against'],
    also: ['parliament|sovereignty|favor'],
  },
  {
    label: 'narration: overflight denied a day after Paris requested it',
    gap: true,
    text: 'Algeria denied French military aircraft permission to cross its airspace on Tuesday, a day after Paris requested overflight rights for its counter-terrorism operations in the Sahel.',
    entities: [G('Algeria'), G('Paris'), L('Sahel')],
    expected: ['Algeria|intervention|against', 'Paris|intervention|favor'],
    also: ['Algeria|sovereignty|favor'],
  },
  {
    label: 'narration: students march on an embassy demanding the withdrawal of troops',
    text: 'Several thousand students marched on the Turkish embassy in Baghdad on Friday, demanding the withdrawal of Turkish troops from bases in the mountains north of Zakhran and chanting against the latest air strikes.',
    entities: [G('Baghdad')],
    expected: ['students|intervention|against'],
  },
  {
    label: "narration: a dockers' union calls a strike over a foreign base's expansion",
    text: "Spain's second-largest dockers' union called a 24-hour strike at the port of Valdemora on Monday in protest at plans to expand the US naval base next to the container terminal.",
    entities: [G('Spain'), G('US')],
    expected: ['union|intervention|against'],
  },
  {
    label: 'narration: a party walks out over an agreement that it says cedes territory',
    gap: true,
    text: 'The Maldivian Democratic Front walked out of parliament on Tuesday in protest at an agreement allowing the Indian navy to build a jetty and radar station on the atoll of Fehendhoo, which the party says cedes Maldivian territory.',
    entities: [O('Maldivian Democratic Front')],
    quotes: [said('cedes Maldivian territory', 'Maldivian Democratic Front')],
    expected: ['Maldivian Democratic Front|intervention|against', 'Maldivian Democratic Front|sovereignty|favor'],
  },
  {
    label: 'narration: a defence secretary authorises a second round of strikes',
    text: "US Defence Secretary Harlan Voss authorised a second round of strikes on Thursday against what the Pentagon described as drug-smuggling camps on Venezuela's Caribbean coast.",
    entities: [G('US'), P('Harlan Voss', ['Voss']), O('Pentagon'), G('Venezuela')],
    expected: ['Harlan Voss|intervention|favor'],
    also: ['Pentagon|intervention|favor', 'US|intervention|favor'],
  },
  {
    label: 'reported speech with a fragment: an army chief threatens to "go in and finish the job"',
    gap: true,
    text: "Rwanda's army chief, General Faustin Mutabazi, said on Sunday that his forces would “go in and finish the job” if militias based in eastern Congo attacked again.",
    entities: [G('Rwanda'), P('Faustin Mutabazi', ['Mutabazi']), G('Congo')],
    quotes: [
      said('his forces would “go in and finish the job” if militias based in eastern Congo attacked again', 'Faustin Mutabazi'),
      quote('go in and finish the job', 'Faustin Mutabazi'),
    ],
    expected: ['Faustin Mutabazi|intervention|favor'],
    also: ['Rwanda|intervention|favor'],
  },
  {
    label: 'no stance: withdrawal from a policing pact for a procedural reason',
    text: 'Vanuatu withdrew on Friday from a policing pact with Australia, saying it had been signed without a vote in parliament.',
    entities: [G('Vanuatu'), G('Australia')],
    quotes: [said('it had been signed without a vote in parliament', 'Vanuatu')],
    expected: [],
    also: ['Vanuatu|intervention|against', 'Vanuatu|sovereignty|favor'],
  },
  {
    label: 'narration: a congress votes to end the lease of a base used by US forces',
    text: "Honduras's congress voted on Thursday to end the lease of the Cerro Azul air base, used by US forces since the 1980s, giving them 18 months to hand it over to the Honduran air force.",
    entities: [G('Honduras'), G('US')],
    expected: ['congress|intervention|against'],
    also: ['congress|sovereignty|favor', 'Honduras|intervention|against'],
  },
  {
    label: 'narration: a government extends the deployment of foreign troops over lawmakers\' objections',
    gap: true,
    text: "Somalia's federal government extended by six months the deployment of Ethiopian troops in the Gedweyne region, overriding objections from opposition lawmakers.",
    entities: [G('Somalia')],
    expected: ['Somalia|intervention|favor', 'lawmakers|intervention|against'],
  },
  {
    label: 'narration: the Security Council extends a peacekeeping mandate, two abstaining',
    text: 'The UN Security Council on Wednesday extended for another year the mandate of the peacekeeping mission in South Sudan, with China and Russia abstaining.',
    entities: [O('UN Security Council'), G('South Sudan'), G('China'), G('Russia')],
    expected: ['UN Security Council|intervention|favor'],
    also: ['China|intervention|against', 'Russia|intervention|against'],
  },
  {
    label: 'narration: a formal protest lodged after a military helicopter crosses into the airspace',
    gap: true,
    text: "Poland's foreign ministry lodged a formal protest with Minsk on Saturday after a Belarusian military helicopter crossed into Polish airspace over the village of Zabłocie Małe and hovered for four minutes.",
    entities: [G('Poland'), G('Minsk')],
    expected: ['foreign ministry|sovereignty|favor', 'foreign ministry|intervention|against'],
    also: ['Poland|sovereignty|favor', 'Poland|intervention|against'],
  },
  {
    label: 'narration: a transitional president signs a decree inviting foreign soldiers',
    text: "Haiti's transitional president, Marc-Olivier Dervil, signed a decree on Monday inviting Jamaican and Bahamian soldiers to secure the port of Port-Salut-Nord, where gangs have blocked fuel deliveries since April.",
    entities: [G('Haiti'), P('Marc-Olivier Dervil', ['Dervil'])],
    expected: ['Marc-Olivier Dervil|intervention|favor'],
    also: ['Haiti|intervention|favor'],
  },

  // ——— rhetoric inside direct quotes ———
  {
    label: 'quote: "we will not be anyone\'s colony" at a rally',
    text: "“We will not be anyone's colony — not Paris's, not Moscow's, not anyone's,” Captain Adama Zongréo told a rally in the town of Toumbiré, to loud cheers.",
    entities: [P('Adama Zongréo', ['Zongréo']), G('Paris'), G('Moscow')],
    quotes: [quote("We will not be anyone's colony — not Paris's, not Moscow's, not anyone's", 'Adama Zongréo')],
    expected: ['Adama Zongréo|sovereignty|favor'],
    also: ['Adama Zongréo|intervention|against'],
  },
  {
    label: 'quote: "our soldiers can defend our villages" in reply to an owned offer of troops',
    gap: true,
    text: "Asked about Kigali's offer to send troops to the border communes, Burundi's interior minister, Léonce Habonimana, told reporters: “Our soldiers can defend our villages. What they need is fuel and radios, not other people's sons.”",
    entities: [G('Kigali'), G('Burundi'), P('Léonce Habonimana', ['Habonimana'])],
    quotes: [quote("Our soldiers can defend our villages. What they need is fuel and radios, not other people's sons.", 'Léonce Habonimana')],
    expected: ['Léonce Habonimana|intervention|against', 'Kigali|intervention|favor'],
    also: ['Léonce Habonimana|sovereignty|favor', 'Burundi|intervention|against'],
  },
  {
    label: 'quote: "without them the north falls", about a foreign contingent',
    gap: true,
    text: '“Without them the north falls within a month,” said Amadou Sangaré, a deputy from the northern town of Tinfadek, of the Chadian contingent whose departure the government is weighing.',
    entities: [P('Amadou Sangaré', ['Sangaré'])],
    quotes: [quote('Without them the north falls within a month', 'Amadou Sangaré')],
    expected: ['Amadou Sangaré|intervention|favor'],
  },
  {
    label: 'quote: sovereignty as "the word they hide behind", and a call for an AU force',
    gap: true,
    text: '“Sovereignty is the word they hide behind while the militias burn our clinics,” said Néné Bah, a doctor in the eastern town of Sambadou, who has urged the African Union to send a protection force.',
    entities: [P('Néné Bah', ['Bah']), O('African Union')],
    quotes: [quote('Sovereignty is the word they hide behind while the militias burn our clinics', 'Néné Bah')],
    expected: ['Néné Bah|sovereignty|against', 'Néné Bah|intervention|favor'],
  },
  {
    label: "quote: a senator's rhetorical question about foreign ships in \"our waters\"",
    gap: true,
    text: '“Who invited these ships into our waters?” Senator Ligaya Dimaculangan asked at a hearing on the 40 Chinese maritime militia vessels anchored off Kalantiyaw Reef since March.',
    entities: [P('Ligaya Dimaculangan', ['Dimaculangan']), L('Kalantiyaw Reef')],
    quotes: [quote('Who invited these ships into our waters?', 'Ligaya Dimaculangan')],
    expected: ['Ligaya Dimaculangan|intervention|against'],
    also: ['Ligaya Dimaculangan|sovereignty|favor'],
  },
  {
    label: 'quote: "a surrender", then a rhetorical question with a pronoun speaker',
    gap: true,
    text: "Opposition leader Mahfuza Talukder said the plan to let a foreign coast guard patrol the Bay of Bengal's fishing grounds was “a surrender”. “Is Dhaka now a district of someone else's capital?” she asked.",
    entities: [P('Mahfuza Talukder', ['Talukder']), L('Bay of Bengal'), G('Dhaka')],
    quotes: [
      said("the plan to let a foreign coast guard patrol the Bay of Bengal's fishing grounds was “a surrender”", 'Mahfuza Talukder'),
      quote('a surrender', 'Mahfuza Talukder'),
      quote("Is Dhaka now a district of someone else's capital?", 'Mahfuza Talukder'),
    ],
    expected: ['Mahfuza Talukder|sovereignty|favor', 'Mahfuza Talukder|intervention|against'],
  },
  {
    label: 'quote: "the border of this republic is not drawn in Moscow", after a proposed security zone',
    gap: true,
    text: '“The border of this republic is not drawn in Moscow, and it is not negotiated in Tiraspol,” Deputy Prime Minister Ion Cebotaru said after Russian officials proposed a “joint security zone” along the Dniester.',
    entities: [G('Moscow'), G('Tiraspol'), P('Ion Cebotaru', ['Cebotaru']), L('Dniester')],
    quotes: [
      quote('The border of this republic is not drawn in Moscow, and it is not negotiated in Tiraspol', 'Ion Cebotaru'),
      quote('joint security zone', 'Russian officials'),
    ],
    expected: ['Ion Cebotaru|sovereignty|favor'],
    also: ['Ion Cebotaru|intervention|against', 'Russian officials|intervention|favor'],
  },
  {
    label: 'quote: an open letter asking for the marines',
    text: '“Send the marines, and send them before the rains,” Jean-Baptiste Louissaint, a Port-au-Prince hotel owner, wrote in an open letter to Washington published on Sunday, as gangs closed the last road to the airport.',
    entities: [P('Jean-Baptiste Louissaint', ['Louissaint']), G('Port-au-Prince'), G('Washington')],
    quotes: [quote('Send the marines, and send them before the rains', 'Jean-Baptiste Louissaint')],
    expected: ['Jean-Baptiste Louissaint|intervention|favor'],
  },
  {
    label: 'quote: "not one foreign boot", with a union leader as speaker',
    text: "“Not one foreign boot on Panamanian soil — not for drugs, not for the canal, not for anything,” said Rosalba Quintero, who leads the Independent Canal Workers' Federation.",
    entities: [P('Rosalba Quintero', ['Quintero']), O("Independent Canal Workers' Federation")],
    quotes: [quote('Not one foreign boot on Panamanian soil — not for drugs, not for the canal, not for anything', 'Rosalba Quintero')],
    expected: ['Rosalba Quintero|intervention|against'],
    also: ['Rosalba Quintero|sovereignty|favor', "Independent Canal Workers' Federation|intervention|against"],
  },
  {
    label: 'quote: a governor praises foreign troops ("we asked for help, and help came")',
    text: '“We asked for help, and help came. The Rwandans reopened the road in nine days,” said Celestino Mabunda, governor of Nacuria province, at a ceremony for the troops in the port of Chitolo.',
    entities: [P('Celestino Mabunda', ['Mabunda'])],
    quotes: [quote('We asked for help, and help came. The Rwandans reopened the road in nine days', 'Celestino Mabunda')],
    expected: ['Celestino Mabunda|intervention|favor'],
  },
  {
    label: 'quote: an unnamed commander defies threatened strikes; Washington threatened them',
    gap: true,
    text: '“Let them come with their drones. They will find the same mountains their grandfathers found,” a Taliban commander in the district of Shinkai-Bala told reporters after Washington threatened strikes on militant camps.',
    entities: [O('Taliban'), G('Washington')],
    quotes: [quote('Let them come with their drones. They will find the same mountains their grandfathers found', 'a Taliban commander')],
    expected: ['commander|intervention|against', 'Washington|intervention|favor'],
    also: ['commander|sovereignty|favor', 'Taliban|intervention|against'],
  },
  {
    label: "quote: \"this country's problems will be solved by this country's people\", asked about a force",
    gap: true,
    text: "“This country's problems will be solved by this country's people,” President Aurélien Massamba said when asked about a French proposal for a regional stabilisation force in the Bandza department.",
    entities: [P('Aurélien Massamba', ['Massamba'])],
    quotes: [quote("This country's problems will be solved by this country's people", 'Aurélien Massamba')],
    expected: ['Aurélien Massamba|sovereignty|favor'],
    also: ['Aurélien Massamba|intervention|against'],
  },
  {
    label: 'quote: an aid worker presses the council ("every week … another village empties")',
    gap: true,
    text: '“Every week the Security Council spends debating, another village empties,” said Halima Warsame of the relief group Hoggaan Aid, which has urged council members to approve the proposed African force for the Gedweyne region.',
    entities: [P('Halima Warsame', ['Warsame']), O('Security Council'), O('Hoggaan Aid')],
    quotes: [quote('Every week the Security Council spends debating, another village empties', 'Halima Warsame')],
    expected: ['Halima Warsame|intervention|favor', 'Hoggaan Aid|intervention|favor'],
  },
  {
    label: 'quote: a chant by marching women ("help that arrives in tanks is not help")',
    gap: true,
    text: '“Help that arrives in tanks is not help,” chanted hundreds of women marching through the centre of Kisangoro on Saturday, a day after the first Ugandan armoured column crossed the border.',
    quotes: [quote('Help that arrives in tanks is not help', 'hundreds of women')],
    expected: ['women|intervention|against'],
  },
  {
    label: 'quote: "I would rather lose this election than invite foreign soldiers"',
    text: '“I would rather lose this election than invite foreign soldiers to police our streets,” the Civic Renewal candidate, Tomás Echeverri, told a radio station in Cali.',
    entities: [P('Tomás Echeverri', ['Echeverri']), G('Cali')],
    quotes: [quote('I would rather lose this election than invite foreign soldiers to police our streets', 'Tomás Echeverri')],
    expected: ['Tomás Echeverri|intervention|against'],
  },
  {
    label: 'quote: "it is not that we oppose help. We oppose soldiers", after the government invited troops',
    text: '“It is not that we oppose help. We oppose soldiers,” said Father Emmanuel Kirabo, a parish priest in the border town of Rwamisenyi, after Uganda\'s government invited Kenyan troops to the district.',
    entities: [P('Emmanuel Kirabo', ['Kirabo']), G('Uganda')],
    quotes: [quote('It is not that we oppose help. We oppose soldiers', 'Emmanuel Kirabo')],
    expected: ['Emmanuel Kirabo|intervention|against', 'Uganda|intervention|favor'],
  },

  // ——— noun cues owned by someone ———
  {
    label: "noun cue: a minister's proposal to invite troops, rebuked by the speaker of parliament",
    text: "Defence Minister Bruno Sékowa's proposal to invite Chadian troops to guard the northern oil fields drew a sharp rebuke on Monday from the speaker of parliament, Anicet Dambouya, who called it “an insult to our army”.",
    entities: [P('Bruno Sékowa', ['Sékowa']), P('Anicet Dambouya', ['Dambouya'])],
    quotes: [quote('an insult to our army', 'Anicet Dambouya')],
    expected: ['Bruno Sékowa|intervention|favor', 'Anicet Dambouya|intervention|against'],
  },
  {
    label: 'noun cue: a plan backed by an interior minister to bring in US special forces is shelved',
    gap: true,
    text: 'A plan backed by Interior Minister Carla Benavides to bring US special forces into the port district of Las Esclusas was shelved on Friday after the constitutional court said it needed congressional approval.',
    entities: [P('Carla Benavides', ['Benavides']), G('US')],
    quotes: [said('it needed congressional approval', 'the constitutional court')],
    expected: ['Carla Benavides|intervention|favor'],
  },
  {
    label: "noun cue: a country's refusal as the sentence subject; Washington calls it unhelpful",
    text: "Portugal's refusal to let US refuelling tankers use the Monte Faial air base during the strikes drew a rebuke from Washington, which called the decision “unhelpful”.",
    entities: [G('Portugal'), G('US'), G('Washington')],
    quotes: [quote('unhelpful', 'Washington')],
    expected: ['Portugal|intervention|against'],
    also: ['Washington|intervention|favor'],
  },
  {
    label: "noun cue: a movement's demand that French forces leave, read out to a crowd",
    text: "The Sahel Patriotic Movement's demand that all French forces leave the country by December was read out to a crowd of about 5,000 in the capital's Place des Martyrs-Nord.",
    entities: [O('Sahel Patriotic Movement')],
    quotes: [said('all French forces leave the country by December', 'Sahel Patriotic Movement')],
    expected: ['Sahel Patriotic Movement|intervention|against'],
  },
  {
    label: 'noun cue: a foreign minister repeats his warning against any "military adventure"',
    text: "Qatar's foreign minister, Hilal bin Nasser al-Kindi, repeated his warning against any “military adventure” in the Gulf, a day after two US carriers arrived in the region.",
    entities: [G('Qatar'), P('Hilal bin Nasser al-Kindi', ['al-Kindi']), L('Gulf'), G('US')],
    quotes: [quote('military adventure', 'Hilal bin Nasser al-Kindi')],
    expected: ['Hilal bin Nasser al-Kindi|intervention|against'],
  },
  {
    label: "noun cue: a general's call for foreign troops splits the coalition; two ministers threaten to resign",
    gap: true,
    text: "Retired general Wadih Samaha's call for Jordanian troops to be stationed at the border crossings has split the governing coalition, with two ministers saying they would resign if the cabinet endorsed it.",
    entities: [P('Wadih Samaha', ['Samaha'])],
    quotes: [said('they would resign if the cabinet endorsed it', 'two ministers')],
    expected: ['Wadih Samaha|intervention|favor', 'ministers|intervention|against'],
  },
  {
    label: "noun cue: a minister's insistence that only Bamako decides who flies over Mali",
    gap: true,
    text: "Foreign Minister Aminata Tiéblé's insistence that only Bamako decides which aircraft fly over Mali has stalled talks on resuming UN supply flights to the north.",
    entities: [P('Aminata Tiéblé', ['Tiéblé']), G('Bamako'), G('Mali'), O('UN')],
    quotes: [said('only Bamako decides which aircraft fly over Mali', 'Aminata Tiéblé')],
    expected: ['Aminata Tiéblé|sovereignty|favor'],
  },

  // ——— conditions, contrasts, negation, modality ———
  {
    label: 'contrast: drones and training welcomed, any return of combat troops rejected',
    text: "Côte d'Ivoire welcomed a French offer of surveillance drones and officer training on Thursday but rejected any return of French combat troops to the Abouakro base they left two years ago.",
    entities: [G("Côte d'Ivoire")],
    expected: ["Côte d'Ivoire|intervention|against"],
  },
  {
    label: 'condition: foreign helicopters accepted only under host control and for 90 days',
    gap: true,
    text: 'Guatemala would accept US helicopters and crews on the northern border only if every flight was approved by Guatemalan commanders and the deployment ended within 90 days, Defence Minister Edgar Sacalxot said.',
    entities: [G('Guatemala'), G('US'), P('Edgar Sacalxot', ['Sacalxot'])],
    quotes: [said('Guatemala would accept US helicopters and crews on the northern border only if every flight was approved by Guatemalan commanders and the deployment ended within 90 days', 'Edgar Sacalxot')],
    expected: ['Edgar Sacalxot|sovereignty|favor'],
    also: ['Edgar Sacalxot|intervention|favor', 'Guatemala|intervention|favor', 'Guatemala|sovereignty|favor'],
  },
  {
    label: 'negation: "has never allowed and will never allow" foreign troops',
    text: 'Indonesia has never allowed and will never allow foreign troops to be based on its soil, Foreign Minister Dewi Anggraeni Siregar said on Monday, dismissing reports of a planned US logistics hub on the island of Tanjung Lembah.',
    entities: [G('Indonesia'), P('Dewi Anggraeni Siregar', ['Siregar']), G('US')],
    quotes: [said('Indonesia has never allowed and will never allow foreign troops to be based on its soil', 'Dewi Anggraeni Siregar')],
    expected: ['Dewi Anggraeni Siregar|intervention|against'],
    also: ['Indonesia|intervention|against', 'Dewi Anggraeni Siregar|sovereignty|favor'],
  },
  {
    label: 'no stance: would consider contributing only under a UN mandate; no request received',
    text: 'Thailand would consider contributing to a regional force only under a UN mandate, foreign ministry spokesman Kittisak Rattanawong said, adding that no request had been received.',
    entities: [G('Thailand'), O('UN'), P('Kittisak Rattanawong', ['Kittisak'])],
    quotes: [
      said('Thailand would consider contributing to a regional force only under a UN mandate', 'Kittisak Rattanawong'),
      said('no request had been received', 'Kittisak Rattanawong'),
    ],
    expected: [],
    also: ['Kittisak Rattanawong|intervention|favor', 'Thailand|intervention|favor'],
  },
  {
    label: 'modality: an envoy says nothing is off the table when asked about strikes',
    gap: true,
    text: 'Asked whether the United States would strike cartel laboratories inside Mexico, the special envoy, Brent Callister, said nothing was off the table.',
    entities: [G('United States'), G('Mexico'), P('Brent Callister', ['Callister'])],
    quotes: [said('nothing was off the table', 'Brent Callister')],
    expected: ['Brent Callister|intervention|favor'],
    also: ['United States|intervention|favor'],
  },
  {
    label: 'no stance: not against the mission in principle, but "a year too late to matter"',
    text: 'Opposition senator Kwame Adu-Boateng said he was not against the ECOWAS mission in principle but that it had arrived “a year too late to matter”.',
    entities: [P('Kwame Adu-Boateng', ['Adu-Boateng']), O('ECOWAS')],
    quotes: [
      said('he was not against the ECOWAS mission in principle but that it had arrived “a year too late to matter”', 'Kwame Adu-Boateng'),
      quote('a year too late to matter', 'Kwame Adu-Boateng'),
    ],
    expected: [],
    also: ['Kwame Adu-Boateng|intervention|favor', 'Kwame Adu-Boateng|intervention|against'],
  },
  {
    label: 'double negation: "could not see how anyone could oppose" sending a frigate',
    gap: true,
    text: 'Danish MP Margit Halvorsen said she could not see how anyone could oppose sending a frigate to join the European naval force off Somalia, calling it “the least we owe the crews”.',
    entities: [P('Margit Halvorsen', ['Halvorsen']), G('Somalia')],
    quotes: [
      said('she could not see how anyone could oppose sending a frigate to join the European naval force off Somalia', 'Margit Halvorsen'),
      quote('the least we owe the crews', 'Margit Halvorsen'),
    ],
    expected: ['Margit Halvorsen|intervention|favor'],
  },
  {
    label: 'no stance: a country declines to condemn strikes and is "closely following the situation"',
    text: 'India declined to condemn the strikes on Thursday, with the external affairs ministry saying only that it was “closely following the situation” and urging restraint on all sides.',
    entities: [G('India')],
    quotes: [
      said('it was “closely following the situation”', 'the external affairs ministry'),
      quote('closely following the situation', 'the external affairs ministry'),
    ],
    expected: [],
    also: ['India|intervention|against', 'external affairs ministry|intervention|against'],
  },
  {
    label: 'condition: troops will cross "if Kinshasa cannot or will not" act',
    text: 'Uganda will send troops across the border “if Kinshasa cannot or will not” break up the rebel camps near Mbau-Kitoro, army spokesman Colonel Deo Akankwasa said on Tuesday.',
    entities: [G('Uganda'), G('Kinshasa'), P('Deo Akankwasa', ['Akankwasa'])],
    quotes: [
      said('Uganda will send troops across the border “if Kinshasa cannot or will not” break up the rebel camps near Mbau-Kitoro', 'Deo Akankwasa'),
      quote('if Kinshasa cannot or will not', 'Deo Akankwasa'),
    ],
    expected: ['Deo Akankwasa|intervention|favor'],
    also: ['Uganda|intervention|favor', 'Deo Akankwasa|sovereignty|against'],
  },
  {
    label: 'contrast: relief flights thanked, but no police or soldiers to join the medical team',
    gap: true,
    text: 'Tonga thanked Beijing for the relief flights after the cyclone, but Prime Minister Sione Tapueluelu said the Chinese medical team would not be joined by any Chinese police or soldiers.',
    entities: [G('Tonga'), G('Beijing'), P('Sione Tapueluelu', ['Tapueluelu'])],
    quotes: [said('the Chinese medical team would not be joined by any Chinese police or soldiers', 'Sione Tapueluelu')],
    expected: ['Sione Tapueluelu|intervention|against'],
    also: ['Tonga|intervention|against'],
  },

  // ——— holders: capitals, ministries, juntas, groups ———
  {
    label: "capital: Ankara will continue operations, dismissing Baghdad's protest",
    text: 'Ankara said on Tuesday its operations against militants in the mountains of northern Iraq would continue “for as long as the threat exists”, dismissing Baghdad\'s protest over the shelling of the village of Kani Resh.',
    entities: [G('Ankara'), G('Iraq'), G('Baghdad')],
    quotes: [
      said('its operations against militants in the mountains of northern Iraq would continue “for as long as the threat exists”', 'Ankara'),
      quote('for as long as the threat exists', 'Ankara'),
    ],
    expected: ['Ankara|intervention|favor', 'Baghdad|intervention|against'],
    also: ['Ankara|sovereignty|against', 'Baghdad|sovereignty|favor'],
  },
  {
    label: 'capital: Tehran condemns strikes as a violation of a neighbour\'s sovereignty',
    text: "Tehran condemned Thursday's Israeli strikes on army positions near Khirbet al-Warda as a flagrant violation of Syria's sovereignty and said it would raise them at the Security Council.",
    entities: [G('Tehran'), G('Syria'), O('Security Council')],
    quotes: [said('it would raise them at the Security Council', 'Tehran')],
    expected: ['Tehran|intervention|against', 'Tehran|sovereignty|favor'],
  },
  {
    label: 'ministry: foreign troops without consent to be treated as aggression',
    text: "Chad's foreign ministry said on Wednesday that any foreign troops entering the country without its consent would be treated as an act of aggression.",
    entities: [G('Chad')],
    quotes: [said('any foreign troops entering the country without its consent would be treated as an act of aggression', 'the foreign ministry')],
    expected: ['foreign ministry|intervention|against', 'foreign ministry|sovereignty|favor'],
    also: ['Chad|intervention|against', 'Chad|sovereignty|favor'],
  },
  {
    label: 'junta: a ruling military council speaks as its country ("today, tomorrow or ever")',
    text: "Guinea's ruling military council said it would not allow any foreign base on Guinean soil “today, tomorrow or ever”, in a statement read on state television.",
    entities: [G('Guinea')],
    quotes: [
      said('it would not allow any foreign base on Guinean soil “today, tomorrow or ever”', 'Guinea'),
      quote('today, tomorrow or ever', 'Guinea'),
    ],
    expected: ['Guinea|intervention|against'],
    also: ['Guinea|sovereignty|favor'],
  },
  {
    label: 'critics: "an invasion in all but name"; Nairobi insists the troops were invited',
    gap: true,
    text: "Critics say the deployment of 2,000 Kenyan soldiers to the disputed Ilemi-Kaskazini area is an invasion in all but name, though Nairobi insists they are there at Juba's request.",
    entities: [G('Nairobi'), G('Juba')],
    quotes: [
      said('the deployment of 2,000 Kenyan soldiers to the disputed Ilemi-Kaskazini area is an invasion in all but name', 'critics'),
      said("they are there at Juba's request", 'Nairobi'),
    ],
    expected: ['critics|intervention|against', 'Nairobi|intervention|favor'],
    also: ['Juba|intervention|favor'],
  },
  {
    label: 'no stance: analysts assess that strikes will not change the balance',
    text: 'Analysts said the strikes were unlikely to change the balance of power in the valley, where the insurgents have dug into villages they have held since 2019.',
    quotes: [said('the strikes were unlikely to change the balance of power in the valley, where the insurgents have dug into villages they have held since 2019', 'analysts')],
    expected: [],
  },
  {
    label: 'analysts at a named institute warn against sending troops back',
    gap: true,
    text: 'Analysts at the Horn Policy Institute in Nairobi warned that sending Ethiopian troops back into the region would hand the militants their best recruiting argument.',
    entities: [O('Horn Policy Institute'), G('Nairobi')],
    quotes: [said('sending Ethiopian troops back into the region would hand the militants their best recruiting argument', 'analysts')],
    expected: ['analysts|intervention|against'],
    also: ['Horn Policy Institute|intervention|against'],
  },
  {
    label: 'protesters burn an effigy and demand that foreign soldiers leave',
    text: 'Protesters in the port city of Tiguint-Bahr burned an effigy of the French ambassador on Saturday and demanded that the 300 French soldiers at the airport leave within the month.',
    quotes: [said('the 300 French soldiers at the airport leave within the month', 'protesters')],
    expected: ['protesters|intervention|against'],
  },
  {
    label: 'the opposition boycotts a vote on a foreign base, calling it the sale of territory',
    gap: true,
    text: "The opposition boycotted Tuesday's vote on the base agreement with Russia, calling it the sale of Nicaraguan territory to a foreign army.",
    entities: [G('Russia')],
    expected: ['opposition|intervention|against', 'opposition|sovereignty|favor'],
  },
  {
    label: 'veterans place advertisements urging France to send peacekeepers',
    text: "Veterans of the 1990s war placed full-page advertisements in Yerevan's newspapers on Monday urging France to send peacekeepers to the new border line.",
    entities: [G('Yerevan'), G('France')],
    expected: ['veterans|intervention|favor'],
  },
  {
    label: 'bishops, in a letter read at Mass, urge respect for the right of a people alone to choose',
    text: 'Catholic bishops in Venezuela urged foreign governments on Sunday to respect “the right of Venezuelans alone to choose their future”, in a letter read at Masses across the country.',
    entities: [G('Venezuela')],
    quotes: [quote('the right of Venezuelans alone to choose their future', 'bishops')],
    expected: ['bishops|sovereignty|favor'],
  },
  {
    label: "herders' associations would welcome back foreign soldiers",
    text: "Herders' associations in the north said they would welcome back the Chadian soldiers who left the region in March, saying raids on cattle had tripled since their departure.",
    quotes: [
      said('they would welcome back the Chadian soldiers who left the region in March', "herders' associations"),
      said('raids on cattle had tripled since their departure', "herders' associations"),
    ],
    expected: ["herders' associations|intervention|favor"],
  },
  {
    label: 'an outlet reports a minister telling foreign instructors to leave; only the minister holds it',
    gap: true,
    text: "According to Jeune Afrique, Defence Minister Ousmane Diabira told his Russian counterpart in a closed meeting that the Russian instructors would have to leave the gold-mining zone by year's end.",
    entities: [O('Jeune Afrique'), P('Ousmane Diabira', ['Diabira'])],
    quotes: [
      said("Defence Minister Ousmane Diabira told his Russian counterpart in a closed meeting that the Russian instructors would have to leave the gold-mining zone by year's end", 'Jeune Afrique'),
      said("the Russian instructors would have to leave the gold-mining zone by year's end", 'Ousmane Diabira'),
    ],
    expected: ['Ousmane Diabira|intervention|against'],
  },

  // ——— the article's own voice ———
  {
    label: 'opinion: sovereignty as a shield for generals; the neighbours must send a force',
    gap: true,
    text: 'OPINION | The region cannot afford another decade of pretending that sovereignty is a shield for generals who starve their own people. If the African Union will not send a force to Darkhan-Kordal, the neighbours must.',
    entities: [O('African Union')],
    expected: ['@author|sovereignty|against', '@author|intervention|favor'],
  },
  {
    label: 'editorial: sending the navy would be the costliest mistake of a generation',
    gap: true,
    text: 'EDITORIAL | Sending the navy to force open the strait would be the costliest mistake of a generation. The government should say so plainly, and say it before the vote.',
    expected: ['@author|intervention|against'],
  },
  {
    label: 'comment: Mexicans, and nobody in Washington, will decide',
    gap: true,
    text: 'COMMENT | Mexicans, and nobody in Washington, will decide how Mexico fights its cartels. That this needs saying at all is the measure of how far the debate has slipped in a year of talk about drone strikes.',
    entities: [G('Washington'), G('Mexico')],
    expected: ['@author|sovereignty|favor'],
    also: ['@author|intervention|against'],
  },
  {
    label: 'comment: a rhetorical question about what foreign soldiers would achieve',
    gap: true,
    text: 'COMMENT | What exactly would four thousand foreign soldiers achieve in the delta that twenty years of foreign soldiers did not? The honest answer, which no minister will give, is nothing.',
    expected: ['@author|intervention|against'],
  },
  {
    label: 'opinion: the case for a limited UN-mandated force is stronger than ever',
    gap: true,
    text: 'OPINION | The case for a limited, UN-mandated force in Haiti is stronger today than at any point in the past decade. The gangs now hold the ports; the police hold little more than their own stations.',
    entities: [G('Haiti'), O('UN')],
    expected: ['@author|intervention|favor'],
  },
  {
    label: "no stance: an ANALYSIS piece on a junta's break with Paris",
    text: "ANALYSIS | Why the junta's break with Paris may outlast the junta. The withdrawal of the last French soldiers from Niamey-Ouest ended a military presence that began in 2013, and the generals have built their legitimacy on it.",
    entities: [G('Paris')],
    expected: [],
    also: ['junta|intervention|against', 'generals|intervention|against'],
  },

  // ——— no stance: traps ———
  {
    label: 'no stance: a news agency counts military flights',
    text: 'The Associated Press counted 14 military transport flights landing at the Mahajanga-Nord airfield over the weekend, according to flight-tracking data reviewed by the agency.',
    entities: [O('Associated Press')],
    expected: [],
  },
  {
    label: 'no stance: sovereign bonds rally',
    text: "Ghana's sovereign bonds rallied on Monday after the finance ministry reached a deal with bondholders, with the 2035 notes gaining 3 cents on the dollar.",
    entities: [G('Ghana')],
    expected: [],
  },
  {
    label: 'no stance: a football side will defend its continental title',
    text: 'Morocco will defend its African title in Abidjan next January after a 2-1 win over Egypt in Rabat on Tuesday sealed top spot in the qualifying group.',
    entities: [G('Morocco'), G('Abidjan'), G('Egypt'), G('Rabat')],
    expected: [],
  },
  {
    label: 'no stance: a central bank intervenes to defend the lira',
    text: "Turkey's central bank intervened in the currency market on Thursday, selling an estimated $4 billion of reserves to defend the lira after it fell to a record low.",
    entities: [G('Turkey')],
    expected: [],
  },
  {
    label: 'no stance: history of foreign paratroopers in 1978',
    text: 'In 1978, foreign paratroopers dropped onto the plateau above Kelanga to evacuate mining engineers trapped by the fighting. The airstrip they seized is now a cattle market, and few in the town remember who sent them.',
    expected: [],
  },
  {
    label: 'no stance: a party with Sovereignty in its name picks a mayoral candidate',
    text: 'The National Sovereignty Alliance named a 34-year-old lawyer, Tamar Gvelesiani, as its candidate for mayor of Batumi on Saturday, promising free buses and a new fish market.',
    entities: [O('National Sovereignty Alliance'), P('Tamar Gvelesiani', ['Gvelesiani']), G('Batumi')],
    expected: [],
  },
  {
    label: "no stance: the army's own Rapid Intervention Brigade helps after floods",
    text: "Soldiers of the army's Rapid Intervention Brigade handed out drinking water and rebuilt two footbridges in the flooded villages of the Sanaga-Moyen valley on Wednesday.",
    entities: [O('Rapid Intervention Brigade')],
    expected: [],
  },
  {
    label: 'no stance: early surgical intervention saved children',
    text: 'Doctors at the Hôpital Central-Lomé said early surgical intervention had saved 11 of the 14 children brought in after the bus crash on the coastal road.',
    quotes: [said('early surgical intervention had saved 11 of the 14 children brought in after the bus crash on the coastal road', 'doctors')],
    expected: [],
  },
  {
    label: 'no stance: a supreme court declines to intervene in a football dispute',
    text: "Brazil's Supreme Court declined on Monday to intervene in a dispute between two São Paulo clubs over the transfer of a 17-year-old striker, sending the case back to the sports tribunal.",
    entities: [G('Brazil'), O('Supreme Court'), G('São Paulo')],
    expected: [],
  },
  {
    label: 'no stance: farmers march for food sovereignty',
    text: 'About 3,000 farmers marched on the agriculture ministry in Quito on Thursday under banners calling for food sovereignty and an end to imports of subsidised rice.',
    entities: [G('Quito')],
    expected: [],
  },
  {
    label: 'no stance: an invasion of armyworms; a ministry asks a neighbour for pesticide',
    text: "An invasion of fall armyworms has destroyed a third of the maize crop in Malawi's southern districts, and the agriculture ministry has asked neighbouring Zambia for pesticide.",
    entities: [G('Malawi'), G('Zambia')],
    expected: [],
  },
  {
    label: "no stance: a students' occupation of a rectorate",
    text: 'The occupation of the rectorate at the University of Bukavu-Centre by students protesting fee rises entered its third week on Monday, with exams postponed indefinitely.',
    expected: [],
  },
  {
    label: 'no stance: a late strike, and a coach says his side "invaded their half"',
    gap: true,
    text: 'A late strike from substitute Kofi Ansah-Mensah gave Ghana a 1-0 win over Nigeria in Accra, and coach Patrice Omgba said his side had “invaded their half” in the final twenty minutes.',
    entities: [P('Kofi Ansah-Mensah', ['Ansah-Mensah']), G('Ghana'), G('Nigeria'), G('Accra'), P('Patrice Omgba', ['Omgba'])],
    quotes: [
      said('his side had “invaded their half” in the final twenty minutes', 'Patrice Omgba'),
      quote('invaded their half', 'Patrice Omgba'),
    ],
    expected: [],
  },
  {
    label: 'no stance: a joint exercise reported as fact',
    text: 'Troops from Kenya, Uganda and the United States began a two-week joint exercise at the Lomolo training area on Monday, practising casualty evacuation and disaster relief.',
    entities: [G('Kenya'), G('Uganda'), G('United States')],
    expected: [],
  },
  {
    label: 'no stance: a scheduled vote on extending peacekeepers, announced by an office',
    text: "Parliament will vote on Thursday on whether to extend the stay of the 1,200 Egyptian peacekeepers, the speaker's office said, after a committee failed to agree on a recommendation.",
    quotes: [said('Parliament will vote on Thursday on whether to extend the stay of the 1,200 Egyptian peacekeepers', "the speaker's office")],
    expected: [],
  },
  {
    label: 'no stance: a ministry declines to comment on reports of special forces crossing',
    text: 'The defence ministry declined to comment on reports that French special forces had crossed into the country from the south, and the French embassy did not respond to a request for comment.',
    expected: [],
  },
  {
    label: 'no stance: a ministry confirms the last foreign soldiers have left',
    gap: true,
    text: 'The last 200 French soldiers left the Ouallam-Nord base on Sunday, the defence ministry said, ending an 11-year deployment.',
    quotes: [said('The last 200 French soldiers left the Ouallam-Nord base on Sunday', 'the defence ministry')],
    expected: [],
  },
  {
    label: 'no stance: a gold refiner with Sovereign in its name stops buying',
    text: 'Sovereign Gold Refiners, a Dubai-based company, said it had stopped buying from artisanal mines in the Ituri-Haut area after a UN panel accused armed groups of taxing the trade.',
    entities: [O('Sovereign Gold Refiners'), G('Dubai'), O('UN')],
    quotes: [said('it had stopped buying from artisanal mines in the Ituri-Haut area', 'Sovereign Gold Refiners')],
    expected: [],
  },
  {
    label: "no stance: a prime minister's intervention ends a teachers' strike",
    text: "The prime minister's personal intervention ended a six-week teachers' strike in Dakar on Friday, after the government agreed to pay arrears dating back to 2022.",
    entities: [G('Dakar')],
    expected: [],
  },
  {
    label: "no stance: a minister on the bloc's digital sovereignty",
    text: "France's digital minister, Hélène Marchetti-Roux, said European cloud providers were essential to the bloc's digital sovereignty and announced €1.2 billion in grants for data centres.",
    entities: [G('France'), P('Hélène Marchetti-Roux', ['Marchetti-Roux'])],
    quotes: [said("European cloud providers were essential to the bloc's digital sovereignty", 'Hélène Marchetti-Roux')],
    expected: [],
  },
  {
    label: 'no stance: a correspondent reports an armoured convoy crossing',
    text: 'Our correspondent in the border town of Kanyabayonga-Sud said a convoy of about 40 armoured vehicles had crossed from Rwanda before dawn, heading north.',
    entities: [G('Rwanda')],
    quotes: [said('a convoy of about 40 armoured vehicles had crossed from Rwanda before dawn, heading north', 'our correspondent')],
    expected: [],
  },
  {
    label: 'no stance: a war film with "Operation" in its title flops',
    text: '“Operation Sahel Shield”, a French war drama about a raid on a desert convoy, took just €2 million in its opening week, and its distributor blamed the heatwave.',
    expected: [],
  },
  {
    label: 'no stance: a president visits his own garrison',
    text: 'President Edem Kudjoe visited soldiers at the northern garrison of Tantali on Saturday and promised new armoured vehicles by the end of the year.',
    entities: [P('Edem Kudjoe', ['Kudjoe'])],
    expected: [],
  },
];

/**
 * The table's rate: first blind run (2026-12-07, commit 3a742d8): P 0.727 (32/44) R 0.327 (32/98), over 103
 * rows (29 with no stance, 98 annotated stances); 61 rows failed and are marked `gap`. The floor is each
 * minus 0.03, rounded down.
 */
const FLOOR11 = { precision: 0.87, recall: 0.48 };

describeBlindTable('stances: blind table 11', 'blind11', rows, FLOOR11);
