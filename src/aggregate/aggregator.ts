/**
 * `createAggregator()`: adds analyses one at a time (or whole aggregates of
 * other shards) and keeps only one entry per actor and per (actor, target,
 * label) with its evidence — never the articles' texts — so memory follows the
 * number of distinct rows and evidence kept, not the corpus. Every order in
 * the result is a total order on the data, so aggregating shards and merging
 * gives exactly the aggregate of the whole.
 */
import type { EntityType, StanceLabel } from '../types.js';
import type { Aggregate, AggregateActor, AggregateActorKind, AggregateEvidence, AggregateRow } from './types.js';
import type { AggregateInput } from './input.js';
import { countryIndex, resolveActor } from './actors.js';
import { compareEvidence, compareStrings, sameEvidence, toEvidence } from './evidence.js';

export interface AggregateOptions {
  /** Evidence passages kept per row (the first in article, offset order); `null` (default) keeps all. */
  readonly maxEvidence?: number | null;
}

export interface Aggregator {
  /** Adds one analysis; `id` names it in the evidence (default: its `id`, else `#<n>` by position). */
  add(analysis: AggregateInput, id?: string): void;
  /** Counts inputs that were skipped (reported by the caller), so the totals say so. */
  skip(count?: number): void;
  /** Adds another aggregate (of another shard). */
  merge(other: Aggregate): void;
  /** The aggregate so far; the aggregator can go on adding after it. */
  result(): Aggregate;
}

interface ActorState {
  kind: AggregateActorKind;
  country: string | null;
  readonly names: Map<string, number>;
  readonly types: Set<EntityType>;
}

interface RowState {
  readonly actor: string;
  readonly target: string;
  readonly label: StanceLabel;
  count: number;
  confidenceMicros: number;
  evidenceCount: number;
  evidence: AggregateEvidence[];
}

/** Entity beats group when two articles disagree on what the same name is. */
const KIND_RANK: Readonly<Record<AggregateActorKind, number>> = { country: 3, entity: 2, author: 1, group: 0 };

function checkOptions(options: unknown): number | null {
  if (options === undefined) return null;
  if (typeof options !== 'object' || options === null) throw new TypeError('newslens: aggregate(analyses, options): options must be an object');
  for (const k of Object.keys(options)) {
    if (k !== 'maxEvidence') throw new TypeError(`newslens: aggregate(analyses, options): unknown option "${k}" (expected maxEvidence)`);
  }
  const max = (options as { maxEvidence?: unknown }).maxEvidence;
  if (max === undefined || max === null) return null;
  if (!Number.isInteger(max) || (max as number) < 0) throw new TypeError('newslens: aggregate(analyses, options): options.maxEvidence must be a whole number >= 0 or null');
  return max as number;
}

