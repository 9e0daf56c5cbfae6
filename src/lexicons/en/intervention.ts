/**
 * The intervention event lexicon: how news names foreign military or security
 * presence, its arrival and its end, as typed data from general knowledge of
 * the domain (no article's names or phrasing). The built-in `intervention`
 * target (src/stages/stances/targets/intervention.ts) is made from it.
 *
 * Phrase syntax as in stance targets (src/stages/stances/target.ts): lower case,
 * a trailing `*` matches any ending, and a `~` word matches by lemma ("~deploy"
 * matches "deployed", "deploying").
 */

import { COUNTRIES } from './countries.js';

/** Things that are an intervention: forces, strikes, operations, taking territory. A stance toward one is a stance toward intervention. */
export const INTERVENTION_TERMS: readonly string[] = [
  // forces
  'troop*', 'soldier*', 'army', 'armies', 'armed forces', 'military', 'militarily', 'military force*', 'use of force', 'warship*',
  'warplane*', 'fighter jets', 'gunboat*', 'aircraft carrier*', 'special forces', 'paratroopers', 'naval forces', 'ground forces',
  'peacekeeping force*', 'peacekeeping mission*', 'peacekeeping operation*', 'peacekeeper*', 'mercenar*', 'military instructor*',
  'military personnel', 'naval personnel', 'navy personnel', 'army personnel', 'defence personnel', 'defense personnel', 'military staff', 'military trainers', 'military contractors', 'military advisers', 'military adviser*', 'military advisor*', 'foreign forces', 'foreign fighters', 'stabilization force*', 'stabilisation force*',
  'multinational force*', 'international force*', 'regional force*', 'protection force*', 'intervention force*', 'rapid reaction force*', 'rapid response force*', 'rapid deployment force*', 'reassurance force*', 'expeditionary force*', 'occupying force*', 'occupation force*',
  'boots on the ground', 'military presence', 'battalion*', 'brigade*', 'squadron*', 'commando*', 'marines',
  'strategic bomber*', 'nuclear-capable bomber*', 'long-range bomber*', 'heavy bomber*', 'bomber rotation*',
  // aircraft a military flies (not surveillance drones: two blind annotators keep them apart from troops)
  'military aircraft', 'military plane*', 'military jet*', 'military helicopter*', 'attack helicopter*', 'helicopter gunship*',
  'military drone*', 'armed drone*', 'attack drone*',
  'military detachment*', 'logistics detachment*', 'naval detachment*', 'detachment of troops', 'detachment of soldiers', 'drone crews', 'drone operators',
  // a foreign force named by its job or by metonymy: "the garrison at the base", "a multinational security mission", "foreign boots"
  'garrison*', 'air support', 'close air support', 'security mission', 'security missions', 'police mission', 'police missions',
  'police contingent*', 'police advisers', 'police advisors', 'police trainers', 'standby force*', 'foreign boots', 'foreign boot', 'boots on our soil', 'boots on its soil', 'boots on their soil',
  'ground force', 'naval buildup', 'naval build-up', 'military buildup', 'military build-up', 'air-policing mission*', 'air policing mission*',
  'multinational police force*', 'international police force*', 'foreign police force*', 'stabilisation mission*', 'stabilization mission*',
  'naval escort*', 'military escort*', 'joint naval patrol*', 'joint military patrol*', 'militarisation of', 'militarization of',
  'use force', 'uses force', 'using force', 'used force', 'threat of force', 'threats of force', 'military threat*', 'threat of military action', 'military option*',
  // arming a side: "supplying the rebels with weapons", "arms deliveries"
  '~supply * with weapons', '~supply the * with weapons', '~supply * with arms', '~supply the * with arms', 'arms supplies', 'arms deliveries',
  'weapons supplies', 'weapons deliveries', 'supply of weapons', 'supplies of weapons', 'supply of arms', 'deliveries of weapons',
  // acts
  'naval deployment', 'deployment', 'deployments', 'airstrike*', 'air strike*', 'drone strike*', 'missile strike*', 'drone operation*',
  'strike', 'strikes', 'bomb', 'bombed', 'bombing*', 'bombard*', 'shelling', 'invasion*', 'invade*', 'invading', 'intervention*', 'intervene*', 'intervening',
  'incursion*', 'airspace violation*', 'blockade*', 'no-fly zone*', 'ground offensive*', 'military offensive*', 'military campaign*',
  'military operation*', 'air campaign*', 'air raid*', 'regime change', 'interference', 'meddling', '~interfere', '~meddle',
  // bases and pacts
  'military base*', 'foreign base*', 'air base*', 'naval base*', 'drone base*', 'missile base*', 'naval facilit*', 'military facilit*', 'basing agreement*', 'basing deal*', 'basing rights',
  'defence pact*', 'defense pact*', 'defence agreement*', 'defense agreement*', 'defence cooperation', 'defense cooperation',
  'status of forces agreement*', 'security pact*', 'security treat*', 'defence treat*', 'defense treat*', 'mutual defence', 'mutual defense', 'military alliance*',
  // a country used as the base of an attack: "will not be a launch pad for an attack on Norland"
  'launch pad for', 'launchpad for', 'launching pad for', 'staging ground for', 'staging area for', 'springboard for an attack', 'springboard for attacks',
  // "will not become a base for attacks"
  'a base for attacks', 'a base for war', 'a base for any war', "a base for anyone 's war", "a base for someone else 's war",
  // being drawn into a war abroad: "dragging the country into someone else's war", "foreign wars"
  '~drag * into * war', '~drag * into a war', '~drag * into the war', '~drag the * into * war', '~drag the * into a war',
  ...['someone', 'foreign', 'other', 'another'].flatMap((w) => [`~drag * into ${w}`, `~drag the * into ${w}`]),
  "someone else 's war", "other people 's wars", "other countries ' wars", 'foreign wars', 'a foreign war',
  // territory
  'annex*', 'occupation', 'occupier*', '51st state', 'take control', 'taking control', 'seize control', 'seizing control', 'retake*', 'retaking',
];

