import { describe, expect, it } from 'vitest';
import { dates, expectRow, type DateRow } from './helpers.js';

// Reference date: Sunday 4 May 2025 (ISO week 2025-W18).
const REF = '2025-05-04';

const rows: DateRow[] = [
  // absolute dates
  { label: 'US order with year', text: 'The post was dated May 5, 2025.', span: 'May 5, 2025', type: 'DATE', value: '2025-05-05' },
  { label: 'a day and its clock time are one TIME', text: 'The post was dated May 5, 2025 at noon.', span: 'May 5, 2025 at noon', type: 'TIME', value: '2025-05-05T12:00' },
  { label: 'UK order', text: 'He was last seen on 6 July.', span: '6 July', type: 'DATE', value: '2025-07-06', published: '2025-07-10' },
  { label: 'abbreviated month', text: 'The store will close Aug. 20.', span: 'Aug. 20', type: 'DATE', value: '2025-08-20', published: '2025-08-12' },
  { label: 'ISO date', text: 'Filed 2025-05-04 in Ottawa.', span: '2025-05-04', type: 'DATE', value: '2025-05-04' },
  { label: 'month and year', text: 'It was reviewed in May 2011 by NASA.', span: 'May 2011', type: 'DATE', value: '2011-05' },
  { label: 'month alone, past', text: 'In February, she said no.', span: 'February', type: 'DATE', value: '2025-02' },
  { label: 'later month in a past clause is last year', text: 'In October, the deal collapsed.', span: 'October', type: 'DATE', value: '2024-10' },
  { label: 'later month, no tense: the nearest, this year', text: 'The parade falls on October 31.', span: 'October 31', type: 'DATE', value: '2025-10-31' },
  { label: 'later month, no tense before it, more than half a year on: last year', text: 'The holiday market of Dec. 20 is in the table below.', span: 'Dec. 20', type: 'DATE', value: '2024-12-20', published: '2025-01-15' },
  { label: 'later month in a past clause after its verb', text: 'The deal collapsed on October 31.', span: 'October 31', type: 'DATE', value: '2024-10-31' },
  { label: 'later month heading a present clause', text: 'On October 31, the parade marches downtown.', span: 'October 31', type: 'DATE', value: '2025-10-31' },
  { label: 'mid-month', text: 'The remarks were made in mid-March.', span: 'mid-March', type: 'DATE', value: '2025-03' },
  { label: 'early month', text: 'In early December, talks began.', span: 'early December', type: 'DATE', value: '2024-12' },
  { label: 'end of month', text: 'The visit came at the end of February.', span: 'the end of February', type: 'DATE', value: '2025-02' },
  { label: 'range takes the second year', text: 'The festival runs 26 July – 22 August 2024.', span: '26 July', type: 'DATE', value: '2024-07-26' },
  { label: 'yearless without publication', text: 'He left office on January 20.', span: 'January 20', type: 'DATE', value: 'XXXX-01-20', published: null },
  // years and decades
  { label: 'year', text: 'The canal was handed over in 1999.', span: '1999', type: 'DATE', value: '1999' },
  { label: 'year as a modifier', text: 'He cited the 2017 memorandum.', span: '2017', type: 'DATE', value: '2017' },
  { label: 'apostrophe year', text: 'The probe launches in ’24.', span: '’24', type: 'DATE', value: '2024' },
  { label: 'decade', text: 'Maybe we get there by the 2050s.', span: 'the 2050s', type: 'DATE', value: '205' },
  { label: 'mid-year', text: 'By mid-2024 it was over.', span: 'mid-2024', type: 'DATE', value: '2024' },
  // seasons and quarters
  { label: 'hyphenated quarter', text: 'Second-quarter profit rose; the second-quarter figure beat forecasts.', span: 'second-quarter', type: 'DATE', value: '2025-Q2' },
  { label: 'quarter last year', text: 'They are lapping a strong third quarter last year.', span: 'third quarter last year', type: 'DATE', value: '2024-Q3' },
  { label: 'season word', text: 'Sales suffered in the fall season.', span: 'fall season', type: 'DATE', value: '2025-FA', published: '2025-11-20' },
  { label: 'a season not yet begun in a past clause is last year', text: 'Sales suffered in the fall season.', span: 'fall season', type: 'DATE', value: '2024-FA' },
  { label: 'last summer', text: 'Prices fell last summer.', span: 'last summer', type: 'DATE', value: '2024-SU' },
  { label: 'holiday season in January is last year', text: 'A good holiday season helped.', span: 'holiday season', type: 'DATE', value: '2009', published: '2010-01-28' },
  // weekdays
  { label: 'weekday: nearest before', text: 'Sheinbaum said Saturday that she refused.', span: 'Saturday', type: 'DATE', value: '2025-05-03' },
  { label: 'weekday: same day', text: 'She spoke on Sunday in Mexico City.', span: 'Sunday', type: 'DATE', value: '2025-05-04' },
  { label: 'weekday: future tense', text: 'The team will play Friday in Omaha.', span: 'Friday', type: 'DATE', value: '2025-05-09' },
  { label: 'weekday: future at clause head', text: 'On Tuesday, Carney will be sworn in.', span: 'Tuesday', type: 'DATE', value: '2025-05-06' },
  { label: 'late weekday', text: 'The ministry said late Tuesday that it objected.', span: 'late Tuesday', type: 'DATE', value: '2025-04-29' },
  { label: 'weekday and part of day', text: 'Hegseth said Wednesday morning that it worked.', span: 'Wednesday morning', type: 'TIME', value: '2025-04-30TMO' },
  { label: 'last weekday', text: 'We met last Sunday.', span: 'last Sunday', type: 'DATE', value: '2025-04-27' },
  { label: 'next weekday', text: 'We meet next Monday.', span: 'next Monday', type: 'DATE', value: '2025-05-05' },
  { label: 'weekday without publication', text: 'Trump spoke on Tuesday.', span: 'Tuesday', type: 'DATE', value: 'XXXX-XX-XX', published: null },
  { label: 'weekday set', text: 'Open Monday through Friday.', span: 'Friday', type: 'SET', value: 'XXXX-WXX-5' },
  { label: 'plural weekday', text: 'The market opens on Sundays.', span: 'Sundays', type: 'SET', value: 'XXXX-WXX-7' },
  // times
  { label: 'time alone keeps its date unknown', text: 'Call between 9 a.m. and 5 p.m.', span: '9 a.m.', type: 'TIME', value: 'T09:00' },
  { label: 'time with a weekday next to it', text: 'Police arrived at 4.35 a.m. Friday.', span: '4.35 a.m. Friday', type: 'TIME', value: '2025-05-02T04:35' },
  { label: 'time with zone and date in the sentence', text: 'As of 9:00 a.m. ET in Thursday premarket trading, shares fell.', span: '9:00 a.m. ET', type: 'TIME', value: '2019-11-21T09:00', published: '2019-11-21' },
  { label: 'military time with zone', text: 'It starts at 5 p.m. EDT (2100 GMT) on Aug. 20.', span: '2100 GMT', type: 'TIME', value: '2025-08-20T21:00', published: '2025-08-19' },
  // No publication date and no day in the text: the day's parts are unknown, written as X (GUIDELINES §4), as "Tuesday" is XXXX-XX-XX.
  { label: 'yearless dateline fixes today, no publication', text: 'LONDON, March 3 (Reuters) - Officials said today the power was back.', span: 'today', type: 'DATE', value: 'XXXX-03-03', published: null },
  { label: 'yearless dateline fixes last month', text: 'LONDON, March 3 (Reuters) - Prices rose last month.', span: 'last month', type: 'DATE', value: 'XXXX-02', published: null },
  { label: 'yearless dateline fixes yesterday', text: 'LONDON, March 3 (Reuters) - Yesterday the bank held rates.', span: 'Yesterday', type: 'DATE', value: 'XXXX-03-02', published: null },
  { label: 'yesterday across the end of February stays unknown', text: 'ROME, March 1 (Reuters) - Yesterday the bank held rates.', span: 'Yesterday', type: 'DATE', value: 'XXXX-XX-XX', published: null },
  { label: 'a month-day inside a sentence is no dateline', text: 'Prices rose on March 3. Officials said today the power was back.', span: 'today', type: 'DATE', value: 'XXXX-XX-XX', published: null },
  { label: 'today as the subject, no publication', text: '"Today is the first step," she said.', span: 'Today', type: 'DATE', value: 'XXXX-XX-XX', published: null },
  { label: 'fronted today as the present, no publication', text: 'Today, the country is not the same.', span: 'Today', type: 'DATE', value: 'PRESENT_REF', published: null },
  { label: 'today in a past clause, no publication', text: 'Officials said today the power was back.', span: 'today', type: 'DATE', value: 'XXXX-XX-XX', published: null },
  { label: 'today as the present, no publication', text: 'The island is today a part of the kingdom.', span: 'today', type: 'DATE', value: 'PRESENT_REF', published: null },
  { label: 'today in a past clause, with publication', text: 'Officials said today the power was back.', span: 'today', type: 'DATE', value: '2025-05-04' },
  { label: 'time without any date', text: 'Doors open at 10pm.', span: '10pm', type: 'TIME', value: 'XXXX-XX-XXT22:00', published: null },
  { label: 'time without any date, colon form', text: 'The attack began at 11:40 p.m. and lasted two hours.', span: '11:40 p.m.', type: 'TIME', value: 'XXXX-XX-XXT23:40', published: null },
  { label: 'time with a day the text gives, no publication', text: 'Polls open on Oct. 4 from 7 a.m.', span: '7 a.m.', type: 'TIME', value: 'XXXX-10-04T07:00', published: null },
  { label: 'time with a publication date and no day named', text: 'Doors open at 10pm.', span: '10pm', type: 'TIME', value: 'T22:00' },
  // relative dates
  { label: 'last week', text: 'He said in an interview last week that he agreed.', span: 'last week', type: 'DATE', value: '2025-W17' },
  { label: 'this week', text: 'Two strikes this week were at night.', span: 'this week', type: 'DATE', value: '2025-W18' },
  { label: 'this week, no publication', text: 'A report published this week.', span: 'this week', type: 'DATE', value: 'XXXX-WXX', published: null },
  { label: 'last year', text: 'Profit was 80 cents last year.', span: 'last year', type: 'DATE', value: '2024' },
  { label: 'next month', text: 'The vote is next month.', span: 'next month', type: 'DATE', value: '2025-06' },
  { label: 'earlier this month', text: 'Talks collapsed earlier this month.', span: 'earlier this month', type: 'DATE', value: '2025-05' },
  { label: 'three days ago', text: 'He arrived three days ago.', span: 'three days ago', type: 'DATE', value: '2025-05-01' },
  { label: 'yesterday', text: 'Strikes carried out yesterday hit the south.', span: 'yesterday', type: 'DATE', value: '2025-05-03' },
  { label: 'today', text: 'The company said today that it agreed.', span: 'today', type: 'DATE', value: '2025-05-04' },
  { label: 'tonight', text: 'And tonight the city has chosen.', span: 'tonight', type: 'TIME', value: '2025-05-04TNI' },
  { label: 'the day before, from the last date', text: 'She declared on Saturday that a report ran the day before.', span: 'the day before', type: 'DATE', value: '2025-05-02' },
  { label: 'days later, from the last date', text: 'It learned of the breach on March 15, and four days later hired a firm.', span: 'four days later', type: 'DATE', value: '2025-03-19' },
  { label: 'the previous year', text: 'Profit was $2 million in the quarter ended Nov. 2, from $62 million the previous year.', span: 'the previous year', type: 'DATE', value: '2018', published: '2019-11-21' },
  { label: 'the year', text: 'It is cautious about the rest of the year.', span: 'the year', type: 'DATE', value: '2025' },
  { label: 'the quarter, from the last quarter named', text: 'Third-quarter sales slowed. It saved $83 million during the quarter.', span: 'the quarter', type: 'DATE', value: '2025-Q3' },
  { label: 'holiday', text: 'Polls closed on Election Day.', span: 'Election Day', type: 'DATE', value: '2021-11-02', published: '2021-11-03' },
  { label: 'today in a bracketed date', text: 'NASA will announce a mission today (Aug. 20).', span: 'today', type: 'DATE', value: 'XXXX-08-20', published: null },
  // durations
  { label: 'minutes', text: 'It was over within 45 minutes.', span: '45 minutes', type: 'DURATION', value: 'PT45M' },
  { label: 'approximate decades', text: 'Violence lasting nearly two decades.', span: 'nearly two decades', type: 'DURATION', value: 'P20Y' },
  { label: 'fraction', text: 'He served 6½ years in prison.', span: '6½ years', type: 'DURATION', value: 'P6.5Y' },
  { label: 'hyphenated', text: 'A four-year plan and a 20-second video.', span: '20-second', type: 'DURATION', value: 'PT20S' },
  { label: 'quarters as months', text: 'After seven consecutive quarters of growth.', span: 'seven consecutive quarters', type: 'DURATION', value: 'P21M' },
  { label: 'bare unit', text: 'A hiker lost for weeks was found.', span: 'weeks', type: 'DURATION', value: 'PXW' },
  { label: 'bare decades', text: 'It rejects decades of policy.', span: 'decades', type: 'DURATION', value: 'PXDE' },
  { label: 'vague count', text: 'In a few years, it will be ready.', span: 'a few years', type: 'DURATION', value: 'PXY' },
  { label: 'the past N months', text: 'Attacks over the past two months rose.', span: 'the past two months', type: 'DURATION', value: 'P2M' },
  { label: 'a day after', text: 'He spoke a day after the strike.', span: 'a day', type: 'DURATION', value: 'P1D' },
  // sets
  { label: 'every year', text: 'It happens every year.', span: 'every year', type: 'SET', value: 'P1Y' },
  { label: 'a rate', text: 'We are losing $200 billion a year.', span: 'a year', type: 'SET', value: 'P1Y' },
  { label: 'annually', text: 'Trillions in trade pass annually, experts say.', span: 'annually', type: 'SET', value: 'P1Y' },
  { label: 'every few weeks', text: 'From one every few weeks to three.', span: 'every few weeks', type: 'SET', value: 'PXW' },
  // vague references
  { label: 'the coming months', text: 'The coming months will test both leaders.', span: 'The coming months', type: 'DATE', value: 'FUTURE_REF' },
  { label: 'recent months', text: 'They talked over recent months.', span: 'recent months', type: 'DATE', value: 'PAST_REF' },
  { label: 'the past few months', text: 'In the past few months, sales fell.', span: 'the past few months', type: 'DATE', value: 'PAST_REF' },
  { label: 'now', text: 'The reward is now $50 million.', span: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { label: 'currently', text: 'There is currently no threat.', span: 'currently', type: 'DATE', value: 'PRESENT_REF' },
  { label: 'any time soon', text: 'Nobody will visit Jupiter any time soon.', span: 'any time soon', type: 'DATE', value: 'FUTURE_REF' },
  { label: 'the future', text: 'Actions we take in the future will matter.', span: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { label: 'today without publication', text: 'Greenland is today a part of the kingdom.', span: 'today', type: 'DATE', value: 'PRESENT_REF', published: null },
  { label: 'approximate ago', text: 'He won more than three decades ago.', span: 'more than three decades ago', type: 'DATE', value: 'PAST_REF' },
];

describe('dates: expression → value (reference 2025-05-04 unless stated)', () => {
  it.each(rows)('$label: "$span" → $value', (row) => expectRow(row, REF));
});

describe('dates: stated and inferred parts', () => {
  it('a weekday states the weekday and infers the date', () => {
    const [m] = dates('She spoke on Saturday.', REF);
    expect(m?.stated).toEqual(['weekday']);
    expect(m?.inferred).toEqual(['year', 'month', 'day']);
    expect(m?.provenance).toBe('weekday');
  });
  it('a full date states everything', () => {
    const [m] = dates('Posted May 5, 2025.', REF);
    expect(m?.stated).toEqual(['year', 'month', 'day']);
    expect(m?.inferred).toEqual([]);
  });
  it('a yearless date infers the year only when there is a publication date', () => {
    expect(dates('On April 16 he called.', REF)[0]?.inferred).toEqual(['year']);
    expect(dates('On April 16 he called.', null)[0]?.inferred).toEqual([]);
  });
  it('without a publication date nothing is silently today', () => {
    const found = dates('Yesterday, last week and last year, and on Friday.', null);
    expect(found.map((d) => d.value)).toEqual(['XXXX-XX-XX', 'XXXX-WXX', 'XXXX', 'XXXX-XX-XX']);
  });
});
