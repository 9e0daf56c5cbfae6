import type { EntityType } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import { tokenIndexAt, type Token } from '../../pipeline/tokens.js';
import { CAMEL_NAME_PREFIXES, EAST_ASIAN_SURNAMES, GIVEN_NAMES_ALSO_PLACES, HYPHENATED_GIVEN_NAME } from '../../lexicons/en/names.js';
import { TITLES } from '../../lexicons/en/titles.js';
import { CLUB_PREFIXES, LEGISLATURE_NAMES, LONE_GENERIC_WORDS, MEDIA_HEADS, MODEL_CODE, NON_ENTITY_HEADS, NOT_ENTITY_ACRONYMS, ORG_FIRST_WORDS, ORG_LAST_WORDS, PUBLIC_SERVICE_HEADS, ROMANCE_OF_PARTICLES, SITE_NAME, TEAM_NICKNAME, VESSEL_PREFIXES } from '../../lexicons/en/organizations.js';
import { GROUP_NOUNS } from '../../lexicons/en/stance.js';
import { COMPASS_WORDS, GPE_LAST_WORDS, LOC_FIRST_WORDS, LOC_LAST_WORDS, LOC_PREFIX_WORDS, ROMANCE_PLACE_OPENERS } from '../../lexicons/en/places.js';
import { defineAcronyms } from './acronyms.js';
import { lookup } from './gazetteer.js';
import { norpByContext, orgByContext, placeByContext, placeBySurroundings, typeByApposition } from './context.js';
import { cityOf, countryCodeOf } from './geo.js';
import { findRuns, type Run } from './runs.js';
import { COMMON_TAGS, NAME_CONNECTORS, hasAbstractEnding, hasAnyTag, isAllCaps, isCapitalised, isPersonish, isPlaceish, looksCommon } from './words.js';

/** Lower-case prefixes glued to a name by a hyphen ("anti-French", "Pro-Russian"). */
const NAME_PREFIXES: ReadonlySet<string> = new Set(['pro', 'anti', 'ex', 'non', 'post', 'pre', 'neo', 'pan', 'trans', 'inter']);

/** Last words of a news outlet's name that a country's name may follow as its edition ("Guardian Australia"). */
const MEDIA_WORDS: ReadonlySet<string> = new Set([...MEDIA_HEADS, 'news', 'tv', 'radio', 'television']);

/** Words after a lone capitalised word that make it a news outlet ("…, Halvstad reported"). */
const OUTLET_FOLLOWERS = new Set(['reported', 'reports']);

/** Words after a lone capitalised word that make it a person: a reporting verb, or a span of rule named after its holder ("the Okafor era"). */
const PERSON_FOLLOWERS = new Set([
  'administration', 'era', 'presidency', 'regime', 'said', 'says', 'told', 'added', 'wrote', 'posted', 'tweeted', 'argued', 'insisted',
  'stated', 'warned', 'claimed', 'noted', 'explained', 'asked', 'replied', 'acknowledged', 'conceded', 'admitted', 'stressed',
  'recalled', 'responded', 'countered', 'emphasized', 'emphasised', 'reiterated', 'cautioned', 'remarked', 'contended', 'vowed',
]);

/** A word with a capital after lower-case letters: group 1 is its opening up to that capital ("Black" of "BlackRock"). */
const CAMEL_WORD = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}[\p{L}]*$/u;

/** Months that are also first names ("April Moreno"). */
const NAME_MONTHS = new Set(['april', 'may', 'june']);

const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'ramadan',
]);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A name found in the text, before merging into entities. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** `input.slice(start, end)`. */
  readonly text: string;
  /** `null`: a proper noun the merge step has to decide on (a surname, or nothing). */
  readonly type: EntityType | null;
  /** Gazetteer key: candidates with one key are one entity. */
  readonly key: string | null;
  /** Title given right before the name ("President"), as written. */
  readonly title: string | null;
  readonly first: number;
  readonly last: number;
  /** How sure the type is: a gazetteer entry or a title makes it strong. */
  readonly strong: boolean;
  readonly provenance: string;
}

/** Capitalised words that open sentences but never start a name. */
const CAP_STOPWORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his', 'her', 'their', 'our',
  'its', 'my', 'your', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'when', 'while', 'as', 'after', 'before', 'why', 'what', 'how',
  'who', 'where', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'not', 'no', 'yes', 'so', 'then', 'also', 'even', 'just',
  'only', 'rather', 'despite', 'beyond', 'both', 'each', 'every', 'all', 'some', 'many', 'most', 'more', 'meanwhile', 'however',
  'for', 'from', 'with', 'by', 'to', 'of', 'about', 'under', 'over', 'since', 'until', 'during', 'according', 'there', 'here',
  'now', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'former', 'breaking', 'update', 'updated', 'watch',
  'read', 'photo', 'video', 'file', 'exclusive', 'opinion', 'analysis', 'live', 'q', 'a.',
  // prepositions that open a sentence before a name ("Without Camp Ardent the town would die", "Unlike Ana Ruiz, …")
  'without', 'within', 'unlike', 'like', 'near', 'inside', 'outside', 'across', 'against', 'among', 'amid', 'along', 'around',
  'behind', 'below', 'beneath', 'besides', 'between', 'through', 'throughout', 'toward', 'towards', 'upon', 'via', 'whether', 'although',
  'though', 'because', 'unless', 'once', 'instead',
  // pronouns that open a sentence ("Nobody was hurt")
  'nobody', 'everybody', 'somebody', 'anybody', 'everyone', 'someone', 'anyone', 'none', 'nothing', 'everything', 'something',
]);

/** Capitalised words that open sentences and headlines without starting a name, but do open names mid-sentence ("the New England Journal"). */
const OPENING_STOPWORDS = new Set(['new']);

interface TitleMatch {
  readonly length: number; // tokens
}