/**
 * A base or forces named by the nation that runs them are foreign military ones ("the
 * American base", "Russian bases", "U.S. forces"): generated from the country
 * table (adjective demonyms and one-word names), not listed by hand.
 */
export const NATIONAL_BASE_TERMS: readonly string[] = COUNTRIES.flatMap((c) =>
  [c.demonyms[0], ...c.names.filter((n) => !n.includes(' '))]
    .filter((w): w is string => w !== undefined)
    // the parse splits a closing period off "U.S." before a lower-case word: "u.s . forces"
    .map((w) => (w.endsWith('.') ? `${w.slice(0, -1)} .` : w).toLowerCase())
    .flatMap((w) => [`${w} base`, `${w} bases`, `${w} forces`, `${w} instructors`, `${w} advisers`, `${w} advisors`, `${w} trainers`, `${w} warships`, `${w} marines`, `${w} navy`, `${w} presence`,
      `${w} contingent`, `${w} contingents`, `${w} military contingent`, `${w} military contingents`]),
);

/**
 * Taking a country or territory by purchase or takeover, named outright ("buy
 * Greenland", "the acquisition of Canada"): generated from the country table,
 * since "buy" or "acquire" alone is an intervention only in an article about one.
 */
export const TERRITORY_TAKING_TERMS: readonly string[] = COUNTRIES.flatMap((c) =>
  c.names.flatMap((name) => {
    const n = name.toLowerCase();
    return [`~buy ${n}`, `~purchase ${n}`, `~acquire ${n}`, `purchase of ${n}`, `acquisition of ${n}`, `takeover of ${n}`, `~take over ${n}`];
  }),
);

/**
 * A country absorbed into another, named outright ("become part of the United
 * States", "merging with Russia"): against the absorbed one's sovereignty.
 * Generated from the country table; "the" is optional before the name.
 */
