/**
 * Words for finding who holds a stance (src/stages/stances/actors.ts,
 * institutions.ts). General English, no names from any article.
 */

/**
 * Modifiers a government noun may carry between its determiner and itself:
 * "the military junta", "another coup-born regime", "the interim government".
 * Adjectives (by part of speech) count too; these are the nouns and
 * participles that act as adjectives there.
 */
export const GOVERNMENT_MODIFIERS: ReadonlySet<string> = new Set([
  'military', 'federal', 'new', 'current', 'interim', 'transitional', 'ruling', 'central', 'national', 'civilian',
  'coup-born', 'coup', 'army-led', 'military-led', 'unity', 'caretaker', 'provisional', 'de', 'facto', 'former',
]);

/**
 * Bodies that govern only with a modifier saying so: "the transitional council", "the ruling military council"
 * (not "the city council", "the Security Council").
 */
export const RULING_BODY_NOUNS: ReadonlySet<string> = new Set(['council', 'committee']);
export const RULING_BODY_MODIFIERS: ReadonlySet<string> = new Set(['transitional', 'ruling', 'military', 'presidential', 'interim', 'provisional']);

/** Prepositions that tie a government noun to its country: "the regime in Norland", "the government of Norland". */
export const GOVERNMENT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of']);

/** Determiners that open a description of a government or a country ("another regime", "the junta"). */
export const GOVERNMENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'another', 'its', 'their']);

/**
 * Head nouns of a definite description of a country ("the country", "the
 * former Soviet republic", "the island nation"): as a subject it is the
 * country of the passage, as "the government" is. Not "state" (a US state,
 * "the state of emergency").
 */
export const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'republic', 'kingdom', 'emirate', 'monarchy', 'sultanate']);

/** Modifiers a country description may carry ("the former Soviet republic", "the oil-rich kingdom"). */
export const COUNTRY_MODIFIER_MAX = 3;

/** Nouns for the people and offices through which a person speaks ("her office", "X's spokesman"). */
export const PERSONAL_VOICE_NOUNS: ReadonlySet<string> = new Set([
  'office', 'spokesperson', 'spokesman', 'spokeswoman', 'government', 'administration', 'team', 'campaign', 'cabinet',
]);

/** Documents that speak for their issuer ("a statement from the ministry", "Norland's letter"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'letter', 'communique', 'communiqué', 'declaration', 'post', 'memo', 'readout',
]);

/** Titles a "leader" may stand for: "the Norlandic leader" after "President X" is X. */
export const LEADER_TITLES: readonly string[] = [
  'leader', 'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'supreme leader', 'head of state', 'chairman', 'general secretary',
];
