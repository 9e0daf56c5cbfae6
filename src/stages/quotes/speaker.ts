import type { AttributionMethod, Entity, Mention, Speaker } from '../../types.js';
import { pluralLike, tokenIndexAt, type Token } from '../../pipeline/tokens.js';
import { ABBREVIATIONS } from '../../lexicons/en/abbreviations.js';
import { COUNTRIES, COUNTRY_NAME_SET } from '../../lexicons/en/countries.js';
import { GROUP_NOUNS } from '../../lexicons/en/stance.js';
import { RELATION_NOUNS, ROLE_NOUNS } from '../../lexicons/en/pronouns.js';
import { TITLE_SET } from '../../lexicons/en/titles.js';
import { CARRY_VERBS, DOCUMENT_NOUNS, GOVERNMENT_NOUNS, INDEFINITE_OPENERS, MEDIUM_PARTICIPLES, ORGANISATION_KINDS, PEOPLE_NOUNS, PERSON_DESCRIPTION_HEADS, SIGN_NOUNS, PROXY_NOUNS, SPEAKER_LOCATIVES, SPEAKER_POSTMODIFIERS } from '../../lexicons/en/reporting.js';
import type { QuoteContext } from './context.js';
import { documentIssuer } from './issuer.js';
import { SPEAKER_BLOCS, bodyNamedBy } from '../coref/bodies.js';

/**
 * Finding the speaker *in the text* — the noun phrase next to a cue, a
 * pronoun, a role — and mapping it to an entity (the mention inside it), to
 * an antecedent (pronouns and roles, through the coref resolver), or keeping
 * it as a group phrase ("security experts").
 */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'other', 'two', 'three', 'both']);
/** Words that end a noun phrase when scanning left or right. */
export const NP_STOP: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'for', 'after', 'before', 'during', 'when', 'while',
  'that', 'who', 'which', 'as', 'than', 'though', 'although', 'because', 'if', 'since', 'where', 'whom', 'whose', 'about',
  'said', 'says', 'say', 'told', 'not', 'also', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'will', 'would',
  'amid', 'despite', 'into', 'over', 'under', 'against', 'without', 'through', 'so', 'then', 'there', 'here',
  // "warned of what analysts called “…”": the relative "what" opens the clause whose subject speaks
  'what',
]);
/** Skipped between a subject and its verb ("X has firmly rejected"). */
const AUX = new Set([
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'must', 'not', 'also', 'later', 'then', 'previously', 'repeatedly', 'reportedly', 'firmly', 'publicly', 'strongly', 'already',
  'again', 'further', 'himself', 'herself', 'itself', 'themselves', 'both', 'all', 'only', 'just', 'recently', 'once', 'allegedly',
  'openly', 'explicitly', 'clearly', 'simply', 'flatly', 'categorically', 'quickly', 'immediately', 'subsequently', 'privately',
  'has been', 'been', 'being', 'once', 'even', 'still', 'now', 'first', 'last', 'often',
]);
const NOUN_CUE_MODIFIERS = new Set(['a', 'an', 'the', 'new', 'following', 'joint', 'brief', 'written', 'separate', 'short', 'official', 'its', 'his', 'her', 'their', 'earlier', 'latest', 'strong', 'lengthy', 'formal', 'public']);

