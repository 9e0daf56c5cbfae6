import type { StanceTargetDefinition } from '../stages/stances/target.js';

/** Per-call options of `analyze()`. */
export interface AnalyzeOptions {
  /**
   * Publication date, the reference for relative dates ("last week"): a
   * `YYYY-MM-DD` string, an ISO date-time string (its date part is used), a
   * `Date`, or `null`/absent for unknown (unknown parts then stay `X`).
   */
  readonly published?: string | Date | null;
}

/** Options fixed when an analyser is created with `createAnalyzer()`. */
export interface AnalyzerOptions {
  /** Largest input accepted, in UTF-16 code units (default 5,000,000). Longer input is a `RangeError`. */
  readonly maxLength?: number;
  readonly stance?: {
    /** Extra targets, analysed next to the built-in ones. */
    readonly targets?: readonly StanceTargetDefinition[];
    /** When true, only `targets` are analysed, not the built-in ones. */
    readonly replaceDefaults?: boolean;
    /**
     * Stances with a lower confidence are not reported, a number in [0, 1].
     * Default: the threshold chosen on the corpus (see README, "Stances");
     * lower it for recall, raise it for precision.
     */
    readonly minConfidence?: number;
    /**
     * Also read stances off quotes with the shipped quote-stance model, for the built-in targets,
     * where the cue rules give the speaker none (default true; README, "Stances"). Its stances carry
     * the provenance `model.quote` and the whole quote as evidence.
     */
    readonly quoteModel?: boolean;
  };
}

export const DEFAULT_MAX_LENGTH = 5_000_000;

const ANALYZE_KEYS = new Set(['published']);
const ANALYZER_KEYS = new Set(['maxLength', 'stance']);
const STANCE_KEYS = new Set(['targets', 'replaceDefaults', 'minConfidence', 'quoteModel']);

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Date) return 'a Date';
  return typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : typeof v;
}

function checkKeys(where: string, obj: object, allowed: ReadonlySet<string>): void {
  for (const k of Object.keys(obj)) {
    if (!allowed.has(k)) {
      throw new TypeError(`newslens: ${where}: unknown option "${k}" (expected one of: ${[...allowed].join(', ')})`);
    }
  }
}

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Validates and normalises `published` to `YYYY-MM-DD` or null. */
export function normalizePublished(where: string, v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new RangeError(`newslens: ${where}: options.published is an invalid Date`);
    return v.toISOString().slice(0, 10);
  }
  if (typeof v !== 'string') {
    throw new TypeError(`newslens: ${where}: options.published must be a "YYYY-MM-DD" string, a Date or null, got ${describe(v)}`);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(v.trim());
  if (m === null || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`newslens: ${where}: options.published must be a real date as "YYYY-MM-DD", got ${describe(v)}`);
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function checkAnalyzeOptions(options: unknown): string | null {
  if (options === undefined || options === null) return null;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`newslens: analyze(text, options): options must be an object, got ${describe(options)}`);
  }
  checkKeys('analyze(text, options)', options, ANALYZE_KEYS);
  return normalizePublished('analyze(text, options)', (options as AnalyzeOptions).published);
}

export interface ResolvedAnalyzerOptions {
  readonly maxLength: number;
  readonly extraTargets: readonly StanceTargetDefinition[];
  readonly replaceDefaultTargets: boolean;
  /** `options.stance.minConfidence`, or null for the stage's default. */
  readonly stanceMinConfidence: number | null;
  /** `options.stance.quoteModel` (default true). */
  readonly stanceQuoteModel: boolean;
}

