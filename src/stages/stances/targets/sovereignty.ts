import type { StanceTargetDefinition } from '../target.js';
import { ABSORPTION_TERMS, BELONGING_ASSERTIONS, SELF_DETERMINATION_ASSERTIONS } from '../../../lexicons/en/intervention.js';

/** What a people calls its own territory ("our sea", "our islands"), for the belonging assertions. */
const OWN_TERRITORY_NOUNS: readonly string[] = ['land', 'sea', 'soil', 'territory', 'waters', 'water', 'island', 'islands', 'sky', 'skies', 'airspace', 'coast', 'shore', 'shores'];

/** A nation's sovereignty, territorial integrity or right to decide for itself (GUIDELINES.md §5). */
export const SOVEREIGNTY: StanceTargetDefinition = {
  id: 'sovereignty',
  description: "A nation's sovereignty, territorial integrity, independence or right to decide for itself",
  terms: [
    'sovereignty', 'sovereign', 'territorial integrity', 'self-determination', 'self determination', 'right to determine',
    'right to decide', 'independence', 'independent country', 'independent nation', 'independent state', 'our territory',
    'its territory', 'their territory', 'my territory', 'national territory', 'homeland', 'our land', 'its airspace', 'our airspace', 'their airspace', 'national airspace', 'territorial waters',
    'internal affairs', 'domestic affairs',
    // the right to decide for itself, said without the word "right"
    'decide its own future', 'decide their own future', 'decide our own future', 'determine its own future', 'determine their own future',
    'determine our own future', 'choose its own future', 'choose their own future', 'its own destiny', 'their own destiny', 'our own destiny',
    // "insist that Norland decide its own security policy"
    'decide its own fate', 'decide their own fate', 'decide our own fate',
    ...['its', 'their', 'our'].flatMap((p) => ['security', 'security policy', 'defence', 'defense', 'foreign policy', 'affairs', 'alliances'].map((w) => `decide ${p} own ${w}`)),
    'non-interference', 'noninterference',
    // "every right to choose its own path"
    'choose its own path', 'choose their own path', 'choose our own path', 'choose its own allies', 'choose their own allies', 'choose its allies',
    // a territory held as one's own: "considers the islands its own"
    '~consider the * its own', '~consider * its own', '~consider the * their own', '~regard the * as its own', '~regard * as its own',
    '~see the * as its own', '~claim the * as its own', '~claim * as its own', '~consider the * part of its territory', '~regard the * as part of its territory',
  ],
  // statements of it held by whoever says them: "Norland belongs to the Norlandic people", "our future will be decided by us"
  assertions: [
    'belongs to its people', 'belongs to the people', 'belong to its people', 'belong to the people', 'belongs to their people',
    'belongs to the * people', 'belong to the * people', 'belongs to us', 'decided by us', 'decided by ourselves',
    'decided by the * people', 'decided by the * * people', 'decided by its people', 'decided by its * people', 'decided by its * * people', 'decided by the people', 'ours to decide', 'for us to decide', 'up to us to decide',
    'for the * people to decide', 'for its people to decide', 'a matter for the * people',
    // "the people who live on these islands will decide who governs them, and nobody else will decide it for them"
    'decide who governs them', 'decide who governs us', 'decide who governs it', 'decides who governs them', 'decides who governs us',
    'nobody else will decide', 'no one else will decide', 'nobody else decides', 'no one else decides',
    // "leaving the alliance was a sovereign decision", "how we defend ourselves is our own decision"
    // "our people decide our future" (not a bare "decide our future": "Washington will decide our future")
    ...['we', 'people', 'we alone', 'we will', 'people will', 'we must', 'people must'].map((w) => `${w} decide our future`),
    'a sovereign choice', 'a sovereign decision', 'our sovereign decision', 'our sovereign choice', 'its sovereign decision', 'its sovereign choice',
    'our own decision', 'our decision alone', 'our own choice', 'our choice alone',
    // "had every right to set the terms for foreign forces on its soil"
    'right to set the terms', 'right to set its own terms', 'right to set their own terms',
    // the host's consent, with or without it: "any deployment required the clear consent of the host nation",
    // "would deploy only with the full consent of its parliament", "have stood on our soil without our consent"
    'consent of the host', 'consent of the host nation', 'consent of the host country', 'consent of the host government', 'host nation consent', 'host-nation consent',
    ...['our', 'its', 'their', 'the government \'s', 'the'].flatMap((p) => [`without ${p} consent`, `without ${p} permission`, `without ${p} approval`, `without ${p} authorization`, `without ${p} authorisation`]),
    'without the consent of', 'without the permission of', 'without the authorization of', 'without the authorisation of',
    // "would take no action there without a request from Chisinau": the host's asking as its consent
    'without a request from', 'without a formal request from', 'without an invitation from', 'without a formal invitation from', 'with the full consent of', 'with the consent of the', 'with the express consent of', 'only with the consent of', 'the clear consent of',
    // "Norland is a sovereign nation", "we are an independent country"
    'is a sovereign *', 'are a sovereign *', 'remains a sovereign *', 'is an independent *', 'are an independent *', 'remains an independent *',
    // "the islands are part of our territory"
    'part of our territory', 'part of our national territory', 'part of our sovereign territory',
    // "Greenland is not real estate": a land denied the name of property for sale
    ...['territory', 'territories', 'land', 'island', 'islands', 'country', 'nation'].flatMap((t) => [`${t} is not real estate`, `${t} are not real estate`, `${t} is not a piece of real estate`, `${t} is not on the market`, `${t} are not on the market`]),
    // "the vote is Armenia's internal affair": a matter for the nation alone (not "an internal matter", which a company has too)
    "'s internal affair", "'s domestic affair", 'an internal affair', 'our internal affair', 'its internal affair', 'their internal affair',
    // "choosing our partners freely, without anyone's permission"
    "without anyone 's permission", "without anyone 's consent", 'without asking anyone',
    // "It is our sea", "This is our land", "these are our waters", "this sea has an owner": a territory claimed as the nation's own
    ...OWN_TERRITORY_NOUNS.flatMap((t) => [`is our ${t}`, `are our ${t}`, `${t} has an owner`, `${t} have an owner`]),
    // "the decision belongs to the citizens of Moldova"
    'belongs to the citizens of', 'belong to the citizens of', 'belongs to the people of', 'belong to the people of',
    // "the canal belongs to Norland"
    ...BELONGING_ASSERTIONS,
    // "Norland decides for Norland", "the islands are, and will remain, Norlandic"
    ...SELF_DETERMINATION_ASSERTIONS,
  ],
  // statements against it, held by whoever says them: "Norland is not a real country"
  denials: [
    'not a real country', 'not a real state', 'not a real nation', 'not a genuine country', 'not a real people', 'no real country',
    'artificial state', 'artificial country', 'artificial nation', 'artificial border', 'artificial line', 'artificially drawn', 'fake country', 'fake state',
    'never really a country', 'never been a country', 'never was a country', 'has no right to exist', 'never existed as a state', 'never existed as a country', 'never existed as a nation',
    // "would end up under the American flag": absorbed under another state's flag (not "sails under the Liberian flag")
    'end up under the * flag', 'ends up under the * flag', 'come under the * flag', 'be under the * flag',
    // "had forfeited its right to govern the provinces"
    'forfeited its right to', 'forfeited their right to', 'forfeited the right to', 'lost its right to govern', 'lost the right to govern',
  ],
  opposites: [
    'subordinate', 'subordinated', 'subordination', 'joint sovereignty', 'shared sovereignty', 'co-sovereignty', 'interference', 'meddling', 'surrender', 'surrendering', 'give away',
    'giving away', 'cede', 'ceding', 'colony', 'vassal', 'vassal state', 'puppet state', '51st state', 'annex', 'annexing',
    'annexed', 'annexation', 'invasion', '~interfere', '~meddle', 'for sale', 'up for sale', 'for lease', 'up for lease', 'for rent', 'up for rent',
    // "we will not be bullied", "will not take orders from"
    'be bargained over', 'be bargained away', 'be traded away', 'be sold off', 'be sold out',
    'be bullied', 'be intimidated', 'be coerced', 'be blackmailed', 'be dictated to', '~take orders from', '~dictate to',
    // "would not allow a foreign court to redraw its borders"
    '~redraw its borders', '~redraw their borders', '~redraw our borders', '~redraw the borders',
    // "we are not anyone's backyard"
    'backyard', 'back yard', 'protectorate', 'satellite state', 'client state',
    // "would never become part of Norland"
    ...ABSORPTION_TERMS,
  ],
  // "Norland has sovereignty", "recognized its sovereignty"; "lose", "cede" or "give up" it
  // stressing it is asserting it: "stressed Norland's independence", "declared independence"
  // "sovereign bonds", "sovereign wealth fund": finance, not a nation's sovereignty
  exclude: [
    'sovereign bond*', 'sovereign debt', 'sovereign wealth', 'sovereign fund*', 'sovereign rating*', 'sovereign credit', 'sovereign default*',
    'sovereign yield*', 'sovereign spread*', 'sovereign risk', 'sovereign issuer*', 'sovereign immunity', 'sovereign citizen*',
    // a sovereignty over one thing, not a nation's over its territory ("farmers marched for food sovereignty")
    ...['food', 'energy', 'data', 'digital', 'technological', 'tech', 'seed', 'consumer', 'bodily', 'parliamentary'].map((w) => `${w} sovereignty`),
    // "will not allow its territory to be used for attacks": the territory as a place others would use, the intervention
    // target's denial (TERRITORY_USE_DENIALS), not a stance on sovereignty
    ...['its', 'our', 'their', 'national'].flatMap((p) => [`${p} territory to be used`, `${p} territory be used`, `${p} territory being used`]),
  ],
  favor: ['recognition of', 'reconquest of', 'restoration of', 'recovery of', '~have', '~retain', '~regain', '~restore', '~recognize', '~recognise', '~exercise', '~guarantee', '~stress', '~underline', '~underscore', '~emphasize', '~emphasise', '~reiterate', '~proclaim', '~declare'],
  against: ['~lose', '~cede', '~give up', '~relinquish', '~sell', '~trade', '~trade away', '~barter', '~sacrifice', '~sign away', '~hand over', '~rent out', '~lease out', '~outsource', '~mortgage'],
};
