import type { Entity, Mention, Speaker } from '../../types.js';
import { COUNTRIES, COUNTRY_BY_DEMONYM as BY_DEMONYM, COUNTRY_NAME_SET as COUNTRY_NAMES, type CountryEntry } from '../../lexicons/en/countries.js';
import { BODY_NOUNS, GOVERNMENT_NOUNS, INSTITUTION_NOUNS } from '../../lexicons/en/stance.js';
import { COUNTRY_MODIFIER_MAX, COUNTRY_NOUNS, GOVERNMENT_DETERMINERS, GOVERNMENT_MODIFIERS, GOVERNMENT_PLACE_PREPOSITIONS, RULING_BODY_MODIFIERS, RULING_BODY_NOUNS } from '../../lexicons/en/holders.js';
import type { Holder } from './actors.js';
import { HOLDER_BLOCS, bodyNamedBy } from '../coref/bodies.js';
import { tokenIndexAt, type StanceContext } from './context.js';


/** How far back, in tokens, "the government" looks for the country its passage is about. */
const PASSAGE = 150;

const holderOf = (e: Entity, confidence: number, via: string): Holder => ({ actor: { name: e.name, entityId: e.id }, confidence, via });

function isCountry(e: Entity): boolean {
  return e.type === 'GPE' && [e.name, ...e.aliases].some((a) => COUNTRY_NAMES.has(a.toLowerCase()));
}

/** The GPE entity of a country in the table, when the text names it. */
function entityOfCountry(ctx: StanceContext, c: CountryEntry): Entity | null {
  const names = new Set(c.names.map((n) => n.toLowerCase()));
  return ctx.entities.find((e) => e.type === 'GPE' && [e.name, ...e.aliases].some((a) => names.has(a.toLowerCase()))) ?? null;
}

/** How many modifiers may stand between a government noun and its determiner ("another coup-born military regime"). */
const GOVERNMENT_MODIFIER_MAX = 3;

/**
 * The country a place stands for: a country itself, or the named country of a
 * city ("the junta in Niamey" speaks for Niger when the text names Niger);
 * a city whose country the text does not name stands for itself.
 */
function countryOfPlace(ctx: StanceContext, e: Entity): Entity {
  if (isCountry(e) || e.country === null) return e;
  return ctx.entities.find((f) => f !== e && f.country === e.country && isCountry(f)) ?? e;
}

/** "the regime in Norland", "the government of Norland": the place named right after a government noun at token `i`, or null. */
function placeAfter(ctx: StanceContext, i: number): Entity | null {
  if (!GOVERNMENT_PLACE_PREPOSITIONS.has(ctx.words[i + 1] ?? '')) return null;
  const m = ctx.mentionAt[i + 2];
  const e = m == null ? undefined : ctx.byId.get(m.entityId);
  return e !== undefined && e.type === 'GPE' ? countryOfPlace(ctx, e) : null;
}

/**
 * The country the passage before token `i` is about: the country mentioned
 * most often before it, a mention in the PASSAGE tokens before it counting
 * double, counting a city of a country the
 * text names ("outside the capital Niamey") and a demonym ("Norlandic
 * officials") for that country; between equals, the nearest.
 */
function passageCountry(ctx: StanceContext, i: number): Entity | null {
  const count = new Map<Entity, number>();
  let best: Entity | null = null;
  for (let j = i - 1; j >= 0; j--) {
    const m = ctx.mentionAt[j];
    if (m == null || ctx.mentionAt[j + 1] === m) continue; // once per mention, at its last token
    const c = countryOfMention(ctx, m);
    if (c === null) continue;
    // the passage counts double; the text before it settles a passage that names its neighbours once each
    const n = (count.get(c) ?? 0) + (i - j <= PASSAGE ? 2 : 1);
    count.set(c, n);
    if (best === null || n > (count.get(best) ?? 0)) best = c;
  }
  return best;
}

/** The named country a mention stands for: a country, a city of one, or its demonym. */
function countryOfMention(ctx: StanceContext, m: Mention): Entity | null {
  const e = ctx.byId.get(m.entityId);
  if (e === undefined) return null;
  if (e.type === 'NORP') {
    const c = BY_DEMONYM.get(m.text.toLowerCase());
    return c === undefined ? null : entityOfCountry(ctx, c);
  }
  if (e.type !== 'GPE') return null;
  const c = countryOfPlace(ctx, e);
  return isCountry(c) ? c : null;
}

/**
 * The holder for a government or institution noun at token `i` (GUIDELINES.md
 * §3): "the Australian government", "Chad's government" → the country;
 * "the Hale administration" → Hale; an unnamed "the government", "the
 * junta" → the country of the passage; "the foreign ministry", "the embassy"
 * → null here (a group phrase, found by the caller).
 */
