/**
 * The browser entry reaches no Node built-in: every module imported (statically
 * or dynamically) from src/browser.ts, followed through the source tree, is
 * either ours or on a short list of browser-safe packages.
 */
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const BROWSER_SAFE_PACKAGES = new Set(['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node/en']);
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

/** Every module reachable from `entry`: our files (absolute paths) and package specifiers. */
function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2] ?? m[3]) as string;
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('src/browser.ts', () => {
  const { files, packages } = reachable(resolve(SRC, 'browser.ts'));

  it('reaches the analyser, the report and the schemas', () => {
    const rel = [...files].map((f) => f.slice(SRC.length));
    expect(rel).toEqual(expect.arrayContaining(['pipeline/analyzer.ts', 'report/index.ts', 'schema/index.ts', 'adapters/wink.ts']));
    expect(rel.some((f) => f.startsWith('cli/'))).toBe(false);
  });

  it('imports no Node built-in and only browser-safe packages', () => {
    expect([...packages].filter((p) => BUILTINS.has(p))).toEqual([]);
    expect([...packages].filter((p) => !BROWSER_SAFE_PACKAGES.has(p))).toEqual([]);
  });

  it('reads no Node global (process, Buffer, __dirname): the page has none of them', () => {
    const NODE_GLOBAL = /\b(?:process\.|Buffer\.|__dirname|__filename|require\()/;
    const offenders = [...files].filter((f) => readFileSync(f, 'utf8').split('\n').some((line) => !/^\s*(?:\/\/|\*)/.test(line) && NODE_GLOBAL.test(line)));
    expect(offenders.map((f) => f.slice(SRC.length))).toEqual([]);
  });

  it('the walk would notice a built-in (the CLI imports node:fs)', () => {
    expect([...reachable(resolve(SRC, 'cli/main.ts')).packages]).toContain('node:fs');
  });
});
