/** `--min` floors: a metric name (or `stances.f_avg`) and the lowest acceptable value. */
import { METRIC_NAMES, type Metrics } from './report.js';

export type FloorName = keyof Metrics | 'stances.f_avg';

export const FLOOR_NAMES: readonly FloorName[] = Object.freeze([...METRIC_NAMES, 'stances.f_avg'] as const);

export interface Floor {
  readonly metric: FloorName;
  readonly floor: number;
}

export interface FloorFailure extends Floor {
  readonly value: number;
  /** What `value` is: `F1`, `accuracy` or `F_avg`. */
  readonly measure: string;
}

function isFloorName(s: string): s is FloorName {
  return (FLOOR_NAMES as readonly string[]).includes(s);
}

/** Parses `entities=0.85,mentions=0.8`; throws an `Error` naming the bad part. */
export function parseFloors(spec: string): Floor[] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq).trim();
      const raw = eq < 0 ? '' : part.slice(eq + 1).trim();
      if (!isFloorName(name)) throw new Error(`unknown metric "${name}" in --min (known: ${FLOOR_NAMES.join(', ')})`);
      const floor = Number(raw);
      if (raw === '' || !Number.isFinite(floor) || floor < 0 || floor > 1) {
        throw new Error(`--min ${name} needs a number in [0, 1], got "${raw}"`);
      }
      return { metric: name, floor };
    });
}

/** The value a floor is checked against: F1, `attribution` accuracy, or `stances` F_avg. */
export function floorValue(metrics: Metrics, name: FloorName): { readonly value: number; readonly measure: string } {
  if (name === 'stances.f_avg') return { value: metrics.stances.f_avg, measure: 'F_avg' };
  if (name === 'attribution') return { value: metrics.attribution.accuracy, measure: 'accuracy' };
  return { value: metrics[name].f1, measure: 'F1' };
}

/** The floors the metrics fall below. */
export function checkFloors(metrics: Metrics, floors: readonly Floor[]): FloorFailure[] {
  return floors.flatMap((f) => {
    const { value, measure } = floorValue(metrics, f.metric);
    return value < f.floor ? [{ ...f, value, measure }] : [];
  });
}
