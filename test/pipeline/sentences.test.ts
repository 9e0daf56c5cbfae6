import { describe, expect, it } from 'vitest';
import { splitSentences, MAX_SENTENCE } from '../../src/pipeline/sentences.js';

const texts = (s: string): string[] => splitSentences(s).sentences.map((x) => x.text);

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'It rained. We stayed.', ['It rained.', 'We stayed.']],
    ['abbreviation', 'Mr. Okafor left. He came back.', ['Mr. Okafor left.', 'He came back.']],
    ['U.S. inside a sentence', 'The U.S. Army left.', ['The U.S. Army left.']],
    ['an initial', 'J. Smith spoke. Then he left.', ['J. Smith spoke.', 'Then he left.']],
    ['quote closing a sentence', '“We will fight.” She left.', ['“We will fight.”', 'She left.']],
    ['question', 'Why not? Because.', ['Why not?', 'Because.']],
    ['line breaks end sentences', 'Headline here\nBody text. More', ['Headline here', 'Body text.', 'More']],
    ['lower case after a period', 'It cost 3.5 million. fine', ['It cost 3.5 million. fine']],
    ['vs.', 'Sovereignty vs. Security: a debate', ['Sovereignty vs. Security: a debate']],
  ])('%s', (_label, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('reports offsets into the text', () => {
    const s = '  First one.  Second one.\n\nThird';
    for (const x of splitSentences(s).sentences) expect(s.slice(x.start, x.end)).toBe(x.text);
  });

  it('numbers paragraphs', () => {
    const { sentences } = splitSentences('Yes. No.\n\nMaybe.');
    expect(sentences.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });

  it('cuts a sentence longer than the limit at spaces', () => {
    const long = 'word '.repeat(MAX_SENTENCE);
    const { sentences, cut } = splitSentences(long);
    expect(cut.length).toBeGreaterThan(0);
    for (const x of sentences) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('stays fast on a run of periods with no spaces', () => {
    const t0 = performance.now();
    splitSentences('.'.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
