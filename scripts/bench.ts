/**
 * `npm run bench [-- --big] [-- --no-build]`: throughput, cold start and memory of
 * newslens against the bare compromise people/places/organisations pass, on the
 * same fixed corpus in the same run (scripts/corpus.ts: the seed article and
 * generated news, ~1 MB, cut into article-sized documents).
 *
 * Measures the built package (dist/), which it builds first unless --no-build:
 *   1. analyze() on one thread vs `nlp(text).people()/.places()/.organizations()`
 *      (full `compromise` import), alternating on blocks of 20 documents after a
 *      warm-up; median words/s of 3 rounds;
 *   2. cold start: a fresh `node` that imports dist/index.js and analyses the seed;
 *   3. `newslens analyze corpus.jsonl` with --workers 1 and with one per core:
 *      wall time, words/s and the process's peak RSS (workers included);
 *   4. with --big, a generated 50 MB JSONL corpus through `newslens analyze`;
 *   5. aggregate: `aggregate()` over 100,000 analyses (the corpus's, repeated under new
 *      ids) in one process, with and without an evidence cap, and `newslens aggregate`
 *      on a JSONL of 10,000 of them (wall time and peak RSS), then `--merge` of two
 *      such aggregates. `--aggregate-only` runs just this part.
 * Not a test: numbers depend on the machine and on what else runs on it (the load
 * average is printed before and after).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus, countWords, type BenchDoc } from './corpus.js';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const work = join(tmpdir(), `newslens-bench-${process.pid}`);
mkdirSync(work, { recursive: true });

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function build(): void {
  if (args.has('--no-build')) return;
  process.stderr.write('building dist/ …\n');
  const r = spawnSync('npx', ['tsup'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Runs node with a preload that reports the process's peak RSS and CPU time (all threads) on fd 3. */
function runNode(argv: string[]): { ms: number; rssMb: number; cpu: number; stderr: string; status: number | null } {
  const preload = join(work, 'rss.cjs');
  writeFileSync(
    preload,
    "if (require('node:worker_threads').isMainThread) process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeSync(3, [u.maxRSS, u.userCPUTime + u.systemCPUTime].join(' ')); });\n",
  );
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...argv], { cwd: root, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  const out = r.output as (string | null)[];
  const [rssKb = 0, cpuUs = 0] = String(out[3] ?? '').split(' ').map(Number);
  return { ms, rssMb: rssKb / 1024, cpu: cpuUs / 1000 / ms, stderr: String(out[2] ?? ''), status: r.status };
}

async function singleThread(docs: readonly BenchDoc[], words: number): Promise<{ newslens: number; compromise: number }> {
  const { analyze } = (await import(join(root, 'dist/index.js'))) as typeof import('../src/index.js');
  const { default: nlp } = await import('compromise');
  const runNewslens = (block: readonly BenchDoc[]): void => {
    for (const d of block) analyze(d.text, { published: d.published });
  };
  const runCompromise = (block: readonly BenchDoc[]): void => {
    for (const d of block) {
      const doc = nlp(d.text);
      doc.people().out('array');
      doc.places().out('array');
      doc.organizations().out('array');
    }
  };
  // Warm-up: load both models and let the JIT settle.
  runNewslens(docs.slice(0, 40));
  runCompromise(docs.slice(0, 40));
  // The two alternate on blocks of 20 documents, each going first half the time, so
  // a change in machine load while the benchmark runs weighs on both alike.
  const a: number[] = [];
  const c: number[] = [];
  for (let round = 0; round < 3; round++) {
    let ta = 0;
    let tc = 0;
    for (let b = 0; b * 20 < docs.length; b++) {
      const block = docs.slice(b * 20, b * 20 + 20);
      const order = (b + round) % 2 === 0 ? ['n', 'c'] : ['c', 'n'];
      for (const which of order) {
        const t = performance.now();
        if (which === 'n') runNewslens(block);
        else runCompromise(block);
        if (which === 'n') ta += performance.now() - t;
        else tc += performance.now() - t;
      }
    }
    a.push((words * 1000) / ta);
    c.push((words * 1000) / tc);
    process.stderr.write(`  round ${round + 1}: analyze() ${fmt(a[round] as number)} words/s, compromise ${fmt(c[round] as number)} words/s\n`);
  }
  return { newslens: median(a), compromise: median(c) };
}

