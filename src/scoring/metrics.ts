/**
 * The metrics of GUIDELINES.md section 6 for one document. Each function
 * matches gold to predicted items greedily (see `match.ts`) and returns its
 * counts and error listings.
 *
 * Counting convention for metrics defined on top of another metric's matches
 * (`quotes+speaker` on `quotes`, `dates.value` on `dates`): tp = matched pairs
 * that also pass the extra test, fp = predicted − tp, fn = gold − tp. So a
 * matched pair with the wrong speaker or value counts once as fp and once as fn.
 */
import type { GoldDocument, GoldEntity } from './gold.js';
import { greedyMatch, iou, overlap, type MatchedPair } from './match.js';
import { nameMatches, type EntityNameIndex } from './names.js';
import { isQuoteTrimChar, normalizeName } from './normalize.js';
import { mentionRange, mentionText, nameOf, type PredictionDocument } from './predictions.js';
import type { Counts, ErrorItem, MetricErrors } from './report.js';

export interface MetricResult {
  readonly counts: Counts;
  readonly errors: MetricErrors;
}

type Range = readonly [number, number];

/** Counts and errors from matched pairs; `ok` decides which matched pairs are true positives. */
function tally<G, P>(
  gold: readonly G[],
  pred: readonly P[],
  pairs: readonly MatchedPair[],
  describeGold: (g: G, partner: P | null) => ErrorItem,
  describePred: (p: P, partner: G | null) => ErrorItem,
  ok: (g: G, p: P) => boolean = () => true,
): MetricResult {
  const goldPartner = new Map<number, number>();
  const predPartner = new Map<number, number>();
  let tp = 0;
  for (const pair of pairs) {
    if (!ok(gold[pair.gold] as G, pred[pair.pred] as P)) continue;
    tp++;
    goldPartner.set(pair.gold, pair.pred);
    predPartner.set(pair.pred, pair.gold);
  }
  const matchedGold = new Map(pairs.map((p) => [p.gold, p.pred]));
  const matchedPred = new Map(pairs.map((p) => [p.pred, p.gold]));
  const misses = gold.flatMap((g, i) => {
    if (goldPartner.has(i)) return [];
    const j = matchedGold.get(i);
    return [describeGold(g, j === undefined ? null : (pred[j] as P))];
  });
  const falsePositives = pred.flatMap((p, j) => {
    if (predPartner.has(j)) return [];
    const i = matchedPred.get(j);
    return [describePred(p, i === undefined ? null : (gold[i] as G))];
  });
  return { counts: { tp, fp: pred.length - tp, fn: gold.length - tp }, errors: { falsePositives, misses } };
}

// ---- entities and mentions ----------------------------------------------------

interface PredEntity {
  readonly name: string;
  readonly type: string;
  /** Distinct normalised forms: the name and the text of every mention. */
  readonly forms: ReadonlySet<string>;
}

function predEntities(pred: PredictionDocument | null, goldText: string): PredEntity[] {
  const text = pred?.text ?? goldText;
  return (pred?.entities ?? []).map((e) => {
    const forms = new Set([e.name, ...(e.mentions ?? []).map((m) => mentionText(m, text))].map(normalizeName));
    forms.delete('');
    return { name: e.name, type: e.type, forms };
  });
}

export function scoreEntities(gold: GoldDocument, pred: PredictionDocument | null): MetricResult {
  const goldForms = gold.entities.map((e) => new Set([e.name, ...e.aliases].map(normalizeName)));
  const preds = predEntities(pred, gold.text);
  const pairs = greedyMatch(
    gold.entities.map((e, i) => ({ e, forms: goldForms[i] as ReadonlySet<string> })),
    preds,
    (g, p) => {
      if (g.e.type !== p.type) return null;
      let n = 0;
      for (const f of p.forms) if (g.forms.has(f)) n++;
      return n > 0 ? [n] : null;
    },
  );
  return tally(
    gold.entities,
    preds,
    pairs,
    (g: GoldEntity) => ({ start: null, end: null, text: g.name, note: `${g.type}; aliases: ${g.aliases.join(' | ')}` }),
    (p: PredEntity) => ({ start: null, end: null, text: p.name, note: `${p.type}; forms: ${[...p.forms].join(' | ')}` }),
  );
}

interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly entity: string;
}

export function scoreMentions(gold: GoldDocument, pred: PredictionDocument | null): MetricResult {
  const goldSpans: TypedSpan[] = gold.entities.flatMap((e) => e.mentions.map(([start, end]) => ({ start, end, type: e.type, entity: e.name })));
  const predSpans: TypedSpan[] = (pred?.entities ?? []).flatMap((e) =>
    (e.mentions ?? []).map((m) => {
      const [start, end] = mentionRange(m);
      return { start, end, type: e.type, entity: e.name };
    }),
  );
  const pairs = greedyMatch(goldSpans, predSpans, (g, p) => (g.start === p.start && g.end === p.end && g.type === p.type ? [1] : null));
  const item = (s: TypedSpan): ErrorItem => ({ start: s.start, end: s.end, text: gold.text.slice(s.start, s.end), note: `${s.type} (${s.entity})` });
  return tally(goldSpans, predSpans, pairs, item, item);
}

// ---- quotes -------------------------------------------------------------------

interface QuoteItem {
  readonly range: Range;
  /** The range trimmed of quote marks and white space at both ends. */
  readonly trimmed: Range;
  readonly kind: string;
  readonly speaker: string | null;
}

function trimQuoteRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && isQuoteTrimChar(text[s] as string)) s++;
  while (e > s && isQuoteTrimChar(text[e - 1] as string)) e--;
  return [s, e];
}

function quoteItems(
  text: string,
  quotes: readonly { readonly start: number; readonly end: number; readonly kind: string; readonly speaker: string | null }[],
  indirect: boolean,
): QuoteItem[] {
  return quotes
    .filter((q) => (q.kind === 'indirect') === indirect)
    .map((q) => ({ range: [q.start, q.end], trimmed: trimQuoteRange(text, q.start, q.end), kind: q.kind, speaker: q.speaker }));
}

function goldQuotes(gold: GoldDocument, indirect: boolean): QuoteItem[] {
  return quoteItems(gold.text, gold.quotes, indirect);
}

function predQuotes(gold: GoldDocument, pred: PredictionDocument | null, indirect: boolean): QuoteItem[] {
  const qs = (pred?.quotes ?? []).map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: nameOf(q.speaker) }));
  return quoteItems(gold.text, qs, indirect);
}

function matchQuotes(g: readonly QuoteItem[], p: readonly QuoteItem[], threshold: number): MatchedPair[] {
  return greedyMatch(g, p, (a, b) => {
    const r = iou(a.trimmed, b.trimmed);
    return r >= threshold && r > 0 ? [r] : null;
  });
}

function quoteItem(text: string, q: QuoteItem, extra = ''): ErrorItem {
  const [start, end] = q.range;
  return { start, end, text: text.slice(start, end), note: `${q.kind}; speaker: ${q.speaker ?? 'null'}${extra}` };
}

export interface QuoteResults {
  readonly quotes: MetricResult;
  readonly quotesSpeaker: MetricResult;
  readonly attribution: { readonly correct: number; readonly n: number; readonly errors: MetricErrors };
}

/** `quotes`, `quotes+speaker` and `attribution`, which share one matching. */
export function scoreQuotes(gold: GoldDocument, pred: PredictionDocument | null, names: EntityNameIndex): QuoteResults {
  const g = goldQuotes(gold, false);
  const p = predQuotes(gold, pred, false);
  const pairs = matchQuotes(g, p, 0.5);
  const text = gold.text;
  const speakerOk = (a: QuoteItem, b: QuoteItem): boolean => a.speaker === null || nameMatches(a.speaker, b.speaker, names);
  const quotes = tally(g, p, pairs, (q) => quoteItem(text, q), (q) => quoteItem(text, q));
  const quotesSpeaker = tally(
    g,
    p,
    pairs,
    (q, other) => quoteItem(text, q, other === null ? '' : ` (predicted: ${other.speaker ?? 'null'})`),
    (q, other) => quoteItem(text, q, other === null ? '' : ` (gold: ${other.speaker ?? 'null'})`),
    speakerOk,
  );
  let correct = 0;
  let n = 0;
  const wrong: ErrorItem[] = [];
  for (const pair of pairs) {
    const gq = g[pair.gold] as QuoteItem;
    const pq = p[pair.pred] as QuoteItem;
    if (gq.speaker === null) continue;
    n++;
    if (speakerOk(gq, pq)) correct++;
    else wrong.push(quoteItem(text, gq, ` (predicted: ${pq.speaker ?? 'null'})`));
  }
  return { quotes, quotesSpeaker, attribution: { correct, n, errors: { falsePositives: [], misses: wrong } } };
}

