import type { Quote, StanceLabel } from '../../types.js';
import { ATTRIBUTIVE_DETERMINERS, BODY_NOUNS, CLAIM_NOUNS, CROWD_HEADS, DELIBERATION_LEMMAS, EXTRAPOSED, FIRST_PERSON, GO_HOME_SLOGANS, IDENTITY_CLOSERS, JUDGEMENT_MODALS, LOCATIVES, NAMING_LINKS, OWN_FORCE_HEADS, PARTITIVE_HEADS, PREPOSITIONS, QUANTIFIERS, REFERENT_DETERMINERS, REFERENT_NOUNS, SCOPE_BREAKS, SLOGAN_GAP, SLOGAN_LEADS } from '../../lexicons/en/stance.js';
import { findOwner, findSubject, openingSubject, participleSubject, speakerConjuncts, type Holder } from './actors.js';
import { OBJECT_GAP, objectPolarity, type CompiledCue, type CompiledTargets, type TermValue } from './compile.js';
import { tokenIndexAt, type StanceContext } from './context.js';
import { speakerGovernment } from './institutions.js';
import { COUNTRY_NOUNS } from '../../lexicons/en/holders.js';
import { REPORTING_CUES } from '../../lexicons/en/reporting.js';
import { deniedBefore, negatorBefore, questionKind } from './negation.js';
import { afterTimeAdjunct, findPhrases, type PhraseHit } from './phrases.js';
import { identityStatements } from './identity.js';

/** One piece of evidence before aggregation. */
export interface RawEvidence {
  readonly holder: Holder;
  readonly target: number;
  readonly label: StanceLabel;
  /** Token range of the evidence (the chain from the outermost cue to the term). */
  readonly from: number;
  readonly to: number;
  /** Token range of the deciding cue, or null for a bare negated term. */
  readonly cue: readonly [number, number] | null;
  readonly quote: number | null;
  readonly sentence: number;
  readonly provenance: string;
  readonly weight: number;
}

/** How far after a term a predicate cue may sit ("[military action] alone … cannot solve"). */
const SUBJECT_GAP = 8;
const MAX_CHAIN = 4;
const SUBJECT_BREAKS: ReadonlySet<string> = new Set(['.', ';', '?', '!', 'but', 'while', 'although', 'because', 'whereas', 'however', 'if', 'when']);

const COMMA_OR_THAT: ReadonlySet<string> = new Set([',', 'that']);
const AS: ReadonlySet<string> = new Set(['as']);
/** Words after which a gerund opens its clause as its subject ("that [sending troops] would …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', ',', '.', '“', '"', ':', ';']);
const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when']);

/** "A country that …", "A sovereign nation …" opening the clause at `floor`: a statement about any country. */
function genericCountrySubject(ctx: StanceContext, floor: number): boolean {
  let i = floor;
  if (OPENING_QUOTES.has(ctx.words[i] ?? '')) i++;
  if (ctx.words[i] !== 'a' && ctx.words[i] !== 'an') return false;
  for (let k = i + 1; k <= i + 3; k++) if (COUNTRY_NOUNS.has(ctx.words[k] ?? '')) return true;
  return false;
}

/** Auxiliaries of a passive that reports a fact: "were scheduled", "have been deployed". */
const FACT_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'have', 'has', 'had']);

/** A passive verb right after the term ending at `to`: "[no further strikes] were scheduled", "[no troops] have been sent". */
function passiveFact(ctx: StanceContext, to: number): boolean {
  if (!FACT_AUX.has(ctx.words[to] ?? '')) return false;
  const k = ctx.words[to + 1] === 'been' ? to + 2 : to + 1;
  const t = ctx.doc.tokens[k];
  return t !== undefined && t.pos === 'VERB' && (t.tags.has('Participle') || t.tags.has('PastTense'));
}

/** Subjects that point at the thing under discussion: "this is not an invasion". */
const LABELLED_SUBJECTS: ReadonlySet<string> = new Set(['this', 'it', 'that']);
const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', "'", '‘']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', "'s", 'be', 'remains', 'remain']);

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', ',', 'nor']);

const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'of', 'about', 'on', 'between', 'at']);

const NOT_SPEAKERS = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:today|yesterday|tonight)$/i;

/** "before seeking assistance", "prior to signing the pact": a gerund in a time clause is when, not what, its subject wants. */
function timeClause(ctx: StanceContext, i: number): boolean {
  const w = ctx.words[i - 1];
  return w === 'before' || w === 'after' || (w === 'to' && ctx.words[i - 2] === 'prior');
}

/** A term followed by a possessive modifies another noun ("its forces' departure"). */
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "'"]);

type CueHit = PhraseHit<CompiledCue>;
type TermHit = PhraseHit<TermValue>;

/** Whether a clause break lies in tokens [from, to); the period of "U.S." inside a name is not one. */
function breaksBetween(ctx: StanceContext, from: number, to: number, breaks: ReadonlySet<string>): boolean {
  for (let i = from; i < to; i++) if (breaks.has(ctx.words[i] as string) && ctx.mentionAt[i] == null && !digitGroup(ctx, i)) return true;
  return false;
}

const DIGITS = /^\d+$/;

/** Tokens in [from, to), a number written with digit groups ("3,000") counted as one word. */
function gapBetween(ctx: StanceContext, from: number, to: number): number {
  let gap = to - from;
  for (let i = from; i < to; i++) {
    if (digitGroup(ctx, i)) gap -= 2;
    // a name is one word, however many tokens it takes ("cooperation with the European Union's military mission")
    const m = ctx.mentionAt[i];
    if (m != null && i + 1 < to && ctx.mentionAt[i + 1] === m) gap--;
    const t = timeAdverbial(ctx, i, to) || hedge(ctx.words, i, to) || partitive(ctx.words, i, to);
    if (t > 0) {
      gap -= t;
      i += t - 1;
    }
  }
  return gap;
}

/** "a wave of", "a new series of": the length of a partitive opening at `i` (article, an adjective at most, head, "of"), 0 if none. */
function partitive(words: readonly string[], i: number, to: number): number {
  if (words[i] !== 'a' && words[i] !== 'an' && words[i] !== 'another') return 0;
  for (const n of [3, 4]) if (PARTITIVE_HEADS.has(words[i + n - 2] ?? '') && words[i + n - 1] === 'of' && i + n < to) return n - 1;
  return 0;
}

/**
 * "This is cooperation, not an occupation", "It was a training mission, not a foreign base": a ", not a/an" after "this/it/that"
 * and a copula a few words back (the negator at `neg`, no clause break between).
 */
function contrastedLabel(words: readonly string[], neg: number, floor: number): boolean {
  if (words[neg - 1] !== ',' || (words[neg + 1] !== 'a' && words[neg + 1] !== 'an')) return false;
  for (let k = neg - 2; k > floor && neg - k <= 6; k--) {
    if (SCOPE_BREAKS.has(words[k] ?? '') || words[k] === ',') return false;
    if (COPULAS.has(words[k] ?? '')) return LABELLED_SUBJECTS.has(words[k - 1] ?? '');
  }
  return false;
}

/** How far back an opening single quote may sit before a term it closes after ("warned against 'external interference'"). */
const SINGLE_QUOTE_REACH = 8;

/**
 * "the troops' commander", "Norland's troops": a term before a possessive names an owner, not the target. A closing
 * single quote is no possessive: "warned against 'external interference'", "‘foreign boots’" (an opening one before it).
 */
function possessed(ctx: StanceContext, s: SentenceScope, t: TermHit): boolean {
  const w = ctx.words[t.to] ?? '';
  if (!POSSESSIVE.has(w)) return false;
  if (w === "'s") return true;
  for (let k = t.from - 1; k >= s.from && t.from - k <= SINGLE_QUOTE_REACH; k--) {
    if (opensSingleQuote(ctx, k)) return false;
    // a closing quote before the term: any opening one before it is its own ("'the deal' would bring the troops' base")
    if (ctx.words[k] === "'") return true;
  }
  return true;
}

/** Token `k` is an opening single quote: "‘", or "'" with a space (or nothing) before it and a word right after it. */
function opensSingleQuote(ctx: StanceContext, k: number): boolean {
  const tok = ctx.doc.tokens[k];
  if (tok === undefined) return false;
  if (tok.text === '‘') return true;
  if (tok.text !== "'") return false;
  const before = ctx.doc.text[tok.start - 1];
  const after = ctx.doc.text[tok.end];
  return (before === undefined || /[\s(“"]/u.test(before)) && after !== undefined && !/\s/u.test(after);
}

/** An "as" in [from, to) that opens a complement, not the one of a hedge ("what it described as"). */
function asComplementBetween(ctx: StanceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (AS.has(ctx.words[i] as string) && ctx.mentionAt[i] == null && hedge(ctx.words, i - 3, to) !== 4) return true;
  return false;
}

const HEDGE_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);
const HEDGE_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'termed', 'terms', 'dubbed']);
const HEDGE_AS_VERBS: ReadonlySet<string> = new Set(['described', 'describes', 'characterised', 'characterized', 'regarded', 'regards', 'saw', 'sees']);

/**
 * "condemned what it called an illegal incursion", "recalled its envoy after what it described as air strikes": the
 * length of a hedge opening at `i` ("what", a pronoun, a naming verb, "as" after a describing one), 0 if none. The
 * speaker's own naming of the thing puts no distance between the cue and it.
 */
function hedge(words: readonly string[], i: number, to: number): number {
  if (words[i] !== 'what' || !HEDGE_SUBJECTS.has(words[i + 1] ?? '')) return 0;
  const v = words[i + 2] ?? '';
  const n = HEDGE_VERBS.has(v) ? 3 : HEDGE_AS_VERBS.has(v) && words[i + 3] === 'as' ? 4 : 0;
  return i + n < to ? n : 0;
}

/** Prepositions that open a time adverbial between a verb and its object ("extended for another year the mandate"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'for', 'by', 'in', 'until', 'last', 'this', 'next']);

/** Tokens a time adverbial may take: the preposition, a determiner or count, the date word. */
const TIME_ADVERBIAL_REACH = 3;

/**
 * "extended on Wednesday the mandate", "extended by six months the deployment": the length of a time
 * adverbial opening at `i` (a preposition, at most a determiner or count, a date word), 0 if none. It puts
 * no distance between an act and its object.
 */