export const lower = (t: Token | undefined): string => (t === undefined ? '' : t.text.toLowerCase());
const isPossessive = (t: Token | undefined): boolean => t !== undefined && /^['’]s$/i.test(t.text);
const isPunct = (t: Token | undefined): boolean => t === undefined || (t.kind === 'punct' && !isPossessive(t));
const verbOnly = (t: Token): boolean => t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective');

function mentionStart(ctx: QuoteContext, i: number): number {
  const m = ctx.mentionOf[i];
  while (i > 0 && m !== null && ctx.mentionOf[i - 1] === m) i--;
  return i;
}

/** The noun phrase ending at token `j` (scanning left, not before `lo`), or null. */
export function npEndingAt(ctx: QuoteContext, j: number, lo: number): TokenRange | null {
  const t = ctx.tokens[j];
  if (t === undefined || j < lo || ctx.quoted[j] === true) return null;
  if (ctx.mentionOf[j] !== null) {
    let a = mentionStart(ctx, j);
    // titles and modifiers before a name belong to the phrase ("Mexican President Jane Doe")
    while (a - 1 >= lo && /^\p{Lu}/u.test(ctx.tokens[a - 1]?.text ?? '') && !NP_STOP.has(lower(ctx.tokens[a - 1])) && !ctx.quoted[a - 1]) a--;
    // "The Norvanian Embassy in Kessel": a place after "in"/"at" ends the phrase of the body before it
    if (a === mentionStart(ctx, j) && bodyBeforePlace(ctx, j, lo) !== null) return npEndingAt(ctx, a - 2, lo) ?? { first: a, last: j };
    return { first: Math.max(roleOfBefore(ctx, a, lo), lo), last: j };
  }
  if (SUBJECT_PRONOUNS.has(lower(t))) return { first: j, last: j };
  const before = ctx.tokens[j - 1];
  // "a cabinet meeting": a gerund after a determiner or noun is a noun
  const nominalGerund = t.tags.has('Gerund') && before !== undefined && (before.tags.has('Determiner') || before.tags.has('Noun') || before.tags.has('Adjective'));
  if (isPunct(t) || (verbOnly(t) && !nominalGerund) || NP_STOP.has(lower(t)) || t.tags.has('Adverb')) return null;
  // (a title the tagger reads as an adjective heads a phrase too: "what a retired general called")
  if (!t.tags.has('Noun') && !nominalGerund && !/^\p{Lu}/u.test(t.text) && !(isRoleNoun(lower(t)) && before !== undefined && !isPunct(before))) return null;
  let a = j;
  while (a - 1 >= lo && j - a < 8) {
    const p = ctx.tokens[a - 1] as Token;
    const w = lower(p);
    if (ctx.quoted[a - 1]) break;
    if (DETERMINERS.has(w)) {
      a--;
      break;
    }
    if (w === 'of' || isPossessive(p) || ctx.mentionOf[a - 1] !== null) {
      a--;
      continue;
    }
    if (isPunct(p) || NP_STOP.has(w) || verbOnly(p) || p.tags.has('Adverb') || SUBJECT_PRONOUNS.has(w)) break;
    a--;
  }
  while (a < j && lower(ctx.tokens[a]) === 'of') a++;
  return { first: roleOfBefore(ctx, a, lo), last: j };
}

const DATE_LEADS = new Set(['on', 'late', 'early', 'last', 'this', 'next', 'earlier']);
/** A date word that is not part of a name: "Monday", "yesterday". */
const dateAdjunct = (ctx: QuoteContext, j: number): boolean => {
  const t = ctx.tokens[j];
  return t !== undefined && ctx.mentionOf[j] === null && t.tags.has('Date') && !t.tags.has('Duration') && !t.tags.has('Plural');
};

/** Longest parenthetical aside, in tokens, skipped between a subject and its verb. */
const ASIDE_REACH = 15;

/** The token before the parenthetical aside that ends at `j` ("X (a former docker) said"), or -1 when `j` closes none. */
export function beforeAside(ctx: QuoteContext, j: number, lo: number): number {
  if (ctx.tokens[j]?.text !== ')' || ctx.quoted[j]) return -1;
  for (let k = j - 1; k >= lo && j - k <= ASIDE_REACH; k--) {
    const w = ctx.tokens[k]?.text;
    if (ctx.quoted[k] || w === ')') return -1;
    if (w === '(') return k - 1;
  }
  return -1;
}

/** Skips auxiliaries, adverbs, date adjuncts and parenthetical asides leftwards from `j`. */
function skipAux(ctx: QuoteContext, j: number, lo: number): number {
  while (j >= lo) {
    const t = ctx.tokens[j] as Token;
    const aside = beforeAside(ctx, j, lo);
    if (aside >= lo) j = aside;
    else if (AUX.has(lower(t)) || (t.tags.has('Adverb') && !t.tags.has('Noun') && ctx.mentionOf[j] === null)) j--;
    else if (dateAdjunct(ctx, j)) {
      // "X on Monday said", "X late Friday said": the date is an adjunct, not the subject
      j--;
      while (j >= lo && (dateAdjunct(ctx, j) || DATE_LEADS.has(lower(ctx.tokens[j])))) j--;
    } else break;
  }
  return j;
}

/** How far back a coordinated "and who" looks for the relative clause it continues. */
const RELATIVE_REACH = 25;

/** The "who"/"whose" that an "and who" at `j + 1` continues ("whose forces rely on … and who said"), or -1. */
function earlierRelative(ctx: QuoteContext, j: number, lo: number): number {
  for (let k = j - 1; k >= lo && j - k <= RELATIVE_REACH; k--) {
    const w = lower(ctx.tokens[k]);
    if (w === '.' || ctx.quoted[k]) return -1;
    if (w === 'who' || w === 'whose') return k;
  }
  return -1;
}

/** The person a relative word at `k` hangs on through an appositive ("Omar Haddad, the eastern commander[,] who"), or null. */
function relativeAntecedent(ctx: QuoteContext, k: number, lo: number): TokenRange | null {
  if (k < 0) return null;
  const e = lower(ctx.tokens[k - 1]) === ',' ? k - 2 : k - 1;
  if (e < lo) return null;
  if (ctx.mentionOf[e]?.type === 'PERSON') return npEndingAt(ctx, e, lo);
  // the appositive is a few words, no verb in them, back to the comma after the name
  for (let i = e; i > lo && e - i <= APPOSITIVE_REACH; i--) {
    const w = lower(ctx.tokens[i]);
    if (w === ',') return ctx.mentionOf[i - 1]?.type === 'PERSON' ? npEndingAt(ctx, i - 1, lo) : null;
    if (w === '.' || ctx.quoted[i] || ctx.tokens[i]?.tags.has('Verb') === true || ctx.mentionOf[i] != null) return null;
  }
  return null;
}

/** Words an appositive between a name and its relative clause may take ("the eastern commander"). */
const APPOSITIVE_REACH = 6;

/**
 * The agent of the cue at tokens `[first, last]`: the subject before a verb
 * ("X said", "X, the minister, said", "X has firmly rejected"), the owner or
 * issuer of a noun ("X's claim", "X issues a statement").
 */
export function agentBefore(ctx: QuoteContext, first: number, lo: number, noun: boolean): TokenRange | null {
  let j = skipAux(ctx, first - 1, lo);
  if (noun) {
    let k = 0;
    while (j >= lo && k < 3 && NOUN_CUE_MODIFIERS.has(lower(ctx.tokens[j]))) {
      j--;
      k++;
    }
    if (j >= lo && isPossessive(ctx.tokens[j])) return npEndingAt(ctx, j - 1, lo);
    // "Norvanian claims that …", "recent Norvanian rhetoric about “…”": a demonym owns the noun
    if (j >= lo && ctx.mentionOf[j]?.type === 'NORP' && ctx.mentionOf[j + 1] !== ctx.mentionOf[j]) return { first: mentionStart(ctx, j), last: j };
    const t = ctx.tokens[j];
    if (t === undefined || j < lo || !t.tags.has('Verb')) return null;
    j = skipAux(ctx, j - 1, lo);
  }
  if (j < lo) return null;
  const w = lower(ctx.tokens[j]);
  // "… by Omar Haddad, who told a hearing that …": a relative "who" reports for the name before it, also past an
  // appositive ("X, the eastern commander, who said") and through "and who" ("the commander whose forces … and who said")
  if (w === 'who') {
    const named = relativeAntecedent(ctx, lower(ctx.tokens[j - 1]) === 'and' ? earlierRelative(ctx, j - 1, lo) : j, lo);
    if (named !== null) return named;
  }
  if (w === 'that' || w === 'which' || w === 'who') return subjectNp(ctx, j - 1, lo); // "a meeting that said"
  if (w === ',') {
    // an appositive or relative clause between subject and verb: "X, the minister, said", "the head, X, said"
    const inner = npEndingAt(ctx, j - 1, lo);
    for (let k = j - 1; k >= lo && j - k <= 25; k--) {
      if (ctx.quoted[k]) break;
      if (lower(ctx.tokens[k]) === ',') {
        // "X summoned the envoy and, in a statement, condemned …": an aside after "and" leaves the verb X's
        if (/^(and|but)$/.test(lower(ctx.tokens[k - 1])) && k - 2 >= lo) return governingSubject(ctx, lo, k);
        if (inner !== null && inner.first === k + 1 && hasPerson(ctx, inner)) return firstConjunct(ctx, k, lo) ?? inner;
        // "Ruiz, 54, who has led the city since 2019, added": an age between commas is the name's appositive
        if (/^\d{1,3}$/.test(ctx.tokens[k - 1]?.text ?? '') && lower(ctx.tokens[k - 2]) === ',') {
          k -= 2;
          const named = npEndingAt(ctx, k - 1, lo);
          return named !== null && ctx.mentionOf[named.last] !== null ? named : null;
        }
        // "the Norland Safety Board (NSB), which …, said": the acronym in brackets is the name's
        const close = ctx.tokens[k - 1]?.text === ')' && ctx.mentionOf[k - 2] != null ? k - 2 : k - 1;
        const np = sourceBeforePlace(ctx, npEndingAt(ctx, close, lo), lo);
        if (np !== null && (ctx.mentionOf[np.last] !== null || SUBJECT_PRONOUNS.has(lower(ctx.tokens[np.last])))) return np;
        // "The company, which employs 400 people, said", "A defence official, speaking on condition of anonymity, said": a
        // relative or participial clause hangs on a common-noun subject too
        const opener = lower(ctx.tokens[k + 1]);
        if (np !== null && np.first === lo && (/^(which|who)$/.test(opener) || /..ing$/.test(opener)) && ctx.tokens[np.last]?.tags.has('Noun') === true) return np;
        // "The president of the party, the Fleet Union, said": the role holder; "The party, the Fleet Union, said": the body
        const innerAt = inner !== null && (inner.first === k + 1 || (inner.first === k + 2 && DETERMINERS.has(lower(ctx.tokens[k + 1]))));
        if (np !== null && np.first === lo && inner !== null && innerAt) {
          if (roleOfPhrase(ctx, np) !== null) return np;
          if (hasMention(ctx, inner)) return inner;
        }
        return null;
      }
    }
    return null;
  }
  let np = subjectNp(ctx, j, lo);
  // "Critics in Washington and Paris warn": places coordinated in the speaker's postmodifier, not a second speaker
  if (np !== null && ctx.mentionOf[np.first]?.type === 'GPE' && lower(ctx.tokens[np.first - 1]) === 'and' && np.first - 2 >= lo && ctx.mentionOf[np.first - 2]?.type === 'GPE') {
    const alt = subjectNp(ctx, np.first - 2, lo);
    if (alt !== null && alt.first < mentionStart(ctx, np.first - 2) && SPEAKER_POSTMODIFIERS.has(lower(ctx.tokens[mentionStart(ctx, np.first - 2) - 1]))) np = { first: alt.first, last: np.last };
  }
  if (np !== null) np = subjectBeforeParticiple(ctx, np, lo) ?? np;
  return np === null ? null : (groupBeforeOf(ctx, np, lo) ?? documentBeforeMedium(ctx, np, lo) ?? personOfBody(ctx, np, lo) ?? roleBeforeAppositive(ctx, np, lo) ?? np);
}

/**
 * "Officials speaking on condition of anonymity said", "two diplomats speaking under Chatham House rules said": the
 * phrase before the verb is the participle's adjunct; the subject is the noun phrase before the participle.
 */
function subjectBeforeParticiple(ctx: QuoteContext, np: TokenRange, lo: number): TokenRange | null {
  const prep = np.first - 1;
  if (!/^(on|under)$/.test(lower(ctx.tokens[prep])) || prep - 2 < lo) return null;
  const part = ctx.tokens[prep - 1];
  if (part === undefined || !/^(speaking|talking|commenting|writing)$/i.test(part.text)) return null;
  return npEndingAt(ctx, prep - 2, lo);
}

/**
 * "Critics of the bill say", "Residents of Norland told": the plural common noun before "of" is the
 * group that speaks, not what it is of. (A role before "of", "the head of the party", is roleOfBefore's.)
 */
function groupBeforeOf(ctx: QuoteContext, np: TokenRange, lo: number): TokenRange | null {
  const of = np.first - 1;
  const h = of - 1;
  const t = ctx.tokens[h];
  if (lower(ctx.tokens[of]) !== 'of' || h < lo || t === undefined || ctx.mentionOf[h] !== null || ctx.quoted[h] || !t.tags.has('Noun')) return null;
  // a sentence-opening plural the tagger calls a singular name ("Supporters of the deal say") counts
  if (!pluralLike(t)) return null;
  let first = h;
  while (first - 1 >= lo && !ctx.quoted[first - 1] && ctx.mentionOf[first - 1] === null && (ctx.tokens[first - 1]?.tags.has('Adjective') === true || DETERMINERS.has(lower(ctx.tokens[first - 1])))) first--;
  return { first, last: h };
}

/**
 * "A diplomatic source in Paris, speaking on condition of anonymity, said": a common noun phrase before "in"/"at"
 * and a place speaks, not the place.
 */
function sourceBeforePlace(ctx: QuoteContext, np: TokenRange | null, lo: number): TokenRange | null {
  if (np === null) return null;
  const m = ctx.mentionOf[np.last];
  const at = np.first - 1;
  if (m == null || (m.type !== 'GPE' && m.type !== 'LOC') || at - 1 < lo || !SPEAKER_LOCATIVES.has(lower(ctx.tokens[at]))) return np;
  if (ctx.mentionOf[at - 1] != null || ctx.tokens[at - 1]?.tags.has('Noun') !== true) return np;
  return npEndingAt(ctx, at - 1, lo) ?? np;
}

/** Lower-case words that may describe a body between "of the" and its name ("the opposition", "the ruling"). */
const BODY_DESCRIPTORS_MAX = 2;

/** "lawmaker Lena Brandt of the Fleet Union said": a person named before "of" and a body speaks, not the body. */
function personOfBody(ctx: QuoteContext, np: TokenRange, lo: number): TokenRange | null {
  // ("Ana Ruiz of the opposition Fleet Union", "of the governing Unity Party": a word or two describe the body)
  let k = np.first - 1;
  for (let n = 0; n < BODY_DESCRIPTORS_MAX && k > lo && !ctx.quoted[k] && ctx.mentionOf[k] === null && /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? '') && !/^(the|of)$/.test(lower(ctx.tokens[k])) && !verbOnly(ctx.tokens[k] as Token); n++) k--;
  if (k < np.first - 1 && lower(ctx.tokens[k]) !== 'the') k = np.first - 1;
  const of = lower(ctx.tokens[k]) === 'the' ? k - 1 : k;
  if (of - 1 < lo || lower(ctx.tokens[of]) !== 'of' || ctx.mentionOf[np.first]?.type === 'PERSON') return null;
  if (ctx.mentionOf[of - 1]?.type !== 'PERSON') return null;
  return npEndingAt(ctx, of - 1, lo);
}

