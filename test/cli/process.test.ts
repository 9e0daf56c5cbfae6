/**
 * The CLI as a process: SIGINT mid-run, and the built CLI starting its workers from
 * its own folder. Both spawn node; the build goes to node_modules/.cache (so the
 * bundle resolves the installed packages) and needs no dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Options } from 'tsup';
import config from '../../tsup.config.js';
import { articles, jsonl, tempDir } from './helpers.js';

const root = resolve(import.meta.dirname, '../..');
const tmp = tempDir('newslens-process-');
afterAll(() => tmp.cleanup());

describe('newslens analyze as a process', () => {
  it('on SIGINT stops, leaves only complete lines, and exits 130', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'analyze', '-', '--jsonl', '--workers', '1'], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    const docs = articles(6);
    // stdin stays open, as if more were coming: the interrupt must not wait for it.
    child.stdin.write(jsonl(docs.slice(0, 3)));
    const code = await new Promise<number | null>((done) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += String(d);
        if (stdout.includes('\n') && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (c) => done(c));
    });
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    const lines = stdout.slice(0, -1).split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(docs.slice(0, lines.length).map((d) => d.id));
    expect(stderr).toMatch(/newslens: interrupted: \d+ read/);
  });

  it('the built CLI finds dist/worker.js and gives the same output with 2 workers as with 1', async () => {
    const outDir = join(root, 'node_modules', '.cache', `newslens-cli-test-${process.pid}`);
    const configs: unknown[] = Array.isArray(config) ? config : [config];
    const cli = configs.find((c): c is Options => typeof c === 'object' && c !== null && typeof (c as Options).entry === 'object' && 'cli' in ((c as Options).entry as object));
    expect(cli, 'tsup.config.ts builds the CLI').toBeDefined();
    expect(cli?.entry).toHaveProperty('worker');
    try {
      await build({ ...cli, outDir, silent: true, sourcemap: false, config: false });
      expect(existsSync(join(outDir, 'worker.js'))).toBe(true);
      const corpus = tmp.file('c.jsonl', jsonl(articles(6)));
      const run = (workers: string) => spawnSync(process.execPath, [join(outDir, 'cli.js'), 'analyze', corpus, '--workers', workers, '--quiet'], { encoding: 'utf8' });
      const pooled = run('2');
      const single = run('1');
      expect(pooled.stderr).toBe('');
      expect(pooled.status).toBe(0);
      expect(pooled.stdout.split('\n')).toHaveLength(7);
      expect(pooled.stdout).toBe(single.stdout);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
