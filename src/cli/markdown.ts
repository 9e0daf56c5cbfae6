/**
 * `newslens score --markdown`: the score report as GitHub-flavoured Markdown
 * for a CI job summary ($GITHUB_STEP_SUMMARY): one table of metrics, with
 * deltas against a baseline report (`--baseline previous.json`, the output of
 * `newslens score --json`) and the floors of `--min`, then the worst documents.
 */
import { readFileSync } from 'node:fs';
import { checkFloors, FLOOR_NAMES, floorValue, type Floor, type FloorName } from '../scoring/floors.js';
import { METRIC_NAMES, toMetrics, type DocumentScore, type Metrics, type MetricScore } from '../scoring/report.js';

/** Headline values of an earlier report: F1, accuracy for `attribution`, F_avg for `stances.f_avg`. */
export type Baseline = Readonly<Partial<Record<FloorName, number>>>;

/** A document among the worst, with its per-metric F1 (`null`: no gold or predicted item for that metric). */
export interface WorstDocument {
  readonly id: string;
  readonly predicted: boolean;
  /** Mean F1 over the metrics the document has any item for. */
  readonly meanF1: number;
  /** False positives plus misses over the P/R/F metrics. */
  readonly errors: number;
  readonly f1: Readonly<Record<'entities' | 'mentions' | 'quotes' | 'dates' | 'stances', number | null>>;
}

export interface MarkdownReport {
  readonly metrics: Metrics;
  /** Number of documents scored. */
  readonly documents: number;
  readonly baseline?: Baseline | null;
  readonly floors?: readonly Floor[];
  /** From `createWorstDocuments().list()`, worst first. */
  readonly worst?: readonly WorstDocument[];
  /** Heading (default "newslens score"). */
  readonly title?: string;
}

const WORST_COLUMNS = ['entities', 'mentions', 'quotes', 'dates', 'stances'] as const;
const PRF_NAMES = ['entities', 'mentions', 'quotes', 'quotes+speaker', 'indirect', 'dates', 'dates.value', 'stances'] as const;

function num(x: number): string {
  return x.toFixed(3);
}

