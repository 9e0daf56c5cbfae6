import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/document.js';
import { extractStances, DEFAULT_TARGETS } from '../../src/stages/stances/index.js';
import { stancesOf, spansHold } from './helpers.js';

function time(text: string): number {
  const doc = parseDocument(text);
  const t0 = performance.now();
  extractStances(doc, [], [], DEFAULT_TARGETS);
  return performance.now() - t0;
}

describe('odd input', () => {
  it.each([
    ['empty', ''],
    ['only punctuation', '?!?!… — “ ” ’'],
    ['a question mark alone', '?'],
    ['cues and terms with no words between sentences', 'rejected. troops. never. why?'],
    ['emoji', '🚨 JUST IN: troops 🚨 rejected 🚨'],
  ])('%s gives a result', (_label, text) => {
    const { stances } = stancesOf({ text });
    expect(Array.isArray(stances)).toBe(true);
    expect(spansHold(text, stances)).toBe(true);
  });

  it('grows linearly with repeated cue-dense text', () => {
    const unit = 'Security experts rejected an offer to send troops and condemned the airstrikes, but critics said sovereignty is non-negotiable. ';
    time(unit.repeat(20)); // warm-up
    const small = time(unit.repeat(100));
    const big = time(unit.repeat(800));
    expect(big / Math.max(small, 0.5)).toBeLessThan(8 * 3);
  });

  it('one long sentence of cues without punctuation stays fast', () => {
    const text = 'reject offer send troops never accept '.repeat(3000);
    expect(time(text)).toBeLessThan(2000);
  });
});
