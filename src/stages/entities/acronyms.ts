import type { EntityType } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import type { Token } from '../../pipeline/tokens.js';
import { ACRONYM_FRAMES, ACRONYM_JOINERS, NON_ENTITY_HEADS, ORG_FIRST_WORDS, ORG_LAST_WORDS } from '../../lexicons/en/organizations.js';
import { GPE_LAST_WORDS, LOC_LAST_WORDS } from '../../lexicons/en/places.js';
import type { Candidate } from './candidates.js';
import { lookup } from './gazetteer.js';
import { isAllCaps, isCapitalised } from './words.js';

/** At most this many tokens of a long name are looked at before its acronym. */
const MAX_LONG_TOKENS = 14;

const MARKS = /\p{M}/gu;

/** Upper case without diacritics, so "Económico" gives an E. */
function letters(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toUpperCase();
}

/**
 * Whether `acronym` is made of the words of a name, in order: each word gives the first one or
 * more of its letters ("African Union Mission" → AUMIS, "UN Water Commission" → UNWC), a
 * joining word ("of", "for", "the") gives its first letter or nothing, the parts of a
 * hyphenated word count as words ("Anti-Corruption Commission" → ACC), though a piece after
 * the hyphen may give nothing ("Co-operation in Europe" → CE), and every other word
 * gives at least one letter. Periods and ampersands in the acronym are ignored ("U.N.", "R&D").
 */
export function spellsAcronym(acronym: string, words: readonly string[]): boolean {
  const target = letters(acronym).replace(/[.&]/g, '');
  if (target.length < 2) return false;
  const parts: { text: string; optional: boolean }[] = [];
  for (const w of words) {
    const optional = ACRONYM_JOINERS.has(w.toLowerCase());
    // the pieces after a hyphen may give a letter or none ("Anti-Corruption" → AC or A, "Co-operation" → C)
    w.split('-').forEach((piece, k) => {
      if (piece !== '') parts.push({ text: letters(piece), optional: optional || k > 0 });
    });
  }
  if (parts.length < 2 || (parts[0] as { optional: boolean }).optional) return false;
  // memo[i * (parts.length + 1) + p]: 0 unknown, 1 no, 2 yes (letters from i on, parts from p on)
  const memo = new Uint8Array((target.length + 1) * (parts.length + 1));
  const from = (i: number, p: number): boolean => {
    if (p === parts.length) return i === target.length;
    const slot = i * (parts.length + 1) + p;
    if (memo[slot] !== 0) return memo[slot] === 2;
    const part = parts[p] as { text: string; optional: boolean };
    let ok = false;
    if (part.optional) ok = from(i, p + 1) || (i < target.length && part.text[0] === target[i] && from(i + 1, p + 1));
    else for (let k = 1; !ok && k <= part.text.length && i + k <= target.length && part.text[k - 1] === target[i + k - 1]; k++) ok = from(i + k, p + 1);
    memo[slot] = ok ? 2 : 1;
    return ok;
  };
  return from(0, 0);
}

/** Whether the tokens from `a` to `b` (inclusive) open with a known place ("Somalia", "Sierra Leone", "Papua New Guinea"). */
function opensWithPlace(doc: Doc, a: number, b: number): boolean {
  for (let m = b; m >= a; m--) {
    const hit = lookup(doc.text.slice((doc.tokens[a] as Token).start, (doc.tokens[m] as Token).end));
    if (hit !== undefined && (hit.type === 'GPE' || hit.type === 'LOC')) return true;
  }
  return false;
}

/** The tokens a frame puts between the long name and the acronym, when they are there: the last token of the name, or -1. */
function longEnd(tokens: readonly Token[], i: number): number {
  for (const frame of ACRONYM_FRAMES) {
    const n = frame.before.length;
    const after = tokens[i + 1]?.text ?? '';
    if (!frame.after.has(after) || i - n - 1 < 0) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) ok = (tokens[i - n + k] as Token).text === frame.before[k];
    if (ok) return i - n - 1;
  }
  return -1;
}

/** The first token of the capitalised stretch that ends at `end`: capitalised words and the joining words between them. */
function stretchStart(doc: Doc, end: number): number {
  const { tokens, text } = doc;
  let first = end;
  for (let j = end - 1; j >= 0 && end - j < MAX_LONG_TOKENS; j--) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (t.sentence !== next.sentence || !/^ $/.test(text.slice(t.end, next.start))) break;
    const joiner = t.kind === 'word' && ACRONYM_JOINERS.has(t.text);
    if (!isCapitalised(t) && !joiner) break;
    first = j;
  }
  return first;
}

/**
 * The long name an acronym defines, as token indices [first, last], or null: of the names that
 * end right before the frame, the shortest whose words spell the acronym. Words that name a
 * place at the end of the name (words that open with a known place) may give no letter
 * ("African Union Mission Somalia, or AUMIS").
 */
