/** The corpus scorer (GUIDELINES.md section 6). */
export { score, scoreDocument, summarize } from './score.js';
export { toGold, parsePredictionDocument, parsePredictionLine } from './predictions.js';
export type { PredictionDocument, PredictedEntity, PredictedQuote, PredictedDate, PredictedStance, PredictedMention, PredictedName } from './predictions.js';
export { parseGoldDocument, parseGoldLine } from './gold.js';
export type { GoldDocument, GoldEntity, GoldQuote, GoldDate, GoldStance } from './gold.js';
export { FormatError } from './validate.js';
export { normalizeName } from './normalize.js';
export { nameMatches, buildEntityNameIndex } from './names.js';
export { METRIC_NAMES, addCounts, emptyCounts, toMetrics } from './report.js';
export type {
  MetricName,
  PrfMetricName,
  MetricScore,
  AttributionScore,
  StanceScore,
  Metrics,
  ScoreReport,
  DocumentScore,
  DocumentCounts,
  Counts,
  AttributionCounts,
  ErrorItem,
  MetricErrors,
} from './report.js';
