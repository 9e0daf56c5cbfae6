import type { Doc } from '../../pipeline/document.js';
import type { Token } from '../../pipeline/tokens.js';
import type { EntityType } from '../../types.js';
import { APPOSITION_ORG_HEADS, APPOSITION_PLACE_HEADS, GROUP_FOLLOWERS, GROUP_PRECEDERS, MEDIA_HEADS, ORG_PREFIXES } from '../../lexicons/en/organizations.js';
import { GPE_LAST_WORDS, PLACE_OF_HEADS, PLACE_POSSESSIONS, PLACE_PREPOSITIONS } from '../../lexicons/en/places.js';
import { isCapitalised, isPersonish } from './words.js';

/**
 * Typing by context: the words around a name that say it is an organisation,
 * whatever the tagger thinks of the name itself. Returns the rule's id, or null.
 *   "the M23 rebels", "the Sinaloa cartel"      → a group word after the name
 *   "paramilitary group Wagner", "broadcasters DR" → a group word before it
 *   "PMC Wagner"                                → an organisation prefix
 *   "told the Chronicle"                        → a newspaper head after "the"
 */
/** "the Bolivarian militia": an adjective of a people or creed before a group word names no group of its own. */
const GROUP_ADJECTIVE = /(?:ian|ean|ese|ista?|ite)$/;

export function orgByContext(doc: Doc, first: number, last: number): string | null {
  const { tokens } = doc;
  const head = tokens[first] as Token;
  if (ORG_PREFIXES.has(head.text) && last > first) return 'org-prefix-word';
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  // "the Wagner group" but not "a group of", "X's group"
  if (next !== undefined && next.kind === 'word' && GROUP_FOLLOWERS.has(next.text) && tokens[last + 2]?.text !== 'of' && !(last === first && GROUP_ADJECTIVE.test(head.text))) {
    if (prev?.text.toLowerCase() === 'the' || last === first || !isPersonish(head)) return 'group-head-after';
  }
  // "the Sinaloa and Gulf cartels": each name before a plural group word is a group
  const after = tokens[last + 3];
  if (last === first && next?.text === 'and' && tokens[last + 2] !== undefined && isCapitalised(tokens[last + 2] as Token) && after !== undefined && GROUP_FOLLOWERS.has(after.text) && after.text.endsWith('s')) {
    return 'group-head-after';
  }
  if (prev !== undefined && prev.kind === 'word' && GROUP_PRECEDERS.has(prev.text) && (last === first || !isPersonish(head))) return 'group-head-before';
  if (last === first && prev?.text === 'the' && MEDIA_HEADS.has(head.text.toLowerCase())) return 'media-head';
  return null;
}

/** "the Bolivarian militia", "Sandinista fighters": a people's or creed's adjective before a group word is NORP. */
export function norpByContext(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const head = tokens[first] as Token;
  const next = tokens[last + 1];
  return last === first && GROUP_ADJECTIVE.test(head.text) && next !== undefined && GROUP_FOLLOWERS.has(next.text);
}

/** Words that end the noun phrase of an apposition before its head could be reached. */
const APPOSITION_STOPS = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'by', 'to', 'who', 'that', 'which', 'and', 'or']);

/**
 * "X, a Venezuela-based crime group, …" → ORG; "X, a town in …" → GPE: the
 * head noun of an apposition right after the name (within six words, before
 * any preposition or punctuation).
 */
