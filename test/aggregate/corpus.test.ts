/**
 * The "done when" on the annotated corpus (skipped when ../shared is not
 * there): on the analyses of dev.jsonl, the aggregate's (actor, target, label)
 * triples and counts equal those computed the slow way from the per-article
 * stances; every evidence range holds its cue in the article's text; and the
 * aggregates of the `--shard 0/2` and `--shard 1/2` halves merge to the whole.
 * Only counts and offsets are compared: no corpus text is asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregate, analyze, mergeAggregates, type Analysis } from '../../src/index.js';
import { countryIndex, resolveActor } from '../../src/aggregate/actors.js';

const DEV = fileURLToPath(new URL('../../../shared/corpus/dev.jsonl', import.meta.url));

describe.skipIf(!existsSync(DEV))('aggregate on the analyses of dev.jsonl', () => {
  const analyses: (Analysis & { id: string })[] = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { id: string; text: string; published: string | null })
    .map((d) => ({ id: d.id, ...analyze(d.text, { published: d.published }) }));
  const whole = aggregate(analyses);

  it('triples and counts equal the slow way', () => {
    const slow = new Map<string, number>();
    for (const a of analyses) {
      const countries = countryIndex(a.entities);
      for (const s of a.stances) {
        const entity = a.entities.find((e) => e.id === s.actor.entityId);
        const key = `${resolveActor(s.actor, entity, countries).key}|${s.target}|${s.label}`;
        slow.set(key, (slow.get(key) ?? 0) + 1);
      }
    }
    const fast = new Map(whole.rows.map((r) => [`${r.actor}|${r.target}|${r.label}`, r.count]));
    expect(fast).toEqual(slow);
    expect(whole.analyses).toBe(analyses.length);
    expect(whole.rows.reduce((n, r) => n + r.count, 0)).toBe(analyses.reduce((n, a) => n + a.stances.length, 0));
  });

  it('every evidence range points at the article text and holds its cue', () => {
    const texts = new Map(analyses.map((a) => [a.id, a.text]));
    let checked = 0;
    for (const row of whole.rows) {
      for (const ev of row.evidence) {
        const text = texts.get(ev.article) as string;
        expect(text.slice(ev.start, ev.end)).toBe(ev.text);
        if (ev.cue !== null) {
          expect(ev.cue.start >= ev.start && ev.cue.end <= ev.end).toBe(true);
          expect(text.slice(ev.cue.start, ev.cue.end)).toBe(ev.cue.text);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('the aggregates of --shard 0/2 and 1/2 merge to the aggregate of the whole', () => {
    const shard = (k: number) => aggregate(analyses.filter((_a, i) => i % 2 === k));
    expect(mergeAggregates([shard(0), shard(1)])).toEqual(whole);
    expect(mergeAggregates([shard(1), shard(0)])).toEqual(whole);
  });
});
