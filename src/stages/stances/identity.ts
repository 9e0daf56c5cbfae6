/**
 * "Svalbard is Norway.", "Crimea is part of Ukraine": a place mention, a link from IDENTITY_LINKS,
 * then a mention of a different entity that is a country, closing its clause. Whoever says it
 * asserts that country's sovereignty over the place. This module only finds the pattern; the
 * stance stage gives it to the quote's speaker.
 */
import { IDENTITY_CLOSERS, IDENTITY_LINKS } from '../../lexicons/en/stance.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_NAME_SET } from '../../lexicons/en/countries.js';
import type { StanceContext } from './context.js';

/** A country's name or demonym ("Norway", "the islands are Norwegian"). */
const isCountryWord = (w: string): boolean => COUNTRY_NAME_SET.has(w) || COUNTRY_BY_DEMONYM.has(w);

/** First words of the links: a token that starts none is skipped at once. */
const LINK_STARTS: ReadonlySet<string> = new Set(IDENTITY_LINKS.map((l) => l[0] as string));

const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC']);

export interface IdentityHit {
  /** Token range of the whole statement, place to country. */
  readonly from: number;
  readonly to: number;
  /** Token range of the link ("is part of"). */
  readonly link: readonly [number, number];
}

/** Every place-is-country statement in tokens [from, to). Linear: each token tries a fixed set of links. */
export function identityStatements(ctx: StanceContext, from: number, to: number): IdentityHit[] {
  const out: IdentityHit[] = [];
  const { words, mentionAt } = ctx;
  for (let i = from; i < to; i++) {
    const place = mentionAt[i];
    // the place's last token, right before the link
    if (place == null || !PLACE_TYPES.has(place.type) || mentionAt[i + 1] === place || !LINK_STARTS.has(words[i + 1] ?? '')) continue;
    let first = i;
    while (first > from && mentionAt[first - 1] === place) first--;
    for (const link of IDENTITY_LINKS) {
      const a = i + 1;
      if (!link.every((w, k) => words[a + k] === w)) continue;
      const c = a + link.length;
      const country = mentionAt[c];
      if (country == null || (country.type !== 'GPE' && country.type !== 'NORP') || country.entityId === place.entityId) continue;
      let end = c;
      while (end < to && mentionAt[end] === country) end++;
      if (!isCountryWord(ctx.doc.text.slice(country.start, country.end).toLowerCase())) continue;
      if (end < to && !IDENTITY_CLOSERS.has(words[end] ?? '')) continue;
      out.push({ from: first, to: end, link: [a, c] });
    }
  }
  return out;
}
