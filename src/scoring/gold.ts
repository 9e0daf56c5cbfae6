/**
 * The gold corpus format (GUIDELINES.md sections 1–5) and a validator that
 * turns one parsed JSON line into a typed `GoldDocument`, or throws a
 * `FormatError` naming the field ("quotes[3].end: …").
 */
import type { DateType, EntityType, QuoteKind, StanceLabel } from '../types.js';
import { arr, describe, FormatError, obj, oneOf, parseLine, range, str, strOrNull } from './validate.js';

export interface GoldEntity {
  /** Fullest form of the name in the text. */
  readonly name: string;
  readonly type: EntityType;
  /** Every surface form that refers to the entity in this text. */
  readonly aliases: readonly string[];
  /** `[start, end)` UTF-16 offsets of each occurrence. */
  readonly mentions: readonly (readonly [number, number])[];
}

export interface GoldQuote {
  /** The quoted content without enclosing quote marks. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  /** A gold entity `name`, a short noun phrase, or `null` when nobody is named or implied. */
  readonly speaker: string | null;
  readonly cue: string | null;
}

export interface GoldDate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: DateType;
  /** TIMEX3-like value (`2025-05-05`, `P20Y`, `PAST_REF`, …). */
  readonly value: string;
}

export interface GoldStance {
  /** A gold entity `name`, a group noun phrase, or `@author`. */
  readonly actor: string;
  readonly target: string;
  readonly label: StanceLabel;
  /** A substring of the text that shows the stance. */
  readonly evidence: string;
}

/** One gold-annotated article: one line of a corpus `.jsonl` file. */
export interface GoldDocument {
  readonly id: string;
  readonly url: string | null;
  /** Publication date `YYYY-MM-DD`, the reference for relative dates, or `null`. */
  readonly published: string | null;
  readonly text: string;
  readonly entities: readonly GoldEntity[];
  readonly quotes: readonly GoldQuote[];
  readonly dates: readonly GoldDate[];
  readonly stances: readonly GoldStance[];
}

export const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP']);
export const QUOTE_KINDS: ReadonlySet<string> = new Set<QuoteKind>(['direct', 'post', 'indirect']);
export const DATE_TYPES: ReadonlySet<string> = new Set<DateType>(['DATE', 'TIME', 'DURATION', 'SET']);
export const STANCE_LABELS: ReadonlySet<string> = new Set<StanceLabel>(['favor', 'against']);

function entity(v: unknown, path: string, len: number): GoldEntity {
  const o = obj(v, path);
  return {
    name: str(o['name'], `${path}.name`),
    type: oneOf<EntityType>(o['type'], ENTITY_TYPES, `${path}.type`),
    aliases: arr(o['aliases'], `${path}.aliases`).map((a, i) => str(a, `${path}.aliases[${i}]`)),
    mentions: arr(o['mentions'], `${path}.mentions`).map((m, i) => {
      const p = `${path}.mentions[${i}]`;
      const pair = arr(m, p);
      if (pair.length !== 2) throw new FormatError(p, `expected [start, end], got ${pair.length} item(s)`);
      return range(pair[0], pair[1], len, p);
    }),
  };
}

/** The text, start and end every span record of the gold has, checked against the document's length. */
function span(o: Record<string, unknown>, path: string, len: number): { text: string; start: number; end: number } {
  const [start, end] = range(o['start'], o['end'], len, path);
  return { text: str(o['text'], `${path}.text`), start, end };
}

function quote(v: unknown, path: string, len: number): GoldQuote {
  const o = obj(v, path);
  return {
    ...span(o, path, len),
    kind: oneOf<QuoteKind>(o['kind'], QUOTE_KINDS, `${path}.kind`),
    speaker: strOrNull(o['speaker'], `${path}.speaker`),
    cue: strOrNull(o['cue'], `${path}.cue`),
  };
}

function date(v: unknown, path: string, len: number): GoldDate {
  const o = obj(v, path);
  return {
    ...span(o, path, len),
    type: oneOf<DateType>(o['type'], DATE_TYPES, `${path}.type`),
    value: str(o['value'], `${path}.value`),
  };
}

function stance(v: unknown, path: string): GoldStance {
  const o = obj(v, path);
  return {
    actor: str(o['actor'], `${path}.actor`),
    target: str(o['target'], `${path}.target`),
    label: oneOf<StanceLabel>(o['label'], STANCE_LABELS, `${path}.label`),
    evidence: strOrNull(o['evidence'], `${path}.evidence`) ?? '',
  };
}

/**
 * Validates one parsed gold document. `url` and `published` may be absent
 * (read as `null`); every other field is required.
 */
export function parseGoldDocument(value: unknown): GoldDocument {
  const o = obj(value, '');
  const id = str(o['id'], 'id');
  const published = strOrNull(o['published'], 'published');
  if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new FormatError('published', `expected YYYY-MM-DD or null, got ${describe(published)}`);
  }
  const text = str(o['text'], 'text');
  const len = text.length;
  return {
    id,
    url: strOrNull(o['url'], 'url'),
    published,
    text,
    entities: arr(o['entities'], 'entities').map((e, i) => entity(e, `entities[${i}]`, len)),
    quotes: arr(o['quotes'], 'quotes').map((q, i) => quote(q, `quotes[${i}]`, len)),
    dates: arr(o['dates'], 'dates').map((d, i) => date(d, `dates[${i}]`, len)),
    stances: arr(o['stances'], 'stances').map((s, i) => stance(s, `stances[${i}]`)),
  };
}

/** Parses and validates one line of a gold `.jsonl` file; errors start with `line N`. */
export function parseGoldLine(raw: string, lineNo: number): GoldDocument {
  return parseLine(raw, lineNo, parseGoldDocument);
}
