import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = (args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('CLI flags from the report and CI modules', () => {
  it('analyze --html writes one self-contained report of the article', () => {
    const html = cli(['analyze', 'fixtures/seed/seed.txt', '--html']);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Claudia Sheinbaum');
    expect(html).not.toMatch(/<script|https?:\/\/(?!pic\.twitter)/i);
  });

  it('score --markdown prints a Markdown table with deltas against a baseline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-md-'));
    const text = 'Mexican President Claudia Sheinbaum spoke on Monday.';
    const gold = {
      id: 'd1', url: null, published: '2025-05-05', text,
      entities: [
        { name: 'Claudia Sheinbaum', type: 'PERSON', aliases: ['Claudia Sheinbaum'], mentions: [[18, 35]] },
        { name: 'Mexican', type: 'NORP', aliases: ['Mexican'], mentions: [[0, 7]] },
      ],
      quotes: [], dates: [], stances: [],
    };
    writeFileSync(join(dir, 'gold.jsonl'), JSON.stringify(gold) + '\n');
    writeFileSync(join(dir, 'base.json'), cli(['score', join(dir, 'gold.jsonl'), '--json']));
    const md = cli(['score', join(dir, 'gold.jsonl'), '--markdown', '--baseline', join(dir, 'base.json')]);
    expect(md).toMatch(/^### newslens score/m);
    expect(md).toMatch(/\| entities \| 1\.000 \| 1\.000 \| 1\.000 \|/);
    expect(md).toContain('±0.000');
  });
});