/** "A statement read on state television said": the document speaks (for its issuer), not the medium it was read on. */
function documentBeforeMedium(ctx: QuoteContext, np: TokenRange, lo: number): TokenRange | null {
  const k = np.first - 1;
  if (k - 2 < lo || !/^(on|in|by|via|over)$/.test(lower(ctx.tokens[k])) || !MEDIUM_PARTICIPLES.has(lower(ctx.tokens[k - 1]))) return null;
  if (!DOCUMENT_NOUNS.has(lower(ctx.tokens[k - 2]))) return null;
  return npEndingAt(ctx, k - 2, lo) ?? { first: k - 2, last: k - 2 };
}

/**
 * "The president of the opposition party, the NRM (…) said": a sentence-initial role-of phrase with the body's
 * name in apposition after it; the role holder speaks, not the body.
 */
function roleBeforeAppositive(ctx: QuoteContext, np: TokenRange, lo: number): TokenRange | null {
  const start = DETERMINERS.has(lower(ctx.tokens[np.first - 1])) ? np.first - 1 : np.first;
  if (start - 2 <= lo || ctx.tokens[start - 1]?.text !== ',' || ctx.mentionOf[np.last]?.type === 'PERSON') return null;
  const head = { first: lo, last: start - 2 };
  for (let k = head.first; k <= head.last; k++) if (ctx.quoted[k] || isEnd(ctx, k) || verbOnly(ctx.tokens[k] as Token) || ctx.tokens[k]?.text === ',') return null;
  return roleOfPhrase(ctx, head) === null ? null : head;
}

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);

/** "it was explicitly stated": a passive reporting verb has no agent before it. */
function passive(ctx: QuoteContext, k: number, lo: number): boolean {
  let j = k - 1;
  while (j >= lo && (ctx.tokens[j] as Token).tags.has('Adverb')) j--;
  return BE.has(lower(ctx.tokens[j]));
}

function thatWithin(ctx: QuoteContext, from: number, n: number): boolean {
  for (let k = from; k < from + n && k < ctx.tokens.length; k++) {
    if (lower(ctx.tokens[k]) === 'that') return true;
    if (isPunct(ctx.tokens[k]) || ctx.quoted[k]) return false;
  }
  return false;
}

/** Tokens looked back over for the first of coordinated speakers. */
const CONJUNCT_REACH = 14;

/**
 * "The foreign minister, Jane Doe, and the trade minister, John Roe, said":
 * coordinated speakers are given as the first one named.
 */
function firstConjunct(ctx: QuoteContext, comma: number, lo: number): TokenRange | null {
  for (let k = comma - 1; k > lo && comma - k <= CONJUNCT_REACH; k--) {
    if (ctx.quoted[k] || isEnd(ctx, k)) return null;
    if (lower(ctx.tokens[k]) !== 'and' || lower(ctx.tokens[k - 1]) !== ',') continue;
    const np = npEndingAt(ctx, k - 2, lo);
    return np !== null && hasPerson(ctx, np) ? np : null;
  }
  return null;
}

function isEnd(ctx: QuoteContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && (t.text === '.' || t.text === '!' || t.text === '?') && !abbreviationDot(ctx, k);
}

function hasMention(ctx: QuoteContext, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (ctx.mentionOf[k] !== null) return true;
  return false;
}

function hasPerson(ctx: QuoteContext, r: TokenRange): boolean {
  for (let k = r.first; k <= r.last; k++) if (ctx.mentionOf[k]?.type === 'PERSON') return true;
  return false;
}

/** A common noun that is not part of a name (capitalised only as the first word of `first`'s sentence). */
function commonNoun(ctx: QuoteContext, i: number, first: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || ctx.mentionOf[i] !== null || ctx.quoted[i] || t.tags.has('Pronoun')) return false;
  if (!t.tags.has('Noun') && !t.tags.has('Plural')) return false;
  return /^\p{Ll}/u.test(t.text) || (i === first && !t.tags.has('Person') && !t.tags.has('Place'));
}

/** The subject phrase ending at `j`, with the head a modifier hangs on ("rescuers in Kentucky"). */
function subjectNp(ctx: QuoteContext, j: number, lo: number): TokenRange | null {
  const np = npEndingAt(ctx, j, lo);
  if (np === null) return null;
  // "one source in the region", "an account affiliated with X", "the motion on the agenda": the whole phrase,
  // whose head speakerOf picks out
  let p = np.first - 1;
  // "on the posted agenda": the determiner and a participle before the modifier's noun
  for (let n = 0; n < 2 && p > lo && /^\p{Ll}+ed$/u.test(ctx.tokens[p]?.text ?? '') && ctx.mentionOf[p] === null; n++) p--;
  if (/^(the|a|an|its|their)$/.test(lower(ctx.tokens[p])) && (ctx.mentionOf[np.first] !== null || p < np.first - 1)) p--;
  if (/^(with|to)$/.test(lower(ctx.tokens[p])) && /^(affiliated|linked|close|loyal|allied|associated|attached)$/.test(lower(ctx.tokens[p - 1]))) p--;
  if (p - 1 >= lo && postmodifierAt(ctx, p) && commonNoun(ctx, p - 1, lo)) {
    const whole = npEndingAt(ctx, p - 1, lo);
    if (whole !== null) return { first: whole.first, last: np.last };
  }
  return np;
}

const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'although', 'though', 'if', 'as', 'once', 'whether']);

/** Whether the verb at `k` is in a subordinate clause ("after X told …") that no comma has closed yet. */
function inSubordinateClause(ctx: QuoteContext, k: number, lo: number): boolean {
  for (let s = k - 1; s >= lo; s--) {
    const w = lower(ctx.tokens[s]);
    if (w === ',' || w === ';' || ctx.quoted[s]) return false;
    if (SUBORDINATORS.has(w) && lower(ctx.tokens[s + 1]) !== 'well') return true;
  }
  return false;
}

/**
 * The subject of the clause a participle or a coordinated verb hangs on
 * ("X rejected the offer, saying …", "X dismissed it and vowed …"): the agent of
 * the nearest finite verb before it, else the first noun phrase of the sentence.
 */
export function governingSubject(ctx: QuoteContext, lo: number, cue: number): TokenRange | null {
  if (/^(and|but)$/.test(lower(ctx.tokens[cue - 1]))) {
    // "X said …, but said …": the subject of the earlier reporting verb
    for (let k = cue - 2; k >= lo; k--) {
      const hit = ctx.cueOf[k];
      if (ctx.quoted[k] || hit === null || hit === undefined || hit.cue.frame === 'noun' || /ing$/i.test(ctx.tokens[k]?.text ?? '')) continue;
      const np = agentBefore(ctx, k, lo, false);
      if (np !== null) return np;
    }
  }
  // "X criticized the ban handed down by the court, calling it …", "X stressed that Y would not …, noting …":
  // a participle hangs on the sentence's reporting verb, not on a verb inside its object or its clause
  for (let k = lo; k < cue - 1; k++) {
    const hit = ctx.cueOf[k];
    if (ctx.quoted[k] || hit === null || hit === undefined || hit.cue.frame === 'noun' || /ing$/i.test(ctx.tokens[k]?.text ?? '')) continue;
    if (inSubordinateClause(ctx, k, lo) || passive(ctx, k, lo)) continue;
    // only a verb whose complement is an object or a "that" clause: after "X reports Y shot down …, saying"
    // the participle is Y's
    if (hit.cue.frame !== 'describe' && !thatWithin(ctx, hit.last + 1, 4)) break;
    const np = agentBefore(ctx, k, lo, false);
    if (np !== null && (hasMention(ctx, np) || /^(he|she|they)$/.test(lower(ctx.tokens[np.last])))) return np;
    break;
  }
  for (let k = cue - 1; k >= lo; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k] || ctx.mentionOf[k] !== null || !t.tags.has('Verb')) continue;
    if (t.tags.has('Gerund') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Infinitive')) continue;
    if (lower(ctx.tokens[k - 1]) === 'to' || /ing$/i.test(t.text) || inSubordinateClause(ctx, k, lo)) continue;
    const np = agentBefore(ctx, k, lo, false);
    if (np !== null) return np;
  }
  // "That was two days after the agency raised the alert, indicating …": with no main-clause agent that names
  // anyone, the named subject of the subordinate clause the participle follows
  const main = clauseSubject(ctx, lo, cue);
  if (main !== null && hasMention(ctx, main)) return main;
  for (let k = cue - 1; k >= lo; k--) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k] || ctx.mentionOf[k] !== null || !verbOnly(t) || t.tags.has('Gerund') || t.tags.has('Auxiliary') || t.tags.has('Copula')) continue;
    if (!inSubordinateClause(ctx, k, lo)) continue;
    const np = agentBefore(ctx, k, lo, false);
    if (np !== null && hasMention(ctx, np)) return np;
  }
  return main;
}

/** The period of "Dr." or "U.S.", not a full stop. */
function abbreviationDot(ctx: QuoteContext, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  const t = ctx.tokens[i] as Token;
  if (prev === undefined || prev.end !== t.start) return false;
  // "Jane Doe (D-Wash.) said": an abbreviation closing a parenthetical aside
  if (ctx.tokens[i + 1]?.text === ')' && ctx.tokens[i + 1]?.start === t.end) return true;
  return prev.text.includes('.') || /^\p{Lu}$/u.test(prev.text) || ABBREVIATIONS.has(prev.text.toLowerCase());
}

