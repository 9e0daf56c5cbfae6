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

/**
 * Common Korean, Chinese and Vietnamese family names, written first: with a hyphenated given name after
 * them ("Han Ji-woo", "Seo Min-ho", "Wu Mei-ling") the pair is a person's name.
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh', 'seo', 'shin', 'kwon', 'hwang',
  'ahn', 'song', 'yoo', 'hong', 'jeon', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'nam', 'noh', 'roh', 'ryu', 'ha', 'yun',
  'wang', 'li', 'zhang', 'liu', 'chen', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'gao',
  'luo', 'zheng', 'liang', 'xie', 'tang', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai',
  'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao', 'zhong', 'cui', 'tan', 'lai', 'mao', 'qin',
  'tsai', 'chang', 'wong', 'lam', 'chan', 'cheung', 'ng', 'ho', 'kuo', 'hsu', 'chiang',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'vu', 'dang', 'bui', 'do', 'ngo', 'duong', 'ly', 'phan', 'vo', 'truong',
]);

/** A hyphenated given name as Korean and Chinese names are romanised: "Ji-woo", "Mei-ling", "Min-ho". */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
