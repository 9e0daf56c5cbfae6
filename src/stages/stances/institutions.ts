import type { Entity } from '../../types.js';
import { COUNTRIES, type CountryEntry } from '../../lexicons/en/countries.js';
import { BODY_NOUNS, GOVERNMENT_NOUNS, INSTITUTION_NOUNS } from '../../lexicons/en/stance.js';
import type { Holder } from './actors.js';
import type { StanceContext } from './context.js';

const BY_DEMONYM: ReadonlyMap<string, CountryEntry> = new Map(COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d.toLowerCase(), c] as const)));
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.names.map((n) => n.toLowerCase())));

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

/** The country the passage before token `i` is about: the nearest country mention before it. */
function passageCountry(ctx: StanceContext, i: number): Entity | null {
  for (let j = i - 1; j >= 0 && i - j <= PASSAGE; j--) {
    const m = ctx.mentionAt[j];
    const e = m == null ? undefined : ctx.byId.get(m.entityId);
    if (e !== undefined && isCountry(e)) return e;
  }
  return null;
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
  if (!GOVERNMENT_NOUNS.has(w)) return null;
  let j = i - 1;
  if (ctx.words[j] === 'military' || ctx.words[j] === 'federal' || ctx.words[j] === 'new' || ctx.words[j] === 'current') j--;
  const possessive = ctx.words[j] === "'s";
  if (possessive) j--;
  const m = j >= 0 ? ctx.mentionAt[j] : null;
  const e = m == null ? undefined : ctx.byId.get(m.entityId);
  if (e !== undefined) {
    if (e.type === 'NORP') {
      const c = BY_DEMONYM.get(m?.text.toLowerCase() ?? '');
      const country = c === undefined ? null : entityOfCountry(ctx, c);
      return country === null ? null : holderOf(country, 0.8, 'government');
    }
    return e.type === 'LOC' ? null : holderOf(e, 0.8, 'government');
  }
  const demonym = BY_DEMONYM.get(ctx.words[j] ?? '');
  if (demonym !== undefined) {
    const country = entityOfCountry(ctx, demonym);
    if (country !== null) return holderOf(country, 0.8, 'government');
  }
  if (ctx.words[j] !== 'the' || possessive) return null;
  const country = passageCountry(ctx, i);
  return country === null ? null : holderOf(country, 0.6, 'government');
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
  const named = ctx.entities.filter(
    (e) => e.type === 'ORG' && e.mentions.some((m) => m.end <= at) && e.name.toLowerCase().split(/[\s-]+/).includes(w),
  );
  return named.length === 1 ? holderOf(named[0] as Entity, 0.7, 'description') : null;
}
