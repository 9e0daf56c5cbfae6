/**
 * Score newslens against a gold corpus with the library API, then fail (exit 1)
 * when entity F1 is under a floor: the same gate as `newslens score --min`.
 *
 *   npx tsx examples/score.ts [gold.jsonl] [--min 0.5]
 *
 * Without a file it scores examples/data/mini-gold.jsonl (two hand-annotated
 * documents in the corpus format; `newslens validate` checks such files).
 */
import { readFileSync } from 'node:fs';
import { analyze, METRIC_NAMES, parseGoldLine, score, type GoldDocument, type PredictionDocument } from 'newslens';

const args = process.argv.slice(2);
const at = args.indexOf('--min');
const floor = at >= 0 ? Number(args[at + 1]) : 0.5;
const file = args.find((a, i) => !a.startsWith('--') && i !== at + 1) ?? new URL('data/mini-gold.jsonl', import.meta.url);

const gold: GoldDocument[] = readFileSync(file, 'utf8')
  .split('\n')
  .map((line, i) => [line, i + 1] as const)
  .filter(([line]) => line.trim() !== '')
  .map(([line, n]) => parseGoldLine(line, n));
const predictions: PredictionDocument[] = gold.map((g) => ({ id: g.id, ...analyze(g.text, { published: g.published }) }));
const report = score(gold, predictions);

console.log(`${report.documents} document(s)`);
for (const name of METRIC_NAMES) {
  if (name === 'attribution') {
    console.log(`  ${name.padEnd(15)} accuracy ${report.metrics.attribution.accuracy.toFixed(3)} (n = ${report.metrics.attribution.n})`);
    continue;
  }
  const m = report.metrics[name];
  console.log(`  ${name.padEnd(15)} P ${m.p.toFixed(3)}  R ${m.r.toFixed(3)}  F1 ${m.f1.toFixed(3)}`);
}
const f1 = report.metrics.entities.f1;
if (f1 < floor) {
  console.error(`entities F1 ${f1.toFixed(3)} is under the floor ${floor}`);
  process.exitCode = 1;
}
