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

/** Quotes whose indefinite-description speaker is named right after them, with that person as speaker. */
export function resolveLaterNames(text: string, quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  const people = entities.filter((e) => e.type === 'PERSON');
  if (people.length === 0) return [...quotes];
  const named = new Map<string, Entity | null>();
  return quotes.map((q) => {
    const sp = q.speaker;
    if (sp === null || sp.entityId !== null || !INDEFINITE.test(sp.name) || sp.span === null) return q;
    const key = `${sp.span.start}:${sp.name}`;
    if (!named.has(key)) named.set(key, authorNamedAfter(text, Math.max(q.end, sp.span.end), people));
    const e = named.get(key) ?? null;
    if (e === null) return q;
    return { ...q, speaker: { name: e.name, entityId: e.id, method: 'role', confidence: Math.min(sp.confidence, 0.6), span: sp.span } };
  });
}
