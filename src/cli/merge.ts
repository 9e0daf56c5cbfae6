/**
 * Reads the outputs of `newslens analyze --shard K/N` (K = 0…N-1) back as one
 * stream: one line from each file in turn. Shard K holds input lines K, K+N, …,
 * so taking the files in K order rebuilds the input order exactly and the
 * scorer's look-up buffers nothing; in any other order it still finds every id,
 * buffering what comes early.
 */
import { readLines } from './io.js';

export interface MergedLines {
  readonly lines: AsyncGenerator<string>;
  /** The file and 1-based line of the line last handed out. */
  origin(): { readonly path: string; readonly line: number };
}

export function interleaveLines(paths: readonly string[]): MergedLines {
  let current = { path: paths[0] ?? '', line: 0 };
  async function* lines(): AsyncGenerator<string> {
    const open = paths.map((path) => ({ path, line: 0, lines: readLines(path) }));
    try {
      let live = open;
      while (live.length > 0) {
        const next: typeof open = [];
        for (const file of live) {
          const r = await file.lines.next();
          if (r.done === true) continue;
          file.line++;
          current = { path: file.path, line: file.line };
          yield r.value;
          next.push(file);
        }
        live = next;
      }
    } finally {
      for (const file of open) await file.lines.return(undefined);
    }
  }
  return { lines: lines(), origin: () => current };
}

/** `--pred a.jsonl,b.jsonl` → the files; one file is a list of one. */
export function predictionPaths(flag: string): string[] {
  return flag.split(',').map((p) => p.trim()).filter((p) => p !== '');
}