function timeAdverbial(ctx: StanceContext, i: number, to: number): number {
  if (!TIME_PREPOSITIONS.has(ctx.words[i] ?? '')) return 0;
  for (let k = i + 1; k < to && k < i + TIME_ADVERBIAL_REACH; k++) {
    const t = ctx.doc.tokens[k];
    if (t === undefined || t.kind !== 'word' && !DIGITS.test(ctx.words[k] ?? '')) return 0;
    if (t.tags.has('Date')) return k - i + 1;
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.pos !== 'ADJ') return 0;
  }
  return 0;
}

/** The comma of "2,000 troops" groups digits; it ends no clause. */
function digitGroup(ctx: StanceContext, i: number): boolean {
  return ctx.words[i] === ',' && DIGITS.test(ctx.words[i - 1] ?? '') && DIGITS.test(ctx.words[i + 1] ?? '');
}

/** The nearest cue ending at or before `at` that governs what follows it, for `target`. `terms` holds every target's terms. */
function governingCue(ctx: StanceContext, cues: readonly CueHit[], at: number, floor: number, target: number, terms: readonly TermHit[], first: boolean): CueHit | null {
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k] as CueHit;
    if (c.to > at) continue;
    // "a proposal by the East African bloc IGAD to deploy": the owner named after a noun cue is not in its way
    const after = c.value.noun ? ownerPhraseEnd(ctx, c.to, at) : c.to;
    if (c.from < floor || (at - after > OBJECT_GAP && gapBetween(ctx, after, at) > OBJECT_GAP)) return null;
    if (objectPolarity(c.value, target) === 0 || (c.value.target !== null && c.value.target !== target)) continue;
    if (gapBetween(ctx, after, at) > c.value.reach) continue;
    // a target's own act takes a direct object: "ended, there is no need for troops" is two clauses
    // (and not a clause: "emphasized that [sovereignty] remains …" is the clause's predicate's)
    if (c.value.target !== null && breaksBetween(ctx, c.to, at, COMMA_OR_THAT)) continue;
    // a target's own act right before another cue is its auxiliary ("has asserted"), not what governs it
    // ("disappointed by [signing] …" ends in a preposition: it governs what follows)
    if (!first && c.value.target !== null && c.to === at && !PREPOSITIONS.has(ctx.words[c.to - 1] ?? '')) continue;
    // "was asked whether he would send troops", "was told to": an asking cue in the passive or over a question is not the asker's wish
    if (c.value.complement && (PASSIVE_AUX.has(ctx.words[c.from - 1] ?? '') || breaksBetween(ctx, c.to, at, QUESTION_WORDS))) continue;
    if (breaksBetween(ctx, c.to, at, SCOPE_BREAKS)) return null;
    // "[the departure of MONUSCO] is a sovereign decision": an "of" noun governs its own phrase, not the predicate after it
    // (what it would govern may open with the verb: the assertion "is a sovereign *")
    if (ctx.words[c.to - 1] === 'of' && finiteVerbBetween(ctx, c.to, at + 1)) return null;
    // "troops in [its territory]", "flights over [its territory]": a place, not what the cue governs.
    for (let i = c.to; i < at; i++) {
      // "demanded on Sunday that the troops leave": a time adjunct is no place
      const past = afterTimeAdjunct(ctx.words, i, at);
      if (past > i) {
        i = past - 1;
        continue;
      }
      const w = ctx.words[i] as string;
      if ((first && LOCATIVES.has(w)) || (PREPOSITIONS.has(w) && terms.some((t) => t.to === i))) return null;
    }
    // "defense of [homeland] operation": a term of another target in between takes the cue.
    if (terms.some((t) => t.value.target !== target && t.from >= c.to && t.to <= at)) return null;
    // Cue over cue: "condemned the tariffs and called for …" are two predicates, not one governing the other.
    if (!first && (terms.some((t) => t.from >= c.to && t.to <= at) || COORDINATORS.has(ctx.words[at - 1] ?? '') || secondPredicate(ctx, c.to, at))) return null;
    return c;
  }
  return null;
}

/** Forms of "call" that name what their object is ("called the deal an invitation to …"). */
const NAMING_CALLS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);

/** "call(ed) [object] a/an" right before the noun cue at `at`: the object is named by the phrase it opens. */
function calledAn(ctx: StanceContext, at: number, floor: number): boolean {
  const article = ctx.words[at - 1];
  if (article !== 'a' && article !== 'an') return false;
  for (let i = at - 2; i >= floor && at - i <= 7; i--) {
    // (not "called for an invitation to …", which asks for it)
    if (NAMING_CALLS.has(ctx.words[i] ?? '')) return ctx.words[i + 1] !== 'for' && ctx.words[i + 1] !== 'on';
    if (SCOPE_BREAKS.has(ctx.words[i] ?? '') || ctx.words[i] === ',') return false;
  }
  return false;
}

/** A `naming` cue at `at` names something: after a copula, "as" or "to", or as the second object of a naming call. */
function namesSubject(ctx: StanceContext, at: number, floor: number): boolean {
  return NAMING_LINKS.has(ctx.words[at - 1] ?? '') || calledAn(ctx, at + 1, floor);
}

/** A claim noun and "that" right after it among tokens [from, to), at most two modifiers before the noun ("opposition claims that"). */
function claimBetween(ctx: StanceContext, from: number, to: number): boolean {
  for (let i = from; i + 1 < to && i - from <= 3; i++) if (CLAIM_NOUNS.has(ctx.words[i] ?? '') && ctx.words[i + 1] === 'that') return true;
  return false;
}

/** A finite verb or an auxiliary among tokens [from, to) (not a participle or gerund: "the withdrawal of troops stationed there"). */
function finiteVerbBetween(ctx: StanceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = ctx.doc.tokens[i];
    if (t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.tags.has('Participle') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')))) return true;
  }
  return false;
}

const PREDICATE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

/**
 * "marched against the old government and did not want foreign troops", "… and rejected the offer": a
 * coordinator before an auxiliary, a negator or a finite verb opens a predicate of its own, which the cue
 * before it does not govern ("refused to accept and recognise the annexation" coordinates two infinitives
 * under one cue, and stays governed).
 */
function secondPredicate(ctx: StanceContext, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    // (a word, not a comma: "dismissed the report, aimed at justifying …" is one predicate and its participle)
    if (!PREDICATE_COORDINATORS.has(ctx.words[i] ?? '')) continue;
    const next = ctx.doc.tokens[i + 1];
    const w = ctx.words[i + 1] ?? '';
    if (next === undefined) continue;
    if (next.pos === 'AUX' || w === 'not' || w === 'never' || (next.pos === 'VERB' && next.tags.has('PastTense') && !next.tags.has('Participle'))) return true;
  }
  return false;
}

const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'from']);

/**
 * The token after an owner phrase at `i` ("by the East African bloc IGAD", "from Norland"): "by" or
 * "from", then words up to and including the last token of a named mention before `at`; `i` when there is none.
 */
function ownerPhraseEnd(ctx: StanceContext, i: number, at: number): number {
  if (!OWNER_PREPOSITIONS.has(ctx.words[i] ?? '')) return i;
  let end = i;
  for (let j = i + 1; j < at && j - i <= 8; j++) {
    if (ctx.mentionAt[j] != null) end = j + 1;
    else if (SCOPE_BREAKS.has(ctx.words[j] as string) || ctx.words[j] === ',') break;
  }
  return end;
}

const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are', 'widely', 'strongly', 'roundly']);

/**
 * "[The airstrikes] were condemned by Norland": a verb cue in the passive
 * with its agent named after "by". The agent's holder, or null when the cue is
 * not such a passive.
 */
function passiveAgent(ctx: StanceContext, c: CueHit): Holder | null {
  if (c.value.object === 0 || c.value.noun || c.value.target !== null || !/ed$/.test(ctx.words[c.to - 1] ?? '') || !passiveBefore(ctx, c.from)) return null;
  if (ctx.words[c.to] !== 'by') return null;
  let i = c.to + 1;
  if (ctx.words[i] === 'the') i++;
  const m = ctx.mentionAt[i];
  const e = m == null ? undefined : ctx.byId.get(m.entityId);
  if (e === undefined || e.type === 'LOC') return null;
  return { actor: { name: e.name, entityId: e.id }, confidence: 0.9, via: 'agent' };
}

/**
 * Whether the participle at token `at` is passive: after a passive auxiliary
 * ("was condemned by"), or after a noun as a reduced relative ("a move also
 * supported by"), adverbs in between.
 */
function passiveBefore(ctx: StanceContext, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 2 && ctx.doc.tokens[i]?.pos === 'ADV' && !PASSIVE_AUX.has(ctx.words[i] ?? '')) i--;
  // … or after a comma: "the strikes, condemned by Norland, went on"
  return PASSIVE_AUX.has(ctx.words[i] ?? '') || ctx.doc.tokens[i]?.pos === 'NOUN' || ctx.words[i] === ',';
}

/** The nearest predicate cue after the term ("[sovereignty] remains non-negotiable"). */
function predicateCue(ctx: StanceContext, cues: readonly CueHit[], term: TermHit, end: number, target: number): CueHit | null {
  for (const c of cues) {
    if (c.from < term.to) continue;
    if (c.from - term.to > SUBJECT_GAP || c.from >= end) return null;
    if ((c.value.subject === 0 && passiveAgent(ctx, c) === null) || (c.value.target !== null && c.value.target !== target)) continue;
    // "the troops will leave" is news about them; only a cue that governs the term makes it a wish ("demanded that the troops leave")
    if (c.value.governed) continue;
    // "[a runway built] without the consent of its people is an occupation", "remained without the consent of the state and in
    // breach of its constitution": a predicate judges a noun phrase, not an adjunct term inside or after it
    if (PREPOSITIONS.has(ctx.words[term.from] ?? '')) continue;
    // an infinitive ("… would need cover to leave") is a complement, read only under a cue that governs the term
    if (ctx.words[c.from] === 'to') continue;
    if (breaksBetween(ctx, term.to, c.from, SUBJECT_BREAKS)) return null;
    // "the operation, declaring it a necessary …": a participial clause in between has a subject of its own
    for (let i = term.to + 1; i < c.from; i++) if (ctx.words[i - 1] === ',' && /..ing$/.test(ctx.words[i] ?? '') && ctx.doc.tokens[i]?.pos === 'VERB') return null;
    // "defending [its sovereignty] and accusing X of …": a second verb phrase has its own object
    for (let i = term.to; i + 1 < c.from; i++) if ((ctx.words[i] === 'and' || ctx.words[i] === 'or') && ctx.doc.tokens[i + 1]?.pos === 'VERB') return null;
    return c;
  }
  return null;
}

