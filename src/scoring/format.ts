/** Plain-text renderings of a score report: the metrics table and per-document error listings. */
import { METRIC_NAMES, type DocumentScore, type ErrorItem, type Metrics } from './report.js';

function num(x: number): string {
  return x.toFixed(3);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
}

/** An aligned table: P, R, F1, tp, fp, fn per metric; accuracy (in the F1 column) for `attribution`; F_avg under `stances`. */
export function formatTable(metrics: Metrics): string {
  const widths = [15, 6, 6, 6, 6, 6, 6];
  const lines = [row(['metric', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], widths)];
  for (const name of METRIC_NAMES) {
    if (name === 'attribution') {
      const a = metrics.attribution;
      lines.push(`${row([name, '', '', num(a.accuracy)], widths)}  accuracy over n = ${a.n} matched quotes with a gold speaker`);
      continue;
    }
    const m = metrics[name];
    lines.push(row([name, num(m.p), num(m.r), num(m.f1), String(m.tp), String(m.fp), String(m.fn)], widths));
  }
  const s = metrics.stances;
  lines.push(`${row(['stances F_avg', '', '', num(s.f_avg)], widths)}  mean of F1 favor ${num(s.favor.f1)} and against ${num(s.against.f1)}`);
  return lines.join('\n');
}

function clip(text: string, max = 100): string {
  const one = JSON.stringify(text);
  return one.length > max ? one.slice(0, max - 2) + '…"' : one;
}

function item(tag: string, e: ErrorItem): string {
  const where = e.start === null ? '' : `[${e.start},${e.end ?? e.start}) `;
  return `    ${tag} ${where}${clip(e.text)}  ${e.note}`;
}

/** Errors of one document, metric by metric; empty when there are none. */
export function formatDocumentErrors(doc: DocumentScore): string {
  const lines: string[] = [];
  for (const name of METRIC_NAMES) {
    const { falsePositives, misses } = doc.errors[name];
    if (falsePositives.length === 0 && misses.length === 0) continue;
    lines.push(`  ${name}: ${falsePositives.length} false positive(s), ${misses.length} miss(es)`);
    for (const e of falsePositives) lines.push(item('FP  ', e));
    for (const e of misses) lines.push(item(name === 'attribution' ? 'WRONG' : 'MISS', e));
  }
  if (lines.length === 0) return '';
  return [`== ${doc.id}${doc.predicted ? '' : ' (no prediction)'}`, ...lines].join('\n');
}
