import type { Entity, EntityType, Mention } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import { tokenIndexAt, type Token } from '../../pipeline/tokens.js';
import { sentenceIndexAt } from '../../pipeline/sentences.js';
import { GENDERED_TITLES, ORG_NOUNS, PRONOUNS, ROLE_NOUNS, type Gender } from '../../lexicons/en/pronouns.js';

/** Nouns for a business: "the company said" is a company, not the regulator that spoke just before. */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set(['company', 'firm', 'startup', 'retailer', 'maker', 'carmaker', 'automaker', 'manufacturer', 'insurer', 'lender', 'airline', 'chain', 'publisher', 'carrier', 'operator', 'utility']);
/** Nouns for a government: "the government" is an organisation only when one is named with such a word. */
const GOVERNMENT_WORDS: ReadonlySet<string> = new Set(['government', 'administration']);
/** Last words of public bodies' names (and all-capitals acronyms, most of them agencies) that a business noun does not stand for. */
const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set(['office', 'commission', 'ministry', 'department', 'agency', 'authority', 'council', 'court', 'police', 'army', 'navy', 'parliament', 'government', 'administration', 'committee', 'board', 'bureau', 'service', 'tribunal', 'senate', 'congress', 'assembly', 'union', 'nations']);
/** An organisation a business noun may stand for: not a public body, not an all-capitals acronym. */
const isBusiness = (e: Entity): boolean => !PUBLIC_BODY_WORDS.has((e.name.split(/\s+/).pop() ?? '').toLowerCase()) && !/^[A-Z]{2,}$/.test(e.name);
/** The words between an organisation and the place that locates it: "the Harbour Embassy in Lindholm", "its office at Geneva". */
const LOCATING = /^\s+(?:in|at)\s+(?:the\s+)?$/;

/** An organisation named as a government ("the Interim Government"). */
const namedGovernment = (e: Entity): boolean => e.name.toLowerCase().split(/\s+/).some((w) => GOVERNMENT_WORDS.has(w));

/**
 * A small reference resolver shared by the quotes and stance stages.
 *
 * Given a position in the text and a referring phrase that is not a name — a
 * pronoun ("she", "he", "it") or a role noun phrase ("the president", "the
 * Iraqi premier", "the company") — it returns the entity the phrase most likely
 * refers to:
 * - pronouns: the nearest preceding PERSON mention whose gender agrees ("she"
 *   never picks a man when the first name or a title tells the gender; an
 *   unknown gender agrees with both at lower confidence); "it"/"its": the
 *   nearest organisation, then place;
 * - roles: the nearest preceding mention of an entity whose `titles` contain
 *   the role ("the premier" also matches "Prime Minister"); organisation nouns
 *   ("the company", "the ministry") the nearest ORG mention.
 * Gender comes from compromise's FemaleName/MaleName tags on first names and
 * from gendered titles (Mrs, Mr, Queen, spokeswoman …).
 *
 * A caller that knows who is in focus (the last people quoted) passes their
 * ids as `focus`: a pronoun then prefers them over a nearer bystander.
 *
 * Usage:
 * ```ts
 * const resolver = createResolver(doc, entities, { exclude: quoteSpans });
 * resolver.resolve(offsetOfShe, 'she'); // → { entity, mention, method: 'pronoun', confidence }
 * resolver.resolve(offsetOfHe, 'he', { focus: [lastSpeakerId] });
 * resolver.resolve(offsetOfRole, 'the Iraqi premier'); // → method: 'role'
 * ```
 * Build one resolver per document; it is immutable and cheap to query.
 */
export interface Antecedent {
  readonly entity: Entity;
  /** The mention of `entity` the phrase was resolved to. */
  readonly mention: Mention;
  readonly method: 'pronoun' | 'role';
  /** Confidence in [0, 1]. */
  readonly confidence: number;
}

