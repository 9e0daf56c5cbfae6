import { afterAll, describe, expect, it } from 'vitest';
import { runScore } from '../../src/cli/score.js';
import { parseShard, inShard } from '../../src/cli/shard.js';
import { interleaveLines } from '../../src/cli/merge.js';
import { GOLD } from '../scoring/helpers.js';
import { analyzeCli, articles, jsonl, tempDir } from './helpers.js';
import { captureStdio } from '../helpers.js';

const tmp = tempDir('newslens-shard-');
afterAll(() => tmp.cleanup());

describe('--shard K/N', () => {
  it('parses K/N with K from 0 and below N', () => {
    expect(parseShard('0/1')).toEqual({ index: 0, count: 1 });
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(undefined)).toBeNull();
    for (const bad of ['3/3', '1/0', '-1/2', 'a/b', '1', '1/2/3', ' 0/2']) expect(() => parseShard(bad)).toThrow(/--shard/);
  });

  it('puts every record in exactly one of N shards', () => {
    for (const n of [1, 2, 3, 7]) {
      for (let i = 0; i < 50; i++) {
        const owners = Array.from({ length: n }, (_, k) => k).filter((k) => inShard(i, { index: k, count: n }));
        expect(owners).toEqual([i % n]);
      }
    }
  });

  it('splits a corpus so the shards cover every document exactly once, and their lines add up to the input', async () => {
    const docs = articles(10);
    const rows: unknown[] = docs.slice(0, 4);
    rows.push('', '{bad json');
    rows.push(...docs.slice(4));
    const path = tmp.file('corpus.jsonl', jsonl(rows));
    const shards = await Promise.all([0, 1, 2].map((k) => analyzeCli(path, '--workers', '1', '--shard', `${k}/3`, '--quiet')));
    expect(shards.reduce((n, s) => n + s.lines.length, 0)).toBe(rows.length);
    const seen = shards.flatMap((s) => s.lines.filter((l) => l !== '').map((l) => JSON.parse(l) as { id: string | null; line?: number }));
    const ids = seen.map((r) => r.id ?? `line ${r.line}`).sort();
    expect(ids).toEqual([...docs.map((d) => d.id), 'line 6'].sort());
    // Shard 1 of 3 has input lines 2, 5, 8, 11 (1-based): a1, the blank line, a5, a8.
    expect(shards[1]?.lines.map((l) => (l === '' ? '' : (JSON.parse(l) as { id: string }).id))).toEqual(['a1', '', 'a5', 'a8']);
  });
});

describe('newslens score --pred shard0,shard1,…', () => {
  const io = captureStdio();

  it('scores merged shard predictions exactly as the unsharded predictions', async () => {
    const gold = tmp.file('gold.jsonl', jsonl(['a', 'b', 'c', 'd', 'e'].map((s) => ({ ...GOLD, id: `doc-${s}` }))));
    const whole = await analyzeCli(gold, '--workers', '1', '--quiet');
    const wholePath = tmp.file('pred.jsonl', whole.stdout);
    const shardPaths = [];
    for (const k of [0, 1]) shardPaths.push(tmp.file(`pred.${k}.jsonl`, (await analyzeCli(gold, '--workers', '1', '--shard', `${k}/2`, '--quiet')).stdout));
    expect(await runScore([gold, '--pred', wholePath, '--json'])).toBe(0);
    const expected = io.stdout;
    io.clear();
    expect(await runScore([gold, '--pred', shardPaths.join(','), '--json'])).toBe(0);
    expect(io.stdout).toBe(expected);
    // Shards in the wrong order still find every document.
    io.clear();
    expect(await runScore([gold, '--pred', [...shardPaths].reverse().join(','), '--json'])).toBe(0);
    expect(io.stdout).toBe(expected);
  });

  it('names the shard file and its line when a prediction is malformed', async () => {
    const a = tmp.file('p0.jsonl', jsonl([{ id: 'doc-a' }]));
    const b = tmp.file('p1.jsonl', jsonl([{ id: 'doc-b' }, { id: 'doc-c', entities: 'nope' }]));
    const gold = tmp.file('gold3.jsonl', jsonl(['a', 'b', 'c'].map((s) => ({ ...GOLD, id: `doc-${s}` }))));
    await expect(runScore([gold, '--pred', `${a},${b}`])).rejects.toThrow(new RegExp(`${b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 2`));
  });

  it('interleaves lines one file at a time', async () => {
    const x = tmp.file('x.jsonl', '1\n3\n5\n6\n');
    const y = tmp.file('y.jsonl', '2\n4\n');
    const merged = interleaveLines([x, y]);
    const out: string[] = [];
    for await (const l of merged.lines) out.push(`${l}@${merged.origin().line}`);
    expect(out).toEqual(['1@1', '2@1', '3@2', '4@2', '5@3', '6@4']);
  });
});