export const ABSORPTION_TERMS: readonly string[] = COUNTRIES.flatMap((c) =>
  c.names.flatMap((name) => {
    const n = name.toLowerCase();
    return ['become part of', 'becoming part of', 'becomes part of', 'merge with', 'merging with', 'merger with'].flatMap((v) => [`${v} ${n}`, `${v} the ${n}`]);
  }),
);

/**
 * A territory said to belong to a country, named outright ("the canal belongs
 * to Norland"): a statement of that country's sovereignty, held by whoever says
 * it. Generated from the country table.
 */
export const BELONGING_ASSERTIONS: readonly string[] = COUNTRIES.flatMap((c) =>
  c.names.flatMap((name) => {
    const n = name.toLowerCase();
    return ['belongs to', 'belong to', 'belonged to'].flatMap((v) => [`${v} ${n}`, `${v} the ${n}`]);
  }),
);

/**
 * A territory said to stay a country's ("is, and will remain, Norwegian", "will always be Chilean"), a country
 * whose decision it is ("it is for Vanuatu alone to decide", "up to Greenland to decide", "Benin decides for
 * Benin", "No one decides for Vanuatu but Vanuatu"), and its people deciding ("only Mexicans can decide", "the
 * Korean people will decide", "without Haitian consent"): statements of its sovereignty, held by whoever says
 * them. Generated from the country table, a few forms each (every form costs start-up time across ~450 names).
 * ("chooses its partners" was measured and is out: a false positive on a set never read.)
 */
export const SELF_DETERMINATION_ASSERTIONS: readonly string[] = COUNTRIES.flatMap((c) => [
  ...c.names.flatMap((name) => {
    const n = name.toLowerCase();
    return [`for ${n} to decide`, `up to ${n} to decide`, `for ${n} alone to`, `${n} decides for ${n}`, `no one decides for ${n}`, `nobody decides for ${n}`, `${n} decides what happens in ${n}`, `${n} is not real estate`, `${n} decides who`];
  }),
  // "is and will remain Guyanese" holds the first; "is, and will remain, Norwegian" the second
  // "have vowed to remain British", "must remain Danish": remaining the country's (not "the remaining French troops")
  ...c.demonyms.flatMap((d) => [`remain ${d.toLowerCase()}`, `remains ${d.toLowerCase()}`, `will remain , ${d.toLowerCase()}`, `will always be ${d.toLowerCase()}`]),
  // "only Mexicans can decide", "it is for Greenlanders to decide": the nation's people, and no one else, decide
  ...c.demonyms.filter((d) => d.endsWith('s')).flatMap((d) => {
    const p = d.toLowerCase();
    // "is for Greenlanders and Danes alone to decide"
    return [`for ${p} to decide`, `only ${p} can decide`, `${p} alone can decide`, `for ${p} alone to decide`, `for ${p} and * to decide`, `for ${p} and * alone to decide`];
  }),
  // "the Korean people will decide the future of this peninsula"; "without Haitian consent"; "Congo will be defended by
  // Congolese", "a crisis to be solved by Malagasy hands"
  ...c.demonyms.filter((d) => !d.endsWith('s')).flatMap((d) => {
    const a = d.toLowerCase();
    // "will be decided by the Congolese", "is for the Swiss alone to decide"
    return [`without ${a} consent`, `the ${a} people will decide`, `the ${a} people decide`, `the ${a} people alone`, `defended by ${a}`, `solved by ${a} hands`,
      `decided by the ${a}`, `for the ${a} to decide`, `for the ${a} alone to decide`];
  }),
  // "our future will be decided by Greenlanders"
  ...c.demonyms.filter((d) => d.endsWith('s')).flatMap((d) => [`decided by ${d.toLowerCase()}`, `decided by the ${d.toLowerCase()}`]),
]);

/** A home territory, as its people name it ("our territory is not a firing range"). */
const HOME_TERRITORY: readonly string[] = ['our territory', 'our country', 'our land', 'our soil', 'our waters', 'our skies', 'our airspace', 'our region', 'our continent', 'our islands'];