export interface SentenceScope {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Evidence from one sentence: for each target term, the chain of cues that
 * govern it ("rejected → an offer → to send → troops"), its polarity (each
 * cue's, flipped by negation, flipped again by a rhetorical question), and who
 * holds it (the subject of the outermost cue, the owner of a noun cue, or the
 * speaker of the quote it is in).
 */
/** Each target's term hits in each sentence (`[target][sentence]`), found once per document. */
export type SentenceTerms = readonly (readonly (readonly TermHit[])[])[];

export function termsBySentence(ctx: StanceContext, compiled: CompiledTargets): SentenceTerms {
  return compiled.terms.map((index) => ctx.doc.sentenceTokens.map(([from, to]) => findPhrases(index, ctx.words, from, to, ctx.lemmas)));
}

export function sentenceEvidence(ctx: StanceContext, compiled: CompiledTargets, hits: SentenceTerms, s: SentenceScope, liveWeak: readonly boolean[], out: RawEvidence[]): void {
  const { words } = ctx;
  const question = questionKind(words, s.from, s.to);
  if (question === 'open' || concession(words, s.from)) return;
  const terms = hits.flatMap((bySentence, target) =>
    (bySentence[s.index] ?? []).filter(
      (t) => t.value.polarity !== 0 && (!t.value.weak || liveWeak[target] === true) && !possessed(ctx, s, t) && !termInName(ctx, t) && !purchaseOfThings(ctx, t),
    ),
  );
  // a cue's own first and last words must not be in a name; a wildcard inside it may be one ("warned [Norland] against")
  const cues = withDistantCues(
    ctx,
    compiled,
    s,
    findPhrases(compiled.cues, words, s.from, s.to, ctx.lemmas).filter((c) => !spanInName(ctx, c.from, c.from + 1) && !spanInName(ctx, c.to - 1, c.to) && (!c.value.naming || namesSubject(ctx, c.from, s.from))),
  );
  if (question === 'none') identityEvidence(ctx, compiled, s, out);
  if (question === 'none') goHomeEvidence(ctx, compiled, s, terms, liveWeak, out);
  judgedReferences(ctx, hits, s, liveWeak, cues, terms, question === 'rhetorical', out);
  referenceEvidence(ctx, hits, s, liveWeak, cues, terms, question === 'rhetorical', out);
  if (terms.length === 0) return;
  for (const term of terms) termEvidence(ctx, s, term.value.target, term, terms, cues, question === 'rhetorical', out);
}

/**
 * "“It is not that we oppose help. We oppose soldiers”": a sentence opened by "it is not that" concedes what the
 * next one corrects; it states no stance of its own.
 */
function concession(words: readonly string[], from: number): boolean {
  const i = OPENING_QUOTES.has(words[from] ?? '') ? from + 1 : from;
  return words[i] === 'it' && (words[i + 1] === 'is' || words[i + 1] === "'s" || words[i + 1] === 'was') && words[i + 2] === 'not' && words[i + 3] === 'that';
}

/** Lemmas of marching and protesting, whose "against" may come after a long route ("marched through the town … on Saturday against …"). */
const PROTEST_LEMMAS: ReadonlySet<string> = new Set(['march', 'protest', 'rally', 'demonstrate']);

/** Words of a state's punishment for an act ("imposed sanctions", "summoned the envoy", "recalled its ambassador"). */
const PUNITIVE_WORDS: ReadonlySet<string> = new Set(['sanctions', 'summoned', 'recalled', 'expelled']);

/** How far back from its "against" or "after" a protest or a punishment may be. */
const DISTANT_CUE_REACH = 14;

const cuesById = new WeakMap<CompiledTargets, Map<string, CompiledCue | null>>();

/** A compiled cue by its id (src/lexicons/en/stance.ts), looked up once per compiled set. */
function compiledCue(compiled: CompiledTargets, id: string): CompiledCue | null {
  let byId = cuesById.get(compiled);
  if (byId === undefined) cuesById.set(compiled, (byId = new Map()));
  if (!byId.has(id)) byId.set(id, [...compiled.cues.exact.values(), ...compiled.cues.lemma.values(), ...compiled.cues.prefix.values()].flat().find((p) => p.value.id === id)?.value ?? null);
  return byId.get(id) ?? null;
}

/**
 * Cues a phrase cannot reach, added at the preposition that governs the term:
 * - "Several thousand protesters marched through the town of X in southern Serbia on Saturday against a planned camp":
 *   an "against" after a verb of protest in its clause, no other verb between, is that protest's;
 * - "imposed sanctions on four generals and a state company after Venezuelan troops crossed into Guyana": an "after"
 *   after a punishment is against what it answers, like "summoned the ambassador after …".
 */
function withDistantCues(ctx: StanceContext, compiled: CompiledTargets, s: SentenceScope, cues: CueHit[]): CueHit[] {
  const protest = compiledCue(compiled, 'against.protest');
  const response = compiledCue(compiled, 'against.summon-over');
  const extra: CueHit[] = [];
  for (let i = s.from; i < s.to; i++) {
    const w = ctx.words[i];
    if ((w !== 'against' && w !== 'after') || cues.some((c) => c.from <= i && c.to > i)) continue;
    const value = w === 'against' ? (protestBefore(ctx, s, i) ? protest : null) : punishmentBefore(ctx, s, i) ? response : null;
    if (value !== null) extra.push({ from: i, to: i + 1, value });
  }
  return extra.length === 0 ? cues : [...cues, ...extra].sort((a, b) => a.from - b.from);
}

/** A verb of protest before token `i` in its clause, no other finite verb between. */
function protestBefore(ctx: StanceContext, s: SentenceScope, i: number): boolean {
  for (let k = i - 1; k >= s.from && i - k <= DISTANT_CUE_REACH; k--) {
    const t = ctx.doc.tokens[k];
    if (t === undefined || SCOPE_BREAKS.has(ctx.words[k] ?? '')) return false;
    if (t.tags.has('Verb') && PROTEST_LEMMAS.has(t.lemma)) return true;
    if (t.tags.has('Verb') && !t.tags.has('Participle') && t.pos === 'VERB') return false;
  }
  return false;
}

/** A word of punishment before token `i` in its clause ("and" joins objects, it ends no clause). */
function punishmentBefore(ctx: StanceContext, s: SentenceScope, i: number): boolean {
  for (let k = i - 1; k >= s.from && i - k <= DISTANT_CUE_REACH; k--) {
    const w = ctx.words[k] ?? '';
    if (SCOPE_BREAKS.has(w) && w !== 'and') return false;
    if (PUNITIVE_WORDS.has(w)) return true;
  }
  return false;
}

/** Entity types a "go home" slogan may address as a foreign presence (not a person: "Ruiz, go home" is about a politician). */
const SENT_AWAY_TYPES: ReadonlySet<string> = new Set(['ORG', 'NORP', 'GPE']);

/**
 * "carrying banners reading “MONUSCO, go home”", "chanted “Foreign troops, get out!”": a slogan that sends away the
 * force or foreign body it addresses is against its presence, held by the quote's speaker or the slogan's bearers
 * (built-in intervention target, in an article that names intervention by strong terms, or addressing one of its terms).
 */
function goHomeEvidence(ctx: StanceContext, compiled: CompiledTargets, s: SentenceScope, terms: readonly TermHit[], liveWeak: readonly boolean[], out: RawEvidence[]): void {
  const target = compiled.targets.findIndex((t) => t.id === 'intervention');
  if (target < 0) return;
  const { words } = ctx;
  for (let i = s.from + 1; i < s.to; i++) {
    const phrase = GO_HOME_SLOGANS.find((p) => p.every((w, k) => words[i + k] === w));
    if (phrase === undefined) continue;
    const end = i + phrase.length;
    const next = words[end] ?? '';
    if (end < s.to && !IDENTITY_CLOSERS.has(next)) continue;
    const v = words[i - 1] === ',' ? i - 2 : i - 1;
    const term = terms.find((t) => t.value.target === target && t.value.polarity > 0 && t.to === v + 1);
    const mention = ctx.mentionAt[v];
    const addressed = term !== undefined || (mention != null && SENT_AWAY_TYPES.has(mention.type) && liveWeak[target] === true);
    if (!addressed) continue;
    const from = term?.from ?? firstTokenOf(ctx, v);
    const q = ctx.quoteAt[i] ?? -1;
    let holder: Holder | null = null;
    if (q >= 0) holder = unasserted(ctx, q) ? null : speakerOf(ctx, i);
    else
      for (let k = from - 1; k >= Math.max(s.from, from - SLOGAN_GAP); k--)
        if (SLOGAN_LEADS.has(words[k] ?? '')) {
          holder = openingSubject(ctx, s.from, k);
          break;
        }
    if (holder !== null) pushEvidence(ctx, s, target, holder, -1, from, end, [i, end], 'slogan.go-home', ACT_WEIGHT, out);
  }
}

/** The first token of the mention that covers token `i` (or `i`). */
function firstTokenOf(ctx: StanceContext, i: number): number {
  const m = ctx.mentionAt[i];
  let k = i;
  while (m != null && k > 0 && ctx.mentionAt[k - 1] === m) k--;
  return k;
}

/** "“Svalbard is Norway,” the minister said": the speaker asserts the country's sovereignty over the place (built-in sovereignty target only). */
function identityEvidence(ctx: StanceContext, compiled: CompiledTargets, s: SentenceScope, out: RawEvidence[]): void {
  const target = compiled.targets.findIndex((t) => t.id === 'sovereignty');
  if (target < 0) return;
  for (const hit of identityStatements(ctx, s.from, s.to)) {
    const q = ctx.quoteAt[hit.from] ?? -1;
    if (q < 0 || q !== ctx.quoteAt[hit.to - 1] || unasserted(ctx, q)) continue;
    const sp = speakerOf(ctx, hit.from);
    if (sp !== null) pushEvidence(ctx, s, target, sp, 1, hit.from, hit.to, hit.link, 'assertion.place-is-country', ACT_WEIGHT, out);
  }
}

/** How many sentences back a referent noun ("the idea") looks for what was proposed. */
const REFERENCE_WINDOW = 3;

/** The last target term of each target in the sentences before `s` (at most REFERENCE_WINDOW back). */
function earlierTerms(ctx: StanceContext, hits: SentenceTerms, s: SentenceScope, liveWeak: readonly boolean[], window = REFERENCE_WINDOW): TermHit[] {
  const out: TermHit[] = [];
  hits.forEach((bySentence, target) => {
    for (let k = s.index - 1; k >= 0 && s.index - k <= window; k--) {
      // a statement ("our future will be decided by us") is not a proposal a later "the idea" points back to
      const found = (bySentence[k] ?? []).filter((t) => t.value.polarity !== 0 && t.value.asserted !== true && (!t.value.weak || liveWeak[target] === true) && !termInName(ctx, t));
      const last = found[found.length - 1];
      if (last !== undefined) {
        out.push(last);
        break;
      }
    }
  });
  return out;
}

/**
 * "Norland rejected the idea", "Sudria has dismissed those comments": a verb
 * cue whose object is a noun referring back to a proposal, in a sentence with
 * no target term. The proposal is the nearest earlier term of each target
 * (what was proposed, not how its sentence judged it); the cue's polarity
 * toward it goes to the cue's holder, more weakly than a stated term.
 */
function referenceEvidence(
  ctx: StanceContext,
  hits: SentenceTerms,
  s: SentenceScope,
  liveWeak: readonly boolean[],
  cues: readonly CueHit[],
  terms: readonly TermHit[],
  rhetorical: boolean,
  out: RawEvidence[],
): void {
  const { words } = ctx;
  let antecedents: TermHit[] | null = null;
  for (const c of cues) {
    if (c.value.object === 0 || c.value.noun || c.value.target !== null) continue;
    let i = c.to;
    while (i < s.to && i - c.to < 2 && ctx.doc.tokens[i]?.pos === 'ADV') i++;
    // "mocked Finn's idea": a name's possessive points back like "his"
    while (i + 1 < s.to && ctx.mentionAt[i] != null && (ctx.mentionAt[i + 1] === ctx.mentionAt[i] || words[i + 1] === "'s")) i++;
    if (!REFERENT_DETERMINERS.has(words[i] ?? '') && !(words[i] === "'s" && ctx.mentionAt[i - 1] != null)) continue;
    let n = i + 1;
    if (ctx.doc.tokens[n]?.pos === 'ADJ') n++;
    if (!referentNoun(ctx, n)) continue;
    // a term in the same clause after the noun is what it refers to
    let end = n + 1;
    while (end < s.to && !SCOPE_BREAKS.has(words[end] ?? '')) end++;
    if (terms.some((t) => t.from > n && t.from < end)) continue;
    antecedents ??= earlierTerms(ctx, hits, s, liveWeak);
    const denied = negatorBefore(words, c.from, s.from) >= 0;
    emitReferences(ctx, s, antecedents, n, n + 1, c, (a) => (objectPolarity(c.value, a.value.target) as number) * (denied ? -1 : 1), c.from, rhetorical, out, false);
  }
}

/** "the idea", "those comments": a noun that refers back to a proposal, not one that names its own content ("the idea of sending troops"). */
function referentNoun(ctx: StanceContext, n: number): boolean {
  const next = ctx.words[n + 1];
  return REFERENT_NOUNS.has(ctx.words[n] ?? '') && !spanInName(ctx, n, n + 1) && next !== 'of' && next !== 'to' && next !== 'that';
}

/**
 * The evidence a reference carries for each proposal it points back to: the deciding cue's polarity toward it
 * (`sign`), at the referent noun `n`, held by whoever holds the cue at `anchor`, more weakly than a stated term.
 */
function emitReferences(
  ctx: StanceContext,
  s: SentenceScope,
  antecedents: readonly TermHit[],
  n: number,
  end: number,
  c: CueHit,
  sign: (a: TermHit) => number,
  anchor: number,
  rhetorical: boolean,
  out: RawEvidence[],
  evaluative: boolean,
): void {
  for (const a of antecedents) {
    const polarity = a.value.polarity * sign(a) * (rhetorical ? -1 : 1);
    const here: TermHit = { from: n, to: n + 1, value: a.value };
    emit(ctx, s, a.value.target, here, end, polarity, [c.from, c.to], `${c.value.id}+reference`, c.value.weight * 0.6, anchor, out, evaluative);
  }
}

/** Verbs that name their object as something: "called the idea an insult", "branded the plan a provocation". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['call', 'brand', 'label', 'describe', 'deem', 'dub', 'term']);

/**
 * "Ruiz called the idea an insult", "the plan was a provocation": a referent noun judged right after
 * it (past an opening quote mark), with the naming verb before it or a copula after it, in a sentence
 * with no target term. The judgement of the earlier proposal goes to the naming verb's subject (or,
 * after a copula, to whoever says it), more weakly than a stated term.
 */
function judgedReferences(
  ctx: StanceContext,
  hits: SentenceTerms,
  s: SentenceScope,
  liveWeak: readonly boolean[],
  cues: readonly CueHit[],
  terms: readonly TermHit[],
  rhetorical: boolean,
  out: RawEvidence[],
): void {
  const { words } = ctx;
  itJudged(ctx, hits, s, liveWeak, cues, terms, rhetorical, out);
  let antecedents: TermHit[] | null = null;
  for (let n = s.from + 1; n < s.to; n++) {
    if (!REFERENT_DETERMINERS.has(words[n - 1] ?? '') || !referentNoun(ctx, n)) continue;
    const verb = n - 2;
    const named = verb >= s.from && ctx.doc.tokens[verb]?.tags.has('Verb') === true && (ctx.lemmas[verb] ?? []).some((l) => NAMING_VERBS.has(l));
    let j = n + 1;
    // "the offer “remains on the table”": a quote mark may open before the copula
    if (!named && OPENING_QUOTES.has(words[j] ?? '') && COPULAS.has(words[j + 1] ?? '')) j++;
    const copula = !named && COPULAS.has(words[j] ?? '');
    if (!named && !copula) continue;
    if (copula) j++;
    while (j < s.to && j - n <= 3 && (words[j] === '“' || words[j] === '"' || words[j] === "'" || words[j] === 'a' || words[j] === 'an')) j++;
    // after a copula a judgement of its subject need not be one the article's voice could hold ("the offer remains on the table")
    const judged = cues.find((c) => c.from >= n + 1 && c.from <= j && c.value.subject !== 0 && (c.value.evaluative || copula) && !c.value.asserted);
    if (judged === undefined) continue;
    // "… who suggested that Washington could station troops there, with X calling the idea an insult": the proposal
    // earlier in the sentence; a term after the noun is what a stated phrase judges, not a reference
    if (terms.some((t) => t.from > n)) continue;
    const before = terms.filter((t) => t.to <= n);
    const here0 = before.length > 0 ? [...new Map(before.map((t) => [t.value.target, t])).values()] : null;
    const found = here0 ?? (antecedents ??= earlierTerms(ctx, hits, s, liveWeak));
    const q = (judged.value.subject as number) * (negatorBefore(words, judged.from, n + 1) >= 0 ? -1 : 1);
    emitReferences(ctx, s, found, n, judged.to, judged, () => q, named ? verb : n, rhetorical, out, judged.value.evaluative);
  }
}

/**
 * "A unilateral strike would be a mistake. It would be an act of war.": a sentence that opens with "it" and a copula
 * (or a modal and "be") and judges it, with no target term of its own, judges the last term of the sentence before.
 */
function itJudged(
  ctx: StanceContext,
  hits: SentenceTerms,
  s: SentenceScope,
  liveWeak: readonly boolean[],
  cues: readonly CueHit[],
  terms: readonly TermHit[],
  rhetorical: boolean,
  out: RawEvidence[],
): void {
  const { words } = ctx;
  let n = s.from;
  if (OPENING_QUOTES.has(words[n] ?? '')) n++;
  if (words[n] !== 'it' || terms.length > 0) return;
  let j = n + 1;
  if (JUDGEMENT_MODALS.has(words[j] ?? '') && words[j + 1] === 'be') j += 2;
  else if (COPULAS.has(words[j] ?? '')) j++;
  else return;
  while (j < s.to && j - n <= 4 && (words[j] === 'a' || words[j] === 'an')) j++;
  const judged = cues.find((c) => c.from > n && c.from <= j && c.value.subject !== 0 && c.value.evaluative && !c.value.asserted);
  // "It is unacceptable that …", "It would be a mistake to …": an extraposed "it" stands for what follows
  if (judged === undefined || EXTRAPOSED.has(words[judged.to] ?? '') || EXTRAPOSED.has(words[judged.to - 1] ?? '')) return;
  const found = earlierTerms(ctx, hits, s, liveWeak, 1);
  if (found.length === 0) return;
  const q = judged.value.subject as number;
  emitReferences(ctx, s, found, n, judged.to, judged, () => q, n, rhetorical, out, true);
}

/** Forms of "have" whose "no" object is a fact ("had no military base"). */
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having']);

/** How far after a negated term its "without" condition may come ("no foreign base could stay without …"). */
const WITHOUT_REACH = 10;

/** A "without" within WITHOUT_REACH tokens after `from`, before the clause ends. */
function withoutAfter(words: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to && k - from <= WITHOUT_REACH; k++) {
    const w = words[k] ?? '';
    if (w === 'without') return true;
    if (w === ';' || w === '.' || w === 'but') return false;
  }
  return false;
}

/** Context words of buying a territory: they name it only with a place, a pronoun or a territory noun after them. */
const PURCHASE_WORDS: ReadonlySet<string> = new Set(['buy', 'buying', 'purchase', 'acquire', 'acquiring']);
const BOUGHT_TERRITORY: ReadonlySet<string> = new Set(['it', 'them', 'the', 'island', 'islands', 'territory', 'country', 'canal', 'land', 'region', 'province']);

/** "instead of buying ferries": a weak purchase word whose object is a thing, not a place. */
function purchaseOfThings(ctx: StanceContext, t: TermHit): boolean {
  if (!t.value.weak || t.to - t.from !== 1 || !PURCHASE_WORDS.has(ctx.words[t.from] ?? '')) return false;
  for (let i = t.to; i < t.to + 3 && i < ctx.words.length; i++) {
    const m = ctx.mentionAt[i];
    if (m != null) return false;
    if (BOUGHT_TERRITORY.has(ctx.words[i] as string)) return false;
  }
  return true;
}

function spanInName(ctx: StanceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.nameAt[i] === true) return true;
  return false;
}