export function typeByApposition(doc: Doc, last: number): EntityType | null {
  const { tokens } = doc;
  if (tokens[last + 1]?.text !== ',' || !/^(?:a|an|the)$/i.test(tokens[last + 2]?.text ?? '')) return null;
  for (let k = last + 3; k < last + 9; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return null;
    const lower = t.text.toLowerCase();
    if (APPOSITION_STOPS.has(lower)) return null;
    // "X, a Harbour Party veteran": a name inside the apposition modifies its head, it is not the head
    if (/^\p{Lu}/u.test(t.text)) continue;
    // "X, the company's chairman": a possessive head is the owner of the apposition's head, not the head
    if (/^['’]s$/.test(tokens[k + 1]?.text ?? '')) return null;
    // "X, a former central bank governor": a body's word before another noun modifies the head, it is not the head
    const org = APPOSITION_ORG_HEADS.has(lower);
    if ((org || APPOSITION_PLACE_HEADS.has(lower)) && nounAfter(tokens[k + 1])) continue;
    if (org) return 'ORG';
    if (APPOSITION_PLACE_HEADS.has(lower)) return 'GPE';
  }
  return null;
}

/** A lower-case noun (not a stop word of an apposition) right after a word: that word is a modifier of it. */
function nounAfter(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && t.pos === 'NOUN' && !APPOSITION_STOPS.has(t.text);
}

/** "Cabo Delgado province", "the Zaporizhzhia and Dnipropetrovsk regions": a lower-case unit word after the name (or after "and Y"). */
export function placeByContext(doc: Doc, last: number): boolean {
  const { tokens } = doc;
  if (/-\p{Ll}+$/u.test((tokens[last] as Token).text)) return false; // "Houthi-controlled governorates"
  const unit = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && GPE_LAST_WORDS.has(t.text.replace(/s$/, ''));
  if (unit(tokens[last + 1])) return true;
  const y = tokens[last + 2];
  if (tokens[last + 1]?.text === 'and' && y !== undefined && isCapitalised(y) && unit(tokens[last + 3]) && (tokens[last + 3] as Token).text.endsWith('s')) return true;
  return inPlaceList(tokens, last) || afterPlaceExamples(tokens, last);
}

/** Words that introduce examples of what was just named ("governorates, including X"). */
const EXAMPLE_OPENERS: ReadonlySet<string> = new Set(['including', 'notably', 'especially', 'particularly']);

/**
 * A one-word name given as an example of places: "four governorates, including Alvar, and Brenn",
 * "cities such as Alvar and Brenn" (a plural place head, then the opener, then a list of names).
 */
function afterPlaceExamples(tokens: readonly Token[], last: number): boolean {
  let k = last - 1;
  for (let steps = 0; steps < 8 && k >= 0; steps++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === 'and' || (isCapitalised(t) && t.kind === 'word')) {
      k--;
      continue;
    }
    break;
  }
  const opener = tokens[k];
  if (opener === undefined) return false;
  let h = k - 1;
  if (EXAMPLE_OPENERS.has(opener.text)) { /* "including" */ } else if (opener.text === 'as' && tokens[k - 1]?.text === 'such') h = k - 2;
  else return false;
  if (tokens[h]?.text === ',') h--;
  const head = tokens[h];
  return head !== undefined && PLACE_LIST_HEADS.has(head.text.toLowerCase());
}

/** Plural heads after a list of names that make each a place: "the Fordow, Natanz and Esfahan nuclear sites". */
const PLACE_LIST_HEADS: ReadonlySet<string> = new Set(['sites', 'towns', 'cities', 'villages', 'provinces', 'regions', 'districts', 'governorates', 'oblasts', 'counties', 'municipalities']);

/**
 * A name in a list of two or more one-word names ("A, B and C", "A, B, and C") that a plural place
 * head ends, after at most two lower-case words: "the Alvar, Brenn and Cosk nuclear sites".
 */
function inPlaceList(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  let names = 1;
  for (;;) {
    const t = tokens[k];
    if (t === undefined) return false;
    if (t.text === ',' || t.text === 'and') {
      if (t.text === ',' && tokens[k + 1]?.text === 'and') k++;
      const n = tokens[k + 1];
      if (n === undefined || !isCapitalised(n) || n.kind !== 'word') return false;
      names++;
      k += 2;
      continue;
    }
    break;
  }
  const before = tokens[last - 2];
  const preceded = tokens[last - 1]?.text === 'and' && before !== undefined && (isCapitalised(before) || before.text === ',');
  if (!preceded && (names < 2 || (tokens[k - 2]?.text !== 'and' && tokens[k - 3]?.text !== 'and'))) return false;
  for (let m = 0; m <= 2; m++) {
    const t = tokens[k + m];
    if (t === undefined || t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false;
    if (PLACE_LIST_HEADS.has(t.text)) return true;
  }
  return false;
}

/**
 * A name no gazetteer knows that its context makes a place: after a place word and "of" ("the
 * village of X", "residents of X"), after "near" or "outside", or owning what only a place owns
 * ("X's airspace", "X's armed forces"). Not for a name that reads as a person's.
 */
/** Prepositions after which one unknown name is a place ("in Kordofan"). */
const IN_PLACE: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'into']);
/** Words before "in" whose object is a person or a company ("confidence in X", "shares in X", "a role in X"). */
const IN_SOMEONE: ReadonlySet<string> = new Set([
  'confidence', 'faith', 'trust', 'belief', 'interest', 'interested', 'stake', 'stakes', 'share', 'shares', 'stock', 'investment', 'investments',
  'invest', 'invests', 'invested', 'investing', 'role', 'part', 'hand', 'ally', 'friend', 'partner', 'rival', 'disappointed', 'believe', 'believes',
  'believed', 'seat', 'seats', 'jobs', 'job', 'post', 'position', 'lead', 'win', 'victory', 'defeat', 'loss', 'character', 'starring', 'star',
]);

export function placeBySurroundings(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const head = tokens[first] as Token;
  if (isPersonish(head) || isPersonish(tokens[last] as Token)) return false;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  if (prev?.text === 'of' && prev2 !== undefined && prev2.kind === 'word' && PLACE_OF_HEADS.has(prev2.text.toLowerCase())) return true;
  if (prev !== undefined && prev.kind === 'word' && PLACE_PREPOSITIONS.has(prev.text)) return true;
  // "troops in Kordofan", "fighting across Velmora": one unknown name after "in", "across", "throughout" is a place,
  // unless the word before says what is put in someone ("confidence in X", "a stake in X")
  if (first === last && prev !== undefined && IN_PLACE.has(prev.text) && !IN_SOMEONE.has(prev2?.text.toLowerCase() ?? '') && prev2?.kind === 'word') return true;
  const s = tokens[last + 1];
  const owned = tokens[last + 2];
  return (s?.text === "'s" || s?.text === '’s') && owned !== undefined && owned.kind === 'word' && PLACE_POSSESSIONS.has(owned.text);
}
