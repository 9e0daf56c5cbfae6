import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** Published Wednesday 15 October 2025. */
const REF = '2025-10-15';
const valueOf = (text: string, span: string): string | undefined => dates(text, REF).find((d) => d.text === span)?.value;

describe('dates: "the previous day" after a day still to come', () => {
  it('a clause that does not look ahead counts back from the last day not after publication', () => {
    const text = 'A jury was discharged on Tuesday afternoon, and a retrial was set for Feb. 2. The juror had complained of chest pains the previous day.';
    expect(valueOf(text, 'the previous day')).toBe('2025-10-13');
  });

  it('a forward clause counts back from the day to come', () => {
    expect(valueOf('The retrial is set for Feb. 2. Jurors will be sworn in the previous day.', 'the previous day')).toBe('2026-02-01');
  });

  it('"the day before" a past day is unchanged', () => {
    expect(valueOf('The vote was held on Oct. 9. Protesters gathered the day before.', 'the day before')).toBe('2025-10-08');
  });
});

describe('dates: a week after a range of weekdays belongs to the range', () => {
  it('"from Monday to Wednesday next week" gives both days and the week', () => {
    const f = dates('Sessions run from Monday to Wednesday next week.', '2026-03-30').map((d) => [d.text, d.value]);
    expect(f).toEqual([['Monday', '2026-04-06'], ['Wednesday', '2026-04-08'], ['next week', '2026-W15']]);
  });

  it('a single weekday keeps its week ("Friday next week")', () => {
    expect(dates('The vote is Friday next week.', '2026-03-30').map((d) => [d.text, d.value])).toEqual([['Friday next week', '2026-04-10']]);
  });
});

describe('dates: "the holiday weekend" is the weekend of the day just given', () => {
  it.each([
    // Saturday 4 July 2026: its own weekend
    ['Fireworks lit up the park on July 4. The café stayed open over the holiday weekend.', 'the holiday weekend', '2026-W27-WE'],
    // a Monday holiday closes the weekend before it
    ['Memorial Day fell on May 25. Police made 40 arrests over the long weekend.', 'the long weekend', '2026-W21-WE'],
    // a Friday opens the one after it
    ['Schools closed on Friday, April 3. The bank holiday weekend was wet.', 'The bank holiday weekend', '2026-W14-WE'],
  ])('%s', (text, span, value) => {
    expect(dates(text, '2026-07-08').find((d) => d.text === span)?.value).toBe(value);
  });

  it('with no day given, it is the last weekend, like "the weekend"', () => {
    expect(valueOf('Police made 40 arrests over the long weekend.', 'the long weekend')).toBe('2025-W41-WE');
  });
});

describe('dates: an offset in apposition to a date re-describes it', () => {
  it.each([
    ['The deal was signed in November 2019. The buyer sued on March 3, 2020, four months later.', 'four months later', '2020-03'],
    ['He left on May 1. He returned on June 3, two weeks later.', 'two weeks later', '2025-06-03'],
  ])('%s', (text, span, value) => {
    expect(valueOf(text, span)).toBe(value);
  });

  it.each([
    // no comma apposition: counted on from the date
    ['He returned on June 3 and left two weeks later.', 'two weeks later', '2025-06-17'],
    // "later than" compares
    ['The strike began on June 1, two weeks later than planned.', 'two weeks later', '2025-06-15'],
  ])('still an offset: %s', (text, span, value) => {
    expect(valueOf(text, span)).toBe(value);
  });
});
