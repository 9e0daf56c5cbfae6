import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { analyzeCli, articles, jsonl, tempDir } from './helpers.js';

const tmp = tempDir('newslens-cli-');
afterAll(() => tmp.cleanup());

const docs = articles(14);
const corpus = tmp.file('corpus.jsonl', jsonl(docs));

describe('newslens analyze on a JSONL corpus', () => {
  it('keeps input order with several workers, and matches the in-process run line for line', async () => {
    const pooled = await analyzeCli(corpus, '--workers', '3', '--quiet');
    const single = await analyzeCli(corpus, '--workers', '1', '--quiet');
    expect(pooled.code).toBe(0);
    expect(pooled.lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(docs.map((d) => d.id));
    expect(pooled.stdout).toBe(single.stdout);
    // Each line is the analysis of its own document.
    const third = JSON.parse(pooled.lines[3] as string) as { text: string; entities: unknown[] };
    expect(third.text).toBe(docs[3]?.text);
    expect(third.entities).toEqual(JSON.parse(JSON.stringify(analyze(docs[3]!.text, { published: '2025-05-06' }).entities)));
  });

  it('gives an error record in place of every bad line, keeps blank lines, and completes', async () => {
    const good = (id: string) => ({ id, text: 'Sheinbaum said on Monday that Mexico would not accept troops.' });
    const path = tmp.file(
      'bad.jsonl',
      jsonl([
        good('g1'),
        '{"id": "broken", "text": ',
        { id: 'no-text' },
        { id: 'num-text', text: 42 },
        '',
        '[1, 2]',
        { id: 'bad-date', text: 'Troops.', published: '2025-13-45' },
        { id: 'bad-date-type', text: 'Troops.', published: 20250506 },
        good('g2'),
      ]),
    );
    const run = await analyzeCli(path, '--workers', '1');
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(9);
    const out = run.lines.map((l) => (l === '' ? null : (JSON.parse(l) as Record<string, unknown>)));
    expect(out[0]).toMatchObject({ id: 'g1' });
    expect(out[0]).not.toHaveProperty('error');
    expect(out[1]).toMatchObject({ id: null, line: 2, error: expect.stringMatching(/^invalid JSON/) });
    expect(out[2]).toEqual({ id: 'no-text', line: 3, error: 'missing "text"' });
    expect(out[3]).toEqual({ id: 'num-text', line: 4, error: '"text" is not a string (got number)' });
    expect(out[4]).toBeNull();
    expect(out[5]).toEqual({ id: null, line: 6, error: 'line is not a JSON object' });
    // analyze() itself throwing (a RangeError on the date) is caught too.
    expect(out[6]).toMatchObject({ id: 'bad-date', line: 7, error: expect.stringContaining('published') });
    expect(out[7]).toMatchObject({ id: 'bad-date-type', line: 8, error: expect.stringContaining('published') });
    expect(out[8]).toMatchObject({ id: 'g2' });
    expect(run.stderr).toMatch(/newslens: 8 read, 2 analysed, 6 failed \(1 blank line kept\)/);
  });

  it('--strict exits 1 when a document failed, 0 when none did', async () => {
    const bad = tmp.file('one-bad.jsonl', jsonl([{ id: 'x', text: 'Fine.' }, '{oops']));
    expect((await analyzeCli(bad, '--workers', '1', '--strict', '--quiet')).code).toBe(1);
    expect((await analyzeCli(bad, '--workers', '1', '--quiet')).code).toBe(0);
    const fine = tmp.file('fine.jsonl', jsonl([{ id: 'x', text: 'Fine.' }]));
    expect((await analyzeCli(fine, '--workers', '1', '--strict', '--quiet')).code).toBe(0);
  });

  it('--quiet prints nothing on stderr when nothing failed, and no progress line off a terminal', async () => {
    const quiet = await analyzeCli(corpus, '--workers', '1', '--quiet');
    expect(quiet.stderr).toBe('');
    const plain = await analyzeCli(corpus, '--workers', '1');
    expect(plain.stderr).not.toContain('\r');
    expect(plain.stderr).toMatch(/^newslens: 14 read, 14 analysed, 0 failed in .* words\/s\)\n$/);
  });

  it('--published is the date of lines that have none', async () => {
    const path = tmp.file('undated.jsonl', jsonl([{ id: 'u', text: 'Troops arrived on Monday.' }, { id: 'd', text: 'Troops arrived on Monday.', published: '2024-01-01' }]));
    const run = await analyzeCli(path, '--workers', '1', '--published', '2025-05-06', '--quiet');
    expect(run.lines.map((l) => (JSON.parse(l) as { published: string }).published)).toEqual(['2025-05-06', '2024-01-01']);
  });

  it('rejects bad --workers and --shard values', async () => {
    await expect(analyzeCli(corpus, '--workers', '0')).rejects.toThrow(/--workers/);
    await expect(analyzeCli(corpus, '--workers', 'many')).rejects.toThrow(/--workers/);
    await expect(analyzeCli(corpus, '--shard', '3/3')).rejects.toThrow(/--shard/);
    await expect(analyzeCli(corpus, '--shard', '1')).rejects.toThrow(/--shard/);
  });
});

describe('newslens analyze on a folder of .txt files', () => {
  const folder = tempDir('newslens-folder-');
  afterAll(() => folder.cleanup());
  folder.file('b-second.txt', 'Claudia Sheinbaum said on Monday that Mexico would not accept troops.');
  folder.file('a-first.txt', 'Donald Trump said last week that he would send troops.');
  folder.file('notes.md', 'not an article');
  folder.file('c-third.TXT', 'The State Department declined to comment.');

  it('analyses each .txt file in name order, with the file name as id', async () => {
    const run = await analyzeCli(folder.dir, '--workers', '2', '--published', '2025-05-06', '--quiet');
    expect(run.code).toBe(0);
    const out = run.lines.map((l) => JSON.parse(l) as { id: string; text: string; published: string });
    expect(out.map((o) => o.id)).toEqual(['a-first', 'b-second', 'c-third']);
    expect(out[1]?.text).toBe('Claudia Sheinbaum said on Monday that Mexico would not accept troops.');
    expect(out[0]?.published).toBe('2025-05-06');
  });

  it('shards a folder by file position', async () => {
    const ids = async (k: number) => (await analyzeCli(folder.dir, '--workers', '1', '--shard', `${k}/2`, '--quiet')).lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(await ids(0)).toEqual(['a-first', 'c-third']);
    expect(await ids(1)).toEqual(['b-second']);
  });
});
