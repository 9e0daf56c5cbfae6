import { describe, expect, it } from 'vitest';
import { dates, expectRow, type DateRow } from './helpers.js';

// Reference date: Sunday 4 May 2025 (ISO week 2025-W18), unless a row says otherwise.
const REF = '2025-05-04';

const rows: DateRow[] = [
  // halves of a year
  { label: 'half of a stated year', text: 'The merger should close in the second half of 2026.', span: 'the second half of 2026', type: 'DATE', value: '2026-H2' },
  { label: 'half of the year', text: 'Sales grew in the first half of the year.', span: 'the first half of the year', type: 'DATE', value: '2025-H1' },
  { label: 'half of next year', text: 'A decision is due in the first half of next year.', span: 'the first half of next year', type: 'DATE', value: '2026-H1' },
  { label: 'half without publication', text: 'Work resumes in the second half of the year.', span: 'the second half of the year', type: 'DATE', value: 'XXXX-H2', published: null },
  // vague future dates
  { label: 'a later date', text: 'The hearing was moved to a later date.', span: 'a later date', type: 'DATE', value: 'FUTURE_REF' },
  { label: 'a future date', text: 'Details will follow at a future date.', span: 'a future date', type: 'DATE', value: 'FUTURE_REF' },
  // parts of a day without a day
  { label: 'in the morning', text: 'Buses leave early in the morning.', span: 'the morning', type: 'TIME', value: 'XXXX-XX-XXTMO' },
  { label: 'in the evening', text: 'The shop opens again in the evening, staff said.', span: 'the evening', type: 'TIME', value: 'XXXX-XX-XXTEV' },
  // the night before the last day given
  { label: 'the previous night, no day given', text: 'The previous night the mayor had left the city.', span: 'The previous night', type: 'TIME', value: 'XXXX-XX-XXTNI', published: null },
  { label: 'the previous night, from the last day', text: 'The ferry sank on Friday. The previous night, storms hit the coast.', span: 'The previous night', type: 'TIME', value: '2025-05-01TNI' },
  { label: 'the night before', text: 'Voting ended on March 3. Crowds had gathered the night before.', span: 'the night before', type: 'TIME', value: '2025-03-02TNI' },
  // a part of the last day given
  { label: 'later that evening', text: 'The ship docked on Friday. We spoke later that evening.', span: 'later that evening', type: 'TIME', value: '2025-05-02TEV' },
  { label: 'that night without a day', text: 'That night, nobody slept.', span: 'That night', type: 'TIME', value: 'XXXX-XX-XXTNI', published: null },
  // the month: of the last date given, or of publication
  { label: 'the end of the month', text: 'The office closes at the end of the month.', span: 'the end of the month', type: 'DATE', value: '2025-05' },
  { label: 'the month of the last date', text: 'In March, talks stalled; by the end of the month they had failed.', span: 'the end of the month', type: 'DATE', value: '2025-03' },
  // the end of the period, written short (reference Sunday 4 May 2025)
  { label: "by year's end", text: "A deal is expected by year's end.", span: "year's end", type: 'DATE', value: '2025' },
  { label: 'by year-end', text: 'The plant should reopen by year-end.', span: 'year-end', type: 'DATE', value: '2025' },
  { label: 'at month-end', text: 'Sales slowed at month-end.', span: 'month-end', type: 'DATE', value: '2025-05' },
  // "the new year": the coming one from September on, else (and after "since") the current one
  { label: 'in the new year, said in May', text: 'Prices have kept rising in the new year.', span: 'the new year', type: 'DATE', value: '2025' },
  { label: 'in the new year, said in November', text: 'The ferry will resume in the new year.', span: 'the new year', type: 'DATE', value: '2026', published: '2025-11-20' },
  { label: 'planned for the new year, said in December', text: 'The march the unions have planned for the new year may help.', span: 'the new year', type: 'DATE', value: '2026', published: '2025-12-30' },
  { label: 'since the new year, said in December', text: 'Fares have doubled since the new year.', span: 'the new year', type: 'DATE', value: '2025', published: '2025-12-10' },
  // a weekday that ends a range is not before its start
  { label: 'clock-and-weekday range across a weekend', text: 'The bridge will be closed from 10 p.m. Saturday to 5 a.m. Monday.', span: '5 a.m. Monday', type: 'TIME', value: '2025-05-12T05:00' },
  { label: 'a list of weekdays is not a range', text: 'Talks were held on Thursday and Monday.', span: 'Monday', type: 'DATE', value: '2025-04-28' },
  // the tense around the date
  { label: 'what a "since" starts from is past', text: 'It must pass the budget it has delayed since November.', span: 'November', type: 'DATE', value: '2024-11' },
  { label: 'a past form after a linking verb is not a finite past', text: 'Officials said the bridge would stay closed until Friday.', span: 'Friday', type: 'DATE', value: '2025-05-09' },
  { label: 'a past form after "remained" is still the past', text: 'The shop remained closed on Friday.', span: 'Friday', type: 'DATE', value: '2025-05-02' },
  // a deadline in a clause that asks for something is ahead of the asking
  { label: 'called for … by December', text: 'He called for a leadership review by December.', span: 'December', type: 'DATE', value: '2025-12' },
  { label: 'warned … to stay away until Friday', text: 'The mayor warned residents to stay away from the quays until Friday.', span: 'Friday', type: 'DATE', value: '2025-05-09' },
  { label: 'a deadline nobody asked for stays in its tense', text: 'The plant had closed by December.', span: 'December', type: 'DATE', value: '2024-12' },
  // a dateline's day does not date the clock times of the story
  { label: 'a clock time takes the narrated day, not the dateline', text: 'SELVA, May 4 — Protesters marched on Saturday. The march began at 10 a.m. in the main square.', span: '10 a.m.', type: 'TIME', value: '2025-05-03T10:00' },
  // a month counted from the date the text gave
  { label: 'the following March', text: 'The stadium was approved in May 2021, but work began the following March.', span: 'the following March', type: 'DATE', value: '2022-03' },
  { label: 'the previous March', text: 'The deal was signed in June 2019 after talks began the previous March.', span: 'the previous March', type: 'DATE', value: '2019-03' },
  // a clock time with "local time"
  { label: 'a colon time with "local time" and its day', text: 'The launch is set for 14:30 local time on May 20.', span: '14:30 local time on May 20', type: 'TIME', value: '2025-05-20T14:30' },
  // two units away from publication
  { label: 'the week after next', text: 'We meet the week after next.', span: 'the week after next', type: 'DATE', value: '2025-W20' },
  { label: 'the year before last', text: 'Prices fell the year before last.', span: 'the year before last', type: 'DATE', value: '2023' },
  // a month, "the" and an ordinal day
  { label: 'month the Nth', text: 'June the 5th is the deadline.', span: 'June the 5th', type: 'DATE', value: '2025-06-05' },
  { label: 'month the Nth with a year', text: 'By March the 3rd, 2024, it was over.', span: 'March the 3rd, 2024', type: 'DATE', value: '2024-03-03' },
  { label: 'month, then an ordinal of a noun', text: 'In June the 5th division left.', span: 'June', type: 'DATE', value: '2025-06' },
  // a lone day of the month takes the month of the last date given
  { label: 'the Nth after a stated date', text: 'Talks opened on 2 June. A second round starts from the 15th, aides said.', span: 'the 15th', type: 'DATE', value: '2025-06-15' },
  // … or of the date the text stated with that day, when other dates came between
  { label: 'the Nth of a stated date, dates between', text: 'On July 31, Norland votes. Turnout was low in 2019 and in March. "Whatever happens on the 31st, we stay," she said.', span: 'the 31st', type: 'DATE', value: '2025-07-31' },
  { label: 'the Nth without any month', text: 'The convoy is expected by the 20th.', span: 'the 20th', type: 'DATE', value: 'XXXX-XX-20', published: null },
  { label: 'the Nth and the Nth', text: 'It arrived on July 9. Flights are booked on the 12th and the 14th.', span: 'the 12th', type: 'DATE', value: '2025-07-12', published: '2025-07-10' },
  // yesterday and today set against each other: the past and the present
  { label: 'two calendar days stay days', text: 'He landed yesterday and will speak today.', span: 'yesterday', type: 'DATE', value: '2025-05-03' },
  // a modal looks ahead from its clause (the guidelines' "unless the tense says otherwise"); a perfect modal does not
  { label: 'would after a past speech verb', text: 'The company said it would announce results on Thursday.', span: 'Thursday', type: 'DATE', value: '2025-05-08' },
  { label: 'could looks ahead', text: 'The minister could travel to Paris on Friday, aides said.', span: 'Friday', type: 'DATE', value: '2025-05-09' },
  { label: 'would have is the past', text: 'He would have signed the deal on Friday had the vote passed.', span: 'Friday', type: 'DATE', value: '2025-05-02' },
  { label: 'a present state from a weekday looks ahead', text: 'A warning for heavy snow is in force from Saturday, forecasters said.', span: 'Saturday', type: 'DATE', value: '2025-05-10' },
  { label: 'a past state from a weekday stays past', text: 'A warning for heavy snow was in force from Saturday.', span: 'Saturday', type: 'DATE', value: '2025-05-03' },
  { label: 'during the evening of the sentence day', text: 'The storm reached the coast at 4 p.m. on Wednesday and moved inland during the evening.', span: 'the evening', type: 'TIME', value: '2025-04-30TEV' },
  { label: 'through the night with no day', text: 'Shelling continued throughout the night.', span: 'the night', type: 'TIME', value: 'XXXX-XX-XXTNI' },
  { label: "a period's last day is not the story's day", text: 'Sales fell 4% in the eight weeks to April 30. She told analysts on a call at 8 a.m.', span: '8 a.m.', type: 'TIME', value: 'XXXX-XX-XXT08:00', published: null },
  { label: 'a story day still dates a clock time', text: 'Sales fell on April 30. She told analysts on a call at 8 a.m.', span: '8 a.m.', type: 'TIME', value: 'XXXX-04-30T08:00', published: null },
  { label: 'the quarter ended on a stated day', text: 'Revenue rose 8% in the quarter ended March 31.', span: 'the quarter', type: 'DATE', value: '2025-Q1' },
  { label: 'the quarter to a month of last year', text: 'Revenue rose in the quarter to December.', span: 'the quarter', type: 'DATE', value: '2024-Q4' },
  { label: 'a day until the end of its own month stays in its year', text: 'Clinics will open on Saturday and Sunday until the end of the month.', span: 'Sunday', type: 'DATE', value: '2025-09-21', published: '2025-09-16' },
  { label: 'that summer after a year', text: 'She opened her own practice in 1971, and that summer won the competition.', span: 'summer', type: 'DATE', value: '1971-SU', published: null },
  { label: 'the verb last before a vague count', text: 'Deliberations could last several days, lawyers said.', span: 'several days', type: 'DURATION', value: 'PXD' },
  { label: 'a date in an urged infinitive looks ahead', text: 'The mayor urged employers to let staff work from home on Friday.', span: 'Friday', type: 'DATE', value: '2025-05-09' },
  { label: 'the telling day before the infinitive stays past', text: 'The judge told jurors on Friday to report on Tuesday.', span: 'Friday', type: 'DATE', value: '2025-05-02' },
  { label: 'a date after the message that carried a call dates the call', text: 'She called on supporters to come in a post on Tuesday.', span: 'Tuesday', type: 'DATE', value: '2025-04-29' },
  { label: 'in N units after a perfect is a span', text: 'Many have done their shopping in four days.', span: 'four days', type: 'DURATION', value: 'P4D' },
  { label: 'in N units after a perfect with an infinitive stays a point', text: 'We have agreed to meet in four days.', span: 'in four days', type: 'DATE', value: '2025-05-08' },
  { label: 'a month naming its data is gone', text: 'The consortium will publish its November sales figures on Dec. 9.', span: 'November', type: 'DATE', value: '2025-11', published: '2025-12-01' },
  { label: 'a retail event month still looks ahead', text: 'Shops said the January sales will start early.', span: 'January', type: 'DATE', value: '2026-01', published: '2025-12-01' },
  { label: 'would have with an object looks ahead', text: 'The coach said the striker would have a scan on Tuesday.', span: 'Tuesday', type: 'DATE', value: '2025-05-06' },
  { label: 'could have talks looks ahead', text: 'He said the two sides could have talks on Friday.', span: 'Friday', type: 'DATE', value: '2025-05-09' },
  { label: "couldn't have is the past", text: "She couldn't have known on Friday.", span: 'Friday', type: 'DATE', value: '2025-05-02' },
  { label: 'a past verb after the modal wins', text: 'Officials could not say why the ferry sank on Friday.', span: 'Friday', type: 'DATE', value: '2025-05-02' },
  // a present-tense verb of a timetable points forward; its past tense does not
  { label: 'present travel verb looks ahead', text: 'The president heads to Paris on Monday.', span: 'Monday', type: 'DATE', value: '2025-05-05' },
  { label: 'present hearing verb looks ahead', text: 'The court hears the case Friday.', span: 'Friday', type: 'DATE', value: '2025-05-09' },
  { label: 'past hearing verb stays back', text: 'The court heard the case on Friday.', span: 'Friday', type: 'DATE', value: '2025-05-02' },
  // offsets from the last date given
  { label: 'vague amount earlier', text: 'Hours earlier, the army had shelled the bridge.', span: 'Hours earlier', type: 'DATE', value: 'PAST_REF' },
  { label: 'counted days earlier go back', text: 'The deal was signed on March 15; four days earlier, talks had failed.', span: 'four days earlier', type: 'DATE', value: '2025-03-11' },
  { label: 'counted days later go forward', text: 'The deal was signed on March 15; four days later, it failed.', span: 'four days later', type: 'DATE', value: '2025-03-19' },
  // a clock time in a sentence with its own coarser date takes no day from before
  { label: 'time next to a year', text: 'The board met on Friday. Starting next year — 8:15 a.m. for all schools — classes begin later.', span: '8:15 a.m.', type: 'TIME', value: 'T08:15' },
  { label: 'time still takes the day of the sentence before', text: 'The board met on Friday. The vote came at 9:40 p.m.', span: '9:40 p.m.', type: 'TIME', value: '2025-05-02T21:40' },
  // a weekday with its calendar date
  { label: 'weekday, comma, full date is one date', text: 'Evening Post\n\nThursday, 24 April 2025 9:10 AM\n\nThe minister resigned.', span: 'Thursday, 24 April 2025', type: 'DATE', value: '2025-04-24' },
  { label: 'US order with the weekday', text: 'The vote was held on Tuesday, April 29, 2025, in the capital.', span: 'Tuesday, April 29, 2025', type: 'DATE', value: '2025-04-29' },
  { label: 'the dateline gives its time the day', text: 'Thursday, 24 April 2025 9:10 AM\n\nThe minister resigned.', span: '9:10 AM', type: 'TIME', value: '2025-04-24T09:10' },
  { label: 'weekday named in brackets takes that date', text: 'Troops landed last Friday (July 9) in the north.', span: 'last Friday', type: 'DATE', value: 'XXXX-07-09', published: null },
  { label: 'the bracketed date itself', text: 'Troops landed last Friday (July 9) in the north.', span: 'July 9', type: 'DATE', value: 'XXXX-07-09', published: null },
  { label: 'tonight outside a quote stays publication night', text: 'The mayor spoke on Saturday. Tonight the city votes again.', span: 'Tonight', type: 'TIME', value: '2025-05-04TNI' },
  // "in" + a count after a pronoun is a point; after a noun it stays a duration
  { label: 'offset after a pronoun', text: 'I will call them in three days.', span: 'in three days', type: 'DATE', value: '2025-05-07' },
  { label: 'count after a noun stays a duration', text: 'A decline in two years was seen.', span: 'two years', type: 'DURATION', value: 'P2Y' },
  { label: 'after a noun in a clause that looks ahead, a point', text: 'The bill will be debated when the assembly returns from its recess in two weeks.', span: 'in two weeks', type: 'DATE', value: '2025-05-18' },
  { label: 'a counted noun keeps the stretch, looking ahead too', text: 'The side will play three games in eight days.', span: 'eight days', type: 'DURATION', value: 'P8D' },
  { label: 'over the following decade is a stretch', text: 'Walkers were less likely to fall ill over the following decade.', span: 'the following decade', type: 'DURATION', value: 'P10Y' },
  { label: 'for the following week is a slot', text: 'The vote was scheduled for the following week.', span: 'the following week', type: 'DATE', value: 'XXXX-WXX', published: null },
  // a dateline's date is the reference date when the article has no publication date
  { label: 'dateline line anchors weekdays', text: 'Evening Post\n\nThursday, 24 April 2025 9:10 AM\n\nThe minister resigned on Wednesday.', span: 'Wednesday', type: 'DATE', value: '2025-04-23', published: null },
  { label: 'city dateline anchors weekdays', text: 'LIMA, Peru, June 6, 2024 — Police said on Tuesday that the road was open.', span: 'Tuesday', type: 'DATE', value: '2024-06-04', published: null },
  { label: 'a caption date is no dateline', text: 'Farmers march in Lima, Peru, June 6, 2024. Photo: Agency\nThe minister will visit on Friday.', span: 'Friday', type: 'DATE', value: 'XXXX-XX-XX', published: null },
  { label: 'the publication date wins over a dateline', text: 'LIMA, Peru, June 6, 2024 — Police said on Tuesday that the road was open.', span: 'Tuesday', type: 'DATE', value: '2025-04-29' },
];

