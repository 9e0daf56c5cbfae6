import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, type StanceTargetDefinition } from '../../src/index.js';
import { DEFAULT_TARGETS } from '../../src/stages/stances/index.js';
import { stancesOf, summary } from './helpers.js';

const TARIFFS: StanceTargetDefinition = {
  id: 'tariffs',
  description: 'Import tariffs as a trade policy',
  terms: ['tariff*'],
  opposites: ['free trade'],
  favor: ['impose', 'imposed', 'imposing'],
  against: ['lift', 'lifted', 'scrap'],
};

const ARTICLE = 'Ana Ruiz imposed tariffs on steel. Omar Haddad condemned the tariffs and called for free trade.';

describe('built-in targets', () => {
  it('are intervention and sovereignty, as data', () => {
    expect(DEFAULT_TARGETS.map((t) => t.id)).toEqual(['intervention', 'sovereignty']);
    expect(JSON.parse(JSON.stringify(DEFAULT_TARGETS))).toEqual(DEFAULT_TARGETS);
    expect(Object.isFrozen(DEFAULT_TARGETS)).toBe(true);
  });
});

describe('a user-defined target', () => {
  it('works through the stage, with target-specific cues and opposites', () => {
    const { stances } = stancesOf({ text: ARTICLE, entities: [{ name: 'Ana Ruiz' }, { name: 'Omar Haddad' }], targets: [TARIFFS] });
    expect(summary(stances)).toEqual(['Ana Ruiz|tariffs|favor', 'Omar Haddad|tariffs|against']);
    const omar = stances.find((s) => s.actor.name === 'Omar Haddad');
    expect(omar?.evidence.map((e) => e.cue?.text)).toEqual(['condemned', 'called for']);
    expect(stances.find((s) => s.actor.name === 'Ana Ruiz')?.evidence[0]?.provenance).toMatch(/^tariffs\.favor\//);
  });

  it('works through createAnalyzer and leaves the default analyser unchanged', () => {
    const before = analyze(ARTICLE).stances;
    const custom = createAnalyzer({ stance: { targets: [TARIFFS] } });
    expect(custom.targets.map((t) => t.id)).toEqual(['intervention', 'sovereignty', 'tariffs']);
    const result = custom.analyze(ARTICLE);
    expect(result.stances.some((s) => s.target === 'tariffs' && s.label === 'favor')).toBe(true);
    expect(analyze(ARTICLE).stances).toEqual(before);
    expect(analyze(ARTICLE).stances.some((s) => s.target === 'tariffs')).toBe(false);
    expect(createAnalyzer().targets.map((t) => t.id)).toEqual(['intervention', 'sovereignty']);
  });

  it('replaceDefaults analyses only the user targets', () => {
    const only = createAnalyzer({ stance: { targets: [TARIFFS], replaceDefaults: true } });
    expect(only.targets.map((t) => t.id)).toEqual(['tariffs']);
    const text = 'Ana Ruiz condemned the airstrikes and imposed tariffs.';
    expect(new Set(only.analyze(text).stances.map((s) => s.target))).toEqual(new Set(['tariffs']));
  });

  it('keeps foreignActs: a country\'s own act counts only toward another country', () => {
    const blockade = { id: 'blockade', description: 'naval blockades', terms: ['blockade*'], favor: ['~impose'], foreignActs: true };
    const custom = createAnalyzer({ stance: { targets: [blockade], replaceDefaults: true } });
    expect(custom.targets[0]?.foreignActs).toBe(true);
  });

  it('is copied and frozen: changing the caller’s object later changes nothing', () => {
    const mine = { ...TARIFFS, terms: ['tariff*'] };
    const custom = createAnalyzer({ stance: { targets: [mine] } });
    mine.terms.push('steel');
    expect(custom.targets[2]?.terms).toEqual(['tariff*']);
    expect(Object.isFrozen(custom.targets[2])).toBe(true);
  });

  it.each([
    ['no terms', { id: 'x', description: '', terms: [] }, /terms must be a non-empty array/],
    ['a bad id', { id: 'Tariffs!', description: '', terms: ['tariff*'] }, /id must be a lower-case identifier/],
    ['a short wildcard', { id: 'x', description: '', terms: ['ta*'] }, /"\*" may only end a word of at least three letters/],
    ['a wildcard inside a word', { id: 'x', description: '', terms: ['ta*iff'] }, /"\*" may only end a word/],
    ['a non-string cue', { id: 'x', description: '', terms: ['tariff*'], favor: [3] }, /favor\[0\] must be a non-empty string/],
    ['an unknown key', { id: 'x', description: '', terms: ['tariff*'], cues: [] }, /unknown key "cues"/],
    ['a non-boolean foreignActs', { id: 'x', description: '', terms: ['tariff*'], foreignActs: 'yes' }, /foreignActs must be a boolean/],
  ])('rejects a target with %s', (_label, target, message) => {
    expect(() => createAnalyzer({ stance: { targets: [target as unknown as StanceTargetDefinition] } })).toThrow(message);
  });
});
