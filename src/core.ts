/**
 * The public surface shared by both entries: the types, the analyser, the
 * report and the schemas. Nothing here reaches a Node built-in, so the browser
 * entry is this module alone and the Node entry adds the scorer to it.
 */
import type { Analysis } from './types.js';
import { createAnalyzer, type Analyzer } from './pipeline/analyzer.js';
import type { AnalyzeOptions } from './pipeline/options.js';

export type * from './types.js';
export type { Analyzer } from './pipeline/analyzer.js';
export type { AnalyzeOptions, AnalyzerOptions } from './pipeline/options.js';
export type { StanceTargetDefinition } from './stages/stances/target.js';
export type { RenderOptions } from './report/index.js';
export type {
  Aggregate,
  AggregateActor,
  AggregateActorKind,
  AggregateName,
  AggregateRow,
  AggregateEvidence,
  EvidenceDateSource,
  AggregateInput,
  AggregateOptions,
  Aggregator,
  DashboardOptions,
} from './aggregate/index.js';
export type { SchemaIssue, ValidateOptions, JsonSchema, RootSchema, Infer } from './schema/index.js';
export { createAnalyzer } from './pipeline/analyzer.js';
export { render } from './report/index.js';
export { ANALYSIS_SCHEMA, AGGREGATE_SCHEMA, GOLD_DOCUMENT_SCHEMA, validateSchema, validateAnalysis, validateAggregate, validateGoldDocument } from './schema/index.js';
export { aggregate, createAggregator, mergeAggregates, foldAggregate, toCsv, renderDashboard } from './aggregate/index.js';

let defaultAnalyzer: Analyzer | null = null;

/** Analyses one article with the default analyser (built-in stance targets). */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}