/**
 * A target word inside a name is not the target ("Coalition of the Resolute"),
 * except a strong term heading the name: "the United States Army" is an army.
 * A term that only holds a name inside it is still a term ("all elements of
 * American power"): it is in a name when it starts or ends in one.
 */
function termInName(ctx: StanceContext, t: TermHit): boolean {
  if (ctx.nameAt[t.from] !== true && ctx.nameAt[t.to - 1] !== true) return false;
  return t.value.weak || ctx.nameAt[t.to] === true;
}

/** Floor for scans from token `i`: the start of its quote when it is in one, else of the sentence. */
function floorOf(ctx: StanceContext, s: SentenceScope, i: number): number {
  const q = ctx.quoteAt[i] ?? -1;
  if (q < 0) return s.from;
  let j = i;
  while (j > s.from && ctx.quoteAt[j - 1] === q) j--;
  return j;
}

function termEvidence(
  ctx: StanceContext,
  s: SentenceScope,
  target: number,
  term: TermHit,
  terms: readonly TermHit[],
  cues: readonly CueHit[],
  rhetorical: boolean,
  out: RawEvidence[],
): void {
  const { words } = ctx;
  const chain: CueHit[] = [];
  let at = term.from;
  while (chain.length < MAX_CHAIN) {
    const c = governingCue(ctx, cues, at, s.from, target, terms, chain.length === 0);
    if (c === null || c.to > term.from || (c.from < term.to && c.to > term.from)) break;
    // "condemned the raids as [a violation of sovereignty]", "rejected the criticism as [interference]": the "as" complement
    // characterises the object; a judgement or a term there is the subject's own, not what the verb acts on (but "welcomed
    // the plan as a way to host troops" passes the welcome on to the act)
    const inner = chain[chain.length - 1];
    if ((inner === undefined || inner.value.evaluative) && !c.value.noun && asComplementBetween(ctx, c.to, at)) break;
    // "denounced the violation of its sovereignty", "condemned the breach of our sovereignty": what condemns a violation
    // agrees with the violation's judgement (it defends what is violated); it does not turn it round
    if (inner !== undefined && inner.value.id === 'judge.violation-of' && objectPolarity(c.value, target) < 0) break;
    // "has never allowed and will never allow foreign troops": one verb said twice, coordinated, not one governing the other
    if (inner !== undefined && c.value.id === inner.value.id && breaksBetween(ctx, c.to, inner.from, COORDINATORS)) break;
    chain.push(c);
    at = c.from;
    // a passive with its agent ("a move supported by X") is a clause of its own: no cue before governs it
    if (passiveAgent(ctx, c) !== null) break;
  }
  // a cue that needs a governor and has none ("Norland will withdraw its troops") says nothing
  if (chain.length > 0 && (chain[chain.length - 1] as CueHit).value.governed) return;
  // "rejected opposition claims that the pier would become a foreign base", "denied reports that troops would be sent": a
  // denial of what someone said happened, not a stance on it (a proposal is one: "rejected the suggestion that it host troops")
  const outer = chain[chain.length - 1];
  if (outer !== undefined && outer.value.object < 0 && claimBetween(ctx, outer.to, chain.length > 1 ? (chain[chain.length - 2] as CueHit).from : term.from)) return;
  // "MONUSCO has already closed its bases", "scaled back its troops": a force ending its own presence is news about it, as
  // "withdraw" is; under a cue that governs it ("demanded that Norland close its bases") it is one. (Not a pact or a
  // cooperation: "Chad ended its defence pact with France" ends someone else's presence.)
  const act = chain[0];
  if (chain.length === 1 && act !== undefined && act.value.target !== null && act.value.object < 0 && OWN_FORCE_HEADS.has(words[term.to - 1] ?? '') && words.slice(act.to, term.from).some((w) => w === 'its' || w === 'their')) return;
  // "the air base, used by US forces since the 1980s": a target's act as a participle before its agent describes, no one acts
  if (chain.length === 1 && act !== undefined && act.value.target !== null && /..ed$/.test(words[act.from] ?? '') && words[act.to] === 'by' && term.from > act.to && term.from <= act.to + 2) return;
  // "declined to condemn the strikes", "refused to criticise Washington": withholding a judgement takes no side
  for (let k = 0; k + 1 < chain.length; k++) if (JUDGEMENTS.has((chain[k] as CueHit).value.id) && WITHHOLDING.has((chain[k + 1] as CueHit).value.id)) return;
  // … nor one whose governor only reports its holder's own plan ("announced that Norland would withdraw its troops")
  for (let k = 0; k + 1 < chain.length; k++) if ((chain[k] as CueHit).value.governed && (chain[k + 1] as CueHit).value.reports) return;
  // "Valdor's demand that foreign warships respect its waters": a requesting noun's "that" clause says for or against its
  // subject only through a cue of its own that reads it ("… that all French forces leave")
  if (act !== undefined && act.value.noun && act.value.request && words[act.to - 1] === 'that' && !cues.some((c) => c.from >= term.to && c.from - term.to <= SUBJECT_GAP && c.value.subject !== 0)) return;
  let polarity: number = term.value.polarity;
  // "Opposition deputies call your letter an invitation to occupation": what a call names an invitation to, the caller
  // blames it for, and does not invite
  const named = chain[chain.length - 1];
  if (named !== undefined && named.value.request === true && named.value.noun === true && calledAn(ctx, named.from, s.from)) polarity = -polarity;
  const innerFloor = chain.length > 0 ? (chain[0] as CueHit).to : s.from;
  const termNeg = negatorBefore(words, term.from, innerFloor);
  // "could not operate without our consent": a term that is itself a "without" phrase is negated twice, and holds
  const doubleNegative = words[term.from] === 'without';
  if (!doubleNegative && (termNeg >= 0 || (chain.length === 0 && deniedBefore(words, term.from, innerFloor)))) polarity = -polarity;
  // "would take orders from nobody", "will be dictated to by no one": a term whose object is no one is denied
  if (NO_ONE.has(words[term.to] ?? '') || (words[term.to] === 'no' && words[term.to + 1] === 'one') || (words[term.to] === 'by' && NO_ONE.has(words[term.to + 1] ?? ''))) polarity = -polarity;
  // "the military offer", "US strikes": a term right before a noun cue is governed by it.
  if (chain.length === 0) {
    const next = cues.find((c) => c.from === term.to && c.value.noun && c.value.object !== 0 && (c.value.target === null || c.value.target === target));
    if (next !== undefined) chain.push(next);
  }
  // "warned that [sending troops] would be a mistake": a gerund act heading its clause is the subject of the judgement after it
  const gerund = chain.length === 1 ? (chain[0] as CueHit) : null;
  if (gerund !== null && gerund.value.target !== null && /..ing$/.test(words[gerund.from] ?? '') && CLAUSE_OPENERS.has(words[gerund.from - 1] ?? '.')) {
    const judged = predicateCue(ctx, cues, term, s.to, target);
    if (judged !== null && judged.value.subject !== 0 && !judged.value.asserted && passiveAgent(ctx, judged) === null) {
      let p = judged.value.subject as number;
      if (negatorBefore(words, judged.from, term.to) >= 0) p = -p;
      const label = polarity * (objectPolarity(gerund.value, target) as number) * p * (rhetorical ? -1 : 1);
      emit(ctx, s, target, term, judged.to, label, [judged.from, judged.to], judged.value.id, judged.value.weight, gerund.from, out, judged.value.evaluative);
      return;
    }
  }
  let predicate: CueHit | null = null;
  if (chain.length === 0) {
    predicate = predicateCue(ctx, cues, term, s.to, target);
    if (predicate === null && term.value.asserted === true) {
      assertion(ctx, s, target, term, polarity * (rhetorical ? -1 : 1), out);
      return;
    }
    if (predicate === null) {
      if (narratedAct(ctx, s, target, term, polarity * (rhetorical ? -1 : 1), out)) return;
      // "chanting “No new bases”": a slogan that says no to it, the crowd's
      if (termNeg >= 0 && words[termNeg] === 'no' && slogan(ctx, s, target, term, OPENING_QUOTES.has(words[termNeg - 1] ?? '') ? termNeg - 1 : termNeg, polarity * (rhetorical ? -1 : 1), 'negation.slogan', out)) return;
      // A bare negated term inside a quote: "there is no meddling", "I am not going to surrender".
      if (termNeg < 0 || term.value.weak || (ctx.quoteAt[term.from] ?? -1) < 0) return;
      // "Without foreign forces, the rebels would have …", "Without them the north falls": a counterfactual opening its
      // clause argues the term is needed, unless what follows is better off without it ("Without foreign troops, we will be free")
      if (words[termNeg] === 'without' && (termNeg === floorOf(ctx, s, termNeg) || CLAUSE_OPENERS.has(words[termNeg - 1] ?? '.'))) {
        const qi = ctx.quoteAt[term.from] ?? -1;
        const sp = unasserted(ctx, qi) ? null : speakerOf(ctx, term.from);
        const better = betterOffAfter(ctx, term.to, s.to);
        if (sp !== null) pushEvidence(ctx, s, target, sp, -polarity * (better ? -1 : 1) * (rhetorical ? -1 : 1), termNeg, term.to, [termNeg, termNeg + 1], 'negation.without-counterfactual', 0.5, out);
        return;
      }
      // "no further strikes were scheduled", "no troops have been deployed": a fact about the term, not a wish
      if (words[termNeg] === 'no' && passiveFact(ctx, term.to)) return;
      // "the Emirates had no military base on the island": having none is a fact denied, not a wish
      if (words[termNeg] === 'no' && HAVE_FORMS.has(words[termNeg - 1] ?? '')) return;
      // "no foreign base could stay without the consent of the people": a condition on the term, which the consent
      // wording (the target's own assertion) reads; the negation alone says nothing against it
      if (words[termNeg] === 'no' && withoutAfter(words, term.to, s.to)) return;
      // "did not win independence so that another country could …": the negation denies the purpose that follows, not the term
      if ((words[term.to] === 'so' && words[term.to + 1] === 'that') || (words[term.to] === 'in' && words[term.to + 1] === 'order')) return;
      // "Norland is not for sale", "its people would not be bargained over", reported by someone else: a judgement of the
      // subject (or what is done to it), held by who asserts it
      const qi = ctx.quoteAt[term.from] ?? -1;
      // "This is cooperation, not an occupation": the contrast denies the thing at hand the name, as "This is not an occupation" does
      const contrast = contrastedLabel(words, termNeg, floorOf(ctx, s, termNeg));
      if ((COPULAS.has(words[termNeg - 1] ?? '') || words[term.from] === 'be' || contrast) && !FIRST_PERSON.has(words[termNeg - 2] ?? '') && qi >= 0) {
        const sp = unasserted(ctx, qi) ? null : speakerOf(ctx, term.from);
        // "This is not a foreign base. It is a partnership.": denying the thing at hand the target's name defends it
        // "A country that needs another country's army is not sovereign": a generic subject denied the target's name
        // says what the target takes, so the speaker holds to it
        const copular = term.value.polarity > 0 && (contrast || COPULAS.has(words[termNeg - 1] ?? ''));
        const labelDenied = contrast || (COPULAS.has(words[termNeg - 1] ?? '') && LABELLED_SUBJECTS.has(words[termNeg - 2] ?? '') && (words[termNeg + 1] === 'a' || words[termNeg + 1] === 'an'));
        // "This is not an invasion": denying the act at hand an opposite's name defends the act, it asserts no sovereignty
        if (labelDenied && term.value.polarity < 0) return;
        const labelled = copular && labelDenied;
        const generic = copular && !labelled && genericCountrySubject(ctx, floorOf(ctx, s, termNeg));
        // "Sending the blue helmets home … is not sovereignty. It is abandonment.": denying an act the name of what the target
        // values disputes the act, not the target
        // ("Norland is not sovereign", "it is not sovereign" deny a place the target, and stay against it)
        const placeSubject = ctx.mentionAt[termNeg - 2]?.type === 'GPE' || ctx.mentionAt[termNeg - 2]?.type === 'LOC' || words[termNeg - 2] === 'it' || words[termNeg - 2] === 'they';
        if (copular && !labelled && !generic && !placeSubject) return;
        const provenance = labelled ? 'negation.label-denied' : generic ? 'negation.generic-subject' : 'negation.copular';
        if (sp !== null) pushEvidence(ctx, s, target, sp, (labelled || generic ? 1 : polarity) * (rhetorical ? -1 : 1), termNeg - 1, term.to, [termNeg, termNeg + 1], provenance, 0.6, out);
        return;
      }
      emit(ctx, s, target, term, term.to, polarity * (rhetorical ? -1 : 1), [termNeg, termNeg + 1], 'negation.bare-term', 0.6, termNeg, out);
      return;
    }
    const agent = predicate.value.subject === 0 ? passiveAgent(ctx, predicate) : null;
    if (agent !== null) {
      // the passive's subject is what the agent acts on
      let q = objectPolarity(predicate.value, target) as number;
      if (negatorBefore(words, predicate.from, term.to) >= 0) q = -q;
      const label = polarity * q * (rhetorical ? -1 : 1);
      pushEvidence(ctx, s, target, agent, label, term.from, Math.min(predicate.to + 2, s.to), [predicate.from, predicate.to], predicate.value.id, predicate.value.weight, out);
      return;
    }
    let p = predicate.value.subject as number;
    if (negatorBefore(words, predicate.from, term.to) >= 0) p = -p;
    polarity *= p;
    if (rhetorical) polarity = -polarity;
    if (predicate.value.asserted) {
      // "[the drills] violate …": the names inside the subject are judged; the speaker holds the judgement.
      const q = ctx.quoteAt[predicate.from] ?? -1;
      const sp = q >= 0 && !unasserted(ctx, q) ? speakerOf(ctx, predicate.from) : null;
      if (sp !== null) pushEvidence(ctx, s, target, sp, polarity, term.from, predicate.to, [predicate.from, predicate.to], predicate.value.id, predicate.value.weight, out);
      return;
    }
    emit(ctx, s, target, term, predicate.to, polarity, [predicate.from, predicate.to], predicate.value.id, predicate.value.weight, term.from, out, predicate.value.evaluative);
    return;
  }
  // "urged foreign forces to leave", "ordered the troops out of the country": a complement after the governed term says what should happen to it
  if (chain.length > 0) {
    const at = complementStart(ctx, term.to, s.to, (j) => cues.some((c) => c.from === j && c.value.governed));
    // a subjunctive predicate counts too: "demanded that the troops be withdrawn"
    const complement = cues.find((c) => c.from === at && (words[c.from] === 'to' || words[c.from] === 'out' || words[c.from] === 'be' || c.value.governed) && c.value.subject !== 0);
    if (complement !== undefined) polarity *= complement.value.subject;
    // "asked about the troops": a cue that needs a complement and governs the term directly, with none, says nothing
    else if (chain.length === 1 && (chain[0] as CueHit).value.complement) return;
  }
  if (judgedHead(ctx, s, target, term, chain, cues, polarity, rhetorical, out)) return;
  // Walk the chain inward-out: owners of noun cues hold the polarity of the part they govern.
  for (let k = 0; k < chain.length; k++) {
    const c = chain[k] as CueHit;
    let p = objectPolarity(c.value, target) as number;
    // "condemned the illegal occupation": an evaluative adjective under another cue agrees with it, it does not flip it
    if (k + 1 < chain.length && c.value.evaluative && c.value.reach <= 1) p = 1;
    const floor = k + 1 < chain.length ? (chain[k + 1] as CueHit).to : s.from;
    const outermost = k === chain.length - 1;
    if (negatorBefore(words, c.from, floor) >= 0) {
      // "did not call for strikes": a denied request rejects nothing
      if (outermost && c.value.request) return;
      p = -p;
    }
    polarity *= p;
    const label = rhetorical ? -polarity : polarity;
    if (c.value.noun) {
      const owner = findOwner(ctx, c.from, c.to, floorOf(ctx, s, c.from));
      if (owner !== null && owner !== 'blocked') {
        const holder = owner === 'first-person' ? speakerOf(ctx, c.from) : owner;
        if (holder !== null) pushEvidence(ctx, s, target, holder, label, c.from, term.to, [c.from, c.to], c.value.id, c.value.weight, out);
        // The clause subject that reports the owner's stance ("He emphasized Caracas's commitment to …") shares it, more weakly.
        if (outermost && holder !== null && !deliberatedBefore(ctx, c.from, floorOf(ctx, s, c.from))) emit(ctx, s, target, term, term.to, label, [c.from, c.to], c.value.id, c.value.weight * 0.5, c.from, out, false, holder);
        if (outermost) return;
        continue;
      }
      // "called the plan to send troops an insult", "the offer of troops was a mistake": an ownerless proposal judged after it
      const judged = outermost && owner === null ? predicateCue(ctx, cues, term, s.to, target) : null;
      if (judged !== null && judged.value.subject !== 0 && !judged.value.asserted && judged.value.evaluative && passiveAgent(ctx, judged) === null) {
        let q = judged.value.subject as number;
        if (negatorBefore(words, judged.from, term.to) >= 0) q = -q;
        const l = (rhetorical ? -polarity : polarity) * q;
        emit(ctx, s, target, term, judged.to, l, [judged.from, judged.to], judged.value.id, judged.value.weight, c.from, out, judged.value.evaluative);
        return;
      }
    }
    // "[the drills] violate [sovereignty]", said in a quote: its speaker defends what is violated; the subject is judged, not the holder.
    if (outermost && c.value.asserted) {
      const q = ctx.quoteAt[c.from] ?? -1;
      const sp = q >= 0 && !unasserted(ctx, q) ? speakerOf(ctx, c.from) : null;
      if (sp !== null) pushEvidence(ctx, s, target, sp, -label, c.from, term.to, [c.from, c.to], c.value.id, c.value.weight, out);
      return;
    }
    // "the proposed strikes": a participle used as an adjective has no holder of its own.
    if (outermost && /..ed$/.test(words[c.from] as string) && !ctx.doc.tokens[c.from]?.tags.has('Noun') && ATTRIBUTIVE_DETERMINERS.has(words[c.from - 1] ?? '')) return;
    // "the signing of the pact", "the closing of the base": a target's act used as a noun, with no owner found, has no holder.
    if (outermost && c.value.target !== null && /..ing$/.test(words[c.from] as string) && ATTRIBUTIVE_DETERMINERS.has(words[c.from - 1] ?? '')) return;
    // "a move also supported by Norland aiming to …": a passive's agent holds it
    const agent = outermost ? passiveAgent(ctx, c) : null;
    if (agent !== null) {
      pushEvidence(ctx, s, target, agent, label, c.from, term.to, [c.from, c.to], c.value.id, c.value.weight, out);
      return;
    }
    if (outermost) emit(ctx, s, target, term, term.to, label, [c.from, c.to], c.value.id, c.value.weight, c.from, out, c.value.evaluative);
  }
}