/** Military uses a foreign force would put a territory to ("a firing range for anyone", "a car park for other people's warships"). */
const FOREIGN_USES: readonly string[] = ['barracks', 'garrison', 'battlefield', 'battleground', 'firing range', 'shooting range', 'testing ground', 'proving ground', 'launchpad', 'launch pad', 'staging ground', 'military base', 'theatre of war', 'theater of war'];

/** Who the denied use would be for, when the territory is not named: foreigners ("for other powers"), not "for culture wars". */
const FOREIGN_USERS: readonly string[] = ['other', 'others', 'foreign', 'outside', 'anyone', 'great', 'the great', 'rival', 'superpower', 'superpowers'];

/**
 * "Our territory is not a firing range for anyone", "will not become a battlefield for other powers": denying
 * one's territory to foreign forces, against intervention by itself, held by whoever says it.
 */
export const TERRITORY_USE_DENIALS: readonly string[] = [
  // "Chad is not a barracks"
  ...COUNTRIES.flatMap((c) => c.names.flatMap((n) => ['barracks', 'garrison', 'military base', 'battlefield'].map((u) => `${n.toLowerCase()} is not a ${u}`))),
  ...HOME_TERRITORY.flatMap((t) => FOREIGN_USES.flatMap((u) => [`${t} is not a ${u}`, `${t} will not become a ${u}`, `${t} will never be a ${u}`, `${t} will not be a ${u}`, `${t} is no ${u}`])),
  ...['battlefield', 'battleground', 'theatre of war', 'theater of war', 'firing range', 'staging ground'].flatMap((u) =>
    FOREIGN_USERS.flatMap((f) => [`not become a ${u} for ${f}`, `never become a ${u} for ${f}`, `not be a ${u} for ${f}`, `not be turned into a ${u} for ${f}`])),
  ...['battlefield', 'battleground', 'car park', 'parking lot', 'firing range', 'launchpad', 'staging ground'].map((u) => `against turning * into a ${u}`),
  // "will not allow its territory to be used for military action against a neighbour"
  ...['its', 'our', 'their'].flatMap((p) => ['not allow', 'never allow', 'not permit', 'never permit', "n't allow", "n't permit"].flatMap((v) => [`${v} ${p} territory to be used for`, `${v} ${p} soil to be used for`, `${v} ${p} airspace to be used for`])),
  ...['its', 'our', 'their'].flatMap((p) => ['not let', 'never let', "n't let"].flatMap((v) => [`${v} ${p} territory be used for`, `${v} ${p} soil be used for`, `${v} ${p} airspace be used for`])),
];

/** Armed sides another state can back ("the rebels", "militias"): backing one is intervention, naming one is not. */
export const ARMED_SIDES: readonly string[] = [
  'the rebels', 'rebels', 'rebel groups', 'rebel forces', 'the militia', 'the militias', 'militias', 'militia groups', 'armed groups',
  'the insurgents', 'insurgents', 'paramilitaries', 'the paramilitaries', 'paramilitary forces', 'the paramilitary', 'proxies', 'proxy forces',
];

/** Ways of backing an armed side, every inflection ("arming the rebels", "funds militias": the parse leaves "arming" unlemmatised). */
export const BACKING_ACTS: readonly string[] = ['arm', 'arms', 'armed', 'arming', 'fund*', 'financ*', 'bankroll*', 'train', 'trains', 'trained', 'training', 'equip*', 'back', 'backs', 'backed', 'backing', 'support*', 'supply', 'supplies', 'supplied', 'supplying', 'sponsor*'];

/** Backing an armed side, as terms: each act before each side, and the nouns of it ("support for the rebels", "proxy war"). */
export const BACKING_TERMS: readonly string[] = [
  ...BACKING_ACTS.flatMap((act) => ARMED_SIDES.map((side) => `${act} ${side}`)),
  ...['support for', 'backing for', 'backing of', 'arming of', 'funding of', 'funding for', 'arms for', 'weapons for', 'arms to', 'weapons to'].flatMap((n) => ARMED_SIDES.map((side) => `${n} ${side}`)),
  'proxy war', 'proxy wars', 'proxy force', 'proxy militia*',
];

