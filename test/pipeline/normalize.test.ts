import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/pipeline/normalize.js';

describe('normalizeText keeps every offset', () => {
  it.each([
    ['NBSP', 'a\u00a0b', 'a b'],
    ['zero-width space', 'a\u200bb', 'a b'],
    ['CRLF', 'a\r\nb', 'a \nb'],
    ['lone CR', 'a\rb', 'a\nb'],
    ['tab', 'a\tb', 'a b'],
    ['prime as quote', '\u2033hi\u2033', '"hi"'],
    ['curly quotes stay', '“hi” it’s', '“hi” it’s'],
  ])('%s', (_label, input, output) => {
    const n = normalizeText(input);
    expect(n).toBe(output);
    expect(n.length).toBe(input.length);
  });

  it('returns the same string when there is nothing to change', () => {
    const s = 'Plain text.';
    expect(normalizeText(s)).toBe(s);
  });
});
