import { analyze } from '../index.js';
import { parseArgs, UsageError } from './args.js';
import { readLines, readText, writeLine } from './io.js';

export const ANALYZE_USAGE = `newslens analyze <article.txt | corpus.jsonl | -> [--published YYYY-MM-DD] [--pretty] [--jsonl]

  A .txt file (or stdin) is one article: prints its analysis as JSON.
  A .jsonl file (or stdin with --jsonl) has one {"id", "text", "published"?} per line:
  prints one JSON line per input line, in order, each with the same id; a bad line
  gives {"id", "line", "error"} in its place.`;

interface ErrorRecord {
  readonly id: string | number | null;
  readonly line: number;
  readonly error: string;
}

function analyzeLine(raw: string, lineNo: number): object {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return { id: null, line: lineNo, error: `invalid JSON: ${(e as Error).message}` } satisfies ErrorRecord;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { id: null, line: lineNo, error: 'line is not a JSON object' } satisfies ErrorRecord;
  }
  const o = parsed as Record<string, unknown>;
  const id = typeof o['id'] === 'string' || typeof o['id'] === 'number' ? o['id'] : null;
  if (typeof o['text'] !== 'string') return { id, line: lineNo, error: 'missing or non-string "text"' } satisfies ErrorRecord;
  try {
    const a = analyze(o['text'], { published: (o['published'] as string | null | undefined) ?? null });
    return { id, ...a };
  } catch (e) {
    return { id, line: lineNo, error: (e as Error).message } satisfies ErrorRecord;
  }
}

export async function runAnalyze(argv: readonly string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, new Set(['published']), new Set(['pretty', 'jsonl']));
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one input (a file, or - for stdin)');
  const path = positionals[0] as string;
  const indent = flags.has('pretty') ? 2 : 0;
  if (path.endsWith('.jsonl') || flags.has('jsonl')) {
    let lineNo = 0;
    let failed = 0;
    for await (const raw of readLines(path)) {
      lineNo++;
      if (raw.trim() === '') continue;
      const out = analyzeLine(raw, lineNo);
      if ('error' in out) failed++;
      await writeLine(JSON.stringify(out));
    }
    if (failed > 0) process.stderr.write(`newslens: ${failed} line(s) failed; see the "error" records\n`);
    return 0;
  }
  const published = flags.get('published');
  const a = analyze(readText(path), { published: typeof published === 'string' ? published : null });
  await writeLine(JSON.stringify(a, null, indent));
  return 0;
}
