/**
 * A validator for the JSON Schema subset of ./types.ts: type, enum, pattern,
 * minimum/maximum, items/minItems/maxItems, properties/required/
 * additionalProperties, anyOf and local `$ref`s. Every issue names its path
 * the way the scorer's reader does (`quotes[3].kind`). No dependencies, no
 * Node built-ins: it runs in the browser bundle too.
 */
import type { JsonSchema, RootSchema } from './types.js';

/** One place where a value does not follow a schema. `path` is `''` for the value itself. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** Stops after this many issues, so one broken corpus line cannot flood the output. */
const DEFAULT_MAX_ISSUES = 50;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function typeName(s: JsonSchema): string {
  if ('$ref' in s) return 'an object';
  if ('anyOf' in s) return s.anyOf.map(typeName).join(' or ');
  switch (s.type) {
    case 'object':
    case 'array':
      return `an ${s.type}`;
    case 'integer':
      return 'an integer';
    case 'null':
      return 'null';
    default:
      return `a ${s.type}`;
  }
}

function hasType(s: JsonSchema, v: unknown): boolean {
  if ('$ref' in s) return typeof v === 'object' && v !== null && !Array.isArray(v);
  if ('anyOf' in s) return s.anyOf.some((b) => hasType(b, v));
  switch (s.type) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'null':
      return v === null;
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
  }
}

class Walker {
  readonly issues: SchemaIssue[] = [];
  private readonly patterns = new Map<string, RegExp>();

  constructor(
    private readonly root: RootSchema,
    private readonly max: number,
  ) {}

  private report(path: string, message: string): void {
    if (this.issues.length < this.max) this.issues.push({ path, message });
  }

  private full(): boolean {
    return this.issues.length >= this.max;
  }

  private pattern(source: string): RegExp {
    let re = this.patterns.get(source);
    if (re === undefined) {
      re = new RegExp(source, 'u');
      this.patterns.set(source, re);
    }
    return re;
  }

  walk(s: JsonSchema, v: unknown, path: string): void {
    if (this.full()) return;
    if ('$ref' in s) {
      const name = s.$ref.slice('#/$defs/'.length);
      const target = this.root.$defs[name];
      if (target === undefined) throw new Error(`newslens: schema ${this.root.$id}: unknown $ref ${s.$ref}`);
      this.walk(target, v, path);
      return;
    }
    if ('anyOf' in s) {
      // The first branch of the value's type decides (branches here differ by type).
      const branch = s.anyOf.find((b) => hasType(b, v));
      if (branch === undefined) this.report(path, `expected ${typeName(s)}, got ${describe(v)}`);
      else this.walk(branch, v, path);
      return;
    }
    if (!hasType(s, v)) {
      this.report(path, `expected ${typeName(s)}, got ${describe(v)}`);
      return;
    }
    switch (s.type) {
      case 'string':
        this.string(s.enum, s.pattern, v as string, path);
        return;
      case 'number':
      case 'integer':
        if (s.minimum !== undefined && (v as number) < s.minimum) this.report(path, `expected at least ${s.minimum}, got ${describe(v)}`);
        if (s.maximum !== undefined && (v as number) > s.maximum) this.report(path, `expected at most ${s.maximum}, got ${describe(v)}`);
        return;
      case 'array': {
        const items = v as readonly unknown[];
        if (s.minItems !== undefined && items.length < s.minItems) this.report(path, `expected at least ${s.minItems} item(s), got ${items.length}`);
        if (s.maxItems !== undefined && items.length > s.maxItems) this.report(path, `expected at most ${s.maxItems} item(s), got ${items.length}`);
        items.forEach((item, i) => this.walk(s.items, item, join(path, i)));
        return;
      }
      case 'object': {
        const o = v as Readonly<Record<string, unknown>>;
        for (const key of s.required) {
          if (!Object.hasOwn(o, key)) this.report(join(path, key), 'required field is missing');
        }
        for (const [key, value] of Object.entries(o)) {
          const sub = Object.hasOwn(s.properties, key) ? s.properties[key] : undefined;
          if (sub !== undefined) this.walk(sub, value, join(path, key));
          else if (!s.additionalProperties) this.report(join(path, key), `unknown field (expected one of ${Object.keys(s.properties).join(', ')})`);
        }
        return;
      }
      default:
        return;
    }
  }

  private string(allowed: readonly string[] | undefined, pattern: string | undefined, v: string, path: string): void {
    if (allowed !== undefined && !allowed.includes(v)) this.report(path, `expected one of ${allowed.join(', ')}, got ${describe(v)}`);
    if (pattern !== undefined && !this.pattern(pattern).test(v)) this.report(path, `expected a string matching /${pattern}/, got ${describe(v)}`);
  }
}

export interface ValidateOptions {
  /** Stop after this many issues (default 50). */
  readonly maxIssues?: number;
}

/**
 * Checks `value` against a root schema (one of newslens's, or any schema in the
 * same subset). Returns every issue found, in document order; `[]` means valid.
 */
export function validateSchema(schema: RootSchema, value: unknown, options?: ValidateOptions): SchemaIssue[] {
  const max = options?.maxIssues ?? DEFAULT_MAX_ISSUES;
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`newslens: validateSchema(): options.maxIssues must be a positive integer, got ${String(max)}`);
  const walker = new Walker(schema, max);
  walker.walk(schema, value, '');
  return walker.issues;
}