export function scoreIndirect(gold: GoldDocument, pred: PredictionDocument | null): MetricResult {
  const g = goldQuotes(gold, true);
  const p = predQuotes(gold, pred, true);
  const item = (q: QuoteItem): ErrorItem => quoteItem(gold.text, q);
  return tally(g, p, matchQuotes(g, p, 0.3), item, item);
}

// ---- dates --------------------------------------------------------------------

interface DateItem {
  readonly range: Range;
  readonly value: string;
}

function sameValue(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `dates` and `dates.value`, which share one matching. */
export function scoreDates(gold: GoldDocument, pred: PredictionDocument | null): { readonly dates: MetricResult; readonly value: MetricResult } {
  const g: DateItem[] = gold.dates.map((d) => ({ range: [d.start, d.end], value: d.value }));
  const p: DateItem[] = (pred?.dates ?? []).map((d) => ({ range: [d.start, d.end], value: d.value }));
  const pairs = greedyMatch(g, p, (a, b) => {
    const o = overlap(a.range, b.range);
    return o > 0 ? [sameValue(a.value, b.value) ? 1 : 0, o] : null;
  });
  const item = (d: DateItem, extra = ''): ErrorItem => {
    const [start, end] = d.range;
    return { start, end, text: gold.text.slice(start, end), note: `value: ${d.value}${extra}` };
  };
  return {
    dates: tally(g, p, pairs, (d) => item(d), (d) => item(d)),
    value: tally(
      g,
      p,
      pairs,
      (d, other) => item(d, other === null ? '' : ` (predicted: ${other.value})`),
      (d, other) => item(d, other === null ? '' : ` (gold: ${other.value})`),
      (a, b) => sameValue(a.value, b.value),
    ),
  };
}

// ---- stances ------------------------------------------------------------------

interface StanceItem {
  readonly actor: string;
  readonly target: string;
  readonly label: 'favor' | 'against';
}

function isLabel(l: string): l is StanceItem['label'] {
  return l === 'favor' || l === 'against';
}

export interface StanceResults {
  readonly all: MetricResult;
  readonly favor: Counts;
  readonly against: Counts;
}

export function scoreStances(gold: GoldDocument, pred: PredictionDocument | null, names: EntityNameIndex): StanceResults {
  const g: StanceItem[] = gold.stances.map((s) => ({ actor: s.actor, target: s.target, label: s.label }));
  const p: StanceItem[] = (pred?.stances ?? []).flatMap((s) => {
    const actor = nameOf(s.actor);
    return actor !== null && isLabel(s.label) ? [{ actor, target: s.target, label: s.label }] : [];
  });
  const pairs = greedyMatch(g, p, (a, b) => (a.target === b.target && a.label === b.label && nameMatches(a.actor, b.actor, names) ? [1] : null));
  const item = (s: StanceItem): ErrorItem => ({ start: null, end: null, text: s.actor, note: `${s.target} ${s.label}` });
  const byLabel = (label: StanceItem['label']): Counts => {
    const tp = pairs.filter((pair) => (g[pair.gold] as StanceItem).label === label).length;
    return { tp, fp: p.filter((s) => s.label === label).length - tp, fn: g.filter((s) => s.label === label).length - tp };
  };
  return { all: tally(g, p, pairs, item, item), favor: byLabel('favor'), against: byLabel('against') };
}
