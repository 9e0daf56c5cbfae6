import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScore } from '../../src/cli/score.js';
import { UsageError } from '../../src/cli/args.js';
import { GOLD, jsonl } from './helpers.js';
import { captureStdio } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'newslens-score-'));
const goldPath = join(dir, 'gold.jsonl');
const second = { ...GOLD, id: 'doc2' };
writeFileSync(goldPath, jsonl(GOLD, second));
const perfectPath = join(dir, 'perfect.jsonl');
// Out of gold order, to exercise the look-ahead buffer.
writeFileSync(perfectPath, jsonl(second, GOLD));
const halfPath = join(dir, 'half.jsonl');
// doc1 perfect; doc2 only its entities.
writeFileSync(halfPath, jsonl(GOLD, { id: 'doc2', entities: GOLD.entities }));

const io = captureStdio();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newslens score', () => {
  it('prints an aligned table and exits 0 when every floor is met', async () => {
    expect(await runScore([goldPath, '--pred', perfectPath, '--min', 'entities=1,attribution=1,stances.f_avg=1'])).toBe(0);
    expect(io.stdout).toMatch(/^entities\s+1\.000\s+1\.000\s+1\.000\s+6\s+0\s+0$/m);
    expect(io.stdout).toMatch(/^attribution\s+1\.000\s+accuracy over n = 2/m);
    expect(io.stdout).toMatch(/^stances F_avg\s+1\.000/m);
    expect(io.stderr).toBe('');
  });

  it('scores error records of newslens analyze as predicting nothing, with or without an id', async () => {
    const withErrors = join(dir, 'with-errors.jsonl');
    writeFileSync(withErrors, jsonl({ id: null, line: 1, error: 'invalid JSON' }, GOLD, { id: 'doc2', line: 3, error: 'analyze() failed: boom' }));
    expect(await runScore([goldPath, '--pred', withErrors, '--json'])).toBe(0);
    const out = JSON.parse(io.stdout) as Record<string, Record<string, number>>;
    expect(out['entities']).toMatchObject({ tp: 3, fp: 0, fn: 3 });
    expect(io.stderr).toContain('2 prediction line(s) were error records');
    expect(io.stderr).toContain('1 gold document(s) had no prediction');
  });

  it('still rejects a line that is neither a prediction nor an error record', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, jsonl({ id: null, entities: [] }));
    await expect(runScore([goldPath, '--pred', bad])).rejects.toThrow(/line 1: id: expected a string/);
  });

  it('exits 1 after printing when a metric is below its floor, naming it', async () => {
    expect(await runScore([goldPath, '--pred', halfPath, '--min', 'entities=0.9,quotes=0.9'])).toBe(1);
    expect(io.stdout).toContain('quotes');
    expect(io.stderr).toContain('below floor: quotes F1 0.6667 < 0.9');
    expect(io.stderr).not.toContain('below floor: entities');
  });

  it('--json prints one object keyed by the section-6 metric names', async () => {
    expect(await runScore([goldPath, '--pred', halfPath, '--json'])).toBe(0);
    const out = JSON.parse(io.stdout) as Record<string, Record<string, number>>;
    expect(Object.keys(out)).toEqual(['entities', 'mentions', 'quotes', 'attribution', 'quotes+speaker', 'indirect', 'dates', 'dates.value', 'stances']);
    expect(out['entities']).toEqual({ p: 1, r: 1, f1: 1, tp: 6, fp: 0, fn: 0 });
    expect(out['quotes']).toEqual({ p: 1, r: 0.5, f1: 0.6667, tp: 1, fp: 0, fn: 1 });
    expect(out['attribution']).toEqual({ accuracy: 1, n: 1 });
    expect(out['stances']?.['f_avg']).toBe(0.6667);
  });

  it('--errors lists misses per document and metric; --only restricts the documents', async () => {
    expect(await runScore([goldPath, '--pred', halfPath, '--errors', '--only', 'doc2'])).toBe(0);
    expect(io.stdout).toContain('== doc2');
    expect(io.stdout).not.toContain('== doc1');
    expect(io.stdout).toContain('  dates: 0 false positive(s), 2 miss(es)');
    expect(io.stdout).toMatch(/MISS \[\d+,\d+\) "May 5, 2025"  value: 2025-05-05/);
    expect(io.stdout).toContain('1 document(s)');
  });

  it('a gold document with no prediction scores as predicting nothing, with a note', async () => {
    const onlyOne = join(dir, 'one.jsonl');
    writeFileSync(onlyOne, jsonl(GOLD));
    expect(await runScore([goldPath, '--pred', onlyOne, '--json'])).toBe(0);
    expect((JSON.parse(io.stdout) as Record<string, Record<string, number>>)['entities']).toMatchObject({ tp: 3, fn: 3 });
    expect(io.stderr).toContain('1 gold document(s) had no prediction');
  });

  it.each([
    [['--min', 'entity=0.5'], /unknown metric "entity"/],
    [['--min', 'entities=high'], /needs a number in \[0, 1\]/],
    [['--min', 'entities=1.5'], /needs a number in \[0, 1\]/],
    [['--bogus'], /unknown option --bogus/],
  ])('usage errors: %j', async (extra, message) => {
    await expect(runScore([goldPath, '--pred', perfectPath, ...extra])).rejects.toThrow(UsageError);
    await expect(runScore([goldPath, '--pred', perfectPath, ...extra])).rejects.toThrow(message);
  });

  it('an invalid gold line is an error naming the file, line and field', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, jsonl(GOLD) + '\n' + JSON.stringify({ ...second, quotes: [{ start: 0 }] }) + '\n');
    await expect(runScore([bad, '--pred', perfectPath])).rejects.toThrow(`${bad} line 3: quotes[0].end: expected an integer offset`);
  });

  it('without --pred runs analyze() on each gold text', async () => {
    expect(await runScore([goldPath, '--only', 'doc1', '--json', '--min', 'entities=0'])).toBe(0);
    const out = JSON.parse(io.stdout) as Record<string, Record<string, number>>;
    expect(out['entities']?.['fn']).toBeDefined();
    expect(io.stderr).toBe('');
  });

  it('the real command exits 0, 1 (below a floor) and 2 (usage error)', () => {
    const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', 'score', goldPath, '--pred', halfPath, ...args], { encoding: 'utf8' });
    expect(run('--min', 'entities=0.9').status).toBe(0);
    const below = run('--min', 'quotes=0.9');
    expect(below.status).toBe(1);
    expect(below.stderr).toContain('below floor: quotes');
    const usage = run('--min', 'nope=0.9');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('unknown metric "nope"');
  });
});
