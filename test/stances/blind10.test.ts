import { G, O, P, type EntitySpec } from './helpers.js';
import { describeBlindTable, said, quote, type BlindRow } from './blind-runner.js';

/**
 * A tenth blind table: invented passages written like wire copy about real countries and international
 * bodies, with invented people and invented events, annotated from GUIDELINES §5 alone. It was written
 * before running the stance stage and without reading it, its cue lexicons, its other tests or the other
 * blind tables' rows (only GUIDELINES, the runner, the helpers and the header, imports, entity block and
 * closing call of the ninth table were read), as an estimate of how the stage does on news it was not
 * built on. The rows that failed on the first run (2026-12-07, commit 620732a) are marked `gap` (their
 * annotations were not changed after the run).
 *
 * It aims at what news says that a cue lexicon may not know, and varies the constructions on purpose:
 * - idioms and metaphors ("a slap in the face to our independence", "will not be anyone's backyard",
 *   "gunboat diplomacy dressed up as a drug war", "not set one boot", "boots on the ground", "an
 *   occupation force that has overstayed its welcome", "a gift … that can be taken back");
 * - stances carried by a noun owned by someone ("Wafula's call for British troops to remain", "a US
 *   senator's offer of troops", "a Florida congressman's call for a naval blockade", "Ayala's push to
 *   host a US radar station", "a French senator's suggestion that …"), with the owner as actor;
 * - attitude verbs whose object carries the target: regret (a withdrawal, so `favor`), deplore, hail (a
 *   departure, so `against`; strikes, so `favor`), applaud, bristle at, push back on, lobby for, sign off
 *   on, veto, block, warn against, drag its feet on, dismiss, turn down;
 * - conditions ("only for as long as Honiara asks them to", "provided they informed Lomé"), contrast
 *   ("welcomed the aid shipment but rejected any deployment of marines"), rhetorical questions (by a
 *   speaker, and by the article in an opinion row), negated and modal forms ("would never again allow",
 *   "could not in good conscience send", "declined to criticise", "had no objection to");
 * - holders that are groups (bishops, students, veterans, church leaders, a pilots' union, peace activists
 *   and campaigners, business leaders, ruling-party lawmakers, a left-wing bloc, religious parties, the
 *   opposition, nationalists, Inuit leaders, a defence committee, a ministry), capitals standing for their
 *   governments (Manila, Kabul, Baghdad, Paris, Mogadishu, Astana), juntas and transitional councils in power
 *   as their countries, a party named as an entity, and the article's own voice (`@author`) in four
 *   opinion or editorial rows; direct quotes whose speaker is a pronoun ("he said", "she said", "they
 *   said").
 * The stories are spread over the Sahel, West, Central, East Africa and the Horn, Central and South America,
 * the Caribbean, South, South-East, Central and East Asia, Western, Southern and Eastern Europe, the Pacific
 * islands, the Gulf and the Levant, and the Arctic. About a quarter of the rows carry no stance, among them
 * traps: cue words inside names (Rapid Support Forces, Sovereign Order of Malta, Canadian Rangers in a
 * stance row), sovereignty of non-state things ("food sovereignty", "data sovereignty" clauses, "sovereign
 * bonds"), a central bank "intervening" in the currency market to "defend" its currency, an "occupation"
 * by students and an "invasion" of locusts, history, an anniversary and an exhibition, a peacekeeping
 * exercise, a port call and a shipping record reported by a news agency or company, an ANALYSIS headline,
 * and an outlet (Le Monde) reporting a minister's stance, where only the minister holds it.
 *
 * Reported speech ("X said [that] …", "…, X said", "according to X, …", "saying …", "demanding that …",
 * "X's suggestion that …") comes with the indirect quote the quotes stage gives it (the content clause,
 * with its speaker); direct quotes and attributed fragments come as hand-made quotes with their speaker
 * (the person or group a "he", "she" or "they" refers to). Scare quotes ("security presence", "data
 * sovereignty", "temporary", "stabilisation force") are not quotes.
 *
 * Actors are compared as the scorer does: an entity name exactly (after normalising), a group phrase
 * by its last word without a plural `s`. `also` lists stances an annotator could give either way:
 * predicting them is neither a hit nor a false positive.
 *
 * Annotation choices where §5 leaves room (the ninth table's, with these additions):
 * - The actor is whoever the text makes hold the view: the named minister, governor, senator or envoy;
 *   a capital when it is the grammatical holder; a junta or transitional council in power as its country;
 *   a ministry, parliament, congress, committee, party bloc, union, church or crowd that is not an entity
 *   as a group phrase; a named council or party as its entity. The government a person speaks for is at
 *   most `also`. An outlet that reports someone's stance ("According to Le Monde, …") holds none.
 * - The owner of a noun that carries the stance holds it, whoever the sentence's subject is: in "parliament
 *   rejected the minister's call for British troops to remain", the minister is `favor` and parliament
 *   `against`. An unnamed proposer who is still a person ("a US congressman proposed drone strikes") is
 *   an actor by that phrase.
 * - An attitude verb takes the label of its object: regretting or lobbying against a withdrawal is
 *   `intervention|favor`; hailing or welcoming a departure is `against`; hailing strikes is `favor`;
 *   vetoing or blocking a force or a deployment request is `against`; "signed off on hosting" foreign
 *   soldiers is `favor`; "dragging its feet" on a request is at most `also` (`against`) for the one who
 *   drags and `favor` for the requester. Vetoing a condemnation is no stance (both readings `also`).
 * - Contrast: welcoming aid or patrol boats while rejecting troops is `intervention|against` only.
 * - Conditions: accepting foreign forces only on a condition the host sets is `sovereignty|favor` when the
 *   condition is the host's right to decide (the consent of Honiara); the conditional acceptance itself
 *   is at most `intervention|favor` (`also`). "Had no objection … provided they informed Lomé" is no stance
 *   (both `favor`s `also`). Declining to criticise strikes is no stance.
 * - Negation and modality: "would never again allow", "could not in good conscience send", "would not set
 *   one boot across" (one's own troops into a neighbour) are `against`.
 * - Idioms read for what they mean: "a slap in the face to our independence", "will not be anyone's
 *   backyard", "what is our sovereignty worth?", "will not take lessons on sovereignty", "will be decided
 *   in Gibraltar … and nowhere else", "is and will remain Guyanese", "belongs to Panamanians" are
 *   `sovereignty|favor`; a backyard idiom in reply to a strike proposal gives `intervention|against` only as
 *   `also`; "will not bow", "not outsource the defence of our borders", "selling the country's security",
 *   "a humiliating chapter", "will guard its own waters" give `sovereignty|favor` only as `also`, since the
 *   sovereignty reading is implied rather than said. A coast-guard water-cannon attack or an incursion by
 *   coast-guard ships counts as foreign security action, so condemning it is `intervention|against`; a
 *   claim to an exclusive economic zone counts as sovereignty. Bases and rotations of foreign forces on a
 *   country's soil (Okinawa, Aviano, Tindal, Keflavík, Nanyuki) are intervention, as in the ninth table.
 * - A minister saying one country will not be "a gift … that can be taken back" denies that country's
 *   sovereignty (`against`); the implied threat is `also` (`intervention|favor`). Suggesting that a
 *   rainforest be put under international stewardship is `also` (`sovereignty|against`) for its owner.
 *   Claiming a neighbour's region, publishing a map of it or opening a road through it, reported as an
 *   event, is at most `also` (`sovereignty|against`).
 * - Food sovereignty, data sovereignty and sovereign bonds are not a nation's sovereignty; a central bank's
 *   currency intervention, a students' occupation and a locust invasion are not intervention.
 */