/** The noun phrase right after the cue ("said Chief Executive X in a statement"). */
export function npAfter(ctx: QuoteContext, last: number, hi: number): TokenRange | null {
  let b = last + 1;
  if (b >= hi || ctx.quoted[b]) return null;
  const first = b;
  while (b < hi && b - first < 9) {
    const t = ctx.tokens[b] as Token;
    if (ctx.quoted[b] || (isPunct(t) && t.text !== '.') || (NP_STOP.has(lower(t)) && ctx.mentionOf[b] === null)) break;
    if (t.text === '.' && !abbreviationDot(ctx, b)) break;
    if (lower(t) === 'of' && ctx.mentionOf[b - 1] !== null) break;
    if (verbOnly(t) && ctx.mentionOf[b] === null && b > first) break;
    b++;
  }
  if (b === first) return null;
  return { first, last: b - 1 };
}

/** The subject of the clause the cue is in, for participles and coordinated verbs ("X rejected it, saying …"). */
export function clauseSubject(ctx: QuoteContext, lo: number, cue: number): TokenRange | null {
  let s = lo;
  const firstWord = lower(ctx.tokens[s]);
  if (/^(in|on|at|during|after|before|following|speaking|responding|according|under|while|when|since|as|without|despite|addressing|asked)$/.test(firstWord)) {
    for (let k = s; k < cue; k++) {
      if (lower(ctx.tokens[k]) === ',' && !ctx.quoted[k]) {
        s = k + 1;
        break;
      }
    }
  }
  for (let k = s; k < cue; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.quoted[k]) continue;
    if (ctx.mentionOf[k] !== null || (/^\p{Lu}/u.test(t.text) && t.tags.has('Noun'))) {
      // the whole name phrase: "Mexican President Jane Doe", "US president John Doe"
      let e = k;
      while (e + 1 < cue && !ctx.quoted[e + 1]) {
        const n = ctx.tokens[e + 1] as Token;
        if (ctx.mentionOf[e + 1] !== null || (n.tags.has('Noun') && !verbOnly(n) && !NP_STOP.has(lower(n)))) e++;
        else break;
      }
      return { first: k, last: e };
    }
    if (SUBJECT_PRONOUNS.has(lower(t))) return { first: k, last: k };
    if (verbOnly(t) && k > s) {
      const np = npEndingAt(ctx, k - 1, s);
      return np;
    }
  }
  return null;
}

function spanOf(ctx: QuoteContext, r: TokenRange): { start: number; end: number; text: string } {
  const start = (ctx.tokens[r.first] as Token).start;
  const end = (ctx.tokens[r.last] as Token).end;
  return { start, end, text: ctx.doc.input.slice(start, end) };
}

function entitySpeaker(ctx: QuoteContext, m: Mention, method: AttributionMethod, confidence: number): Speaker | null {
  const entity = ctx.entityById.get(m.entityId);
  if (entity === undefined) return null;
  return { name: entity.name, entityId: entity.id, method, confidence, span: { start: m.start, end: m.end, text: ctx.doc.input.slice(m.start, m.end) } };
}

/**
 * People named as the agent of a reporting cue shortly before token `i` (this
 * paragraph and the one before), most recent first: the focus for a pronoun.
 */
function recentSpeakers(ctx: QuoteContext, i: number): string[] {
  const out: string[] = [];
  const para = ctx.paragraphs.findIndex((p) => p.firstToken <= i && i < p.endToken);
  const lo = ctx.paragraphs[Math.max(0, para - 1)]?.firstToken ?? 0;
  for (let k = i - 1; k >= lo && out.length < 3; k--) {
    const hit = ctx.cueOf[k];
    if (hit === null || hit === undefined || ctx.quoted[k] || hit.last >= i) continue;
    const sentenceStart = sentenceFirstToken(ctx, k, lo);
    const inverted = lower(ctx.tokens[k - 1]) === ',' && hit.cue.frame === 'speech' && !/ing$/i.test(ctx.tokens[k]?.text ?? '');
    // "According to Camila Restrepo, a researcher, …": the source named after the cue
    const according = hit.cue.id.endsWith('according-to');
    const after = inverted || according;
    const np = (according ? null : agentBefore(ctx, k, sentenceStart, hit.cue.frame === 'noun')) ?? (after ? npAfter(ctx, hit.last, i) : null);
    if (np === null) continue;
    for (let x = np.last; x >= np.first; x--) {
      const m = ctx.mentionOf[x];
      if (m !== null && m !== undefined && m.type === 'PERSON') {
        if (!out.includes(m.entityId)) out.push(m.entityId);
        break;
      }
    }
  }
  return out;
}

/**
 * "Protesters marched … 'X,' they chanted": the plural group noun a "they" stands for, the
 * nearest outside quotes in this paragraph or the one before; none when a person or body is
 * named after it, since "they" may then be those.
 */
function groupBefore(ctx: QuoteContext, i: number): { text: string } | null {
  const para = ctx.paragraphs.findIndex((p) => p.firstToken <= i && i < p.endToken);
  const lo = ctx.paragraphs[Math.max(0, para - 1)]?.firstToken ?? 0;
  for (let k = i - 1; k >= lo; k--) {
    if (ctx.quoted[k]) continue;
    const m = ctx.mentionOf[k];
    if (m !== null && m !== undefined && (m.type === 'PERSON' || m.type === 'ORG')) return null;
    const t = ctx.tokens[k] as Token;
    if (m === null && GROUP_NOUNS.has(lower(t)) && t.tags.has('Noun') && !ctx.tokens[k + 1]?.tags.has('Noun')) return { text: t.text };
  }
  return null;
}

/** PERSON mentions that open a sentence in this paragraph or the one before, before token `i`, most recent first. */
function recentSubjects(ctx: QuoteContext, i: number): string[] {
  const out: string[] = [];
  const para = ctx.paragraphs.findIndex((p) => p.firstToken <= i && i < p.endToken);
  const lo = ctx.paragraphs[Math.max(0, para - 1)]?.firstToken ?? 0;
  const here = ctx.tokens[i]?.sentence;
  for (let k = i - 1; k >= lo && out.length < 2; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.sentence === here || ctx.quoted[k] || ctx.tokens[k - 1]?.sentence === t.sentence) continue;
    const id = subjectOfSentence(ctx, k);
    if (id !== null && !out.includes(id)) out.push(id);
  }
  return out;
}

/** One to three lower-case words, then a person's name, right after `end`: the name that ends there modifies that title. */
function titleModifier(ctx: QuoteContext, end: number): boolean {
  const m = TITLE_THEN_NAME.exec(ctx.text.slice(end, end + 40));
  if (m === null || !TITLE_SET.has((m[0] as string).trim())) return false;
  const k = tokenIndexAt(ctx.tokens, end + m[0].length);
  return ctx.mentionOf[k]?.type === 'PERSON';
}

const TITLE_THEN_NAME = /^ (?:\p{Ll}+ ){1,3}(?=\p{Lu})/u;

/**
 * The person who is the subject of the sentence opening at token `first`: the first person named before the
 * sentence's first verb, past a possessive opening ("Norland's envoy to the court, Omar Haddad, rejected …").
 */
function subjectOfSentence(ctx: QuoteContext, first: number): string | null {
  const sentence = ctx.tokens[first]?.sentence;
  for (let k = first; k < ctx.tokens.length && k - first <= 20; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.sentence !== sentence || ctx.quoted[k]) return null;
    const m = ctx.mentionOf[k];
    if (m !== null && m !== undefined) {
      // "Harlow coach Lena Brandt was less happy": a name before a lower-case title and a person's name modifies the title
      if (m.type === 'PERSON' && !titleModifier(ctx, m.end)) return m.entityId;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') return null;
  }
  return null;
}

/** The start of the last mention of entity `id` before offset `before`, or -1. */
function lastMentionBefore(ctx: QuoteContext, id: string, before: number): number {
  let best = -1;
  for (const m of ctx.entityById.get(id)?.mentions ?? []) if (m.end <= before && m.start > best) best = m.start;
  return best;
}

function sentenceFirstToken(ctx: QuoteContext, k: number, lo: number): number {
  const s = ctx.tokens[k]?.sentence;
  while (k - 1 >= lo && ctx.tokens[k - 1]?.sentence === s) k--;
  return k;
}

/** Lower-case country names and demonyms → every name of that country. */
const COUNTRY_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, readonly string[]>();
  for (const c of COUNTRIES) {
    const names = c.names.map((n) => n.toLowerCase());
    for (const w of [...c.names, ...c.demonyms]) if (!map.has(w.toLowerCase())) map.set(w.toLowerCase(), names);
  }
  return map;
})();

/** The GPE entity a country name or demonym mention stands for ("Australian" → Australia). */
function countryEntity(ctx: QuoteContext, m: Mention): Speaker | null {
  if (m.type === 'GPE') return entitySpeaker(ctx, m, 'explicit', 1);
  const word = ctx.doc.input.slice(m.start, m.end).toLowerCase();
  const names = COUNTRY_NAMES.get(word);
  // a demonym the lexicon lacks still shares its stem with the country's name ("Norvanian" → "Norvania")
  const stem = (n: string): boolean => n.length >= 4 && word.startsWith(n.toLowerCase().slice(0, -1));
  const gpe = ctx.entities.find((e) => e.type === 'GPE' && [e.name, ...e.aliases].some((n) => (names === undefined ? stem(n) : names.includes(n.toLowerCase()))));
  if (gpe === undefined) return null;
  return { name: gpe.name, entityId: gpe.id, method: 'explicit', confidence: 1, span: { start: m.start, end: m.end, text: ctx.doc.input.slice(m.start, m.end) } };
}