describe('dates: forms that take their value from context (reference 2025-05-04 unless stated)', () => {
  it.each(rows)('$label: "$span" → $value', (row) => expectRow(row, REF));
});

const notDates: readonly { label: string; text: string; word: string }[] = [
  { label: 'an ordinal century', text: 'The church was built before the 15th century.', word: '15th' },
  { label: 'an ordinal unit', text: 'He served with the 3rd Battalion since the 1990s.', word: '3rd' },
  { label: 'a minute of a match', text: 'She scored in the 15th, and again later.', word: '15th' },
  { label: 'an award of the month', text: 'He was named player of the month again.', word: 'month' },
  { label: 'the month of a feast', text: 'The month of Ramadan began early.', word: 'month' },
  { label: 'a year-end bonus is not a date', text: 'Staff got a year-end bonus.', word: 'year-end' },
  { label: "the new year's budget is no date of its own", text: "The council debated the new year's budget.", word: 'new year' },
  { label: 'the New Year holiday is not "the new year"', text: 'Crowds gathered for the New Year fireworks.', word: 'New Year' },
  { label: 'half of a thing', text: 'The second half of the match was dull.', word: 'half' },
  { label: 'the morning of a date is the date', text: 'It began on the morning of May 3.', word: 'morning' },
];

const CONTEXT_RULES: ReadonlySet<string> = new Set(['absolute.lone-day', 'periods.half', 'relative.in-the-part-of-day', 'relative.the-month', 'relative.new-year']);

describe('dates: context forms that are not dates on their own', () => {
  it.each(notDates)('$label', ({ text, word }) => {
    const found = dates(text, REF);
    expect(found.filter((d) => d.text.includes(word)).map((d) => d.provenance)).not.toContain('absolute.lone-day');
    expect(found.some((d) => CONTEXT_RULES.has(d.provenance))).toBe(false);
  });
});
