/**
 * The documents of a corpus run, read lazily in input order: the lines of a
 * JSONL file or of stdin, or the `.txt` files of a folder. Each record keeps its
 * place (`ordinal`, `line`) so the output can stay line-for-line with the input.
 */
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readLines, type ReadPosition } from './io.js';
import { inShard, type Shard } from './shard.js';
import type { Task } from './task.js';

export type InputRecord =
  /** A blank JSONL line: echoed as a blank output line, not a document. */
  | { readonly kind: 'blank'; readonly line: number }
  | { readonly kind: 'task'; readonly task: Task }
  /** A document that could not even be read (e.g. an unreadable file). */
  | { readonly kind: 'unreadable'; readonly id: string; readonly line: number; readonly error: string };

export interface Corpus {
  readonly records: AsyncGenerator<InputRecord>;
  /** How far through the input the reader is, in [0, 1], or null when unknown (stdin). */
  fraction(): number | null;
}

export interface CorpusOptions {
  readonly shard: Shard | null;
  /** Publication date for `.txt` documents (JSONL lines carry their own). */
  readonly published: string | null;
}

/** A JSONL corpus: a file, or stdin for "-". Every line is a record, blank ones included. */
export function jsonlCorpus(path: string, options: CorpusOptions): Corpus {
  const position: ReadPosition = { bytes: 0 };
  const total = path === '-' ? null : statSync(path).size;
  async function* records(): AsyncGenerator<InputRecord> {
    let ordinal = 0;
    for await (const raw of readLines(path, position)) {
      const line = ++ordinal;
      if (!inShard(line - 1, options.shard)) continue;
      yield raw.trim() === '' ? { kind: 'blank', line } : { kind: 'task', task: { line, raw, published: options.published } };
    }
  }
  return { records: records(), fraction: () => (total === null ? null : total === 0 ? 1 : Math.min(1, position.bytes / total)) };
}

/**
 * A folder of `.txt` files (not its subfolders), one article each, in code-unit
 * order of their names so every machine sees the same order. The id is the file
 * name without `.txt`; `line` in an error record is the file's 1-based position.
 */
export function folderCorpus(path: string, options: CorpusOptions): Corpus {
  const names = readdirSync(path, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => e.name)
    .sort();
  const mine = names.map((name, i) => ({ name, line: i + 1 })).filter((f) => inShard(f.line - 1, options.shard));
  let done = 0;
  async function* records(): AsyncGenerator<InputRecord> {
    for (const { name, line } of mine) {
      const id = name.slice(0, -'.txt'.length);
      let text: string;
      try {
        text = await readFile(join(path, name), 'utf8');
      } catch (e) {
        done++;
        yield { kind: 'unreadable', id, line, error: `cannot read ${name}: ${(e as Error).message}` };
        continue;
      }
      done++;
      yield { kind: 'task', task: { line, id, text, published: options.published } };
    }
  }
  return { records: records(), fraction: () => (mine.length === 0 ? 1 : done / mine.length) };
}
