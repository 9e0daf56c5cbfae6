/** Small field validators shared by the gold and prediction readers; errors name the field path. */

/** Input (a gold or prediction document) that does not follow the format; `path` names the field. */
export class FormatError extends Error {
  override name = 'FormatError';
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(path === '' ? detail : `${path}: ${detail}`);
  }
}

export type Obj = Readonly<Record<string, unknown>>;

export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v) : typeof v;
}

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) throw new FormatError(path, `expected an object, got ${describe(v)}`);
  return v;
}

export function arr(v: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(v)) throw new FormatError(path, `expected an array, got ${describe(v)}`);
  return v;
}

/** An optional array: absent or null reads as empty. */
export function optArr(v: unknown, path: string): readonly unknown[] {
  return v === undefined || v === null ? [] : arr(v, path);
}

export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw new FormatError(path, `expected a string, got ${describe(v)}`);
  return v;
}

export function strOrNull(v: unknown, path: string): string | null {
  return v === null || v === undefined ? null : str(v, path);
}

export function oneOf<T extends string>(v: unknown, allowed: ReadonlySet<string>, path: string): T {
  if (typeof v !== 'string' || !allowed.has(v)) {
    throw new FormatError(path, `expected one of ${[...allowed].join(', ')}, got ${describe(v)}`);
  }
  return v as T;
}

/** Checks `[start, end)` is a range of non-negative integers, within `textLength` when one is known. */
export function range(start: unknown, end: unknown, textLength: number | null, path: string): readonly [number, number] {
  const max = textLength ?? Number.MAX_SAFE_INTEGER;
  for (const [v, name] of [
    [start, 'start'],
    [end, 'end'],
  ] as const) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
      const where = textLength === null ? 'a non-negative integer offset' : `an integer offset in [0, ${textLength}]`;
      throw new FormatError(`${path}.${name}`, `expected ${where}, got ${describe(v)}`);
    }
  }
  if ((start as number) > (end as number)) throw new FormatError(path, `start ${String(start)} is after end ${String(end)}`);
  return [start as number, end as number];
}

/** Parses one JSONL line with `parse`, prefixing any error with `line N`. */
export function parseLine<T>(raw: string, lineNo: number, parse: (value: unknown) => T): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new FormatError(`line ${lineNo}`, `invalid JSON (${(e as Error).message})`);
  }
  try {
    return parse(parsed);
  } catch (e) {
    if (e instanceof FormatError) throw new FormatError(`line ${lineNo}`, e.message);
    throw e;
  }
}