/** A named non-political place (sea, strait, region, facility): never a stance actor. */
const L = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'LOC', aliases });

const rows: readonly BlindRow[] = [
  // ---- Africa ----
  {
    label: 'idiom: a minister calls the return of foreign special forces a slap in the face to independence',
    text: 'Burkina Faso’s Communication Minister Idrissa Kaboré on Tuesday called the proposed return of French special forces “a slap in the face to our independence”.',
    entities: [P('Idrissa Kaboré', ['Kaboré'], ['Communication Minister']), G('Burkina Faso')],
    quotes: [quote('a slap in the face to our independence', 'Idrissa Kaboré')],
    expected: ['Idrissa Kaboré|intervention|against', 'Idrissa Kaboré|sovereignty|favor'],
  },
  {
    label: 'no stance: fighting with the Rapid Support Forces, reported by residents',
    text: 'Fighting between the Sudanese army and the Rapid Support Forces spread to the outskirts of El Obeid on Monday, residents said, with at least a dozen civilians killed.',
    entities: [O('Rapid Support Forces'), G('El Obeid')],
    quotes: [said('Fighting between the Sudanese army and the Rapid Support Forces spread to the outskirts of El Obeid on Monday', 'residents')],
    expected: [],
  },
  {
    label: 'contrast: welcomed the aid shipment but rejected any deployment of marines',
    text: 'Somalia’s Foreign Minister Abdirahman Warsame welcomed the Turkish aid shipment that docked in Kismayo on Sunday but rejected any deployment of Turkish marines to guard the port.',
    entities: [P('Abdirahman Warsame', ['Warsame'], ['Foreign Minister']), G('Somalia'), G('Kismayo')],
    expected: ['Abdirahman Warsame|intervention|against'],
  },
  {
    label: 'rhetorical question in parliament about a foreign contingent',
    gap: true,
    text: '“Who invited these soldiers onto our soil, and who will ask them to leave?” opposition lawmaker Célia Mucavele asked in Mozambique’s parliament on Thursday, referring to the Rwandan contingent in Cabo Delgado.',
    entities: [P('Célia Mucavele', ['Mucavele']), G('Mozambique'), G('Cabo Delgado')],
    quotes: [quote('Who invited these soldiers onto our soil, and who will ask them to leave?', 'Célia Mucavele')],
    expected: ['Célia Mucavele|intervention|against'],
    also: ['Célia Mucavele|sovereignty|favor'],
  },
  {
    label: 'owned noun: parliament rejects the cabinet secretary’s call for foreign troops to remain',
    text: 'Kenya’s parliament on Wednesday rejected Defence Cabinet Secretary Otieno Wafula’s call for British troops to remain at the Nanyuki training camp beyond 2027.',
    entities: [P('Otieno Wafula', ['Wafula'], ['Defence Cabinet Secretary']), G('Kenya'), G('Nanyuki')],
    expected: ['Otieno Wafula|intervention|favor', 'parliament|intervention|against'],
  },
  {
    label: 'deplore: church leaders decry a “silent occupation” and urge defence of territorial integrity',
    gap: true,
    text: 'Congo’s Catholic bishops on Sunday deplored what they called the “silent occupation” of North Kivu by Rwandan troops, and urged the UN to defend the country’s territorial integrity.',
    entities: [G('Congo'), G('North Kivu'), O('UN')],
    quotes: [quote('silent occupation', 'Catholic bishops')],
    expected: ['Catholic bishops|intervention|against', 'Catholic bishops|sovereignty|favor'],
  },
  {
    label: 'students march against a foreign garrison with a banner slogan',
    text: 'Hundreds of students marched through N’Djamena on Saturday against the French garrison at the city’s airport, carrying banners that read “Chad is not a barracks”.',
    entities: [G('N’Djamena'), G('Chad')],
    quotes: [quote('Chad is not a barracks', 'students')],
    expected: ['students|intervention|against'],
    also: ['students|sovereignty|favor'],
  },
  {
    label: 'hail a departure: a junta welcomes the end of foreign drone crews',
    text: 'Niger’s ruling junta hailed the departure of the last US drone crews from Agadez on Friday as “the end of a humiliating chapter”.',
    entities: [G('Niger'), G('US'), G('Agadez')],
    quotes: [quote('the end of a humiliating chapter', 'Niger')],
    expected: ['Niger|intervention|against'],
    also: ['Niger|sovereignty|favor'],
  },
  {
    label: 'lobby for: ruling-party lawmakers want foreign battalions to stay',
    text: 'Ruling-party lawmakers in the Central African Republic lobbied on Wednesday for the Rwandan battalions to stay beyond December’s elections, saying the national army was not yet ready to hold the north alone.',
    entities: [G('Central African Republic')],
    quotes: [said('the national army was not yet ready to hold the north alone', 'ruling-party lawmakers')],
    expected: ['ruling-party lawmakers|intervention|favor'],
  },
  {
    label: 'push back on a proposal from a capital to keep a detachment',
    text: 'Senegal pushed back on Monday on a proposal from Paris to keep a logistics detachment at Dakar airport, saying the handover of all French bases agreed last year was “final and not up for negotiation”.',
    entities: [G('Senegal'), G('Paris'), G('Dakar')],
    quotes: [
      said('the handover of all French bases agreed last year was “final and not up for negotiation”', 'Senegal'),
      quote('final and not up for negotiation', 'Senegal'),
    ],
    expected: ['Paris|intervention|favor', 'Senegal|intervention|against'],
  },
  {
    label: 'no stance: an exhibition about a past air campaign',
    text: 'The 2011 NATO air campaign in Libya is the subject of a new exhibition that opened at the national museum in Tripoli this week, with photographs, maps and pieces of downed aircraft.',
    entities: [O('NATO'), G('Libya'), G('Tripoli')],
    expected: [],
  },
  {
    label: 'no stance: farmers discuss food sovereignty',
    text: 'Farmers’ associations from across Mozambique met in Nampula on Friday to discuss food sovereignty, community seed banks and the rising price of fertiliser.',
    entities: [G('Mozambique'), G('Nampula')],
    expected: [],
  },
  {
    label: 'a capital calls a naval base deal with a breakaway region an act of aggression',
    gap: true,
    text: 'Mogadishu called the naval base deal between Ethiopia and the breakaway region of Somaliland “an act of aggression” against Somalia’s territorial integrity.',
    entities: [G('Mogadishu'), G('Ethiopia'), G('Somaliland'), G('Somalia')],
    quotes: [quote('an act of aggression', 'Mogadishu')],
    expected: ['Mogadishu|intervention|against', 'Mogadishu|sovereignty|favor'],
    also: ['Ethiopia|intervention|favor', 'Somaliland|intervention|favor'],
  },
  {
    label: 'fronted reported speech: will not take lessons on sovereignty',
    text: 'Ethiopia would “not take lessons on sovereignty from anyone”, Foreign Minister Yared Bekele said on Monday, after Cairo called for the UN Security Council to oversee the filling of the Nile dam.',
    entities: [P('Yared Bekele', ['Bekele'], ['Foreign Minister']), G('Ethiopia'), G('Cairo'), O('UN Security Council')],
    quotes: [
      said('Ethiopia would “not take lessons on sovereignty from anyone”', 'Yared Bekele'),
      quote('not take lessons on sovereignty from anyone', 'Yared Bekele'),
    ],
    expected: ['Yared Bekele|sovereignty|favor'],
  },
  {
    label: 'no stance: no objection to hot pursuit, on a condition',
    text: 'Togo said it had no objection to Beninese and Ghanaian troops pursuing jihadist fighters across its northern border, provided they informed Lomé in advance.',
    entities: [G('Togo'), G('Lomé')],
    quotes: [said('it had no objection to Beninese and Ghanaian troops pursuing jihadist fighters across its northern border, provided they informed Lomé in advance', 'Togo')],
    expected: [],
    also: ['Togo|intervention|favor', 'Togo|sovereignty|favor'],
  },
  {
    label: 'according to an outlet: only the minister it reports holds the stance',
    text: 'According to Le Monde, Chad’s Foreign Minister Abakar Mahamat told French diplomats at a closed meeting that the remaining French instructors must leave “before the rainy season”.',
    entities: [O('Le Monde'), G('Chad'), P('Abakar Mahamat', ['Mahamat'], ['Foreign Minister'])],
    quotes: [
      said('Chad’s Foreign Minister Abakar Mahamat told French diplomats at a closed meeting that the remaining French instructors must leave “before the rainy season”', 'Le Monde'),
      said('the remaining French instructors must leave “before the rainy season”', 'Abakar Mahamat'),
      quote('before the rainy season', 'Abakar Mahamat'),
    ],
    expected: ['Abakar Mahamat|intervention|against'],
  },
  {
    label: 'no stance: students end an occupation of a university building',
    text: 'Students ended a two-week occupation of the University of Nairobi’s administration block on Thursday after the university council suspended a fees increase.',
    entities: [O('University of Nairobi')],
    expected: [],
  },
  {
    label: 'no stance: a locust invasion crosses a border',
    text: 'Desert locust swarms crossed from Somalia into north-eastern Kenya over the weekend, in what agriculture officials described as the worst invasion in a decade.',
    entities: [G('Somalia'), G('Kenya')],
    expected: [],
  },
  {
    label: 'editorial voice: a regional force is the only way',
    text: 'EDITORIAL: The Security Council should stop hesitating. A robust African Union force in eastern Congo is the only way to protect the villages the Congolese army cannot reach.',
    entities: [O('Security Council'), O('African Union'), G('Congo')],
    expected: ['@author|intervention|favor'],
  },
  {
    label: 'opinion voice: a rhetorical question about “temporary” deployments',
    gap: true,
    text: 'OPINION: How many more “temporary” deployments will Djibouti be asked to host before anyone asks its people what they want?',
    entities: [G('Djibouti')],
    expected: ['@author|intervention|against'],
    also: ['@author|sovereignty|favor'],
  },

  // ---- Latin America and the Caribbean ----
  {
    label: 'idiom: will not be anyone’s backyard, after a congressman proposes drone strikes',
    gap: true,
    text: '“Mexico will not be anyone’s backyard,” Foreign Secretary Lucía Armenta told senators on Wednesday, a day after a US congressman proposed drone strikes on cartel laboratories in Sinaloa.',
    entities: [P('Lucía Armenta', ['Armenta'], ['Foreign Secretary']), G('Mexico'), G('US'), G('Sinaloa')],
    quotes: [quote('Mexico will not be anyone’s backyard', 'Lucía Armenta')],
    expected: ['Lucía Armenta|sovereignty|favor', 'US congressman|intervention|favor'],
    also: ['Lucía Armenta|intervention|against'],
  },
  {
    label: 'block: a congress blocks a troop-training request; a bloc calls it a blank cheque',
    gap: true,
    text: 'Peru’s Congress on Thursday blocked a request to let 400 US troops train in the Huallaga valley, after the left-wing bloc called it “a blank cheque for the Pentagon”.',
    entities: [G('Peru'), G('US'), O('Pentagon'), L('Huallaga valley')],
    quotes: [quote('a blank cheque for the Pentagon', 'the left-wing bloc')],
    expected: ['Congress|intervention|against', 'left-wing bloc|intervention|against'],
  },
  {
    label: 'regret: a transitional council regrets a contributor’s pull-out',
    gap: true,
    text: 'Haiti’s transitional council said it regretted Kenya’s decision to pull its police officers out of the multinational mission, calling the drawdown premature.',
    entities: [G('Haiti'), G('Kenya')],
    quotes: [said('it regretted Kenya’s decision to pull its police officers out of the multinational mission', 'Haiti')],
    expected: ['Haiti|intervention|favor'],
    also: ['Kenya|intervention|against'],
  },
  {
    label: 'territory “is and will remain” ours, after a rival map',
    text: 'Guyana’s Foreign Minister Everton Baptiste said the Essequibo “is and will remain Guyanese”, after Caracas published a new map showing the region as a Venezuelan state.',
    entities: [P('Everton Baptiste', ['Baptiste'], ['Foreign Minister']), G('Guyana'), G('Essequibo'), G('Caracas')],
    quotes: [said('the Essequibo “is and will remain Guyanese”', 'Everton Baptiste'), quote('is and will remain Guyanese', 'Everton Baptiste')],
    expected: ['Everton Baptiste|sovereignty|favor'],
    also: ['Caracas|sovereignty|against'],
  },
  {
    label: 'a union warns against a foreign “security presence” and says the canal belongs to the nation',
    gap: true,
    text: 'Panama’s canal pilots’ union warned on Friday against any US “security presence” on the waterway, saying the canal “belongs to Panamanians and to no one else”.',
    entities: [G('Panama'), G('US')],
    quotes: [
      said('the canal “belongs to Panamanians and to no one else”', 'canal pilots’ union'),
      quote('belongs to Panamanians and to no one else', 'canal pilots’ union'),
    ],
    expected: ['canal pilots’ union|intervention|against', 'canal pilots’ union|sovereignty|favor'],
  },
  {
    label: 'no stance: a central bank intervenes to defend its currency',
    text: 'Bolivia’s central bank intervened in the currency market for a third straight day on Tuesday, selling dollars to defend the boliviano, traders said.',
    entities: [G('Bolivia')],
    quotes: [said('Bolivia’s central bank intervened in the currency market for a third straight day on Tuesday, selling dollars to defend the boliviano', 'traders')],
    expected: [],
  },
  {
    label: 'modal negation: would never again allow foreign marines to land',
    text: 'Nicaragua would “never again” allow foreign marines to land on its coast, Vice-Foreign Minister Rosa Argüello said on the centenary of the 1926 US landing at Bluefields.',
    entities: [P('Rosa Argüello', ['Argüello'], ['Vice-Foreign Minister']), G('Nicaragua'), G('US'), G('Bluefields')],
    quotes: [said('Nicaragua would “never again” allow foreign marines to land on its coast', 'Rosa Argüello'), quote('never again', 'Rosa Argüello')],
    expected: ['Rosa Argüello|intervention|against'],
  },
  {
    label: 'veterans march to reaffirm a sovereignty claim',
    text: 'Thousands of veterans of the 1982 war marched through Ushuaia on Wednesday to reaffirm Argentina’s sovereignty over the Malvinas, which Britain calls the Falkland Islands.',
    entities: [G('Ushuaia'), G('Argentina'), G('Britain'), G('Falkland Islands', ['Malvinas'])],
    expected: ['veterans|sovereignty|favor'],
  },
  {
    label: 'bristle at a suggestion of international stewardship; pronoun speaker',
    gap: true,
    text: 'Brazil’s Defence Minister Sérgio Magalhães bristled at a French senator’s suggestion that the Amazon be placed under international stewardship. “The Amazon is Brazilian, full stop,” he said.',
    entities: [P('Sérgio Magalhães', ['Magalhães'], ['Defence Minister']), G('Brazil'), L('Amazon')],
    quotes: [said('the Amazon be placed under international stewardship', 'a French senator'), quote('The Amazon is Brazilian, full stop', 'Sérgio Magalhães')],
    expected: ['Sérgio Magalhães|sovereignty|favor'],
    also: ['French senator|sovereignty|against'],
  },
  {
    label: 'church leaders urge a capital to reject foreign air strikes',
    text: 'Catholic and evangelical church leaders in Cúcuta signed a joint letter on Sunday urging Bogotá to reject any US air strikes on guerrilla camps along the Venezuelan border.',
    entities: [G('Cúcuta'), G('Bogotá'), G('US')],
    expected: ['church leaders|intervention|against'],
  },
  {
    label: 'metaphor: gunboat diplomacy dressed up as a drug war',
    text: 'Venezuela’s Vice-Minister for Defence Omar Zambrano called the US naval build-up in the Caribbean “gunboat diplomacy dressed up as a drug war”.',
    entities: [P('Omar Zambrano', ['Zambrano'], ['Vice-Minister for Defence']), G('Venezuela'), G('US'), L('Caribbean')],
    quotes: [quote('gunboat diplomacy dressed up as a drug war', 'Omar Zambrano')],
    expected: ['Omar Zambrano|intervention|against'],
  },
  {
    label: 'idiom in favour: business leaders want foreign boots on the ground',
    text: 'Ecuadorian business leaders said on Tuesday the country needed “American boots on the ground, not just American advice” to break the gangs’ grip on Guayaquil.',
    entities: [G('Guayaquil')],
    quotes: [
      said('the country needed “American boots on the ground, not just American advice” to break the gangs’ grip on Guayaquil', 'Ecuadorian business leaders'),
      quote('American boots on the ground, not just American advice', 'Ecuadorian business leaders'),
    ],
    expected: ['business leaders|intervention|favor'],
  },
  {
    label: 'dismiss a congressman’s call for a naval blockade; pronoun speaker',
    text: 'Cuban Deputy Foreign Minister Ernesto Valdivia on Monday dismissed a Florida congressman’s call for a naval blockade of the island. “Cuba did not bow in 1962 and it will not bow now,” he said.',
    entities: [P('Ernesto Valdivia', ['Valdivia'], ['Deputy Foreign Minister']), G('Cuba'), G('Florida')],
    quotes: [quote('Cuba did not bow in 1962 and it will not bow now', 'Ernesto Valdivia')],
    expected: ['Ernesto Valdivia|intervention|against', 'Florida congressman|intervention|favor'],
    also: ['Ernesto Valdivia|sovereignty|favor'],
  },
  {
    label: 'owned noun: a senator’s push for a foreign radar station is rejected by a committee',
    gap: true,
    text: 'Senator Blas Ayala’s push to host a US radar station in Paraguay’s Chaco was rejected on Thursday by the Senate defence committee, which said the country “does not need foreign soldiers to watch its own borders”.',
    entities: [P('Blas Ayala', ['Ayala'], ['Senator']), G('US'), G('Paraguay'), L('Chaco')],
    quotes: [
      said('the country “does not need foreign soldiers to watch its own borders”', 'Senate defence committee'),
      quote('does not need foreign soldiers to watch its own borders', 'Senate defence committee'),
    ],
    expected: ['Blas Ayala|intervention|favor', 'Senate defence committee|intervention|against'],
    also: ['Senate defence committee|sovereignty|favor'],
  },
  {
    label: 'no stance: a minister declines to criticise strikes',
    text: 'Asked about the US strikes on boats off Venezuela, Brazil’s Foreign Minister Tadeu Rezende declined to criticise Washington, saying only that Brasília was “following events closely”.',
    entities: [P('Tadeu Rezende', ['Rezende'], ['Foreign Minister']), G('US'), G('Venezuela'), G('Brazil'), G('Washington'), G('Brasília')],
    quotes: [said('Brasília was “following events closely”', 'Tadeu Rezende'), quote('following events closely', 'Tadeu Rezende')],
    expected: [],
    also: ['US|intervention|favor'],
  },
  {
    label: 'opinion voice: borders are not a bargaining chip',
    gap: true,
    text: 'OPINION: Belize’s borders are not a bargaining chip. Guatemala’s claim to half our territory belongs in the history books, and the judges in The Hague should say so plainly.',
    entities: [G('Belize'), G('Guatemala'), G('The Hague')],
    expected: ['@author|sovereignty|favor'],
    also: ['Guatemala|sovereignty|against'],
  },
  {
    label: 'opinion voice: sending marines again would repeat every mistake',
    text: 'OPINION: Sending US Marines to Port-au-Prince again would repeat every mistake of 1915 and 1994. Haiti needs money for its own police, not another occupation.',
    entities: [G('US'), G('Port-au-Prince'), G('Haiti')],
    expected: ['@author|intervention|against'],
  },

  // ---- Asia ----
  {
    label: 'a capital summons an ambassador over a water-cannon attack inside its economic zone',
    gap: true,
    text: 'Manila summoned China’s ambassador on Monday over what it called an “illegal and dangerous” water-cannon attack on a supply boat near Second Thomas Shoal, which it says lies well inside the Philippines’ exclusive economic zone.',
    entities: [G('Manila'), G('China'), L('Second Thomas Shoal'), G('Philippines')],
    quotes: [quote('illegal and dangerous', 'Manila')],
    expected: ['Manila|intervention|against', 'Manila|sovereignty|favor'],
  },
  {
    label: 'a governor will keep saying no to a foreign base runway',
    gap: true,
    text: 'Okinawa Governor Kenji Higa said he would “keep saying no” to a new US Marine runway at Henoko, however long Tokyo drags its feet on talks with the prefecture.',
    entities: [P('Kenji Higa', ['Higa'], ['Governor']), G('Okinawa'), G('US'), G('Henoko'), G('Tokyo')],
    quotes: [
      said('he would “keep saying no” to a new US Marine runway at Henoko, however long Tokyo drags its feet on talks with the prefecture', 'Kenji Higa'),
      quote('keep saying no', 'Kenji Higa'),
    ],
    expected: ['Kenji Higa|intervention|against'],
  },
  {
    label: 'idiom: not set one boot across the river, despite nationalists’ calls',
    gap: true,
    text: 'Thailand’s army chief, Gen. Surachai Wongsawat, said his troops would “not set one boot” across the Moei river, despite calls from Thai nationalists to pursue Myanmar militias into Karen State.',
    entities: [P('Surachai Wongsawat', ['Surachai'], ['Gen.']), G('Thailand'), G('Myanmar'), G('Karen State')],
    quotes: [said('his troops would “not set one boot” across the Moei river', 'Surachai Wongsawat'), quote('not set one boot', 'Surachai Wongsawat')],
    expected: ['Surachai Wongsawat|intervention|against', 'Thai nationalists|intervention|favor'],
  },
  {
    label: 'a parliament reaffirms that disputed land is its territory',
    gap: true,
    text: 'Nepal’s parliament passed a resolution on Thursday reaffirming that Kalapani and Lipulekh are Nepali territory, a day after India opened a road through the area.',
    entities: [G('Nepal'), G('Kalapani'), G('Lipulekh'), G('India')],
    expected: ['parliament|sovereignty|favor'],
    also: ['India|sovereignty|against'],
  },
  {
    label: 'a deputy calls a neighbour’s region a gift that can be taken back',
    gap: true,
    text: 'Astana summoned Russia’s chargé d’affaires on Thursday after Duma deputy Igor Sobolev said northern Kazakhstan was “a gift from Moscow that can be taken back”.',
    entities: [G('Astana'), G('Russia'), P('Igor Sobolev', ['Sobolev']), G('Kazakhstan'), G('Moscow')],
    quotes: [
      said('northern Kazakhstan was “a gift from Moscow that can be taken back”', 'Igor Sobolev'),
      quote('a gift from Moscow that can be taken back', 'Igor Sobolev'),
    ],
    expected: ['Igor Sobolev|sovereignty|against'],
    also: ['Igor Sobolev|intervention|favor', 'Astana|sovereignty|favor'],
  },
  {
    label: 'a minister defends cross-border strikes; the other capital calls them a violation',
    gap: true,
    text: 'Pakistan’s Defence Minister Khalid Mehmood defended Tuesday’s air strikes in Afghanistan’s Paktika province as “self-defence against terrorists who enjoy sanctuary there”, while Kabul called them a violation of Afghan sovereignty.',
    entities: [G('Pakistan'), P('Khalid Mehmood', ['Mehmood'], ['Defence Minister']), G('Afghanistan'), G('Paktika'), G('Kabul')],
    quotes: [quote('self-defence against terrorists who enjoy sanctuary there', 'Khalid Mehmood')],
    expected: ['Khalid Mehmood|intervention|favor', 'Kabul|intervention|against', 'Kabul|sovereignty|favor'],
    also: ['Pakistan|intervention|favor'],
  },
  {
    label: 'no stance: a multinational peacekeeping exercise',
    text: 'Troops from more than 20 countries joined Mongolia’s annual peacekeeping exercise at the Five Hills training area outside Ulaanbaatar on Monday.',
    entities: [G('Mongolia'), L('Five Hills'), G('Ulaanbaatar')],
    expected: [],
  },
  {
    label: 'no stance: sovereign bonds',
    text: 'South Korea sold $2 billion of sovereign bonds on Wednesday, the finance ministry said, drawing orders from investors in Europe and Asia.',
    entities: [G('South Korea')],
    quotes: [said('South Korea sold $2 billion of sovereign bonds on Wednesday', 'the finance ministry')],
    expected: [],
  },
  {
    label: 'no stance: “data sovereignty” clauses in a cloud contract',
    text: 'Indonesia’s largest mobile operator signed a contract with a US cloud provider on Tuesday that includes “data sovereignty” clauses keeping customer records on servers in Jakarta.',
    entities: [G('Indonesia'), G('US'), G('Jakarta')],
    expected: [],
  },
  {
    label: 'owned noun: dismisses a senator’s offer of troops; pronoun speaker “she”',
    text: 'Minister of State for External Affairs Kavita Raghavan dismissed a US senator’s offer of troops to help patrol the Line of Actual Control. “We are not going to outsource the defence of our borders to anyone,” she said.',
    entities: [P('Kavita Raghavan', ['Raghavan'], ['Minister of State for External Affairs']), G('US'), L('Line of Actual Control')],
    quotes: [quote('We are not going to outsource the defence of our borders to anyone', 'Kavita Raghavan')],
    expected: ['Kavita Raghavan|intervention|against', 'US senator|intervention|favor'],
    also: ['Kavita Raghavan|sovereignty|favor'],
  },
  {
    label: 'modal: could not in good conscience send minesweepers',
    gap: true,
    text: 'Japan “could not in good conscience” send minesweepers to the Strait of Hormuz while talks with Tehran were still under way, opposition leader Haruka Mori told reporters on Friday.',
    entities: [P('Haruka Mori', ['Mori']), G('Japan'), L('Strait of Hormuz'), G('Tehran')],
    quotes: [
      said('Japan “could not in good conscience” send minesweepers to the Strait of Hormuz while talks with Tehran were still under way', 'Haruka Mori'),
      quote('could not in good conscience', 'Haruka Mori'),
    ],
    expected: ['Haruka Mori|intervention|against'],
  },
  {
    label: 'drag its feet on a drone-basing request, amid opposition from religious parties',
    gap: true,
    text: 'Islamabad has been dragging its feet for months on a US request to fly surveillance drones from the Shamsi airfield, two officials said, amid fierce opposition from religious parties.',
    entities: [G('Islamabad'), G('US'), L('Shamsi airfield')],
    quotes: [said('Islamabad has been dragging its feet for months on a US request to fly surveillance drones from the Shamsi airfield', 'two officials')],
    expected: ['US|intervention|favor', 'religious parties|intervention|against'],
    also: ['Islamabad|intervention|against'],
  },
  {
    label: 'no stance: a port call reported by a state news agency',
    text: 'Two US Navy destroyers docked at Cam Ranh Bay on Monday for a five-day port call, Vietnam’s state news agency reported.',
    entities: [O('US Navy'), L('Cam Ranh Bay'), G('Vietnam')],
    quotes: [said('Two US Navy destroyers docked at Cam Ranh Bay on Monday for a five-day port call', 'Vietnam’s state news agency')],
    expected: [],
  },

  // ---- Europe ----
  {
    label: 'sign off on hosting more foreign soldiers',
    text: 'Romania’s Supreme Defence Council signed off on Tuesday on hosting another 2,000 US soldiers at the Mihail Kogălniceanu air base near Constanța.',
    entities: [G('Romania'), O('Supreme Defence Council'), G('US'), L('Mihail Kogălniceanu air base'), G('Constanța')],
    expected: ['Supreme Defence Council|intervention|favor'],
  },
  {
    label: 'no stance: a veto of a condemnation leaves no common position',
    text: 'Hungary vetoed an EU statement condemning the incursion of Serbian police into northern Kosovo, leaving the bloc’s foreign ministers without a common position.',
    entities: [G('Hungary'), O('EU'), G('Kosovo')],
    expected: [],
    also: ['Hungary|intervention|favor', 'EU|intervention|against'],
  },
  {
    label: 'fronted fragment: an archipelago is ours in law and in fact',
    gap: true,
    text: 'Svalbard is “Norwegian in law and in fact”, Foreign Minister Ingrid Solberg-Haug said on Wednesday, after Russian officials accused Oslo of militarising the archipelago in breach of the 1920 treaty.',
    entities: [P('Ingrid Solberg-Haug', ['Solberg-Haug'], ['Foreign Minister']), G('Svalbard'), G('Oslo')],
    quotes: [said('Svalbard is “Norwegian in law and in fact”', 'Ingrid Solberg-Haug'), quote('Norwegian in law and in fact', 'Ingrid Solberg-Haug')],
    expected: ['Ingrid Solberg-Haug|sovereignty|favor'],
    also: ['Russian officials|sovereignty|against'],
  },
  {
    label: 'no stance: an airspace violation reported by the border guard',
    text: 'Two Russian military helicopters briefly crossed into Finnish airspace near Kuusamo on Sunday, the border guard said, and Helsinki has asked Moscow for an explanation.',
    entities: [G('Kuusamo'), G('Helsinki'), G('Moscow')],
    quotes: [said('Two Russian military helicopters briefly crossed into Finnish airspace near Kuusamo on Sunday', 'the border guard')],
    expected: [],
    also: ['Helsinki|sovereignty|favor', 'Helsinki|intervention|against'],
  },
  {
    label: 'self-determination: a future decided here and nowhere else',
    text: '“Gibraltar’s future will be decided in Gibraltar, by Gibraltarians, and nowhere else,” Chief Minister Leonard Azzopardi said on Monday, rejecting a Spanish proposal for joint sovereignty over the Rock.',
    entities: [P('Leonard Azzopardi', ['Azzopardi'], ['Chief Minister']), G('Gibraltar')],
    quotes: [quote('Gibraltar’s future will be decided in Gibraltar, by Gibraltarians, and nowhere else', 'Leonard Azzopardi')],
    expected: ['Leonard Azzopardi|sovereignty|favor'],
  },
  {
    label: 'condemns a foreign drone base as a step in an illegal occupation',
    text: 'Cyprus on Friday condemned the opening of a Turkish military drone base in the north of the island, calling it “a further step in an illegal occupation”.',
    entities: [G('Cyprus')],
    quotes: [quote('a further step in an illegal occupation', 'Cyprus')],
    expected: ['Cyprus|intervention|against'],
    also: ['Cyprus|sovereignty|favor'],
  },
  {
    label: 'peace activists blockade a foreign air base and demand the jets be sent home',
    text: 'Several hundred peace activists blockaded the gates of the US air base at Aviano on Saturday, demanding that the F-16 squadrons stationed there be sent home.',
    entities: [G('US'), G('Aviano')],
    quotes: [said('the F-16 squadrons stationed there be sent home', 'peace activists')],
    expected: ['peace activists|intervention|against'],
  },
  {
    label: 'metaphor: an occupation force that has overstayed its welcome',
    text: 'Moldova’s parliament speaker, Elena Rotaru, called the Russian troops in Transnistria “an occupation force that has overstayed its welcome by three decades”.',
    entities: [G('Moldova'), P('Elena Rotaru', ['Rotaru']), G('Transnistria')],
    quotes: [quote('an occupation force that has overstayed its welcome by three decades', 'Elena Rotaru')],
    expected: ['Elena Rotaru|intervention|against'],
    also: ['Elena Rotaru|sovereignty|favor'],
  },
  {
    label: 'no stance: the Sovereign Order of Malta opens a field hospital',
    text: 'The Sovereign Order of Malta opened a field hospital in western Ukraine on Monday, staffed by volunteer doctors from Italy and Germany.',
    entities: [O('Sovereign Order of Malta'), G('Ukraine'), G('Italy'), G('Germany')],
    expected: [],
  },
  {
    label: 'warn against a “stabilisation force”, with a saying about such missions',
    text: 'Former UN envoy Henrik Dahlgaard warned against any Western “stabilisation force” in Libya, saying such missions “always arrive with a timetable and never leave on it”.',
    entities: [P('Henrik Dahlgaard', ['Dahlgaard']), O('UN'), G('Libya')],
    quotes: [
      said('such missions “always arrive with a timetable and never leave on it”', 'Henrik Dahlgaard'),
      quote('always arrive with a timetable and never leave on it', 'Henrik Dahlgaard'),
    ],
    expected: ['Henrik Dahlgaard|intervention|against'],
  },
  {
    label: 'veto: two permanent members veto a force to secure a port',
    text: 'China and Russia on Tuesday vetoed a Security Council resolution that would have authorised a multinational force to secure the Yemeni port of Hodeidah.',
    entities: [G('China'), G('Russia'), O('Security Council'), G('Hodeidah')],
    expected: ['China|intervention|against', 'Russia|intervention|against'],
  },

  // ---- Pacific ----
  {
    label: 'condition: foreign police may stay only as long as the capital asks',
    gap: true,
    text: 'Australian police could stay in Solomon Islands “only for as long as Honiara asks them to, and not a day longer”, Police Minister Joseph Manelusi said on Tuesday.',
    entities: [P('Joseph Manelusi', ['Manelusi'], ['Police Minister']), G('Solomon Islands'), G('Honiara')],
    quotes: [
      said('Australian police could stay in Solomon Islands “only for as long as Honiara asks them to, and not a day longer”', 'Joseph Manelusi'),
      quote('only for as long as Honiara asks them to, and not a day longer', 'Joseph Manelusi'),
    ],
    expected: ['Joseph Manelusi|sovereignty|favor'],
    also: ['Joseph Manelusi|intervention|favor'],
  },
  {
    label: 'lawmakers demand that a former colonial power hand back islands',
    gap: true,
    text: 'Vanuatu’s lawmakers unanimously backed a motion on Thursday demanding that France hand back the uninhabited Matthew and Hunter islands, which both countries claim.',
    entities: [G('Vanuatu'), G('France'), L('Matthew and Hunter islands')],
    expected: ['lawmakers|sovereignty|favor'],
  },
  {
    label: 'the opposition accuses the government of selling the country’s security to foreign police',
    gap: true,
    text: 'Kiribati’s opposition accused the government of “selling the country’s security” by inviting Chinese police officers to train recruits in Tarawa.',
    entities: [G('Kiribati'), G('Tarawa')],
    quotes: [quote('selling the country’s security', 'the opposition')],
    expected: ['opposition|intervention|against'],
    also: ['opposition|sovereignty|favor', 'Kiribati|intervention|favor'],
  },
  {
    label: 'a party pledges to tear up a bomber-rotation agreement',
    text: 'The Australian Greens pledged on Sunday to tear up the agreement that lets US nuclear-capable bombers rotate through Tindal air base in the Northern Territory.',
    entities: [O('Australian Greens', ['Greens']), G('US'), L('Tindal air base'), G('Northern Territory')],
    expected: ['Australian Greens|intervention|against'],
  },
  {
    label: 'rhetorical question: what is our sovereignty worth?',
    gap: true,
    text: '“If Chinese coast guard ships can sail into our lagoon whenever they like, what exactly is our sovereignty worth?” asked Kaleb Ngirmang, the president of Palau’s Senate.',
    entities: [P('Kaleb Ngirmang', ['Ngirmang']), G('Palau')],
    quotes: [quote('If Chinese coast guard ships can sail into our lagoon whenever they like, what exactly is our sovereignty worth?', 'Kaleb Ngirmang')],
    expected: ['Kaleb Ngirmang|sovereignty|favor'],
    also: ['Kaleb Ngirmang|intervention|against'],
  },
  {
    label: 'contrast: welcomed patrol boats but turned down naval personnel',
    text: 'Timor-Leste welcomed Australia’s offer of two patrol boats but turned down its proposal to station Australian naval personnel in Dili, saying the country “will guard its own waters”.',
    entities: [G('Timor-Leste'), G('Australia'), G('Dili')],
    quotes: [said('the country “will guard its own waters”', 'Timor-Leste'), quote('will guard its own waters', 'Timor-Leste')],
    expected: ['Australia|intervention|favor', 'Timor-Leste|intervention|against'],
    also: ['Timor-Leste|sovereignty|favor'],
  },

  // ---- Middle East ----
  {
    label: 'officials welcome a decision to keep foreign troops',
    text: 'Iraqi Kurdish officials on Monday welcomed the US decision to keep 1,500 troops in Erbil, a reversal of Washington’s earlier plan to withdraw them entirely.',
    entities: [G('US'), G('Erbil'), G('Washington')],
    expected: ['Kurdish officials|intervention|favor'],
    also: ['US|intervention|favor'],
  },
  {
    label: 'deplore a foreign air strike and reserve the right to respond',
    text: 'Baghdad on Sunday deplored a fresh Turkish air strike on a village near Duhok, the third this month, and said it reserved the right to respond “by all legitimate means”.',
    entities: [G('Baghdad'), G('Duhok')],
    quotes: [said('it reserved the right to respond “by all legitimate means”', 'Baghdad'), quote('by all legitimate means', 'Baghdad')],
    expected: ['Baghdad|intervention|against'],
    also: ['Baghdad|sovereignty|favor'],
  },
  {
    label: 'hail strikes: a ministry praises the completion of strikes abroad',
    gap: true,
    text: 'Saudi Arabia’s defence ministry hailed the “successful completion” of strikes on Houthi missile sites in northern Yemen, saying the operation had removed “an imminent threat to the kingdom”.',
    entities: [G('Saudi Arabia'), G('Yemen')],
    quotes: [
      quote('successful completion', 'defence ministry'),
      said('the operation had removed “an imminent threat to the kingdom”', 'defence ministry'),
      quote('an imminent threat to the kingdom', 'defence ministry'),
    ],
    expected: ['defence ministry|intervention|favor'],
    also: ['Saudi Arabia|intervention|favor'],
  },
  {
    label: 'no stance: an army shoots down a smuggling drone',
    text: 'Jordan’s army said it shot down a drone carrying crystal meth near the Syrian border early on Wednesday, the fourth such interception this month.',
    entities: [G('Jordan')],
    quotes: [said('it shot down a drone carrying crystal meth near the Syrian border early on Wednesday', 'Jordan’s army')],
    expected: [],
  },
  {
    label: 'no stance: an anniversary of liberation from occupation',
    text: 'Kuwait marked the 35th anniversary of its liberation from Iraqi occupation on Wednesday with fireworks over the Gulf and a parade along the corniche.',
    entities: [G('Kuwait'), L('Gulf')],
    expected: [],
  },
  {
    label: 'applaud a recognition of sovereignty; a movement calls it a gift of land',
    text: 'Morocco’s parliament applauded Washington’s renewed recognition of Moroccan sovereignty over Western Sahara, while the Polisario Front called it “a gift of land that was never America’s to give”.',
    entities: [G('Morocco'), G('Washington'), G('Western Sahara'), O('Polisario Front')],
    quotes: [quote('a gift of land that was never America’s to give', 'Polisario Front')],
    expected: ['parliament|sovereignty|favor'],
    also: ['Washington|sovereignty|favor', 'Polisario Front|sovereignty|against', 'Polisario Front|sovereignty|favor'],
  },
  {
    label: 'no stance: an ANALYSIS headline about a troop presence',
    text: 'ANALYSIS: Why Washington still keeps about 900 troops in north-eastern Syria, explained in five maps.',
    entities: [G('Washington'), G('Syria')],
    expected: [],
    also: ['Washington|intervention|favor'],
  },

  // ---- Arctic ----
  {
    label: 'applaud a plan to station rangers; a waterway is internal water',
    gap: true,
    text: 'Inuit leaders in Nunavut applauded Ottawa’s plan to station more Canadian Rangers along the Northwest Passage, saying the waterway was “Canadian internal water, not an international strait”.',
    entities: [G('Nunavut'), G('Ottawa'), O('Canadian Rangers'), L('Northwest Passage')],
    quotes: [
      said('the waterway was “Canadian internal water, not an international strait”', 'Inuit leaders'),
      quote('Canadian internal water, not an international strait', 'Inuit leaders'),
    ],
    expected: ['Inuit leaders|sovereignty|favor'],
    also: ['Ottawa|sovereignty|favor'],
  },
  {
    label: 'campaigners petition against the return of foreign forces; pronoun speaker “they”',
    gap: true,
    text: 'Icelandic peace campaigners handed parliament a petition on Monday opposing the return of US forces to the former base at Keflavík. “We closed that chapter in 2006 and we want it to stay closed,” they said.',
    entities: [G('US'), G('Keflavík')],
    quotes: [quote('We closed that chapter in 2006 and we want it to stay closed', 'Icelandic peace campaigners')],
    expected: ['peace campaigners|intervention|against'],
  },
  {
    label: 'no stance: a shipping record on an Arctic route',
    text: 'A record 97 cargo ships sailed the Northern Sea Route this year, Russia’s state nuclear company Rosatom said, as the Arctic ice retreated earlier than usual.',
    entities: [O('Rosatom'), G('Russia'), L('Northern Sea Route')],
    quotes: [said('A record 97 cargo ships sailed the Northern Sea Route this year', 'Rosatom')],
    expected: [],
  },
];

/**
 * The table's rate: first blind run (2026-12-07, commit 620732a): P 0.735 (25/34), R 0.329 (25/76). The floor is each
 * minus 0.03, rounded down. The rows that failed on that run are marked `gap`.
 */
const FLOOR10 = { precision: 0.93, recall: 0.54 };

describeBlindTable('stances: blind table 10', 'blind10', rows, FLOOR10);
