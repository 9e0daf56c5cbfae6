import { describe, expect, it } from 'vitest';
import { pairQuoteMarks } from '../../src/stages/quotes/marks.js';
import { parseDocument } from '../../src/pipeline/document.js';
import { paragraphRanges } from '../../src/stages/quotes/context.js';
import { quotesOf } from './helpers.js';

function spans(text: string): string[] {
  const doc = parseDocument(text);
  return pairQuoteMarks(doc.text, paragraphRanges(doc)).map((s) => text.slice(s.start, s.end));
}

describe('quote-mark pairing', () => {
  it.each([
    ['curly doubles', 'He said “we will win” today.', ['we will win']],
    ['straight doubles', 'He said "we will win" today.', ['we will win']],
    ['curly singles', 'Rescuers hail ‘miracle’ survival', ['miracle']],
    ['straight singles in a headline', "Rescuers hail 'miracle' survival of hiker", ['miracle']],
    ['guillemets', 'Il a dit « non merci » hier.', ['non merci']],
    ['low-high German marks', 'Er sagte „nein danke“ gestern.', ['nein danke']],
    ['nested: outer only', '“I told him, ‘No, President Trump, our territory is inviolable,’” she said.', ['I told him, ‘No, President Trump, our territory is inviolable,’']],
    ['two quotes broken by attribution', '“It is true,” she said, “and it is final.”', ['It is true,', 'and it is final.']],
    ['glued to a link', '"She is so afraid."pic.twitter.com/QWHSTjFTgg', ['She is so afraid.']],
    ['doubled opening mark', '““Our militias will be ready,” said the minister.', ['Our militias will be ready,']],
  ])('%s', (_label, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['contractions', 'It’s clear they can’t and won’t.'],
    ['possessives', 'Trump’s offer and Mexico’s answer, the students’ view and the Greenlanders\' right.'],
    ['decades and years', 'Back in the ’90s and in \'24 it was different.'],
    ['inches', 'He is 6\' 2" tall.'],
  ])('apostrophes are not quote marks: %s', (_label, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('gives offsets of the content without the marks', () => {
    const text = 'A “b c d” e';
    const doc = parseDocument(text);
    const [s] = pairQuoteMarks(doc.text, paragraphRanges(doc));
    expect(s).toMatchObject({ open: 2, close: 8, start: 3, end: 8 });
  });

  it('a quote running over paragraphs is one quote per paragraph', () => {
    const text = '"We are very clear that this is not negotiable.\n"Islanders want to remain part of the family."';
    expect(spans(text)).toEqual(['We are very clear that this is not negotiable.', 'Islanders want to remain part of the family.']);
  });

  it.each([
    ['after a finished sentence', '“We feel ignored,” the student said. “He signs deals behind our back and tells no one.\nThe minister replied later.', ['We feel ignored,', 'He signs deals behind our back and tells no one.']],
    ['after a question', 'Why now? “Because the vote is close and nobody knows\nOrdinary prose.', ['Because the vote is close and nobody knows']],
  ])('an unclosed mark where quotes start runs to the end of its paragraph: %s', (_label, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('an unclosed mark inside a sentence is a stray mark', () => {
    expect(spans('The council called the plan “a disgrace and left the room early.\nMore prose.')).toEqual([]);
  });

  it('an unclosed mark never swallows the next paragraph', () => {
    const text = 'He said “this is the first part of it and\nThe next paragraph is ordinary prose.';
    expect(spans(text).every((s) => !s.includes('\n') && !s.includes('ordinary'))).toBe(true);
  });
});

describe('hostile input', () => {
  it.each([
    ['10,000 unmatched opening marks', '“'.repeat(10_000)],
    ['10,000 straight quotes', '"'.repeat(10_000)],
    ['10,000 unmatched marks between words', 'word “ '.repeat(10_000)],
    ['10,000 closing marks', 'a” '.repeat(10_000)],
    ['alternating families', '“‘«„'.repeat(5_000)],
    ['only apostrophes', "’'".repeat(10_000)],
    ['a mark at the very end', 'He said the words were final "'],
    ['a mark at the very start', '"'],
  ])('%s: finishes fast, never throws, spans hold', (_label, text) => {
    const t0 = performance.now();
    const { quotes } = quotesOf(text);
    expect(performance.now() - t0).toBeLessThan(5_000);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});