/** What a military strike hits, as its object ("struck militant positions", "pounded rebel camps"). */
export const STRIKE_OBJECTS: readonly string[] = [
  'positions', 'targets', 'camps', 'bases', 'depots', 'boats', 'vessels', 'facilities', 'sites', 'laboratories', 'labs', 'hideouts',
  'strongholds', 'militants', 'fighters', 'convoys', 'compounds', 'installations', 'launchers', 'launch sites', 'training camps', 'outposts',
];

/**
 * "Italy struck boats and fuel depots", "drones struck three cocaine laboratories": "struck" or "pounded" with a
 * military object, up to two words between, is a strike ("struck a deal", "struck a chord" are not). A past verb
 * alone, so the parse's own reading ("struck" as a verb) makes it its subject's act.
 */
export const STRIKE_TERMS: readonly string[] = ['struck', 'pounded'].flatMap((v) => STRIKE_OBJECTS.flatMap((o) => [`${v} ${o}`, `${v} * ${o}`, `${v} * * ${o}`]));

/** Words that name an intervention only in an article that names one outright ("the base", "the mission", "help"). */
export const INTERVENTION_CONTEXT_TERMS: readonly string[] = [
  'force', 'forces', 'help', 'assistance', 'action', 'actions', 'operation', 'operations', 'mission', 'coalition', 'drill', 'drills',
  'pressure', 'attack', 'attacks', 'take over', 'taking over', 'took over', 'acquire', 'acquiring', 'reclaim*', 'seize', 'seizing',
  'seizure', 'base', 'bases', 'navy', 'assets', 'security force*', 'security assistance', 'security agreement*', 'security deal*',
  'instructors', 'advisers', 'contingent*', 'detachment', 'detachments', 'presence', 'takeover', 'purchase', 'buy', 'buying', 'for sale', 'become part of', 'merging with', 'merger with',
  // in an article about force, threats are threats of it ("condemned the threats"), and so are
  // threats of it said without naming it: "all options are on the table", "use all elements of national power"
  // forces going over a frontier: "our troops are ready to cross the border"
  'cross the border', 'crossing the border', 'crossed the border', 'crosses the border',
  'raid', 'raids', 'threats', 'ultimatum', 'ultimatums', 'all options', 'every option', 'all elements of * power', 'all elements of national power', 'military might',
  'all its power', 'all of its power', 'all our power', 'all of our power', 'all their power', 'all of their power', 'full force', 'full might',
];

