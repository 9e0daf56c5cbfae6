import { describe, expect, it } from 'vitest';
import { score } from '../../src/scoring/score.js';
import { toGold } from '../../src/scoring/predictions.js';
import type { PredictionDocument } from '../../src/scoring/predictions.js';
import type { GoldDocument } from '../../src/scoring/gold.js';
import type { Analysis } from '../../src/types.js';
import { at, GOLD, TEXT } from './helpers.js';

const EMPTY: PredictionDocument = { id: 'doc1' };

function only(doc: Partial<GoldDocument>): GoldDocument {
  return { ...GOLD, entities: [], quotes: [], dates: [], stances: [], ...doc };
}

describe('score: whole documents', () => {
  it('a perfect prediction scores 1 everywhere', () => {
    const m = score([GOLD], [GOLD]).metrics;
    for (const name of ['entities', 'mentions', 'quotes', 'quotes+speaker', 'indirect', 'dates', 'dates.value', 'stances'] as const) {
      expect(m[name], name).toMatchObject({ p: 1, r: 1, f1: 1, fp: 0, fn: 0 });
    }
    expect(m.entities.tp).toBe(3);
    expect(m.mentions.tp).toBe(4);
    expect(m.indirect.tp).toBe(2);
    expect(m.attribution).toEqual({ accuracy: 1, n: 1 });
    expect(m.stances.f_avg).toBe(1);
  });

  it('an empty prediction has recall 0, and precision 0 by definition (nothing predicted)', () => {
    const m = score([GOLD], [EMPTY]).metrics;
    expect(m.entities).toEqual({ p: 0, r: 0, f1: 0, tp: 0, fp: 0, fn: 3 });
    expect(m.dates).toEqual({ p: 0, r: 0, f1: 0, tp: 0, fp: 0, fn: 2 });
    expect(m.attribution).toEqual({ accuracy: 0, n: 0 });
    expect(m.stances.f_avg).toBe(0);
  });

  it('a document missing from the predictions predicts nothing', () => {
    const r = score([GOLD], [{ ...GOLD, id: 'other' }]);
    expect(r.metrics.entities.fn).toBe(3);
    expect(r.perDocument[0]?.predicted).toBe(false);
  });

  it('micro-averages over documents (sums counts, then divides)', () => {
    const second = { ...GOLD, id: 'doc2' };
    const m = score([GOLD, second], [GOLD]).metrics;
    expect(m.entities).toMatchObject({ tp: 3, fp: 0, fn: 3, p: 1, r: 0.5 });
    expect(m.entities.f1).toBeCloseTo(2 / 3, 10);
  });

  it('accepts an Analysis-shaped prediction (objects for mentions, speakers, actors)', () => {
    const [s, e] = at('Claudia Sheinbaum');
    const mention = { start: s, end: e, text: 'Claudia Sheinbaum', entityId: 'e1', type: 'PERSON', form: 'name', provenance: 't' } as const;
    const [qs, qe] = at('Sovereignty is not for sale.');
    const pred: PredictionDocument = {
      id: 'doc1',
      entities: [{ name: 'Claudia Sheinbaum', type: 'PERSON', mentions: [mention] }],
      quotes: [{ start: qs, end: qe, kind: 'direct', speaker: { name: 'Sheinbaum' } }],
      stances: [{ actor: { name: 'Sheinbaum' }, target: 'intervention', label: 'against' }],
    };
    const m = score([GOLD], [pred]).metrics;
    expect(m.entities.tp).toBe(1);
    expect(m.mentions.tp).toBe(1);
    expect(m['quotes+speaker'].tp).toBe(1);
    expect(m.stances.tp).toBe(1);
  });

  it('throws on repeated ids', () => {
    expect(() => score([GOLD, GOLD], [])).toThrow(/gold documents repeat the id "doc1"/);
    expect(() => score([GOLD], [EMPTY, EMPTY])).toThrow(/predictions repeat the id "doc1"/);
  });
});

