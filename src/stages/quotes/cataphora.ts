import type { Entity, Quote } from '../../types.js';

/**
 * Wire copy often withholds a name for a sentence: "… after a senior American official told a conference
 * that Canada would be “better off as the 51st state”. The remarks by Brent Holloway, the deputy
 * secretary, were made on Wednesday …". A speaker that is an indefinite description ("a senior
 * official", "an envoy") is the person the next sentences name as the author of the words: "the
 * remarks by X", "the comments from X", "X's remarks". (GUIDELINES.md §3: the speaker is the entity
 * when the text names one.)
 */

/** How far after the quote, in characters, the name may come. */
const REACH = 400;

/** Nouns for what someone said, before "by/from/of NAME" or after "NAME's". */
const SAYING_NOUNS = '(?:remarks|comments|statement|words|claims|testimony|speech|suggestion|jibe|quip)';

/** "The remarks by ", "the comments from " right before a name (anchored at the end: linear). */
const SAYING_BEFORE_NAME = new RegExp(`\\b${SAYING_NOUNS}\\s+(?:by|from|of)\\s+$`, 'i');

/** "'s remarks" right after a name. */
const SAYING_AFTER_NAME = new RegExp(`^['’]s\\s+${SAYING_NOUNS}\\b`, 'i');

/** An indefinite description as a speaker: "a senior American official", "an envoy". */
const INDEFINITE = /^an?\s/i;

function authorNamedAfter(text: string, from: number, people: readonly Entity[]): Entity | null {
  const to = Math.min(text.length, from + REACH);
  let best: { readonly entity: Entity; readonly start: number } | null = null;
  for (const e of people) {
    for (const m of e.mentions) {
      if (m.start < from || m.start >= to || (best !== null && m.start >= best.start)) continue;
      const before = text.slice(Math.max(0, m.start - 30), m.start);
      const after = text.slice(m.end, m.end + 20);
      if (SAYING_BEFORE_NAME.test(before) || SAYING_AFTER_NAME.test(after)) best = { entity: e, start: m.start };
    }
  }
  return best?.entity ?? null;
}

/** How far after a named speaker its appositive may run ("Omar Haddad, a member of Norland's delegation"). */
const APPOSITIVE_CHARS = 60;

/** Words of a description too common to tie it to an appositive. */
const PLAIN_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'for', 'and', 'with', 'from', 'to']);

/**
 * "… a “physical response”, a Norland diplomat said. ¶ “It is against the sovereignty …,” Omar Haddad, a member of
 * Norland's delegation, told reporters": the next person quoted whose appositive repeats a word of the
 * description is the one it described.
 */
function describedNext(text: string, quotes: readonly Quote[], q: Quote, description: string, people: readonly Entity[]): Entity | null {
  const words = description.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !PLAIN_WORDS.has(w));
  if (words.length === 0) return null;
  for (const next of quotes) {
    if (next.start <= q.end || next.start > q.end + REACH) continue;
    const sp = next.speaker;
    const e = sp?.entityId == null ? undefined : people.find((p) => p.id === sp.entityId);
    if (e === undefined || sp?.span == null) continue;
    const after = text.slice(sp.span.end, sp.span.end + APPOSITIVE_CHARS);
    if (!/^\s*,/.test(after)) return null;
    const appositive = (after.split(/[.;]|,\s*(?:told|said|added|wrote)\b/)[0] ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
    // a word of the description opens a word of the appositive ("diplomat" in "diplomats", "Norland" in "Norland's")
    return words.some((w) => appositive.some((a) => a.startsWith(w))) ? e : null;
  }
  return null;
}

/** Quotes whose indefinite-description speaker is named right after them, with that person as speaker. */
export function resolveLaterNames(text: string, quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return [...quotes];
  const named = new Map<string, Entity | null>();
  return quotes.map((q) => {
    const sp = q.speaker;
    if (sp === null || sp.entityId !== null || !INDEFINITE.test(sp.name) || sp.span === null) return q;
    const key = `${sp.span.start}:${sp.name}`;
    if (!named.has(key)) named.set(key, authorNamedAfter(text, Math.max(q.end, sp.span.end), people) ?? describedNext(text, quotes, q, sp.name.replace(INDEFINITE, ''), people));
    const e = named.get(key) ?? null;
    if (e === null) return q;
    return { ...q, speaker: { name: e.name, entityId: e.id, method: 'role', confidence: Math.min(sp.confidence, 0.6), span: sp.span } };
  });
}
