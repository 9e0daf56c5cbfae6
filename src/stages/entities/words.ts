import type { Token } from '../../pipeline/tokens.js';

/** Token tests shared by the entity modules. */

const UPPER_START = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** "al-Sudani", "bin Salman", "de Gaulle"-style particles glued to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|van|von|de|di|du|da|del|della|le|la|mc|mac|o)[-'’]\p{Lu}/u;

export function isCapitalised(t: Token): boolean {
  if (t.kind !== 'word' && t.kind !== 'number') return false;
  if (t.kind === 'number') return /^\d+\p{Lu}/u.test(t.text) ? true : false;
  return UPPER_START.test(t.text) || PARTICLE_NAME.test(t.text);
}

/** Two or more letters and no lower-case letter ("NASA", "U.S", "JUST"). */
export function isAllCaps(text: string): boolean {
  return !LOWER.test(text) && LETTER.test(text) && text.replace(/[^\p{L}]/gu, '').length >= 2;
}

/** "U.S", "U.K", "D.C": single letters joined by periods (the tokenizer leaves the final period out). */
export const DOTTED_ACRONYM = /^\p{Lu}(?:\.\p{Lu})+$/u;

/** Name-internal abbreviations whose period belongs to the name ("Jr.", "Inc.", "Fla."). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'st', 'mt', 'ft', 'bros', 'fla', 'calif', 'ariz', 'ark', 'colo', 'conn', 'del', 'ga',
  'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'dr', 'mr', 'mrs', 'ms', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'prof',
  'adm', 'maj', 'rev', 'cmdr', 'brig',
]);

/** Lower-case words that may join capitalised words inside one name ("Gulf of Aden", "Tren de Aragua"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'al', 'y', '&', 'for']);

/** Tags that mark a capitalised word as an ordinary word (capitalised only by position). */
export const COMMON_TAGS: readonly string[] = [
  'Verb', 'Adverb', 'Adjective', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Copula', 'Modal',
  'Negative', 'Auxiliary', 'Expression', 'Value', 'Cardinal', 'Ordinal', 'Date', 'Month', 'WeekDay', 'Duration',
];

const PROPER_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'Acronym'];

export function hasAnyTag(t: Token, tags: readonly string[]): boolean {
  for (const tag of tags) if (t.tags.has(tag)) return true;
  return false;
}

/** A capitalised word that compromise reads as a common word and not as part of a name. */
export function looksCommon(t: Token): boolean {
  if (hasAnyTag(t, PROPER_TAGS)) return false;
  if (hasAnyTag(t, COMMON_TAGS)) return true;
  return !t.tags.has('ProperNoun');
}

/**
 * Endings of English abstract nouns and adjectives that personal names do not
 * have ("Coastal Observations", "Strategic Stability"). Endings that names
 * share are left out: -ing (Fleming), -ed (Reed), -ic (Vucic), -ence (Lawrence), -ive (Clive).
 */
const ABSTRACT_ENDING = /(?:[st]ions?|ity|ities|ments?|ness|isms?|ology|ologies|ous)$/i;

/** A word whose ending makes it a common noun or adjective, not part of a personal name. */
export function hasAbstractEnding(t: Token): boolean {
  return t.text.length > 5 && ABSTRACT_ENDING.test(t.text);
}

export function isPersonish(t: Token): boolean {
  return t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('Honorific');
}

export function isPlaceish(t: Token): boolean {
  return t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region');
}
