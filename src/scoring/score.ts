/** `score()`: gold documents against predictions, every GUIDELINES.md section 6 metric. */
import type { GoldDocument } from './gold.js';
import { scoreDates, scoreEntities, scoreIndirect, scoreMentions, scoreQuotes, scoreStances } from './metrics.js';
import { buildEntityNameIndex } from './names.js';
import type { PredictionDocument } from './predictions.js';
import { addCounts, emptyCounts, toMetrics, type DocumentScore, type ScoreReport } from './report.js';

/**
 * Scores one gold document against its prediction (`null`: predicts nothing).
 * Pure; the building block of `score()` for callers that stream documents.
 */
export function scoreDocument(gold: GoldDocument, pred: PredictionDocument | null): DocumentScore {
  const names = buildEntityNameIndex(gold.entities);
  const entities = scoreEntities(gold, pred);
  const mentions = scoreMentions(gold, pred);
  const quotes = scoreQuotes(gold, pred, names);
  const indirect = scoreIndirect(gold, pred);
  const dates = scoreDates(gold, pred);
  const stances = scoreStances(gold, pred, names);
  return {
    id: gold.id,
    predicted: pred !== null,
    counts: {
      prf: {
        entities: entities.counts,
        mentions: mentions.counts,
        quotes: quotes.quotes.counts,
        'quotes+speaker': quotes.quotesSpeaker.counts,
        indirect: indirect.counts,
        dates: dates.dates.counts,
        'dates.value': dates.value.counts,
        stances: stances.all.counts,
      },
      stanceLabels: { favor: stances.favor, against: stances.against },
      attribution: { correct: quotes.attribution.correct, n: quotes.attribution.n },
    },
    errors: {
      entities: entities.errors,
      mentions: mentions.errors,
      quotes: quotes.quotes.errors,
      attribution: quotes.attribution.errors,
      'quotes+speaker': quotes.quotesSpeaker.errors,
      indirect: indirect.errors,
      dates: dates.dates.errors,
      'dates.value': dates.value.errors,
      stances: stances.all.errors,
    },
  };
}

/** Summarises document scores into a report (micro-averaged: counts summed, then divided once). */
export function summarize(documents: readonly DocumentScore[]): ScoreReport {
  const total = documents.reduce((acc, d) => addCounts(acc, d.counts), emptyCounts());
  return { documents: documents.length, metrics: toMetrics(total), perDocument: documents };
}

/**
 * Scores predictions against gold documents, matched by `id`. A gold document
 * with no prediction counts as predicting nothing; predictions with no gold
 * document are ignored. Throws a `TypeError` when ids repeat on either side.
 */
export function score(gold: Iterable<GoldDocument>, predictions: Iterable<PredictionDocument>): ScoreReport {
  const byId = new Map<string, PredictionDocument>();
  for (const p of predictions) {
    if (byId.has(p.id)) throw new TypeError(`newslens: score(): predictions repeat the id "${p.id}"`);
    byId.set(p.id, p);
  }
  const seen = new Set<string>();
  const docs: DocumentScore[] = [];
  for (const g of gold) {
    if (seen.has(g.id)) throw new TypeError(`newslens: score(): gold documents repeat the id "${g.id}"`);
    seen.add(g.id);
    docs.push(scoreDocument(g, byId.get(g.id) ?? null));
  }
  return summarize(docs);
}