function buildTitleIndex(): ReadonlyMap<string, readonly (readonly string[])[]> {
  const index = new Map<string, (readonly string[])[]>();
  for (const title of TITLES) {
    const words = title.split(' ').map((w) => w.replace(/\.$/, ''));
    const list = index.get(words[0] as string) ?? [];
    list.push(words);
    index.set(words[0] as string, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const TITLE_INDEX = buildTitleIndex();
const TITLE_SET: ReadonlySet<string> = new Set(TITLES.map((t) => t.replace(/\.$/, '')));

/** Word tokens of a run, skipping periods and commas inside it. */
function wordIndices(tokens: readonly Token[], run: Run): number[] {
  const out: number[] = [];
  for (let i = run.first; i <= run.last; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'number') out.push(i);
  }
  return out;
}

function matchTitle(tokens: readonly Token[], words: readonly number[], at: number): TitleMatch | null {
  if (at >= words.length) return null;
  const first = tokens[words[at] as number] as Token;
  const options = TITLE_INDEX.get(first.text.toLowerCase());
  if (options === undefined) return null;
  for (const option of options) {
    if (at + option.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < option.length && ok; k++) ok = (tokens[words[at + k] as number] as Token).text.toLowerCase() === option[k];
    if (ok) return { length: option.length };
  }
  return null;
}

function endOf(tokens: readonly Token[], i: number, run: Run): number {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (next !== undefined && next.text === '.' && next.start === t.end && next.end <= run.end) return next.end;
  return t.end;
}

interface Ctx {
  readonly doc: Doc;
  readonly run: Run;
  readonly out: Candidate[];
  /** The run opens mid-sentence with a capitalised "The" ("outlet The Harper"): a publication or a body, so a name typed a person only by the tagger is an organisation. */
  theName?: boolean;
}

/** A lower-case title right before a name ("US president Jane Okafor") or after it ("X, the prime minister of …"). */
function nearbyTitle(doc: Doc, firstWord: number, lastWord: number, end: number): string | null {
  const { tokens } = doc;
  for (let len = 3; len >= 1; len--) {
    const from = firstWord - len;
    if (from < 0) continue;
    const words = tokens.slice(from, firstWord);
    if (words.some((t) => t.kind !== 'word')) continue;
    const phrase = words.map((t) => t.text.toLowerCase()).join(' ');
    if (TITLE_SET.has(phrase)) return doc.input.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
  }
  let k = lastWord + 1;
  while (tokens[k] !== undefined && (tokens[k] as Token).end <= end) k++;
  if (tokens[k]?.text !== ',' || !/^(?:the|a|an)$/i.test(tokens[k + 1]?.text ?? '')) return null;
  for (let len = 3; len >= 1; len--) {
    const words = tokens.slice(k + 2, k + 2 + len);
    if (words.length < len || words.some((t) => t.kind !== 'word')) continue;
    const phrase = words.map((t) => t.text.toLowerCase()).join(' ');
    if (TITLE_SET.has(phrase)) return doc.input.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
  }
  return null;
}

const BARE_INITIAL = /^\p{Lu}\.?$/u;

/** The previous word or number token of the name, or -1. */
function previousWord(tokens: readonly Token[], i: number, first: number): number {
  for (let k = i - 1; k >= first; k--) if ((tokens[k] as Token).kind === 'word' || (tokens[k] as Token).kind === 'number') return k;
  return -1;
}

/**
 * A personal name never ends in a bare initial ("Mary J." of "Mary J. said")
 * nor in a date word ("Jane Okafor Sunday"), and never opens with a weekday:
 * those words are cut off the span.
 */
function trimPersonEdges(tokens: readonly Token[], firstWord: number, lastWord: number): [number, number] {
  let first = firstWord;
  let last = lastWord;
  for (;;) {
    const prev = previousWord(tokens, last, first);
    if (prev < 0) break;
    const lower = (tokens[last] as Token).text.toLowerCase();
    if (!BARE_INITIAL.test((tokens[last] as Token).text) && !CALENDAR_WORDS.has(lower)) break;
    last = prev;
  }
  while (first < last && WEEKDAYS.has((tokens[first] as Token).text.toLowerCase())) {
    let k = first + 1;
    while (k < last && (tokens[k] as Token).kind !== 'word') k++;
    first = k;
  }
  return [first, last];
}

/** Words that may follow a title apposed to a name when the apposition ends there ("X, the minister, said", "X, the head of …"). */
const APPOSITION_CLOSERS = new Set([',', '.', ';', ')', 'of', 'for', 'at', 'in', 'and', '—', '–']);

/**
 * A title before the name, or one apposed after it that closes its apposition: "Lentaru, the
 * general denied it" is a name, then a new subject, not a general named Lentaru.
 */
function titleCloses(doc: Doc, end: number, title: string): boolean {
  // only the few characters after the name are searched, and the next token is found by binary search
  const near = doc.input.slice(end, end + APPOSITION_GAP + title.length).indexOf(title);
  if (near < 0) return true; // the title stands before the name
  const next = doc.tokens[tokenIndexAt(doc.tokens, end + near + title.length)];
  return next === undefined || APPOSITION_CLOSERS.has(next.text);
}

/** Most characters between a name and a title apposed to it (", the "). */
const APPOSITION_GAP = 8;

function emit(ctx: Ctx, firstWord0: number, lastWord0: number, type: EntityType | null, key: string | null, givenTitle: string | null, strong: boolean, provenance: string): void {
  const { doc, run, out } = ctx;
  // "Assistance Mission for [Iraq]": a name does not end with the joining word before another name
  let last0 = lastWord0;
  while (last0 > firstWord0 && /^\p{Ll}/u.test((doc.tokens[last0] as Token).text) && NAME_CONNECTORS.has((doc.tokens[last0] as Token).text)) last0--;
  if (last0 === firstWord0 && NAME_CONNECTORS.has((doc.tokens[last0] as Token).text)) return;
  const [firstWord, lastWord] = type === 'PERSON' || type === null ? trimPersonEdges(doc.tokens, firstWord0, last0) : [firstWord0, last0];
  const start = (doc.tokens[firstWord] as Token).start;
  const end = endOf(doc.tokens, lastWord, run);
  // "US$200bn", "HK$1 million": a currency, not a place
  if (doc.text[end] === '$') return;
  const text = doc.input.slice(start, end);
  if (ctx.theName === true && givenTitle === null && !strong && type === 'PERSON') {
    out.push({ start, end, text, type: 'ORG', key, title: null, first: firstWord, last: lastWord, strong, provenance: `the+${provenance}` });
    return;
  }
  const title = givenTitle ?? (type === 'PERSON' || type === null ? nearbyTitle(doc, firstWord, lastWord, end) : null);
  // "Farkas, the interior minister,", "US envoy Brandt": a proper noun with a person's title next to it is a person
  if (type === null && title !== null && titleCloses(doc, end, title)) {
    out.push({ start, end, text, type: 'PERSON', key, title, first: firstWord, last: lastWord, strong: false, provenance: 'title-nearby' });
    return;
  }
  out.push({ start, end, text, type, key, title, first: firstWord, last: lastWord, strong, provenance });
}

/** The longest gazetteer name starting at word `at` (at most six words). */
function longestGazetteer(ctx: Ctx, words: readonly number[], at: number, limit: number): { length: number; type: EntityType; key: string } | null {
  const { doc } = ctx;
  for (let len = Math.min(6, limit - at); len >= 1; len--) {
    const s = (doc.tokens[words[at] as number] as Token).start;
    const e = endOf(doc.tokens, words[at + len - 1] as number, ctx.run);
    const hit = lookup(doc.text.slice(s, e));
    if (hit !== undefined) return { length: len, type: hit.type, key: hit.key };
  }
  return null;
}

function lowerWord(tokens: readonly Token[], i: number): string {
  return (tokens[i] as Token).text.toLowerCase().replace(/\.$/, '');
}

function slice0IsStop(tokens: readonly Token[], i: number): boolean {
  return CAP_STOPWORDS.has((tokens[i] as Token).text.toLowerCase());
}

/**
 * A stretch that is, whole, a city of the world gazetteer ("Maputo", "Puerto
 * Ayora"). Names are also people's and words: a city name the tagger reads as a
 * person's ("Jackson", "Victoria") counts only for a capital and not as a first
 * name; an ordinary word opening a sentence does not count.
 */
/** Letters written after a person's name: honours, degrees, offices ("Helen Okafor KC"). */
const POST_NOMINALS: ReadonlySet<string> = new Set(['KC', 'QC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'FRS', 'Esq']);

/** First words of institutions a city's name may open: "Tokyo Institute for …", "London School of Economics". */
const INSTITUTION_FIRST_WORDS: ReadonlySet<string> = new Set(['institute', 'university', 'school', 'college', 'academy', 'museum', 'conservatory', 'observatory']);

/** A token at the start of a line followed by a colon: a transcript's speaker label ("CHOI:"). Not "Q" or "A". */
function speakerLabel(doc: Ctx['doc'], i: number): boolean {
  const t = doc.tokens[i] as Token;
  if (doc.tokens[i + 1]?.text !== ':' || t.text.length < 3) return false;
  const lineStart = doc.text.lastIndexOf('\n', t.start - 1) + 1;
  return doc.text.slice(lineStart, t.start).trim() === '';
}

const CITY_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside']);

function worldCity(ctx: Ctx, words: readonly number[], from: number, to: number): boolean {
  const { doc, run } = ctx;
  const tokens = doc.tokens;
  if (to - from > 4) return false;
  const first = tokens[words[from] as number] as Token;
  const city = cityOf(doc.text.slice(first.start, endOf(tokens, words[to - 1] as number, run)));
  if (city === undefined) return false;
  if (to - from === 1) {
    // "remain in Austin", "a draw in Adelaide", "called from Split": after a preposition of place, a city is the place
    // whatever the tagger or the first-name list reads
    const placed = CITY_PREPOSITIONS.has(tokens[(words[from] as number) - 1]?.text ?? '');
    if (placed) return true;
    if (isPersonish(first) && (!city.capital || first.tags.has('FirstName'))) return false;
    if (run.initial && hasAnyTag(first, COMMON_TAGS)) return false;
  }
  return !(first.tags.has('FirstName') && !city.capital);
}

/** The first of at most two words before a known name at `k` that make one world city with it ("Port of Spain"), or -1. */
function cityEndingIn(ctx: Ctx, words: readonly number[], rest: number, k: number, length: number): number {
  const tokens = ctx.doc.tokens;
  const end = (tokens[words[k + length - 1] as number] as Token).end;
  for (let j = Math.max(rest, k - 2); j < k; j++) {
    if (!isCapitalised(tokens[words[j] as number] as Token)) continue;
    if (cityOf(ctx.doc.text.slice((tokens[words[j] as number] as Token).start, end)) !== undefined) return j;
  }
  return -1;
}

/** "Kordofan" of "South Kordofan": an unknown proper noun, neither a person's name nor a common word. */
function compassRegion(t: Token): boolean {
  return t.tags.has('ProperNoun') && !isPersonish(t) && !hasAnyTag(t, COMMON_TAGS) && !t.tags.has('Plural') && !ORG_LAST_WORDS.has(t.text.toLowerCase()) && !LOC_LAST_WORDS.has(t.text.toLowerCase());
}

/**
 * A word that is a given name (compromise's first names, or a place name people
 * are named after), followed by a surname-like word: capitalised, no gazetteer
 * entry, not plural, not the last word of a place or organisation name, and not
 * a common word unless the given name is a plain first name ("Chad Wolf").
 */
function givenNameBeforeSurname(ctx: Ctx, given: Token, next: Token): boolean {
  const firstName = given.tags.has('FirstName') || given.tags.has('MaleName') || given.tags.has('FemaleName');
  if (!firstName && !given.tags.has('Person') && !GIVEN_NAMES_ALSO_PLACES.has(given.text.toLowerCase())) return false;
  if (next.kind !== 'word' || !isCapitalised(next) || next.tags.has('Plural') || isAllCaps(next.text)) return false;
  const lower = next.text.toLowerCase();
  if (ORG_LAST_WORDS.has(lower) || LOC_LAST_WORDS.has(lower) || GPE_LAST_WORDS.has(lower) || lookup(next.text) !== undefined) return false;
  if (hasAnyTag(next, COMMON_TAGS) || next.tags.has('Organization') || isPlaceish(next)) return false;
  return firstName || !ctx.run.headline;
}

/** Classifies a stretch of words with no title and no gazetteer entry. */
function classify(ctx: Ctx, words: readonly number[], from: number, to: number, title: string | null): void {
  const { doc, run } = ctx;
  const tokens = doc.tokens;
  if (from >= to) return;
  const first = words[from] as number;
  const last = words[to - 1] as number;
  const n = to - from;
  // "President of Mexico Ana Ruiz": the "of" left between a title and a gazetteer name is no name
  if (!words.slice(from, to).some((w) => isCapitalised(tokens[w] as Token))) return;
  const whole = lookup(doc.text.slice((tokens[first] as Token).start, endOf(tokens, last, run)));
  if (whole !== undefined) return emit(ctx, first, last, whole.type, whole.key, title, true, 'gazetteer');
  const lastLower = lowerWord(tokens, last);
  const firstLower = lowerWord(tokens, first);
  const hasOf = words.slice(from, to).some((w) => (tokens[w] as Token).text === 'of');
  if (title !== null && n === 1 && LONE_GENERIC_WORDS.has(firstLower)) return;
  if (title !== null) return emit(ctx, first, last, 'PERSON', null, title, true, 'title+name');
  // "Han Ji-woo", "Seo Min-ho": a family name written first, then a hyphenated given name
  if (n === 2 && EAST_ASIAN_SURNAMES.has(firstLower) && HYPHENATED_GIVEN_NAME.test((tokens[last] as Token).text)) return emit(ctx, first, last, 'PERSON', null, null, true, 'east-asian-name');
  if (n === 1 && SITE_NAME.test((tokens[first] as Token).text)) return emit(ctx, first, last, 'ORG', null, null, true, 'site-name');
  if (n >= 2 && (tokens[words[from + 1] as number] as Token).kind === 'number' && /^(?:TV|Channel|Radio|Kanal|Canal|Rai|Antena|Antenna)$/.test((tokens[first] as Token).text)) return emit(ctx, first, last, 'ORG', null, null, true, 'broadcaster');
  // "Radio Norland", "Television Lakeside": a station named after its medium
  if (n >= 2 && /^(?:Radio|Television|Télévision|Televisión|Radiotelevisione)$/.test((tokens[first] as Token).text)) return emit(ctx, first, last, 'ORG', null, null, true, 'broadcaster');
  // "Galaxy S9", "Reaper MQ-9": a product, aircraft or exercise, no entity
  if (MODEL_CODE.test((tokens[last] as Token).text) && (n >= 2 || (tokens[last] as Token).text.includes('-'))) return;
  // "Geneva Convention", "World Cup", "Treaty of Rome": a law or an event, no entity
  if (n >= 2 && (NON_ENTITY_HEADS.last.has(lastLower) || NON_ENTITY_HEADS.first.has(firstLower))) return;
  // "Venezuela Mobilizes Militia": a headline's verb opens no name
  // (the tagger in context may be the only one to see the verb: "… and Mobilizes Militia")
  const opener = tokens[first] as Token;
  if (run.headline && ((opener.tags.has('Verb') && !opener.tags.has('ProperNoun')) || (opener.pos === 'VERB' && !isPersonish(opener)))) return;
  // "Fresno State", "San Marcos State": an American city (not a state) before "State" names a university or its teams
  if (n >= 2 && n <= 4 && lastLower === 'state' && !hasOf) {
    const place = doc.text.slice((tokens[first] as Token).start, (tokens[words[to - 2] as number] as Token).end);
    if (cityOf(place)?.country === 'US' && countryCodeOf(place) === null) return emit(ctx, first, last, 'ORG', null, null, true, 'college-state');
  }
  // "the Tulsa Herons": a world city, then a plural nickname, is a team
  if (n >= 2 && n <= 4 && !hasOf && !run.headline && !isPersonish(tokens[first] as Token) && cityOf(doc.text.slice((tokens[first] as Token).start, (tokens[words[to - 2] as number] as Token).end)) !== undefined && teamNickname(ctx, last)) {
    return emit(ctx, first, last, 'ORG', null, null, true, 'team-name');
  }
  // "the Citizens' Left", "Workers' Front": a plural possessive inside a name is a body of people, never a person's name
  if (n >= 2 && words.slice(from, to - 1).some((w) => /s$/.test((tokens[w] as Token).text) && /^['’]$/.test(tokens[w + 1]?.text ?? ''))) return emit(ctx, first, last, 'ORG', null, null, true, 'plural-possessive');
  if (n >= 2 && GPE_LAST_WORDS.has(lastLower) && !hasOf) return emit(ctx, first, last, 'GPE', null, null, true, 'gpe-suffix');
  if (n >= 2 && n <= 3 && LOC_PREFIX_WORDS.has(firstLower) && !hasOf) return emit(ctx, first, last, 'LOC', null, null, true, 'loc-prefix-word');
  if (n === 2 && COMPASS_WORDS.has(firstLower) && compassRegion(tokens[last] as Token)) return emit(ctx, first, last, 'GPE', null, null, true, 'compass-region');
  if (n >= 2 && ORG_LAST_WORDS.has(lastLower)) return emit(ctx, first, last, 'ORG', null, null, true, 'org-suffix');
  // "NK Vodice", "FK Partizan": a club's prefix in capitals
  if (n >= 2 && CLUB_PREFIXES.has((tokens[first] as Token).text)) return emit(ctx, first, last, 'ORG', null, null, true, 'club-prefix');
  if (n >= 2 && (lastLower === 'city' || (lastLower === 'republic' && !hasOf))) return emit(ctx, first, last, 'GPE', null, null, true, 'city-suffix');
  if (n >= 2 && LOC_LAST_WORDS.has(lastLower)) return emit(ctx, first, last, 'LOC', null, null, true, 'loc-suffix');
  if (ORG_FIRST_WORDS.has(firstLower) && hasOf) return emit(ctx, first, last, 'ORG', null, null, true, 'org-prefix');
  if (LOC_FIRST_WORDS.has(firstLower) && hasOf) return emit(ctx, first, last, 'LOC', null, null, true, 'loc-prefix');
  // "Institute for Strategic Studies", "Committee for Fair Elections": an organisation word before "for"
  const forAt = words.slice(from, to).findIndex((w) => (tokens[w] as Token).text === 'for');
  if (forAt > 0 && (ORG_LAST_WORDS.has(lowerWord(tokens, words[from + forAt - 1] as number)) || ORG_FIRST_WORDS.has(firstLower))) return emit(ctx, first, last, 'ORG', null, null, true, 'org-for');
  if (hasOf) {
    const ofAt = words.slice(from, to).findIndex((w) => (tokens[w] as Token).text === 'of');
    if (ofAt > 0 && ORG_LAST_WORDS.has(lowerWord(tokens, words[from + ofAt - 1] as number))) return emit(ctx, first, last, 'ORG', null, null, true, 'org-of');
  }
  // "Tren de Aragua", "Banco do Brasil": no first name before a Romance "of" is an institution or a group
  if (n >= 3 && ROMANCE_OF_PARTICLES.has((tokens[words[from + 1] as number] as Token).text) && !isPersonish(tokens[first] as Token) && !ROMANCE_PLACE_OPENERS.has(firstLower) && isCapitalised(tokens[last] as Token)) {
    return emit(ctx, first, last, 'ORG', null, null, true, 'romance-of');
  }
  // "April Moreno (@aprilm)": the name an account handle is given for
  const next1 = tokens[last + 1];
  const next2 = tokens[last + 2];
  if (next1?.text === '(' && next2?.kind === 'handle' && !slice0IsStop(tokens, first)) return emit(ctx, first, last, n === 1 && isAllCaps((tokens[first] as Token).text) ? 'ORG' : 'PERSON', null, null, true, 'handle-owner');
  if (n === 1 && CALENDAR_WORDS.has(firstLower)) return;
  const byContext = orgByContext(doc, first, last);
  if (byContext !== null) return emit(ctx, first, last, 'ORG', null, null, true, byContext);
  if (norpByContext(doc, first, last)) return emit(ctx, first, last, 'NORP', null, null, true, 'group-adjective');
  if (placeByContext(doc, last)) return emit(ctx, first, last, 'GPE', null, null, true, 'unit-word-after');
  if (placeBySurroundings(doc, first, last)) return emit(ctx, first, last, 'GPE', null, null, false, 'place-context');
  const apposed = n <= 4 ? typeByApposition(doc, last) : null;
  if (apposed !== null) return emit(ctx, first, last, apposed, null, null, true, 'apposition');
  if (n === 1 && LONE_GENERIC_WORDS.has(firstLower)) return;
  if (worldCity(ctx, words, from, to)) return emit(ctx, first, last, 'GPE', null, null, true, 'world-city');
  if (VESSEL_PREFIXES.has((tokens[first] as Token).text)) return;
  const slice = words.slice(from, to).map((w) => tokens[w] as Token);
  // Title case: only gazetteer names, titled people and first-name + surname pairs are trusted here.
  if (run.headline && !(n >= 2 && (slice[0] as Token).tags.has('FirstName'))) return;

  const allCaps = slice.every((t) => isAllCaps(t.text));
  const ordinary = (t: Token): boolean => hasAnyTag(t, COMMON_TAGS) || t.tags.has('Plural');
  // "Mute Jorun Velk": an ordinary word opening three or more capitalised words that are not ordinary
  const foreignName = n >= 3 && ordinary(slice[0] as Token) && !slice.slice(1).some(ordinary);
  if (foreignName && !run.headline) return emit(ctx, first, last, 'PERSON', null, null, false, 'proper-name');
  // the lower-case words that join a name ("for", "of") are no sign of an ordinary phrase
  if (slice.some((t) => hasAnyTag(t, COMMON_TAGS) && !isAllCaps(t.text) && !NAME_CONNECTORS.has(t.text)) && !slice.some(isPersonish)) {
    if (n === 1 || run.initial) return;
  }
  if (allCaps) {
    if (slice.some((t) => NOT_ENTITY_ACRONYMS.has(t.text))) return;
    if (n === 1) {
      // "BRANDVIK: Madam Mayor, …": a transcript's speaker label at the start of a line is a person
      if (speakerLabel(doc, first)) return emit(ctx, first, last, 'PERSON', null, null, false, 'speaker-label');
      if (looksCommon(slice[0] as Token) && (slice[0] as Token).text.length > 4) return;
      return emit(ctx, first, last, isPlaceish(slice[0] as Token) ? 'GPE' : 'ORG', null, null, false, 'acronym');
    }
    if (slice.some((t) => hasAnyTag(t, COMMON_TAGS))) return;
    // "PALM BEACH, Fla. —": a capitalised dateline opening the article or a line
    const after = tokens[last + 1];
    if (run.initial && after !== undefined && (after.text === ',' || after.text === '(' || after.text === '—')) {
      return emit(ctx, first, last, 'GPE', null, null, false, 'dateline');
    }
    return emit(ctx, first, last, 'PERSON', null, null, false, 'caps-name');
  }
  // "New Carthage", "New Amsterdam": no person's name opens with "New"
  if (n >= 2 && n <= 3 && firstLower === 'new' && !hasOf) return emit(ctx, first, last, 'GPE', null, null, false, 'new-place');
  if (n >= 2) {
    if (slice.some((t) => t.tags.has('Organization'))) return emit(ctx, first, last, 'ORG', null, null, false, 'tagger-org');
    if (isPersonish(slice[0] as Token) || isPersonish(slice[n - 1] as Token)) return emit(ctx, first, last, 'PERSON', null, null, true, 'tagger-person');
    if (slice.every(isPlaceish)) return emit(ctx, first, last, 'GPE', null, null, false, 'tagger-place');
    if (slice.some((t) => hasAnyTag(t, COMMON_TAGS) || t.tags.has('Plural'))) return; // "Nuclear Tests", "Election Day"
    if (n <= 4 && !slice.some((t) => t.text === 'of')) {
      if (slice.some(hasAbstractEnding)) return; // "Coastal Observations", "Strategic Stability": a thing, not a person
      // "the Comet Hopper mission", "a Heat Transport study": unknown capitalised words that modify a common noun name a thing
      const head = tokens[last + 1];
      if (head !== undefined && /^\p{Ll}+$/u.test(head.text) && head.pos === 'NOUN' && !head.tags.has('Verb') && /^ $/.test(doc.text.slice((tokens[last] as Token).end, head.start))) return;
      return emit(ctx, first, last, 'PERSON', null, null, false, 'proper-name');
    }
    return emit(ctx, first, last, 'ORG', null, null, false, 'proper-name');
  }
  const t = slice[0] as Token;
  // "BlackRock", "PayPal": one word in camel case, not opening with a surname prefix ("McDonald"), is a brand's name
  const camel = CAMEL_WORD.exec(t.text);
  const defined = tokens[first - 1]?.text === '(' && tokens[last + 1]?.text === ')'; // "(InSight)": a mixed-case acronym defined for a name
  if (camel !== null && !defined && !CAMEL_NAME_PREFIXES.has(camel[1] as string) && !isPersonish(t)) return emit(ctx, first, last, 'ORG', null, null, false, 'camel-case');
  // "the Okafor administration", "Halloran said": a lone name before these is a person
  const following = tokens[last + 1]?.text === '’s' || tokens[last + 1]?.text === "'s" ? tokens[last + 2] : tokens[last + 1];
  if (following !== undefined && OUTLET_FOLLOWERS.has(following.text) && following === tokens[last + 1]) return emit(ctx, first, last, 'ORG', null, null, false, 'outlet-context');
  if (following !== undefined && PERSON_FOLLOWERS.has(following.text)) return emit(ctx, first, last, 'PERSON', null, null, false, 'person-context');
  if (t.tags.has('Organization') || t.tags.has('Acronym') || LEGISLATURE_NAMES.has(firstLower)) return emit(ctx, first, last, 'ORG', null, null, false, 'tagger-org');
  if (isPlaceish(t)) return emit(ctx, first, last, 'GPE', null, null, false, 'tagger-place');
  // "Okafor arrived", "Lindqvist declined to comment": a lone proper noun mid-sentence as the subject of a past-tense verb of its own is a person
  const verb = tokens[last + 1];
  const subjectLike = !run.initial || (!t.tags.has('Plural') && !/s$/.test(t.text)); // "Protesters gathered" opens a sentence with a common plural
  if (subjectLike && !run.headline && t.pos === 'PROPN' && !looksCommon(t) && verb !== undefined && verb.pos === 'VERB' && verb.tags.has('PastTense') && !verb.tags.has('Participle') && /^ $/.test(doc.text.slice(t.end, verb.start))) {
    return emit(ctx, first, last, 'PERSON', null, null, false, 'subject-of-verb');
  }
  // A lone proper noun: a surname, a first name or nothing; merging decides.
  emit(ctx, first, last, isPersonish(t) ? 'PERSON' : null, null, null, false, isPersonish(t) ? 'tagger-person' : 'proper-noun');
}

/** "Broncos" of "Denver Broncos": a capitalised plural nickname, no place or organisation word, no people. */
function teamNickname(ctx: Ctx, w: number): boolean {
  const t = ctx.doc.tokens[w] as Token;
  const lower = t.text.toLowerCase();
  if (!TEAM_NICKNAME.test(t.text) || isPersonish(t)) return false;
  if (ORG_LAST_WORDS.has(lower) || LOC_LAST_WORDS.has(lower) || GPE_LAST_WORDS.has(lower) || LONE_GENERIC_WORDS.has(lower)) return false;
  return longestGazetteer(ctx, [w], 0, 1) === null && matchTitle(ctx.doc.tokens, [w], 0) === null;
}

/** Splits a run at gazetteer names, emitting each part. */
/** The capitalised word right before token `first` opens its sentence (so the run left it out). */
function sentenceOpener(ctx: Ctx, first: number): boolean {
  const tokens = ctx.doc.tokens;
  const before = tokens[first - 1];
  if (before === undefined || before.kind !== 'word' || !isCapitalised(before)) return false;
  const prev = tokens[first - 2];
  return prev === undefined || /^[.!?]$/.test(prev.text) || ctx.doc.text.slice(prev.end, before.start).includes('\n');
}

/** Is there a body's word ("Centre", "Federation") right before the connector `w` in words [from, to), with a capitalised word ending the stretch? */
function bodyBeforeConnector(tokens: readonly Token[], words: readonly number[], from: number, to: number, w: string): boolean {
  for (let j = from + 1; j < to - 1; j++) {
    if ((tokens[words[j] as number] as Token).text === w && ORG_LAST_WORDS.has(lowerWord(tokens, words[j - 1] as number))) return isCapitalised(tokens[words[to - 1] as number] as Token);
  }
  return false;
}

function segment(ctx: Ctx, words: readonly number[], from: number, to: number, title: string | null): void {
  const tokens = ctx.doc.tokens;
  if (from >= to) return;
  // "U.S. Open", "Copenhagen Democracy Summit": the name of an event or a law holds no entity of its own
  if (title === null && to - from >= 2 && NON_ENTITY_HEADS.last.has(lowerWord(tokens, words[to - 1] as number)) && longestGazetteer(ctx, words, from, to)?.length !== to - from) return;
  // A name ending in an organisation or place word is one name ("United States Army", "Gulf of Aden").
  const lastLower = lowerWord(tokens, words[to - 1] as number);
  if (title === null && to - from >= 2 && (ORG_LAST_WORDS.has(lastLower) || LOC_LAST_WORDS.has(lastLower) || GPE_LAST_WORDS.has(lastLower) || lastLower === 'city' || lastLower === 'republic')) {
    const whole = longestGazetteer(ctx, words, from, to);
    // "US State Department": a country before an organisation the gazetteer knows by a name of two or more words
    const head = whole !== null && (whole.type === 'GPE' || whole.type === 'NORP') ? whole.length : 0;
    const known = head > 0 && to - (from + head) >= 2 ? longestGazetteer(ctx, words, from + head, to) : null;
    if (known !== null && known.type === 'ORG' && known.length === to - from - head) {
      emit(ctx, words[from] as number, words[from + head - 1] as number, (whole as { type: EntityType }).type, (whole as { key: string }).key, null, true, 'gazetteer');
      emit(ctx, words[from + head] as number, words[to - 1] as number, 'ORG', known.key, null, true, 'gazetteer');
      return;
    }
    if (whole === null || whole.length < to - from) return classify(ctx, words, from, to, null);
  }
  // "Gulf of Aden", "University of Michigan", "Armed Forces of the Philippines": one name.
  const ofAt = words.slice(from, to).findIndex((w) => (tokens[w] as Token).text === 'of');
  if (title === null && ofAt > 0) {
    const before = lowerWord(tokens, words[from + ofAt - 1] as number);
    const firstLower = lowerWord(tokens, words[from] as number);
    if (ORG_FIRST_WORDS.has(firstLower) || LOC_FIRST_WORDS.has(firstLower) || ORG_LAST_WORDS.has(before)) {
      if (longestGazetteer(ctx, words, from, to)?.length !== to - from) return classify(ctx, words, from, to, null);
    }
  }
  // "East Africa Centre for Maritime Studies", "Institute for Balkan Security Studies": a body's word before "for" heads one
  // organisation, places inside it included
  if (title === null && bodyBeforeConnector(tokens, words, from, to, 'for') && longestGazetteer(ctx, words, from, to)?.length !== to - from) {
    return emit(ctx, words[from] as number, words[to - 1] as number, 'ORG', null, null, true, 'org-for');
  }
  // An organisation known to the gazetteer with more capitalised words around it is a longer organisation name ("Thomson Reuters").
  const whole = longestGazetteer(ctx, words, from, to);
  if (title === null && to - from >= 2 && whole?.length !== to - from) {
    for (let j = from + 1; j < to; j++) {
      const g = longestGazetteer(ctx, words, j, to);
      if (g !== null && g.type === 'ORG' && j + g.length === to && !VESSEL_PREFIXES.has((tokens[words[from] as number] as Token).text)) {
        if (words.slice(from, j).every((w) => { const h = longestGazetteer(ctx, [w], 0, 1); return h === null || h.type === 'ORG'; })) return emit(ctx, words[from] as number, words[to - 1] as number, 'ORG', null, null, true, 'org-name');
      }
    }
  }
  // "UN Assistance Mission for Iraq", "EU Training Mission": a known body opening a body's name (ending in a body's word,
  // before an optional "for" / "of" and where it works) is that longer body
  if (title === null && whole !== null && whole.type === 'ORG' && from + whole.length < to) {
    let body = to;
    for (let j = from + whole.length; j < to; j++) {
      const w = lowerWord(tokens, words[j] as number);
      if (w === 'for' || w === 'of' || w === 'in') {
        body = j;
        break;
      }
    }
    if (body > from + whole.length && ORG_LAST_WORDS.has(lowerWord(tokens, words[body - 1] as number))) return emit(ctx, words[from] as number, words[to - 1] as number, 'ORG', null, null, true, 'org-prefixed');
  }
  let k = from;
  let rest = from;
  while (k < to) {
    const known = longestGazetteer(ctx, words, k, to);
    // "West Midlands", "West Darfur": a compass word the gazetteer does not join to the known region after it, which is not a country
    if ((known === null || known.length === 1) && title === null && COMPASS_WORDS.has(lowerWord(tokens, words[k] as number)) && k + 1 < to) {
      const region = longestGazetteer(ctx, words, k + 1, to);
      // … or an unknown proper noun ending the name ("West Midlands"), as classify reads a compass region
      const length = region !== null && (region.type === 'GPE' || region.type === 'LOC') ? region.length : region === null && k + 2 === to && compassRegion(tokens[words[k + 1] as number] as Token) ? 1 : 0;
      const end = length === 0 ? undefined : (tokens[words[k + length] as number] as Token);
      if (end !== undefined && countryCodeOf(ctx.doc.text.slice((tokens[words[k + 1] as number] as Token).start, end.end)) === null) {
        classify(ctx, words, rest, k, title);
        // a part of an ocean or a continent is a place as its whole is ("the North Atlantic", "the South Pacific"); of a region, a region
        emit(ctx, words[k] as number, words[k + length] as number, region !== null && region.type === 'LOC' ? 'LOC' : 'GPE', null, null, true, 'compass-known-region');
        k += length + 1;
        rest = k;
        continue;
      }
    }
    if (known === null) {
      k++;
      continue;
    }
    // "Port of Spain": a world city whose last words are a known name, opened by a word or two before it
    const cityStart = title === null ? cityEndingIn(ctx, words, rest, k, known.length) : -1;
    if (cityStart >= 0) {
      classify(ctx, words, rest, cityStart, title);
      const name = ctx.doc.text.slice((tokens[words[cityStart] as number] as Token).start, (tokens[words[k + known.length - 1] as number] as Token).end);
      emit(ctx, words[cityStart] as number, words[k + known.length - 1] as number, 'GPE', `gpe:${name.toLowerCase()}`, null, true, 'world-city');
      k += known.length;
      rest = k;
      continue;
    }
    // "Kansas City", "Salt Lake City": a known place and the next word that the world's cities know as one city
    const withNext = known.type === 'GPE' && k + known.length < to ? ctx.doc.text.slice((tokens[words[k] as number] as Token).start, (tokens[words[k + known.length] as number] as Token).end) : null;
    const g = withNext !== null && cityOf(withNext) !== undefined ? { length: known.length + 1, type: 'GPE' as EntityType, key: `gpe:${withNext.toLowerCase()}` } : known;
    // A demonym inside a personal name is part of the name ("Christian …", "Ali Shia al-Rawi").
    const tok = tokens[words[k] as number] as Token;
    const prev = k > from ? (tokens[words[k - 1] as number] as Token) : null;
    if (g.type === 'NORP' && g.length === 1 && k + 1 < to && (tok.tags.has('FirstName') || (prev !== null && isPersonish(prev)))) {
      k++;
      continue;
    }
    // "Israel Katz", "Jordan Bardella", "Christian Lindner": a given name that is also a place or a people, then a surname
    if ((g.type === 'NORP' || g.type === 'GPE') && g.length === 1 && k + 1 < to && givenNameBeforeSurname(ctx, tok, tokens[words[k + 1] as number] as Token)) {
      k++;
      continue;
    }
    // "Rosa Paraguay", "Ana Paraguay": a first name, then a one-word place ending the run, is a surname
    if (g.type === 'GPE' && g.length === 1 && k === to - 1 && k - 1 === rest && prev !== null && prev.tags.has('FirstName') && lookup(prev.text) === undefined) {
      k++;
      continue;
    }
    // "Tokyo Institute for Harbour Studies", "London School of Economics": a city before an institution's first word names it
    if (g.type === 'GPE' && k === from && k + g.length < to - 1 && INSTITUTION_FIRST_WORDS.has(lowerWord(tokens, words[k + g.length] as number)) && title === null) {
      return emit(ctx, words[k] as number, words[to - 1] as number, 'ORG', null, null, true, 'place-institution');
    }
    // "Greek Cypriots", "Texas Italians": a people or a place, then a nation’s people, is one group
    const next = k + g.length < to ? longestGazetteer(ctx, words, k + g.length, to) : null;
    if ((g.type === 'NORP' || g.type === 'GPE') && next !== null && next.type === 'NORP' && k + g.length + next.length === to && title === null) {
      // the second a nation's people ("Serb"), not a faith, a party or an ethnic group ("Venezuelan Socialists", "Congolese Tutsis")
      const people = ctx.doc.text.slice((tokens[words[k + g.length] as number] as Token).start, (tokens[words[to - 1] as number] as Token).end);
      const plural = /s$/.test(people);
      const national = countryCodeOf(people) !== null || (plural && countryCodeOf(people.slice(0, -1)) !== null);
      if (national && (g.type === 'NORP' || plural)) {
        classify(ctx, words, rest, k, title);
        return emit(ctx, words[k] as number, words[to - 1] as number, 'NORP', null, null, true, 'compound-group');
      }
    }
    // "the Kyiv Independent", "the Lagos Herald": a place, then a newspaper's head word ending the name, is the newspaper
    if (g.type === 'GPE' && title === null && k === rest && k + g.length === to - 1 && MEDIA_HEADS.has(lowerWord(tokens, words[to - 1] as number))) {
      return emit(ctx, words[k] as number, words[to - 1] as number, 'ORG', null, null, true, 'place-newspaper');
    }
    // "the Denver Broncos": a place, then a plural nickname that ends the name, is a team
    if (g.type === 'GPE' && title === null && k + g.length === to - 1 && !ctx.run.headline && teamNickname(ctx, words[to - 1] as number)) {
      classify(ctx, words, rest, k, title);
      return emit(ctx, words[k] as number, words[to - 1] as number, 'ORG', null, null, true, 'team-name');
    }
    // "Guardian Australia", "Sky News Arabia": a news outlet's edition for a country is the outlet's own name
    if (g.type === 'GPE' && title === null && k > rest && k + g.length === to && MEDIA_WORDS.has(lowerWord(tokens, words[k - 1] as number))) {
      return emit(ctx, words[rest] as number, words[to - 1] as number, 'ORG', null, null, true, 'media-edition');
    }
    // "Police Scotland", "Public Health Wales": a public service's name, then the country it serves, ending the name
    // (the run may have left out a capitalised word opening the sentence: "Public Health Scotland said …")
    if (g.type === 'GPE' && title === null && k + g.length === to) {
      const first = words[rest] as number;
      const opener = sentenceOpener(ctx, first);
      const head = k > rest ? lowerWord(tokens, words[k - 1] as number) : opener ? lowerWord(tokens, first - 1) : '';
      if (PUBLIC_SERVICE_HEADS.has(head)) return emit(ctx, opener ? first - 1 : first, words[to - 1] as number, 'ORG', null, null, true, 'public-service');
    }
    classify(ctx, words, rest, k, title);
    emit(ctx, words[k] as number, words[k + g.length - 1] as number, g.type, g.key, null, true, 'gazetteer');
    k += g.length;
    rest = k;
  }
  classify(ctx, words, rest, to, title);
}

function processRun(ctx: Ctx): void {
  const tokens = ctx.doc.tokens;
  const run = ctx.run;
  let words = wordIndices(tokens, run);
  // Leading words that only open the sentence ("The", "Is", "Despite Growing").
  let from = 0;
  let dropped = 0;
  while (from < words.length) {
    const t = tokens[words[from] as number] as Token;
    const lower = t.text.toLowerCase();
    if (longestGazetteer(ctx, words, from, words.length) !== null || isNameModifier(t)) break;
    if (matchTitle(tokens, words, from) !== null) break;
    // "Han Ji-woo said": a family name written first opens the name, not the sentence
    if (EAST_ASIAN_SURNAMES.has(lower) && from + 1 < words.length && HYPHENATED_GIVEN_NAME.test((tokens[words[from + 1] as number] as Token).text)) break;
    // "April Moreno", "May Mobley": a month before a capitalised word is a first name
    const nameAfter = NAME_MONTHS.has(lower) && from + 1 < words.length && !CALENDAR_WORDS.has((tokens[words[from + 1] as number] as Token).text.toLowerCase());
    const opening = (run.initial || run.headline) && (from === 0 || dropped === from);
    // "Mute Jorun Velk": an ordinary word before two or more unknown capitalised words is a first name
    const namesAfter = words.length - from >= 3 && words.slice(from + 1).every((w) => {
      const u = tokens[w] as Token;
      return !hasAnyTag(u, COMMON_TAGS) && !u.tags.has('Plural') && longestGazetteer(ctx, [w], 0, 1) === null && matchTitle(tokens, [w], 0) === null && !ORG_LAST_WORDS.has(u.text.toLowerCase()) && !LOC_LAST_WORDS.has(u.text.toLowerCase());
    });
    // ("Organisers said": a group of people alone, which the tagger may take for a name; not "The Miners' Union")
    const common = !namesAfter && (hasAnyTag(t, COMMON_TAGS) || (t.tags.has('Plural') && !t.tags.has('ProperNoun')) || (GROUP_NOUNS.has(lower) && from === words.length - 1));
    const connectorAfterDrop = dropped === from && from > 0 && (lower === 'of' || lower === 'the' || lower === 'and');
    const calendar = CALENDAR_WORDS.has(lower) && !nameAfter && words.length > from + 1; // "Wednesday Facebook post"
    // "Members of the X", "Residents of Y" opening a sentence: a plural common noun, then "of"
    const pluralBeforeOf = opening && /[^s']s$/.test(lower) && (tokens[words[from + 1] as number] as Token | undefined)?.text === 'of' && !ORG_FIRST_WORDS.has(lower) && !LOC_FIRST_WORDS.has(lower) && !ORG_LAST_WORDS.has(lower) && !isPersonish(t);
    if (CAP_STOPWORDS.has(lower) || (opening && OPENING_STOPWORDS.has(lower)) || connectorAfterDrop || calendar || pluralBeforeOf || (opening && common && !isPersonish(t) && !nameAfter)) {
      dropped = from + 1;
      from++;
      continue;
    }
    break;
  }
  const opener = tokens[words[0] as number] as Token | undefined;
  ctx.theName = from > 0 && opener?.text === 'The' && !run.headline;
  words = words.slice(from);
  // Inside a mixed-case run, an all-caps ordinary word ("Okafor DECLINED his") ends the name.
  const mixed = words.some((w) => !isAllCaps((tokens[w] as Token).text));
  if (mixed) {
    const cut = words.findIndex((w, i) => {
      const t = tokens[w] as Token;
      return i > 0 && isAllCaps(t.text) && t.text.length >= 3 && hasAnyTag(t, COMMON_TAGS);
    });
    if (cut > 0) words = words.slice(0, cut);
  }
  if (words.length === 0) return;
  // "Helen Okafor KC", "Jane Doe MP": letters after a person's name are no part of it
  while (words.length >= 3 && POST_NOMINALS.has((tokens[words[words.length - 1] as number] as Token).text) && !isAllCaps((tokens[words[words.length - 2] as number] as Token).text)) words = words.slice(0, -1);
  // "Ada Brask of the University of Norland": a person's name never contains "of".
  // A title opening the run keeps its own "of" ("Secretary of State …"); "Dr. Ada Brask of …" splits after the name.
  const lead = matchTitle(tokens, words, 0)?.length ?? 0;
  const ofAt = words.findIndex((w, i) => i > lead && (tokens[w] as Token).text === 'of');
  const beforeOf = ofAt > 0 ? (tokens[words[ofAt - 1] as number] as Token) : null;
  const startsOrgOrLoc = ORG_FIRST_WORDS.has(lowerWord(tokens, words[0] as number)) || LOC_FIRST_WORDS.has(lowerWord(tokens, words[0] as number));
  // "X Y of the University of Z", "X Y of Russia": a name, then where the person is from.
  let afterOf = ofAt + 1;
  if ((tokens[words[afterOf] as number] as Token | undefined)?.text.toLowerCase() === 'the') afterOf++;
  // (… or a body's name: "Mira Kolen of Arvid Securities")
  const placeOrOrgAfter = afterOf < words.length && (ORG_FIRST_WORDS.has(lowerWord(tokens, words[afterOf] as number)) || longestGazetteer(ctx, words, afterOf, words.length) !== null || (words.length - afterOf >= 2 && ORG_LAST_WORDS.has(lowerWord(tokens, words[words.length - 1] as number))));
  const personBefore = ofAt > 0 && ((tokens[words[lead] as number] as Token).tags.has('FirstName') || isPersonish(beforeOf as Token) || (placeOrOrgAfter && ofAt - lead <= 3));
  const known = ofAt > 0 ? longestGazetteer(ctx, words, 0, words.length) : null;
  const spansOf = known !== null && known.length > ofAt; // "Democratic Republic of Congo"
  if (beforeOf !== null && !spansOf && !startsOrgOrLoc && personBefore && !ORG_LAST_WORDS.has(beforeOf.text.toLowerCase()) && !LOC_LAST_WORDS.has(beforeOf.text.toLowerCase())) {
    let resume = ofAt + 1;
    if ((tokens[words[resume] as number] as Token | undefined)?.text.toLowerCase() === 'the') resume++;
    processWords(ctx, words.slice(0, ofAt));
    processWords(ctx, words.slice(resume));
    return;
  }
  processWords(ctx, words);
}

/** A place, country, nationality or known organisation by one name: the hand gazetteers, then the world's cities. */
function placeOrKnown(name: string): { type: EntityType; key: string | null } | undefined {
  const hit = lookup(name);
  if (hit !== undefined) return hit;
  return /^\p{Lu}/u.test(name) && cityOf(name) !== undefined ? { type: 'GPE', key: null } : undefined;
}

function hyphenParts(t: Token): { start: number; end: number; text: string }[] {
  const parts: { start: number; end: number; text: string }[] = [];
  let s = t.start;
  for (const piece of t.text.split('-')) {
    parts.push({ start: s, end: s + piece.length, text: piece });
    s += piece.length + 1;
  }
  return parts;
}

/** "Venezuela-based", "Moscow-run", "Kremlin-backed": a known name, then a lower-case participle or modifier. */
export function isNameModifier(t: Token): boolean {
  if (!t.text.includes('-') || lookup(t.text) !== undefined) return false;
  const parts = hyphenParts(t);
  const last = parts[parts.length - 1] as { text: string };
  return parts.length === 2 && /^\p{Ll}+$/u.test(last.text) && placeOrKnown((parts[0] as { text: string }).text) !== undefined;
}

/** "US-Canada", "U.S.-Mexico", "Venezuela-based", "anti-French": the gazetteer names inside a hyphenated word. */
function splitHyphenated(ctx: Ctx, i: number, anyPart = false): boolean {
  const { doc, out } = ctx;
  const t = doc.tokens[i] as Token;
  if (!t.text.includes('-') || lookup(t.text) !== undefined || cityOf(t.text) !== undefined) return false; // a hyphenated world city, in capitals in a dateline too, stays whole
  const parts = hyphenParts(t);
  const opening = (parts[0] as { text: string }).text;
  // "Pro-Russian" opening a sentence: a capitalised prefix, then the name
  if (!anyPart && placeOrKnown(opening) === undefined && !NAME_PREFIXES.has(opening.toLowerCase())) return false;
  let found = false;
  for (const p of parts) {
    const hit = placeOrKnown(p.text);
    if (hit === undefined) continue;
    found = true;
    out.push({ start: p.start, end: p.end, text: doc.input.slice(p.start, p.end), type: hit.type, key: hit.key, title: null, first: i, last: i, strong: true, provenance: 'gazetteer-hyphen' });
  }
  return found;
}

/** "LIMA, March 10 (Coastline Wire) —": tokens [a, z] are the name in parentheses between a dateline's day and its dash, the agency. */
function datelineAgency(tokens: readonly Token[], a: number, z: number): boolean {
  return tokens[a - 1]?.text === '(' && tokens[z + 1]?.text === ')' && /^[—–-]$/.test(tokens[z + 2]?.text ?? '') && /^\d{1,2}$/.test(tokens[a - 2]?.text ?? '');
}

function processWords(ctx: Ctx, words: readonly number[]): void {
  const tokens = ctx.doc.tokens;
  const run = ctx.run;
  if (words.length === 0) return;
  // "MANILA, May 22 (Coral Sea Report) —": the whole name in a dateline's parentheses is the agency, places in it included
  const a = words[0] as number;
  const z = words[words.length - 1] as number;
  if (datelineAgency(tokens, a, z)) return emit(ctx, a, z, 'ORG', null, null, true, 'dateline-agency');
  if (words.length === 1 && splitHyphenated(ctx, words[0] as number)) return;
  // "the Moscow-run Africa Corps": the place that modifies the name, then the name
  if (words.length > 1 && isNameModifier(tokens[words[0] as number] as Token)) {
    splitHyphenated(ctx, words[0] as number);
    processWords(ctx, words.slice(1));
    return;
  }
  // The first title (with any titles right after it: "President General") splits the run:
  // modifiers before ("Mexican"), the person after. Titles later on belong to the name ("Ade Okafor Sheikh …").
  // (… or a body's word before "of" / "for": "General Federation of Kenyan Dockworkers" has no general in it)
  const orgName = ORG_LAST_WORDS.has(lowerWord(tokens, words[words.length - 1] as number)) || bodyBeforeConnector(tokens, words, 0, words.length, 'of') || bodyBeforeConnector(tokens, words, 0, words.length, 'for');
  let titleAt = -1;
  let titleEnd = -1;
  for (let i = 0; i < words.length && titleAt < 0; i++) {
    // "International Court of Justice", "Minister of Justice": a title word after "of" names the office, not a person's title
    const afterOf = i > 0 && (tokens[words[i - 1] as number] as Token).text === 'of';
    const m = afterOf ? null : matchTitle(tokens, words, i);
    if (m !== null && !(orgName && i + m.length < words.length)) {
      titleAt = i;
      titleEnd = portfolioEnd(tokens, words, chainEnd(tokens, words, i + m.length));
    }
  }
  if (titleAt < 0) return segment(ctx, words, 0, words.length, null);
  // The first title of a chain is the role ("President" of "President General …").
  const firstTitle = matchTitle(tokens, words, titleAt) as TitleMatch;
  segment(ctx, words, 0, portfolioStart(ctx, words, titleAt, firstTitle), null);
  // "Deputy U.S. Ambassador Marcus Whitcombe": a country or nationality between two titles is its own name, and the
  // titles after it still belong to the role, not to the person
  const second = titleEnd + 1 < words.length - 1 ? matchTitle(tokens, words, titleEnd + 1) : null;
  let roleEnd = titleAt + firstTitle.length - 1;
  const place = second === null ? null : longestGazetteer(ctx, words, titleEnd, titleEnd + 1);
  if (second !== null && matchTitle(tokens, words, titleEnd) === null && place !== null && (place.type === 'GPE' || place.type === 'NORP')) {
    segment(ctx, words, titleEnd, titleEnd + 1, null);
    roleEnd = titleEnd + second.length; // the role reads "Deputy U.S. Ambassador"
    titleEnd = chainEnd(tokens, words, titleEnd + 1 + second.length);
  }
  const titleText = ctx.doc.input.slice((tokens[words[titleAt] as number] as Token).start, endOf(tokens, words[roleEnd] as number, run));
  segment(ctx, words, titleEnd, words.length, titleText);
}

/** The end of a chain of titles from word `from` ("President General …"), short of the run's last word. */
function chainEnd(tokens: readonly Token[], words: readonly number[], from: number): number {
  let end = from;
  for (let next = matchTitle(tokens, words, end); next !== null && end < words.length - 1; next = matchTitle(tokens, words, end)) end += next.length;
  return end;
}

/**
 * "Minister of Justice Ana Ruiz", "Secretary of Foreign Affairs X": the "of"
 * and the portfolio words after a title belong to the title, up to the name.
 */
function portfolioEnd(tokens: readonly Token[], words: readonly number[], titleEnd: number): number {
  if ((tokens[words[titleEnd] as number] as Token | undefined)?.text !== 'of') return titleEnd;
  let k = titleEnd + 1;
  if ((tokens[words[k] as number] as Token | undefined)?.text === 'the') k++;
  const start = k;
  while (k < words.length - 1) {
    const t = tokens[words[k] as number] as Token;
    const lower = t.text.toLowerCase();
    if (!portfolioWord(t)) break;
    k++;
  }
  // "the Minister of Communications said", "Minister of Defence": a portfolio that ends the run leaves no name after
  // the title, and one word after "of" cannot be both the portfolio and a name
  if (start === words.length - 1) return words.length;
  // "Minister of Health Ana Lopez": a first name ends the portfolio however the tagger read the words before it
  const named = words.findIndex((w, i) => i > start && (tokens[w] as Token).tags.has('FirstName'));
  if (named > k && words.slice(start, named).every((w) => !isPersonish(tokens[w] as Token))) return named;
  if (k === words.length - 1 && portfolioWord(tokens[words[k] as number] as Token) && hasAbstractEnding(tokens[words[k] as number] as Token)) return words.length;
  return k > start ? k : titleEnd;
}

/** Office titles a portfolio may stand before: "Water Resources Minister", "Disaster Management Secretary". */
const OFFICE_HEADS: ReadonlySet<string> = new Set(['minister', 'secretary', 'commissioner', 'undersecretary']);

/**
 * "Water Resources Minister X", "US Defense Under Secretary X": capitalised words right before an office title
 * that no gazetteer knows are its portfolio, not an entity; a place, nationality or organisation name before them stays.
 */
function portfolioStart(ctx: Ctx, words: readonly number[], titleAt: number, title: TitleMatch): number {
  const tokens = ctx.doc.tokens;
  const head = lowerWord(tokens, words[titleAt + title.length - 1] as number);
  if (!OFFICE_HEADS.has(head)) return titleAt;
  let k = titleAt;
  while (k > 0) {
    const t = tokens[words[k - 1] as number] as Token;
    const lower = t.text.toLowerCase();
    if (!isCapitalised(t) || isAllCaps(t.text) || isPersonish(t) || ORG_LAST_WORDS.has(lower) || placeOrKnown(t.text) !== undefined) break;
    if (longestGazetteer(ctx, words, k - 1, titleAt) !== null) break;
    k--;
  }
  // every word before the title is portfolio only when nothing named stands before them ("Sports Cabinet Secretary")
  return k;
}

/** A word of a portfolio after "Minister of": "Justice", "Foreign Affairs", "Communications". */
function portfolioWord(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return LONE_GENERIC_WORDS.has(lower) || TITLE_SET.has(lower) || lower === 'and' || ((hasAnyTag(t, COMMON_TAGS) || hasAbstractEnding(t)) && !isPersonish(t));
}

/** Handles ("@aprilm") are candidates of their own; merging ties them to the name before them. */
function handleCandidates(doc: Doc, out: Candidate[]): void {
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'handle') return;
    out.push({ start: t.start, end: t.end, text: doc.input.slice(t.start, t.end), type: null, key: null, title: null, first: i, last: i, strong: false, provenance: 'handle' });
  });
}

/** "anti-French", "pro-Russian", "ex-Soviet": a lower-case prefix glued to a gazetteer name (no run holds such a word). */
function prefixedNames(doc: Doc, out: Candidate[]): void {
  doc.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]*-\p{Lu}/u.test(t.text)) return;
    const run: Run = { first: i, last: i, start: t.start, end: t.end, headline: false, initial: false };
    splitHyphenated({ doc, run, out }, i, true);
  });
}

export function findCandidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const run of findRuns(doc)) processRun({ doc, run, out });
  prefixedNames(doc, out);
  handleCandidates(doc, out);
  out.sort((a, b) => a.start - b.start);
  const unnamed = acronymsOfNonEntities(doc, out);
  return defineAcronyms(doc, unnamed.size === 0 ? out : out.filter((c) => !unnamed.has(c.text)));
}

/**
 * "the Kessel Fishing Accord (KFA)": an acronym given in parentheses for the
 * name of a law, treaty, event or programme is no entity, there or later.
 */
function acronymsOfNonEntities(doc: Doc, out: readonly Candidate[]): Set<string> {
  const tokens = doc.tokens;
  const found = new Set<string>();
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  for (const c of out) {
    if (!isAllCaps(c.text) || c.text.includes(' ')) continue;
    const i = byStart.get(c.start);
    if (i === undefined || tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')') continue;
    const head = tokens[i - 2];
    if (head !== undefined && isCapitalised(head) && NON_ENTITY_HEADS.last.has(head.text.toLowerCase())) found.add(c.text);
  }
  return found;
}

