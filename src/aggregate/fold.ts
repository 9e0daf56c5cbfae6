/**
 * `foldAggregate()`: the aggregate with each actor that has a `mergedInto`
 * counted under that actor (its rows added to the longer name's, its surface
 * names listed with it). For display and spreadsheets; merge the unfolded
 * aggregates, then fold.
 */
import type { Aggregate, AggregateActor, AggregateRow } from './types.js';
import { compareEvidence, compareStrings } from './evidence.js';

function addRows(a: AggregateRow, b: AggregateRow, cap: number | null): AggregateRow {
  const evidence = [...a.evidence, ...b.evidence].sort(compareEvidence);
  if (cap !== null && evidence.length > cap) evidence.length = cap;
  const dates = [a.firstDate, a.lastDate, b.firstDate, b.lastDate].filter((d): d is string => d !== null).sort(compareStrings);
  const count = a.count + b.count;
  const confidenceMicros = a.confidenceMicros + b.confidenceMicros;
  return {
    ...a,
    count,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    meanConfidence: count === 0 ? 0 : Math.round(confidenceMicros / count) / 1e6,
    confidenceMicros,
    evidenceCount: a.evidenceCount + b.evidenceCount,
    evidence,
  };
}

export function foldAggregate(agg: Aggregate): Aggregate {
  const into = new Map(agg.actors.filter((a) => a.mergedInto !== null).map((a) => [a.key, a.mergedInto as string]));
  if (into.size === 0) return agg;
  const canonical = (key: string): string => into.get(key) ?? key;
  const names = new Map<string, Map<string, number>>();
  for (const a of agg.actors) {
    const m = names.get(canonical(a.key)) ?? new Map<string, number>();
    for (const n of a.names) m.set(n.name, (m.get(n.name) ?? 0) + n.count);
    names.set(canonical(a.key), m);
  }
  const actors: AggregateActor[] = agg.actors
    .filter((a) => !into.has(a.key))
    .map((a) => ({
      ...a,
      names: [...(names.get(a.key) ?? new Map<string, number>())].map(([name, count]) => ({ name, count })).sort((x, y) => y.count - x.count || compareStrings(x.name, y.name)),
    }));
  const rows = new Map<string, AggregateRow>();
  for (const r of agg.rows) {
    const actor = canonical(r.actor);
    const key = `${actor}\u0000${r.target}\u0000${r.label}`;
    const moved = { ...r, actor };
    const had = rows.get(key);
    rows.set(key, had === undefined ? moved : addRows(had, moved, agg.maxEvidence));
  }
  const rowList = [...rows.values()].sort((a, b) => compareStrings(a.actor, b.actor) || compareStrings(a.target, b.target) || compareStrings(a.label, b.label));
  return { ...agg, actors, rows: rowList };
}
