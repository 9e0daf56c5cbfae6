/**
 * A third BLIND table of invented everyday date expressions (issue #15), written from
 * GUIDELINES.md §4 and the list of forms before running it, with new wordings and two
 * new reference dates. Rows that failed on the first run carry `gap` (run as `it.fails`).
 * Every sentence is made up.
 *
 * Reference dates:
 *   F (default) Friday 7 November 2025 (ISO week 2025-W45, Mon 3 – Sun 9 November)
 *   M           Monday 2 February 2026 (ISO week 2026-W06)
 * A reference date has no time of day: hour offsets count from noon.
 * Offsets take the unit's granularity: days and weeks a day, months YYYY-MM, years YYYY,
 * decades the decade (`200`), centuries the century (`19`).
 */

import { everydayRows, type EverydayBlindRaw, type EverydayBlindRow } from './everyday-blind-runner.js';

export type Blind3Class =
  | 'numeric' | 'years' | 'ordinal' | 'offset' | 'weekday' | 'clock' | 'range' | 'not-date';

export type Blind3Row = EverydayBlindRow<Blind3Class>;

export const F = '2025-11-07';
export const M = '2026-02-02';

type Raw = EverydayBlindRaw<Blind3Class>;

const raw: readonly Raw[] = [
  ['numeric', 'The invoice dated 11/3/2025 was never paid.', '11/3/2025', '2025-11-03'],
  ['numeric', 'Form signed 7/4/99 by the tenant.', '7/4/99', '1999-07-04'],
  ['numeric', 'Entry logged 2023-11-5 at the depot.', '2023-11-5', '2023-11-05'],
  ['numeric', 'DOCKET 02-JAN-26 CLOSED', '02-JAN-26', '2026-01-02'],
  ['numeric', 'The audit ran through 12/2024, the report said.', '12/2024', '2024-12'],
  ['numeric', 'The ruling came on 25/12/2023 in Lagos.', '25/12/2023', '2023-12-25'],
  ['numeric', 'The bulletin of 3.11.2025 lists the closures.', '3.11.2025', '2025-11-03'],
  ['years', "She graduated in '08 and moved west.", "'08", '2008'],
  ['years', "The plant opened on Oct 2, '87.", "Oct 2, '87", '1987-10-02'],
  ['years', 'It was the year 1999 that changed everything.', '1999', '1999'],
  ['years', 'The dam was built more than a century ago.', 'a century ago', '19'],
  ['years', 'The firm was founded two decades ago.', 'two decades ago', '200'],
  ['ordinal', 'The vote is set for November twentieth.', 'November twentieth', '2025-11-20'],
  ['ordinal', 'Rents are due on the fifth of December.', 'the fifth of December', '2025-12-05'],
  ['ordinal', 'Shops reopen on dec. 1, the mayor said.', 'dec. 1', '2025-12-01'],
  ['ordinal', 'The fair closed on oct 30.', 'oct 30', '2025-10-30'],
  ['ordinal', 'The clinic shut on Weds for cleaning.', 'Weds', '2025-11-05'],
  ['ordinal', 'Talks resumed Thurs. in Geneva.', 'Thurs', '2025-11-06'],
  ['ordinal', 'The store held its sale on December 26.', 'December 26', '2025-12-26', M],
  ['ordinal', 'The festival will return on March 14.', 'March 14', '2026-03-14', M],
  ['offset', 'The results arrive in ten days.', 'in ten days', '2025-11-17'],
  ['offset', 'The bridge opens four weeks from now.', 'four weeks from now', '2025-12-05'],
  ['offset', 'The merger closed three months ago.', 'three months ago', '2025-08'],
  ['offset', 'The alarm sounded 6 hours ago.', '6 hours ago', '2025-11-07T06:00'],
  ['offset', 'The ferry returns the day after tomorrow.', 'the day after tomorrow', '2025-11-09'],
  ['offset', 'The mill closed several years ago.', 'several years ago', 'PAST_REF'],
  ['offset', 'More layoffs are expected in the coming months.', 'the coming months', 'FUTURE_REF'],
  ['offset', 'The council met the day before yesterday.', 'the day before yesterday', '2025-11-05'],
  ['offset', 'Officials will decide within the next few weeks.', 'the next few weeks', 'FUTURE_REF'],
  ['weekday', 'The hearing is on Thursday of next week.', 'Thursday of next week', '2025-11-13'],
  ['weekday', 'The committee meets next Monday.', 'next Monday', '2025-11-10'],
  ['weekday', 'Crews will return this coming Wednesday.', 'this coming Wednesday', '2025-11-12'],
  ['weekday', 'Two stores were robbed last weekend.', 'last weekend', '2025-W44-WE'],
  ['weekday', 'The pipe burst the Tuesday before last.', 'the Tuesday before last', '2025-10-28'],
  ['weekday', 'The mayor spoke on Saturday.', 'Saturday', '2026-01-31', M],
  ['weekday', 'The office said Thurdsay that it would close.', 'Thurdsay', '2025-11-06'],
  ['clock', 'The plane lands at 4 p.m. on Sunday.', '4 p.m. on Sunday', '2025-11-09T16:00'],
  ['clock', 'Polls closed Thursday at 20:00 GMT.', 'Thursday at 20:00', '2025-11-06T20:00'],
  ['clock', 'We will meet at noon tomorrow.', 'noon tomorrow', '2025-11-08T12:00'],
  ['clock', 'The show starts tonight at 9.', 'tonight at 9', '2025-11-07T21:00'],
  ['clock', 'A tremor struck at 7:45 this morning.', '7:45 this morning', '2025-11-07T07:45'],
  ['range', 'The expo runs from November 12 to November 16.', 'November 16', '2025-11-16'],
  ['range', 'The expo runs from November 12 to November 16.', 'November 12', '2025-11-12'],
  ['range', 'The strike lasted from Monday to Wednesday.', 'Monday', '2025-11-03'],
  ['range', 'The strike lasted from Monday to Wednesday.', 'Wednesday', '2025-11-05'],
  ['range', 'Output fell between 2015 and 2018.', '2018', '2018'],
  ['range', 'The festival runs Nov. 20-23.', '23', '2025-11-23'],
  ['not-date', 'You may want to bring an umbrella.', 'may', null],
  ['not-date', 'Protesters began a march toward the palace.', 'march', null],
  ['not-date', 'The Sunday Times reported it first.', 'Sunday', null],
  ['not-date', 'The hotline is staffed 24/7.', '24/7', null],
  ['not-date', 'The visitors won 2-1 on the night.', '2-1', null],
  ['not-date', 'Install version 3.12 before the update.', '3.12', null],
  ['not-date', 'August Wilson wrote the play.', 'August', null],
  ['not-date', 'April said she would call back.', 'April', null],
  ['offset', 'They held the lead for five days.', 'five days', 'P5D'],
];

export const BLIND3: readonly Blind3Row[] = everydayRows(raw, F);
