import { describe, expect, it } from 'vitest';
import { dates, expectRow, mentionOf, type DateRow } from './helpers.js';

// Invented sentences, one per written form of issue #15. Reference: Wednesday 18 June 2025.
const REF = '2025-06-18';

const rows: DateRow[] = [
  // numeric dates (US month first unless the day cannot be a month)
  { label: 'US slashes, four-digit year', text: 'The lease was signed 3/14/2024 in Dayton.', span: '3/14/2024', type: 'DATE', value: '2024-03-14' },
  { label: 'US slashes, two-digit year', text: 'The lease was signed 3/14/24 in Dayton.', span: '3/14/24', type: 'DATE', value: '2024-03-14' },
  { label: 'ambiguous slashes read month first', text: 'The lease was signed 5/4/2025 in Dayton.', span: '5/4/2025', type: 'DATE', value: '2025-05-04' },
  { label: 'day first when the day is over 12', text: 'The lease was signed 25/12/2023 in Dayton.', span: '25/12/2023', type: 'DATE', value: '2023-12-25' },
  { label: 'dotted date is day first', text: 'The lease was signed 4.5.2025 in Dayton.', span: '4.5.2025', type: 'DATE', value: '2025-05-04' },
  { label: 'unpadded ISO', text: 'The lease was signed 2024-3-7 in Dayton.', span: '2024-3-7', type: 'DATE', value: '2024-03-07' },
  { label: 'year first with slashes', text: 'The lease was signed 2024/03/07 in Dayton.', span: '2024/03/07', type: 'DATE', value: '2024-03-07' },
  { label: 'day, month abbreviation, short year', text: 'The lease was signed 14-MAR-24 in Dayton.', span: '14-MAR-24', type: 'DATE', value: '2024-03-14' },
  { label: 'day, month name, year with hyphens', text: 'The lease was signed 4-May-2025 in Dayton.', span: '4-May-2025', type: 'DATE', value: '2025-05-04' },
  { label: 'month and year in digits', text: 'The plant closed 03/2024 after a review.', span: '03/2024', type: 'DATE', value: '2024-03' },
  // years written every way
  { label: 'apostrophe year after a day', text: 'She was born Aug 9, ’96 in Tulsa.', span: 'Aug 9, ’96', type: 'DATE', value: '1996-08-09' },
  { label: 'the year and its number', text: 'The mill closed in the year 1999.', span: '1999', type: 'DATE', value: '1999' },
  { label: 'apostrophe year alone', text: 'The mill opened in ’08 after delays.', span: '’08', type: 'DATE', value: '2008' },
  // ordinal words and lower case
  { label: 'ordinal word for the day', text: 'The fair opened March fourteenth.', span: 'March fourteenth', type: 'DATE', value: '2025-03-14' },
  { label: 'a timetable verb in the present looks forward', text: 'The fair opens March fourteenth.', span: 'March fourteenth', type: 'DATE', value: '2026-03-14' },
  { label: 'lower-case month with a day', text: 'The fair opened on march 3.', span: 'march 3', type: 'DATE', value: '2025-03-03' },
  { label: 'abbreviated lower-case month', text: 'The fair opened sept. 9 last year.', span: 'sept. 9', type: 'DATE', value: '2024-09-09' },
  // offsets are points at the unit's granularity
  { label: 'in N days, forward', text: 'The crew will land in five days.', span: 'in five days', type: 'DATE', value: '2025-06-23' },
  { label: 'N weeks from now gives a day', text: 'The crew lands three weeks from now.', span: 'three weeks from now', type: 'DATE', value: '2025-07-09' },
  { label: 'N months ago gives a month', text: 'The crew left two months ago.', span: 'two months ago', type: 'DATE', value: '2025-04' },
  { label: 'N weeks ago gives a day', text: 'The crew left two weeks ago.', span: 'two weeks ago', type: 'DATE', value: '2025-06-04' },
  { label: 'the day after tomorrow', text: 'The crew lands the day after tomorrow.', span: 'the day after tomorrow', type: 'DATE', value: '2025-06-20' },
  { label: 'the day before yesterday', text: 'The crew left the day before yesterday.', span: 'the day before yesterday', type: 'DATE', value: '2025-06-16' },
  { label: 'a vague amount ago', text: 'The crew left a few years ago.', span: 'a few years ago', type: 'DATE', value: 'PAST_REF' },
  { label: 'the coming weeks', text: 'A ruling is due in the coming weeks.', span: 'the coming weeks', type: 'DATE', value: 'FUTURE_REF' },
  // weekday phrases
  { label: 'next weekday', text: 'The panel meets next Tuesday.', span: 'next Tuesday', type: 'DATE', value: '2025-06-24' },
  { label: 'last weekend', text: 'It rained last weekend.', span: 'last weekend', type: 'DATE', value: '2025-W24-WE' },
  { label: 'weekday of next week', text: 'The panel meets Friday of next week.', span: 'Friday of next week', type: 'DATE', value: '2025-06-27' },
  { label: 'weekday of last week', text: 'The panel met Friday of last week.', span: 'Friday of last week', type: 'DATE', value: '2025-06-13' },
  { label: 'this coming weekday', text: 'The panel meets this coming Monday.', span: 'this coming Monday', type: 'DATE', value: '2025-06-23' },
  { label: 'the weekday before last', text: 'The panel met the Monday before last.', span: 'the Monday before last', type: 'DATE', value: '2025-06-09' },
  { label: 'weekday abbreviation', text: 'The panel met Tues in Leeds.', span: 'Tues', type: 'DATE', value: '2025-06-17' },
  { label: 'weekday abbreviation with a stop', text: 'The panel met on Thurs. in Leeds.', span: 'Thurs.', type: 'DATE', value: '2025-06-12' },
  // a clock time with its day
  // A clock time with its day is one TIME (GUIDELINES.md), the time zone kept in the span.
  { label: 'day at time is one TIME', text: 'The panel met Tuesday at 15:00 GMT.', span: 'Tuesday at 15:00 GMT', type: 'TIME', value: '2025-06-17T15:00' },
  { label: 'noon tomorrow', text: 'The panel meets at noon tomorrow.', span: 'noon tomorrow', type: 'TIME', value: '2025-06-19T12:00' },
  { label: 'tonight at 8', text: 'The panel meets tonight at 8.', span: 'tonight at 8', type: 'TIME', value: '2025-06-18T20:00' },
  { label: 'time this morning', text: 'The panel called at 8:30 this morning.', span: '8:30 this morning', type: 'TIME', value: '2025-06-18T08:30' },
  { label: 'a time before its day is one TIME', text: 'The panel met at 3 p.m. on Tuesday.', span: '3 p.m. on Tuesday', type: 'TIME', value: '2025-06-17T15:00' },
  { label: 'a time range on a day keeps its ends apart', text: 'Call between 9 a.m. and 4 p.m. on April 21.', span: '4 p.m.', type: 'TIME', value: '2025-04-21T16:00' },
  // ranges: one date per end
  { label: 'range start', text: 'The fair runs from March 3 to March 7.', span: 'March 3', type: 'DATE', value: '2025-03-03' },
  { label: 'range end', text: 'The fair runs from March 3 to March 7.', span: 'March 7', type: 'DATE', value: '2025-03-07' },
  { label: 'range end that is only a day', text: 'The fair runs March 3-7.', span: '7', type: 'DATE', value: '2025-03-07' },
  { label: 'years between', text: 'Sales fell between 2019 and 2021.', span: '2021', type: 'DATE', value: '2021' },
  // no publication date: what the text does not fix stays X
  { label: 'offset without publication', text: 'The crew will land in five days.', span: 'in five days', type: 'DATE', value: 'XXXX-XX-XX', published: null },
  { label: 'numeric date without publication', text: 'The lease was signed 3/14/24 in Dayton.', span: '3/14/24', type: 'DATE', value: '2024-03-14', published: null },
];

describe('dates: every written form (reference 2025-06-18 unless stated)', () => {
  it.each(rows)('$label: "$span" → $value', (row) => expectRow(row, REF, (d) => [d.text, d.value]));
});

// Durations chrono would read as offsets stay durations.
const durations: readonly (readonly [string, string, string])[] = [
  ['for N years', 'She led the firm for 30 years.', '30 years'],
  ['within N minutes', 'The fire was out within 10 minutes.', '10 minutes'],
  ['in N hours in a past clause', 'The convoy drove 600 km in 8 hours.', '8 hours'],
  ['a noun before in N years', 'It was the first loss in two years.', 'two years'],
  ['a day after an event', 'He resigned a day after the vote.', 'a day'],
];

describe('dates: counted units that are durations, not points', () => {
  it.each(durations)('%s', (_label, text, span) => {
    const m = mentionOf(text, dates(text, REF), span);
    expect(m?.type).toBe('DURATION');
  });
});