/** Words of a better state: "Without foreign troops, we will finally be free" leans against what it does without. */
const BETTER_OFF: ReadonlySet<string> = new Set(['free', 'freer', 'better', 'safer', 'peace', 'peaceful', 'stronger', 'calmer', 'fine', 'happier', 'sovereign', 'independent']);

/** A word of a better state in tokens [from, to). */
function betterOffAfter(ctx: StanceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (BETTER_OFF.has(ctx.words[i] ?? '')) return true;
  return false;
}

/** Words that may open a noun phrase before its head: "[a rapid] withdrawal of", "[any early] removal of". */
const NP_LEAD: ReadonlySet<string> = new Set([...ATTRIBUTIVE_DETERMINERS, 'its', 'their', 'our', 'his', 'her', 'every']);

/** Whether the phrase at token `at` opens its clause, after at most a determiner and modifiers. */
function headsClause(ctx: StanceContext, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && at - i <= 3 && (NP_LEAD.has(ctx.words[i] ?? '') || ctx.doc.tokens[i]?.pos === 'ADJ' || ctx.doc.tokens[i]?.pos === 'ADV')) i--;
  return i < floor || CLAUSE_OPENERS.has(ctx.words[i] ?? '');
}

/**
 * "[a rapid withdrawal of the foreign troops] would be a disaster": a non-noun cue heading its clause is
 * the subject of a judgement after its term, and the judgement decides: the holder is against the
 * withdrawal, so for the troops. Emits and returns true when the chain is such a subject.
 */
