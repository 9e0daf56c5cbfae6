/** `newslens aggregate`: files and shards, bad lines reported and skipped, CSV, --merge, --html. */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runAggregate } from '../../src/cli/aggregate.js';
import { UsageError } from '../../src/cli/args.js';
import { aggregate, validateAggregate, type Aggregate } from '../../src/index.js';
import { corpus } from '../aggregate/helpers.js';
import { analyzeCli, articles, jsonl, tempDir } from './helpers.js';

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Collector();
  const stderr = new Collector();
  const code = await runAggregate(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const tmp = tempDir('newslens-aggregate-');
afterAll(() => tmp.cleanup());
const docs = corpus();
const whole = aggregate(docs);
const lines = docs.map((d) => JSON.stringify(d));

describe('newslens aggregate', () => {
  it('reads several files (shards) as one corpus and prints the aggregate JSON', async () => {
    const a = tmp.file('a.jsonl', jsonl([lines[0], lines[2]]));
    const b = tmp.file('b.jsonl', jsonl([lines[1], '', lines[3]]));
    const r = await run(a, b);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Aggregate;
    expect(validateAggregate(out)).toEqual([]);
    expect(out).toEqual(whole);
    expect(r.stderr).toBe('newslens: aggregated 4 analyses: 8 stances, 5 actors, 5 rows\n');
  });

  it.each([
    ['a truncated last line', (l: string[]) => jsonl(l).slice(0, -40), /bad\.jsonl:4: invalid JSON, skipped \(.*; a truncated line\?\)/],
    ['a line that is not JSON', (l: string[]) => jsonl([...l, 'not json']), /bad\.jsonl:5: invalid JSON, skipped/],
    ['a gold document', (l: string[]) => jsonl([...l, { id: 'g', text: 'x', entities: [] }]), /bad\.jsonl:5: not an analysis, skipped: published: missing/],
    ['a failed document from analyze', (l: string[]) => jsonl([...l, { id: 'f', line: 9, error: 'boom' }]), /bad\.jsonl:5: not an analysis, skipped: a failed document, not an analysis: boom/],
  ])('%s: reported with file and line, skipped, and counted', async (_label, make, message) => {
    const path = tmp.file('bad.jsonl', make(lines));
    const r = await run(path);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(message);
    const out = JSON.parse(r.stdout) as Aggregate;
    expect(out.skipped).toBe(1);
    expect(out.analyses + out.skipped).toBe(4 + (_label === 'a truncated last line' ? 0 : 1));
    expect(r.stderr).toContain(', 1 skipped:');
    expect((await run(path, '--strict')).code).toBe(1);
  });

  it('the same file (or an article id) twice is reported and skipped, not counted twice', async () => {
    const a = tmp.file('twice.jsonl', jsonl(lines));
    const r = await run(a, a);
    expect(JSON.parse(r.stdout)).toEqual({ ...whole, skipped: 4 });
    expect(r.stderr).toMatch(/twice\.jsonl:1: id "n1" was already aggregated \(.*twice\.jsonl:1\), skipped/);
  });

  it('an empty file is reported; with nothing to aggregate the command fails', async () => {
    const empty = tmp.file('empty.jsonl', '');
    const r = await run(empty);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('empty.jsonl: empty: no analyses');
    expect(r.stderr).toContain('newslens: aggregate: no analyses in');
    const good = tmp.file('good.jsonl', jsonl(lines));
    const both = await run(empty, good);
    expect(both.code).toBe(0);
    expect(both.stderr).toContain('empty.jsonl: empty');
  });

  it('--format csv, --out and --max-evidence', async () => {
    const path = tmp.file('all.jsonl', jsonl(lines));
    const csv = await run(path, '--format', 'csv', '--quiet');
    expect(csv.stdout.split('\r\n')[0]).toBe('actor_key,actor,kind,country,merged_into,target,label,count,first_date,last_date,mean_confidence,evidence_count,evidence');
    expect(csv.stderr).toBe('');
    const out = `${tmp.dir}/capped.json`;
    expect((await run(path, '--out', out, '--max-evidence', '1', '--quiet')).stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(aggregate(docs, { maxEvidence: 1 }));
  });

  it('--html writes the dashboard and, without --out or --format, nothing to stdout', async () => {
    const path = tmp.file('all.jsonl', jsonl(lines));
    const html = `${tmp.dir}/dash.html`;
    const r = await run(path, '--html', html, '--title', 'My <corpus>');
    expect(r.stdout).toBe('');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<title>My &lt;corpus&gt;</title>');
    expect(page).toContain('id="ev-0"');
  });

  it('--merge of the shard aggregates equals the aggregate of the whole', async () => {
    const shards: string[] = [];
    for (const [k, part] of [[0, [lines[0], lines[2]]], [1, [lines[1], lines[3]]]] as const) {
      const out = `${tmp.dir}/agg.${k}.json`;
      await run(tmp.file(`s.${k}.jsonl`, jsonl(part)), '--out', out, '--quiet');
      shards.push(out);
    }
    const merged = await run('--merge', ...shards, '--quiet');
    expect(JSON.parse(merged.stdout)).toEqual(whole);
  });

  it('--merge refuses a file that is not an aggregate, naming it', async () => {
    const bad = tmp.file('bad.json', JSON.stringify({ format: 'other' }));
    await expect(run('--merge', bad)).rejects.toThrow(/bad\.json: not an aggregate: .*format/);
    const notJson = tmp.file('nj.json', '{');
    await expect(run('--merge', notJson)).rejects.toThrow(/nj\.json: not JSON/);
  });

  it.each([
    [[], /one or more files/],
    [['x.jsonl', '--format', 'xml'], /--format is json or csv/],
    [['x.jsonl', '--max-evidence', 'many'], /--max-evidence takes a whole number/],
    [['x.jsonl', '--bogus'], /unknown option --bogus/],
  ])('usage errors: %j', async (argv, message) => {
    await expect(run(...argv)).rejects.toThrow(UsageError);
    await expect(run(...argv)).rejects.toThrow(message);
  });

  it('aggregates the real output of analyze --shard 0/2 and 1/2 to the same as the whole', async () => {
    const input = tmp.file('corpus.jsonl', jsonl(articles(8)));
    const outs: string[] = [];
    for (const shard of ['0/2', '1/2', null]) {
      const r = await analyzeCli(input, '--workers', '1', '--quiet', ...(shard === null ? [] : ['--shard', shard]));
      outs.push(tmp.file(`pred.${outs.length}.jsonl`, r.stdout));
    }
    const [s0, s1, all] = outs as [string, string, string];
    const a0 = `${tmp.dir}/a0.json`;
    const a1 = `${tmp.dir}/a1.json`;
    await run(s0, '--out', a0, '--quiet');
    await run(s1, '--out', a1, '--quiet');
    const merged = JSON.parse((await run('--merge', a0, a1, '--quiet')).stdout) as Aggregate;
    const direct = JSON.parse((await run(all, '--quiet')).stdout) as Aggregate;
    expect(merged).toEqual(direct);
    expect(direct.analyses).toBe(8);
    expect(direct.rows.length).toBeGreaterThan(0);
  });
});
