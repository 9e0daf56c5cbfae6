import { describe, expect, it } from 'vitest';
import { parseGoldLine } from '../../src/scoring/gold.js';
import { parsePredictionLine } from '../../src/scoring/predictions.js';
import { GOLD } from './helpers.js';

const good = JSON.stringify(GOLD);

function withChange(change: (d: Record<string, unknown>) => void): string {
  const d = JSON.parse(good) as Record<string, unknown>;
  change(d);
  return JSON.stringify(d);
}

describe('parseGoldLine', () => {
  it('reads a valid document', () => {
    expect(parseGoldLine(good, 1)).toEqual(GOLD);
  });

  it('reads absent url and published as null', () => {
    const doc = parseGoldLine(withChange((d) => {
      delete d['url'];
      delete d['published'];
    }), 1);
    expect(doc.url).toBeNull();
    expect(doc.published).toBeNull();
  });

  it.each([
    ['invalid JSON', '{"id": ', /^line 7: invalid JSON/],
    ['not an object', '[1]', /^line 7: expected an object, got an array$/],
    ['missing id', withChange((d) => delete d['id']), /^line 7: id: expected a string, got undefined$/],
    ['bad published', withChange((d) => (d['published'] = 'May 5')), /^line 7: published: expected YYYY-MM-DD or null/],
    ['missing quotes', withChange((d) => delete d['quotes']), /^line 7: quotes: expected an array/],
    ['bad entity type', withChange((d) => ((d['entities'] as Record<string, unknown>[])[1]!['type'] = 'PER')), /^line 7: entities\[1\]\.type: expected one of PERSON, ORG, GPE, LOC, NORP, got "PER"$/],
    ['mention not a pair', withChange((d) => ((d['entities'] as Record<string, unknown>[])[0]!['mentions'] = [[1, 2, 3]])), /^line 7: entities\[0\]\.mentions\[0\]: expected \[start, end\]/],
    ['offset past the text', withChange((d) => ((d['quotes'] as Record<string, unknown>[])[2]!['end'] = 99999)), /^line 7: quotes\[2\]\.end: expected an integer offset in \[0, \d+\], got number$/],
    ['start after end', withChange((d) => ((d['dates'] as Record<string, unknown>[])[0]!['start'] = 200)), /^line 7: dates\[0\]: start 200 is after end \d+$/],
    ['bad quote kind', withChange((d) => ((d['quotes'] as Record<string, unknown>[])[0]!['kind'] = 'reported')), /^line 7: quotes\[0\]\.kind: expected one of direct, post, indirect/],
    ['bad stance label', withChange((d) => ((d['stances'] as Record<string, unknown>[])[0]!['label'] = 'none')), /^line 7: stances\[0\]\.label: expected one of favor, against/],
  ])('%s → an error naming the line and field', (_label, raw, message) => {
    expect(() => parseGoldLine(raw, 7)).toThrow(message);
  });
});

describe('parsePredictionLine', () => {
  it('reads a gold-shaped line and keeps only what the scorer uses', () => {
    const p = parsePredictionLine(good, 1);
    expect(p.id).toBe('doc1');
    expect(p.entities?.[0]?.mentions).toEqual(GOLD.entities[0]?.mentions);
    expect(p.quotes?.[0]?.speaker).toBe('Claudia Sheinbaum');
  });

  it('reads an analysis-shaped line; absent arrays are empty', () => {
    const raw = JSON.stringify({
      id: 'x',
      sentences: [],
      entities: [{ name: 'Trump', type: 'PERSON', mentions: [{ start: 1, end: 6, text: 'Trump', type: 'PERSON' }] }],
      quotes: [{ start: 0, end: 4, kind: 'direct', speaker: { name: 'Trump', entityId: 'e1' } }],
      stances: [{ actor: { name: 'Trump' }, target: 'intervention', label: 'favor' }],
    });
    expect(parsePredictionLine(raw, 1)).toEqual({
      id: 'x',
      entities: [{ name: 'Trump', type: 'PERSON', mentions: [{ start: 1, end: 6, text: 'Trump' }] }],
      quotes: [{ start: 0, end: 4, kind: 'direct', speaker: { name: 'Trump' } }],
      dates: [],
      stances: [{ actor: { name: 'Trump' }, target: 'intervention', label: 'favor' }],
    });
  });

  it('names the line and field of an error', () => {
    expect(() => parsePredictionLine('{"id":"x","dates":[{"start":"3","end":5,"value":"2025"}]}', 4)).toThrow(/^line 4: dates\[0\]\.start: expected a non-negative integer offset, got "3"$/);
  });
});
