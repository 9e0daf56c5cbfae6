import type { Entity, Mention, StanceActor } from '../../types.js';
import { BODY_NOUNS, CONDITIONALS, FIRST_PERSON, PERSON_HEADS, GOVERNMENT_NOUNS, GROUP_NOUNS, INDEFINITE_SUBJECTS, OBJECT_CONTROL_VERBS, OWNER_NOUNS, PREPOSITIONS, QUANTIFIERS, SCOPE_BREAKS, SUBORDINATORS } from '../../lexicons/en/stance.js';
import { ROLE_NOUNS } from '../../lexicons/en/pronouns.js';
import { COUNTRY_NOUNS, DOCUMENT_NOUNS, LEADER_TITLES, PERSONAL_VOICE_NOUNS } from '../../lexicons/en/holders.js';
import { TITLES } from '../../lexicons/en/titles.js';
import type { StanceContext } from './context.js';
import { countryDescriptionHolder, governmentHolder, isInstitutionNoun, namedBodyHolder, speakerGovernment } from './institutions.js';

/** Who holds a stance, and how sure we are of it. */
export interface Holder {
  readonly actor: StanceActor;
  readonly confidence: number;
  /** How the holder was found: `subject`, `pronoun`, `role`, `owner`, `group`, `speaker`, `author`. */
  readonly via: string;
  /** Actors coordinated with this one ("Ruiz and Haddad have both stated …"). */
  readonly also?: readonly StanceActor[];
}

/**
 * A found subject: a holder; `first-person` (the speaker); `blocked` when a
 * clause boundary or an indefinite subject ("whoever") shows the subject is
 * someone we cannot name; `null` when the scan reached its floor.
 */
export type Subject = Holder | 'first-person' | 'blocked' | null;

const ACTOR_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'NORP']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'other', 'its', 'their', 'his', 'her']);
const AUX: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'should', 'must', 'may', 'might', 'did', 'does', 'do']);
const MAX_SCAN = 30;

export function entityActor(e: Entity): StanceActor {
  return { name: e.name, entityId: e.id };
}

function firstTokenOf(ctx: StanceContext, m: Mention, i: number): number {
  let j = i;
  while (j > 0 && ctx.mentionAt[j - 1] === m) j--;
  return j;
}

function lastTokenOf(ctx: StanceContext, m: Mention, i: number): number {
  let j = i;
  while (j + 1 < ctx.mentionAt.length && ctx.mentionAt[j + 1] === m) j++;
  return j;
}

/** The word before token `j`, skipping "the". */
function wordBefore(ctx: StanceContext, j: number, floor: number): string {
  let i = j - 1;
  // "through central Baghdad", "in the rebel-held north": a determiner or an adjective before a place is part of the phrase
  while (i >= floor && (ctx.words[i] === 'the' || (ctx.doc.tokens[i]?.pos === 'ADJ' && ctx.mentionAt[i] == null && i - 1 >= floor && PREPOSITIONS.has(ctx.words[i - 1] ?? '')))) i--;
  return i >= floor ? (ctx.words[i] as string) : '';
}

/** A holder for an entity mention found at token `i`, or `skip` when the mention is not a subject there. */
function mentionHolder(ctx: StanceContext, m: Mention, i: number, floor: number, antecedent = false): Holder | 'skip' {
  const first = firstTokenOf(ctx, m, i);
  const last = lastTokenOf(ctx, m, i);
  const entity = ctx.byId.get(m.entityId);
  if (entity === undefined || !ACTOR_TYPES.has(entity.type)) return 'skip';
  const after = ctx.words[last + 1] ?? '';
  const after2 = ctx.words[last + 2] ?? '';
  // "the Hale administration", "Hale's government" act for Hale.
  if (OWNER_NOUNS.has(after) || (after === "'s" && OWNER_NOUNS.has(after2))) return { actor: entityActor(entity), confidence: 0.8, via: 'owner' };
  if (entity.type === 'NORP' && !/s$/i.test(m.text)) return 'skip'; // "Norlandic", "British": adjectives, not groups
  // "tens of thousands of Iraqis marched …": a counted crowd of a nationality is a group phrase
  if (entity.type === 'NORP' && !antecedent && ctx.words[first - 1] === 'of' && QUANTIFIERS.has(ctx.words[first - 2] ?? '') && first - 2 >= floor) {
    let j = first - 2;
    while (j - 2 >= floor && ctx.words[j - 1] === 'of' && QUANTIFIERS.has(ctx.words[j - 2] ?? '')) j -= 2;
    const start = (ctx.doc.tokens[j] as { start: number }).start;
    return { actor: { name: ctx.doc.input.slice(start, m.end), entityId: null }, confidence: 0.8, via: 'group' };
  }
  // "the government in Kinshasa, which asked …": the relative's antecedent is the government, which acts as its country
  if (antecedent && first - 2 >= floor) {
    const g = governmentHolder(ctx, first - 2);
    if (g !== null && ctx.words[first - 1] !== "'s") return { ...g, via: 'relative' };
  }
  if (antecedent) return { actor: entityActor(entity), confidence: 0.9, via: 'relative' };
  if (PREPOSITIONS.has(wordBefore(ctx, first, floor))) return 'skip';
  if (after === "'s") return 'skip';
  // the object of a verb ("to visit Norland and to ask …"), not its subject; "said Hale" is inverted reporting
  const verb = first > floor ? ctx.doc.tokens[first - 1] : undefined;
  if (verb !== undefined && verb.pos === 'VERB' && verb.lemma !== 'say') return 'skip';
  const next = ctx.doc.tokens[last + 1];
  // a modifier: "U.S. military action", "Israeli strikes" (but a headline's "Moldova demands that …", "Norland urges the
  // allies …": an -s word before a clause, a determiner or a name is the verb)
  if (entity.type !== 'PERSON' && next !== undefined && next.tags.has('Noun') && !next.tags.has('Verb') && !AUX.has(after) && !headlineVerb(ctx, last + 1)) return 'skip';
  return { actor: entityActor(entity), confidence: 1, via: 'subject', also: coordinated(ctx, first, floor, entity) };
}

