/**
 * One small SVG per (actor, target): evidence per week (per month when the
 * aggregate spans more than two years), favor bars up, against bars down,
 * on one scale shared by every row so the rows compare.
 */
import { escapeHtml as h } from '../../report/escape.js';
import type { AggregateEvidence } from '../types.js';
import { dayToIso, weekOf, type Cell, type DashboardModel } from './model.js';

const MAX_WEEKS = 104;
/** Width of every timeline, in CSS pixels (the axis above spans the same); bars share it. */
const WIDTH = 880;
const MAX_BAR = 22;
const HALF = 22;

export interface TimelineScale {
  readonly unit: 'week' | 'month';
  /** Bucket of a date, or null for an undated one. */
  bucket(date: string | null): number | null;
  readonly first: number;
  readonly buckets: number;
  /** Most evidence in one bucket and direction, over every row. */
  readonly max: number;
  readonly firstLabel: string;
  readonly lastLabel: string;
  label(bucket: number): string;
}

function monthOf(date: string): number | null {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return Number.isInteger(y) && m >= 1 && m <= 12 ? y * 12 + (m - 1) : null;
}

function evidenceOf(cell: Cell): AggregateEvidence[] {
  return [...(cell.favor?.evidence ?? []), ...(cell.against?.evidence ?? [])];
}

export function timelineScale(model: DashboardModel): TimelineScale {
  let lo = Infinity;
  let hi = -Infinity;
  for (const cell of model.cellList) {
    for (const ev of evidenceOf(cell)) {
      const w = ev.date === null ? null : weekOf(ev.date);
      if (w === null) continue;
      lo = Math.min(lo, w);
      hi = Math.max(hi, w);
    }
  }
  const weekly = lo === Infinity || (hi - lo) / 7 < MAX_WEEKS;
  const bucket = (date: string | null): number | null => {
    if (date === null) return null;
    if (weekly) {
      const w = weekOf(date);
      return w === null ? null : (w - lo) / 7;
    }
    const m = monthOf(date);
    const first = monthOf(dayToIso(lo));
    return m === null || first === null ? null : m - first;
  };
  const label = weekly
    ? (b: number): string => `week of ${dayToIso(lo + b * 7)}`
    : (b: number): string => {
        const m = (monthOf(dayToIso(lo)) ?? 0) + b;
        return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      };
  const buckets = lo === Infinity ? 0 : (bucket(dayToIso(hi)) ?? 0) + 1;
  let max = 0;
  for (const cell of model.cellList) {
    for (const counts of countsOf(cell, bucket).values()) max = Math.max(max, counts.favor, counts.against);
  }
  return { unit: weekly ? 'week' : 'month', bucket, first: lo, buckets, max, firstLabel: buckets === 0 ? 'no dated evidence' : label(0), lastLabel: buckets === 0 ? '' : label(buckets - 1), label };
}

function countsOf(cell: Cell, bucket: (date: string | null) => number | null): Map<number, { favor: number; against: number }> {
  const counts = new Map<number, { favor: number; against: number }>();
  for (const ev of evidenceOf(cell)) {
    const b = bucket(ev.date);
    if (b === null) continue;
    const c = counts.get(b) ?? { favor: 0, against: 0 };
    c[ev.label]++;
    counts.set(b, c);
  }
  return counts;
}

export function timelineSvg(cell: Cell, scale: TimelineScale): string {
  const step = WIDTH / Math.max(1, scale.buckets);
  const bar = Math.max(1, Math.min(MAX_BAR, step * 0.75));
  const width = WIDTH;
  const r = (x: number): number => Math.round(x * 10) / 10;
  const bars: string[] = [`<line x1="0" y1="${HALF}" x2="${width}" y2="${HALF}" stroke="#e5e7eb"/>`];
  for (const [b, c] of [...countsOf(cell, scale.bucket)].sort(([x], [y]) => x - y)) {
    const x = r(b * step + (step - bar) / 2);
    const tip = `<title>${h(`${scale.label(b)}: ${c.favor} favor, ${c.against} against`)}</title>`;
    if (c.favor > 0) {
      const hgt = Math.max(2, Math.round((c.favor / scale.max) * (HALF - 2)));
      bars.push(`<rect class="bar-favor" x="${x}" y="${HALF - hgt}" width="${r(bar)}" height="${hgt}" fill="#15803d">${tip}</rect>`);
    }
    if (c.against > 0) {
      const hgt = Math.max(2, Math.round((c.against / scale.max) * (HALF - 2)));
      bars.push(`<rect class="bar-against" x="${x}" y="${HALF}" width="${r(bar)}" height="${hgt}" fill="#b91c1c">${tip}</rect>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HALF * 2}" viewBox="0 0 ${width} ${HALF * 2}" role="img" aria-label="timeline">${bars.join('')}</svg>`;
}