/** The country entity of a place mention (a capital's or city's country, when the text names it), else the place itself. */
function countryOfPlace(ctx: QuoteContext, m: Mention): Speaker | null {
  const place = ctx.entityById.get(m.entityId);
  const code = place?.country ?? null;
  const country = code === null ? undefined : ctx.entities.find((e) => e.type === 'GPE' && e.id !== m.entityId && e.country === code && COUNTRY_NAME_SET.has(e.name.toLowerCase()));
  if (country === undefined) return entitySpeaker(ctx, m, 'explicit', 1);
  return { name: country.name, entityId: country.id, method: 'explicit', confidence: 1, span: { start: m.start, end: m.end, text: ctx.doc.input.slice(m.start, m.end) } };
}

/** "In Tokyo, the government's spokesman said": the country of the place a sentence-opening "In X," names before token `i`, or null. */
function frontedPlaceCountry(ctx: QuoteContext, i: number): Speaker | null {
  if (ctx.tokens[i - 1]?.text !== ',') return null;
  const m = ctx.mentionOf[i - 2];
  if (m === null || m === undefined || m.type !== 'GPE') return null;
  const k = mentionStart(ctx, i - 2);
  if (lower(ctx.tokens[k - 1]) !== 'in' || sentenceFirstToken(ctx, k - 1, 0) !== k - 1) return null;
  return countryOfPlace(ctx, m);
}

/** The country a "government" phrase at tokens `r` names ("the Australian government", "Mexico's government"). */
function governmentCountry(ctx: QuoteContext, r: TokenRange): Speaker | null {
  for (let k = r.last - 1; k >= r.first; k--) {
    const m = ctx.mentionOf[k];
    if (m === null || m === undefined || (m.type !== 'GPE' && m.type !== 'NORP')) continue;
    return countryEntity(ctx, m);
  }
  return null;
}

/** Tokens looked back over for the country an unnamed "the government" follows. */
const GOVERNMENT_REACH = 600;

/** The country an unnamed "the government" at token `at` is: the one last named with a government, else the passage's (GUIDELINES §3). */
function unnamedGovernment(ctx: QuoteContext, at: number): Speaker | null {
  return governmentInFocus(ctx, at) ?? passageCountry(ctx, at);
}

/** "the government" with no country named: the country of the nearest earlier "X government". */
function governmentInFocus(ctx: QuoteContext, at: number): Speaker | null {
  for (let k = at - 1; k >= 0 && at - k <= GOVERNMENT_REACH; k--) {
    if (ctx.quoted[k] || !GOVERNMENT_NOUNS.has(lower(ctx.tokens[k]))) continue;
    let a = k - 1;
    while (a >= 0 && at - a <= GOVERNMENT_REACH && ctx.mentionOf[a] === null && /^[\p{Ll}-]+$/u.test(ctx.tokens[a]?.text ?? '') && !DETERMINERS.has(lower(ctx.tokens[a]))) a--;
    if (isPossessive(ctx.tokens[a])) a--;
    const country = governmentCountry(ctx, { first: Math.max(0, a), last: k });
    if (country !== null) return country;
  }
  return null;
}

/** Tokens before an unnamed "the government" over which the country of the passage is counted. */
const PASSAGE_REACH = 120;

/**
 * "the government" with no "X government" before it: the country the passage is about (GUIDELINES §3), the country
 * mentioned most often in the tokens before it outside quotes (a city counting for its country), the nearest among equals.
 */
function passageCountry(ctx: QuoteContext, at: number): Speaker | null {
  const count = new Map<string, { n: number; s: Speaker }>();
  let best: { n: number; s: Speaker } | null = null;
  for (let k = at - 1; k >= 0 && at - k <= PASSAGE_REACH; k--) {
    const m = ctx.mentionOf[k];
    if (m === null || m === undefined || ctx.quoted[k] || ctx.mentionOf[k + 1] === m || m.type !== 'GPE') continue;
    const c = countryOfPlace(ctx, m);
    if (c === null || c.entityId === null || !COUNTRY_NAME_SET.has(c.name.toLowerCase())) continue;
    const e = count.get(c.entityId) ?? { n: 0, s: c };
    e.n++;
    count.set(c.entityId, e);
    if (best === null || e.n > best.n) best = e;
  }
  return best?.s ?? null;
}

/**
 * A common-noun head with a modifier after it ("one source in the region",
 * "an account affiliated with X", "a statement from the ministry"): the head
 * phrase and the rest, or null. ("of" is not a split point: "the minister of
 * defence Jane Doe" names a person.)
 */
function postmodified(ctx: QuoteContext, r: TokenRange): { head: TokenRange; rest: TokenRange } | null {
  for (let p = r.first + 1; p < r.last; p++) {
    if (!postmodifierAt(ctx, p) || ctx.mentionOf[p] !== null) continue;
    if (!commonNoun(ctx, p - 1, r.first)) return null;
    const rest = { first: p + 1, last: r.last };
    if (lower(ctx.tokens[rest.first]) === 'with' || lower(ctx.tokens[rest.first]) === 'to') rest.first++;
    if (rest.first > rest.last) return null;
    return { head: { first: r.first, last: p - 1 }, rest };
  }
  return null;
}

/**
 * A word opening a post-modifier of a group speaker ("officials in Lima"); "of"
 * only after a noun for people ("residents of the city", "witnesses of the
 * attack"), since "the president of X" and "the government of X" speak as X.
 */
function postmodifierAt(ctx: QuoteContext, p: number): boolean {
  const w = lower(ctx.tokens[p]);
  if (w !== 'of') return SPEAKER_POSTMODIFIERS.has(w);
  const head = lower(ctx.tokens[p - 1]);
  return head !== 'military' && PEOPLE_NOUNS.has(head);
}

/**
 * "the president of X", "the leader of X", "a spokesperson of X": a determiner, a person's role noun
 * (ROLE_NOUNS, one or two words) and "of" — the tokens up to the role, or null.
 */
function roleOfPhrase(ctx: QuoteContext, r: TokenRange): TokenRange | null {
  if (!/^(the|a|an)$/.test(lower(ctx.tokens[r.first]))) return null;
  for (let p = r.first + 2; p <= Math.min(r.last - 1, r.first + 3); p++) {
    if (lower(ctx.tokens[p]) !== 'of' || ctx.mentionOf[p - 1] !== null) continue;
    const one = lower(ctx.tokens[p - 1]);
    const two = `${lower(ctx.tokens[p - 2])} ${one}`;
    if (isRoleNoun(one) || (p - 2 > r.first && isRoleNoun(two))) return { first: r.first, last: p - 1 };
    return null;
  }
  return null;
}

/** "the leader of [the Houthi movement]": the start of a role-of phrase before the name at `a`, or `a`. */
function roleOfBefore(ctx: QuoteContext, a: number, lo: number): number {
  let p = a - 1;
  if (lower(ctx.tokens[p]) === 'the') p--;
  // "the ambassador to [the United Nations]", "Norvania's envoy to [Eastport]"
  if (lower(ctx.tokens[p]) === 'to' && p - 2 >= lo && isRoleNoun(lower(ctx.tokens[p - 1])) && ctx.mentionOf[p - 1] === null && !ctx.quoted[p - 1]) {
    if (/^(the|a|an)$/.test(lower(ctx.tokens[p - 2]))) return p - 2;
    if (isPossessive(ctx.tokens[p - 2])) return npEndingAt(ctx, p - 3, lo)?.first ?? a;
    return a;
  }
  if (lower(ctx.tokens[p]) !== 'of') return a;
  for (const n of [1, 2]) {
    const d = p - n - 1;
    if (d < lo || !/^(the|a|an)$/.test(lower(ctx.tokens[d]))) continue;
    const words = ctx.tokens.slice(p - n, p).map(lower).join(' ');
    if (isRoleNoun(words) && ctx.mentionOf[p - 1] === null && !ctx.quoted[d]) return d;
  }
  return a;
}

/** A relation noun in the phrase, owned by a named person: "X's brother" (the head) or "a friend of X". */
function relatedPerson(ctx: QuoteContext, r: TokenRange): number | null {
  const head = r.last;
  if (ctx.mentionOf[head] === null && RELATION_NOUNS.has(lower(ctx.tokens[head])) && isPossessive(ctx.tokens[head - 1]) && ctx.mentionOf[head - 2]?.type === 'PERSON') return head;
  for (let p = r.first + 1; p < r.last; p++) {
    if (lower(ctx.tokens[p]) !== 'of' || !RELATION_NOUNS.has(lower(ctx.tokens[p - 1])) || ctx.mentionOf[p - 1] !== null) continue;
    if (ctx.mentionOf[p + 1]?.type === 'PERSON') return p - 1;
  }
  return null;
}

/** Tokens into the next sentence a speaker's name and cue may stand ("Jane Doe, its leader, said"). */
const NEXT_SUBJECT_REACH = 8;

/** The person who opens the sentence after token `j` as the subject of a speech cue ("… said. Jane Doe said that …"). */
function namedNext(ctx: QuoteContext, j: number): Speaker | null {
  const here = ctx.tokens[j]?.sentence;
  let k = j + 1;
  while (k < ctx.tokens.length && ctx.tokens[k]?.sentence === here) k++;
  const m = ctx.mentionOf[k];
  if (m === null || m === undefined || m.type !== 'PERSON' || ctx.quoted[k]) return null;
  const sentence = ctx.tokens[k]?.sentence;
  for (let x = k + 1; x < ctx.tokens.length && x - k <= NEXT_SUBJECT_REACH && ctx.tokens[x]?.sentence === sentence; x++) {
    const hit = ctx.cueOf[x];
    if (ctx.quoted[x]) return null;
    if (hit !== null && hit !== undefined && hit.cue.frame === 'speech') return entitySpeaker(ctx, m, 'role', 0.6);
  }
  return null;
}

