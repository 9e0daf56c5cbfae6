import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

const found = (text: string, ref: string | null = '2026-05-31'): string[][] => dates(text, ref).map((d) => [d.text, d.type, d.value]);

describe('dates: sets', () => {
  it.each([
    ['The protest is remembered every June 12 with a walk.', 'every June 12', 'XXXX-06-12'],
    ['The road will shut every night.', 'every night', 'XXXX-XX-XXTNI'],
    ['He phones each morning.', 'each morning', 'XXXX-XX-XXTMO'],
    ['The town lost a family a week to the cities.', 'a week', 'P1W'],
    ['Patients get three meals a day.', 'a day', 'P1D'],
    ['Drop-in clinics run on Saturday mornings at the centre.', 'Saturday mornings', 'XXXX-WXX-6TMO'],
    ['She works Friday nights at the bar.', 'Friday nights', 'XXXX-WXX-5TNI'],
  ])('%s', (text, span, value) => {
    expect(found(text)).toContainEqual([span, 'SET', value]);
  });

  it('"every June 12, 2020" is the day, not a set', () => {
    expect(found('It was held every June 12, 2020 excepted.').map((d) => d[0])).not.toContain('every June 12');
  });
});

describe('dates: counted units from an anchor', () => {
  it('"a year earlier" after a percentage is a point, not a rate', () => {
    expect(found('Bills rise 6% from April 1, compared with 9% a year earlier.', '2026-03-30')).toContainEqual(['a year earlier', 'DATE', '2025']);
  });

  it('"Fifty years on" counts from the day a part of the day was given on', () => {
    const text = 'They marched on the morning of 12 June 1976. Fifty years on, the walk goes on.';
    expect(found(text)).toContainEqual(['Fifty years on', 'DATE', '2026']);
  });

  it('"N years on" with no date before it is the present year', () => {
    expect(found('Ten years on, little has changed.')).toContainEqual(['Ten years on', 'DATE', '2026']);
  });

  it('"two years on the farm" is a duration', () => {
    expect(found('He worked two years on the farm.')).toEqual([['two years', 'DURATION', 'P2Y']]);
  });
});
