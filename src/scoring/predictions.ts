/**
 * Predictions: what the scorer accepts on the predicted side.
 *
 * `PredictionDocument` is structural, so both an `Analysis` with an `id`
 * (speakers and actors are objects, mentions are `{start, end, …}` objects) and
 * a document already in gold shape (speakers are strings, mentions are
 * `[start, end]` pairs) fit it. `toGold()` turns an `Analysis` into gold shape.
 */
import type { Analysis, DateType, EntityType, QuoteKind, Stance } from '../types.js';
import { ENTITY_TYPES, QUOTE_KINDS, type GoldDocument } from './gold.js';
import { FormatError, isObj, obj, oneOf, optArr, parseLine, range, str, strOrNull, describe } from './validate.js';

/** A mention as `[start, end]` (gold shape) or `{start, end, text?}` (analysis shape). */
export type PredictedMention = readonly [number, number] | { readonly start: number; readonly end: number; readonly text?: string };

/** A speaker or actor as a plain name (gold shape) or `{name}` (analysis shape). */
export type PredictedName = string | { readonly name: string };

export interface PredictedEntity {
  readonly name: string;
  /** Also the type of every mention of the entity. */
  readonly type: EntityType;
  readonly mentions?: readonly PredictedMention[];
}

export interface PredictedQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly speaker?: PredictedName | null;
  readonly text?: string;
}

export interface PredictedDate {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly type?: DateType;
  readonly text?: string;
}

export interface PredictedStance {
  readonly actor: PredictedName;
  readonly target: string;
  /** Only `favor` and `against` are scored; other labels are ignored. */
  readonly label: string;
}

/** One document's predictions: an `Analysis` plus an `id`, or a gold-shaped document. */
export interface PredictionDocument {
  readonly id: string;
  /** The analysed text; mention texts are read from it (or from the gold text when absent). */
  readonly text?: string;
  readonly entities?: readonly PredictedEntity[];
  readonly quotes?: readonly PredictedQuote[];
  readonly dates?: readonly PredictedDate[];
  readonly stances?: readonly PredictedStance[];
}

/** The name of a predicted speaker or actor, whichever shape it has. */
export function nameOf(n: PredictedName | null | undefined): string | null {
  if (n === null || n === undefined) return null;
  return typeof n === 'string' ? n : n.name;
}

/** `[start, end]` of a predicted mention, whichever shape it has. */
export function mentionRange(m: PredictedMention): readonly [number, number] {
  return 'start' in m ? [m.start, m.end] : [m[0], m[1]];
}

/** The text of a predicted mention: its own `text`, else the slice of `text`. */
export function mentionText(m: PredictedMention, text: string): string {
  if ('start' in m && typeof m.text === 'string') return m.text;
  const [s, e] = mentionRange(m);
  return text.slice(s, e);
}

function stanceEvidence(s: Stance): string {
  const same = s.evidence.find((e) => e.label === s.label) ?? s.evidence[0];
  return same === undefined ? '' : same.text;
}

/** Converts an `Analysis` to a gold-shaped document (e.g. to write predictions as `.jsonl`). */
export function toGold(analysis: Analysis, meta: { readonly id: string; readonly url?: string | null }): GoldDocument {
  return {
    id: meta.id,
    url: meta.url ?? null,
    published: analysis.published,
    text: analysis.text,
    entities: analysis.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: [...e.aliases],
      mentions: e.mentions.map((m) => [m.start, m.end] as const),
    })),
    quotes: analysis.quotes.map((q) => ({
      text: q.text,
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker === null ? null : q.speaker.name,
      cue: q.cue === null ? null : q.cue.text,
    })),
    dates: analysis.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, type: d.type, value: d.value })),
    stances: analysis.stances.map((s) => ({ actor: s.actor.name, target: s.target, label: s.label, evidence: stanceEvidence(s) })),
  };
}

function predictedName(v: unknown, path: string): PredictedName {
  if (isObj(v)) return { name: str(v['name'], `${path}.name`) };
  if (typeof v === 'string') return v;
  throw new FormatError(path, `expected a name or {name}, got ${describe(v)}`);
}

