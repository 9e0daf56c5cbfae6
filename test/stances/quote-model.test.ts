import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/index.js';
import { quoteFeatures } from '../../src/stages/stances/model/features.js';
import { QUOTE_MODEL_THRESHOLD, WEIGHT_RECORDS, parseModel, quoteModelStances } from '../../src/stages/stances/model/quote-model.js';
import { QUOTE_STANCE_MODEL } from '../../src/data/stance-model.generated.js';
import { BUILT_IN_TARGETS } from '../../src/stages/stances/targets/index.js';
import type { Stance } from '../../src/types.js';

/** A quote the cue rules compose nothing from, that the shipped model reads as for intervention. */
const IMPLIED = '“If those soldiers leave, the gangs will be running the capital,” Ana Ruiz said.';

describe('quote-stance model: shipped weights', () => {
  it('hold no newline (a bundler would make the string a template literal whose lines look like code)', () => {
    expect(QUOTE_STANCE_MODEL.weights.includes('\n')).toBe(false);
    expect(QUOTE_STANCE_MODEL.weights.split(WEIGHT_RECORDS).length).toBeGreaterThan(1000);
  });

  it('parse to both built-in targets', () => {
    expect([...parseModel(QUOTE_STANCE_MODEL).keys()]).toEqual(['intervention', 'sovereignty']);
  });
});

describe('quote-stance model: features', () => {
  it('reads words, word pairs and the words after a negator', () => {
    const f = quoteFeatures('We do NOT need more uniforms’ help');
    expect([...f]).toEqual(expect.arrayContaining(['we', 'do_not', 'NEG_need', 'NEG_uniforms', 'uniforms_help']));
    expect(f.has('NEG_we')).toBe(false);
    expect(f.has('NEG_not')).toBe(false);
  });

  it('is empty for text with no words', () => {
    expect(quoteFeatures('— 42 … !').size).toBe(0);
  });
});

describe('quote-stance model: stances where the rules are silent', () => {
  it('gives the speaker a stance, with the whole quote as evidence', () => {
    const st = analyze(IMPLIED).stances;
    expect(st).toHaveLength(1);
    const s = st[0];
    expect(s?.actor.name).toBe('Ana Ruiz');
    expect(s?.target).toBe('intervention');
    expect(s?.label).toBe('favor');
    expect(s?.confidence).toBeGreaterThanOrEqual(QUOTE_MODEL_THRESHOLD);
    expect(s?.evidence[0]?.provenance).toBe('model.quote');
    expect(s?.evidence[0]?.text).toBe('If those soldiers leave, the gangs will be running the capital,');
    expect(s?.evidence[0]?.quote).toBe(0);
  });

  it('says nothing on a quote about something else', () => {
    expect(analyze('“The weather was lovely and the food was great,” Ana Ruiz said.').stances).toEqual([]);
  });

  it('adds nothing toward a target the rules already gave the speaker a stance on', () => {
    const text = '“We reject foreign troops. If those soldiers leave, the gangs will be running the capital,” Ana Ruiz said.';
    const st = analyze(text).stances.filter((s) => s.target === 'intervention');
    expect(st).toHaveLength(1);
    expect(st[0]?.evidence.every((e) => e.provenance !== 'model.quote')).toBe(true);
  });

  it('reads nothing into a reported question', () => {
    const text = 'Ana Ruiz asked whether if those soldiers leave, the gangs will be running the capital.';
    expect(analyze(text).stances.filter((s) => s.evidence.some((e) => e.provenance === 'model.quote'))).toEqual([]);
  });

  it('keeps the stance the shipped model reads when the question word is gone', () => {
    const text = 'Ana Ruiz said the gangs would be running the capital if those soldiers left.';
    expect(analyze(text).stances.filter((s) => s.evidence.some((e) => e.provenance === 'model.quote')).map((s) => s.label)).toEqual(['favor']);
  });

  it('gives the stance to the holder the rules would: "the Chilean government said" speaks as Chile', () => {
    const text = 'Chile has kept foreign troops at the port. “If those soldiers leave, the gangs will be running the capital,” the Chilean government said.';
    const st = analyze(text).stances.filter((s) => s.evidence.some((e) => e.provenance === 'model.quote'));
    expect(st.map((s) => s.actor.name)).toEqual(['Chile']);
    expect(st[0]?.actor.entityId).not.toBeNull();
  });

  it('is off with createAnalyzer({ stance: { quoteModel: false } })', () => {
    expect(createAnalyzer({ stance: { quoteModel: false } }).analyze(IMPLIED).stances).toEqual([]);
  });

  it('reads only the built-in targets: with replaceDefaults it is silent', () => {
    const tariffs = { id: 'tariffs', description: 'Import tariffs', terms: ['tariff*'] };
    expect(createAnalyzer({ stance: { targets: [tariffs], replaceDefaults: true } }).analyze(IMPLIED).stances).toEqual([]);
  });

  it.each([['a string', 'yes'], ['a number', 1], ['null', null]])('rejects quoteModel as %s with a TypeError', (_name, value) => {
    expect(() => createAnalyzer({ stance: { quoteModel: value as unknown as boolean } })).toThrow(TypeError);
  });
});

describe('quote-stance model: agreement with the rules on the other target', () => {
  // a made-up model: "foreign" is against intervention, nothing else
  const model = parseModel({ targets: ['intervention', 'sovereignty'], bias: [[0, 0], [-5, -5]], weights: 'foreign -3000 3000 0 0' });
  const a = createAnalyzer({ stance: { quoteModel: false } }).analyze('“Foreign boots again,” Ana Ruiz said.');
  const speaker = a.quotes[0]?.speaker;
  const ruled = (label: 'favor' | 'against'): Stance[] => [
    { actor: { name: speaker?.name ?? '', entityId: speaker?.entityId ?? null }, target: 'sovereignty', label, confidence: 0.9, evidence: [] },
  ];
  const read = (r: Stance[]): string[] => quoteModelStances(a.sentences, a.quotes, BUILT_IN_TARGETS, BUILT_IN_TARGETS, r, null, model).map((s) => `${s.target}|${s.label}`);

  it('reads the made-up model', () => {
    expect(read([])).toEqual(['intervention|against']);
  });

  it('says against intervention next to a rule stance for sovereignty', () => {
    expect(read(ruled('favor'))).toEqual(['intervention|against']);
  });

  it('does not oppose both targets: a rule stance against sovereignty silences its against intervention', () => {
    expect(read(ruled('against'))).toEqual([]);
  });
});
