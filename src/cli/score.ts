import type { AnalyzeFn } from './task.js';
import { parseArgs, UsageError } from './args.js';
import { readLines, writeLine } from './io.js';
import { parseGoldLine } from '../scoring/gold.js';
import { parsePredictionEntry, type PredictionDocument } from '../scoring/predictions.js';
import { scoreDocument } from '../scoring/score.js';
import { addCounts, emptyCounts, toMetrics, type DocumentScore, type Metrics } from '../scoring/report.js';
import { checkFloors, parseFloors, type Floor } from '../scoring/floors.js';
import { formatDocumentErrors, formatTable } from '../scoring/format.js';
import { createPredictionLookup, type PredictionLookup } from '../scoring/stream.js';
import { interleaveLines, predictionPaths } from './merge.js';
import { createWorstDocuments, formatMarkdown, loadBaseline } from './markdown.js';

export const SCORE_USAGE = `newslens score <gold.jsonl> [--pred predictions.jsonl] [--min metric=floor,…] [--json] [--errors] [--only id,…]
                     [--markdown [--baseline previous.json]]

  Scores predictions against a gold corpus (GUIDELINES.md section 6). Without --pred,
  runs analyze() on each gold text (with its "published" date). --pred takes the output
  of \`newslens analyze corpus.jsonl\` or gold-shaped documents, matched by "id"; shard
  outputs merge with a comma list in shard order: --pred out.0.jsonl,out.1.jsonl,…
  --min       floors on F1 (accuracy for attribution, F_avg for stances.f_avg); exits 1
              when a metric is below its floor
  --json      one JSON object keyed by metric name (plus "errors" with --errors)
  --errors    false positives and misses per document and metric
  --only      score only these gold ids
  --markdown  a Markdown table for a CI job summary: metrics, floors, worst documents
  --baseline  with --markdown: deltas against an earlier --json report`;

/** Rounds for display; the floors are checked on unrounded values. */
function rounded(metrics: Metrics): unknown {
  return JSON.parse(JSON.stringify(metrics, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v)));
}

function floorsOf(flag: string | true | undefined): Floor[] {
  if (typeof flag !== 'string') return [];
  try {
    return parseFloors(flag);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * The analyser is imported on first use, not with the CLI: `newslens analyze`
 * with workers, `validate` and `score --pred` never load compromise's model in
 * the main thread (~0.4 s and ~40 MB).
 */
let analyzer: Promise<AnalyzeFn> | null = null;

async function predictionFor(gold: { id: string; text: string; published: string | null }, lookup: PredictionLookup | null, lineNo: number): Promise<PredictionDocument | null> {
  if (lookup !== null) return lookup.take(gold.id);
  analyzer ??= import('../index.js').then((m) => m.analyze);
  const analyze = await analyzer;
  try {
    return { id: gold.id, ...analyze(gold.text, { published: gold.published }) };
  } catch (e) {
    throw new Error(`gold line ${lineNo} (id "${gold.id}"): analyze() failed: ${(e as Error).message}`);
  }
}

export async function runScore(argv: readonly string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, new Set(['pred', 'min', 'only', 'baseline']), new Set(['json', 'errors', 'markdown']));
  if (positionals.length !== 1) throw new UsageError('score takes exactly one gold .jsonl file');
  const goldPath = positionals[0] as string;
  const predPath = flags.get('pred');
  if (predPath === true) throw new UsageError('--pred needs a file');
  const floors = floorsOf(flags.get('min'));
  const onlyFlag = flags.get('only');
  const only = typeof onlyFlag === 'string' ? new Set(onlyFlag.split(',').map((s) => s.trim()).filter((s) => s !== '')) : null;
  const json = flags.has('json');
  const showErrors = flags.has('errors');
  const markdown = flags.has('markdown');
  const baselinePath = flags.get('baseline');
  if (baselinePath !== undefined && !markdown) throw new UsageError('--baseline goes with --markdown');
  const baseline = typeof baselinePath === 'string' ? loadBaseline(baselinePath) : null;
  const worst = createWorstDocuments(5);

  const lookup = typeof predPath === 'string' ? predictionLookup(predPath) : null;
  let total = emptyCounts();
  let documents = 0;
  let unpredicted = 0;
  const found = new Set<string>();
  const errorDocs: DocumentScore[] = [];
  let lineNo = 0;
  for await (const raw of readLines(goldPath)) {
    lineNo++;
    if (raw.trim() === '') continue;
    const n = lineNo;
    const gold = wrap(goldPath, () => parseGoldLine(raw, n));
    if (found.has(gold.id)) throw new Error(`${goldPath} line ${n}: the id "${gold.id}" came earlier`);
    found.add(gold.id);
    if (only !== null && !only.has(gold.id)) continue;
    const doc = scoreDocument(gold, await predictionFor(gold, lookup, n));
    worst.add(doc);
    documents++;
    if (!doc.predicted) unpredicted++;
    total = addCounts(total, doc.counts);
    if (showErrors && json) errorDocs.push(doc);
    else if (showErrors) {
      const text = formatDocumentErrors(doc);
      if (text !== '') await writeLine(text + '\n');
    }
  }
  if (only !== null) {
    const missing = [...only].filter((id) => !found.has(id));
    if (missing.length > 0) process.stderr.write(`newslens: --only: no gold document with id ${missing.map((m) => `"${m}"`).join(', ')}\n`);
  }
  if (lookup !== null && lookup.errorRecords > 0) {
    process.stderr.write(`newslens: ${lookup.errorRecords} prediction line(s) were error records of newslens analyze (documents it could not analyse)\n`);
  }
  if (unpredicted > 0) process.stderr.write(`newslens: ${unpredicted} gold document(s) had no prediction (scored as predicting nothing)\n`);

  const metrics = toMetrics(total);
  if (markdown) {
    await writeLine(formatMarkdown({ metrics, documents, baseline, floors, worst: worst.list() }).trimEnd());
  } else if (json) {
    const out = rounded(metrics) as Record<string, unknown>;
    if (showErrors) out['errors'] = errorDocs.map((d) => ({ id: d.id, predicted: d.predicted, ...d.errors }));
    await writeLine(JSON.stringify(out));
  } else {
    await writeLine(`${documents} document(s)${typeof predPath === 'string' ? `, predictions from ${predPath}` : ', predictions from analyze()'}\n`);
    await writeLine(formatTable(metrics));
  }
  const failures = checkFloors(metrics, floors);
  for (const f of failures) {
    process.stderr.write(`newslens: below floor: ${f.metric} ${f.measure} ${f.value.toFixed(4)} < ${f.floor}\n`);
  }
  return failures.length > 0 ? 1 : 0;
}

/** One prediction file, or several (shard outputs) read in turn, line by line. */
function predictionLookup(flag: string): PredictionLookup {
  const paths = predictionPaths(flag);
  if (paths.length === 0) throw new UsageError('--pred needs a file');
  if (paths.length === 1) {
    const path = paths[0] as string;
    return createPredictionLookup(readLines(path), (raw, n) => wrap(path, () => parsePredictionEntry(raw, n)));
  }
  const merged = interleaveLines(paths);
  return createPredictionLookup(merged.lines, (raw) => {
    const { path, line } = merged.origin();
    return wrap(path, () => parsePredictionEntry(raw, line));
  });
}

/** Runs `parse`, prefixing an error with the file name. */
function wrap<T>(path: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new Error(`${path} ${(e as Error).message}`);
  }
}