const AGE_DESCRIPTION = /^the \d{1,3}-year-old$/i;
/**
 * "the Washington Democrat added", "the Briton said": a definite singular member of a nationality or party
 * (a NORP mention as the head) describes a person already named, not the group.
 */
function memberDescription(ctx: QuoteContext, r: TokenRange): boolean {
  const m = ctx.mentionOf[r.last];
  if (lower(ctx.tokens[r.first]) !== 'the' || m === null || m === undefined || m.type !== 'NORP' || ctx.mentionOf[r.last + 1] === m) return false;
  if (/s$/i.test(m.text) || mentionStart(ctx, r.last) <= r.first) return false;
  for (let k = r.first + 1; k < mentionStart(ctx, r.last); k++) if (!/^\p{Lu}/u.test(ctx.tokens[k]?.text ?? '') && !/^\d{1,3}-year-old$/i.test(ctx.tokens[k]?.text ?? '')) return false;
  return true;
}

const nameLike = (name: string): boolean => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name);
const isRoleNoun = (w: string): boolean => ROLE_NOUNS.has(w);

/** No date word, number fragment, quote mark or bare function word is ever a group speaker. */
function badGroupPhrase(ctx: QuoteContext, r: TokenRange): boolean {
  const head = ctx.tokens[r.last] as Token;
  const first = ctx.tokens[r.first] as Token;
  if (head.tags.has('Date') || head.tags.has('Value') || /^[\d.,%]+$/.test(head.text) || /^\d/.test(first.text)) return true;
  for (let k = r.first; k <= r.last; k++) if (/["“”‘’'«»]/.test(ctx.tokens[k]?.text ?? '') && !isPossessive(ctx.tokens[k])) return true;
  // "“…” — a position critics described as cynical": a comment on the words, whose subject is inside it
  if (r.last > r.first + 1 && /^(?:a|an|the)$/i.test(first.text) && COMMENT_NOUNS.has(lower(ctx.tokens[r.first + 1]))) return true;
  return false;
}

/** Heads that say the person's sex ("man", "spokeswoman", "mother"). */
const MALE_HEADS = /^(?:man|father|son|brother|husband|(?!\w*woman$)\w+man)$/u;
const FEMALE_HEADS = /^(?:mother|\w*woman|daughter|sister|wife)$/u;

/** Longest run of modifiers between the opener and the head of such a description. */
const DESCRIPTION_MODIFIERS_MAX = 4;

/**
 * For a pronoun at token `i` after a quote: the indefinite description of a person ("A Russian diplomat") that opens the
 * sentence right before the quote, when that sentence names no person. Null otherwise.
 */
function describedBefore(ctx: QuoteContext, i: number, pronoun: string): { text: string; start: number; end: number } | null {
  let k = i - 1;
  while (k >= 0 && (ctx.quoted[k] === true || isPunct(ctx.tokens[k]))) k--;
  // k is the last token of the sentence before the quote (the quote must open right after it)
  const sentence = ctx.tokens[k]?.sentence;
  if (sentence === undefined || ctx.tokens[i]?.sentence === sentence) return null;
  const first = sentenceFirstToken(ctx, k, 0);
  for (let j = first; j <= k; j++) if (ctx.mentionOf[j]?.type === 'PERSON') return null;
  if (!INDEFINITE_OPENERS.has(lower(ctx.tokens[first]))) return null;
  for (let h = first + 1; h <= k && h - first <= DESCRIPTION_MODIFIERS_MAX + 1; h++) {
    const w = lower(ctx.tokens[h]);
    if (isRoleNoun(w) || PERSON_DESCRIPTION_HEADS.has(w)) {
      // "A man … she said" is someone else
      if ((pronoun === 'she' && MALE_HEADS.test(w)) || (pronoun === 'he' && FEMALE_HEADS.test(w))) return null;
      const a = ctx.tokens[first] as Token;
      const b = ctx.tokens[h] as Token;
      return { text: ctx.text.slice(a.start, b.end), start: a.start, end: b.end };
    }
    if (isPunct(ctx.tokens[h]) || NP_STOP.has(w)) return null;
  }
  return null;
}

/** The noun phrase of who carries the sign at `r` ("Sahrawi activists [holding] a banner"), or null. */
function signCarrier(ctx: QuoteContext, r: TokenRange): TokenRange | null {
  const v = r.first - 1;
  if (!CARRY_VERBS.has(lower(ctx.tokens[v]))) return null;
  const lo = sentenceFirstToken(ctx, v, 0);
  return v - 1 >= lo ? npEndingAt(ctx, v - 1, lo) : null;
}

/** How many tokens back "the movement" looks for the organisation it points to. */
const ORGANISATION_REACH = 60;

/** The nearest organisation named before token `i` (not in a quote, at most ORGANISATION_REACH tokens back), or null. */
function lastOrganisation(ctx: QuoteContext, i: number): Entity | null {
  for (let k = i - 1; k >= 0 && i - k <= ORGANISATION_REACH; k--) {
    const m = ctx.mentionOf[k];
    if (m === null || m === undefined || ctx.quoted[k]) continue;
    if (m.type === 'ORG') return ctx.entityById.get(m.entityId) ?? null;
  }
  return null;
}

/** Nouns for what a quote is taken as, heading a comment on it: "a position …", "a claim …", "a view …". */
const COMMENT_NOUNS: ReadonlySet<string> = new Set(['position', 'view', 'claim', 'stance', 'assessment', 'account', 'charge', 'description', 'characterisation', 'characterization', 'verdict', 'line', 'argument']);

/**
 * Maps a speaker phrase to an entity, an antecedent, or a group phrase.
 * `lastSpeaker` (the entity id of the previous quote's speaker) joins the focus for pronouns.
 */
export function speakerOf(ctx: QuoteContext, r: TokenRange, method: AttributionMethod, confidence: number, lastSpeaker: string | null = null, previous: Speaker | null = null): Speaker | null {
  // "according to two diplomats familiar [with the matter]": the phrase was cut at "with"; the head is before it
  if (r.last > r.first && ctx.mentionOf[r.last] === null && SPEAKER_POSTMODIFIERS.has(lower(ctx.tokens[r.last])) && !ctx.tokens[r.last]?.tags.has('Noun')) r = { first: r.first, last: r.last - 1 };
  const split = postmodified(ctx, r);
  if (split !== null) {
    const headWord = lower(ctx.tokens[split.head.last]);
    // "a statement from the ministry" speaks for its issuer; "one source in the region" is the source
    if (DOCUMENT_NOUNS.has(headWord)) {
      const issuer = speakerOf(ctx, split.rest, method, confidence * 0.9, lastSpeaker, previous);
      if (issuer !== null) return issuer;
    }
    // "the military government in Niamey" speaks as the country whose place it names ("Libya's government in
    // Tripoli" as the country it names itself)
    if (GOVERNMENT_NOUNS.has(headWord) && lower(ctx.tokens[split.rest.first - 1]) === 'in') {
      const own = governmentCountry(ctx, split.head);
      if (own !== null) return { ...own, method, confidence: confidence * 0.9, span: spanOf(ctx, r) };
      const m = ctx.mentionOf[split.rest.last];
      const country = m === null || m === undefined || m.type !== 'GPE' ? null : countryOfPlace(ctx, m);
      if (country !== null) return { ...country, method, confidence: confidence * 0.9, span: spanOf(ctx, r) };
    }
    // "a spokesman for the State Department" speaks as the body when the text names it as an entity
    if (PROXY_NOUNS.has(headWord)) {
      const inner = postmodified(ctx, split.rest)?.head ?? split.rest;
      const m = bodyBeforePlace(ctx, inner.last, inner.first) ?? ctx.mentionOf[inner.last];
      if (m !== null && m !== undefined && m.type !== 'NORP' && !isPossessive(ctx.tokens[inner.last + 1])) {
        const owner = entitySpeaker(ctx, m, method, confidence * 0.85);
        if (owner !== null) return owner;
      }
    }
    r = split.head;
  }
  const mentions: Mention[] = [];
  for (let k = r.first; k <= r.last; k++) {
    const m = ctx.mentionOf[k];
    if (m !== null && m !== undefined && mentions[mentions.length - 1] !== m) mentions.push(m);
  }
  // "Haddad's brother said", "a friend of Haddad said": someone else than the person named
  const related = relatedPerson(ctx, r);
  // "her daughter said" after "Her daughter, Lena Brandt, …": the person that description was given to
  const introduced = introducedAs(ctx, r);
  if (introduced !== null) return { ...introduced, method: 'role', confidence: Math.min(confidence, 0.7) };
  if (related !== null && !badGroupPhrase(ctx, r)) return { name: spanOf(ctx, r).text, entityId: null, method, confidence: confidence * 0.8, span: spanOf(ctx, r) };
  const person = mentions.filter((m) => m.type === 'PERSON').pop();
  if (person !== undefined) return entitySpeaker(ctx, person, method, confidence);
  // a demonym alone ("Norvanian claims") speaks as its country when the text names it
  const only = mentions[0];
  if (mentions.length === 1 && only !== undefined && only.type === 'NORP' && mentionStart(ctx, r.first) === r.first && ctx.mentionOf[r.last] === only) {
    const country = countryEntity(ctx, only);
    if (country !== null) return { ...country, method, confidence: confidence * 0.9 };
  }
  const head = ctx.tokens[r.last] as Token;
  const headWord = lower(head);
  // "activists holding a banner that read “…”", "Protesters carried a banner that read": a sign speaks for who carries it
  if (SIGN_NOUNS.has(headWord) && mentions.length === 0) {
    const carrier = signCarrier(ctx, r);
    if (carrier !== null) {
      const who = speakerOf(ctx, carrier, method, confidence * 0.9, lastSpeaker, previous);
      if (who !== null) return who;
    }
  }
  // "the Kremlin statement said", "the ministry statement said": a document speaks for the issuer before it
  if (DOCUMENT_NOUNS.has(headWord) && r.last - 1 > r.first) {
    const issuer = mentions.find((m) => m.type !== 'NORP');
    if (issuer !== undefined) return entitySpeaker(ctx, issuer, method, confidence * 0.85);
    const mod = ctx.tokens[r.last - 1] as Token;
    if (mod.tags.has('Noun') && !mod.tags.has('Adjective') && !NOUN_CUE_MODIFIERS.has(lower(mod)) && /^\p{Ll}/u.test(mod.text) && !DOCUMENT_NOUNS.has(lower(mod))) {
      return speakerOf(ctx, { first: r.first, last: r.last - 1 }, method, confidence, lastSpeaker, previous);
    }
  }
  // "a State Department spokesperson said": a body's spokesperson speaks as the body (GUIDELINES: an office or spokesperson speaks for its principal)
  const principal = mentions.length === 1 ? mentions[0] : undefined;
  if (principal !== undefined && principal.type === 'ORG' && PROXY_NOUNS.has(headWord) && ctx.mentionOf[r.last - 1] === principal && ctx.mentionOf[r.last] === null) {
    const own = entitySpeaker(ctx, principal, method, confidence * 0.85);
    if (own !== null) return own;
  }
  // "the 73-year-old said": a description of a person already named, like a pronoun
  if (AGE_DESCRIPTION.test(spanOf(ctx, r).text) || memberDescription(ctx, r)) {
    const focus = [...(previous?.entityId != null ? [previous.entityId] : []), ...recentSubjects(ctx, r.first), ...recentSpeakers(ctx, r.first)];
    const id = focus.find((x) => ctx.entityById.get(x)?.type === 'PERSON');
    const e = id === undefined ? undefined : ctx.entityById.get(id);
    if (e !== undefined) return { name: e.name, entityId: e.id, method: 'role', confidence: Math.min(confidence, 0.6), span: spanOf(ctx, r) };
  }
  if (GOVERNMENT_NOUNS.has(headWord) && ctx.mentionOf[r.last] === null) {
    // "the Australian government said" speaks as Australia; a bare "the government" as the country last named with one
    const country = governmentCountry(ctx, r) ?? (mentions.length === 0 ? unnamedGovernment(ctx, r.first) : null);
    if (country !== null) return { ...country, method: mentions.length > 0 ? method : 'role', confidence: confidence * 0.9, span: spanOf(ctx, r) };
  }
  const role = roleOfPhrase(ctx, r);
  if (role !== null) {
    // "the president of the opposition party said": a person, not the body after "of" — the person the role
    // names earlier, else the person who opens the next sentence as a speaker, else the phrase "the president"
    const roleSpan = spanOf(ctx, role);
    const a = ctx.resolver.resolve(roleSpan.start, roleSpan.text.toLowerCase());
    if (a !== null && a.entity.type === 'PERSON') return { name: a.entity.name, entityId: a.entity.id, method: 'role', confidence: Math.min(confidence, a.confidence), span: roleSpan };
    const next = namedNext(ctx, r.last);
    if (next !== null) return { ...next, method: 'role', confidence: Math.min(confidence, 0.6), span: roleSpan };
    return { name: roleSpan.text, entityId: null, method, confidence: confidence * 0.8, span: roleSpan };
  }
  const held = possessedRole(ctx, r, mentions);
  if (held !== null) return { ...held, method: held.entityId === null ? method : 'role', confidence: held.entityId === null ? confidence * 0.8 : Math.min(confidence, held.confidence) };
  // "Iran's ambassador to the United Nations said": the holder of the role speaks, not the body the role is sent to
  const sentTo = roleSentTo(ctx, r);
  if (sentTo !== null) {
    const holder = speakerOf(ctx, sentTo, method, confidence, lastSpeaker, previous);
    if (holder !== null) return holder;
  }
  // "The Norvanian Embassy in Kessel said", "Acme at its Lagos office said": a body before a place it is in speaks, not the place
  const located = locatedBody(ctx, r, mentions);
  if (located !== null) {
    const own = entitySpeaker(ctx, located, method, confidence * 0.9);
    if (own !== null) return own;
  }
  // "China's Foreign Ministry said": a named body at the head speaks as itself, not as its owner
  const headMention = ctx.mentionOf[r.last];
  if (headMention !== null && headMention !== undefined && headMention.type !== 'NORP' && mentions.length > 1) {
    const own = entitySpeaker(ctx, headMention, method, confidence * 0.9);
    if (own !== null) return own;
  }
  for (const m of mentions) {
    const endTok = ctx.mentionOf[r.last] === m;
    const possessed = isPossessive(ctx.tokens[tokenIndexAt(ctx.tokens, m.end)]);
    if (endTok || (possessed && m.type !== 'NORP')) return entitySpeaker(ctx, m, method, confidence * 0.9);
  }
  const span = spanOf(ctx, r);
  const words = span.text.toLowerCase();
  if (r.first === r.last && SUBJECT_PRONOUNS.has(words)) {
    const focus = recentSpeakers(ctx, r.first);
    // a person who opens a sentence since then ("Okafor, during a press conference, avoided …") is in focus before an older speaker
    const subjects = recentSubjects(ctx, r.first);
    for (const id of subjects) if (!focus.includes(id)) focus.push(id);
    // "X, a retired judge, disagreed. “…?” he asked": the subject named after the last speaker's name is the nearer referent
    const nearest = subjects[0];
    if (nearest !== undefined && focus[0] !== nearest && lastMentionBefore(ctx, nearest, head.start) > lastMentionBefore(ctx, focus[0] ?? '', head.start)) {
      focus.splice(focus.indexOf(nearest), 1);
      focus.unshift(nearest);
    }
    if (lastSpeaker !== null && !focus.includes(lastSpeaker)) focus.push(lastSpeaker);
    // '“…,” he said. … “…,” she said': the person the text just called "he" is not the next "she", whatever the name says
    const other = previous?.span == null ? '' : previous.span.text.toLowerCase();
    const opposite = (words === 'she' && other === 'he') || (words === 'he' && other === 'she') ? previous?.entityId ?? null : null;
    const a0 = ctx.resolver.resolve(head.start, words, { focus: focus.filter((id) => id !== opposite) });
    const a = a0 !== null && a0.entity.id === opposite ? null : a0;
    // "A Russian diplomat in Tripoli, who spoke on condition of anonymity, was blunter. “…,” he said.": the unnamed person
    // the sentence before the quote opens with, when that sentence names no one
    const described = /^(he|she)$/.test(words) ? describedBefore(ctx, r.first, words) : null;
    if (described !== null) return { name: described.text, entityId: null, method: 'pronoun', confidence: Math.min(confidence, 0.5), span: described };
    // the previous quote's speaker, named after the antecedent the resolver found and as a name the
    // entity stage missed ("Jane Doe, a member of …, told reporters. … she said"), is the nearer referent
    if (previous !== null && previous.entityId === null && previous.span !== null && /^(he|she)$/.test(words) && nameLike(previous.name) && (a === null || a.mention.end <= previous.span.start)) {
      return { ...previous, method: 'pronoun', confidence: Math.min(confidence, 0.6), span };
    }
    if (a === null) {
      const group = words === 'they' ? groupBefore(ctx, r.first) : null;
      return group === null ? null : { name: group.text, entityId: null, method: 'pronoun', confidence: Math.min(confidence, 0.5), span };
    }
    return entitySpeaker(ctx, a.mention, 'pronoun', Math.min(confidence, a.confidence)) === null
      ? null
      : { name: a.entity.name, entityId: a.entity.id, method: 'pronoun', confidence: Math.min(confidence, a.confidence), span };
  }
  // "his office said", "her spokesman said": the person the pronoun stands for
  const owner = lower(ctx.tokens[r.first]);
  if (r.last === r.first + 1 && PROXY_NOUNS.has(headWord) && (owner === 'his' || owner === 'her')) {
    const focus = recentSpeakers(ctx, r.first);
    if (lastSpeaker !== null && !focus.includes(lastSpeaker)) focus.push(lastSpeaker);
    const a = ctx.resolver.resolve((ctx.tokens[r.first] as Token).start, owner === 'his' ? 'he' : 'she', { focus });
    if (a !== null) return { name: a.entity.name, entityId: a.entity.id, method: 'pronoun', confidence: Math.min(confidence, a.confidence) * 0.9, span };
  }
  // "Its spokeswoman said", "its embassy said": the organisation or country "it" stands for (GUIDELINES: a spokesperson speaks for
  // its principal); "the government's top spokesman said": the country the government is
  if (PROXY_NOUNS.has(headWord) && owner === 'its' && r.last - r.first <= 2) {
    const a = ctx.resolver.resolve((ctx.tokens[r.first] as Token).start, 'it', { focus: recentSpeakers(ctx, r.first) });
    if (a !== null && (a.entity.type === 'ORG' || a.entity.type === 'GPE')) return { name: a.entity.name, entityId: a.entity.id, method: 'pronoun', confidence: Math.min(confidence, a.confidence) * 0.9, span };
  }
  if (PROXY_NOUNS.has(headWord) && owner === 'the' && lower(ctx.tokens[r.first + 1]) === 'government' && isPossessive(ctx.tokens[r.first + 2]) && r.last - r.first <= 4) {
    const country = frontedPlaceCountry(ctx, r.first) ?? unnamedGovernment(ctx, r.first);
    if (country !== null) return { ...country, method: 'role', confidence: confidence * 0.85, span };
  }
  // "the prime minister's office said", "the president's spokesman said": the person the role names
  if (PROXY_NOUNS.has(headWord) && owner === 'the' && r.last - 2 > r.first && isPossessive(ctx.tokens[r.last - 1])) {
    const role = ctx.tokens.slice(r.first + 1, r.last - 1).map((t) => lower(t)).join(' ');
    const a = isRoleNoun(role) ? ctx.resolver.resolve(span.start, `the ${role}`) : null;
    if (a !== null && a.entity.type === 'PERSON') return { name: a.entity.name, entityId: a.entity.id, method: 'role', confidence: Math.min(confidence, a.confidence) * 0.9, span };
  }
  // "the statement said", "according to the plan": the issuer of that document, named earlier
  if (DOCUMENT_NOUNS.has(headWord) && mentions.length === 0 && /^(the|this|that|a|an)$/.test(owner)) {
    const issuer = documentIssuer(ctx, r.last, headWord);
    const s = issuer === null ? null : speakerOf(ctx, issuer, 'role', Math.min(confidence, 0.6), lastSpeaker, previous);
    if (s !== null) return { ...s, method: 'role', span };
  }
  const a = ctx.resolver.resolve(span.start, words);
  if (a !== null) return { name: a.entity.name, entityId: a.entity.id, method: 'role', confidence: Math.min(confidence, a.confidence), span };
  // "the university said" after "Norvale University", "the regional bloc said" after a union of states: the one body
  // named before whose name has that word
  const body = owner === 'the' && modifiersOnly(ctx, r.first + 1, r.last) ? definiteBody(ctx, headWord, span.start) : null;
  if (body !== null) return { name: body.name, entityId: body.id, method: 'role', confidence: Math.min(confidence, 0.7), span };
  // "The Polisario Front said … The movement, which …, said": a kind of organisation, with no name that has the word, is the
  // organisation that spoke just before
  if (owner === 'the' && r.last === r.first + 1 && ORGANISATION_KINDS.has(headWord)) {
    const last = lastOrganisation(ctx, r.first);
    if (last !== null) return { name: last.name, entityId: last.id, method: 'role', confidence: Math.min(confidence, 0.6), span };
  }
  // "the opposition party's president said" after that person's quote, when no entity carries the title
  if (previous !== null && previous.entityId !== null && owner === 'the' && isRoleNoun(headWord) && ctx.entityById.get(previous.entityId)?.type === 'PERSON') {
    return { ...previous, method: 'role', confidence: Math.min(confidence, 0.5), span };
  }
  // (a title the tagger reads as an adjective is still a person: "a retired general said")
  if (!head.tags.has('Noun') && !head.tags.has('Gerund') && !/^\p{Lu}/u.test(head.text) && !PEOPLE_NOUNS.has(headWord) && !isRoleNoun(headWord)) return null;
  if (badGroupPhrase(ctx, r)) return null;
  return { name: span.text, entityId: null, method, confidence: confidence * 0.8, span };
}

/**
 * The person a description was given to earlier in apposition: for "her daughter" at `r`, a "Her daughter, Fiona
 * Brandt," (or "her daughter Lena Brandt") before it. Null when the text gives none.
 */
function introducedAs(ctx: QuoteContext, r: TokenRange): Speaker | null {
  if (r.last !== r.first + 1) return null;
  const owner = lower(ctx.tokens[r.first]);
  const noun = lower(ctx.tokens[r.last]);
  if ((owner !== 'his' && owner !== 'her' && owner !== 'their') || !RELATION_NOUNS.has(noun)) return null;
  for (let k = r.first - 1; k >= 1; k--) {
    if (lower(ctx.tokens[k]) !== noun || lower(ctx.tokens[k - 1]) !== owner) continue;
    const at = ctx.tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
    const m = ctx.mentionOf[at];
    if (m !== null && m !== undefined && m.type === 'PERSON') return entitySpeaker(ctx, m, 'role', 0.7);
  }
  return null;
}

/** Longest run of modifiers between "the" and a body noun ("the regional bloc", "the 15-member bloc"). */
const BODY_MODIFIERS_MAX = 2;

/** Whether tokens [from, to) are at most a couple of adjectives or numbers that name nothing themselves. */
function modifiersOnly(ctx: QuoteContext, from: number, to: number): boolean {
  if (to - from > BODY_MODIFIERS_MAX) return false;
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k] as Token;
    if (ctx.mentionOf[k] !== null || !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t.text) || (t.pos !== 'ADJ' && t.pos !== 'NUM')) return false;
  }
  return true;
}