/** "a peacekeeper", "an unarmed observer": the noun at `j` opens with an indefinite article. */
function indefiniteBefore(ctx: StanceContext, j: number, floor: number): boolean {
  for (let k = j - 1; k >= floor && j - k <= 3; k--) {
    const w = ctx.words[k];
    if (w === 'a' || w === 'an') return true;
    const pos = ctx.doc.tokens[k]?.pos;
    if (pos !== 'ADJ' && pos !== 'NOUN') return false;
  }
  return false;
}

/** Words after which an -s word is a verb, not a plural noun: "demands that", "urges the", "warns its". */
const VERB_OBJECT_OPENERS: ReadonlySet<string> = new Set(['that', 'the', 'a', 'an', 'its', 'their', 'his', 'her']);

function headlineVerb(ctx: StanceContext, k: number): boolean {
  const w = ctx.words[k] ?? '';
  if (!/[a-z]s$/.test(w) || /ss$/.test(w)) return false;
  return VERB_OBJECT_OPENERS.has(ctx.words[k + 1] ?? '') || ctx.mentionAt[k + 1] != null;
}

/** The lower-case words of an entity's titles ("ambassador nominee"): a title between "and" and the name is part of the name. */
function titleWords(e: Entity): ReadonlySet<string> {
  return new Set(e.titles.flatMap((t) => t.toLowerCase().split(/\s+/)));
}

/**
 * Names joined to the subject starting at token `first` by "and" or commas: "The US and the UK",
 * "France, Britain and Germany", "Minister Ana Ruiz and envoy Li Haddad".
 */
function coordinated(ctx: StanceContext, first: number, floor: number, subject: Entity): StanceActor[] {
  const out: StanceActor[] = [];
  let titles = titleWords(subject);
  let i = first - 1;
  // "The United States and the European Union condemned": the conjunct's own article
  while (i >= floor && ctx.words[i] === 'the') i--;
  while (i >= floor && out.length < 4) {
    while (i >= floor && titles.has(ctx.words[i] as string)) i--;
    const w = ctx.words[i];
    // the last conjunct is joined by "and": "After meeting X, Y said" is no list
    if (w !== 'and' && (w !== ',' || out.length === 0)) break;
    let j = i - 1;
    if (w === ',' && ctx.words[j] === 'and') j--;
    while (j >= floor && ctx.words[j] === 'the') j--;
    const m = j >= floor ? ctx.mentionAt[j] : null;
    const e = m == null ? undefined : ctx.byId.get(m.entityId);
    if (m == null || e === undefined || !ACTOR_TYPES.has(e.type) || e.type === 'NORP') break;
    const f = firstTokenOf(ctx, m, j);
    if (PREPOSITIONS.has(wordBefore(ctx, f, floor))) break;
    out.push(entityActor(e));
    titles = titleWords(e);
    i = f - 1;
    while (i >= floor && ctx.words[i] === 'the') i--;
  }
  return out;
}

/** Counts before a group noun that are not part of its name ("several thousand protesters" are protesters). */
const COUNT_WORDS: ReadonlySet<string> = new Set(['several', 'thousand', 'hundred', 'million', 'dozen', 'few', 'numerous', 'countless']);

/** The group phrase ending at token `i` ("regional security analysts"), with at most three modifiers and no count. */
function groupHolder(ctx: StanceContext, i: number, floor: number): Holder | null {
  let j = i;
  while (j - 1 >= floor && i - j < 3) {
    const w = ctx.words[j - 1] as string;
    const tok = ctx.doc.tokens[j - 1];
    if (tok === undefined || tok.kind !== 'word' || DETERMINERS.has(w) || PREPOSITIONS.has(w) || AUX.has(w) || FIRST_PERSON.has(w) || SUBORDINATORS.has(w) || CONDITIONALS.has(w) || RELATIVE_WORDS.has(w)) break;
    if (tok.tags.has('Verb') || tok.tags.has('Adverb') || w === 'and' || QUANTIFIERS.has(w) || COUNT_WORDS.has(w)) break;
    j--;
  }
  if (PREPOSITIONS.has(wordBefore(ctx, j, floor)) && !(ctx.words[j - 1] === 'of' && QUANTIFIERS.has(ctx.words[j - 2] ?? ''))) return null;
  // "If European governments accept Libyan troops, …": a group in a condition holds nothing
  if (j - 1 >= floor && CONDITIONALS.has(ctx.words[j - 1] ?? '')) return null;
  // "[X] said his party had never supported …": in reported speech, the speaker's own party speaks through the speaker
  const own = speakersOwn(ctx, j, i);
  if (own !== null) return own;
  // "Papua New Guinea's cabinet" (the reach cut the name): no part of a name the phrase does not start
  const cut = ctx.mentionAt[j];
  if (cut != null && cut.start < (ctx.doc.tokens[j] as { start: number }).start) while (j < i && ctx.mentionAt[j] === cut) j++;
  // "Haiti's ruling council": the possessive belongs to the name before it, not to the phrase
  if (ctx.words[j] === "'s" && j < i) j++;
  const start = (ctx.doc.tokens[j] as { start: number }).start;
  const end = (ctx.doc.tokens[i] as { end: number }).end;
  return { actor: { name: ctx.doc.input.slice(start, end), entityId: null }, confidence: 0.8, via: 'group' };
}