function judgedHead(
  ctx: StanceContext,
  s: SentenceScope,
  target: number,
  term: TermHit,
  chain: readonly CueHit[],
  cues: readonly CueHit[],
  polarity: number,
  rhetorical: boolean,
  out: RawEvidence[],
): boolean {
  const head = chain[chain.length - 1];
  if (head === undefined || head.value.noun || head.value.target !== null || head.value.asserted) return false;
  if (!headsClause(ctx, head.from, floorOf(ctx, s, head.from))) return false;
  // "… and, in a statement, condemned the strikes as a violation": a finite verb after a comma is a predicate, not a subject
  const ht = ctx.doc.tokens[head.from];
  if (ht !== undefined && ht.pos === 'VERB' && (ht.tags.has('PastTense') || ht.tags.has('PresentTense'))) return false;
  const judged = predicateCue(ctx, cues, term, s.to, target);
  if (judged === null || judged.value.subject === 0 || judged.value.asserted || passiveAgent(ctx, judged) !== null) return false;
  let label = polarity;
  for (let k = 0; k < chain.length; k++) {
    const c = chain[k] as CueHit;
    let p = objectPolarity(c.value, target) as number;
    if (negatorBefore(ctx.words, c.from, k + 1 < chain.length ? (chain[k + 1] as CueHit).to : s.from) >= 0) p = -p;
    label *= p;
  }
  let q = judged.value.subject as number;
  if (negatorBefore(ctx.words, judged.from, term.to) >= 0) q = -q;
  label *= q * (rhetorical ? -1 : 1);
  emit(ctx, s, target, term, judged.to, label, [judged.from, judged.to], judged.value.id, judged.value.weight, head.from, out, judged.value.evaluative);
  return true;
}

