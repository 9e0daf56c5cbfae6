import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

const REF = '2026-07-01';

describe('dates: decades named in words', () => {
  it.each([
    ['That song was huge in the nineties.', 'the nineties', '199'],
    ['He grew up in the early eighties.', 'the early eighties', '198'],
  ])('%s → %s', (text, span, value) => {
    expect(dates(text, REF).find((d) => d.text === span)?.value).toBe(value);
  });

  it.each([
    'Highs in the nineties are expected on the coast.',
    'Temperatures climbed into the eighties.',
    'Highs in the low nineties are expected.',
  ])('degrees, not a decade: %s', (text) => {
    expect(dates(text, REF).filter((d) => /nineties|eighties/.test(d.text))).toEqual([]);
  });
});