export interface ResolverOptions {
  /** Stretches of text whose mentions are never antecedents (e.g. the inside of direct quotes). */
  readonly exclude?: readonly { readonly start: number; readonly end: number }[];
  /** How far back, in characters, to look for an antecedent (default 4000). */
  readonly window?: number;
}

export interface ResolveOptions {
  /**
   * Entity ids in the focus of the text, most salient first (e.g. the people
   * who spoke last). A pronoun picks the first one whose gender agrees and
   * that was mentioned within the window, before falling back to the nearest mention.
   */
  readonly focus?: readonly string[];
}

export interface Resolver {
  /** Resolves a pronoun or a role phrase found at `position` (the phrase's start offset). */
  resolve(position: number, phrase: string, options?: ResolveOptions): Antecedent | null;
  /** The gender the text gives a PERSON entity. */
  genderOf(entityId: string): Gender;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);

function tokenAt(tokens: readonly Token[], start: number): Token | null {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid] as Token;
    if (t.start === start) return t;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

function entityGender(doc: Doc, entity: Entity): Gender {
  let female = 0;
  let male = 0;
  for (const title of entity.titles) {
    const g = GENDERED_TITLES.get(title.toLowerCase().replace(/\.$/, ''));
    if (g === 'female') female += 2;
    if (g === 'male') male += 2;
  }
  for (const m of entity.mentions) {
    if (m.form !== 'name') continue;
    const first = tokenAt(doc.tokens, m.start);
    if (first === null) continue;
    const weight = first.end < m.end ? 1 : 0.5; // a first name in a full name counts more than a lone word
    if (first.tags.has('FemaleName')) female += weight;
    if (first.tags.has('MaleName')) male += weight;
  }
  if (female > male) return 'female';
  if (male > female) return 'male';
  return 'unknown';
}

function normTitle(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The role noun at the end of a phrase ("the Iraqi premier" → "premier"), or null. */
function roleHead(words: readonly string[]): string | null {
  if (words.length >= 2) {
    const two = `${words[words.length - 2]} ${words[words.length - 1]}`;
    if (ROLE_NOUNS.has(two)) return two;
  }
  const last = words[words.length - 1];
  return last !== undefined && ROLE_NOUNS.has(last) ? last : null;
}

/** Words an appositive role phrase may hold ("the city's mayor", "a senior union leader"). */
const APPOSITIVE_WORDS = 6;


/** The role noun a lower-case phrase of tokens `[a, b]` ends in ("the city's mayor" → "mayor"), or null. */
function roleOfWords(tokens: readonly Token[], a: number, b: number): string | null {
  if (b < a || b - a >= APPOSITIVE_WORDS) return null;
  const words: string[] = [];
  for (let k = a; k <= b; k++) {
    const t = tokens[k] as Token;
    if (/^\p{Lu}/u.test(t.text) && k === b) return null;
    words.push(t.text.toLowerCase());
  }
  return roleHead(words);
}

/**
 * Roles the text gives a person outside their titles: an appositive ("Ana Ruiz, the city's mayor,",
 * "the union leader, Omar Haddad,") or a lower-case title right before the name ("union leader Omar Haddad").
 */
function describedRoles(doc: Doc, entities: readonly Entity[]): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  const tokens = doc.tokens;
  const add = (id: string, r: string | null): void => {
    if (r === null) return;
    const set = out.get(id) ?? new Set<string>();
    for (const w of ROLE_NOUNS.get(r) ?? [r]) set.add(w);
    out.set(id, set);
  };
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      const first = tokenIndexAt(tokens, m.start);
      const after = tokenIndexAt(tokens, m.end);
      // "Ana Ruiz, the city's mayor, …"
      if (tokens[after]?.text === ',') {
        let k = after + 1;
        while (k < tokens.length && k - after <= APPOSITIVE_WORDS && !/^[,.;:]$/.test(tokens[k]?.text ?? '')) k++;
        if (/^[,.]$/.test(tokens[k]?.text ?? '') && /^(the|a|an|its|their|his|her)$/i.test(tokens[after + 1]?.text ?? '')) add(e.id, roleOfWords(tokens, after + 1, k - 1));
      }
      // "the union leader, Omar Haddad," and "union leader Omar Haddad"
      const comma = tokens[first - 1]?.text === ',';
      const end = comma ? first - 2 : first - 1;
      let a = end;
      while (a - 1 >= 0 && end - a < APPOSITIVE_WORDS - 1 && /^[\p{Ll}'’-]+$/u.test(tokens[a - 1]?.text ?? '') && !/^(the|a|an|and|or|said|says|told|to|of|by|with|for|in|on|at)$/.test(tokens[a - 1]?.text ?? '')) a--;
      if (end >= 0 && /^[\p{Ll}-]+$/u.test(tokens[end]?.text ?? '')) add(e.id, roleOfWords(tokens, a, end));
    }
  }
  return out;
}