/** Escapes text for a Markdown table cell (GitHub also renders inline HTML, so `<` and `&` too). */
export function cell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|`*_[\]#~]/g, (c) => `\\${c}`);
}

function delta(now: number, before: number | undefined): string {
  if (before === undefined) return '';
  const d = Math.round((now - before) * 1000) / 1000;
  if (d === 0) return '±0.000';
  return d > 0 ? `▲ +${num(d)}` : `▼ −${num(-d)}`;
}

function hasSupport(m: MetricScore): boolean {
  return m.tp + m.fp + m.fn > 0;
}

/** Summarises one document for the worst-documents table, or `null` when it has no item at all. */
export function worstEntry(doc: DocumentScore): WorstDocument | null {
  const m = toMetrics(doc.counts);
  const supported = PRF_NAMES.map((n) => m[n]).filter(hasSupport);
  if (supported.length === 0) return null;
  const f1 = Object.fromEntries(WORST_COLUMNS.map((n) => [n, hasSupport(m[n]) ? m[n].f1 : null])) as WorstDocument['f1'];
  return {
    id: doc.id,
    predicted: doc.predicted,
    meanF1: supported.reduce((s, x) => s + x.f1, 0) / supported.length,
    errors: PRF_NAMES.reduce((s, n) => s + m[n].fp + m[n].fn, 0),
    f1,
  };
}

function worse(a: WorstDocument, b: WorstDocument): boolean {
  return a.meanF1 < b.meanF1 || (a.meanF1 === b.meanF1 && a.errors > b.errors);
}

/** Keeps the `n` worst documents seen (memory stays at `n` however many are added). */
export function createWorstDocuments(n = 5): { add(doc: DocumentScore): void; list(): WorstDocument[] } {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`newslens: createWorstDocuments(n): n must be a non-negative integer, got ${String(n)}`);
  const kept: WorstDocument[] = [];
  return {
    add(doc: DocumentScore): void {
      const entry = worstEntry(doc);
      if (entry === null || n === 0) return;
      let i = kept.length;
      while (i > 0 && worse(entry, kept[i - 1] as WorstDocument)) i--;
      if (i >= n) return;
      kept.splice(i, 0, entry);
      if (kept.length > n) kept.pop();
    },
    list: () => [...kept],
  };
}

function isRecord(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads the headline values of an earlier report: the object `newslens score
 * --json` prints, or a `ScoreReport` (`{ metrics }`). Unknown or missing
 * metrics are left out (no delta shown); anything that is not an object is an `Error`.
 */
export function parseBaseline(value: unknown): Baseline {
  if (!isRecord(value)) throw new Error('baseline: expected the JSON object that `newslens score --json` prints');
  const metrics = isRecord(value['metrics']) ? value['metrics'] : value;
  const out: Partial<Record<FloorName, number>> = {};
  for (const name of FLOOR_NAMES) {
    const key = name === 'stances.f_avg' ? 'stances' : name;
    const m = metrics[key];
    if (!isRecord(m)) continue;
    const v = name === 'stances.f_avg' ? m['f_avg'] : name === 'attribution' ? m['accuracy'] : m['f1'];
    if (typeof v === 'number' && Number.isFinite(v)) out[name] = v;
  }
  return out;
}

/** Reads and parses a baseline file; errors name the file. */
export function loadBaseline(path: string): Baseline {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`--baseline ${path}: ${(e as Error).message}`);
  }
  try {
    return parseBaseline(JSON.parse(raw));
  } catch (e) {
    throw new Error(`--baseline ${path}: ${(e as Error).message}`);
  }
}

function metricRows(r: MarkdownReport): string[] {
  const baseline = r.baseline ?? null;
  const floors = new Map((r.floors ?? []).map((f) => [f.metric, f.floor]));
  const cols = ['metric', 'P', 'R', 'F1', 'tp', 'fp', 'fn', ...(baseline === null ? [] : ['Δ F1']), ...(floors.size === 0 ? [] : ['floor'])];
  const rows = [`| ${cols.join(' | ')} |`, `|${cols.map((c, i) => (i === 0 || c === 'floor' ? '---' : '---:')).join('|')}|`];
  const names: FloorName[] = [...METRIC_NAMES, 'stances.f_avg'];
  for (const name of names) {
    const { value, measure } = floorValue(r.metrics, name);
    let cells: string[];
    if (name === 'attribution') cells = ['', '', `${num(value)}`, '', '', `n = ${r.metrics.attribution.n}`];
    else if (name === 'stances.f_avg') cells = ['', '', num(value), '', '', ''];
    else {
      const m = r.metrics[name];
      cells = [num(m.p), num(m.r), num(m.f1), String(m.tp), String(m.fp), String(m.fn)];
    }
    const label = measure === 'F1' ? name : `${name} (${measure})`;
    if (baseline !== null) cells.push(delta(value, baseline[name]));
    if (floors.size > 0) {
      const floor = floors.get(name);
      cells.push(floor === undefined ? '' : value < floor ? `❌ below ${floor}` : `✅ ≥ ${floor}`);
    }
    rows.push(`| ${cell(label)} | ${cells.join(' | ')} |`);
  }
  return rows;
}

function worstRows(worst: readonly WorstDocument[]): string[] {
  const f = (x: number | null): string => (x === null ? '–' : num(x));
  return [
    '| document | mean F1 | entities | mentions | quotes | dates | stances | fp + fn |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...worst.map(
      (w) =>
        `| ${cell(w.id)}${w.predicted ? '' : ' (no prediction)'} | ${num(w.meanF1)} | ` +
        `${WORST_COLUMNS.map((c) => f(w.f1[c])).join(' | ')} | ${w.errors} |`,
    ),
  ];
}

/** The whole summary as Markdown, ending with a newline. */
export function formatMarkdown(r: MarkdownReport): string {
  const failures = checkFloors(r.metrics, r.floors ?? []);
  const lines = [`### ${cell(r.title ?? 'newslens score')}`, ''];
  const status =
    (r.floors ?? []).length === 0 ? '' : failures.length === 0 ? ' All floors met ✅' : ` **${failures.length} metric(s) below their floor** ❌`;
  const against = (r.baseline ?? null) === null ? '' : ' Deltas are against the baseline report.';
  lines.push(`${r.documents} document(s) scored.${status}${against}`, '', ...metricRows(r));
  const worst = r.worst ?? [];
  if (worst.length > 0) {
    lines.push('', `<details open><summary>Worst ${worst.length} document(s), by mean F1 over the metrics each has items for</summary>`, '', ...worstRows(worst), '', '</details>');
  }
  return lines.join('\n') + '\n';
}
