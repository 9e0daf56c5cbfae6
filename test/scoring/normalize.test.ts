import { describe, expect, it } from 'vitest';
import { groupHead, normalizeName } from '../../src/scoring/normalize.js';
import { buildEntityNameIndex, nameMatches } from '../../src/scoring/names.js';
import { GOLD } from './helpers.js';

describe('normalizeName (section 6 "Names")', () => {
  it.each([
    ['plain name, lower-cased', 'Claudia Sheinbaum', 'claudia sheinbaum'],
    ['runs of white space, trimmed', '  Claudia \n  Sheinbaum  ', 'claudia sheinbaum'],
    ['NFKC: full-width letters', 'ＡＦＰ', 'afp'],
    ['NFKC: ligature', 'ﬁnance ministry', 'finance ministry'],
    ['NFKC: no-break and em spaces', '\u00a0Mexico\u2003City', 'mexico city'],
    ['leading "the "', 'The White House', 'white house'],
    ['"the" only as a word', 'Theresa May', 'theresa may'],
    ['"the" inside quote marks', '"The Times"', 'times'],
    ['possessive ’s', 'Trump’s', 'trump'],
    ["possessive 's", "Trump's", 'trump'],
    ['plural possessive s’ (already stripped as a quote mark)', 'experts’', 'experts'],
    ["plural possessive s'", "officials'", 'officials'],
    ['curly quote marks', '“Sheinbaum”', 'sheinbaum'],
    ['guillemets', '« Macron »', 'macron'],
    ['brackets', '(AFP)', 'afp'],
    ['square brackets', '[She]', 'she'],
    ['dashes and punctuation at the edges', '— April Sparks,', 'april sparks'],
    ['trailing full stop', 'U.S.', 'u.s'],
    ['inner punctuation kept', 'U.S.-Mexico', 'u.s.-mexico'],
    ['NFKC turns … into dots, which are edge characters', '“…”', ''],
    ['empty', '   ', ''],
  ])('%s: %j → %j', (_label, input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it.each([
    ['security experts', 'expert'],
    ['experts', 'expert'],
    ['expert', 'expert'],
    ['officials', 'official'],
    ['us', 'u'],
  ])('groupHead(%j) = %j', (input, expected) => {
    expect(groupHead(input)).toBe(expected);
  });
});

describe('nameMatches', () => {
  const index = buildEntityNameIndex(GOLD.entities);
  it.each([
    ['entity name, same', 'Claudia Sheinbaum', 'Claudia Sheinbaum', true],
    ['entity name, by alias', 'Claudia Sheinbaum', 'Sheinbaum', true],
    ['entity name, by alias with possessive and "the"', 'Claudia Sheinbaum', 'the Sheinbaum’s', true],
    ['entity name, case and spaces', 'Claudia Sheinbaum', ' claudia  SHEINBAUM ', true],
    ['entity name, not an alias', 'Claudia Sheinbaum', 'Claudia', false],
    ['entity name, last word only is not enough', 'Claudia Sheinbaum', 'President Sheinbaum', false],
    ['entity name, another entity', 'Claudia Sheinbaum', 'Trump', false],
    ['group phrase, same', 'security experts', 'security experts', true],
    ['group phrase, last word', 'security experts', 'experts', true],
    ['group phrase, singular', 'security experts', 'expert', true],
    ['group phrase, other modifier', 'security experts', 'regional experts', true],
    ['group phrase, other head', 'security experts', 'security analysts', false],
    ['@author matches only @author', '@author', '@author', true],
    ['@author vs a name', '@author', 'author', false],
    ['a name vs @author', 'security experts', '@author', false],
  ])('%s: gold %j, predicted %j → %s', (_label, gold, pred, expected) => {
    expect(nameMatches(gold, pred, index)).toBe(expected);
  });

  it('a null prediction never matches', () => {
    expect(nameMatches('security experts', null, index)).toBe(false);
  });
});
