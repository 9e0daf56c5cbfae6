/** `newslens validate`: line-numbered problems, the summary, exit codes. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate, validateGoldLines, type LineIssue } from '../../src/cli/validate.js';
import { UsageError } from '../../src/cli/args.js';
import { GOLD, jsonl } from '../scoring/helpers.js';
import { captureStdio } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'newslens-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function* from(lines: readonly string[]): AsyncGenerator<string> {
  yield* lines;
}

async function collect(lines: readonly string[]): Promise<{ issues: LineIssue[]; documents: number; badLines: number }> {
  const run = validateGoldLines(from(lines));
  const issues: LineIssue[] = [];
  for (let next = await run.next(); ; next = await run.next()) {
    if (next.done === true) return { issues, documents: next.value.documents, badLines: next.value.badLines };
    issues.push(next.value);
  }
}

const good = JSON.stringify(GOLD);
const bad = JSON.stringify({ ...GOLD, id: 'doc2', entities: [{ ...GOLD.entities[0], type: 'PER' }] });

describe('validateGoldLines()', () => {
  it('numbers lines from 1, counting blank ones, and names the document', async () => {
    const r = await collect([good, '', bad, '{"id": "x",', JSON.stringify({ ...GOLD })]);
    expect(r.documents).toBe(4);
    expect(r.badLines).toBe(3);
    expect(r.issues).toEqual([
      { line: 3, id: 'doc2', path: 'entities[0].type', message: 'expected one of PERSON, ORG, GPE, LOC, NORP, got "PER"' },
      { line: 4, id: null, path: '', message: expect.stringContaining('invalid JSON') as unknown as string },
      { line: 5, id: 'doc1', path: 'id', message: '"doc1" is already the id of line 1' },
    ]);
  });

  it.each([
    ['an array', '[]', 'expected an object, got an array'],
    ['a string', '"doc"', 'expected an object, got "doc"'],
  ])('a line that is %s', async (_label, line, message) => {
    expect((await collect([line])).issues).toEqual([{ line: 1, id: null, path: '', message }]);
  });
});

describe('newslens validate', () => {
  const io = captureStdio();

  it('exits 0 on a valid corpus and says so', async () => {
    const path = file('good.jsonl', jsonl(GOLD, { ...GOLD, id: 'doc2' }));
    expect(await runValidate([path])).toBe(0);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe(`newslens: ${path}: 2 document(s), all valid\n`);
  });

  it('prints file:line: path: message and exits 1', async () => {
    const path = file('bad.jsonl', `${good}\n${bad}\n`);
    expect(await runValidate([path])).toBe(1);
    expect(io.stdout).toBe(`${path}:2: entities[0].type: expected one of PERSON, ORG, GPE, LOC, NORP, got "PER"\n`);
    expect(io.stderr).toContain('2 document(s), 1 problem(s) on 1 line(s)');
  });

  it('--json prints one object per problem', async () => {
    const path = file('bad2.jsonl', `${bad}\n`);
    expect(await runValidate([path, '--json'])).toBe(1);
    expect(JSON.parse(io.stdout)).toEqual({ line: 1, id: 'doc2', path: 'entities[0].type', message: expect.any(String) as unknown as string });
  });

  it('an empty file is an error', async () => {
    expect(await runValidate([file('empty.jsonl', '\n')])).toBe(1);
    expect(io.stderr).toContain('no documents');
  });

  it.each([[[]], [['a', 'b']], [['a', '--pretty']]])('usage errors: %j', async (argv) => {
    await expect(runValidate(argv)).rejects.toThrow(UsageError);
  });
});