/** Phrases with a term in them that are not military ("his political base", "the labour force"). */
export const INTERVENTION_NOT_TERMS: readonly string[] = [
  'political base', 'voter base', 'support base', 'supporter base', 'fan base', 'tax base', 'industrial base', 'customer base',
  'power base', 'base rate', 'base of support', 'labor force', 'labour force', 'work force', 'market forces', 'driving force',
  'political force', 'police force', 'police forces', 'task force', 'in force', 'trade mission', 'diplomatic mission', 'fact-finding mission',
  // an unarmed civilian mission is no military or security intervention ("civilian protection mission" protects civilians: it stays)
  'civilian mission', 'civilian missions', 'civilian monitoring mission', 'civilian observer mission', 'civilian monitoring missions',
  'humanitarian assistance', 'financial assistance', 'economic assistance', 'technical assistance', 'legal action', 'court action',
  'bomb attack', 'bomb attacks', 'car bomb', 'car bombs', 'bomb blast', 'roadside bomb', 'roadside bombs', 'suicide bomb', 'suicide bombing', 'suicide bombings', 'bomb threat', 'bomb threats', 'pipe bomb', 'bomb squad',
  // a nation's own forces are no foreign intervention ("needed more of our own soldiers on the islands")
  ...['our own', 'its own', 'their own'].flatMap((p) => ['soldiers', 'troops', 'army', 'forces', 'military', 'armed forces', 'navy', 'coast guard'].map((f) => `${p} ${f}`)),
  'industrial action', 'climate action', 'hunger strike', 'general strike', 'right to strike', 'on strike', 'labor strike', 'labour strike', 'strike action',
  // a central bank in a market ("intervened in the currency market", "yen intervention"), not a state's forces
  ...['intervene', 'intervenes', 'intervened', 'intervening', 'intervention', 'interventions'].flatMap((v) =>
    ['the currency market', 'currency markets', 'the foreign exchange market', 'foreign exchange markets', 'the forex market', 'the bond market', 'bond markets', 'the market', 'markets'].map((m) => `${v} in ${m}`)),
  'currency intervention*', 'market intervention*', 'forex intervention*', 'fx intervention*', 'central bank intervention*',
  // a court or a mediator stepping into a dispute ("the Supreme Court declined to intervene in the case")
  ...['intervene', 'intervenes', 'intervened', 'intervening', 'intervention'].flatMap((v) =>
    ['case', 'dispute', 'matter', 'row', 'lawsuit', 'appeal', 'debate', 'negotiations', 'talks', 'strike', 'process'].flatMap((m) => ['the', 'a', 'an', 'this', 'that'].map((d) => `${v} in ${d} ${m}`))),
  // a sit-in ("ended a two-week occupation of the university's administration block")
  ...['occupation of', 'occupied', 'occupying'].flatMap((v) => ['the university', 'a university', 'the campus', 'the building', 'a building', 'the offices', 'the factory', 'the school'].map((b) => `${v} ${b}`)),
];

/** The end of a foreign presence, in an article about one: rejecting it favours the presence ("demanded their departure"). */
export const INTERVENTION_CONTEXT_OPPOSITES: readonly string[] = ['withdrawal', 'withdrawals', 'departure', 'departures', 'closure', 'closures', 'pullout', 'pullouts', 'pull-out', 'drawdown', 'drawdowns', 'pulling out', 'pulling back', 'pull-back', 'pullback'];

/** Acts on forces that show favour: sending, stationing, hosting, inviting, asking for them. */
export const INTERVENTION_FAVOR_ACTS: readonly string[] = [
  '~send', '~deploy', '~dispatch', '~station', '~position', '~host', '~invite', '~request', '~ask for', '~reinforce', '~bolster',
  '~beef up', '~boost', '~launch', '~conduct', '~carry out', '~order', '~use', '~escalate', '~step up', '~expand', '~extend',
  '~sign', '~join', '~lead', '~grant', '~bring in',
  // "issued an ultimatum", "issued threats": the verb's forms only, not the noun "issues"
  'issued', 'issuing',
  // keeping it going
  '~continue', '~resume', '~intensify', '~maintain',
  // committing forces to it
  '~pledge', '~contribute', '~mobilize', '~mobilise', '~amass',
];

/**
 * Acts on forces that show opposition: expelling, closing, cancelling, ending
 * them. Not "withdraw": a country withdrawing its own troops is news, not a
 * stance ("demanded the withdrawal of" is a cue of its own).
 */
export const INTERVENTION_AGAINST_ACTS: readonly string[] = [
  '~expel', '~evict', '~kick out', '~oust', '~drive out', '~remove', '~close', '~shut', '~shut down', '~end', '~terminate', '~suspend',
  '~tear up', '~freeze',
  '~scale back', '~repel', '~protest', '~block', '~veto', '~revoke', '~dismantle',
  // dismay at it
  'disappointed by', 'disappointed with', 'disappointed at', 'concerned about', 'concerned by', 'concerned over', 'concerns about',
  'concerns over', 'concern over', 'concern about', 'concern at', 'alarm at', 'alarm over', 'alarmed by', 'alarmed at', 'worried about', 'worried by', 'dismayed by', 'dismay at', 'dismay over',
];