function mention(v: unknown, path: string): PredictedMention {
  if (Array.isArray(v)) {
    if (v.length !== 2) throw new FormatError(path, `expected [start, end], got ${v.length} item(s)`);
    return range(v[0], v[1], null, path);
  }
  const o = obj(v, path);
  const [start, end] = range(o['start'], o['end'], null, path);
  const text = strOrNull(o['text'], `${path}.text`);
  return text === null ? { start, end } : { start, end, text };
}

/**
 * Validates one parsed prediction document (either shape). Only the fields the
 * scorer reads are checked; anything else (sentences, diagnostics, …) is ignored.
 */
export function parsePredictionDocument(value: unknown): PredictionDocument {
  const o = obj(value, '');
  const id = str(o['id'], 'id');
  const text = strOrNull(o['text'], 'text');
  const doc: PredictionDocument = {
    id,
    entities: optArr(o['entities'], 'entities').map((v, i) => {
      const p = `entities[${i}]`;
      const e = obj(v, p);
      return {
        name: str(e['name'], `${p}.name`),
        type: oneOf<EntityType>(e['type'], ENTITY_TYPES, `${p}.type`),
        mentions: optArr(e['mentions'], `${p}.mentions`).map((m, j) => mention(m, `${p}.mentions[${j}]`)),
      };
    }),
    quotes: optArr(o['quotes'], 'quotes').map((v, i) => {
      const p = `quotes[${i}]`;
      const q = obj(v, p);
      const [start, end] = range(q['start'], q['end'], null, p);
      const speaker = q['speaker'] === null || q['speaker'] === undefined ? null : predictedName(q['speaker'], `${p}.speaker`);
      return { start, end, kind: oneOf<QuoteKind>(q['kind'], QUOTE_KINDS, `${p}.kind`), speaker };
    }),
    dates: optArr(o['dates'], 'dates').map((v, i) => {
      const p = `dates[${i}]`;
      const d = obj(v, p);
      const [start, end] = range(d['start'], d['end'], null, p);
      return { start, end, value: str(d['value'], `${p}.value`) };
    }),
    stances: optArr(o['stances'], 'stances').map((v, i) => {
      const p = `stances[${i}]`;
      const s = obj(v, p);
      return { actor: predictedName(s['actor'], `${p}.actor`), target: str(s['target'], `${p}.target`), label: str(s['label'], `${p}.label`) };
    }),
  };
  return text === null ? doc : { ...doc, text };
}

/** Parses and validates one line of a predictions `.jsonl` file; errors start with `line N`. */
export function parsePredictionLine(raw: string, lineNo: number): PredictionDocument {
  return parseLine(raw, lineNo, parsePredictionDocument);
}

/**
 * What `newslens analyze` writes in place of a document it could not analyse
 * (`{ id, line, error }`; `id` is null when the input line had none). Scoring
 * counts its document as predicting nothing rather than failing the run.
 */
export interface PredictionErrorRecord {
  readonly id: string | null;
  readonly line: number | null;
  readonly error: string;
}

/** The error record this value is, or null: an object with a string `error` and no analysis in it. */
export function asPredictionErrorRecord(value: unknown): PredictionErrorRecord | null {
  if (!isObj(value) || typeof value['error'] !== 'string') return null;
  if (['entities', 'quotes', 'dates', 'stances'].some((k) => k in value)) return null;
  const id = value['id'];
  const line = value['line'];
  return {
    id: typeof id === 'string' ? id : typeof id === 'number' ? String(id) : null,
    line: typeof line === 'number' ? line : null,
    error: value['error'],
  };
}

/** A predictions line: a prediction document, or the error record `newslens analyze` left for a failed document. */
export function parsePredictionEntry(raw: string, lineNo: number): PredictionDocument | PredictionErrorRecord {
  return parseLine(raw, lineNo, (value) => asPredictionErrorRecord(value) ?? parsePredictionDocument(value));
}

export function isPredictionErrorRecord(entry: PredictionDocument | PredictionErrorRecord): entry is PredictionErrorRecord {
  return 'error' in entry;
}
