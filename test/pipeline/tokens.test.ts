import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../src/pipeline/tokens.js';

function toks(s: string): string[] {
  const out: Token[] = [];
  tokenize(s, 0, s.length, 0, out);
  return out.map((t) => `${t.text}/${t.kind}`);
}

describe('tokenize', () => {
  it.each([
    ['possessive split off', 'Mexico’s army', ['Mexico/word', '’s/word', 'army/word']],
    ['contraction kept, but ’s always split (possessive or not)', 'it’s wouldn’t', ['it/word', '’s/word', 'wouldn’t/word']],
    ['dotted acronym without its final period', 'U.S. troops', ['U.S/word', './punct', 'troops/word']],
    ['hyphenated word', 'non-negotiable', ['non-negotiable/word']],
    ['handle', '(@AprilSpark1890)', ['(/punct', '@AprilSpark1890/handle', ')/punct']],
    ['link', 'see pic.twitter.com/7wJ8a2JRrn now', ['see/word', 'pic.twitter.com/7wJ8a2JRrn/url', 'now/word']],
    ['number', 'May 5, 2025', ['May/word', '5/number', ',/punct', '2025/number']],
    ['thousands separators keep a number whole', 'about 1,500 troops, 100,000.5 euros', ['about/word', '1,500/number', 'troops/word', ',/punct', '100,000.5/number', 'euros/word']],
    ['a comma between a day and a year is no separator', 'May 5,2025 and 1,2', ['May/word', '5/number', ',/punct', '2025/number', 'and/word', '1/number', ',/punct', '2/number']],
    ['slash splits', 'Daesh/ISIS', ['Daesh/word', '//punct', 'ISIS/word']],
  ])('%s', (_label, input, expected) => {
    expect(toks(input)).toEqual(expected);
  });
});
