/**
 * JSON Schemas of the analysis output and of the gold corpus format, as data,
 * and validators for them. Browser-safe (no Node built-ins).
 */
import { parseGoldDocument } from '../scoring/gold.js';
import { FormatError } from '../scoring/validate.js';
import { AGGREGATE_SCHEMA } from './aggregate.js';
import { ANALYSIS_SCHEMA } from './analysis.js';
import { GOLD_DOCUMENT_SCHEMA } from './gold.js';
import { checkGoldRules } from './gold-rules.js';
import { validateSchema, type SchemaIssue, type ValidateOptions } from './validate.js';

export { AGGREGATE_SCHEMA } from './aggregate.js';
export { ANALYSIS_SCHEMA } from './analysis.js';
export { GOLD_DOCUMENT_SCHEMA } from './gold.js';
export { validateSchema } from './validate.js';
export type { SchemaIssue, ValidateOptions } from './validate.js';
export type { JsonSchema, RootSchema, Infer, StringSchema, NumberSchema, NullSchema, BooleanSchema, ArraySchema, ObjectSchema, AnyOfSchema, RefSchema } from './types.js';

/** Checks a value (e.g. parsed CLI output) against the `Analysis` schema; `[]` means valid. */
export function validateAnalysis(value: unknown, options?: ValidateOptions): SchemaIssue[] {
  return validateSchema(ANALYSIS_SCHEMA, value, options);
}

/** Checks a value (e.g. a `newslens aggregate` output read back) against the `Aggregate` schema; `[]` means valid. */
export function validateAggregate(value: unknown, options?: ValidateOptions): SchemaIssue[] {
  return validateSchema(AGGREGATE_SCHEMA, value, options);
}

/**
 * Checks one parsed gold document in three steps, stopping at the first that
 * finds something: the JSON Schema; the scorer's reader (offsets within the
 * text, start <= end); the guideline rules (span texts, mentions are aliases
 * and do not overlap, evidence is in the text). `[]` means the scorer will
 * read it as the annotator meant.
 */
export function validateGoldDocument(value: unknown, options?: ValidateOptions): SchemaIssue[] {
  const schemaIssues = validateSchema(GOLD_DOCUMENT_SCHEMA, value, options);
  if (schemaIssues.length > 0) return schemaIssues;
  let doc;
  try {
    doc = parseGoldDocument(value);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    const prefix = `${e.path}: `;
    return [{ path: e.path, message: e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message }];
  }
  return checkGoldRules(doc).slice(0, options?.maxIssues ?? Infinity);
}
