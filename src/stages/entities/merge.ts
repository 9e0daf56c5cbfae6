import type { EntityType } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import type { Candidate } from './candidates.js';
import { SURNAME_ARTICLE } from '../../lexicons/en/names.js';
import { CORPORATE_DESIGNATORS, ORG_PREFIXES, TRADE_WORDS } from '../../lexicons/en/organizations.js';
import { keyedByOpening, lookup } from './gazetteer.js';
import { fold } from './geo.js';
import { isAllCaps } from './words.js';

/** A group of candidates that refer to one real-world entity. */
export interface Cluster {
  type: EntityType;
  readonly key: string;
  readonly candidates: Candidate[];
  readonly titles: Set<string>;
  readonly handles: Set<string>;
  strong: boolean;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capital = (w: string): string => `${(w[0] as string).toUpperCase()}${w.slice(1)}`;
/** ", Inc.", " NV", " Group", " Foods": what a company's name may end with and still be the company without it. */
const CORPORATE_SUFFIX = new RegExp(`,? (?:${[...CORPORATE_DESIGNATORS, 'Group', 'Holdings', 'Market', 'Markets', 'Stores', ...TRADE_WORDS.map(capital)].map(escape).join('|')})$`);

/** A one-word capitalised name in the plural ("Zorrans"), not "-ss" or a possessive. */
const PLURAL_NAME = /^\p{Lu}[\p{L}-]*[^s'’\s]s$/u;

const SMALL = new Set(['of', 'the', 'and', '&', 'for', 'de', 'la', 'del']);

function words(text: string): string[] {
  return text.split(' ').filter((w) => w !== '' && w !== ',');
}

/** "Board of Elections" → "BOE"; "Philippine Coast Guard" → "PCG". */
function initials(ws: readonly string[], withSmall: boolean): string {
  return ws
    .filter((w) => withSmall || !SMALL.has(w.toLowerCase()))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

/** Lower case without diacritics: "José Luis" and "Jose Luis" in one article are one person. */
function normal(text: string): string {
  return fold(words(text).join(' '));
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The clusters and the indexes the merge rules look things up in, so that
 * merging stays linear in the number of candidates.
 */
class Clusters {
  private readonly byKey = new Map<string, Cluster>();
  /** Normalised candidate text → cluster holding it. */
  readonly byText = new Map<string, Cluster>();
  /** Person clusters by the last (and first) word of a multi-word name, lower case. */
  readonly personByLast = new Map<string, Cluster[]>();
  readonly personByFirst = new Map<string, Cluster[]>();
  /** "Okafor" of "Jane Okafor Jr.": used only when no one else has that surname. */
  readonly personByJuniorLast = new Map<string, Cluster[]>();
  /** Inner words of names of three or more words: used only when they name one person and no one has them as a surname. */
  readonly personByInner = new Map<string, Cluster[]>();
  /** Person clusters by every proper word suffix of a multi-word name ("raúl mulino"). */
  readonly personBySuffix = new Map<string, Cluster>();
  /** Organisation clusters by the initials of a multi-word name. */
  readonly orgByInitials = new Map<string, Cluster>();
  /** Company clusters ("Apple Inc.") by their name without the corporate suffix ("apple"). */
  readonly companyByBare = new Map<string, Cluster>();
  /** Organisation clusters by the name keyed on its opening place or organisation ("U.N. Security Council"). */
  readonly orgByOpening = new Map<string, Cluster>();
  readonly ofCandidate = new Map<Candidate, Cluster>();

  add(key: string, type: EntityType, c: Candidate): Cluster {
    let cl = this.byKey.get(key);
    if (cl === undefined) {
      cl = { type, key, candidates: [], titles: new Set(), handles: new Set(), strong: false };
      this.byKey.set(key, cl);
    }
    this.join(cl, c);
    return cl;
  }

  join(cl: Cluster, c: Candidate): void {
    cl.candidates.push(c);
    this.ofCandidate.set(c, cl);
    if (c.title !== null) cl.titles.add(c.title);
    if (c.strong) cl.strong = true;
    const n = normal(c.text);
    if (!this.byText.has(n)) this.byText.set(n, cl);
    const ws = words(c.text);
    if (ws.length < 2) return;
    if (cl.type === 'PERSON') {
      const last = fold((ws[ws.length - 1] as string).replace(/,$/, ''));
      addTo(this.personByLast, last, cl);
      addTo(this.personByLast, last + 's', cl); // "Okafors offer": a possessive without its apostrophe
      // "Ahmad al-Rahimi … Rahimi said": the surname without its article
      const bare = last.replace(SURNAME_ARTICLE, '');
      if (bare !== last && bare.length >= 3) addTo(this.personByLast, bare, cl);
      if (ws.length >= 3 && /^(?:jr|sr)\.?$/.test(last)) addTo(this.personByJuniorLast, fold((ws[ws.length - 2] as string).replace(/,$/, '')), cl);
      // "Edmundo González Urrutia … González said", "Luiz Inácio Lula da Silva … Lula": a capitalised inner word of a longer name
      for (let i = 1; i < ws.length - 1; i++) {
        const inner = (ws[i] as string).replace(/,$/, '');
        if (/^\p{Lu}\p{Ll}{2,}$/u.test(inner)) addTo(this.personByInner, fold(inner), cl);
      }
      addTo(this.personByFirst, fold(ws[0] as string), cl);
      for (let i = 1; i < ws.length - 1; i++) if (!this.personBySuffix.has(n.split(' ').slice(i).join(' '))) this.personBySuffix.set(n.split(' ').slice(i).join(' '), cl);
    } else if (cl.type === 'ORG') {
      const opening = keyedByOpening(c.text);
      if (opening !== null && !this.orgByOpening.has(opening)) this.orgByOpening.set(opening, cl);
      for (const ini of [initials(ws, false), initials(ws, true)]) if (ini.length >= 2 && !this.orgByInitials.has(ini)) this.orgByInitials.set(ini, cl);
      // "PMC Wagner" is also "Wagner"
      const bare = ORG_PREFIXES.has(ws[0] as string) ? ws.slice(1).join(' ') : c.text.replace(CORPORATE_SUFFIX, '');
      if (bare !== c.text) {
        // "Adobe Systems Inc." is also "Adobe Systems" and "Adobe"
        const firstWord = (words(bare)[0] ?? '').toLowerCase();
        for (const key of [normal(bare), firstWord, firstWord.replace(/['’]s$/, '')]) if (key !== '' && !this.companyByBare.has(key)) this.companyByBare.set(key, cl);
      }
    }
  }

  /** Moves every candidate of `from` into `to`. */
  absorb(to: Cluster, from: Cluster): void {
    if (to === from) return;
    this.byKey.delete(from.key);
    for (const c of from.candidates) this.join(to, c);
    for (const h of from.handles) to.handles.add(h);
    from.candidates.length = 0;
  }

  all(): Cluster[] {
    return [...this.byKey.values()].filter((cl) => cl.candidates.length > 0);
  }
}

/**
 * Of several clusters a bare surname may join, the one named most often in full ("Isobel Quarrie … her son, Callum
 * Quarrie … Quarrie said" is Isobel); between equals, the one with a candidate nearest before `pos` (else the first).
 */
function nearest(cls: readonly Cluster[], pos: number): Cluster {
  if (cls.length === 1) return cls[0] as Cluster;
  let best = cls[0] as Cluster;
  let bestPos = -1;
  const most = Math.max(...cls.map((cl) => cl.candidates.length));
  for (const cl of cls) {
    if (cl.candidates.length < most) continue;
    for (const c of cl.candidates) if (c.start < pos && c.start > bestPos) { bestPos = c.start; best = cl; }
  }
  return bestPos < 0 ? (cls.find((cl) => cl.candidates.length === most) ?? best) : best;
}

/** "Isobel Quarrie" after "Isobel Mairi Quarrie": the one longer name with the same first and last word. */
function withMiddleName(clusters: Clusters, c: Candidate): Cluster | undefined {
  const ws = words(c.text);
  if (ws.length !== 2) return undefined;
  const byLast = clusters.personByLast.get(fold((ws[1] as string).replace(/,$/, ''))) ?? [];
  const both = (clusters.personByFirst.get(fold(ws[0] as string)) ?? []).filter((cl) => byLast.includes(cl) && cl.candidates.some((x) => words(x.text).length === 3));
  return both.length === 1 ? both[0] : undefined;
}

function isHandleOf(doc: Doc, handle: Candidate, c: Candidate): boolean {
  // "April Moreno (@aprilm)" or "April Moreno @aprilm"
  const between = doc.text.slice(c.end, handle.start);
  return between.length <= 3 && /^\s*(?:\(\s*)?$/.test(between);
}

const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;

/** "@NASA360" → NASA, 360; "@WhiteHouse" → White, House: the words of a handle written in camel case (one pass, no regex over the whole). */
function camelParts(body: string): string[] {
  const parts: string[] = [];
  let cur = '';
  const kind = (ch: string): number => (DIGIT.test(ch) ? 2 : UPPER.test(ch) ? 1 : 0);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string;
    const k = kind(ch);
    const prev = i > 0 ? kind(body[i - 1] as string) : -1;
    const next = i + 1 < body.length ? kind(body[i + 1] as string) : -1;
    // a new word: at a digit/letter change, at a capital after a lower-case letter, or at the last capital of a run before lower case ("NASAHq" → NASA, Hq)
    const boundary = i > 0 && (k === 2) !== (prev === 2) || (k === 1 && prev === 0) || (k === 1 && prev === 1 && next === 0);
    if (boundary && cur !== '') {
      parts.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur !== '') parts.push(cur);
  return parts;
}

/** A handle of its own is a person's unless it opens with an organisation the gazetteer knows ("@NASA360", "@WhiteHouse"). */
function handleType(handle: string): EntityType {
  const parts = camelParts(handle.slice(1).replace(/_/g, ''));
  for (let n = Math.min(parts.length, 4); n >= 1; n--) {
    const name = parts.slice(0, n).join(' ');
    if (name.replace(/ /g, '').length < 2) continue;
    if (lookup(name)?.type === 'ORG') return 'ORG';
  }
  return 'PERSON';
}

const OPEN_PAREN = /^ ?\( ?$/;

/**
 * "RENAMO (Mozambican National Resistance)", "the Nordic Fisheries Council
 * (NFC)": an acronym and an organisation's full name, one in parentheses right
 * after the other, are one organisation, whatever the acronym's letters.
 */
function joinParenthesisedAcronyms(doc: Doc, candidates: readonly Candidate[], clusters: Clusters): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i] as Candidate;
    const b = candidates[i + 1] as Candidate;
    if (!OPEN_PAREN.test(doc.text.slice(a.end, b.start)) || doc.text[b.end] !== ')') continue;
    const [acronym, full] = isAllCaps(a.text) && !a.text.includes(' ') ? [a, b] : [b, a];
    if (!isAllCaps(acronym.text) || acronym.text.includes(' ') || !full.text.includes(' ') || isAllCaps(full.text)) continue;
    const fullCl = clusters.ofCandidate.get(full);
    const acrCl = clusters.ofCandidate.get(acronym);
    if (fullCl === undefined || acrCl === undefined || fullCl === acrCl || fullCl.type !== 'ORG') continue;
    if (acrCl.type !== 'ORG' && acrCl.strong) continue;
    clusters.absorb(fullCl, acrCl);
  }
}

/** How much a candidate's type rests on: a rule or the gazetteer (2), the tagger's strong guess (1), a weak guess (0). */
function evidence(c: Candidate): number {
  if (!c.strong) return 0;
  return c.provenance.startsWith('tagger') || c.provenance === 'proper-name' ? 1 : 2;
}

/**
 * Groups candidates into entities: gazetteer keys first (US = U.S. =
 * United States), then full names, then the single words, handles and
 * acronyms that refer back to them.
 */
export function mergeCandidates(doc: Doc, candidates: readonly Candidate[]): Cluster[] {
  const clusters = new Clusters();
  const multi: Candidate[] = [];
  const single: Candidate[] = [];
  const handles: Candidate[] = [];
  for (const c of candidates) {
    if (c.provenance === 'handle') handles.push(c);
    else if (c.key !== null) clusters.add(c.key, c.type as EntityType, c);
    else if (c.type !== null && words(c.text).length >= 2) multi.push(c);
    else single.push(c);
  }
  // Full names, longest first, so shorter full names join the longer ones they end ("Luis Moreno" in "José Luis Moreno").
  // Of one name typed two ways, the strongly typed occurrence founds the cluster ("Cabo Delgado province" before a tagger guess).
  multi.sort((a, b) => words(b.text).length - words(a.text).length || evidence(b) - evidence(a) || a.start - b.start);
  for (const c of multi) {
    const n = normal(c.text);
    // "Tamsin Wexley" after "Tamsin Wexley Market": the company without its head word, not a person
    const company = c.type === 'PERSON' && !c.strong ? clusters.companyByBare.get(n) : undefined;
    const opening = c.type === 'ORG' ? keyedByOpening(c.text) : null;
    const existing =
      company ??
      (c.type === 'PERSON' ? (clusters.personBySuffix.get(n) ?? withMiddleName(clusters, c)) : undefined) ??
      clusters.byText.get(n) ??
      (opening === null ? undefined : clusters.orgByOpening.get(opening));
    if (existing !== undefined) clusters.join(existing, c);
    else clusters.add(`${(c.type as string).toLowerCase()}:${n}`, c.type as EntityType, c);
  }
  // "Apple Inc." and "Apple" are one company.
  for (const [bare, company] of clusters.companyByBare) {
    const other = clusters.byText.get(bare);
    if (other !== undefined && other !== company && other.type === 'ORG') clusters.absorb(company, other);
  }
  // Single words: surnames and first names of people, acronyms of organisations, or names of their own.
  const undecided: Candidate[] = [];
  for (const c of single) {
    const w = c.text.replace(/\.$/, '');
    const lower = fold(w); // "Chavez" is the "Chávez" of a full name
    const inner = clusters.personByInner.get(lower);
    const bySurname = clusters.personByLast.get(lower) ?? clusters.personByJuniorLast.get(lower) ?? (inner?.length === 1 && (c.type === 'PERSON' || c.type === null || c.provenance === 'world-city') ? inner : undefined);
    if (bySurname !== undefined) {
      clusters.join(nearest(bySurname, c.start), c);
      continue;
    }
    const org = isAllCaps(w) ? clusters.orgByInitials.get(w) : undefined;
    if (org !== undefined) {
      clusters.join(org, c);
      continue;
    }
    const company = clusters.companyByBare.get(lower);
    if (company !== undefined) {
      clusters.join(company, c);
      continue;
    }
    // "Lin Vara … Lin said": a city name that is also the first word of a person's name in the article is that person
    const byFirst = c.type === 'PERSON' || c.type === null || c.provenance === 'world-city' ? clusters.personByFirst.get(lower) : undefined;
    if (byFirst !== undefined && byFirst.length === 1) {
      clusters.join(byFirst[0] as Cluster, c);
      continue;
    }
    undecided.push(c);
  }
  // Tagger guesses differ between occurrences ("Okafor" is an organisation in "the Okafor administration"):
  // a word read as a person anywhere is a person; otherwise the first guess stands; strong evidence wins.
  const typedWords = new Map<string, EntityType>();
  for (const c of undecided) {
    if (c.type === null) continue;
    const n = normal(c.text);
    const had = typedWords.get(n);
    if (had === undefined || (c.type === 'PERSON' && !c.strong && had !== 'PERSON')) typedWords.set(n, c.type);
  }
  for (const c of undecided) if (c.type !== null && c.strong) typedWords.set(normal(c.text), c.type);
  // "the Zorrans" and "the Zorran rebels": the plural of an organisation's one-word name is that organisation.
  // Plurals go last, so the singular's cluster is there whichever comes first in the text.
  const pluralOf = (c: Candidate): string | null => (!c.strong && PLURAL_NAME.test(c.text) ? normal(c.text.slice(0, -1)) : null);
  const ordered = [...undecided.filter((c) => pluralOf(c) === null), ...undecided.filter((c) => pluralOf(c) !== null)];
  for (const c of ordered) {
    const n = normal(c.text);
    const singular = pluralOf(c);
    const group = singular === null ? undefined : clusters.byText.get(singular);
    if (group !== undefined && group.type === 'ORG') {
      clusters.join(group, c);
      continue;
    }
    const type = c.strong ? c.type : typedWords.get(n) ?? null;
    if (type === null) continue;
    const existing = clusters.byText.get(n);
    if (existing !== undefined && existing.type === type) clusters.join(existing, c);
    else clusters.add(`${type.toLowerCase()}:${n}`, type, c);
  }
  joinParenthesisedAcronyms(doc, candidates, clusters);
  // Handles: of the name right before them, else a person of their own.
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) if (c.provenance !== 'handle') byEnd.set(c.end, c);
  for (const h of handles) {
    let owner: Candidate | undefined;
    for (let e = h.start; e >= Math.max(0, h.start - 3) && owner === undefined; e--) {
      const c = byEnd.get(e);
      if (c !== undefined && isHandleOf(doc, h, c)) owner = c;
    }
    const cl = owner === undefined ? undefined : clusters.ofCandidate.get(owner);
    if (cl !== undefined && cl.candidates.length > 0) {
      clusters.join(cl, h);
      cl.handles.add(h.text);
    } else {
      clusters.add(`handle:${h.text.toLowerCase()}`, handleType(h.text), h).handles.add(h.text);
    }
  }
  return clusters.all();
}
