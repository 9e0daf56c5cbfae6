import { writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { createAggregator, checkInput, renderDashboard, toCsv, type Aggregate, type AggregateInput } from '../aggregate/index.js';
import { validateAggregate } from '../schema/index.js';
import { parseArgs, UsageError } from './args.js';
import { LineWriter, readLines, readText } from './io.js';

export const AGGREGATE_USAGE = `newslens aggregate <analyses.jsonl… | -> [--format json|csv] [--pretty] [--out FILE] [--html FILE]
                   [--title TEXT] [--max-evidence N] [--strict] [--quiet]
newslens aggregate --merge <aggregate.json…> [the same output options]

  Rolls the stances of \`newslens analyze\` outputs (any number of JSONL files, e.g. one
  per shard) up per (actor, target, label): count, first and last date, mean confidence
  and every evidence passage. Actors merge across articles by normalised name, and by
  country (entity.country) for places, nationalities and official bodies ("Mexican
  officials" → MX). Streams: memory grows with the rows, not with the corpus.
  A bad line (not JSON, truncated, not an analysis, a failed document, an id already
  read) is reported as file:line and skipped; the totals count it. An empty input is
  an error.
  --format       json (default; schema/aggregate.json) or csv (one line per row)
  --out FILE     write the JSON or CSV there instead of stdout
  --html FILE    write a self-contained dashboard (actors × targets, timelines, filters,
                 evidence); without --out or --format nothing goes to stdout
  --merge        the inputs are aggregates (of shards): merge them into one
  --max-evidence keep at most N passages per row (the first by article and offset)
  --strict       exit 1 when any line was skipped
  --quiet        no summary on stderr (skipped lines are still reported)`;

export interface AggregateIO {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

const PROCESS_IO: AggregateIO = { stdout: process.stdout, stderr: process.stderr };

function parseMaxEvidence(value: string | true | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) throw new UsageError('--max-evidence takes a whole number');
  return Number(value);
}

function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/**
 * Adds every analysis line of one file; returns the lines read (blank ones aside).
 * `seen` maps each article id to where it was first read (one short string per
 * article), so a file or shard given twice is reported instead of counted twice.
 */
async function addFile(
  path: string,
  seen: Map<string, string>,
  add: (value: AggregateInput, id: string) => void,
  report: (line: number, message: string) => void,
): Promise<number> {
  let line = 0;
  let read = 0;
  for await (const raw of readLines(path)) {
    line++;
    if (raw.trim() === '') continue;
    read++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      report(line, `invalid JSON, skipped (${(e as Error).message}${raw.trimEnd().endsWith('}') ? '' : '; a truncated line?'})`);
      continue;
    }
    let input;
    try {
      input = checkInput(value);
    } catch (e) {
      report(line, `not an analysis, skipped: ${(e as Error).message}`);
      continue;
    }
    const here = `${displayName(path)}:${line}`;
    if (input.id === undefined || input.id === null) {
      add(input, here);
      continue;
    }
    const id = String(input.id);
    const first = seen.get(id);
    if (first !== undefined) {
      report(line, `id ${JSON.stringify(id)} was already aggregated (${first}), skipped: the same file or shard twice?`);
      continue;
    }
    seen.set(id, here);
    add(input, id);
  }
  return read;
}

function readAggregate(path: string): Aggregate {
  let value: unknown;
  try {
    value = JSON.parse(readText(path));
  } catch (e) {
    throw new Error(`${displayName(path)}: not JSON (${(e as Error).message})`);
  }
  const format = typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
  if (format !== 'newslens.aggregate/1') {
    throw new Error(`${displayName(path)}: not an aggregate: format is ${JSON.stringify(format) ?? 'missing'}, expected "newslens.aggregate/1" (the output of newslens aggregate)`);
  }
  const issues = validateAggregate(value, { maxIssues: 3 });
  if (issues.length > 0) {
    throw new Error(`${displayName(path)}: not an aggregate: ${issues.map((i) => `${i.path === '' ? '' : `${i.path}: `}${i.message}`).join('; ')}`);
  }
  return value as Aggregate;
}

export async function runAggregate(argv: readonly string[], io: AggregateIO = PROCESS_IO): Promise<number> {
  const { positionals, flags } = parseArgs(argv, new Set(['format', 'out', 'html', 'title', 'max-evidence']), new Set(['merge', 'pretty', 'strict', 'quiet']));
  if (positionals.length === 0) throw new UsageError('aggregate takes one or more files (or - for stdin)');
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format is json or csv');
  const out = flags.get('out');
  const html = flags.get('html');
  const title = flags.get('title');
  const maxEvidence = parseMaxEvidence(flags.get('max-evidence'));
  const quiet = flags.has('quiet');
  const agg = createAggregator({ maxEvidence });
  let skipped = 0;

  if (flags.has('merge')) {
    for (const path of positionals) agg.merge(readAggregate(path));
  } else {
    const seen = new Map<string, string>();
    for (const path of positionals) {
      const name = displayName(path);
      const report = (line: number, message: string): void => {
        skipped++;
        agg.skip();
        io.stderr.write(`${name}:${line}: ${message}\n`);
      };
      const read = await addFile(path, seen, (value, id) => agg.add(value, id), report);
      if (read === 0) io.stderr.write(`${name}: empty: no analyses\n`);
    }
  }
  const result = agg.result();
  if (result.analyses === 0) {
    io.stderr.write(`newslens: aggregate: no analyses in ${positionals.map(displayName).join(', ')}${skipped > 0 ? ` (${skipped} line(s) skipped)` : ''}\n`);
    return 1;
  }

  const body = format === 'csv' ? toCsv(result) : JSON.stringify(result, null, flags.has('pretty') ? 2 : 0) + '\n';
  if (typeof out === 'string') writeFileSync(out, body);
  else if (html === undefined || flags.has('format')) {
    const writer = new LineWriter(io.stdout);
    await writer.write(body.endsWith('\n') ? body.slice(0, -1) : body);
    writer.release();
  }
  if (typeof html === 'string') {
    writeFileSync(html, renderDashboard(result, { ...(typeof title === 'string' ? { title } : {}), source: positionals.map(displayName).join(', ') }));
  }
  if (!quiet) {
    const stances = result.rows.reduce((n, r) => n + r.count, 0);
    io.stderr.write(
      `newslens: aggregated ${result.analyses} analyses${result.skipped > 0 ? `, ${result.skipped} skipped` : ''}: ` +
        `${stances} stances, ${result.actors.length} actors, ${result.rows.length} rows\n`,
    );
  }
  return flags.has('strict') && result.skipped > 0 ? 1 : 0;
}