/** "the council of ministers", "a committee of experts": a group phrase's body named by whom it is made of takes them in. */
function madeOf(ctx: StanceContext, h: Holder, head: number, at: number): Holder {
  const of = head + 1;
  if (h.via !== 'group' || of + 1 >= at || ctx.words[of] !== 'of' || !GROUP_NOUNS.has(ctx.words[of + 1] ?? '') || ctx.mentionAt[of + 1] != null) return h;
  const tail = ctx.doc.input.slice((ctx.doc.tokens[head] as { end: number }).end, (ctx.doc.tokens[of + 1] as { end: number }).end);
  return { ...h, actor: { ...h.actor, name: h.actor.name + tail } };
}

/** Words opening a relative clause: never part of the group phrase after them ("a region where allies station forces"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['where', 'which', 'who', 'whom', 'whose', 'that']);

/** The speaker of the indirect quote holding tokens [j, i] when the phrase there is "his/her" + group noun, else null. */
function speakersOwn(ctx: StanceContext, j: number, i: number): Holder | null {
  const pronoun = ctx.words[j - 1];
  if (pronoun !== 'his' && pronoun !== 'her') return null;
  const q = ctx.quoteAt[i] ?? -1;
  const quote = q >= 0 ? ctx.quotes[q] : undefined;
  if (quote === undefined || quote.kind !== 'indirect' || ctx.quoteAt[j - 1] !== q || quote.speaker?.entityId == null) return null;
  const e = ctx.byId.get(quote.speaker.entityId);
  return e !== undefined && e.type === 'PERSON' ? { actor: entityActor(e), confidence: quote.speaker.confidence, via: 'speaker' } : null;
}

/** Resolves "the president", "Iran's ambassador" to a titled person, looking back first and then anywhere in the text. */
function roleHolder(ctx: StanceContext, i: number): Holder | null {
  const w = ctx.words[i] as string;
  const position = (ctx.doc.tokens[i] as { start: number }).start;
  // "the finance minister" is not the prime minister: a noun before the role must be in the title.
  const before = ctx.doc.tokens[i - 1];
  const modifier = before !== undefined && before.kind === 'word' && ctx.mentionAt[i - 1] == null && !DETERMINERS.has(ctx.words[i - 1] as string) && ctx.words[i - 1] !== "'s" ? (ctx.words[i - 1] as string) : null;
  const fits = (e: Entity): boolean => modifier === null || e.titles.some((t) => t.toLowerCase().includes(modifier));
  const found = ctx.resolver.resolve(position, `the ${w}`);
  if (found !== null) return fits(found.entity) ? { actor: entityActor(found.entity), confidence: found.confidence, via: 'role' } : null;
  // "the Norlandic leader" after "President X": a leader is whoever heads a state or government
  if (w === 'leader') {
    const e = nearestPerson(ctx, position, (p) => fits(p) && p.titles.some((t) => LEADER_TITLES.some((r) => t.toLowerCase().endsWith(r))));
    return e === null ? null : { actor: entityActor(e), confidence: 0.6, via: 'role' };
  }
  const wanted = ROLE_NOUNS.get(w) ?? [w];
  const titled = ctx.entities.filter((e) => e.type === 'PERSON' && fits(e) && e.titles.some((t) => wanted.some((r) => t.toLowerCase().endsWith(r))));
  return titled.length === 1 ? { actor: entityActor(titled[0] as Entity), confidence: 0.6, via: 'role' } : null;
}

/** A group phrase that names one body ("the foreign ministry", "The Norlandic government"), not people ("experts"). */
function isBodyPhrase(name: string): boolean {
  const last = name.toLowerCase().split(/\s+/).pop() ?? '';
  return isInstitutionNoun(last) || BODY_NOUNS.has(last) || GOVERNMENT_NOUNS.has(last) || COUNTRY_NOUNS.has(last);
}

/** The PERSON entity with the nearest mention before `position` that passes `test`, or null. */
function nearestPerson(ctx: StanceContext, position: number, test: (e: Entity) => boolean): Entity | null {
  let best: Entity | null = null;
  let at = -1;
  for (const e of ctx.entities) {
    if (e.type !== 'PERSON' || !test(e)) continue;
    for (const m of e.mentions) if (m.end <= position && m.start > at) [best, at] = [e, m.start];
  }
  return best;
}

/** "The 73-year-old rejected …": an age used as a description of the person last named (GUIDELINES.md §3). */
const AGE_DESCRIPTION = /^\d{1,3}-year-old$/;

function pronounHolder(ctx: StanceContext, i: number): Holder | null {
  const position = (ctx.doc.tokens[i] as { start: number }).start;
  // In reported speech "X said (that) she …" the pronoun is X when the gender agrees.
  const q = ctx.quoteAt[i] ?? -1;
  const quote = q >= 0 ? ctx.quotes[q] : undefined;
  const sp = quote !== undefined && quote.kind === 'indirect' ? quote.speaker : null;
  const w = ctx.words[i] as string;
  if (sp !== null && sp.entityId !== null && (w === 'he' || w === 'she' || w === 'his' || w === 'her')) {
    const g = ctx.resolver.genderOf(sp.entityId);
    const wanted = w === 'he' || w === 'his' ? 'male' : 'female';
    const e = ctx.byId.get(sp.entityId);
    if (e !== undefined && e.type === 'PERSON' && (g === wanted || g === 'unknown')) return { actor: entityActor(e), confidence: g === wanted ? 0.85 : 0.7, via: 'pronoun' };
  }
  // "The ministry said it rejected …", "Norland said it would …": "it" is a speaker that is no person.
  if (sp !== null && (w === 'it' || w === 'its')) {
    const e = sp.entityId === null ? undefined : ctx.byId.get(sp.entityId);
    if (e === undefined ? sp.entityId === null && isBodyPhrase(sp.name) : e.type === 'ORG' || e.type === 'GPE') {
      // "the government said it …": the country of the passage
      const g = e === undefined ? speakerGovernment(ctx, sp) : null;
      if (g !== null) return { ...g, via: 'pronoun' };
      return { actor: { name: sp.name, entityId: sp.entityId }, confidence: 0.8, via: 'pronoun' };
    }
  }
  const found = ctx.resolver.resolve(position, ctx.words[i] as string);
  return found === null ? null : { actor: entityActor(found.entity), confidence: found.confidence, via: 'pronoun' };
}

