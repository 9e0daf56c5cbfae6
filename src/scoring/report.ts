/** Public report types of the scorer, and turning summed counts into precision, recall and F1. */

/** The P/R/F metrics of GUIDELINES.md section 6, by their names there. */
export type PrfMetricName = 'entities' | 'mentions' | 'quotes' | 'quotes+speaker' | 'indirect' | 'dates' | 'dates.value' | 'stances';

/** Every metric of section 6, in the order of its table. */
export type MetricName = 'entities' | 'mentions' | 'quotes' | 'attribution' | 'quotes+speaker' | 'indirect' | 'dates' | 'dates.value' | 'stances';

export const METRIC_NAMES: readonly MetricName[] = Object.freeze([
  'entities',
  'mentions',
  'quotes',
  'attribution',
  'quotes+speaker',
  'indirect',
  'dates',
  'dates.value',
  'stances',
] as const);

/** Counts of one P/R/F metric. */
export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Counts of `attribution`: matched quotes with a non-null gold speaker (`n`), and how many have the right speaker. */
export interface AttributionCounts {
  readonly correct: number;
  readonly n: number;
}

/** Raw counts for one document (or summed over many). */
export interface DocumentCounts {
  readonly prf: Readonly<Record<PrfMetricName, Counts>>;
  /** `stances` split by gold/predicted label, for F_avg. */
  readonly stanceLabels: { readonly favor: Counts; readonly against: Counts };
  readonly attribution: AttributionCounts;
}

/**
 * One item in an error listing. Offsets are into the document text (`null`
 * for entities and stances, which are not spans); `note` says what else
 * matters (type, speaker, value, target and label, or the gold counterpart).
 */
export interface ErrorItem {
  readonly start: number | null;
  readonly end: number | null;
  readonly text: string;
  readonly note: string;
}

/**
 * Errors of one metric in one document. `falsePositives` are predicted items
 * counted as fp, `misses` gold items counted as fn. For `attribution`,
 * `misses` lists the matched quotes whose predicted speaker is wrong and
 * `falsePositives` is always empty.
 */
export interface MetricErrors {
  readonly falsePositives: readonly ErrorItem[];
  readonly misses: readonly ErrorItem[];
}

/** The score of one document: counts plus error listings per metric. */
export interface DocumentScore {
  readonly id: string;
  /** False when no prediction had this document's id (it then predicts nothing). */
  readonly predicted: boolean;
  readonly counts: DocumentCounts;
  readonly errors: Readonly<Record<MetricName, MetricErrors>>;
}

/**
 * Precision, recall and F1 with their counts. A ratio with a zero denominator
 * is 0: precision is 0 when nothing was predicted, recall is 0 when there is
 * no gold item, and F1 is 0 when precision + recall is 0.
 */
export interface MetricScore {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** `attribution`: share of matched quotes (gold speaker not null) whose predicted speaker matches; 0 when `n` is 0. */
export interface AttributionScore {
  readonly accuracy: number;
  readonly n: number;
}

/** `stances`, plus F_avg = mean of F1(favor) and F1(against) (SemEval-2016 Task 6) and the per-label scores. */
export interface StanceScore extends MetricScore {
  readonly f_avg: number;
  readonly favor: MetricScore;
  readonly against: MetricScore;
}

/** All section-6 metrics, keyed by their names there. */
export interface Metrics {
  readonly entities: MetricScore;
  readonly mentions: MetricScore;
  readonly quotes: MetricScore;
  readonly attribution: AttributionScore;
  readonly 'quotes+speaker': MetricScore;
  readonly indirect: MetricScore;
  readonly dates: MetricScore;
  readonly 'dates.value': MetricScore;
  readonly stances: StanceScore;
}

/** The result of `score()`. */
export interface ScoreReport {
  /** Number of gold documents scored. */
  readonly documents: number;
  /** Micro-averaged over all documents. */
  readonly metrics: Metrics;
  /** One entry per gold document, in gold order. */
  readonly perDocument: readonly DocumentScore[];
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

export function prf(c: Counts): MetricScore {
  const p = ratio(c.tp, c.tp + c.fp);
  const r = ratio(c.tp, c.tp + c.fn);
  return { p, r, f1: ratio(2 * p * r, p + r), tp: c.tp, fp: c.fp, fn: c.fn };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function emptyCounts(): DocumentCounts {
  return {
    prf: {
      entities: ZERO,
      mentions: ZERO,
      quotes: ZERO,
      'quotes+speaker': ZERO,
      indirect: ZERO,
      dates: ZERO,
      'dates.value': ZERO,
      stances: ZERO,
    },
    stanceLabels: { favor: ZERO, against: ZERO },
    attribution: { correct: 0, n: 0 },
  };
}

/** Sums two sets of counts (micro-averaging is summing, then dividing once). */
export function addCounts(a: DocumentCounts, b: DocumentCounts): DocumentCounts {
  const prfSum = { ...a.prf };
  for (const k of Object.keys(prfSum) as PrfMetricName[]) prfSum[k] = add(a.prf[k], b.prf[k]);
  return {
    prf: prfSum,
    stanceLabels: { favor: add(a.stanceLabels.favor, b.stanceLabels.favor), against: add(a.stanceLabels.against, b.stanceLabels.against) },
    attribution: { correct: a.attribution.correct + b.attribution.correct, n: a.attribution.n + b.attribution.n },
  };
}

/** Turns summed counts into the section-6 metrics. */
export function toMetrics(c: DocumentCounts): Metrics {
  const favor = prf(c.stanceLabels.favor);
  const against = prf(c.stanceLabels.against);
  return {
    entities: prf(c.prf.entities),
    mentions: prf(c.prf.mentions),
    quotes: prf(c.prf.quotes),
    attribution: { accuracy: ratio(c.attribution.correct, c.attribution.n), n: c.attribution.n },
    'quotes+speaker': prf(c.prf['quotes+speaker']),
    indirect: prf(c.prf.indirect),
    dates: prf(c.prf.dates),
    'dates.value': prf(c.prf['dates.value']),
    stances: { ...prf(c.prf.stances), f_avg: (favor.f1 + against.f1) / 2, favor, against },
  };
}