/**
 * "Parliament began debating a request from X": the nearest verb before a noun cue weighs what the owner
 * wants without taking it up, so the subject does not share the owner's stance.
 */
function deliberatedBefore(ctx: StanceContext, at: number, floor: number): boolean {
  for (let k = at - 1; k >= floor && at - k <= 4; k--) {
    const t = ctx.doc.tokens[k];
    if (t === undefined || !t.tags.has('Verb')) continue;
    return (ctx.lemmas[k] ?? []).some((l) => DELIBERATION_LEMMAS.has(l));
  }
  return false;
}

/**
 * "“Norland belongs to its people,” Ruiz said": a statement that takes a side
 * by itself is held by the speaker of the quote it is in; its subject is what
 * it is about. In narration it is no one's.
 */
function assertion(ctx: StanceContext, s: SentenceScope, target: number, term: TermHit, polarity: number, out: RawEvidence[]): void {
  const q = ctx.quoteAt[term.from] ?? -1;
  if (q >= 0 && unasserted(ctx, q)) return;
  const sp = q >= 0 ? speakerOf(ctx, term.from) : null;
  if (sp !== null) {
    pushEvidence(ctx, s, target, sp, polarity, term.from, term.to, [term.from, term.to], 'assertion', ACT_WEIGHT, out);
    return;
  }
  // "marched under the slogan Norland belongs to its people", "banners reading '…'": the crowd's
  // words, held by the sentence's subject
  const quote = q >= 0 ? ctx.quotes[q] : undefined;
  if (slogan(ctx, s, target, term, quote === undefined ? term.from : tokenIndexAt(ctx, quote.start), polarity, 'assertion.slogan', out)) return;
  // "The people who live on these islands will decide who governs them": in an article that speaks in its own voice, a
  // statement in its narration is the author's
  if (q < 0 && ctx.ownVoice) pushEvidence(ctx, s, target, { actor: { name: '@author', entityId: null }, confidence: 0.6, via: 'author' }, polarity, term.from, term.to, [term.from, term.to], 'assertion.author', ACT_WEIGHT, out);
}

/**
 * "chanting “No new bases”", "banners reading …": words the crowd carries, starting at token `from`, held by the
 * sentence's subject when a slogan word leads them. Answers whether a slogan word was found.
 */
function slogan(ctx: StanceContext, s: SentenceScope, target: number, term: TermHit, from: number, polarity: number, provenance: string, out: RawEvidence[]): boolean {
  for (let i = from - 1; i >= Math.max(s.from, from - SLOGAN_GAP); i--) {
    if (!SLOGAN_LEADS.has(ctx.words[i] ?? '')) continue;
    const h = openingSubject(ctx, s.from, i);
    if (h !== null) pushEvidence(ctx, s, target, { ...h, confidence: h.confidence * 0.8 }, polarity, from, term.to, [i, i + 1], provenance, ACT_WEIGHT, out);
    return true;
  }
  return false;
}

/** Verbs of commitment, by lemma: the infinitive after one is the subject's own act ("vowed to strike"). */
const COMMITMENT_VERBS: ReadonlySet<string> = new Set(['vow', 'pledge', 'promise', 'swear', 'vowed', 'pledged', 'promised', 'swore']);

/** Words before a verb that make it passive or not the clause's own act. */
const NOT_ACTIVE: ReadonlySet<string> = new Set([...PASSIVE_AUX, 'get', 'got', 'to', 'being']);

/**
 * "Norland invaded the island", "the navy will strike anyone who …": a target
 * term that is itself the verb of its clause is its subject's act, for it (or,
 * negated, against it). Not a passive ("was invaded") nor an infinitive with no cue.
 */
function narratedAct(ctx: StanceContext, s: SentenceScope, target: number, term: TermHit, polarity: number, out: RawEvidence[]): boolean {
  const tok = ctx.doc.tokens[term.from];
  if (term.value.weak || tok === undefined || tok.pos !== 'VERB' || /ing$/.test(ctx.words[term.from] ?? '')) return false;
  let i = term.from - 1;
  while (i >= s.from && ctx.doc.tokens[i]?.pos === 'ADV') i--;
  // "vowed to strike the cartels": an infinitive under a verb of commitment is its subject's own act
  const committed = ctx.words[i] === 'to' && (ctx.lemmas[i - 1] ?? []).some((l) => COMMITMENT_VERBS.has(l));
  if (NOT_ACTIVE.has(ctx.words[i] ?? '') && !committed) return false;
  // "Crimea became part of Norland": a change of state, narrated, is no one's act; said, it is the speaker's
  if (CHANGE_OF_STATE.has(ctx.words[term.from] ?? '') && (ctx.quoteAt[term.from] ?? -1) < 0) return false;
  // "invaded Sudria in 1990": history dated to a year is not a stance
  if (/ed$|^struck$/.test(ctx.words[term.from] ?? '') && ctx.words.slice(s.from, s.to).some((w) => /^(?:1[89]|20)\d\d$/.test(w))) return false;
  emit(ctx, s, target, term, term.to, polarity, [term.from, term.to], 'act.verb', ACT_WEIGHT, term.from, out);
  return true;
}

/** Verbs of becoming: what happens to their subject, not what it does. */
const CHANGE_OF_STATE: ReadonlySet<string> = new Set(['become', 'becomes', 'became', 'becoming']);

/** How much a narrated act counts: less than a stated stance. */
const ACT_WEIGHT = 0.6;

/** Reported speech that opens as a question ("asked whether Norland was for sale"): it asserts nothing. */
export function reportedQuestion(quote: Pick<Quote, 'kind' | 'text'>): boolean {
  return quote.kind === 'indirect' && /^\s*(?:whether|if)\b/i.test(quote.text);
}

/**
 * Content reported under a negated cue ("did not believe that …") or as a
 * question ("asked whether he would …") is not asserted by anyone.
 */
function unasserted(ctx: StanceContext, qi: number): boolean {
  const quote = ctx.quotes[qi];
  if (quote === undefined) return false;
  if (reportedQuestion(quote)) return true;
  const cue = quote.cue;
  if (cue === null) return false;
  const i = tokenIndexAt(ctx, cue.start);
  const floor = ctx.doc.sentenceTokens[ctx.doc.tokens[i]?.sentence ?? 0]?.[0] ?? 0;
  return negatorBefore(ctx.words, i, floor) >= 0;
}

/** The subject of a clause between a judged term and its judgement (among tokens [from, to)), or null. */
function clauseBetween(ctx: StanceContext, from: number, to: number): Holder | null {
  const sub = findSubject(ctx, to, from);
  return sub === null || sub === 'blocked' || sub === 'first-person' ? null : sub;
}

/**
 * "Rather than accepting foreign military assistance, Ruiz has …": a
 * clause fronted before the subject; its holder is the name right after the comma.
 */
function frontedSubject(ctx: StanceContext, s: SentenceScope, after: number): Holder | null {
  for (let i = after; i < s.to && i < after + 12; i++) {
    if (SCOPE_BREAKS.has(words0(ctx, i)) && ctx.mentionAt[i] == null) return null;
    if (words0(ctx, i) !== ',') continue;
    for (let j = i + 1; j < s.to && j <= i + 3; j++) {
      const m = ctx.mentionAt[j];
      const e = m == null ? undefined : ctx.byId.get(m.entityId);
      if (e !== undefined && e.type !== 'LOC' && e.type !== 'NORP') return { actor: { name: e.name, entityId: e.id }, confidence: 0.7, via: 'fronted' };
    }
    return null;
  }
  return null;
}

function words0(ctx: StanceContext, i: number): string {
  return ctx.words[i] ?? '';
}

/** Cues of a clause whose subject shows it rather than says it ("the rally was meant to show that …", "the poll shows that …"). */
const SHOWING_CUES: ReadonlySet<string> = new Set(['show', 'shows', 'showed', 'shown', 'prove', 'proves', 'proved', 'proven', 'demonstrate', 'demonstrates', 'demonstrated']);

function speakerOf(ctx: StanceContext, i: number): Holder | null {
  let q = ctx.quoteAt[i] ?? -1;
  // "X said the rally was meant to show that …": what a thing shows, inside someone's reported clause, is theirs
  const inner = q >= 0 ? ctx.quotes[q] : undefined;
  if (inner !== undefined && inner.kind === 'indirect' && inner.cue !== null && SHOWING_CUES.has(inner.cue.text.toLowerCase())) {
    const outer = ctx.quotes.findIndex((o, k) => k !== q && o.kind === 'indirect' && o.start <= inner.start && o.end >= inner.end && o.speaker !== null);
    if (outer >= 0) q = outer;
  }
  const sp = q >= 0 ? ctx.quotes[q]?.speaker ?? null : null;
  // a day or month taken for a speaker ("…, Monday") holds nothing
  if (sp === null || (sp.entityId === null && NOT_SPEAKERS.test(sp.name.trim()))) return null;
  // "the government said": the country of the passage, as for a stance's subject (GUIDELINES.md §3)
  const g = speakerGovernment(ctx, sp);
  if (g !== null) return { ...g, via: 'speaker' };
  const also = sp.entityId !== null && sp.span !== null ? speakerConjuncts(ctx, sp.entityId, sp.span.start) : [];
  return { actor: { name: sp.name, entityId: sp.entityId }, confidence: sp.confidence, via: 'speaker', ...(also.length > 0 ? { also } : {}) };
}

/** The holder of what quote `qi` says, as the rules find it for a stance inside it (speakerOf), or null. */
export function quoteHolder(ctx: StanceContext, qi: number): Holder | null {
  const q = ctx.quotes[qi];
  return q === undefined || q.speaker === null ? null : speakerOf(ctx, tokenIndexAt(ctx, q.start));
}

/** Longest participial postmodifier skipped between a governed term and its complement ("the soldiers still based in X to leave"). */
const POSTMODIFIER_MAX = 8;