export function governmentHolder(ctx: StanceContext, i: number): Holder | null {
  const w = ctx.words[i] as string;
  if (!GOVERNMENT_NOUNS.has(w) && !(RULING_BODY_NOUNS.has(w) && RULING_BODY_MODIFIERS.has(ctx.words[i - 1] ?? ''))) return null;
  let j = i - 1;
  while (j >= 0 && i - j <= GOVERNMENT_MODIFIER_MAX && ctx.mentionAt[j] == null && (GOVERNMENT_MODIFIERS.has(ctx.words[j] as string) || ctx.doc.tokens[j]?.pos === 'ADJ')) j--;
  const possessive = ctx.words[j] === "'s";
  if (possessive) j--;
  const m = j >= 0 ? ctx.mentionAt[j] : null;
  const e = m == null ? undefined : ctx.byId.get(m.entityId);
  if (e !== undefined) {
    if (e.type === 'NORP') {
      const c = BY_DEMONYM.get(m?.text.toLowerCase() ?? '');
      const country = c === undefined ? null : entityOfCountry(ctx, c);
      // "the Cubanian government" in a text that never names the country: the phrase, not the demonym
      return country === null ? phraseHolder(ctx, firstTokenOf(ctx, j), i) : holderOf(country, 0.8, 'government');
    }
    return e.type === 'LOC' ? null : holderOf(e, 0.8, 'government');
  }
  const demonym = BY_DEMONYM.get(ctx.words[j] ?? '');
  if (demonym !== undefined) {
    const country = entityOfCountry(ctx, demonym);
    return country !== null ? holderOf(country, 0.8, 'government') : phraseHolder(ctx, j, i);
  }
  if (!GOVERNMENT_DETERMINERS.has(ctx.words[j] as string) || possessive) return null;
  const place = placeAfter(ctx, i);
  if (place !== null) return holderOf(place, 0.8, 'government');
  if (ctx.words[j] !== 'the') return null;
  const country = passageCountry(ctx, i);
  return country === null ? null : holderOf(country, 0.6, 'government');
}

/** The first token of the mention at token `j`. */
function firstTokenOf(ctx: StanceContext, j: number): number {
  let k = j;
  while (k > 0 && ctx.mentionAt[k - 1] === ctx.mentionAt[j]) k--;
  return k;
}

/** A government named by its demonym only ("the Cubanian government"): a group phrase from `from` to the noun at `i`. */
function phraseHolder(ctx: StanceContext, from: number, i: number): Holder {
  const start = (ctx.doc.tokens[from] as { start: number }).start;
  const end = (ctx.doc.tokens[i] as { end: number }).end;
  return { actor: { name: ctx.doc.input.slice(start, end), entityId: null }, confidence: 0.7, via: 'government' };
}

/**
 * "The former Soviet republic agreed to host …", "the country would reject …":
 * a definite description of a country at token `i` is the country of the
 * passage before it (GUIDELINES.md §3: a description of what was introduced
 * resolves like a pronoun). A demonym in it names the country outright ("the
 * Norlandic nation"). Null when `i` heads no such description.
 */
export function countryDescriptionHolder(ctx: StanceContext, i: number): Holder | null {
  if (!COUNTRY_NOUNS.has(ctx.words[i] as string) || ctx.mentionAt[i] != null || ctx.nameAt[i] === true) return null;
  let j = i - 1;
  let demonym: Entity | null = null;
  while (j >= 0 && i - j <= COUNTRY_MODIFIER_MAX && ctx.words[j] !== 'the') {
    const m = ctx.mentionAt[j];
    const tok = ctx.doc.tokens[j];
    if (m != null) {
      const c = BY_DEMONYM.get(m.text.toLowerCase());
      const country = c === undefined ? null : entityOfCountry(ctx, c);
      const e = ctx.byId.get(m.entityId);
      // "the former Soviet republic": a people no longer a country says nothing
      if (country !== null && e?.type === 'NORP') demonym = country;
      j = firstMentionToken(ctx, j) - 1;
      continue;
    }
    if (tok === undefined || tok.kind !== 'word' || !(tok.pos === 'ADJ' || tok.pos === 'NOUN' || GOVERNMENT_MODIFIERS.has(ctx.words[j] as string))) return null;
    j--;
  }
  if (ctx.words[j] !== 'the') return null;
  if (demonym !== null) return holderOf(demonym, 0.7, 'description');
  const country = passageCountry(ctx, j);
  return country === null ? null : holderOf(country, 0.6, 'description');
}

function firstMentionToken(ctx: StanceContext, i: number): number {
  let j = i;
  while (j > 0 && ctx.mentionAt[j - 1] === ctx.mentionAt[i]) j--;
  return j;
}

export const isInstitutionNoun = (w: string): boolean => INSTITUTION_NOUNS.has(w);

/** Modifiers a definite description may carry before its head ("the European-led coalition"). */
const DESCRIPTION_MODIFIERS = 2;

/**
 * "The European-led coalition has proposed …" after "the Coalition of the
 * Willing": a definite description whose head is a word of exactly one named
 * organisation mentioned before it is that organisation (GUIDELINES.md §3: a
 * body the text names speaks as that entity). Null otherwise.
 */
export function namedBodyHolder(ctx: StanceContext, i: number): Holder | null {
  const w = ctx.words[i] as string;
  if (!BODY_NOUNS.has(w) || ctx.mentionAt[i] != null || ctx.mentionAt[i + 1] != null) return null;
  let j = i - 1;
  while (j >= 0 && i - j <= DESCRIPTION_MODIFIERS && ctx.words[j] !== 'the' && ctx.doc.tokens[j]?.kind === 'word' && ctx.doc.tokens[j]?.pos !== 'VERB') j--;
  if (ctx.words[j] !== 'the') return null;
  const at = (ctx.doc.tokens[i] as { start: number }).start;
  const body = bodyNamedBy(ctx.entities, w, at, HOLDER_BLOCS);
  if (body === null) return null;
  // the one body with that word in its name is surer than the one union of states for "the bloc"
  return holderOf(body, body.name.toLowerCase().split(/[\s-]+/).includes(w) ? 0.7 : 0.6, 'description');
}

/** A quote's speaker that is a government phrase ("the government said"): the holder governmentHolder gives it, or null. */
export function speakerGovernment(ctx: StanceContext, sp: Speaker): Holder | null {
  if (sp.entityId !== null || sp.span === null || sp.span.end <= 0) return null;
  return governmentHolder(ctx, tokenIndexAt(ctx, sp.span.end - 1));
}
