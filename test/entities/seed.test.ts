import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { fixture } from '../helpers.js';

interface ExpectedEntity {
  name: string;
  type: string;
  aliases: string[];
  mentions: number;
  titles?: string[];
  handles?: string[];
  country: string | null;
}
interface Expected {
  entities: ExpectedEntity[];
  spans: { text: string; start: number; type: string }[];
  notEntities: string[];
  sentences: number;
}

const text = fixture('seed/seed.txt');
const expected = JSON.parse(fixture('seed/expected.json')) as Expected;
const analysis = analyze(text);

describe('founding article: entities', () => {
  it.each(expected.entities)('$type $name with its aliases and $mentions mentions', (e) => {
    const found = analysis.entities.find((x) => x.name === e.name);
    expect(found, `entity ${e.name}`).toBeDefined();
    expect(found?.type).toBe(e.type);
    expect([...(found?.aliases ?? [])].sort()).toEqual([...e.aliases].sort());
    expect(found?.mentions).toHaveLength(e.mentions);
    for (const t of e.titles ?? []) expect(found?.titles).toContain(t);
    for (const h of e.handles ?? []) expect(found?.handles).toContain(h);
    expect(found?.country).toBe(e.country);
  });

  it('finds no entity the guidelines exclude', () => {
    expect(analysis.entities).toHaveLength(expected.entities.length);
    const surfaces = analysis.entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const n of expected.notEntities) expect(surfaces).not.toContain(n);
  });

  it.each(expected.spans)('mention "$text" at $start is $type', (s) => {
    const m = analysis.entities.flatMap((e) => e.mentions).find((x) => x.start === s.start);
    expect(m?.text).toBe(s.text);
    expect(m?.end).toBe(s.start + s.text.length);
    expect(m?.type).toBe(s.type);
  });

  it('every mention is the text at its offsets and belongs to its entity', () => {
    for (const e of analysis.entities) {
      for (const m of e.mentions) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.entityId).toBe(e.id);
        expect(m.type).toBe(e.type);
      }
    }
  });

  it('no two mentions overlap', () => {
    const all = analysis.entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
  });

  it('splits the article into its sentences', () => {
    expect(analysis.sentences).toHaveLength(expected.sentences);
  });
});
