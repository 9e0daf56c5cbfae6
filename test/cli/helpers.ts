/** Runs `newslens analyze` in this process with its output captured. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runAnalyze } from '../../src/cli/analyze.js';

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout split into lines (without the final newline). */
  readonly lines: string[];
}

export async function analyzeCli(...argv: string[]): Promise<Run> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runAnalyze(argv, { stdout, stderr });
  const lines = stdout.text === '' ? [] : stdout.text.replace(/\n$/, '').split('\n');
  return { code, stdout: stdout.text, stderr: stderr.text, lines };
}

/** A temporary folder, removed by `cleanup()`. */
export function tempDir(prefix: string): { dir: string; file(name: string, content: string): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Short news-like articles of different lengths, so documents finish out of order in a pool. */
export function articles(n: number): { id: string; text: string; published: string }[] {
  const sentences = [
    'President Claudia Sheinbaum said on Monday that Mexico would not accept foreign troops.',
    '“Sovereignty is not for sale,” Sheinbaum told reporters in Mexico City.',
    'Donald Trump said last week that he would send troops to fight the cartels.',
    'The State Department declined to comment on May 5, 2025.',
  ];
  return Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    // Every third article is long: in a pool it finishes after the short ones behind it.
    text: Array.from({ length: i % 3 === 0 ? 24 : 1 + (i % 4) }, (_, k) => sentences[(i + k) % sentences.length]).join(' '),
    published: '2025-05-06',
  }));
}

export function jsonl(rows: readonly unknown[]): string {
  return rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}