/**
 * Where a complement of the term ending at `to` may start: right after it, or after a participial postmodifier
 * ("ordered the soldiers [still based in N'Djamena] to leave").
 */
function complementStart(ctx: StanceContext, to: number, end: number, governedAt: (j: number) => boolean): number {
  const { words } = ctx;
  let k = to;
  if (ctx.doc.tokens[k]?.pos === 'ADV') k++;
  // "[stationed there] be sent home", "the soldiers [at the airport] leave": a participle or a place after the term
  const participle = /..ed$/.test(words[k] ?? '') && ctx.doc.tokens[k]?.pos === 'VERB';
  const place = LOCATIVES.has(words[k] ?? '') && words[k] !== 'to';
  if (!participle && !place) return to;
  for (let j = k + 1; j < end && j - to <= POSTMODIFIER_MAX; j++) {
    // "… to leave", or a subjunctive one: "demanding that the squadrons [stationed there] be sent home"
    if (words[j] === 'to' || words[j] === 'be' || governedAt(j)) return j;
    const pos = ctx.doc.tokens[j]?.pos;
    if (pos !== 'ADP' && pos !== 'PROPN' && pos !== 'DET' && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'ADV' && words[j] !== 'there' && words[j] !== 'here') return to;
  }
  return to;
}

/** Cues of judging something (src/lexicons/en/stance.ts) … */
const JUDGEMENTS: ReadonlySet<string> = new Set(['against.condemn', 'against.condemnation', 'against.criticize', 'against.criticism', 'against.denounce', 'against.denunciation', 'against.slam']);
/** … and of withholding one ("declined to", "refused to"). */
const WITHHOLDING: ReadonlySet<string> = new Set(['against.decline', 'against.refuse', 'against.refusal']);

/** "bloc", "the alliance": a body's common noun alone, standing for a named one. */
function bodyPhrase(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length <= 2 && (words.length === 1 || words[0] === 'the') && BODY_NOUNS.has(words[words.length - 1] ?? '');
}

/** The words of a blockade, and the civil groups whose blockade is a protest (a union, farmers, truckers …). */
const BLOCKADE = /^blockad/;
const CIVIL_GROUP = /\b(?:unions?|fishermen|fishers|farmers|workers|dockers|truckers|drivers|protesters|protestors|demonstrators|activists|students|residents|villagers|traders|taxi)\b/i;

/** Objects that deny what governs them ("take orders from nobody"). */
const NO_ONE: ReadonlySet<string> = new Set(['nobody', 'no-one', 'none', 'noone']);

/** Finds the holder for an anchor token and records the evidence. */
function emit(
  ctx: StanceContext,
  s: SentenceScope,
  target: number,
  term: TermHit,
  end: number,
  polarity: number,
  cue: readonly [number, number],
  provenance: string,
  weight: number,
  anchor: number,
  out: RawEvidence[],
  evaluative = false,
  not: Holder | null = null,
): void {
  const floor = floorOf(ctx, s, anchor);
  const qi = ctx.quoteAt[anchor] ?? -1;
  const inQuote = qi >= 0;
  if (inQuote && unasserted(ctx, qi)) return;
  // "asked whether he would send troops": a reported question asserts nothing.
  for (let i = anchor - 1; i >= floor && !SCOPE_BREAKS.has(words0(ctx, i)); i--) if (words0(ctx, i) === 'whether') return;
  // "ranging from allowing …", "talk of sending …": a gerund after a preposition is a topic, not its subject's act.
  if (/ing$/.test(words0(ctx, anchor)) && (GERUND_PREPOSITIONS.has(words0(ctx, anchor - 1)) || timeClause(ctx, anchor))) return;
  let holder: Holder | null = null;
  const cueQuote = ctx.quoteAt[cue[0]] ?? -1;
  // "Such strikes, he said, are a “direct assault …”": the judgement is the quote's.
  // "Ruiz hailed the raid, declaring it necessary": a participial clause is held by the main clause's subject.
  const participle = !inQuote && cueQuote < 0 ? participleSubject(ctx, anchor, floor) : null;
  const subject =
    !inQuote && cueQuote >= 0 ? null : participle !== null ? participle : FIRST_PERSON.has(words0(ctx, anchor)) ? 'first-person' : findSubject(ctx, anchor, floor);
  if (subject === 'blocked') return;
  // "a presence Baghdad has described as an occupation", "the base, which Norland calls illegal": a judgement after a clause
  // of its own, between it and what it judges, is that clause's subject's
  const between = !inQuote && cueQuote < 0 && evaluative && cue[0] > term.to ? clauseBetween(ctx, term.to, cue[0]) : null;
  if (!inQuote && cueQuote >= 0) {
    holder = unasserted(ctx, cueQuote) ? null : speakerOf(ctx, cue[0]);
  } else if (subject === null && inQuote && provenance === 'act.verb' && ctx.quotes[qi]?.kind === 'indirect' && ctx.doc.tokens[term.from]?.tags.has('PastTense') === true) {
    // "US forces struck two boats, the Pentagon said": a past act of someone unnamed, reported, is news the speaker gives, not a stance
    return;
  } else if (between !== null) {
    holder = between;
  } else if (subject === 'first-person' || subject === null) {
    holder = inQuote ? speakerOf(ctx, anchor) : subject === null ? frontedSubject(ctx, s, Math.max(anchor, term.to)) : ctx.ownVoice && cueQuote < 0 ? { actor: { name: '@author', entityId: null }, confidence: 0.6, via: 'author' } : null;
  } else if (inQuote && subject.actor.entityId !== null) {
    // A country or organisation as subject inside a person's quote: the person speaks for it.
    const e = ctx.byId.get(subject.actor.entityId);
    const sp = speakerOf(ctx, anchor);
    holder = e !== undefined && e.type !== 'PERSON' && sp !== null && sp.actor.entityId !== null && ctx.byId.get(sp.actor.entityId)?.type === 'PERSON' ? sp : subject;
  } else if (inQuote && subject.actor.entityId === null && bodyPhrase(subject.actor.name)) {
    // "An EU spokesperson said the bloc backed …", "NATO said the alliance would …": the body is the organisation speaking
    const sp = speakerOf(ctx, anchor);
    holder = sp !== null && sp.actor.entityId !== null && ctx.byId.get(sp.actor.entityId)?.type === 'ORG' ? sp : subject;
  } else holder = subject;
  // The article's own voice: an evaluative word in narration with no one else holding it, or a
  // recommendation in narration ("Kenya should expel the troops" is the writer's advice, not Kenya's act).
  if (!inQuote && cueQuote < 0 && ((holder === null && evaluative) || (holder !== null && recommended(ctx, cue[0], floor)))) {
    holder = { actor: { name: '@author', entityId: null }, confidence: 0.6, via: 'author' };
  }
  if (holder === null) return;
  if (not !== null && holder.actor.name === not.actor.name) return;
  // "the fishermen's union vowed to blockade the harbour", "farmers blockaded the roads": a blockade by a civil group is a protest
  if (holder.actor.entityId === null && BLOCKADE.test(ctx.words[term.from] ?? '') && CIVIL_GROUP.test(holder.actor.name)) return;
  // "Thousands of Iraqis marched … to protest against the strikes": a crowd that protests is named as its protesters
  if (holder.via === 'group' && PROTEST_CUES.has(provenance) && crowdPhrase(ctx, holder.actor.name)) holder = { ...holder, actor: { name: 'protesters', entityId: null } };
  pushEvidence(ctx, s, target, holder, polarity, Math.min(anchor, term.from), Math.max(end, term.to), cue, provenance, weight, out);
}

/** Modals of advice: in the article's own narration they are the writer's ("should", "ought to"). */
const ADVICE_MODALS: ReadonlySet<string> = new Set(['should', 'ought']);

/** Words that may stand between an advice modal and its verb ("should not", "should now", "ought to"). */
const ADVICE_FILLERS: ReadonlySet<string> = new Set(['not', "n't", 'to', 'now', 'also', 'still', 'instead', 'simply', 'never', 'have', 'be']);

/** Lemmas of verbs that report speech or thought: advice after one is what was said ("said troops should leave"). */
const REPORTING_LEMMAS: ReadonlySet<string> = new Set(REPORTING_CUES.filter((c) => c.frame === 'speech' || c.frame === 'cognition').flatMap((c) => c.lemmas));

/** The cue at token `at` is the verb of an advice modal ("should expel", "ought to end", "should not have sent") that no reporting verb before it in the clause reports. */
function recommended(ctx: StanceContext, at: number, floor: number): boolean {
  for (let i = at - 1; i >= floor && at - i <= 4; i--) {
    const w = words0(ctx, i);
    if (ADVICE_MODALS.has(w)) {
      for (let k = i - 1; k >= floor; k--) if (REPORTING_LEMMAS.has(ctx.doc.tokens[k]?.lemma ?? '')) return false;
      return true;
    }
    if (!ADVICE_FILLERS.has(w) && ctx.doc.tokens[i]?.pos !== 'ADV') return false;
  }
  return false;
}

/** Cues of protesting (src/lexicons/en/stance.ts): a crowd holding one is "protesters". */
const PROTEST_CUES: ReadonlySet<string> = new Set(['against.protest']);

/** "tens of thousands of Iraqis", "hundreds of people", "thousands": a crowd phrase, named by a count, a nationality or people. */
function crowdPhrase(ctx: StanceContext, name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (CROWD_HEADS.has(head)) return true;
  return words.length >= 3 && QUANTIFIERS.has(words[0] ?? '') && ctx.entities.some((e) => e.type === 'NORP' && e.aliases.some((a) => a.toLowerCase() === head));
}

function pushEvidence(
  ctx: StanceContext,
  s: SentenceScope,
  target: number,
  holder: Holder,
  polarity: number,
  from: number,
  to: number,
  cue: readonly [number, number],
  provenance: string,
  weight: number,
  out: RawEvidence[],
): void {
  const q = ctx.quoteAt[cue[0]] ?? -1;
  for (const actor of holder.also ?? []) {
    pushEvidence(ctx, s, target, { actor, confidence: holder.confidence * 0.9, via: `${holder.via}+and` }, polarity, from, to, cue, provenance, weight, out);
  }
  out.push({
    holder,
    target,
    label: polarity > 0 ? 'favor' : 'against',
    from,
    to,
    cue,
    quote: q >= 0 ? q : null,
    sentence: s.index,
    provenance: `${provenance}/${holder.via}`,
    weight: weight * holder.confidence,
  });
}
