/**
 * Word classes for every token, from the one wink-nlp parse and compromise's
 * lexicon (shipped as data, see scripts/build-names.ts).
 *
 * The stages ask tokens for tags by compromise's names (Noun, Verb, Gerund,
 * Person, FirstName, Place, Organization, …). Those come from two sources:
 *
 * - the universal POS tag and lemma wink gives in context (TAG_OF_POS, and the
 *   verb form read off the word and its lemma), for every token;
 * - compromise's lexicon, for capitalised words: the name classes the tagger
 *   has no notion of (first and last names, honorifics, countries, cities,
 *   regions, organisations, demonyms), and the lexical class that tells a word
 *   capitalised by position ("Nuclear", "Tests") from a name, as compromise's
 *   own tagger reads it (the lexicon first, capitalisation after).
 */
import type { Token } from './tokens.js';
import type { UPos } from '../adapters/wink.js';
import { WORDS_BY_TAG, TAG_PARENTS, ORG_WORDS, PLACE_WORDS } from '../lexicons/en/generated/compromise-lexicon.js';

/** Tags from the universal POS tag alone. */
const TAG_OF_POS: Readonly<Record<UPos, readonly string[]>> = {
  ADJ: ['Adjective'],
  ADP: ['Preposition'],
  ADV: ['Adverb'],
  AUX: ['Verb'],
  CCONJ: ['Conjunction'],
  DET: ['Determiner'],
  INTJ: ['Expression'],
  NOUN: ['Noun'],
  NUM: ['Value', 'Cardinal'],
  PART: [],
  PRON: ['Noun', 'Pronoun'],
  PROPN: ['Noun', 'ProperNoun', 'Singular'],
  PUNCT: [],
  SCONJ: ['Conjunction'],
  SYM: [],
  VERB: ['Verb'],
  X: [],
};

/** Verb forms the stages tell apart, for the auxiliaries and copulas (wink: AUX). */
const AUX_FORMS: Readonly<Record<string, readonly string[]>> = {
  is: ['Copula', 'PresentTense'], are: ['Copula', 'PresentTense'], am: ['Copula', 'PresentTense'],
  "'s": ['Copula', 'PresentTense'], "'re": ['Copula', 'PresentTense'], "'m": ['Copula', 'PresentTense'],
  was: ['Copula', 'PastTense'], were: ['Copula', 'PastTense'],
  be: ['Infinitive', 'PresentTense'], been: ['PastTense', 'Participle'], being: ['Gerund', 'PresentTense'],
  has: ['PresentTense'], have: ['Infinitive', 'PresentTense'], had: ['PastTense'], having: ['Gerund', 'PresentTense'],
  does: ['PresentTense'], do: ['Infinitive', 'PresentTense'], did: ['PastTense'],
};
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m"]);
const HAVE = new Set(['have', 'has', 'had', 'having', "'ve", "'d"]);
const MODALS = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must', "'ll", 'ca', 'wo', 'cannot']);
const NEGATIVES = new Set(['not', "n't", 'n’t', 'never', 'no']);
/** Universal tags of closed word classes (and adverbs, which hide "when", "where"): for these the lexicon's class is kept over the tagger's. */
const CLOSED: ReadonlySet<UPos> = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'ADV']);
/** Lexicon classes worth having on a lower-case word whatever the tagger says. */
const LOWER_CLASSES = ['Date', 'Duration', 'Month', 'WeekDay'];
/** A title-case word with these is not made a proper noun by its capital (compromise's rule). */
const NOT_PROPER = ['Date', 'Month', 'WeekDay', 'Unit', 'Expression'];

