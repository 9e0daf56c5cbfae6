import { validateGoldDocument } from '../schema/index.js';
import { parseArgs, UsageError } from './args.js';
import { readLines, writeLine } from './io.js';

export const VALIDATE_USAGE = `newslens validate <corpus.jsonl | -> [--json]

  Checks a gold corpus line by line: the JSON Schema (schema/gold.json), the
  scorer's reader (offsets within the text, start <= end), the guideline rules (span
  texts match the offsets, mentions are aliases and never overlap, evidence is in the
  text) and unique ids. Prints "file:line: field: problem" for each, then a summary;
  exits 1 when there is any.
  --json      one JSON object per problem: {"line", "id", "path", "message"}`;

/** One problem in a corpus file. `id` is the document's id when it has a string one. */
export interface LineIssue {
  readonly line: number;
  readonly id: string | null;
  readonly path: string;
  readonly message: string;
}

export interface ValidationSummary {
  readonly documents: number;
  readonly issues: number;
  /** Lines with at least one issue. */
  readonly badLines: number;
}

function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const id = (value as Record<string, unknown>)['id'];
  return typeof id === 'string' ? id : null;
}

/**
 * Validates a stream of gold `.jsonl` lines, yielding every issue with its
 * 1-based line number; blank lines are skipped. Returns the summary.
 */
export async function* validateGoldLines(lines: AsyncIterable<string>): AsyncGenerator<LineIssue, ValidationSummary> {
  const firstLineOf = new Map<string, number>();
  let line = 0;
  let documents = 0;
  let issues = 0;
  let badLines = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === '') continue;
    documents++;
    const found: LineIssue[] = [];
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      found.push({ line, id: null, path: '', message: `invalid JSON (${(e as Error).message})` });
    }
    const id = idOf(value);
    if (found.length === 0) {
      for (const issue of validateGoldDocument(value)) found.push({ line, id, ...issue });
    }
    if (id !== null) {
      const earlier = firstLineOf.get(id);
      if (earlier === undefined) firstLineOf.set(id, line);
      else found.push({ line, id, path: 'id', message: `${JSON.stringify(id)} is already the id of line ${earlier}` });
    }
    if (found.length > 0) badLines++;
    issues += found.length;
    yield* found;
  }
  return { documents, issues, badLines };
}

/** "file:line: path: message", the shape editors and CI annotations link to. */
export function formatIssue(file: string, issue: LineIssue): string {
  return `${file}:${issue.line}: ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`;
}

export async function runValidate(argv: readonly string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, new Set(), new Set(['json']));
  if (positionals.length !== 1) throw new UsageError('validate takes exactly one gold .jsonl file (or - for stdin)');
  const path = positionals[0] as string;
  const json = flags.has('json');
  const name = path === '-' ? '<stdin>' : path;
  const run = validateGoldLines(readLines(path));
  let next = await run.next();
  while (next.done !== true) {
    await writeLine(json ? JSON.stringify(next.value) : formatIssue(name, next.value));
    next = await run.next();
  }
  const summary = next.value;
  const message =
    summary.documents === 0
      ? `${name}: no documents`
      : `${name}: ${summary.documents} document(s), ${summary.issues === 0 ? 'all valid' : `${summary.issues} problem(s) on ${summary.badLines} line(s)`}`;
  process.stderr.write(`newslens: ${message}\n`);
  return summary.issues === 0 && summary.documents > 0 ? 0 : 1;
}
