/**
 * The aggregate as CSV (RFC 4180, CRLF line ends) for spreadsheets: one line
 * per (actor, target, label), evidence as `article:start-end` references;
 * `merged_into` names the actor a short name belongs to (fold first with
 * `foldAggregate()` to count it there).
 * A cell that a spreadsheet would run as a formula (starting with = + - @ or
 * a tab) gets a leading `'`, the usual guard against CSV injection.
 */
import type { Aggregate } from './types.js';

export const CSV_COLUMNS = [
  'actor_key', 'actor', 'kind', 'country', 'merged_into', 'target', 'label', 'count', 'first_date', 'last_date', 'mean_confidence', 'evidence_count', 'evidence',
] as const;

function cell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(aggregate: Aggregate): string {
  const actors = new Map(aggregate.actors.map((a) => [a.key, a]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of aggregate.rows) {
    const a = actors.get(r.actor);
    lines.push(
      [
        r.actor, a?.name ?? r.actor, a?.kind ?? '', a?.country ?? null, a?.mergedInto ?? null, r.target, r.label, r.count, r.firstDate, r.lastDate,
        r.meanConfidence, r.evidenceCount, r.evidence.map((e) => `${e.article}:${e.start}-${e.end}`).join('; '),
      ]
        .map(cell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
