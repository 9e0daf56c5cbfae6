/** The Markdown score summary: metric rows, deltas, floors, worst documents, escaping, baselines. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cell, createWorstDocuments, formatMarkdown, loadBaseline, parseBaseline, worstEntry } from '../../src/cli/markdown.js';
import { scoreDocument, summarize } from '../../src/scoring/index.js';
import type { DocumentScore, GoldDocument } from '../../src/index.js';
import { GOLD } from '../scoring/helpers.js';

const perfect = scoreDocument(GOLD, GOLD);
const half = scoreDocument({ ...GOLD, id: 'half|doc' }, { ...GOLD, id: 'half|doc', quotes: [], dates: [] });
const none = scoreDocument({ ...GOLD, id: 'missing' }, null);
const report = summarize([perfect, half, none]);

describe('formatMarkdown()', () => {
  const md = formatMarkdown({ metrics: report.metrics, documents: 3 });

  it('has a heading, a count and one row per metric plus F_avg', () => {
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('### newslens score');
    expect(lines[2]).toBe('3 document(s) scored.');
    expect(lines[4]).toBe('| metric | P | R | F1 | tp | fp | fn |');
    expect(lines[5]).toBe('|---|---:|---:|---:|---:|---:|---:|');
    expect(lines.slice(6).map((l) => l.split(' | ')[0])).toEqual([
      '| entities', '| mentions', '| quotes', '| attribution (accuracy)', '| quotes+speaker', '| indirect', '| dates', '| dates.value', '| stances', '| stances.f\\_avg (F\\_avg)',
    ]);
    const m = report.metrics.entities;
    expect(md).toContain(`| entities | ${m.p.toFixed(3)} | ${m.r.toFixed(3)} | ${m.f1.toFixed(3)} | ${m.tp} | ${m.fp} | ${m.fn} |`);
  });

  it.each([
    ['a rise', 0.5, '▲ +'],
    ['a fall', 0.99, '▼ −'],
  ])('shows %s against the baseline', (_label, before, sign) => {
    const out = formatMarkdown({ metrics: report.metrics, documents: 3, baseline: { entities: before } });
    expect(out).toContain('| Δ F1 |');
    const row = out.split('\n').find((l) => l.startsWith('| entities |')) as string;
    expect(row).toContain(sign);
    expect(row.endsWith(`${sign}${Math.abs(report.metrics.entities.f1 - before).toFixed(3)} |`)).toBe(true);
    expect(out.split('\n').find((l) => l.startsWith('| mentions |'))?.endsWith(' |  |')).toBe(true);
  });

  it('equal values show ±0.000', () => {
    const out = formatMarkdown({ metrics: report.metrics, documents: 3, baseline: { entities: report.metrics.entities.f1 } });
    expect(out.split('\n').find((l) => l.startsWith('| entities |'))).toContain('| ±0.000 |');
  });

  it('marks floors met and missed and says how many failed', () => {
    const out = formatMarkdown({ metrics: report.metrics, documents: 3, floors: [{ metric: 'entities', floor: 0.1 }, { metric: 'quotes', floor: 0.99 }] });
    expect(out).toContain('**1 metric(s) below their floor** ❌');
    expect(out.split('\n').find((l) => l.startsWith('| entities |'))).toContain('✅ ≥ 0.1');
    expect(out.split('\n').find((l) => l.startsWith('| quotes |'))).toContain('❌ below 0.99');
    expect(formatMarkdown({ metrics: report.metrics, documents: 3, floors: [{ metric: 'entities', floor: 0 }] })).toContain('All floors met ✅');
  });

  it('lists the worst documents, worst first, escaping ids', () => {
    const worst = createWorstDocuments(2);
    for (const d of report.perDocument) worst.add(d);
    const out = formatMarkdown({ metrics: report.metrics, documents: 3, worst: worst.list(), title: 'dev | corpus' });
    expect(out.startsWith('### dev \\| corpus\n')).toBe(true);
    const rows = out.split('\n').filter((l) => l.startsWith('| missing') || l.startsWith('| half'));
    expect(rows[0]).toMatch(/^\| missing \(no prediction\) \| 0\.000 \|/);
    expect(rows[1]).toMatch(/^\| half\\\|doc \| /);
    expect(rows).toHaveLength(2);
  });
});

describe('worst documents', () => {
  it('a document with no item anywhere is left out', () => {
    const empty: GoldDocument = { id: 'e', url: null, published: null, text: 'x', entities: [], quotes: [], dates: [], stances: [] };
    expect(worstEntry(scoreDocument(empty, null))).toBeNull();
  });

  it('keeps only n, the lowest mean F1 first, however many come', () => {
    const docs: DocumentScore[] = Array.from({ length: 50 }, (_, i) =>
      scoreDocument({ ...GOLD, id: `d${i}` }, { ...GOLD, id: `d${i}`, entities: GOLD.entities.slice(0, i % 4) }),
    );
    const worst = createWorstDocuments(3);
    for (const d of docs) worst.add(d);
    const list = worst.list();
    expect(list).toHaveLength(3);
    const all = docs.map((d) => worstEntry(d)?.meanF1 ?? 1).sort((a, b) => a - b);
    expect(list.map((w) => w.meanF1)).toEqual(all.slice(0, 3));
  });

  it('n = 0 keeps nothing; a bad n is a RangeError', () => {
    const w = createWorstDocuments(0);
    w.add(none);
    expect(w.list()).toEqual([]);
    expect(() => createWorstDocuments(-1)).toThrow(RangeError);
  });
});

describe('baselines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-md-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['score --json output', { entities: { p: 1, r: 1, f1: 0.9 }, attribution: { accuracy: 0.7, n: 3 }, stances: { f1: 0.5, f_avg: 0.4 }, errors: [] }, { entities: 0.9, attribution: 0.7, stances: 0.5, 'stances.f_avg': 0.4 }],
    ['a ScoreReport', { documents: 1, metrics: { quotes: { f1: 0.25 } } }, { quotes: 0.25 }],
    ['unknown and odd fields', { entities: { f1: 'high' }, mystery: { f1: 1 } }, {}],
  ])('reads %s', (_label, value, expected) => {
    expect(parseBaseline(value)).toEqual(expected);
  });

  it.each([[null], [[1, 2]], ['0.9']])('rejects %j', (value) => {
    expect(() => parseBaseline(value)).toThrow(/baseline/);
  });

  it('loadBaseline names the file on a bad read or bad JSON', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    expect(() => loadBaseline(bad)).toThrow(`--baseline ${bad}`);
    expect(() => loadBaseline(join(dir, 'nope.json'))).toThrow('--baseline');
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ entities: { f1: 0.5 } }));
    expect(loadBaseline(good)).toEqual({ entities: 0.5 });
  });
});

describe('cell()', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<script>', '&lt;script&gt;'],
    ['line\nbreak', 'line break'],
    ['`x` *y* _z_ [w]', '\\`x\\` \\*y\\* \\_z\\_ \\[w\\]'],
  ])('%j', (input, output) => {
    expect(cell(input)).toBe(output);
  });
});