/** Tags that say a capitalised word is a name. */
const NAME_CLASSES = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Person',
  'Place', 'Country', 'City', 'Region', 'Organization', 'Demonym', 'SportsTeam',
]);
/** Words that may sit inside a place name next to a place word (compromise's list). */
const PLACE_CONTINUERS = new Set([
  'athletic', 'city', 'community', 'eastern', 'federal', 'financial', 'great', 'historic', 'historical', 'local', 'memorial',
  'municipal', 'national', 'northern', 'provincial', 'southern', 'state', 'western', 'spring', 'pine', 'sunset', 'view',
  'oak', 'maple', 'spruce', 'cedar', 'willow',
]);
/** Place words that do not take a name after them ("centre of …"). */
const PLACE_NO_AFTER = new Set(['center', 'centre', 'way', 'range', 'bar', 'bridge', 'field', 'pit']);
/** Determiners that start an object after a verb, and never follow a plural noun inside one noun phrase. */
const VERB_OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Upper-case words read as places, not acronyms of something else (compromise's list). */
const PLACE_ACRONYMS = new Set(['la', 'ny', 'us', 'dc', 'gb', 'uk']);

interface Lexicon {
  /** lower-case word -> its tags with their ancestors */
  readonly single: Map<string, readonly string[]>;
  /** first word of a multi-word entry -> [words, tags], longest first */
  readonly multi: Map<string, { readonly words: readonly string[]; readonly tags: readonly string[] }[]>;
  readonly orgWords: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
}

let lexicon: Lexicon | null = null;

function expand(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const t of tags) {
    out.add(t);
    for (const p of TAG_PARENTS[t] ?? []) out.add(p);
  }
  return [...out];
}

function loadLexicon(): Lexicon {
  if (lexicon !== null) return lexicon;
  const single = new Map<string, readonly string[]>();
  const multi = new Map<string, { words: readonly string[]; tags: readonly string[] }[]>();
  for (const [key, list] of Object.entries(WORDS_BY_TAG)) {
    const tags = expand(key.split('+'));
    for (const entry of list.split(' ')) {
      if (!entry.includes('_')) {
        const had = single.get(entry);
        single.set(entry, had === undefined ? tags : [...new Set([...had, ...tags])]);
        continue;
      }
      const words = entry.split('_');
      const first = words[0] as string;
      let at = multi.get(first);
      if (at === undefined) multi.set(first, (at = []));
      at.push({ words, tags });
    }
  }
  for (const list of multi.values()) list.sort((a, b) => b.words.length - a.words.length);
  lexicon = { single, multi, orgWords: new Set(ORG_WORDS.split(' ')), placeWords: new Set(PLACE_WORDS.split(' ')) };
  return lexicon;
}