/** Tokens between an asking verb and the one asked: titles and names ("asked prime minister X to"). */
const ASKED_GAP = 5;

/**
 * When the mention at token `i` is the object of an object-control verb and
 * the subject of an infinitive that holds token `at` ("urged [Norland] to
 * consider not signing"), the index of that verb; else -1.
 */
function askingVerb(ctx: StanceContext, m: Mention, i: number, at: number): number {
  return askingVerbAt(ctx, firstTokenOf(ctx, m, i), lastTokenOf(ctx, m, i), at);
}

/**
 * The subject of the asking verb at token `asker` (-1: none), who holds what the one asked is to do; `undefined`
 * when there is no asking verb. When the verb opens the scope the infinitive's clause starts after
 * ("asked the AU to extend …"), its subject is found before it, back to the sentence's end mark.
 */
function askerSubject(ctx: StanceContext, asker: number, floor: number): Subject | undefined {
  if (asker >= floor) return findSubject(ctx, asker, floor);
  if (asker >= 0 && asker === floor - 1) return findSubject(ctx, asker, 0);
  return undefined;
}

/** As `askingVerb`, for the phrase at tokens [first, last]: "asked the regional bloc to extend …". */
function askingVerbAt(ctx: StanceContext, first: number, last: number, at: number): number {
  let j = last + 1;
  for (let k = 0; k < 3 && j < at; k++) {
    const t = ctx.doc.tokens[j];
    if (t === undefined || (t.kind === 'word' && t.pos !== 'ADV')) break;
    j++;
  }
  if (ctx.words[j] !== 'to' || j >= at) return -1;
  for (let k = first - 1; k >= 0 && first - k <= ASKED_GAP; k--) {
    const t = ctx.doc.tokens[k];
    if (t === undefined || t.kind !== 'word') return -1;
    if (OBJECT_CONTROL_VERBS.has(t.lemma) && t.pos === 'VERB') return k;
    if (ctx.mentionAt[k] == null && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ' && t.pos !== 'DET') return -1;
  }
  return -1;
}

/** The PERSON entity of the mention at token `i`, or null. */
function personAt(ctx: StanceContext, i: number): Entity | null {
  const m = ctx.mentionAt[i];
  const e = m == null ? undefined : ctx.byId.get(m.entityId);
  return e !== undefined && e.type === 'PERSON' ? e : null;
}

/**
 * "Her office said", "his government rejected", "Ruiz's spokesman condemned",
 * "a spokeswoman for Ruiz": a person's office or spokesperson speaks as that
 * person (GUIDELINES.md §3). Null when token `i` heads no such phrase or the
 * owner is not a person ("Norland's government" is the government rule's).
 */
function personalVoiceHolder(ctx: StanceContext, i: number, floor: number): Holder | null {
  const w = ctx.words[i] as string;
  if (!PERSONAL_VOICE_NOUNS.has(w) || ctx.mentionAt[i] != null) return null;
  const before = ctx.words[i - 1];
  if (i - 1 >= floor && (before === 'his' || before === 'her')) {
    const h = pronounHolder(ctx, i - 1);
    const e = h === null || h.actor.entityId === null ? undefined : ctx.byId.get(h.actor.entityId);
    return h !== null && e?.type === 'PERSON' ? { ...h, via: 'voice' } : null;
  }
  if (i - 2 >= floor && before === "'s") {
    const e = personAt(ctx, i - 2);
    return e === null ? null : { actor: entityActor(e), confidence: 0.9, via: 'voice' };
  }
  if (ctx.words[i + 1] === 'for' && /^spokes/.test(w)) {
    const e = personAt(ctx, i + 2);
    return e === null ? null : { actor: entityActor(e), confidence: 0.9, via: 'voice' };
  }
  return null;
}

/**
 * "A statement from Ruiz condemned …", "a letter from her office": a document
 * speaks for the issuer named after "from"/"by" (GUIDELINES.md §3). Only a
 * document that is the subject: the issuer must come before the cue at `at`.
 */
function documentIssuer(ctx: StanceContext, i: number, at: number, floor: number): Holder | null {
  if (!DOCUMENT_NOUNS.has(ctx.words[i] as string)) return null;
  const by = ctx.words[i + 1];
  if (by !== 'from' && by !== 'by') return null;
  let j = i + 2;
  if (ctx.words[j] === 'the') j++;
  if (j >= at) return null;
  const m = ctx.mentionAt[j];
  const e = m == null ? undefined : ctx.byId.get(m.entityId);
  if (e !== undefined && ACTOR_TYPES.has(e.type) && e.type !== 'NORP') return { actor: entityActor(e), confidence: 0.8, via: 'document' };
  for (let k = j; k < at && k - j <= 2; k++) {
    const voice = personalVoiceHolder(ctx, k, floor);
    if (voice !== null) return voice;
    const g = governmentHolder(ctx, k);
    if (g !== null) return g;
    if (isInstitutionNoun(ctx.words[k] as string)) {
      // "a statement from the foreign ministry" speaks as "the foreign ministry"
      const start = (ctx.doc.tokens[i + 2] as { start: number }).start;
      const end = (ctx.doc.tokens[k] as { end: number }).end;
      return { actor: { name: ctx.doc.input.slice(start, end), entityId: null }, confidence: 0.8, via: 'document' };
    }
  }
  return null;
}

/**
 * "Guinea's military rulers said they had invited Russian instructors": a "they" opening reported speech whose
 * speaker is no single person (a government, a body, a group) is the speaker itself, who then holds the clause.
 */
function speakersThey(ctx: StanceContext, i: number): boolean {
  const q = ctx.quotes[ctx.quoteAt[i] ?? -1];
  if (q === undefined || q.kind !== 'indirect' || q.speaker === null) return false;
  if ((ctx.doc.tokens[i] as { start: number }).start !== q.start) return false;
  const e = q.speaker.entityId === null ? undefined : ctx.byId.get(q.speaker.entityId);
  return e === undefined ? q.speaker.entityId === null : e.type !== 'PERSON';
}

/** How long an aside between commas may be ("despite objections from the opposition"). */
const ASIDE_MAX = 15;

const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/** Parts of speech of the word before a relative "that" ("the resolution that …", "on Thursday that …"). */
const RELATIVE_THAT_BEFORE: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * When the comma at token `close` ends an aside opened by a comma right after
 * a name: a subordinate clause ("X, despite objections, …") or a relative
 * clause with a subordinator in it ("X, who has led since 2019, …"), the
 * index of the opening comma; else -1.
 */
function asideStart(ctx: StanceContext, close: number, floor: number): number {
  for (let p = close - 1; p > floor && close - p <= ASIDE_MAX; p--) {
    const w = ctx.words[p] as string;
    if (SCOPE_BREAKS.has(w) && !SUBORDINATORS.has(w) && ctx.mentionAt[p] == null) return -1;
    if (w !== ',') continue;
    const first = ctx.words[p + 1] as string;
    const before = ctx.doc.tokens[p - 1];
    // "the Norland Safety Board (NSB), which …": a name's acronym in brackets closes the name
    const bracketed = ctx.words[p - 1] === ')' && ctx.mentionAt[p - 2] != null;
    if (ctx.mentionAt[p - 1] == null && !bracketed && before?.pos !== 'NOUN' && before?.pos !== 'PROPN') return -1;
    if (SUBORDINATORS.has(first)) return p;
    if (RELATIVES.has(first) && ctx.words.slice(p + 2, close).some((x) => SUBORDINATORS.has(x))) return p;
    return -1;
  }
  return -1;
}

/**
 * The subject of the clause that holds the cue at token `at`: the nearest
 * name, pronoun, role or group phrase before it that is not the object of a
 * preposition or a possessive modifier, scanning back no further than `floor`
 * (the sentence or quote start). A relative "who"/"which" is skipped to reach
 * its antecedent. First-person pronouns answer `first-person`.
 */
/** "with" right before token `first`, past a title or two ("with Premier Ruiz", "with the premier, Ruiz,"). */
function withBefore(ctx: StanceContext, first: number, floor: number): boolean {
  for (let i = first - 1; i >= floor && first - i <= 3; i--) {
    const w = ctx.words[i] as string;
    if (w === 'with') return true;
    const t = ctx.doc.tokens[i];
    if (w === 'the') continue;
    if (t === undefined || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

export function findSubject(ctx: StanceContext, at: number, floor: number): Subject {
  // "Hale's comments suggesting …": the owner of the noun before a participle holds it.
  if (/ing$/.test(ctx.words[at] ?? '') && at - 3 >= floor && ctx.words[at - 2] === "'s") {
    const m = ctx.mentionAt[at - 3];
    const e = m == null ? undefined : ctx.byId.get(m.entityId);
    if (e !== undefined && ACTOR_TYPES.has(e.type)) return { actor: entityActor(e), confidence: 0.8, via: 'owner' };
  }
  // "…, with Premier Ruiz calling the idea an insult": the name between "with" and a gerund is its subject
  if (/..ing$/.test(ctx.words[at] ?? '') && at - 1 >= floor) {
    const m = ctx.mentionAt[at - 1];
    const first = m == null ? -1 : firstTokenOf(ctx, m, at - 1);
    const e = m == null ? undefined : ctx.byId.get(m.entityId);
    if (e !== undefined && ACTOR_TYPES.has(e.type) && first > floor && withBefore(ctx, first, floor)) return { actor: entityActor(e), confidence: 0.8, via: 'subject' };
    // "…, with China and Russia warning against …": a list of names between "with" and the gerund holds it together
    if (e !== undefined && ACTOR_TYPES.has(e.type) && first > floor) {
      const also: StanceActor[] = [];
      let head = first;
      while (head - 2 >= floor && (ctx.words[head - 1] === 'and' || ctx.words[head - 1] === ',') && also.length < 4) {
        const j = ctx.words[head - 1] === ',' || ctx.words[head - 2] !== ',' ? head - 2 : head - 3;
        const c = ctx.mentionAt[j];
        const ce = c == null ? undefined : ctx.byId.get(c.entityId);
        if (c == null || ce === undefined || !ACTOR_TYPES.has(ce.type) || ce.type === 'NORP') break;
        also.push(entityActor(ce));
        head = firstTokenOf(ctx, c, j);
      }
      if (also.length > 0 && withBefore(ctx, head, floor)) return { actor: entityActor(e), confidence: 0.8, via: 'subject', also };
    }
  }
  // "welcomed the shipment that docked on Sunday but rejected …": past a verb's "but"/"and", a relative clause before it
  // is closed, and the cue is no part of it
  let coordinated = false;
  for (let i = at - 1; i >= floor && at - i <= MAX_SCAN; i--) {
    const w = ctx.words[i] as string;
    if ((w === '.' || w === ';' || w === '?' || w === '!') && ctx.mentionAt[i] == null) return null;
    if ((w === 'but' || w === 'and') && ctx.doc.tokens[i + 1]?.pos === 'VERB') coordinated = true;
    if (w === ',') {
      // "Ruiz, despite objections, invited …", "Ruiz, who has led since 2019, invited …": the subject is before the aside
      const open = asideStart(ctx, i, floor);
      if (open >= 0) {
        i = SUBORDINATORS.has(ctx.words[open + 1] as string) ? open : open + 2;
        continue;
      }
    }
    if (SUBORDINATORS.has(w) || INDEFINITE_SUBJECTS.has(w)) return 'blocked';
    // "a resolution on Thursday that would have authorized a force": a relative "that" after a noun or a date,
    // with no subject found since, makes the thing before it the subject — no one's stance
    if (w === 'that' && i > floor && ctx.mentionAt[i - 1] == null && RELATIVE_THAT_BEFORE.has(ctx.doc.tokens[i - 1]?.pos ?? '') && ctx.words[i - 1] !== ',') {
      if (!coordinated) return 'blocked';
      continue;
    }
    if (w === 'who' || w === 'which') {
      // a relative clause: its subject is the name right before it ("Soto, who sought …")
      let j = i - 1;
      if (j >= floor && ctx.words[j] === ',') j--;
      // "the Norland Safety Board (NSB), which …": the acronym in brackets is the name's
      if (j - 1 >= floor && ctx.words[j] === ')' && ctx.mentionAt[j - 1] != null) j--;
      const m = j >= floor ? ctx.mentionAt[j] : null;
      if (m != null) {
        const h = mentionHolder(ctx, m, j, floor, true);
        if (h !== 'skip') return h;
      }
      // "remarks by a visiting US envoy who suggested …": a common noun before "who" is the subject, not a name further back
      if (m == null && w === 'who' && j >= floor && ctx.doc.tokens[j]?.pos === 'NOUN') {
        const g = groupHolder(ctx, j, floor);
        // "“A peacekeeper who is not invited is not a peacekeeper”": an indefinite noun in a quote is anyone of its kind
        if (g === null || ((ctx.quoteAt[j] ?? -1) >= 0 && indefiniteBefore(ctx, j, floor))) return 'blocked';
        return g;
      }
      // "voted for the resolution, which also renewed the mandate": a thing before "which" is the subject, no one's stance
      if (m == null && w === 'which' && j >= floor && ctx.doc.tokens[j]?.pos === 'NOUN' && !coordinated) return 'blocked';
      continue;
    }
    const m = ctx.mentionAt[i];
    // "broke off ties with former colonial power France and pivoted towards Russia": a name right before "and" and the
    // coordinated verb ends the first verb's object, not the subject both verbs share
    if (m != null && coordinated && (ctx.words[i + 1] === 'and' || ctx.words[i + 1] === 'but') && ctx.doc.tokens[i + 2]?.pos === 'VERB') {
      i = firstTokenOf(ctx, m, i);
      continue;
    }
    if (m != null) {
      // "asked Norland to reconsider": the one asked is not the holder; the asker is
      const byAsker = askerSubject(ctx, askingVerb(ctx, m, i, at), floor);
      if (byAsker !== undefined) return byAsker;
      const h = mentionHolder(ctx, m, i, floor);
      if (h !== 'skip') return h;
      i = firstTokenOf(ctx, m, i);
      continue;
    }
    if (FIRST_PERSON.has(w)) {
      if ((w === 'us' || w === 'me') && i > floor) continue; // an object: "help us"
      return 'first-person';
    }
    if (w === 'he' || w === 'she') return pronounHolder(ctx, i) ?? 'blocked';
    if (w === 'it' && !PREPOSITIONS.has(wordBefore(ctx, i, floor))) {
      // "accusing it of supporting …", "urged it to send …": an object "it" is not the subject; the one asked holds nothing
      // ("announced it would send …": "it" opens a clause of its own and is its subject)
      const verb = i > floor ? ctx.doc.tokens[i - 1] : undefined;
      const next = ctx.doc.tokens[i + 1];
      if (verb !== undefined && verb.pos === 'VERB' && verb.lemma !== 'say' && next?.pos !== 'AUX' && next?.pos !== 'VERB') {
        if (OBJECT_CONTROL_VERBS.has(verb.lemma) && ctx.words[i + 1] === 'to') return findSubject(ctx, i - 1, floor);
        return 'blocked';
      }
      // "The bloc said it …": "it" right after a speech verb is that verb's subject
      if (verb !== undefined && verb.lemma === 'say' && i - 1 > floor) {
        const sayer = findSubject(ctx, i - 1, floor);
        if (sayer !== null && typeof sayer === 'object') return sayer;
      }
      const h = pronounHolder(ctx, i);
      if (h !== null) return h;
      continue;
    }
    if (w === 'they') return speakersThey(ctx, i) ? null : 'blocked';
    if (!PREPOSITIONS.has(wordBefore(ctx, i, floor)) && ctx.words[i + 1] !== "'s") {
      const voice = personalVoiceHolder(ctx, i, floor) ?? documentIssuer(ctx, i, at, floor);
      if (voice !== null) return voice;
      const g = governmentHolder(ctx, i) ?? namedBodyHolder(ctx, i) ?? countryDescriptionHolder(ctx, i);
      if (g !== null) return g;
      if (isInstitutionNoun(w) && ctx.mentionAt[i + 1] == null) {
        // "asked the regional bloc to extend its mission": the one asked is not the holder; the asker is
        const byAsker = askerSubject(ctx, askingVerbAt(ctx, i, i, at), floor);
        if (byAsker !== undefined) return byAsker;
        // "the opposition coalition", "the opposition leader": a body or a person's noun right after is the phrase's head
        const head = i + 1 < at && (BODY_NOUNS.has(ctx.words[i + 1] ?? '') || PERSON_HEADS.has(ctx.words[i + 1] ?? '')) && ctx.mentionAt[i + 1] == null ? i + 1 : i;
        const h = groupHolder(ctx, head, floor);
        if (h !== null) return madeOf(ctx, h, head, at);
      }
    }
    const quantified = ctx.words[i - 1] === 'of' && QUANTIFIERS.has(ctx.words[i - 2] ?? '');
    // "hundreds of people": people counted are a group ("the people" alone is a nation's)
    if ((GROUP_NOUNS.has(w) || (quantified && w === 'people')) && (quantified || !PREPOSITIONS.has(wordBefore(ctx, i, floor))) && ctx.words[i + 1] !== "'s") {
      const byAsker = askerSubject(ctx, askingVerbAt(ctx, i, i, at), floor);
      if (byAsker !== undefined) return byAsker;
      const h = groupHolder(ctx, i, floor);
      if (h !== null) return h;
    }
    if (AGE_DESCRIPTION.test(w) && ctx.words[i - 1] === 'the' && i - 1 >= floor && !PREPOSITIONS.has(wordBefore(ctx, i - 1, floor))) {
      const e = nearestPerson(ctx, (ctx.doc.tokens[i] as { start: number }).start, () => true);
      if (e !== null) return { actor: entityActor(e), confidence: 0.6, via: 'role' };
    }
    if (ROLE_NOUNS.has(w) && ctx.mentionAt[i + 1] == null && !PREPOSITIONS.has(wordBefore(ctx, i, floor))) {
      const h = roleHolder(ctx, i);
      if (h !== null) return h;
    }
  }
  return null;
}

/** Single-word roles whose holder, unnamed, owns what they propose ("a Texas congressman's call for a blockade"). */
const ROLE_OWNERS: ReadonlySet<string> = new Set(TITLES.filter((t) => !t.includes(' ') && !t.endsWith('.') && t.length > 3));

/** Indefinite words before an unnamed role: someone new to the story, not a description of a person already named. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/**
 * "dismissed a Texas congressman's call for a naval blockade", "a US senator's offer of troops": an
 * unnamed role owner is a short phrase actor ("Texas congressman"), as the guidelines allow for groups;
 * "the minister's" is a description of someone already named, and stays with the entity rules.
 */
function unnamedRoleOwner(ctx: StanceContext, j: number, floor: number): Subject {
  if (!ROLE_OWNERS.has(ctx.words[j] as string)) return null;
  let k = j - 1;
  while (k >= floor && j - k <= 3 && !INDEFINITE.has(ctx.words[k] as string) && ctx.doc.tokens[k]?.kind === 'word' && ctx.doc.tokens[k]?.pos !== 'VERB') k--;
  if (k < floor || !INDEFINITE.has(ctx.words[k] as string)) return null;
  const start = (ctx.doc.tokens[k + 1] as { start: number }).start;
  const end = (ctx.doc.tokens[j] as { end: number }).end;
  return { actor: { name: ctx.doc.input.slice(start, end), entityId: null }, confidence: 0.8, via: 'owner' };
}

/**
 * The owner of a noun cue at tokens [from, to): "X's offer", "his offer",
 * "the offer from X", "threats from X's administration".
 */
export function findOwner(ctx: StanceContext, from: number, to: number, floor: number): Subject {
  for (let k = 1; k <= 2; k++) {
    const i = from - k;
    if (i < floor) break;
    const w = ctx.words[i] as string;
    if (w === "'s") {
      // "suspended the government's decision to send troops", "the Kenyan government's plan": the government the phrase names
      const government = i - 1 >= floor ? governmentHolder(ctx, i - 1) : null;
      if (government !== null) return government;
      let j = i - 1;
      if (j >= floor && OWNER_NOUNS.has(ctx.words[j] as string)) j--;
      const m = j >= floor ? ctx.mentionAt[j] : null;
      const e = m == null ? undefined : ctx.byId.get(m.entityId);
      if (e === undefined && j >= floor) return unnamedRoleOwner(ctx, j, floor);
      return e !== undefined && ACTOR_TYPES.has(e.type) ? { actor: entityActor(e), confidence: 1, via: 'owner' } : null;
    }
    if (w === 'his' || w === 'her' || w === 'its') return pronounHolder(ctx, i);
    if (w === 'our' || w === 'my') return 'first-person';
    if (w === 'the' || w === 'a' || w === 'an' || SCOPE_BREAKS.has(w) || w === ',') break;
  }
  if (ctx.words[to] === 'from' || ctx.words[to] === 'by') {
    let best: Entity | null = null;
    for (let i = to + 1; i < ctx.words.length && i <= to + 8; i++) {
      const m = ctx.mentionAt[i];
      const w = ctx.words[i] as string;
      if (m == null) {
        const tok = ctx.doc.tokens[i];
        // "the offer from neighbouring Norland": an adjective before the name is read past
        // … and so is the kind of body a name heads ("by the regional bloc IGAD")
        if (tok === undefined || (tok.kind === 'word' && !/^\p{Lu}/u.test(tok.text) && w !== 'the' && w !== "'s" && !OWNER_NOUNS.has(w) && !BODY_NOUNS.has(w) && tok.pos !== 'ADJ')) break;
        continue;
      }
      const e = ctx.byId.get(m.entityId);
      // a person outranks a body, and a name outranks a demonym modifying it ("the East African bloc IGAD")
      if (e !== undefined && ACTOR_TYPES.has(e.type) && (best === null || e.type === 'PERSON' || (best.type === 'NORP' && e.id !== best.id))) best = e;
    }
    if (best !== null) return { actor: entityActor(best), confidence: 0.9, via: 'owner' };
  }
  return null;
}

/**
 * Names coordinated with a quote's speaker ("X and Y have both stated that …"):
 * the speaker span is the last conjunct; the others hold the same words.
 */
export function speakerConjuncts(ctx: StanceContext, entityId: string, spanStart: number): StanceActor[] {
  const entity = ctx.byId.get(entityId);
  if (entity === undefined || entity.type === 'NORP') return [];
  let i = 0;
  while (i < ctx.doc.tokens.length && (ctx.doc.tokens[i] as { end: number }).end <= spanStart) i++;
  const m = ctx.mentionAt[i];
  if (m == null || m.entityId !== entityId) return [];
  const first = firstTokenOf(ctx, m, i);
  const floor = ctx.doc.sentenceTokens[ctx.doc.tokens[first]?.sentence ?? 0]?.[0] ?? 0;
  return coordinated(ctx, first, floor, entity);
}

/** Participles that open a clause of their own after a comma or "by": ", declaring …", "by suggesting …". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', 'by']);

/**
 * The subject of the main clause for a participial clause at token `at`
 * ("Ruiz hailed the raid, declaring it necessary"; "Hale stunned the region
 * by suggesting …"): the first name, pronoun, government or group that opens
 * the sentence, past fronted adverbials and subordinate clauses. Null when
 * `at` is not such a participle or no subject comes before the first verb.
 */
export function participleSubject(ctx: StanceContext, at: number, floor: number): Holder | null {
  const opener = participleBefore(ctx, at, floor);
  return opener < 0 ? null : openingSubject(ctx, floor, opener);
}

/**
 * The subject that opens the sentence at `floor`, looked for before token
 * `opener - 1`: the first name, pronoun, government or group, past fronted
 * subordinate clauses; null when a verb comes first.
 */
export function openingSubject(ctx: StanceContext, floor: number, opener: number): Holder | null {
  // the subject of the last main clause: ", and Haddad followed, rejecting …" is Haddad's
  let found: Holder | null = null;
  let open = true;
  for (let i = floor; i < opener - 1; i++) {
    const w = ctx.words[i] as string;
    if (SUBORDINATORS.has(w)) {
      while (i < opener - 1 && ctx.words[i] !== ',') i++;
      continue;
    }
    if ((w === 'and' || w === 'but') && ctx.words[i - 1] === ',') open = true;
    if (!open) continue;
    const m = ctx.mentionAt[i];
    let h: Holder | 'skip' | null = null;
    if (m != null) {
      i = lastConjunct(ctx, lastTokenOf(ctx, m, i), opener);
      h = mentionHolder(ctx, ctx.mentionAt[i] as Mention, i, floor);
    } else if (w === 'he' || w === 'she') h = pronounHolder(ctx, i);
    else {
      h = governmentHolder(ctx, i) ?? countryDescriptionHolder(ctx, i);
      const quantified = ctx.words[i - 1] === 'of' && QUANTIFIERS.has(ctx.words[i - 2] ?? '');
      if (h === null && GROUP_NOUNS.has(w) && ctx.words[i + 1] !== "'s" && (quantified || !PREPOSITIONS.has(wordBefore(ctx, i, floor)))) h = groupHolder(ctx, i, floor);
    }
    if (h !== null && h !== 'skip') {
      found = h;
      open = false;
      continue;
    }
    const t = ctx.doc.tokens[i];
    if (m == null && t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && i > floor) return found;
  }
  return found;
}

/** The last token of the last name coordinated after the one ending at `last` ("X and envoy Y"): coordination is read back from there. */
function lastConjunct(ctx: StanceContext, last: number, limit: number): number {
  let end = last;
  for (;;) {
    const w = ctx.words[end + 1];
    if (w !== 'and' && w !== ',') return end;
    let k = end + 2;
    while (k < limit && k - end <= 4 && ctx.mentionAt[k] == null && ctx.doc.tokens[k]?.kind === 'word' && ctx.doc.tokens[k]?.pos !== 'VERB' && ctx.doc.tokens[k]?.pos !== 'AUX') k++;
    const m = k < limit ? ctx.mentionAt[k] : null;
    const e = m == null ? undefined : ctx.byId.get(m.entityId);
    if (m == null || e === undefined || !ACTOR_TYPES.has(e.type) || e.type === 'NORP') return end;
    end = lastTokenOf(ctx, m, k);
  }
}

/** How far back from a cue the participle that opens its clause may be ("declaring it a necessary …"). */
const PARTICIPLE_REACH = 8;

/** The participle opening the clause that holds token `at` (", declaring", "by suggesting"), or -1 when a subject of its own comes first. */
function participleBefore(ctx: StanceContext, at: number, floor: number): number {
  for (let i = at; i > floor && at - i <= PARTICIPLE_REACH; i--) {
    const w = ctx.words[i] as string;
    if (/..ing$/.test(w) && CLAUSE_OPENERS.has(ctx.words[i - 1] ?? '') && ctx.doc.tokens[i]?.pos === 'VERB') return i;
    if (i < at && (ctx.mentionAt[i] != null || SCOPE_BREAKS.has(w) || SUBORDINATORS.has(w) || w === 'he' || w === 'she' || w === 'they' || w === 'who' || w === 'which' || FIRST_PERSON.has(w))) return -1;
  }
  return -1;
}
