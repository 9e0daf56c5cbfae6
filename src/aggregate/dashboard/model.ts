/**
 * The dashboard's view of an aggregate: actors ordered by how many stances
 * they hold, targets in order, one cell per (actor, target) with its favor and
 * against rows, and the week (or month) buckets of the timeline.
 */
import type { Aggregate, AggregateActor, AggregateRow } from '../types.js';
import { compareStrings } from '../evidence.js';
import { foldAggregate } from '../fold.js';

export interface Cell {
  /** Index of the cell, the anchor of its evidence list (`#ev-N`). */
  readonly index: number;
  readonly actor: AggregateActor;
  readonly target: string;
  readonly targetIndex: number;
  readonly favor: AggregateRow | null;
  readonly against: AggregateRow | null;
}

export interface DashboardModel {
  readonly actors: readonly AggregateActor[];
  readonly targets: readonly string[];
  /** Cells by actor key, then target. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, Cell>>;
  /** Every cell with at least one row, in actor then target order. */
  readonly cellList: readonly Cell[];
  readonly countries: readonly string[];
}

/** The model of the folded aggregate: short names ("Okafor") counted under the full one. */
export function buildModel(unfolded: Aggregate): DashboardModel {
  const agg = foldAggregate(unfolded);
  const byKey = new Map(agg.actors.map((a) => [a.key, a]));
  const targets = [...new Set(agg.rows.map((r) => r.target))].sort(compareStrings);
  const targetIndex = new Map(targets.map((t, i) => [t, i]));
  const draft = new Map<string, Map<string, { favor: AggregateRow | null; against: AggregateRow | null }>>();
  for (const r of agg.rows) {
    const perActor = draft.get(r.actor) ?? new Map<string, { favor: AggregateRow | null; against: AggregateRow | null }>();
    draft.set(r.actor, perActor);
    const c = perActor.get(r.target) ?? { favor: null, against: null };
    perActor.set(r.target, c);
    c[r.label] = r;
  }
  const stances = (key: string): number => [...(draft.get(key)?.values() ?? [])].reduce((n, c) => n + (c.favor?.count ?? 0) + (c.against?.count ?? 0), 0);
  const actors = [...draft.keys()]
    .map((k): AggregateActor => byKey.get(k) ?? { key: k, name: k, kind: 'group', country: null, names: [], types: [], mergedInto: null })
    .sort((a, b) => stances(b.key) - stances(a.key) || compareStrings(a.key, b.key));
  const cells = new Map<string, Map<string, Cell>>();
  const cellList: Cell[] = [];
  for (const actor of actors) {
    const perActor = new Map<string, Cell>();
    for (const target of targets) {
      const c = draft.get(actor.key)?.get(target);
      if (c === undefined) continue;
      const cell: Cell = { index: cellList.length, actor, target, targetIndex: targetIndex.get(target) ?? 0, favor: c.favor, against: c.against };
      perActor.set(target, cell);
      cellList.push(cell);
    }
    cells.set(actor.key, perActor);
  }
  const countries = [...new Set(actors.map((a) => a.country).filter((c): c is string => c !== null))].sort(compareStrings);
  return { actors, targets, cells, cellList, countries };
}

/** Monday of the ISO week of a YYYY-MM-DD date, as a day number (days since 1970-01-01). */
export function weekOf(date: string): number | null {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t)) return null;
  const day = Math.floor(t / 86_400_000);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  return day - ((day + 3) % 7 + 7) % 7;
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
