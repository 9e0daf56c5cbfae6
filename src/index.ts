/**
 * newslens: typed, offset-anchored entities, quotes, dates and stances from
 * English news, and a scorer for gold-annotated news corpora.
 */
export * from './core.js';
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
