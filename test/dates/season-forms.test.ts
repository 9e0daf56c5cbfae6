import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** A season heading its sentence before its verb, or after an article and adjectives, is a date; a spring of water is not. */
describe('dates: season forms', () => {
  it.each([
    ['Summer has barely begun and the council is already arguing.', 'Summer', '2026-SU'],
    ['“Winter is coming early,” the farmer said.', 'Winter', '2026-WI'],
    ['Forecasters expect a long, cold winter.', 'winter', '2026-WI'],
    // a superlative ranks one season among the years: the last one when narrated, this one in the present
    ['It was the wettest winter since 2014.', 'winter', '2025-WI'],
    ['It was the most brutal winter anyone remembers.', 'winter', '2025-WI'],
    ['This has been the hottest summer on record.', 'summer', '2026-SU'],
  ])('%s → %s', (text, span, value) => {
    expect(dates(text, '2026-07-05').find((d) => d.text === span)?.value).toBe(value);
  });

  it.each([
    'They bathed in a hot spring near the village.',
    'Spring Break starts next week for most students.',
    'Fall is the verb here: prices fall.',
    'The old spring in the square ran dry.',
    // the season word modifies a noun
    'She picked the earliest spring flowers.',
    'They booked a cheap summer holiday.',
  ])('no season: %s', (text) => {
    expect(dates(text, '2026-07-05').some((d) => /-(?:SP|SU|FA|WI)$/.test(d.value))).toBe(false);
  });
});

describe('dates: fractions are not quarters', () => {
  it.each(['The breach could cost the firm a quarter of its users.', 'Three quarters of voters backed the plan.'])('%s', (text) => {
    expect(dates(text, '2026-07-05')).toEqual([]);
  });
});

describe('dates: a day set ahead by its verb, in any tense', () => {
  it.each([
    ['Forecasters warned of heavy snow across the region from Sunday night.', 'Sunday night', '2026-07-12TNI'],
    ['The union has called a strike for Saturday.', 'Saturday', '2026-07-11'],
  ])('%s → %s', (text, span, value) => {
    expect(dates(text, '2026-07-08').find((d) => d.text === span)?.value).toBe(value);
  });

  it.each([
    ['He was jailed for Saturday’s attack.', 'Saturday', '2026-07-04'],
  ])('an event named by its day stays behind: %s', (text, span, value) => {
    expect(dates(text, '2026-07-08').find((d) => d.text === span)?.value).toBe(value);
  });

  it('opening hours are no duration', () => {
    expect(dates('The café returns to normal hours next week.', '2026-07-08').map((d) => d.text)).toEqual(['next week']);
  });
});
