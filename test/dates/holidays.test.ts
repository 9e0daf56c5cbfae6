import { describe, expect, it } from 'vitest';
import { easterSunday, fmtDay } from '../../src/stages/dates/calendar.js';
import { dates } from './helpers.js';

describe('dates: Easter by the Gregorian computus', () => {
  it.each([
    [2000, '2000-04-23'], [2008, '2008-03-23'], [2019, '2019-04-21'], [2024, '2024-03-31'],
    [2025, '2025-04-20'], [2026, '2026-04-05'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('%i → %s', (y, want) => {
    expect(fmtDay(easterSunday(y))).toBe(want);
  });
});

describe('dates: movable feasts and relative holidays', () => {
  it.each([
    ['Shops close on Good Friday.', 'Good Friday', '2026-04-03'],
    ['Buses run a Sunday service on Easter Monday.', 'Easter Monday', '2026-04-06'],
    ['Ash Wednesday fell early.', 'Ash Wednesday', '2026-02-18'],
    ['Last Easter the pier was shut.', 'Last Easter', '2025-04-20'],
    ['Next Christmas the shop will open.', 'Next Christmas', '2026-12-25'],
    ['Last Christmas was quiet.', 'Last Christmas', '2025-12-25'],
    ["Parades were held on St. Patrick's Day.", "St. Patrick's Day", '2026-03-17'],
    ['Banks shut on Martin Luther King Jr. Day.', 'Martin Luther King Jr. Day', '2026-01-19'],
    ['Workers marched on May Day.', 'May Day', '2025-05-01'],
    ['Juneteenth fell on a Thursday.', 'Juneteenth', '2025-06-19'],
  ])('%s', (text, span, value) => {
    const d = dates(text, '2026-03-30').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });

  it.each(['A Mayday call went out.', 'The Canada Day Parade was cancelled.', 'Easter Island is remote.', 'The Good Friday Agreement was signed.', 'He flew to Christmas Island.'])('not a date: %s', (text) => {
    expect(dates(text, '2026-03-30')).toEqual([]);
  });
});

describe('dates: holidays after Thanksgiving, and New Year', () => {
  it.each([
    ['Shoppers spent $10bn online on Thanksgiving Day.', 'Thanksgiving Day', '2026-11-26'],
    ['Cyber Monday sales are forecast to top $14bn.', 'Cyber Monday', '2026-11-30'],
    ['Trading resumes on Friday after the New Year holiday.', 'New Year', '2027-01-01'],
  ])('%s', (text, span, value) => {
    const d = dates(text, '2026-11-27').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });

  it.each([
    ['a resolution, not a day', "She made a New Year's resolution."],
    ['another calendar\'s new year', 'Crowds gathered for the Lunar New Year festival.'],
  ])('near miss: %s', (_label, text) => {
    expect(dates(text, '2026-11-27')).toEqual([]);
  });
});

describe('dates: the nth weekday "in" a month, and a stranded "before" / "after"', () => {
  it.each([
    ['The show returns on the first Saturday in June.', 'the first Saturday in June', '2027-06-05'],
    ['The fire was set on Nov. 2, 2019, and the men had met two days before.', 'two days before', '2019-10-31'],
    ['He left on May 6, 2026 and came back three days after.', 'three days after', '2026-05-09'],
  ])('%s', (text, span, value) => {
    const d = dates(text, '2027-03-25').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });

  it('near miss: "before" with an object is a duration before an event', () => {
    expect(dates('It rained for two days before the race.', '2027-03-25').map((d) => [d.text, d.type])).toEqual([['two days', 'DURATION']]);
  });
});
