import { describe, expect, it } from 'vitest';
import { dates, datesOver, expectRow, type DateRow } from './helpers.js';

/**
 * The everyday forms added for issue #15 (parsers/everyday.ts, range-years.ts), one row per
 * construction, invented text, reference Wednesday 18 June 2025 unless a row gives its own.
 */
const REF = '2025-06-18';

const rows: readonly DateRow[] = [
  // clock times in words join their day; 1–6 with no half of the day named are the afternoon
  { label: 'quarter past, digit hour, weekday', text: 'The coach leaves at quarter past 4 on Thursday.', span: 'quarter past 4 on Thursday', type: 'TIME', value: '2025-06-19T16:15' },
  { label: 'a quarter to, word hour, tomorrow', text: 'We eat at a quarter to nine tomorrow.', span: 'a quarter to nine tomorrow', type: 'TIME', value: '2025-06-19T08:45' },
  { label: 'half past, part of the day', text: 'Call me at half past five this evening.', span: 'half past five this evening', type: 'TIME', value: '2025-06-18T17:30' },
  { label: 'quarter past, this morning keeps the morning', text: 'The alarm rang at quarter past 2 this morning.', span: 'quarter past 2 this morning', type: 'TIME', value: '2025-06-18T02:15' },
  { label: '"ish" hour with its day', text: 'drop by 10ish tomorrow', span: '10ish tomorrow', type: 'TIME', value: '2025-06-19T10:00' },
  { label: 'colon time glued to pm', text: 'Doors close at 6:45pm on July 2.', span: '6:45pm on July 2', type: 'TIME', value: '2025-07-02T18:45' },
  // a week after a weekday
  { label: 'a week from a weekday', text: 'The fee is due a week from Tuesday.', span: 'a week from Tuesday', type: 'DATE', value: '2025-07-01' },
  { label: 'a week on a weekday', text: 'The panel sits a week on Thursday.', span: 'a week on Thursday', type: 'DATE', value: '2025-06-26' },
  { label: 'weekday week', text: 'The market returns Saturday week, stallholders say.', span: 'Saturday week', type: 'DATE', value: '2025-06-28' },
  { label: 'the weekday after next', text: 'The jury returns the Tuesday after next.', span: 'the Tuesday after next', type: 'DATE', value: '2025-07-01' },
  { label: 'a lower-case weekday abbreviation after "on"', text: 'we got back on fri, all fine', span: 'fri', type: 'DATE', value: '2025-06-13' },
  // offsets
  { label: 'half an hour ago', text: 'The power came back half an hour ago.', span: 'half an hour ago', type: 'TIME', value: '2025-06-18T11:30' },
  { label: 'in half an hour', text: 'The bus will be here in half an hour.', span: 'in half an hour', type: 'TIME', value: '2025-06-18T12:30' },
  { label: 'in a fortnight', text: 'The new timetable starts in a fortnight.', span: 'in a fortnight', type: 'DATE', value: '2025-07-02' },
  // numeric forms
  { label: 'ISO day and time in one token', text: 'Logged at 2025-05-30T08:05 by the gate.', span: '2025-05-30T08:05', type: 'TIME', value: '2025-05-30T08:05' },
  { label: 'ISO day, space, clock time', text: 'Backup ran 2025-05-30 21:10 overnight.', span: '2025-05-30 21:10', type: 'TIME', value: '2025-05-30T21:10' },
  { label: 'a slash date after "on" with a day under 13', text: 'The lease ends on 8/11, the agent said.', span: '8/11', type: 'DATE', value: '2025-08-11' },
  // years
  { label: 'two-digit end of a year range', text: 'The 2016-18 survey found little.', span: '18', type: 'DATE', value: '2018' },
  { label: 'two-digit end with an en dash', text: 'The 2004–05 season ended early.', span: '05', type: 'DATE', value: '2005' },
  { label: 'month of an apostrophe year', text: 'They met in May of \'84.', span: 'May of \'84', type: 'DATE', value: '1984-05' },
  { label: 'an edge span of a month', text: 'Frosts end in early-to-mid April.', span: 'early-to-mid April', type: 'DATE', value: '2025-04' },
  // ranges share a year; a relative year right after a date gives it its year
  { label: 'range start takes the stated end year', text: 'Output for May–July 2023 was flat.', span: 'May', type: 'DATE', value: '2023-05' },
  { label: 'a running range stays in this year', text: 'The show runs from April to August.', span: 'April', type: 'DATE', value: '2025-04' },
  { label: 'a past range across New Year', text: 'The strike lasted from November to February.', span: 'November', type: 'DATE', value: '2024-11' },
  { label: 'month before "last year"', text: 'The mine shut in March last year.', span: 'March', type: 'DATE', value: '2024-03' },
  { label: 'month before "next year"', text: 'Work begins in October next year.', span: 'October', type: 'DATE', value: '2026-10' },
];

describe('dates: everyday forms (issue #15)', () => {
  it.each(rows.map((r) => [r.label, r] as const))('%s', (_label, row) => {
    expectRow(row, REF);
  });
});

describe('dates: everyday forms that are not dates', () => {
  const nothing: readonly (readonly [string, string, string])[] = [
    ['"half past" with no hour', 'We were half past caring.', 'half past'],
    ['a fraction after "on"', 'It ran on 1/2 of the engines.', '1/2'],
    ['"in a fortnight" narrated as a span', 'They rebuilt the barn in a fortnight.', 'in a fortnight'],
    ['a weekday and "week" inside a name', 'Friday Week Festival tickets sold out.', 'Friday Week'],
    ['an order number', 'Order 2024-05 shipped.', '2024-05'],
    ['"sat" as a verb', 'The cat sat on the mat.', 'sat'],
    ['"on sat nav"', 'Drivers rely on sat nav.', 'sat'],
  ];
  it.each(nothing)('%s', (_label, text, span) => {
    const over = datesOver(text, REF, span);
    expect(over.filter((d) => d.value !== 'P2W').map((d) => [d.text, d.value])).toEqual([]);
  });
});

describe('dates: everyday forms stay linear', () => {
  it('100 KB of clock words, week phrases and short year ranges', () => {
    const s = 'quarter past a quarter to half past 9ish 7:30pm a week from the Monday after next 2019-21 2019 – 21 2025-06-01T14 : 30 in a fortnight on 6/12 '.repeat(800);
    const t0 = performance.now();
    const found = dates(s, REF);
    for (const d of found) expect(s.slice(d.start, d.end)).toBe(d.text);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
