/**
 * Personal-name facts the entity stage needs beyond compromise's name lexicon.
 * General English and world naming conventions; no name here comes from a corpus.
 */

/**
 * Given names that are also a country, a region, a US state or a people, and that
 * compromise's lexicon does not list as first names ("Christian Lindner", "Israel
 * Katz", "Georgia Halvorsen"). Before a surname-like word they open a person's name.
 */
export const GIVEN_NAMES_ALSO_PLACES: ReadonlySet<string> = new Set([
  'christian', 'israel', 'india', 'georgia', 'virginia', 'carolina', 'dakota', 'america', 'florence', 'sofia', 'lorraine', 'normandy',
]);

/**
 * The Arabic article written on a surname ("al-Rahimi", "el-Sayed", "ash-Shami"):
 * later mentions drop it ("Rahimi said"), so the surname is also known without it.
 */
export const SURNAME_ARTICLE = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)[-‐](?=\p{L})/iu;

/**
 * Surname prefixes written with a capital after them ("McDonald", "DeSantis", "LeBron"): a name in
 * camel case that opens with one of these may be a person's, any other ("BlackRock", "PayPal") is a brand.
 */
export const CAMEL_NAME_PREFIXES: ReadonlySet<string> = new Set(['Mc', 'Mac', 'De', 'Di', 'Du', 'Da', 'Del', 'La', 'Le', 'Van', 'Von', 'Al', 'El', 'St', 'Fitz']);