function minCap(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

export function createAggregator(options?: AggregateOptions): Aggregator {
  let cap = checkOptions(options);
  let analyses = 0;
  let skipped = 0;
  const actors = new Map<string, ActorState>();
  const rows = new Map<string, RowState>();

  const actorState = (key: string, kind: AggregateActorKind, country: string | null): ActorState => {
    let a = actors.get(key);
    if (a === undefined) {
      a = { kind, country, names: new Map(), types: new Set() };
      actors.set(key, a);
    } else if (KIND_RANK[kind] > KIND_RANK[a.kind]) a.kind = kind;
    return a;
  };

  const rowState = (actor: string, target: string, label: StanceLabel): RowState => {
    const key = `${actor}\u0000${target}\u0000${label}`;
    let r = rows.get(key);
    if (r === undefined) {
      r = { actor, target, label, count: 0, confidenceMicros: 0, evidenceCount: 0, evidence: [] };
      rows.set(key, r);
    }
    return r;
  };

  /** Sorts and applies the cap; amortised: called when the list is twice the cap, and at the end. */
  const compact = (r: RowState): void => {
    r.evidence.sort(compareEvidence);
    if (cap !== null && r.evidence.length > cap) r.evidence.length = cap;
  };

  const addEvidence = (r: RowState, items: readonly AggregateEvidence[]): void => {
    for (const ev of items) r.evidence.push(ev);
    if (cap !== null && r.evidence.length > 2 * cap + 16) compact(r);
  };

  return {
    add(analysis, id) {
      if (typeof analysis !== 'object' || analysis === null || !Array.isArray(analysis.stances)) {
        throw new TypeError('newslens: aggregate: each item must be an analysis (the object analyze() returns)');
      }
      analyses++;
      const article = id ?? (analysis.id === undefined || analysis.id === null ? `#${analyses}` : String(analysis.id));
      const entities = new Map(analysis.entities.map((e) => [e.id, e]));
      const countries = countryIndex(analysis.entities);
      // Two actors of one article that roll up to one (e.g. "Mexico" and "Mexican officials") may share a passage.
      const fresh = new Map<RowState, AggregateEvidence[]>();
      for (const stance of analysis.stances) {
        const entity = stance.actor.entityId === null ? undefined : entities.get(stance.actor.entityId);
        const actor = resolveActor(stance.actor, entity, countries);
        const a = actorState(actor.key, actor.kind, actor.country);
        a.names.set(actor.name, (a.names.get(actor.name) ?? 0) + 1);
        if (actor.type !== null) a.types.add(actor.type);
        const r = rowState(actor.key, stance.target, stance.label);
        r.count++;
        r.confidenceMicros += Math.round(stance.confidence * 1e6);
        const list = fresh.get(r) ?? [];
        for (const ev of stance.evidence) {
          const item = toEvidence(ev, analysis, article);
          if (!list.some((x) => sameEvidence(x, item))) list.push(item);
        }
        fresh.set(r, list);
      }
      for (const [r, list] of fresh) {
        r.evidenceCount += list.length;
        addEvidence(r, list);
      }
    },

    skip(count = 1) {
      skipped += count;
    },

    merge(other) {
      if (typeof other !== 'object' || other === null || other.format !== 'newslens.aggregate/1') {
        throw new TypeError('newslens: merge: expected an aggregate (format "newslens.aggregate/1")');
      }
      cap = minCap(cap, other.maxEvidence);
      analyses += other.analyses;
      skipped += other.skipped;
      for (const actor of other.actors) {
        const a = actorState(actor.key, actor.kind, actor.country);
        for (const n of actor.names) a.names.set(n.name, (a.names.get(n.name) ?? 0) + n.count);
        for (const t of actor.types) a.types.add(t);
      }
      for (const row of other.rows) {
        const r = rowState(row.actor, row.target, row.label);
        r.count += row.count;
        r.confidenceMicros += row.confidenceMicros;
        r.evidenceCount += row.evidenceCount;
        addEvidence(r, row.evidence);
      }
    },

    result() {
      const actorList: AggregateActor[] = [...actors.entries()]
        .sort(([a], [b]) => compareStrings(a, b))
        .map(([key, a]) => {
          const names = [...a.names.entries()].map(([name, count]) => ({ name, count })).sort((x, y) => y.count - x.count || compareStrings(x.name, y.name));
          const types = [...a.types].sort(compareStrings);
          return { key, name: names[0]?.name ?? key, kind: a.kind, country: a.country, names, types, mergedInto: null };
        });
      const links = shortNameLinks(actorList);
      const rowList: AggregateRow[] = [...rows.values()]
        .sort((a, b) => compareStrings(a.actor, b.actor) || compareStrings(a.target, b.target) || compareStrings(a.label, b.label))
        .map((r) => {
          compact(r);
          let first: string | null = null;
          let last: string | null = null;
          for (const ev of r.evidence) {
            if (ev.date === null) continue;
            if (first === null || ev.date < first) first = ev.date;
            if (last === null || ev.date > last) last = ev.date;
          }
          return {
            actor: r.actor,
            target: r.target,
            label: r.label,
            count: r.count,
            firstDate: first,
            lastDate: last,
            meanConfidence: r.count === 0 ? 0 : Math.round(r.confidenceMicros / r.count) / 1e6,
            confidenceMicros: r.confidenceMicros,
            evidenceCount: r.evidenceCount,
            evidence: [...r.evidence],
          };
        });
      const actorsOut = actorList.map((a) => ({ ...a, mergedInto: links.get(a.key) ?? null }));
      return { format: 'newslens.aggregate/1', analyses, skipped, maxEvidence: cap, actors: actorsOut, rows: rowList };
    },
  };
}

const isPerson = (a: AggregateActor): boolean => a.kind === 'entity' && a.types.length === 1 && a.types[0] === 'PERSON';

/**
 * One-word PERSON actors → the one longer PERSON actor whose last word (or the
 * part of it after a hyphen) it is ("name:trump" → "name:donald trump",
 * "name:sharaa" → "name:ahmad al-sharaa"); none when two longer names end so.
 * Computed on the whole actor list, so it is the same however shards merge.
 */
function shortNameLinks(actors: readonly AggregateActor[]): Map<string, string> {
  const byLastWord = new Map<string, string[]>();
  for (const a of actors) {
    if (!isPerson(a) || !a.key.startsWith('name:')) continue;
    const words = a.key.slice(5).split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1] as string;
    // "al-Rashed" is also "Rashed"; "Okafor-Lind" also "Lind".
    const hyphen = last.lastIndexOf('-');
    for (const word of hyphen > 0 ? [last, last.slice(hyphen + 1)] : [last]) byLastWord.set(word, [...(byLastWord.get(word) ?? []), a.key]);
  }
  const links = new Map<string, string>();
  for (const a of actors) {
    if (!isPerson(a) || !a.key.startsWith('name:') || a.key.includes(' ')) continue;
    const long = byLastWord.get(a.key.slice(5));
    if (long?.length === 1) links.set(a.key, long[0] as string);
  }
  return links;
}

/** Aggregates analyses (any iterable: an array, a generator reading a file). */
export function aggregate(analyses: Iterable<AggregateInput>, options?: AggregateOptions): Aggregate {
  if (analyses === null || typeof analyses !== 'object' || typeof (analyses as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new TypeError('newslens: aggregate(analyses): analyses must be an iterable of analyses');
  }
  const agg = createAggregator(options);
  for (const a of analyses) agg.add(a);
  return agg.result();
}

/** Merges aggregates of shards: equal to the aggregate of all their analyses together. */
export function mergeAggregates(aggregates: Iterable<Aggregate>): Aggregate {
  const agg = createAggregator();
  for (const a of aggregates) agg.merge(a);
  return agg.result();
}
