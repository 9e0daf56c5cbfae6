import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/index.js';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/stages/stances/index.js';

const TEXT =
  'Ana Ruiz firmly rejected the deployment of foreign troops. Ana Ruiz condemned the airstrikes. ' +
  'Omar Haddad said the ministry might consider an operation.';

describe('createAnalyzer({ stance: { minConfidence } })', () => {
  it('drops stances below the threshold, keeps the rest', () => {
    const all = createAnalyzer({ stance: { minConfidence: 0 } }).analyze(TEXT).stances;
    expect(all.length).toBeGreaterThan(0);
    const top = Math.max(...all.map((s) => s.confidence));
    const strict = createAnalyzer({ stance: { minConfidence: top } }).analyze(TEXT).stances;
    expect(strict.every((s) => s.confidence >= top)).toBe(true);
    expect(strict.length).toBeGreaterThan(0);
    expect(createAnalyzer({ stance: { minConfidence: 1 } }).analyze(TEXT).stances.every((s) => s.confidence === 1)).toBe(true);
  });

  it('defaults to the calibrated threshold, the one analyze() uses', () => {
    const byDefault = createAnalyzer().analyze(TEXT).stances;
    expect(byDefault).toEqual(analyze(TEXT).stances);
    expect(byDefault).toEqual(createAnalyzer({ stance: { minConfidence: DEFAULT_MIN_CONFIDENCE } }).analyze(TEXT).stances);
    expect(DEFAULT_MIN_CONFIDENCE).toBeGreaterThanOrEqual(0);
    expect(DEFAULT_MIN_CONFIDENCE).toBeLessThan(1);
  });

  it.each([
    ['a string', '0.5', TypeError],
    ['null', null, TypeError],
    ['NaN', Number.NaN, RangeError],
    ['below 0', -0.1, RangeError],
    ['above 1', 1.5, RangeError],
    ['Infinity', Number.POSITIVE_INFINITY, RangeError],
  ])('rejects %s with a typed, prefixed error', (_label, value, error) => {
    const make = () => createAnalyzer({ stance: { minConfidence: value as number } });
    expect(make).toThrow(error);
    expect(make).toThrow(/options\.stance\.minConfidence must be a number in \[0, 1\]/);
  });
});
