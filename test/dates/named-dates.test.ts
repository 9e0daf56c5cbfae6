import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** Not dates: a date inside a name (a statute title, a group), "the minutes" of a meeting, a weekday market. */
describe('dates: names and records that hold a date word', () => {
  it.each([
    'The Carrickmoor District Council (Temporary Prohibition of Traffic) Order 2026 was made.',
    'Under the Climate Change Act 2008 the targets are binding.',
    'Students of the May 9 Movement marched through the city.',
    'Thousands cheered in May 13 Square.',
    'Traffic was stopped on the October 6 Bridge.',
    'The minutes of the meeting were agreed.',
    "Minutes of the Fed's last meeting showed concern.",
    'She runs a stall at a Saturday market.',
  ])('%s', (text) => {
    expect(dates(text, '2025-10-15').map((d) => d.text)).toEqual([]);
  });

  it.each([
    ['The act was passed in 2008.', '2008'],
    ['On March 3 Parliament voted.', 'March 3'],
    ['On May 13 Park rangers closed the trail.', 'May 13'],
    ['Two minutes of silence were held.', 'Two minutes'],
    ['We met on Saturday.', 'Saturday'],
    ['Delegates gathered for the 2022 Party Congress.', '2022'],
  ])('still a date: %s', (text, span) => {
    expect(dates(text, '2025-10-15').map((d) => d.text)).toContain(span);
  });
});

describe('dates: "to fall" as a verb', () => {
  it.each([
    'It expects operating profit to fall 15%.',
    'Prices are likely to fall further.',
    'Shares are set to fall by 3%.',
    'Sales are forecast to fall sharply.',
  ])('%s', (text) => {
    expect(dates(text, '2026-03-30')).toEqual([]);
  });

  it.each([
    ['The works run from spring to fall.', 'fall'],
    ['The trial was moved to fall.', 'fall'],
    ['Work continues from summer to fall 2026.', 'fall 2026'],
  ])('still the season: %s', (text, span) => {
    expect(dates(text, '2026-03-30').map((d) => d.text)).toContain(span);
  });
});
