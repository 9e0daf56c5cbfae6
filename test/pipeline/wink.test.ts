import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tagPiece } from '../../src/adapters/wink.js';
import { parseDocument } from '../../src/pipeline/document.js';

const FRAGMENTS = [
  'President Jane Okafor', 'said', '“', '”', '"', "'", '‘', '’', 'U.S.-Canada', "didn't", 'can’t', 'won’t', "it's", 'Okafor’s',
  'e-mail', '3.5%', '$4,000', 'pic.twitter.com/abc', 'https://example.org/a?b=c', '@handle_1', '#Tag', '🚨', '👍🏽', 'مرحبا',
  '\n', '\r\n', '\t', '\u00a0', '\u200b', '\ufeff', 'a.m.', 'Dr.', 'O’Brien', '–', '—', '...', '…', '(', ')', '&amp;', '<p>',
  'naïve', 'ﬁnance', 'İstanbul', 'ß', '\ud800', '5km', '1990s', 'x'.repeat(60),
];
const pieceArb = fc.oneof(
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 10 })), { maxLength: 50 }).map((p) => p.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('wink adapter: offsets rebuilt from precedingSpaces', () => {
  it('every token is exactly piece.slice(start, end), in order, never overlapping', () => {
    fc.assert(
      fc.property(pieceArb, (piece) => {
        let last = 0;
        for (const t of tagPiece(piece)) {
          expect(piece.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['She rejected the offer.', 'rejected', 'VERB', 'reject'],
    ['The troops left.', 'troops', 'NOUN', 'troop'],
    ['Officials were deploying drones.', 'deploying', 'VERB', 'deploy'],
    ['He did not say.', 'say', 'VERB', 'say'],
  ])('%s: %s is %s with lemma %s', (text, word, pos, lemma) => {
    const t = tagPiece(text).find((x) => x.text === word);
    expect(t?.pos).toBe(pos);
    expect(t?.lemma).toBe(lemma);
  });

  it('flags the words a negation governs', () => {
    const t = tagPiece('He did not say it.').find((x) => x.text === 'say');
    expect(t?.negated).toBe(true);
    expect(tagPiece('He said it.').find((x) => x.text === 'said')?.negated).toBe(false);
  });

  it('hides links and very long runs from the tagger', () => {
    const piece = `See https://example.org/${'a'.repeat(80)} now`;
    expect(tagPiece(piece).map((t) => t.text)).toEqual(['See', 'now']);
  });
});

describe('tags of the one parse (wink POS + lemma, compromise lexicon)', () => {
  const tagsOf = (text: string, word: string): string[] => {
    const tok = parseDocument(text).tokens.find((t) => t.text === word);
    return tok === undefined ? [] : [...tok.tags].sort();
  };
  it.each([
    ['The minister rejected it.', 'rejected', ['PastTense', 'Verb']],
    ['They have rejected it.', 'rejected', ['Participle', 'PastTense', 'Verb']],
    ['It was rejected by all.', 'rejected', ['Participle', 'Passive', 'PastTense', 'Verb']],
    ['Many troops arrived.', 'troops', ['Noun', 'Plural']],
    ['The talks are going well.', 'going', ['Gerund', 'PresentTense', 'Verb']],
    ['She will go.', 'will', ['Modal', 'Verb']],
    ['He is here.', 'is', ['Copula', 'PresentTense', 'Verb']],
  ])('%s: %s', (text, word, tags) => {
    expect(tagsOf(text, word)).toEqual(tags);
  });

  it.each([
    ['Yesterday John Zorblat spoke.', 'John', 'FirstName'],
    ['Yesterday John Zorblat spoke.', 'John', 'MaleName'],
    ['Yesterday Mr. Zorblat spoke.', 'Mr', 'Honorific'],
    ['Troops went to Canada today.', 'Canada', 'Country'],
    ['Troops went to Canada today.', 'Canada', 'Place'],
    ['The US sent troops.', 'US', 'Place'],
    ['The US sent troops.', 'US', 'Acronym'],
    ['Leaders of NATO met.', 'NATO', 'Organization'],
    ['A spokesman for the Zorblat Association said so.', 'Zorblat', 'Organization'],
    ['Boats crossed the Zorblat River yesterday.', 'Zorblat', 'Place'],
    ['Later, Zorblat met the press.', 'Zorblat', 'ProperNoun'],
    ['President Zorblat issues a statement.', 'issues', 'Verb'],
    ['Officials met on Monday.', 'Monday', 'WeekDay'],
  ])('%s: %s has %s', (text, word, tag) => {
    expect(tagsOf(text, word)).toContain(tag);
  });

  it.each([
    ['Officials met on Monday.', 'Monday', 'ProperNoun'],
    ['President Zorblat addressed the issues raised.', 'issues', 'Verb'],
    ['He spoke to us today.', 'us', 'Place'],
  ])('%s: %s has no %s', (text, word, tag) => {
    expect(tagsOf(text, word)).not.toContain(tag);
  });

  it('gives every token a lemma and a POS tag after parsing', () => {
    const doc = parseDocument('Ministers rejected the plans, saying they were not consulted.');
    const words = doc.tokens.filter((t) => t.kind === 'word');
    expect(words.every((t) => t.pos !== 'X' && t.lemma !== '')).toBe(true);
    expect(words.find((t) => t.text === 'rejected')?.lemma).toBe('reject');
    expect(words.find((t) => t.text === 'plans')?.lemma).toBe('plan');
    expect(words.find((t) => t.text === 'consulted')?.negated).toBe(true);
  });
});
