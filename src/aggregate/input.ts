/**
 * What `aggregate()` reads from an analysis, and the check that a parsed
 * JSONL line is one. The check covers only the fields the aggregate uses (a
 * full schema validation of every line would cost more than the aggregation);
 * `newslens validate`-style messages name the field.
 */
import type { Analysis } from '../types.js';

/** An analysis (or a line of `newslens analyze` output, which adds `id`). */
export type AggregateInput = Pick<Analysis, 'published' | 'sentences' | 'entities' | 'dates' | 'stances'> & {
  readonly id?: string | number | null;
};

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

function array(o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new Error(`${path}${key}: ${v === undefined ? 'missing' : `expected an array, got ${describe(v)}`}`);
  return v;
}

function span(v: unknown, path: string): void {
  if (!isObj(v)) throw new Error(`${path}: expected a span object, got ${describe(v)}`);
  if (!isInt(v['start']) || !isInt(v['end']) || (v['end'] as number) < (v['start'] as number)) throw new Error(`${path}: start and end must be offsets with start <= end`);
  if (typeof v['text'] !== 'string') throw new Error(`${path}.text: expected a string`);
}

function stance(v: unknown, path: string, sentences: number): void {
  if (!isObj(v)) throw new Error(`${path}: expected an object, got ${describe(v)}`);
  const actor = v['actor'];
  if (!isObj(actor) || typeof actor['name'] !== 'string' || !(actor['entityId'] === null || typeof actor['entityId'] === 'string')) {
    throw new Error(`${path}.actor: expected {name, entityId}`);
  }
  if (typeof v['target'] !== 'string') throw new Error(`${path}.target: expected a string`);
  if (v['label'] !== 'favor' && v['label'] !== 'against') throw new Error(`${path}.label: expected "favor" or "against", got ${JSON.stringify(v['label'])}`);
  const c = v['confidence'];
  if (typeof c !== 'number' || !(c >= 0 && c <= 1)) throw new Error(`${path}.confidence: expected a number in [0, 1]`);
  array(v, 'evidence', `${path}.`).forEach((ev, i) => {
    const p = `${path}.evidence[${i}]`;
    span(ev, p);
    const e = ev as Obj;
    if (e['label'] !== 'favor' && e['label'] !== 'against') throw new Error(`${p}.label: expected "favor" or "against"`);
    if (e['cue'] !== null) span(e['cue'], `${p}.cue`);
    if (!isInt(e['sentence']) || (e['sentence'] as number) >= sentences) throw new Error(`${p}.sentence: not the index of one of the ${sentences} sentence(s)`);
  });
}

/**
 * Returns the value as an `AggregateInput`, or throws an `Error` whose message
 * names the first field that is not what an analysis has.
 */
export function checkInput(value: unknown): AggregateInput {
  if (!isObj(value)) throw new Error(`expected an analysis object, got ${describe(value)}`);
  if (typeof value['error'] === 'string' && value['stances'] === undefined) throw new Error(`a failed document, not an analysis: ${value['error']}`);
  const id = value['id'];
  if (!(id === undefined || id === null || typeof id === 'string' || typeof id === 'number')) throw new Error(`id: expected a string or a number, got ${describe(id)}`);
  const published = value['published'];
  if (!(published === null || (typeof published === 'string' && DATE.test(published)))) {
    throw new Error(`published: ${published === undefined ? 'missing' : 'expected YYYY-MM-DD or null'}`);
  }
  const sentences = array(value, 'sentences', '');
  sentences.forEach((s, i) => span(s, `sentences[${i}]`));
  array(value, 'entities', '').forEach((e, i) => {
    if (!isObj(e) || typeof e['id'] !== 'string' || typeof e['name'] !== 'string') throw new Error(`entities[${i}]: expected {id, name, …}`);
    if (!Array.isArray(e['aliases'])) throw new Error(`entities[${i}].aliases: expected an array`);
    const country = e['country'];
    if (!(country === null || (typeof country === 'string' && /^[A-Z]{2}$/.test(country)))) throw new Error(`entities[${i}].country: expected an ISO alpha-2 code or null`);
  });
  array(value, 'dates', '').forEach((d, i) => {
    if (!isObj(d) || typeof d['value'] !== 'string' || !isInt(d['start']) || !isInt(d['end'])) throw new Error(`dates[${i}]: expected {start, end, value, …}`);
  });
  array(value, 'stances', '').forEach((s, i) => stance(s, `stances[${i}]`, sentences.length));
  return value as unknown as AggregateInput;
}
