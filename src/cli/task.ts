/**
 * One document of a corpus run, from input record to output line. The same code
 * runs in a worker thread and in-process (`--workers 1`): parsing the JSON line,
 * checking it, analysing and serialising all happen here, so the main thread
 * only moves strings.
 */
import type { Analysis } from '../types.js';
import type { AnalyzeOptions } from '../pipeline/options.js';

/** A JSONL line (`raw`) or a document read from a `.txt` file (`id`, `text`). */
export type Task =
  /** `published` is the default for a line without its own (from --published). */
  | { readonly line: number; readonly raw: string; readonly published: string | null }
  | { readonly line: number; readonly id: string; readonly text: string; readonly published: string | null };

export interface TaskResult {
  /** The output line, without its newline: an analysis or an error record. */
  readonly out: string;
  /** Whitespace-separated words of the text (0 when there was no text). */
  readonly words: number;
  readonly failed: boolean;
}

export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Analysis;

/** `{ id, line, error }`: what a document that could not be analysed becomes. */
export interface ErrorRecord {
  readonly id: string | number | null;
  readonly line: number;
  readonly error: string;
}

function failure(id: string | number | null, line: number, error: string, words = 0): TaskResult {
  return { out: JSON.stringify({ id, line, error } satisfies ErrorRecord), words, failed: true };
}

export function runTask(task: Task, analyze: AnalyzeFn): TaskResult {
  if ('raw' in task) return runLine(task.raw, task.line, task.published, analyze);
  return runText(task.id, task.text, task.published, task.line, analyze);
}

function runLine(raw: string, line: number, fallback: string | null, analyze: AnalyzeFn): TaskResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    return failure(null, line, `invalid JSON: ${(e as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return failure(null, line, 'line is not a JSON object');
  const o = parsed as Record<string, unknown>;
  const id = typeof o['id'] === 'string' || typeof o['id'] === 'number' ? o['id'] : null;
  const text = o['text'];
  if (typeof text !== 'string') return failure(id, line, text === undefined ? 'missing "text"' : `"text" is not a string (got ${describe(text)})`);
  const published = o['published'];
  if (published !== undefined && published !== null && typeof published !== 'string') {
    return failure(id, line, `"published" is not a string (got ${describe(published)})`, countWords(text));
  }
  return runText(id, text, published ?? fallback, line, analyze);
}

function runText(id: string | number | null, text: string, published: string | null, line: number, analyze: AnalyzeFn): TaskResult {
  const words = countWords(text);
  let out: string;
  try {
    out = JSON.stringify({ id, ...analyze(text, { published }) });
  } catch (e) {
    return failure(id, line, e instanceof Error ? e.message : String(e), words);
  }
  return { out, words, failed: false };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'an array' : typeof v;
}

/** Whitespace-separated words: the unit of every words/s figure (progress, summary, benchmark). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
