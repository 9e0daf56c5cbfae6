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

/** Determiners that open a description of a government or a country ("another regime", "the junta"). */
export const GOVERNMENT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'another', 'its', 'their']);
