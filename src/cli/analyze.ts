import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs, UsageError } from './args.js';
import { LineWriter, readText } from './io.js';
import { folderCorpus, jsonlCorpus, type Corpus, type InputRecord } from './inputs.js';
import { createRunner, type Runner } from './pool.js';
import { emptyCounts, Progress, summaryLine, type RunCounts } from './progress.js';
import { parseShard } from './shard.js';

export const ANALYZE_USAGE = `newslens analyze <article.txt | corpus.jsonl | folder/ | -> [--published YYYY-MM-DD] [--pretty] [--html] [--jsonl]
                 [--workers N] [--shard K/N] [--quiet] [--strict]

  A .txt file (or stdin) is one article: prints its analysis as JSON.
  A corpus, a .jsonl file (or stdin with --jsonl) with one {"id", "text", "published"?} per
  line or a folder of .txt files (id = file name without .txt), prints one JSON line per
  input line or file, in order, as it goes; a document that cannot be analysed gives
  {"id", "line", "error"} in its place, and a blank line stays a blank line.
  --workers N   worker threads (default: the number of cores; 1 = in this process)
  --shard K/N   only records K, K+N, K+2N… (K from 0): run N of these, one per machine
  --quiet       no progress line (shown only on a terminal) and no summary on stderr
  --strict      exit 1 if any document failed
  --published   publication date for .txt documents and for lines without one
  --html        for one article: a self-contained HTML report instead of JSON`;

/** Where a run writes; the CLI's own streams unless a caller (a test) passes others. */
export interface AnalyzeIO {
  readonly stdout: Writable;
  readonly stderr: Writable & { readonly isTTY?: boolean };
}

const PROCESS_IO: AnalyzeIO = { stdout: process.stdout, stderr: process.stderr };

/** Documents in flight per worker thread: enough to keep each busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_THREAD = 4;

export async function runAnalyze(argv: readonly string[], io: AnalyzeIO = PROCESS_IO): Promise<number> {
  const { positionals, flags } = parseArgs(
    argv,
    new Set(['published', 'workers', 'shard']),
    new Set(['pretty', 'jsonl', 'quiet', 'strict', 'html']),
  );
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one input (a file, a folder, or - for stdin)');
  const path = positionals[0] as string;
  const publishedFlag = flags.get('published');
  const published = typeof publishedFlag === 'string' ? publishedFlag : null;
  const shard = parseShard(flags.get('shard'));
  const workers = parseWorkers(flags.get('workers'));
  const isFolder = path !== '-' && statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

  if (!isFolder && !path.endsWith('.jsonl') && !flags.has('jsonl')) {
    const { analyze } = await import('../index.js');
    const a = analyze(readText(path), { published });
    const writer = new LineWriter(io.stdout);
    if (flags.has('html')) {
      const { render } = await import('../report/index.js');
      await writer.write(render(a, { source: path === '-' ? 'stdin' : path }));
    } else {
      await writer.write(JSON.stringify(a, null, flags.has('pretty') ? 2 : 0));
    }
    writer.release();
    return 0;
  }

  if (flags.has('html')) throw new UsageError('--html takes one article, not a corpus');
  const corpus = isFolder ? folderCorpus(path, { shard, published }) : jsonlCorpus(path, { shard, published });
  const quiet = flags.has('quiet');
  const progress = new Progress(io.stderr, !quiet && io.stderr.isTTY === true, corpus.fraction);
  const result = await runCorpus(corpus, await createRunner(workers), new LineWriter(io.stdout), progress, path === '-');
  const { counts, interrupted, closed, elapsedMs } = result;
  progress.clear();
  if (closed) io.stderr.write(`newslens: the output was closed after ${counts.read} document(s); stopped\n`);
  if (!quiet || counts.failed > 0 || interrupted) io.stderr.write(summaryLine(counts, elapsedMs, interrupted) + '\n');
  if (interrupted) return 130;
  if (closed) return 1;
  return flags.has('strict') && counts.failed > 0 ? 1 : 0;
}

function parseWorkers(value: string | true | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : 0;
  if (n < 1) throw new UsageError('--workers takes a whole number of at least 1');
  return n;
}

interface Outcome {
  readonly out: string;
  readonly words: number;
  readonly kind: 'blank' | 'analysed' | 'failed';
}

function outcomeOf(record: InputRecord, runner: Runner): Promise<Outcome> {
  switch (record.kind) {
    case 'blank':
      return Promise.resolve({ out: '', words: 0, kind: 'blank' });
    case 'unreadable':
      return Promise.resolve({ out: JSON.stringify({ id: record.id, line: record.line, error: record.error }), words: 0, kind: 'failed' });
    case 'task':
      return runner.run(record.task).then((r) => ({ out: r.out, words: r.words, kind: r.failed ? 'failed' : 'analysed' }));
  }
}

interface CorpusRun {
  readonly counts: RunCounts;
  readonly interrupted: boolean;
  readonly closed: boolean;
  readonly elapsedMs: number;
}

/**
 * Reads records, runs at most `threads × 4` of them at once, and writes each
 * result as soon as every earlier one is written: input order, flat memory (the
 * reader waits when the window is full, the window waits when stdout is full).
 * SIGINT stops reading and drops what is in flight (waiting at most for the
 * document being analysed); lines already written are whole.
 */
async function runCorpus(corpus: Corpus, runner: Runner, writer: LineWriter, progress: Progress, fromStdin: boolean): Promise<CorpusRun> {
  const started = Date.now();
  const counts = emptyCounts();
  const window = Math.max(1, runner.threads * IN_FLIGHT_PER_THREAD);
  const inFlight: Promise<Outcome>[] = [];
  let interrupted = false;
  const onSigint = (): void => {
    if (interrupted) process.exit(130);
    interrupted = true;
    // A reader waiting on stdin would wait for more input; end it instead.
    if (fromStdin) process.stdin.destroy();
  };
  process.on('SIGINT', onSigint);

  const emit = async (outcome: Outcome): Promise<void> => {
    if (outcome.kind === 'blank') counts.blank++;
    else {
      counts.read++;
      counts.words += outcome.words;
      if (outcome.kind === 'failed') counts.failed++;
      else counts.analysed++;
    }
    await writer.write(outcome.out);
    progress.update(counts);
  };
  const going = (): boolean => !interrupted && !writer.closed;

  const records = corpus.records;
  try {
    while (going()) {
      let next: IteratorResult<InputRecord>;
      try {
        next = await records.next();
      } catch (e) {
        if (interrupted) break;
        throw e;
      }
      if (next.done === true || !going()) break;
      inFlight.push(outcomeOf(next.value, runner));
      if (inFlight.length >= window) {
        const head = await (inFlight.shift() as Promise<Outcome>);
        if (going()) await emit(head);
      }
      // In-process, analysis is synchronous: give SIGINT and stdout a turn between documents.
      if (runner.threads === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    while (going() && inFlight.length > 0) {
      const head = await (inFlight.shift() as Promise<Outcome>);
      if (going()) await emit(head);
    }
  } finally {
    process.off('SIGINT', onSigint);
    writer.release();
    // Closes the input file (or stdin) when the run stopped early.
    await records.return(undefined).catch(() => undefined);
    await runner.close();
  }
  return { counts, interrupted, closed: writer.closed, elapsedMs: Date.now() - started };
}
