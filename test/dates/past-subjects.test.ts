import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** Published Friday 2 January 2026. */
const REF = '2026-01-02';
const found = (text: string): string[][] => dates(text, REF).map((d) => [d.text, d.value]);

describe('dates: a date in the subject of a past clause', () => {
  it('"Ticket sales in the fourth quarter were up" is last year\'s quarter, and "a year earlier" counts from it', () => {
    const f = found('Ticket sales in the fourth quarter were up 8% from a year earlier, the ministry said.');
    expect(f).toContainEqual(['fourth quarter', '2025-Q4']);
    expect(f).toContainEqual(['a year earlier', '2024']);
  });

  it('months later count from the last month of the quarter', () => {
    expect(found('Profit in the third quarter rose, and two months later it fell.')).toContainEqual(['two months later', '2025-11']);
  });

  it('a forward clause keeps the quarter ahead', () => {
    expect(found('Sales in the fourth quarter will rise.')).toContainEqual(['fourth quarter', '2026-Q4']);
  });
});

describe('dates: a year said to have ended, a superlative month', () => {
  it.each([
    ['Arlington Rovers ended the year top of the table.', '2026-01-02', ['the year', '2025']],
    ['Shares closed the year down 4%.', '2026-03-10', ['the year', '2025']],
    ['Sales rose during the year.', '2026-01-02', ['the year', '2026']],
    ['It was the wettest May on record.', '2026-05-31', ['May', '2026-05']],
  ])('%s', (text, ref, pair) => {
    expect(dates(text, ref).map((d) => [d.text, d.value])).toContainEqual(pair);
  });
});

describe('dates: the past verb of a month\'s own clause', () => {
  it.each([
    // a relative "that" opens a clause whose verb narrates the past (it is no determiner before a noun)
    ['The same unit that fled from Valdor in May? Ready for what?', '2025-12-03', ['May', '2025-05']],
    ['The brigade that retreated to the coast in August is back.', '2026-02-10', ['August', '2025-08']],
    // the clause's verb may sit up to eight words before the month: past a long object and a second adjunct
    ['Voters rejected foreign military bases in a referendum in November.', '2026-05-21', ['November', '2025-11']],
    ['Norland signed a trade pact with Valdor in Geneva in October.', '2026-04-02', ['October', '2025-10']],
    // a future verb that far back still looks ahead
    ['Norland will sign a trade pact with Valdor in Geneva in October.', '2026-04-02', ['October', '2026-10']],
  ])('%s', (text, ref, pair) => {
    expect(dates(text, ref).map((d) => [d.text, d.value])).toContainEqual(pair);
  });
});
