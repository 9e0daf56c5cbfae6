import { describe, expect, expectTypeOf, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/index.js';
import type { Analysis, Entity, Span } from '../../src/index.js';

describe('analyze(): arguments', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: 'x' }],
  ])('rejects %s as text with a TypeError naming the argument', (_label, value) => {
    expect(() => analyze(value as unknown as string)).toThrow(TypeError);
    expect(() => analyze(value as unknown as string)).toThrow(/analyze\(text\)/);
  });

  it.each([
    ['not a date', 'yesterday', RangeError],
    ['an impossible date', '2025-02-30', RangeError],
    ['a number', 20250504, TypeError],
  ])('rejects %s as published', (_label, value, error) => {
    expect(() => analyze('Text.', { published: value as unknown as string })).toThrow(error);
  });

  it('accepts YYYY-MM-DD, an ISO date-time, a Date and null', () => {
    expect(analyze('Text.', { published: '2025-05-04' }).published).toBe('2025-05-04');
    expect(analyze('Text.', { published: '2025-05-04T10:00:00Z' }).published).toBe('2025-05-04');
    expect(analyze('Text.', { published: new Date('2025-05-04T00:00:00Z') }).published).toBe('2025-05-04');
    expect(analyze('Text.', { published: null }).published).toBeNull();
    expect(analyze('Text.').published).toBeNull();
  });

  it('rejects unknown options by name', () => {
    expect(() => analyze('Text.', { publishd: '2025-01-01' } as never)).toThrow(/unknown option "publishd"/);
  });

  it('enforces the size limit with a RangeError', () => {
    const small = createAnalyzer({ maxLength: 10 });
    expect(() => small.analyze('x'.repeat(11))).toThrow(RangeError);
    expect(() => createAnalyzer({ maxLength: -1 })).toThrow(RangeError);
  });
});

describe('analyze(): results', () => {
  it('gives a well-defined empty result for empty text', () => {
    const a = analyze('');
    expect(a).toEqual({ text: '', published: null, sentences: [], entities: [], quotes: [], dates: [], stances: [], diagnostics: [] });
  });

  it('survives a JSON round trip unchanged', () => {
    const a = analyze('Mexican President Claudia Sheinbaum said on Monday that “Mexico is not for sale.”', { published: '2025-05-04' });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('is deterministic', () => {
    const t = 'The United States and Mexico met. Sheinbaum spoke.';
    expect(analyze(t)).toEqual(analyze(t));
  });

  it('keeps offsets into the original text when it normalises', () => {
    const t = 'President\u00a0Claudia Sheinbaum\r\nspoke.\u200b Mexico\u00a0agreed.';
    const a = analyze(t);
    const spans: Span[] = [...a.sentences, ...a.entities.flatMap((e) => e.mentions)];
    expect(spans.length).toBeGreaterThan(2);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('has typed public results', () => {
    expectTypeOf(analyze).returns.toEqualTypeOf<Analysis>();
    expectTypeOf<Analysis['entities']>().toEqualTypeOf<readonly Entity[]>();
    expectTypeOf<Entity['type']>().toEqualTypeOf<'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP'>();
  });

  it('returns frozen analysers', () => {
    const an = createAnalyzer();
    expect(Object.isFrozen(an)).toBe(true);
    expect(Object.isFrozen(an.targets)).toBe(true);
  });
});