function hasTitle(entity: Entity, wanted: readonly string[]): boolean {
  for (const t of entity.titles) {
    const title = normTitle(t);
    for (const w of wanted) {
      if (title === w || title.endsWith(` ${w}`)) return true;
    }
  }
  return false;
}

export function createResolver(doc: Doc, entities: readonly Entity[], options: ResolverOptions = {}): Resolver {
  const exclude = [...(options.exclude ?? [])].sort((a, b) => a.start - b.start);
  const window = options.window ?? 4000;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const genders = new Map<string, Gender>();
  for (const e of entities) if (e.type === 'PERSON') genders.set(e.id, entityGender(doc, e));

  // Both lists sorted by start: one merged walk drops the mentions inside an excluded span.
  const mentions: Mention[] = [];
  {
    const all = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    let x = 0;
    let reach = -1; // furthest end of the excluded spans starting at or before the mention
    for (const m of all) {
      while (x < exclude.length && (exclude[x] as { start: number; end: number }).start <= m.start) reach = Math.max(reach, (exclude[x++] as { start: number; end: number }).end);
      if (m.end > reach) mentions.push(m);
    }
  }
  /** Start of the sentence that holds `position`. */
  const sentenceStart = (position: number): number => doc.sentences[sentenceIndexAt(doc.sentences, position)]?.start ?? 0;

  /** Mentions before `position`, nearest first, within the window. */
  function* before(position: number): Generator<Mention> {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid] as Mention).start < position) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const m = mentions[i] as Mention;
      if (position - m.end > window) return;
      if (m.end <= position) yield m;
    }
  }

  /** The entity of the nearest mention before `position` of one of `types` (and, when given, that `accept` takes). */
  const nearestOfType = (position: number, types: readonly EntityType[], method: Antecedent['method'], confidence: number, accept?: (e: Entity) => boolean): Antecedent | null => {
    for (const m of before(position)) {
      if (!types.includes(m.type)) continue;
      const entity = byId.get(m.entityId);
      if (entity !== undefined && (accept === undefined || accept(entity))) return { entity, mention: m, method, confidence };
    }
    return null;
  };

  /**
   * "it": the nearest organisation or place, except a place that only locates the organisation named right before it
   * ("The Harbour Embassy in Lindholm said …, but it repeated …" is the embassy).
   */
  const thing = (position: number): Antecedent | null => {
    const found = nearestOfType(position, ['ORG', 'GPE'], 'pronoun', 0.4);
    if (found === null || found.mention.type !== 'GPE') return found;
    const previous = before(found.mention.start).next().value ?? null;
    if (previous === null || previous.type !== 'ORG' || !LOCATING.test(doc.text.slice(previous.end, found.mention.start))) return found;
    const entity = byId.get(previous.entityId);
    return entity === undefined ? found : { entity, mention: previous, method: 'pronoun', confidence: 0.4 };
  };

  const pronoun = (position: number, word: string, focus: readonly string[]): Antecedent | null => {
    const info = PRONOUNS.get(word);
    if (info === undefined) return null;
    if (info.refers === 'thing') return thing(position);
    if (info.refers === 'group') return null;
    // The first person named earlier in the same sentence, its likely subject ("X had this to say:
    // '…,' he wrote"; "X said, quoting Y, who he called …"), beats the focus.
    const from = sentenceStart(position);
    let subject: Antecedent | null = null;
    for (const m of before(position)) {
      if (m.start < from) break;
      if (m.type !== 'PERSON') continue;
      const entity = byId.get(m.entityId);
      const g = entity === undefined ? 'unknown' : genders.get(entity.id) ?? 'unknown';
      if (entity !== undefined && (g === info.gender || g === 'unknown')) subject = { entity, mention: m, method: 'pronoun', confidence: g === info.gender ? 0.8 : 0.6 };
    }
    if (subject !== null) return subject;
    for (const id of focus) {
      const entity = byId.get(id);
      if (entity === undefined || entity.type !== 'PERSON') continue;
      const g = genders.get(id) ?? 'unknown';
      if (g !== info.gender && g !== 'unknown') continue;
      for (const m of before(position)) {
        if (m.entityId === id) return { entity, mention: m, method: 'pronoun', confidence: g === info.gender ? 0.8 : 0.65 };
      }
    }
    for (const m of before(position)) {
      if (m.type !== 'PERSON') continue;
      const entity = byId.get(m.entityId);
      if (entity === undefined) continue;
      const g = genders.get(entity.id) ?? 'unknown';
      if (g === info.gender) return { entity, mention: m, method: 'pronoun', confidence: 0.8 };
      if (g === 'unknown') return { entity, mention: m, method: 'pronoun', confidence: 0.55 };
    }
    return null;
  };

  const described = describedRoles(doc, entities);
  const role = (position: number, words: readonly string[]): Antecedent | null => {
    const head = roleHead(words);
    if (head !== null) {
      const wanted = ROLE_NOUNS.get(head) ?? [head];
      const titled = new Set(entities.filter((e) => e.type === 'PERSON' && (hasTitle(e, wanted) || wanted.some((w) => described.get(e.id)?.has(w) === true))).map((e) => e.id));
      if (titled.size === 0) return null;
      const confidence = titled.size === 1 ? 0.75 : 0.6;
      for (const m of before(position)) {
        if (!titled.has(m.entityId)) continue;
        const entity = byId.get(m.entityId);
        if (entity !== undefined) return { entity, mention: m, method: 'role', confidence };
      }
      return null;
    }
    const last = words[words.length - 1];
    // only a bare "the company": "the outgoing regional government" names a group of its own
    if (last !== undefined && words.length === 1 && ORG_NOUNS.has(last)) {
      // "the company said" after a regulator spoke: a business noun skips public bodies to the nearest company
      const business = BUSINESS_NOUNS.has(last) ? nearestOfType(position, ['ORG'], 'role', 0.5, isBusiness) : null;
      if (business !== null) return business;
      // "the government said" after a party spoke: a government is one named so, not the nearest organisation
      if (GOVERNMENT_WORDS.has(last)) return nearestOfType(position, ['ORG'], 'role', 0.5, namedGovernment);
      return nearestOfType(position, ['ORG'], 'role', 0.5);
    }
    return null;
  };

  return Object.freeze({
    resolve(position: number, phrase: string, resolveOptions: ResolveOptions = {}): Antecedent | null {
      const words = phrase
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== '');
      if (words.length === 0) return null;
      if (words.length === 1 && PRONOUNS.has(words[0] as string)) return pronoun(position, words[0] as string, resolveOptions.focus ?? []);
      while (words.length > 1 && DETERMINERS.has(words[0] as string)) words.shift();
      return role(position, words);
    },
    genderOf(entityId: string): Gender {
      return genders.get(entityId) ?? 'unknown';
    },
  });
}