describe('score: entities and mentions', () => {
  it('an off-by-one span misses the mention but the quote still matches by overlap', () => {
    const [ms, me] = at('Claudia Sheinbaum');
    const [qs, qe] = at('Sovereignty is not for sale.');
    const pred: PredictionDocument = {
      id: 'doc1',
      entities: [{ name: 'Claudia Sheinbaum', type: 'PERSON', mentions: [[ms, me + 1]] }],
      quotes: [{ start: qs, end: qe - 1, kind: 'direct', speaker: 'Claudia Sheinbaum' }],
    };
    const r = score([only({ entities: GOLD.entities.slice(0, 1), quotes: GOLD.quotes.slice(0, 1) })], [pred]);
    expect(r.metrics.mentions).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(r.metrics.quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.perDocument[0]?.errors.mentions.falsePositives).toEqual([{ start: ms, end: me + 1, text: 'Claudia Sheinbaum ', note: 'PERSON (Claudia Sheinbaum)' }]);
  });

  it('a mention takes its entity type: the right span with the wrong type is wrong', () => {
    const pred: PredictionDocument = { id: 'doc1', entities: [{ name: 'Mexico', type: 'LOC', mentions: [at('Mexico')] }] };
    const m = score([only({ entities: GOLD.entities.slice(2) })], [pred]).metrics;
    expect(m.mentions).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(m.entities).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('an entity matches through an alias, by name or by mention text', () => {
    const byName: PredictionDocument = { id: 'doc1', entities: [{ name: 'Sheinbaum', type: 'PERSON', mentions: [] }] };
    const byMention: PredictionDocument = { id: 'doc1', entities: [{ name: 'President Claudia', type: 'PERSON', mentions: [at('Sheinbaum', 1)] }] };
    const gold = only({ entities: GOLD.entities.slice(0, 1) });
    expect(score([gold], [byName]).metrics.entities.tp).toBe(1);
    expect(score([gold], [byMention]).metrics.entities.tp).toBe(1);
  });

  it('two predicted entities for one gold entity: the one with more matching names wins, the other is a false positive', () => {
    const pred: PredictionDocument = {
      id: 'doc1',
      entities: [
        { name: 'Sheinbaum', type: 'PERSON', mentions: [at('Sheinbaum', 1)] },
        { name: 'Claudia Sheinbaum', type: 'PERSON', mentions: [at('Claudia Sheinbaum'), at('Sheinbaum', 1)] },
      ],
    };
    const r = score([only({ entities: GOLD.entities.slice(0, 1) })], [pred]);
    expect(r.metrics.entities).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.perDocument[0]?.errors.entities.falsePositives.map((e) => e.text)).toEqual(['Sheinbaum']);
  });
});

describe('score: quotes, attribution, quotes+speaker, indirect', () => {
  const [qs, qe] = at('Sovereignty is not for sale.');
  const gold = only({ quotes: GOLD.quotes });

  it('trims quote marks and white space before comparing ranges', () => {
    const pred: PredictionDocument = { id: 'doc1', quotes: [{ start: qs - 1, end: qe + 2, kind: 'direct', speaker: null }] };
    const r = score([gold], [pred]);
    expect(TEXT.slice(qs - 1, qe + 2)).toBe('“Sovereignty is not for sale.” ');
    expect(r.metrics.quotes.tp).toBe(1);
  });

  it('direct and post are compared together; indirect separately, with overlap ÷ union ≥ 0.3', () => {
    const [is, ie] = at('he would send troops to Mexico');
    const pred: PredictionDocument = {
      id: 'doc1',
      quotes: [
        { start: qs, end: qe, kind: 'post', speaker: 'Sheinbaum' },
        { start: is, end: is + Math.ceil((ie - is) * 0.35), kind: 'indirect', speaker: null },
      ],
    };
    const m = score([gold], [pred]).metrics;
    expect(m.quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(m.indirect).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('below overlap ÷ union 0.5 a direct quote does not match', () => {
    const pred: PredictionDocument = { id: 'doc1', quotes: [{ start: qs, end: qs + Math.floor((qe - qs) * 0.45), kind: 'direct', speaker: null }] };
    expect(score([gold], [pred]).metrics.quotes).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('a wrong speaker: quotes tp, attribution 0, quotes+speaker counts one fp and one fn', () => {
    const pred: PredictionDocument = { id: 'doc1', quotes: [{ start: qs, end: qe, kind: 'direct', speaker: 'Trump' }] };
    const r = score([gold], [pred]);
    expect(r.metrics.quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.metrics.attribution).toEqual({ accuracy: 0, n: 1 });
    expect(r.metrics['quotes+speaker']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.perDocument[0]?.errors.attribution.misses[0]?.note).toBe('direct; speaker: Claudia Sheinbaum (predicted: Trump)');
  });

  it('a null gold speaker: any predicted speaker is fine for quotes+speaker, and it is not in attribution', () => {
    const g = only({ quotes: [{ ...GOLD.quotes[0]!, speaker: null }] });
    const pred: PredictionDocument = { id: 'doc1', quotes: [{ start: qs, end: qe, kind: 'direct', speaker: 'Trump' }] };
    const m = score([g], [pred]).metrics;
    expect(m['quotes+speaker']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(m.attribution).toEqual({ accuracy: 0, n: 0 });
  });

  it('a group-phrase gold speaker matches on the last word', () => {
    const g = only({ quotes: [{ ...GOLD.quotes[0]!, speaker: 'security experts' }] });
    for (const speaker of ['experts', 'Expert', 'regional security experts']) {
      const pred: PredictionDocument = { id: 'doc1', quotes: [{ start: qs, end: qe, kind: 'direct', speaker }] };
      expect(score([g], [pred]).metrics.attribution, speaker).toEqual({ accuracy: 1, n: 1 });
    }
  });
});

describe('score: dates', () => {
  const [ds, de] = at('May 5, 2025');
  const gold = only({ dates: GOLD.dates.slice(0, 1) });

  it('prefers the prediction with the equal value over a longer overlap', () => {
    const pred: PredictionDocument = {
      id: 'doc1',
      dates: [
        { start: ds - 3, end: de, value: '2025-05' },
        { start: ds, end: ds + 5, value: '2025-05-05' },
      ],
    };
    const r = score([gold], [pred]);
    expect(r.metrics.dates).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.metrics['dates.value']).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(r.perDocument[0]?.errors.dates.falsePositives[0]?.note).toBe('value: 2025-05');
  });

  it('between equal values, prefers the longer overlap', () => {
    const pred: PredictionDocument = {
      id: 'doc1',
      dates: [
        { start: ds, end: ds + 3, value: '2025-05-05' },
        { start: ds, end: de, value: '2025-05-05' },
      ],
    };
    const r = score([gold], [pred]);
    expect(r.perDocument[0]?.errors.dates.falsePositives.map((d) => d.end)).toEqual([ds + 3]);
  });

  it('values compare case-insensitively; a wrong value is one fp and one fn of dates.value', () => {
    const g = only({ dates: [{ ...GOLD.dates[1]!, value: 'PAST_REF' }] });
    const [ls, le] = at('last week');
    const ok = score([g], [{ id: 'doc1', dates: [{ start: ls, end: le, value: 'past_ref' }] }]).metrics;
    expect(ok['dates.value'].tp).toBe(1);
    const wrong = score([g], [{ id: 'doc1', dates: [{ start: ls, end: le, value: '2025-W19' }] }]).metrics;
    expect(wrong.dates.tp).toBe(1);
    expect(wrong['dates.value']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('touching ranges do not overlap', () => {
    const pred: PredictionDocument = { id: 'doc1', dates: [{ start: de, end: de + 5, value: '2025-05-05' }] };
    expect(score([gold], [pred]).metrics.dates.tp).toBe(0);
  });
});

describe('score: stances', () => {
  const gold = only({ stances: GOLD.stances });

  it('matches actor (by alias or group phrase), target and label; F_avg is the mean of F1 favor and F1 against', () => {
    const pred: PredictionDocument = {
      id: 'doc1',
      stances: [
        { actor: 'Sheinbaum', target: 'intervention', label: 'against' },
        { actor: 'experts', target: 'intervention', label: 'against' },
        { actor: 'Trump', target: 'intervention', label: 'against' },
        { actor: 'Trump', target: 'sovereignty', label: 'favor' },
      ],
    };
    const s = score([gold], [pred]).metrics.stances;
    expect(s).toMatchObject({ tp: 2, fp: 2, fn: 1 });
    // against: gold 2, predicted 3, tp 2 → P 2/3, R 1, F1 0.8; favor: gold 1, predicted 1, tp 0 → F1 0.
    expect(s.against).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(s.against.f1).toBeCloseTo(0.8, 10);
    expect(s.favor).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(s.f_avg).toBeCloseTo(0.4, 10);
  });

  it('ignores predicted labels other than favor and against', () => {
    const pred: PredictionDocument = { id: 'doc1', stances: [{ actor: 'Trump', target: 'intervention', label: 'none' }] };
    expect(score([gold], [pred]).metrics.stances).toMatchObject({ tp: 0, fp: 0, fn: 3 });
  });

  it('@author matches only @author', () => {
    const g = only({ stances: [{ actor: '@author', target: 'sovereignty', label: 'favor', evidence: '' }] });
    const yes = score([g], [{ id: 'doc1', stances: [{ actor: '@author', target: 'sovereignty', label: 'favor' }] }]);
    const no = score([g], [{ id: 'doc1', stances: [{ actor: 'author', target: 'sovereignty', label: 'favor' }] }]);
    expect(yes.metrics.stances.tp).toBe(1);
    expect(no.metrics.stances.tp).toBe(0);
  });
});

describe('toGold', () => {
  it('turns an Analysis into a gold-shaped document that scores the same', () => {
    const [s, e] = at('Trump');
    const [ds, de] = at('May 5, 2025');
    const analysis: Analysis = {
      text: TEXT,
      published: '2025-05-06',
      sentences: [],
      entities: [
        {
          id: 'e1',
          name: 'Trump',
          type: 'PERSON',
          aliases: ['Trump'],
          mentions: [{ start: s, end: e, text: 'Trump', entityId: 'e1', type: 'PERSON', form: 'name', provenance: 'test' }],
          titles: [],
          handles: [],
          country: null,
          confidence: 1,
        },
      ],
      quotes: [],
      dates: [{ start: ds, end: de, text: 'May 5, 2025', type: 'DATE', value: '2025-05-05', stated: ['year', 'month', 'day'], inferred: [], provenance: 'test' }],
      stances: [
        {
          actor: { name: 'Trump', entityId: 'e1' },
          target: 'intervention',
          label: 'favor',
          confidence: 1,
          evidence: [{ start: s, end: e, text: 'Trump', label: 'favor', cue: null, quote: null, sentence: 0, provenance: 'test' }],
        },
      ],
      diagnostics: [],
    };
    const g = toGold(analysis, { id: 'doc1' });
    expect(g.entities).toEqual([{ name: 'Trump', type: 'PERSON', aliases: ['Trump'], mentions: [[s, e]] }]);
    expect(g.stances).toEqual([{ actor: 'Trump', target: 'intervention', label: 'favor', evidence: 'Trump' }]);
    expect(JSON.parse(JSON.stringify(g))).toEqual(g);
    expect(score([GOLD], [g]).metrics).toEqual(score([GOLD], [{ id: 'doc1', ...analysis }]).metrics);
  });
});