/** The one organisation a definite description's noun names ("the council" → "Tucson City Council", "the bloc"), or null. */
function definiteBody(ctx: QuoteContext, noun: string, before: number): { name: string; id: string } | null {
  if (!/^\p{Ll}+$/u.test(noun) || noun.length < 4) return null;
  const body = bodyNamedBy(ctx.entities, noun, before, SPEAKER_BLOCS);
  return body === null ? null : { name: body.name, id: body.id };
}

/** An organisation or person named right before "in"/"at" and the place the phrase ends with, or null. */
function locatedBody(ctx: QuoteContext, r: TokenRange, mentions: readonly Mention[]): Mention | null {
  return mentions.length < 2 ? null : bodyBeforePlace(ctx, r.last, r.first);
}

/** "the embassy in Kyiv" ending at token `j` (not before `lo`): the body named before "in"/"at" and a place, or null. */
function bodyBeforePlace(ctx: QuoteContext, j: number, lo: number): Mention | null {
  const place = ctx.mentionOf[j];
  if (place == null || (place.type !== 'GPE' && place.type !== 'LOC')) return null;
  const at = mentionStart(ctx, j) - 1;
  const body = at - 1 >= lo && SPEAKER_LOCATIVES.has(lower(ctx.tokens[at])) ? ctx.mentionOf[at - 1] : null;
  return body != null && (body.type === 'ORG' || body.type === 'PERSON') ? body : null;
}