function definedName(doc: Doc, acronym: string, end: number): readonly [number, number] | null {
  const { tokens } = doc;
  if (!isCapitalised(tokens[end] as Token)) return null;
  const first = stretchStart(doc, end);
  const texts = (a: number, b: number): string[] => tokens.slice(a, b + 1).map((t) => t.text);
  for (let s = end; s >= first; s--) {
    const t = tokens[s] as Token;
    if (!isCapitalised(t) || ACRONYM_JOINERS.has(t.text.toLowerCase())) continue;
    if (spellsAcronym(acronym, texts(s, end))) return [s, end];
    for (let k = end; k > s + 1; k--) {
      if (!isCapitalised(tokens[k] as Token) || !opensWithPlace(doc, k, end)) continue;
      let stop = k - 1;
      while (stop > s && ACRONYM_JOINERS.has((tokens[stop] as Token).text)) stop--;
      if (spellsAcronym(acronym, texts(s, stop))) return [s, end];
    }
  }
  return null;
}

function lastWordOf(text: string): string {
  const ws = text.split(/[\s-]/);
  return (ws[ws.length - 1] ?? '').toLowerCase();
}

/** The type of a long name no candidate had: the gazetteer's, else a place's last word, else an organisation. */
function typeOf(name: string): EntityType {
  const hit = lookup(name);
  if (hit !== undefined) return hit.type;
  const last = lastWordOf(name);
  const firstWord = (name.split(' ')[0] ?? '').toLowerCase();
  if (ORG_LAST_WORDS.has(last) || ORG_FIRST_WORDS.has(firstWord)) return 'ORG';
  if (GPE_LAST_WORDS.has(last)) return 'GPE';
  if (LOC_LAST_WORDS.has(last)) return 'LOC';
  return 'ORG';
}

function isNonEntity(name: string): boolean {
  return NON_ENTITY_HEADS.last.has(lastWordOf(name)) || NON_ENTITY_HEADS.first.has((name.split(' ')[0] ?? '').toLowerCase());
}

/**
 * "the Norland Safety Board (NSB)", "the African Union Mission Somalia, or AUMIS,":
 * a name defined with its acronym is one entity, its whole capitalised run, whatever names the
 * run was split into, and the acronym is one of its aliases (both get one key, so they merge).
 * The acronym must be a candidate itself and its letters must spell the name's words
 * ({@link spellsAcronym}); the acronym of a law, treaty or programme is no entity, nor its name.
 */
export function defineAcronyms(doc: Doc, candidates: readonly Candidate[]): Candidate[] {
  const { tokens, input } = doc;
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  const byRange = new Map<string, Candidate>();
  for (const c of candidates) byRange.set(`${c.start}:${c.end}`, c);
  const drop = new Set<Candidate>();
  /** The long names, in text order and disjoint: every candidate inside one gives way to it. */
  const spans: { start: number; stop: number }[] = [];
  const added: Candidate[] = [];
  const defined = new Map<string, { type: EntityType; key: string }>();
  let lastStop = -1;
  for (const acr of candidates) {
    // a known organisation's acronym defines its long name too ("the Organization for Security and Co-operation in
    // Europe (OSCE)"): the name takes the acronym's key; a place's code ("US") defines nothing
    const known = acr.key !== null && acr.type === 'ORG' && acr.provenance === 'gazetteer';
    if (!isAllCaps(acr.text) || acr.text.includes(' ') || (acr.key !== null && !known)) continue;
    const i = byStart.get(acr.start);
    if (i === undefined || (tokens[i] as Token).end < acr.end - 1) continue;
    const end = longEnd(tokens, i);
    if (end < 0) continue;
    const span = definedName(doc, acr.text, end);
    if (span === null) continue;
    const start = (tokens[span[0]] as Token).start;
    const stop = (tokens[span[1]] as Token).end;
    if (start < lastStop) continue;
    const text = input.slice(start, stop);
    if (known && isNonEntity(text)) continue;
    drop.add(acr);
    if (isNonEntity(text)) continue;
    const exact = byRange.get(`${start}:${stop}`);
    // A gazetteer name keeps its key; the acronym takes it ("United Arab Emirates (UAE)").
    const key = exact?.key ?? (known ? (acr.key as string) : `acronym:${text.toLowerCase()}`);
    const type: EntityType = known ? 'ORG' : exact !== undefined && exact.type !== null && (exact.strong || exact.type !== 'PERSON') ? exact.type : typeOf(text);
    added.push(
      { start, end: stop, text, type, key, title: exact?.title ?? null, first: span[0], last: span[1], strong: true, provenance: exact?.provenance ?? 'acronym-definition' },
      { ...acr, type, key, strong: true, provenance: 'acronym-defined' },
    );
    spans.push({ start, stop });
    lastStop = stop;
    defined.set(acr.text, { type, key });
  }
  if (drop.size === 0) return [...candidates];
  // one sweep over the candidates (in text order) and the long names
  const out: Candidate[] = [];
  let j = 0;
  for (const c of candidates) {
    if (drop.has(c)) continue;
    while (j < spans.length && (spans[j] as { stop: number }).stop <= c.start) j++;
    let inside = false;
    for (let m = j; m < spans.length && (spans[m] as { start: number }).start < c.end && !inside; m++) inside = c.start < (spans[m] as { stop: number }).stop;
    if (inside) continue;
    // the acronym anywhere else in the text is the same entity, however it was typed there
    const d = c.key === null ? defined.get(c.text) : undefined;
    out.push(d === undefined ? c : { ...c, type: d.type, key: d.key, strong: true });
  }
  out.push(...added);
  return out.sort((a, b) => a.start - b.start);
}
