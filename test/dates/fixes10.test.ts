import { describe, expect, it } from 'vitest';
import { dates, datesOver } from './helpers.js';

/**
 * Invented rows for the general classes fixed on branch dates10 (written after the fixes, so not
 * blind): a row passes when a date over `span` has `value` (null: no date over `span`).
 * Reference dates: Friday 7 November 2025 unless a row gives its own; a Wednesday 5 November 2025
 * paper for the quote rows.
 */
const F = '2025-11-07';
const W = '2025-11-05';

type Row = readonly [label: string, text: string, span: string, value: string | null, ref?: string];

const ROWS: readonly Row[] = [
  // a hedged count of centuries keeps the century; of decades it is vague
  ['hedged century', 'The bridge went up over a century ago.', 'a century ago', '19'],
  ['nearly two centuries', 'The port was founded nearly two centuries ago.', 'centuries ago', '18'],
  ['hedged decades stay vague', 'The mill shut more than three decades ago.', 'decades ago', 'PAST_REF'],
  // weekday names with two neighbouring letters swapped
  ['swapped letters', 'The union said Wendesday it would strike.', 'Wendesday', '2025-11-05'],
  ['swapped letters 2', 'Talks collapsed on Firday.', 'Firday', '2025-11-07'],
  // a schedule verb the tagger reads as a plural noun, before a weekday
  ['schedule verb read as noun', 'The plane lands at 4 p.m. on Sunday.', '4 p.m. on Sunday', '2025-11-09T16:00'],
  ['schedule verb read as noun 2', 'The ferry leaves on Monday.', 'Monday', '2025-11-10'],
  ['schedule verb read as noun after a two-word subject', 'Police said the night was calm. The harbour ferry returns to its timetable from Monday.', 'Monday', '2025-11-10'],
  ['schedule verb read as noun after an aside', 'The town pool, closed for repairs since June, reopens to swimmers from Monday.', 'Monday', '2025-11-10'],
  ['a past verb after an aside stays past', 'The town pool, closed for repairs, reopened to swimmers on Monday.', 'Monday', '2025-11-03'],
  // chrono's "last s"
  ['"lasts" is not a date', 'The ban lasts until 2030.', 'lasts', null],
  ['"lasts" keeps the year', 'The ban lasts until 2030.', '2030', '2030'],
  // the date an event is moved to
  ['moved to', 'The hearing was moved to Dec. 12.', 'Dec. 12', '2025-12-12'],
  ['postponed until', 'The vote was postponed until March 3.', 'March 3', '2026-03-03'],
  ['moved somewhere in a month stays past', 'The firm moved to Ohio in September.', 'September', '2025-09', '2026-02-02'],
  ['pushed back to a weekday', 'The trial was pushed back to Tuesday.', 'Tuesday', '2025-11-11'],
  // a quote's today/tonight on the day the narrative set the speech on
  ['quote tonight', 'The mayor took the stage at 10 p.m. on Tuesday.\n\n“We won,” she told the crowd. “And tonight we celebrate.”', 'tonight', '2025-11-04TNI', W],
  ['quote today', 'The chief said on Tuesday that sales fell. “Today is a hard day,” he said.', 'Today', '2025-11-04', W],
  ['quote today, no narrated day', '“Today we act,” the minister said.', 'Today', '2025-11-05', W],
  ['quote today, speech day after it', '“Today we act,” the minister said on Tuesday.', 'Today', '2025-11-04', W],
  ['quote today, said today', '“Today we act,” the minister said on Wednesday.', 'Today', '2025-11-05', W],
  ['narrative today', 'The chief said on Tuesday that sales fell. Shares rose today.', 'today', '2025-11-05', W],
  // yesterday and today set against each other
  ['contrast', '"The rebels yesterday or the army today, our aim is the same," he said.', 'yesterday', 'PAST_REF'],
  ['contrast today', '"The rebels yesterday or the army today, our aim is the same," he said.', 'today', 'PRESENT_REF'],
  ['contrast of', 'The city of yesterday and the city of tomorrow are not alike.', 'tomorrow', 'FUTURE_REF'],
  ['no contrast with verbs', 'Sales fell yesterday and rose today.', 'yesterday', '2025-11-06'],
  // the future as a topic
  ['topic future', 'The vote on the future of the port was close.', 'the future', null],
  ['decision on the future', 'A decision on the future must be theirs.', 'the future', null],
  ['in the future', 'Prices will rise in the future.', 'the future', 'FUTURE_REF'],
  // looks ahead before "to"
  ['forecast to', 'The storm is forecast to hit on Thursday night.', 'Thursday night', '2025-11-13TNI'],
  ['likely to', 'The deal is likely to be signed on Tuesday.', 'Tuesday', '2025-11-11'],
  // "every three" with its unit left out
  ['elided unit', 'The lease comes up in one or two years, because it is every three.', 'every three', 'P3Y'],
  ['no elided unit before a noun', 'Every three players got a medal.', 'Every three', null],
  // that same day
  ['that same day', 'The vote was held on March 2. That same day, the army moved.', 'That same day', '2025-03-02'],
  ['the very same day', 'He left on May 3 and died the very same day.', 'the very same day', '2025-05-03'],
  // years said in words
  ['spelled year', 'The mill closed in nineteen eighty-two.', 'nineteen eighty-two', '1982'],
  ['spelled year 2000s', 'In two thousand and six, the bank failed.', 'two thousand and six', '2006'],
  ['spelled count is no year', 'He paid two thousand.', 'two thousand', null],
  ['spelled count before a noun', 'They hired twenty fifteen-year-olds.', 'twenty', null],
  // a two-digit year ending its sentence
  ['short year at sentence end', 'She was born Aug 9, 96.', 'Aug 9, 96', '1996-08-09'],
  ['a decimal is no year', 'The index hit 96.5 on May 3.', '96.5', null],
  // a weekday range in a named week; short names in a dashed pair
  ['range in last week, start', 'The road was shut Monday to Thursday last week.', 'Monday', '2025-10-27'],
  ['range in last week, end', 'The road was shut Monday to Thursday last week.', 'Thursday', '2025-10-30'],
  ['short names, next week', 'Clinics close Wed – Fri next week.', 'Fri', '2025-11-14'],
  ['short names, start', 'Clinics close Wed – Fri next week.', 'Wed', '2025-11-12'],
  ['a lone "Sun" is no day', 'The Sun ran the story on its front page.', 'Sun', null],
  // a day heading its clause, then "we"/"I" and a present verb: a plan told by its maker
  ['first person present ahead', 'The call went out on Tuesday: Saturday we walk from the square.', 'Saturday', '2025-11-08'],
  ['first person past stays past', 'On Saturday we marched from the square.', 'Saturday', '2025-11-01'],
  ['"I" after a weekday is no name', 'Tuesday I met the minister.', 'Tuesday', '2025-11-04'],
  // a deadline granted for an act still to do looks ahead, in a past clause too
  ['deadline for an act', 'The judge gave the firm until Tuesday to respond.', 'Tuesday', '2025-11-11'],
  ['deadline with a clock time', 'The judge gave the firm until 5 p.m. Tuesday to respond.', '5 p.m. Tuesday', '2025-11-11T17:00'],
  ['near miss: "until" in a past clause with a purpose', 'The shop stayed open until Tuesday to serve customers.', 'Tuesday', '2025-11-04'],
  // a clock time on a set of weekdays is one SET; on other sets it stays apart
  ['clock on a weekday set', 'The club meets at 7 p.m. every Tuesday.', '7 p.m. every Tuesday', 'XXXX-WXX-2T19:00'],
  ['weekday set, then clock', 'The quiz runs every Thursday at 9pm.', 'every Thursday at 9pm', 'XXXX-WXX-4T21:00'],
  ['plural weekday with clock', 'Mass is said at 6 a.m. on Sundays.', '6 a.m. on Sundays', 'XXXX-WXX-7T06:00'],
  ['near miss: a daily set keeps the clock apart', 'The shop opens at 9 a.m. every day.', '9 a.m.', 'T09:00'],
  // a hedged count of years after a date the text gave is still that year
  ['hedged years later', 'A fire killed two workers on Jan. 6, 2019. Nearly five years later, a judge ruled.', 'Nearly five years later', '2024'],
  // a night stated by its date is a day the next part of the day counts from
  ['the following morning after a dated night', 'The fire was set on the night of Aug. 14, 2024. He was seen there the following morning.', 'the following morning', '2024-08-15TMO'],
];

describe('dates: classes fixed on dates10', () => {
  for (const [label, text, span, value, ref] of ROWS) {
    it(`${label}: ${span} → ${String(value)}`, () => {
      const over = datesOver(text, ref ?? F, span);
      const got = JSON.stringify(dates(text, ref ?? F).map((d) => [d.text, d.value]));
      if (value === null) expect(over, got).toEqual([]);
      else expect(over.some((d) => d.value === value), got).toBe(true);
    });
  }
});
