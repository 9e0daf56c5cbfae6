import { describe, expect, it } from 'vitest';
import { lemmaCandidates, lemmaOf } from '../../src/stages/stances/lemma.js';
import { buildIndex, findPhrases } from '../../src/stages/stances/phrases.js';
import type { Token } from '../../src/pipeline/tokens.js';

describe('lemmaCandidates', () => {
  it.each([
    ['deployed', 'deploy'], ['deploys', 'deploy'], ['deploying', 'deploy'], ['stationed', 'station'], ['invited', 'invite'],
    ['hosting', 'host'], ['stopping', 'stop'], ['allies', 'ally'], ['sent', 'send'], ['withdrew', 'withdraw'], ['has', 'have'],
    ['expels', 'expel'], ['accusing', 'accuse'],
  ])('%s → %s', (word, lemma) => {
    expect(lemmaCandidates(word)).toContain(lemma);
    expect(lemmaCandidates(word)[0]).toBe(word);
  });

  it.each([['deployment', 'deploy'], ['station', 'stat'], ['send', 'sent']])('%s does not yield %s', (word, lemma) => {
    expect(lemmaCandidates(word)).not.toContain(lemma);
  });
});

describe('lemmaOf', () => {
  const token = (text: string, lemma?: string): Token => ({
    start: 0, end: text.length, text, kind: 'word', sentence: 0, tags: new Set(),
    pos: lemma === undefined ? 'X' : 'VERB', lemma: lemma ?? text.toLowerCase(), negated: false,
  });
  it('derives candidates for a token the tagger never saw', () => {
    expect(lemmaOf(token('Deployed'))).toContain('deploy');
  });
  it('uses the lemma of the parse', () => {
    expect(lemmaOf(token('went', 'go'))).toEqual(['went', 'go']);
  });
});

describe('~lemma phrases', () => {
  const index = buildIndex([{ phrase: '~deploy', value: 'deploy' }, { phrase: '~pull out', value: 'pull-out' }]);
  const words = ['they', 'deployed', 'and', 'pulled', 'out', 'deployment'];
  const lemmas = words.map(lemmaCandidates);
  it('match inflected forms, not derived nouns', () => {
    expect(findPhrases(index, words, 0, words.length, lemmas).map((h) => [h.from, h.to, h.value])).toEqual([
      [1, 2, 'deploy'],
      [3, 5, 'pull-out'],
    ]);
  });
  it('without lemmas match only the lemma itself', () => {
    expect(findPhrases(index, ['deploy', 'deployed'], 0, 2)).toHaveLength(1);
  });
});

describe('a time adjunct inside a verb phrase', () => {
  const index = buildIndex([{ phrase: '~balk at', value: 'balk' }, { phrase: 'balk at', value: 'exact-first' }]);
  const lemmas = (ws: readonly string[]): string[][] => ws.map((w) => [w.replace(/ed$/, '')]);
  it.each([
    [['they', 'balked', 'on', 'wednesday', 'at', 'it'], [[1, 5]]],
    [['they', 'balked', 'yesterday', 'at', 'it'], [[1, 4]]],
    [['they', 'balked', 'last', 'week', 'at', 'it'], [[1, 5]]],
    [['they', 'balked', 'at', 'it'], [[1, 3]]],
    // not any words: only a time adjunct may stand between the verb and its particle
    [['they', 'balked', 'on', 'the', 'whole', 'at', 'it'], []],
  ])('%j', (words, spans) => {
    expect(findPhrases(index, words, 0, words.length, lemmas(words)).map((h) => [h.from, h.to])).toEqual(spans);
  });
});
