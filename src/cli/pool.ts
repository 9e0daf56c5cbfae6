/**
 * Runs tasks in-process (`--workers 1`) or on a tinypool worker-thread pool.
 * Either way `run` never rejects: a worker that dies takes only its document
 * with it, as an error record.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { runTask, type Task, type TaskResult } from './task.js';

export interface Runner {
  /** Worker threads in use; 0 when documents are analysed in-process. */
  readonly threads: number;
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

/**
 * Heap limits per worker. Left alone, V8 lets each worker's old generation grow to
 * about 100 MB before collecting (the live set is ~25 MB) and gives it a 48 MB young
 * generation: two workers peaked at 400 MB of RSS. With these, two workers and the
 * main thread peak near 250 MB at the same speed (measured on 2 cores; a 12 MB young
 * generation saves 25 MB more but is 20% slower). Articles up to ~300 KB fit: longer
 * ones are analysed in the main thread instead, and one that still runs a worker out
 * of memory is redone there (see `run`).
 */
const WORKER_OLD_GENERATION_MB = 64;
const WORKER_YOUNG_GENERATION_MB = 24;
/** Characters (of the JSONL line or the .txt file) above which a document skips the pool. */
const OUTSIZED = 200_000;

export async function createRunner(workers: number): Promise<Runner> {
  if (workers <= 1) {
    // Loaded here, not at import: the CLI's analyze command loads the models only where it uses them.
    const { analyze } = await import('../index.js');
    return {
      threads: 0,
      run: (task) => Promise.resolve(runTask(task, analyze)),
      close: () => Promise.resolve(),
    };
  }
  const pool = new Tinypool({
    filename: locateWorker(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  // A worker that dies is replaced by tinypool and its task rejected (below); don't let the event crash the run.
  pool.on('error', () => undefined);
  let inProcess: Promise<Runner> | null = null;
  return {
    threads: workers,
    run: async (task) => {
      if (('raw' in task ? task.raw : task.text).length > OUTSIZED) {
        inProcess ??= createRunner(1);
        return (await inProcess).run(task);
      }
      try {
        return (await pool.run(task)) as TaskResult;
      } catch (e) {
        // An outsized article (a megabyte of text) can outgrow a worker's heap: analyse it here, without the cap.
        if ((e as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          inProcess ??= createRunner(1);
          return (await inProcess).run(task);
        }
        const error = `worker failed: ${e instanceof Error ? e.message : String(e)}`;
        return { out: JSON.stringify({ id: null, line: task.line, error }), words: 0, failed: true };
      }
    },
    close: () => pool.destroy(),
  };
}

/**
 * The worker file sits next to this module: `worker.js` in a build (tsup bundles
 * this module into dist/cli.js and emits dist/worker.js beside it); in the source
 * tree `worker-source.mjs`, which loads `worker.ts` through tsx (Node 20 runs no
 * `--import` loader inside worker threads, so worker.ts can't be started directly).
 */
export function locateWorker(): string {
  for (const name of ['./worker.js', './worker-source.mjs']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url.href;
  }
  throw new Error(`cannot find the worker next to ${fileURLToPath(import.meta.url)} (worker.js in a build, worker-source.mjs in the source)`);
}
