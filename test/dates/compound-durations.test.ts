import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

describe('dates: compound durations', () => {
  it.each([
    ['He won in 31 minutes 12 seconds.', '31 minutes 12 seconds', 'PT31M12S'],
    ['She was jailed for four years and six months.', 'four years and six months', 'P4Y6M'],
    ['The flight took two hours and 15 minutes.', 'two hours and 15 minutes', 'PT2H15M'],
    ['It lasted 3 hours, 2 minutes and 5 seconds.', '3 hours, 2 minutes and 5 seconds', 'PT3H2M5S'],
    ['He drove buses for 30-odd years.', '30-odd years', 'P30Y'],
    ['They waited a year and six months.', 'a year and six months', 'P1Y6M'],
  ])('%s', (text, span, value) => {
    const d = dates(text, '2025-10-15').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });

  it('a finer unit that is a point stays apart ("four years and six months ago")', () => {
    const found = dates('Four years and six months ago he left.', '2025-10-15').map((d) => [d.text, d.value]);
    expect(found).toEqual([['Four years', 'P4Y'], ['six months ago', '2025-04']]);
  });

  it('a coarser unit after a finer one is a second duration', () => {
    const found = dates('It took six months and two years.', '2025-10-15').map((d) => d.value);
    expect(found).toEqual(['P6M', 'P2Y']);
  });
});