const TITLE_CASE = /^\p{Lu}[\p{Ll}'’]/u;
const UPPER_START = /^\p{Lu}/u;
const DIGIT = /\d/;
const NT = /n['’]t$/;
const UPPER_WORD = /^[A-Z-]+$/;
const PERIOD_ACRONYM = /^(?:[A-Z]\.)+[A-Z]?$/;
const LOWER_PERIOD_ACRONYM = /^(?:[a-z]\.)+[a-z]$/;
const ONE_LETTER = /^[A-Z]$/;
const YEAR = /^(?:1[4-9]|20)\d\d$/;
const OPEN_QUOTES = new Set(['"', "'", '“', '‘']);
const POSSESSIVE = /^['’][sS]$/;

function add(tags: Set<string>, more: readonly string[]): void {
  for (const t of more) tags.add(t);
}

function verbForm(lower: string, lemma: string, prev: string | null, tags: Set<string>): void {
  if (lower.endsWith('ing')) {
    tags.add('Gerund').add('PresentTense');
  } else if (lower === lemma) {
    tags.add('Infinitive').add('PresentTense');
  } else if (lower.endsWith('s') && (lower === `${lemma}s` || lower === `${lemma}es` || lower.endsWith('ies'))) {
    tags.add('PresentTense');
  } else {
    tags.add('PastTense');
    if (prev !== null && HAVE.has(prev)) tags.add('Participle');
    if (prev !== null && BE.has(prev)) tags.add('Participle').add('Passive');
  }
}

/** compromise's acronym test: an upper-case word of at most five letters that is not a known word, or dotted letters. */
function isAcronym(text: string, lower: string, lex: Lexicon): boolean {
  if (PERIOD_ACRONYM.test(text) || LOWER_PERIOD_ACRONYM.test(text)) return true;
  if (ONE_LETTER.test(text)) return text !== 'I' && text !== 'A';
  if (!UPPER_WORD.test(text)) return false;
  if (PLACE_ACRONYMS.has(lower)) return true;
  if (text.length > 5 || text.length < 2) return false;
  return !lex.single.has(lower);
}

/** The tags of one word from its universal tag, lemma and the lexicon. */
function wordTags(tok: Token, lower: string, prevWord: string | null, first: boolean, afterQuote: boolean, lex: Lexicon): Set<string> {
  const known = lex.single.get(lower);
  if (isAcronym(tok.text, lower, lex)) {
    const tags = new Set(['Acronym', 'Noun']);
    if (PLACE_ACRONYMS.has(lower)) add(tags, ['Place', 'ProperNoun']);
    return tags;
  }
  const tags = new Set<string>(TAG_OF_POS[tok.pos]);
  const base = lower.replace(NT, '');
  if (tok.pos === 'AUX' && MODALS.has(base)) tags.add('Modal');
  else if (tok.pos === 'AUX' || tok.pos === 'VERB') {
    const forms = AUX_FORMS[base];
    if (forms !== undefined) add(tags, forms);
    else verbForm(lower, tok.lemma, prevWord, tags);
  }
  if (tok.pos === 'NOUN') tags.add(lower !== tok.lemma ? 'Plural' : 'Singular');
  if (tok.kind === 'number' && YEAR.test(tok.text)) add(tags, ['Date', 'Year']);
  if (NEGATIVES.has(lower) || NT.test(lower)) tags.add('Negative');
  const capitalised = UPPER_START.test(tok.text);
  if (known !== undefined && (capitalised || CLOSED.has(tok.pos))) {
    // compromise reads its lexicon first: "Nuclear" is an adjective, "which" a question word
    tags.clear();
    add(tags, known);
    if (known.includes('Organization') && UPPER_WORD.test(tok.text) && tok.text.length <= 6) tags.add('Acronym');
  } else if (known !== undefined) {
    for (const c of LOWER_CLASSES) if (known.includes(c)) tags.add(c);
  }
  if (first && known === undefined && tok.pos === 'PROPN') tags.delete('ProperNoun'); // capitals say nothing at a sentence start
  if (TITLE_CASE.test(tok.text) && !DIGIT.test(tok.text) && !first && !afterQuote && lower !== 'the' && !NOT_PROPER.some((t) => tags.has(t))) {
    // and then capitalisation: a title-case word inside a sentence is a proper noun
    if (!tags.has('Noun')) tags.clear();
    tags.add('ProperNoun').add('Noun');
  }
  return tags;
}

/** compromise's organisation test for the words before an organisation word. */
function orgLike(t: Token, first: boolean): boolean {
  if (t.tags.has('FirstName') || t.tags.has('Place')) return false;
  if (t.tags.has('ProperNoun') || t.tags.has('Organization') || t.tags.has('Acronym')) return true;
  if (TITLE_CASE.test(t.text)) return !first || t.tags.has('Singular');
  return false;
}

/** Fills `tags` of tokens [from, to) from their `pos` and `lemma` (set by document.ts) and the lexicon. */
export function tagTokens(tokens: Token[], from: number, to: number): void {
  const lex = loadLexicon();
  const lowers: string[] = [];
  for (let i = from; i < to; i++) lowers.push((tokens[i] as Token).text.toLowerCase());
  const low = (k: number): string => lowers[k - from] as string;
  let prevWord: string | null = null;
  let sentence = -1;
  let firstWord = -1;
  for (let i = from; i < to; i++) {
    const tok = tokens[i] as Token;
    if (tok.sentence !== sentence) {
      sentence = tok.sentence;
      firstWord = -1;
      prevWord = null;
    }
    if (tok.kind !== 'word' && tok.kind !== 'number') {
      if (tok.kind === 'punct') prevWord = null;
      continue;
    }
    if (firstWord < 0) firstWord = i;
    const prev = tokens[i - 1];
    if (POSSESSIVE.test(tok.text) && prev !== undefined && prev.end === tok.start && prev.sentence === sentence) {
      prev.tags = new Set([...prev.tags, 'Possessive']);
      tok.tags = prev.tags; // compromise keeps "Mexico's" one word
      continue;
    }
    const lower = low(i);
    const afterQuote = prev !== undefined && prev.end === tok.start && OPEN_QUOTES.has(prev.text);
    tok.tags = wordTags(tok, lower, prevWord, firstWord === i, afterQuote, lex);
    if (tok.pos !== 'ADV') prevWord = lower;
  }
  // a plural noun between a noun and a determiner is a verb ("Okafor issues a statement"): wink's commonest slip on news
  for (let i = from + 1; i + 1 < to; i++) {
    const tok = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    const prev = tokens[i - 1] as Token;
    if (tok.pos !== 'NOUN' || !tok.tags.has('Plural') || !tok.text.endsWith('s') || next.sentence !== tok.sentence) continue;
    if (!VERB_OBJECT_DETERMINERS.has(low(i + 1)) || (prev.pos !== 'PROPN' && prev.pos !== 'NOUN' && prev.pos !== 'PRON')) continue;
    tok.pos = 'VERB';
    tok.tags = new Set(['Verb', 'PresentTense']);
  }
  // organisation words make the name-like words before them one organisation ("Acme Association")
  for (let i = from + 1; i < to; i++) {
    const tok = tokens[i] as Token;
    if (!lex.orgWords.has(low(i))) continue;
    const prev = tokens[i - 1] as Token;
    if (prev.sentence !== tok.sentence || !orgLike(prev, false)) continue;
    tok.tags = new Set([...tok.tags, 'Organization', 'Noun']);
    for (let k = i - 1; k >= from && (tokens[k] as Token).sentence === tok.sentence; k--) {
      const t = tokens[k] as Token;
      const first = k === from || (tokens[k - 1] as Token).sentence !== t.sentence;
      if (!orgLike(t, first)) break;
      t.tags = new Set([...t.tags, 'Organization', 'Noun']);
    }
  }
  // place words make the name-like words next to them one place ("Foo River", "Gulf of Foo")
  const placeLike = (t: Token | undefined, sentence: number): boolean =>
    t !== undefined && t.sentence === sentence && !t.tags.has('Organization') && !POSSESSIVE.test(t.text) &&
    (t.tags.has('ProperNoun') || t.tags.has('Place') || TITLE_CASE.test(t.text));
  for (let i = from; i < to; i++) {
    const tok = tokens[i] as Token;
    const lower = low(i);
    if (!lex.placeWords.has(lower)) continue;
    const place = (a: number, b: number): void => {
      for (let k = a; k <= b; k++) {
        const t = tokens[k] as Token;
        t.tags = new Set([...t.tags, 'Place', 'Noun', 'ProperNoun']);
      }
    };
    let n = i - 1;
    while (n >= from) {
      const t = tokens[n] as Token;
      if (t.sentence !== tok.sentence) break;
      if (PLACE_CONTINUERS.has(low(n))) { n--; continue; }
      if (!placeLike(t, tok.sentence)) break;
      place(n, i);
      n--;
    }
    if (PLACE_NO_AFTER.has(lower)) continue;
    for (let k = i + 1; k < to; k++) {
      const t = tokens[k] as Token;
      if (placeLike(t, tok.sentence)) { place(i, k); break; }
      if (t.sentence !== tok.sentence || (low(k) !== 'of' && !PLACE_CONTINUERS.has(low(k)))) break;
    }
  }
  // multi-word lexicon entries ("New York", "Associated Press"): capitalised, whole words
  for (let i = from; i < to; i++) {
    const tok = tokens[i] as Token;
    if (!UPPER_START.test(tok.text)) continue;
    const entries = lex.multi.get(low(i));
    if (entries === undefined) continue;
    for (const e of entries) {
      if (i + e.words.length > to) continue;
      let ok = true;
      for (let k = 1; k < e.words.length && ok; k++) ok = low(i + k) === e.words[k];
      if (!ok) continue;
      for (let k = 0; k < e.words.length; k++) {
        const t = tokens[i + k] as Token;
        t.tags = new Set([...t.tags, ...e.tags]);
      }
      i += e.words.length - 1;
      break;
    }
  }
}