function coldStart(): { importAndFirst: number; wall: number; compromise: number } {
  const seed = join(root, 'fixtures/seed/seed.txt');
  const code = (body: string) => `const t0 = performance.now(); ${body}; process.stderr.write(String(performance.now() - t0));`;
  const newslens = code(`const { analyze } = await import(${JSON.stringify(join(root, 'dist/index.js'))}); analyze(require('node:fs').readFileSync(${JSON.stringify(seed)}, 'utf8'), { published: '2025-05-04' })`);
  const bare = code(`const { default: nlp } = await import('compromise'); const d = nlp(require('node:fs').readFileSync(${JSON.stringify(seed)}, 'utf8')); d.people().out('array'); d.places().out('array'); d.organizations().out('array')`);
  const inner: number[] = [];
  const wall: number[] = [];
  const comp: number[] = [];
  const asModule = (src: string) => `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(join(root, 'package.json'))}); ${src}`;
  for (let i = 0; i < 5; i++) {
    const r = runNode(['--input-type=module', '-e', asModule(newslens)]);
    inner.push(Number(r.stderr));
    wall.push(r.ms);
    comp.push(Number(runNode(['--input-type=module', '-e', asModule(bare)]).stderr));
  }
  return { importAndFirst: median(inner), wall: median(wall), compromise: median(comp) };
}

function cli(corpus: string, words: number, workers: number): { ms: number; wordsPerS: number; rssMb: number; cpu: number } {
  const r = runNode([join(root, 'dist/cli.js'), 'analyze', corpus, '--workers', String(workers), '--quiet']);
  if (r.status !== 0) throw new Error(`newslens analyze --workers ${workers} exited ${r.status}: ${r.stderr}`);
  return { ms: r.ms, wordsPerS: (words * 1000) / r.ms, rssMb: r.rssMb, cpu: r.cpu };
}

/**
 * What any pool could reach on this machine: `shards` independent `--workers 1`
 * processes started together, each on its share of the corpus (nothing shared,
 * no messages), against one process on all of it. Returns the wall time.
 */
async function independentProcesses(shards: number): Promise<number> {
  const t = performance.now();
  const children = Array.from({ length: shards }, (_, k) =>
    new Promise<void>((resolvePromise, reject) => {
      const child = spawn(process.execPath, [join(root, 'dist/cli.js'), 'analyze', join(work, 'corpus.jsonl'), '--workers', '1', '--shard', `${k}/${shards}`, '--quiet'], { cwd: root, stdio: 'ignore' });
      child.on('exit', (code) => (code === 0 ? resolvePromise() : reject(new Error(`shard ${k}/${shards} exited ${code}`))));
    }),
  );
  await Promise.all(children);
  return performance.now() - t;
}

interface CliRuns {
  one: ReturnType<typeof cli>;
  all: ReturnType<typeof cli>;
  /** Median of the per-round ratios one.ms / all.ms. */
  speedup: number;
  /** Median of the per-round ratios one.ms / (independent processes).ms. */
  ceiling: number;
}

/**
 * The machine's speed drifts by ±20% from minute to minute (a shared VM), so
 * one run of each proves little: three rounds, each running --workers 1, the
 * pool and the independent processes back to back, and the medians.
 */
async function cliRounds(corpus: string, words: number, workers: number): Promise<CliRuns> {
  const ones: ReturnType<typeof cli>[] = [];
  const alls: ReturnType<typeof cli>[] = [];
  const speedups: number[] = [];
  const ceilings: number[] = [];
  for (let round = 0; round < 3; round++) {
    const one = cli(corpus, words, 1);
    const all = cli(corpus, words, workers);
    const separate = await independentProcesses(workers);
    ones.push(one);
    alls.push(all);
    speedups.push(one.ms / all.ms);
    ceilings.push(one.ms / separate);
    process.stderr.write(`  round ${round + 1}: --workers 1 ${(one.ms / 1000).toFixed(1)} s, --workers ${workers} ${(all.ms / 1000).toFixed(1)} s, ${workers} independent processes ${(separate / 1000).toFixed(1)} s\n`);
  }
  const byMs = (xs: ReturnType<typeof cli>[]) => [...xs].sort((a, b) => a.ms - b.ms)[1] as ReturnType<typeof cli>;
  return { one: byMs(ones), all: byMs(alls), speedup: median(speedups), ceiling: median(ceilings) };
}

