import type { EntityType } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import type { Candidate } from './candidates.js';
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

const CORPORATE_SUFFIX = /,? (?:Inc\.?|Corp\.?|Corporation|Co\.?|Ltd\.?|LLC|plc|PLC|Group|Holdings)$/;

const SMALL = new Set(['of', 'the', 'and', '&', 'for', 'de', 'la', 'del']);

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '' && w !== ',');
}

/** "Board of Elections" → "BOE"; "Philippine Coast Guard" → "PCG". */
function initials(text: string, withSmall: boolean): string {
  return words(text)
    .filter((w) => withSmall || !SMALL.has(w.toLowerCase()))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

function normal(text: string): string {
  return words(text).join(' ').toLowerCase();
}

class Clusters {
  readonly byKey = new Map<string, Cluster>();

  get(key: string): Cluster | undefined {
    return this.byKey.get(key);
  }

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
    if (c.title !== null) cl.titles.add(c.title);
    if (c.strong) cl.strong = true;
  }

  all(): Cluster[] {
    return [...this.byKey.values()];
  }
}

/** Person clusters whose multi-word names end (or start) with `word`. */
function personsWith(clusters: Clusters, word: string, position: 'last' | 'first'): Cluster[] {
  const out: Cluster[] = [];
  const w = word.toLowerCase();
  for (const cl of clusters.all()) {
    if (cl.type !== 'PERSON') continue;
    const hit = cl.candidates.some((c) => {
      const ws = words(c.text);
      if (ws.length < 2) return false;
      const target = (position === 'last' ? ws[ws.length - 1] : ws[0]) as string;
      const t = target.toLowerCase().replace(/,$/, '');
      if (position === 'last') return t === w || t + 's' === w || (ws.length >= 3 && /^(?:jr|sr)\.?$/.test(t) && (ws[ws.length - 2] as string).toLowerCase().replace(/,$/, '') === w);
      return t === w;
    });
    if (hit) out.push(cl);
  }
  return out;
}

/** Of several clusters, the one with a candidate nearest before `pos` (else the first). */
function nearest(cls: readonly Cluster[], pos: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestPos = -1;
  for (const cl of cls) {
    for (const c of cl.candidates) if (c.start < pos && c.start > bestPos) { bestPos = c.start; best = cl; }
  }
  return best ?? cls[0];
}

function isHandleOf(doc: Doc, handle: Candidate, c: Candidate): boolean {
  // "April Sparks (@AprilSpark1890)" or "April Sparks @AprilSpark1890"
  const between = doc.text.slice(c.end, handle.start);
  return /^\s*(?:\(\s*)?$/.test(between) && between.length <= 3;
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
  // Full names; then shorter full names that end a longer one ("Raúl Mulino" in "José Raúl Mulino").
  multi.sort((a, b) => words(b.text).length - words(a.text).length);
  for (const c of multi) {
    const n = normal(c.text);
    if (c.type === 'PERSON') {
      const longer = clusters.all().find((cl) => cl.type === 'PERSON' && cl.candidates.some((o) => normal(o.text).endsWith(' ' + n)));
      if (longer !== undefined) {
        clusters.join(longer, c);
        continue;
      }
    }
    const existing = clusters.all().find((cl) => cl.candidates.some((o) => normal(o.text) === n));
    if (existing !== undefined) clusters.join(existing, c);
    else clusters.add(`${(c.type as string).toLowerCase()}:${n}`, c.type as EntityType, c);
  }
  // "Apple Inc." and "Apple" are one company.
  for (const cl of clusters.all()) {
    if (cl.type !== 'ORG') continue;
    for (const c of [...cl.candidates]) {
      const bare = c.text.replace(CORPORATE_SUFFIX, '');
      if (bare === c.text) continue;
      const other = clusters.all().find((k) => k !== cl && k.type === 'ORG' && k.candidates.some((o) => o.text === bare));
      if (other !== undefined) {
        for (const o of other.candidates) clusters.join(cl, o);
        clusters.byKey.delete(other.key);
      }
    }
  }
  // Single words: surnames and first names of people, acronyms of organisations, or names of their own.
  const undecided: Candidate[] = [];
  for (const c of single) {
    const w = c.text.replace(/\.$/, '');
    const bySurname = personsWith(clusters, w, 'last');
    if (bySurname.length > 0) {
      clusters.join(nearest(bySurname, c.start) as Cluster, c);
      continue;
    }
    if (isAllCaps(w)) {
      const org = clusters.all().find((cl) => cl.type === 'ORG' && cl.candidates.some((o) => words(o.text).length >= 2 && (initials(o.text, false) === w || initials(o.text, true) === w)));
      if (org !== undefined) {
        clusters.join(org, c);
        continue;
      }
    }
    const company = clusters.all().find((cl) => cl.type === 'ORG' && cl.candidates.some((o) => CORPORATE_SUFFIX.test(o.text) && o.text.startsWith(w + ' ')));
    if (company !== undefined) {
      clusters.join(company, c);
      continue;
    }
    const byFirst = c.type === 'PERSON' || c.type === null ? personsWith(clusters, w, 'first') : [];
    if (byFirst.length === 1) {
      clusters.join(byFirst[0] as Cluster, c);
      continue;
    }
    undecided.push(c);
  }
  // A word typed once elsewhere takes that type; a word never typed is not a name.
  // Tagger guesses differ between occurrences ("Trump" is an organisation in "the Trump administration"):
  // a word read as a person anywhere is a person; otherwise the first guess stands.
  const typedWords = new Map<string, EntityType>();
  for (const c of undecided) {
    if (c.type === null) continue;
    const n = normal(c.text);
    const had = typedWords.get(n);
    if (had === undefined || (c.type === 'PERSON' && !c.strong && had !== 'PERSON')) typedWords.set(n, c.type);
  }
  for (const c of undecided) if (c.type !== null && c.strong) typedWords.set(normal(c.text), c.type);
  for (const c of undecided) {
    const type = c.strong ? c.type : typedWords.get(normal(c.text)) ?? null;
    if (type === null) continue;
    const n = normal(c.text);
    const existing = clusters.get(`${type.toLowerCase()}:${n}`) ?? clusters.all().find((cl) => cl.type === type && cl.candidates.some((o) => normal(o.text) === n));
    if (existing !== undefined) clusters.join(existing, c);
    else clusters.add(`${type.toLowerCase()}:${n}`, type, c);
  }
  // Handles: of the name right before them, else a person of their own.
  for (const h of handles) {
    const owner = candidates.find((c) => c !== h && c.end <= h.start && isHandleOf(doc, h, c));
    const cl = owner === undefined ? undefined : clusters.all().find((k) => k.candidates.includes(owner));
    if (cl !== undefined) {
      clusters.join(cl, h);
      cl.handles.add(h.text);
    } else {
      const own = clusters.add(`handle:${h.text.toLowerCase()}`, 'PERSON', h);
      own.handles.add(h.text);
    }
  }
  return clusters.all();
}

