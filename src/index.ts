/**
 * newslens: typed, offset-anchored entities, quotes, dates and stances from
 * English news, and a scorer for gold-annotated news corpora.
 */
import type { Analysis } from './types.js';
import { createAnalyzer, type Analyzer } from './pipeline/analyzer.js';
import type { AnalyzeOptions } from './pipeline/options.js';

export type * from './types.js';
export type { Analyzer } from './pipeline/analyzer.js';
export type { AnalyzeOptions, AnalyzerOptions } from './pipeline/options.js';
export type { StanceTargetDefinition } from './stages/stances/target.js';
export { createAnalyzer } from './pipeline/analyzer.js';
export { render } from './report/index.js';
export type { RenderOptions } from './report/index.js';
export { ANALYSIS_SCHEMA, GOLD_DOCUMENT_SCHEMA, validateSchema, validateAnalysis, validateGoldDocument } from './schema/index.js';
export type { SchemaIssue, ValidateOptions, JsonSchema, RootSchema, Infer } from './schema/index.js';
export { score, scoreDocument, summarize, toGold, parseGoldDocument, parseGoldLine, parsePredictionDocument, normalizeName, METRIC_NAMES, FormatError } from './scoring/index.js';
export type {
  ScoreReport,
  Metrics,
  MetricName,
  MetricScore,
  AttributionScore,
  StanceScore,
  DocumentScore,
  DocumentCounts,
  Counts,
  AttributionCounts,
  PrfMetricName,
  ErrorItem,
  MetricErrors,
  GoldDocument,
  GoldEntity,
  GoldQuote,
  GoldDate,
  GoldStance,
  PredictionDocument,
  PredictedEntity,
  PredictedQuote,
  PredictedDate,
  PredictedStance,
  PredictedMention,
  PredictedName,
} from './scoring/index.js';

let defaultAnalyzer: Analyzer | null = null;

/** Analyses one article with the default analyser (built-in stance targets). */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}