/** "X's ambassador to Y", "the envoy to Y": the phrase up to the role noun before "to" and a named body or place, or null. */
function roleSentTo(ctx: QuoteContext, r: TokenRange): TokenRange | null {
  const last = ctx.mentionOf[r.last];
  if (last == null) return null;
  let to = mentionStart(ctx, r.last) - 1;
  if (lower(ctx.tokens[to]) === 'the') to--;
  if (to - 1 <= r.first || lower(ctx.tokens[to]) !== 'to' || !isRoleNoun(lower(ctx.tokens[to - 1])) || ctx.mentionOf[to - 1] !== null) return null;
  return { first: r.first, last: to - 1 };
}

/** The resolver's confidence for a role only one person in the text holds. */
const UNIQUE_ROLE = 0.75;

/** Bodies a country or a company owns that are not the owner itself ("Chad's foreign ministry"). */
const OWNED_BODIES: ReadonlySet<string> = new Set(['ministry', 'department', 'agency', 'army', 'military', 'embassy', 'mission', 'delegation', 'police', 'parliament', 'council', 'committee', 'commission']);

/**
 * "Nigeria's foreign minister said", "Chad's foreign ministry said": a role or a body the place or
 * organisation owns speaks as the role holder named earlier, else as the phrase — not as the owner.
 */
function possessedRole(ctx: QuoteContext, r: TokenRange, mentions: readonly Mention[]): Speaker | null {
  const owner = mentions[mentions.length - 1];
  if (owner === undefined || owner.type === 'PERSON' || owner.type === 'NORP' || ctx.mentionOf[r.last] !== null) return null;
  const apostrophe = tokenIndexAt(ctx.tokens, owner.end);
  if (!isPossessive(ctx.tokens[apostrophe]) || apostrophe >= r.last) return null;
  const headWord = lower(ctx.tokens[r.last]);
  const two = `${lower(ctx.tokens[r.last - 1])} ${headWord}`;
  const roleWords = isRoleNoun(two) && r.last - 1 > apostrophe ? two : headWord;
  if (PROXY_NOUNS.has(headWord) || (!isRoleNoun(roleWords) && !OWNED_BODIES.has(headWord))) return null;
  for (let k = apostrophe + 1; k <= r.last; k++) if (ctx.quoted[k] || !(ctx.tokens[k] as Token).tags.has('Noun') && !(ctx.tokens[k] as Token).tags.has('Adjective')) return null;
  const span = spanOf(ctx, r);
  if (isRoleNoun(roleWords)) {
    const a = ctx.resolver.resolve(span.start, `the ${roleWords}`);
    if (a !== null && a.entity.type === 'PERSON') return { name: a.entity.name, entityId: a.entity.id, method: 'role', confidence: a.confidence, span };
    // a headline or lede names the holder only later ("Iraq's prime minister says …" above "Prime Minister X said"):
    // the one person the text gives that title
    const later = ctx.resolver.resolve(ctx.text.length, `the ${roleWords}`);
    if (later !== null && later.entity.type === 'PERSON' && later.confidence >= UNIQUE_ROLE) return { name: later.entity.name, entityId: later.entity.id, method: 'role', confidence: 0.6, span };
  }
  return { name: span.text, entityId: null, method: 'explicit', confidence: 1, span };
}

export function cueSpan(ctx: QuoteContext, first: number, last: number): { start: number; end: number; text: string } {
  return spanOf(ctx, { first, last });
}
