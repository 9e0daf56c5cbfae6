import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

describe('dates: compound durations', () => {
  it.each([
    ['He won in 31 minutes 12 seconds.', '31 minutes 12 seconds', 'PT31M12S'],
    ['She was jailed for four years and six months.', 'four years and six months', 'P4Y6M'],
    ['The flight took two hours and 15 minutes.', 'two hours and 15 minutes', 'PT2H15M'],
    ['It lasted 3 hours, 2 minutes and 5 seconds.', '3 hours, 2 minutes and 5 seconds', 'PT3H2M5S'],
    ['He drove buses for 30-odd years.', '30-odd years', 'P30Y'],
    ['It took a quarter of an hour.', 'a quarter of an hour', 'PT15M'],
    ['It took three quarters of an hour.', 'three quarters of an hour', 'PT45M'],
    ['The map refreshes every quarter of an hour.', 'every quarter of an hour', 'PT15M'],
    ['They waited a year and six months.', 'a year and six months', 'P1Y6M'],
    ['The strike lasted 1,000 days.', '1,000 days', 'P1000D'],
    // a part of an hour or a minute is written in the next smaller unit
    ['The trip took an hour and a half.', 'an hour and a half', 'PT1H30M'],
    ['The talks ran two and a half hours.', 'two and a half hours', 'PT2H30M'],
    ['We were kept waiting for half an hour.', 'half an hour', 'PT30M'],
    ['The charge lasts 1.5 hours.', '1.5 hours', 'PT1H30M'],
    ['The ad runs a minute and a half.', 'a minute and a half', 'PT1M30S'],
    ['The empire lasted half a century.', 'half a century', 'P50Y'],
  ])('%s', (text, span, value) => {
    const d = dates(text, '2025-10-15').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });

  it('a finer unit that is a point stays apart ("four years and six months ago")', () => {
    const found = dates('Four years and six months ago he left.', '2025-10-15').map((d) => [d.text, d.value]);
    expect(found).toEqual([['Four years', 'P4Y'], ['six months ago', '2025-04']]);
  });

  it('a finer part as large as the unit before it ends the compound ("a day, 90 minutes" is a list)', () => {
    const found = dates('They spent a day, 90 minutes of it in court.', '2025-10-15').map((d) => [d.text, d.value]);
    expect(found).toEqual([['a day', 'P1D'], ['90 minutes', 'PT90M']]);
  });

  it('a coarser unit after a finer one is a second duration', () => {
    const found = dates('It took six months and two years.', '2025-10-15').map((d) => d.value);
    expect(found).toEqual(['P6M', 'P2Y']);
  });
});
