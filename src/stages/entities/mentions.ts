import type { Entity, EntityType, Mention } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import type { Cluster } from './merge.js';
import { GPE_LAST_WORDS } from '../../lexicons/en/places.js';
import { cityOf, countryCodeOf } from './geo.js';
import { isAllCaps } from './words.js';

interface Alias {
  readonly text: string;
  readonly upper: string;
  readonly cluster: number;
  readonly form: Mention['form'];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A company whose name holds a possessive before its corporate suffix ("Tilly’s Inc."): group 1 is the name without the suffix. */
const POSSESSIVE_COMPANY = /^(\p{Lu}[^\s'’]*['’]s),? (?:Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|plc|PLC|Group|Holdings|Company|Corporation)$/u;

function formOf(text: string): Mention['form'] {
  if (text.startsWith('@')) return 'handle';
  return isAllCaps(text) && !text.includes(' ') ? 'acronym' : 'name';
}

/** The fullest name of a cluster: most words, then most characters, mixed case before all caps. */
function fullest(forms: readonly string[]): string {
  const names = forms.filter((f) => !f.startsWith('@'));
  if (names.length === 0) return forms[0] as string;
  return [...names].sort((a, b) => {
    const wa = a.split(' ').length;
    const wb = b.split(' ').length;
    if (wa !== wb) return wb - wa;
    const ca = isAllCaps(a) ? 1 : 0;
    const cb = isAllCaps(b) ? 1 : 0;
    if (ca !== cb) return ca - cb;
    return b.length - a.length;
  })[0] as string;
}

/**
 * The ISO 3166-1 alpha-2 code of the country a GPE, LOC or NORP entity names or
 * belongs to: a country or state by any of its names ("U.S." → US), a
 * demonym ("Mexican" → MX), a city of the world gazetteer (its country). Null
 * for people, organisations, groups that are no nationality and unknown places.
 */
function countryOf(type: EntityType, forms: readonly string[]): string | null {
  if (type !== 'GPE' && type !== 'LOC' && type !== 'NORP') return null;
  for (const f of forms) {
    const code = countryCodeOf(f.replace(/['’]s$/, ''));
    if (code !== null) return code;
  }
  if (type === 'NORP') return null;
  for (const f of forms) {
    const city = cityOf(f);
    if (city !== undefined) return city.country;
  }
  // "Kherson Oblast", "Kurdistan Region": a unit named after a city or country of the gazetteer
  for (const f of forms) {
    const ws = f.split(' ');
    if (ws.length < 2 || !GPE_LAST_WORDS.has((ws[ws.length - 1] as string).toLowerCase())) continue;
    const head = ws.slice(0, -1).join(' ');
    const code = countryCodeOf(head) ?? cityOf(head)?.country ?? null;
    if (code !== null) return code;
  }
  return null;
}

/**
 * Every occurrence of every alias, as the guidelines define mentions: whole
 * words, longest match first, never overlapping another mention. Text written
 * in capitals ("CARACAS") matches an alias ignoring case.
 */
export function collectMentions(doc: Doc, clusters: readonly Cluster[]): Entity[] {
  const aliases: Alias[] = [];
  clusters.forEach((cl, i) => {
    const seen = new Set<string>();
    for (const c of cl.candidates) {
      if (seen.has(c.text)) continue;
      seen.add(c.text);
      aliases.push({ text: c.text, upper: c.text.toUpperCase(), cluster: i, form: formOf(c.text) });
      // "Tilly’s Inc." is also "Tilly’s": the possessive belongs to the company's own name
      const own = cl.type === 'ORG' ? POSSESSIVE_COMPANY.exec(c.text)?.[1] : undefined;
      if (own !== undefined && !seen.has(own)) {
        seen.add(own);
        aliases.push({ text: own, upper: own.toUpperCase(), cluster: i, form: 'name' });
      }
    }
  });
  // Index by the first character, upper-cased; longest alias first.
  const index = new Map<string, Alias[]>();
  for (const a of aliases) {
    const k = (a.text[0] ?? '').toUpperCase();
    const list = index.get(k) ?? [];
    list.push(a);
    index.set(k, list);
  }
  for (const list of index.values()) list.sort((x, y) => y.text.length - x.text.length);

  const found: { start: number; end: number; alias: Alias }[] = [];
  let covered = 0;
  const { input, text } = doc;
  const tryAt = (start: number): void => {
    const list = index.get((text[start] ?? '').toUpperCase());
    if (list === undefined) return;
    for (const a of list) {
      const end = start + a.text.length;
      if (end > text.length) continue;
      const here = text.slice(start, end);
      const ok = here === a.text || (isAllCaps(here) && here === a.upper);
      // "US$200bn": a currency prefix is no mention of the country
      if (!ok || WORD_CHAR.test(text[end] ?? '') || text[end] === '$') continue;
      found.push({ start, end, alias: a });
      covered = end;
      return;
    }
  };
  for (const tok of doc.tokens) {
    if (tok.kind !== 'word' && tok.kind !== 'handle' && tok.kind !== 'number') continue;
    if (tok.start >= covered) tryAt(tok.start);
    // names after a hyphen inside a word: "U.S.-Mexico", "US-Canada"
    for (let h = tok.text.indexOf('-'); h >= 0; h = tok.text.indexOf('-', h + 1)) {
      if (tok.start + h + 1 >= covered) tryAt(tok.start + h + 1);
    }
  }

  const mentionsOf: Mention[][] = clusters.map(() => []);
  const ids: string[] = [];
  // Entity ids in order of first mention.
  const order: number[] = [];
  for (const f of found) if (!order.includes(f.alias.cluster)) order.push(f.alias.cluster);
  order.forEach((ci, i) => (ids[ci] = `e${i + 1}`));
  for (const f of found) {
    const cl = clusters[f.alias.cluster] as Cluster;
    (mentionsOf[f.alias.cluster] as Mention[]).push({
      start: f.start,
      end: f.end,
      text: input.slice(f.start, f.end),
      entityId: ids[f.alias.cluster] as string,
      type: cl.type,
      form: f.alias.form,
      provenance: cl.candidates.find((c) => c.start === f.start)?.provenance ?? 'alias',
    });
  }
  return order.map((ci): Entity => {
    const cl = clusters[ci] as Cluster;
    const mentions = mentionsOf[ci] as Mention[];
    const forms: string[] = [];
    for (const m of mentions) if (!forms.includes(m.text)) forms.push(m.text);
    const name = fullest(forms);
    const type: EntityType = cl.type;
    return {
      id: ids[ci] as string,
      name,
      type,
      aliases: [name, ...forms.filter((f) => f !== name)],
      mentions,
      titles: [...cl.titles],
      handles: [...cl.handles],
      country: countryOf(type, [name, ...forms.filter((f) => !f.startsWith('@'))]),
      confidence: cl.strong ? 0.9 : 0.6,
    };
  });
}