/** Size on disk of what `npm install newslens` adds: the runtime dependencies and theirs (from node_modules), plus dist/ and schema/. */
function installMb(): number {
  const du = (dir: string): number => {
    const r = spawnSync('du', ['-sk', dir], { encoding: 'utf8' });
    return r.status === 0 ? Number(r.stdout.split('\t')[0]) / 1024 : 0;
  };
  const seen = new Set<string>();
  const todo = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {});
  let mb = du(join(root, 'dist')) + du(join(root, 'schema'));
  while (todo.length > 0) {
    const name = todo.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const dir = join(root, 'node_modules', name);
    mb += du(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    todo.push(...Object.keys(pkg.dependencies ?? {}));
  }
  return mb;
}

interface AggregateBench {
  readonly analyses: number;
  readonly rows: number;
  readonly evidence: number;
  readonly allMs: number;
  readonly cappedMs: number;
  readonly cli: { lines: number; mb: number; ms: number; rssMb: number };
  readonly cliCapped: { ms: number; rssMb: number };
  readonly merge: { ms: number; rssMb: number };
}

/** `aggregate()` and `newslens aggregate` on many analyses: the corpus's own, repeated under new ids. */
async function aggregateBench(docs: readonly BenchDoc[]): Promise<AggregateBench> {
  const m = (await import(join(root, 'dist/index.js'))) as typeof import('../src/index.js');
  const base = docs.slice(0, 200).map((d) => m.analyze(d.text, { published: d.published }));
  const n = 100_000;
  function* analyses(count: number): Generator<import('../src/index.js').Analysis & { id: string }> {
    for (let i = 0; i < count; i++) yield { ...(base[i % base.length] as import('../src/index.js').Analysis), id: `d${i}` };
  }
  let t = performance.now();
  const all = m.aggregate(analyses(n));
  const allMs = performance.now() - t;
  t = performance.now();
  m.aggregate(analyses(n), { maxEvidence: 100 });
  const cappedMs = performance.now() - t;
  const lines = 10_000;
  const path = join(work, 'analyses.jsonl');
  await writeCorpus(path, analyses(lines));
  const mb = statSync(path).size / 1e6;
  const run = (argv: string[]): { ms: number; rssMb: number } => {
    const r = runNode([join(root, 'dist/cli.js'), 'aggregate', ...argv, '--quiet']);
    if (r.status !== 0) throw new Error(`newslens aggregate ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
    return { ms: r.ms, rssMb: r.rssMb };
  };
  const cli = run([path, '--out', join(work, 'agg.json')]);
  const cliCapped = run([path, '--max-evidence', '100', '--out', join(work, 'agg-capped.json')]);
  const merge = run(['--merge', join(work, 'agg.json'), join(work, 'agg.json'), '--out', join(work, 'merged.json')]);
  const evidence = all.rows.reduce((k, r) => k + r.evidence.length, 0);
  return { analyses: n, rows: all.rows.length, evidence, allMs, cappedMs, cli: { lines, mb, ...cli }, cliCapped, merge };
}

function aggregateRows(a: AggregateBench): string[] {
  return [
    `| \`aggregate()\`, ${fmt(a.analyses)} analyses in one process (${fmt(a.rows)} rows, ${fmt(a.evidence)} evidence passages) | ${(a.allMs / 1000).toFixed(2)} s, ${fmt((a.analyses * 1000) / a.allMs)} analyses/s; with maxEvidence 100: ${(a.cappedMs / 1000).toFixed(2)} s |`,
    `| \`newslens aggregate\` on ${fmt(a.cli.lines)} JSONL analyses (${a.cli.mb.toFixed(0)} MB) | ${(a.cli.ms / 1000).toFixed(1)} s, ${fmt((a.cli.lines * 1000) / a.cli.ms)} lines/s, peak RSS ${fmt(a.cli.rssMb)} MB; with --max-evidence 100: ${(a.cliCapped.ms / 1000).toFixed(1)} s, peak RSS ${fmt(a.cliCapped.rssMb)} MB |`,
    `| \`newslens aggregate --merge\` of two such aggregates | ${(a.merge.ms / 1000).toFixed(1)} s, peak RSS ${fmt(a.merge.rssMb)} MB |`,
  ];
}

async function writeCorpus(path: string, docs: Iterable<unknown>): Promise<void> {
  const out = createWriteStream(path);
  for (const d of docs) if (!out.write(JSON.stringify(d) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}

async function main(): Promise<void> {
  build();
  const cores = availableParallelism();
  const machine = `${cores} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`;
  const loadBefore = load();
  const docs = buildCorpus(1_000_000, join(root, 'fixtures/seed/seed.txt'));
  if (args.has('--aggregate-only')) {
    process.stderr.write('aggregate …\n');
    const a = await aggregateBench(docs);
    process.stdout.write(['| measure | result |', '|---|---|', `| machine | ${machine}; load average ${loadBefore} before, ${load()} after |`, ...aggregateRows(a)].join('\n') + '\n');
    rmSync(work, { recursive: true, force: true });
    return;
  }
  const words = docs.reduce((n, d) => n + countWords(d.text), 0);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const corpusPath = join(work, 'corpus.jsonl');
  await writeCorpus(corpusPath, docs);
  process.stderr.write(`corpus: ${docs.length} documents, ${fmt(chars)} characters, ${fmt(words)} words\n`);

  process.stderr.write('single thread, same process: analyze() vs bare compromise …\n');
  const st = await singleThread(docs, words);
  process.stderr.write('cold start …\n');
  const cold = coldStart();
  process.stderr.write('newslens analyze corpus.jsonl …\n');
  const { one, all, speedup, ceiling } = await cliRounds(corpusPath, words, cores);

  let big: { ms: number; wordsPerS: number; rssMb: number; cpu: number; mb: number; docs: number } | null = null;
  if (args.has('--big')) {
    process.stderr.write('generating the 50 MB corpus …\n');
    const bigDocs = buildCorpus(50_000_000, join(root, 'fixtures/seed/seed.txt'));
    const bigWords = bigDocs.reduce((n, d) => n + countWords(d.text), 0);
    const bigPath = join(work, 'big.jsonl');
    await writeCorpus(bigPath, bigDocs);
    const mb = statSync(bigPath).size / 1e6;
    process.stderr.write(`newslens analyze on ${mb.toFixed(1)} MB, ${bigDocs.length} documents, --workers ${cores} …\n`);
    big = { ...cli(bigPath, bigWords, cores), mb, docs: bigDocs.length };
  }
  const install = installMb();
  process.stderr.write('aggregate …\n');
  const agg = await aggregateBench(docs);
  const ratio = st.newslens / st.compromise;
  const check = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows = [
    `| machine | ${machine}; load average ${loadBefore} before, ${load()} after |`,
    `| corpus | ${docs.length} documents, ${fmt(chars)} characters, ${fmt(words)} words (seed + generated news) |`,
    `| analyze(), 1 thread | ${fmt(st.newslens)} words/s |`,
    `| bare compromise people/places/organisations, same run | ${fmt(st.compromise)} words/s |`,
    `| ratio analyze() / compromise (target ≥ 3.0) | ${ratio.toFixed(2)} (${check(ratio >= 3.0)}) |`,
    `| cold start: import + first analysis of the seed (target ≤ 450 ms) | ${fmt(cold.importAndFirst)} ms (${check(cold.importAndFirst <= 450)}); whole process ${fmt(cold.wall)} ms; bare compromise ${fmt(cold.compromise)} ms |`,
    `| a user's install: newslens's runtime dependencies, on disk (target < 30 MB) | ${install.toFixed(1)} MB (${check(install < 30)}) |`,
    `| \`newslens analyze\`, --workers 1 | ${fmt(one.wordsPerS)} words/s, ${(one.ms / 1000).toFixed(1)} s, peak RSS ${fmt(one.rssMb)} MB, ${Math.round(one.cpu * 100)}% CPU |`,
    `| \`newslens analyze\`, --workers ${cores} | ${fmt(all.wordsPerS)} words/s, ${(all.ms / 1000).toFixed(1)} s, peak RSS ${fmt(all.rssMb)} MB, ${Math.round(all.cpu * 100)}% CPU |`,
    `| ${cores} independent \`--workers 1\` processes on ${cores} shards, run together (time T2) | ${ceiling.toFixed(2)}× one process |`,
    `| pool speed-up, median of 3 rounds (target: within T2 / 0.9, i.e. ≥ ${(0.9 * ceiling).toFixed(2)}×) | ${speedup.toFixed(2)}× (${check(speedup >= 0.9 * ceiling)}) |`,
  ];
  if (big !== null) {
    rows.push(
      `| 50 MB corpus (${big.mb.toFixed(1)} MB, ${fmt(big.docs)} documents), --workers ${cores} (target: peak RSS < 300 MB) | ${fmt(big.wordsPerS)} words/s, ${(big.ms / 1000).toFixed(0)} s, peak RSS ${fmt(big.rssMb)} MB (${check(big.rssMb < 300)}), ${Math.round(big.cpu * 100)}% CPU |`,
    );
  }
  rows.push(...aggregateRows(agg));
  process.stdout.write(['| measure | result |', '|---|---|', ...rows].join('\n') + '\n');
  rmSync(work, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  rmSync(work, { recursive: true, force: true });
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