export function checkTarget(t: unknown, i: number): StanceTargetDefinition {
  const where = `createAnalyzer(options): options.stance.targets[${i}]`;
  if (typeof t !== 'object' || t === null) throw new TypeError(`newslens: ${where} must be an object, got ${describe(t)}`);
  const o = t as Record<string, unknown>;
  if (typeof o['id'] !== 'string' || !/^[a-z][a-z0-9_-]*$/.test(o['id'])) {
    throw new TypeError(`newslens: ${where}.id must be a lower-case identifier such as "tariffs", got ${describe(o['id'])}`);
  }
  if (typeof o['description'] !== 'string') throw new TypeError(`newslens: ${where}.description must be a string`);
  const terms = o['terms'];
  if (!Array.isArray(terms) || terms.length === 0) throw new TypeError(`newslens: ${where}.terms must be a non-empty array of non-empty strings`);
  const phraseList = (key: string, list: unknown): void => {
    if (!Array.isArray(list)) throw new TypeError(`newslens: ${where}.${key} must be an array of strings`);
    list.forEach((x, k) => {
      if (typeof x !== 'string' || x.trim() === '') throw new TypeError(`newslens: ${where}.${key}[${k}] must be a non-empty string`);
      // a wildcard needs three letters before it ("troop*", not "t*"): short stems would match half the language
      const bad = x.trim().split(/\s+/).find((w) => w.includes('*') && (!w.endsWith('*') || w.indexOf('*') < 3));
      if (bad !== undefined) throw new TypeError(`newslens: ${where}.${key}[${k}]: "*" may only end a word of at least three letters, got "${bad}"`);
    });
  };
  phraseList('terms', terms);
  for (const key of ['opposites', 'contextTerms', 'contextOpposites', 'exclude', 'favor', 'against']) {
    if (o[key] !== undefined) phraseList(key, o[key]);
  }
  if (o['foreignActs'] !== undefined && typeof o['foreignActs'] !== 'boolean') throw new TypeError(`newslens: ${where}.foreignActs must be a boolean, got ${describe(o['foreignActs'])}`);
  const known = new Set(['id', 'description', 'terms', 'opposites', 'contextTerms', 'contextOpposites', 'exclude', 'favor', 'against', 'foreignActs']);
  for (const k of Object.keys(o)) {
    if (!known.has(k)) throw new TypeError(`newslens: ${where}: unknown key "${k}" (expected one of: ${[...known].join(', ')})`);
  }
  const copy = (v: unknown): readonly string[] | undefined => (Array.isArray(v) ? Object.freeze(v.map((x) => String(x).trim())) : undefined);
  const def: { -readonly [K in keyof StanceTargetDefinition]: StanceTargetDefinition[K] } = {
    id: o['id'],
    description: o['description'],
    terms: copy(terms) ?? [],
  };
  for (const key of ['opposites', 'contextTerms', 'contextOpposites', 'exclude', 'favor', 'against'] as const) {
    const v = copy(o[key]);
    if (v !== undefined) def[key] = v;
  }
  if (o['foreignActs'] === true) def.foreignActs = true;
  return def;
}

export function resolveAnalyzerOptions(options: unknown): ResolvedAnalyzerOptions {
  if (options === undefined) return { maxLength: DEFAULT_MAX_LENGTH, extraTargets: [], replaceDefaultTargets: false, stanceMinConfidence: null, stanceQuoteModel: true };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`newslens: createAnalyzer(options): options must be an object, got ${describe(options)}`);
  }
  checkKeys('createAnalyzer(options)', options, ANALYZER_KEYS);
  const o = options as AnalyzerOptions;
  const maxLength = o.maxLength ?? DEFAULT_MAX_LENGTH;
  if (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 1) {
    throw new RangeError(`newslens: createAnalyzer(options): options.maxLength must be a positive integer, got ${describe(maxLength)}`);
  }
  let extraTargets: StanceTargetDefinition[] = [];
  let replaceDefaultTargets = false;
  let stanceMinConfidence: number | null = null;
  let stanceQuoteModel = true;
  if (o.stance !== undefined) {
    if (typeof o.stance !== 'object' || o.stance === null) {
      throw new TypeError(`newslens: createAnalyzer(options): options.stance must be an object, got ${describe(o.stance)}`);
    }
    checkKeys('createAnalyzer(options.stance)', o.stance, STANCE_KEYS);
    const targets: unknown = o.stance.targets ?? [];
    if (!Array.isArray(targets)) throw new TypeError('newslens: createAnalyzer(options): options.stance.targets must be an array');
    extraTargets = targets.map((t, i) => Object.freeze({ ...checkTarget(t, i) }));
    replaceDefaultTargets = o.stance.replaceDefaults === true;
    const min: unknown = o.stance.minConfidence;
    if (min !== undefined) {
      if (typeof min !== 'number') {
        throw new TypeError(`newslens: createAnalyzer(options): options.stance.minConfidence must be a number in [0, 1], got ${describe(min)}`);
      }
      if (!Number.isFinite(min) || min < 0 || min > 1) {
        throw new RangeError(`newslens: createAnalyzer(options): options.stance.minConfidence must be a number in [0, 1], got ${String(min)}`);
      }
      stanceMinConfidence = min;
    }
    const qm: unknown = o.stance.quoteModel;
    if (qm !== undefined) {
      if (typeof qm !== 'boolean') throw new TypeError(`newslens: createAnalyzer(options): options.stance.quoteModel must be a boolean, got ${describe(qm)}`);
      stanceQuoteModel = qm;
    }
  }
  return { maxLength, extraTargets, replaceDefaultTargets, stanceMinConfidence, stanceQuoteModel };
}
