/** The JSON Schema subset validator: every keyword, hit and miss, with the paths it reports. */
import { describe, expect, it } from 'vitest';
import { validateSchema, type RootSchema } from '../../src/schema/index.js';

const ROOT = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:test',
  title: 'test',
  type: 'object',
  properties: {
    name: { type: 'string', pattern: '^[A-Z]' },
    kind: { type: 'string', enum: ['a', 'b'] },
    n: { type: 'integer', minimum: 0, maximum: 10 },
    x: { type: 'number' },
    flag: { type: 'boolean' },
    pair: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
    child: { anyOf: [{ $ref: '#/$defs/Child' }, { type: 'null' }] },
    children: { type: 'array', items: { $ref: '#/$defs/Child' } },
  },
  required: ['name'],
  additionalProperties: false,
  $defs: {
    Child: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'], additionalProperties: false },
  },
} as const satisfies RootSchema;

describe('validateSchema()', () => {
  it.each([
    ['the least valid value', { name: 'A' }],
    ['every field', { name: 'Ab', kind: 'b', n: 10, x: -1.5, flag: false, pair: [0, 3], child: { id: 'c' }, children: [{ id: 'd' }] }],
    ['a null in an anyOf', { name: 'A', child: null }],
  ])('accepts %s', (_label, value) => {
    expect(validateSchema(ROOT, value)).toEqual([]);
  });

  it.each([
    ['not an object', [], '', 'expected an object, got an array'],
    ['a missing required field', {}, 'name', 'required field is missing'],
    ['a wrong type', { name: 3 }, 'name', 'expected a string, got number 3'],
    ['a pattern miss', { name: 'a' }, 'name', 'expected a string matching /^[A-Z]/, got "a"'],
    ['an enum miss', { name: 'A', kind: 'c' }, 'kind', 'expected one of a, b, got "c"'],
    ['a fraction for an integer', { name: 'A', n: 1.5 }, 'n', 'expected an integer, got number 1.5'],
    ['below minimum', { name: 'A', n: -1 }, 'n', 'expected at least 0, got number -1'],
    ['above maximum', { name: 'A', n: 11 }, 'n', 'expected at most 10, got number 11'],
    ['NaN-like infinity for a number', { name: 'A', x: Infinity }, 'x', 'expected a number, got number Infinity'],
    ['a string for a boolean', { name: 'A', flag: 'yes' }, 'flag', 'expected a boolean, got "yes"'],
    ['too few items', { name: 'A', pair: [1] }, 'pair', 'expected at least 2 item(s), got 1'],
    ['too many items', { name: 'A', pair: [1, 2, 3] }, 'pair', 'expected at most 2 item(s), got 3'],
    ['a bad item', { name: 'A', pair: [1, 'x'] }, 'pair[1]', 'expected an integer, got "x"'],
    ['no anyOf branch', { name: 'A', child: 'x' }, 'child', 'expected an object or null, got "x"'],
    ['a bad field behind a $ref', { name: 'A', children: [{ id: 'a' }, { id: 2 }] }, 'children[1].id', 'expected a string, got number 2'],
    ['an unknown field', { name: 'A', nmae: 'x' }, 'nmae', 'unknown field (expected one of name, kind, n, x, flag, pair, child, children)'],
  ])('reports %s', (_label, value, path, message) => {
    expect(validateSchema(ROOT, value)).toEqual([{ path, message }]);
  });

  it('reports every issue, in order, and stops at maxIssues', () => {
    const value = { kind: 'z', children: Array.from({ length: 100 }, () => ({})) };
    const all = validateSchema(ROOT, value);
    expect(all).toHaveLength(50);
    expect(all[0]).toEqual({ path: 'name', message: 'required field is missing' });
    expect(all[1]?.path).toBe('kind');
    expect(validateSchema(ROOT, value, { maxIssues: 3 }).map((i) => i.path)).toEqual(['name', 'kind', 'children[0].id']);
  });

  it('a prototype key is an unknown field, not a schema', () => {
    expect(validateSchema(ROOT, JSON.parse('{"name":"A","__proto__":{"id":1},"toString":1}'))).toEqual([
      expect.objectContaining({ path: '__proto__' }),
      expect.objectContaining({ path: 'toString' }),
    ]);
  });

  it('rejects a bad maxIssues with a RangeError', () => {
    expect(() => validateSchema(ROOT, {}, { maxIssues: 0 })).toThrow(RangeError);
  });
});
