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
  { label: 'minutes in words past the hour', text: "HOST: It's five past eight. Minister, welcome.", span: 'five past eight', type: 'TIME', value: 'T08:05' },
  { label: 'minutes past with a day', text: 'We met at twenty past six this morning.', span: 'twenty past six this morning', type: 'TIME', value: '2025-06-18T06:20' },
  { label: 'a span before a week on a weekday', text: 'She set the record for the second time in less than a week on Wednesday night.', span: 'less than a week', type: 'DURATION', value: 'P1W' },
  { label: 'a bare clock placed by the part of the day', text: 'The show starts at 7:30 in the evening on Friday.', span: '7:30 in the evening on Friday', type: 'TIME', value: '2025-06-20T19:30' },
  { label: 'an hour in words placed by the part of the day', text: 'She fired the kiln at five in the morning.', span: 'five in the morning', type: 'TIME', value: 'XXXX-XX-XXT05:00', published: null },
  { label: 'a clock today with no publication date is on an unknown day', text: 'Civil defence will hold a briefing at 4 p.m. today.', span: '4 p.m. today', type: 'TIME', value: 'XXXX-XX-XXT16:00', published: null },
  { label: 'a press-release dateline with a region and dashes dates "today"', text: 'HALDEN, N.S. — October 7, 2025 — Valdor Energy today announced a new site.', span: 'today', type: 'DATE', value: '2025-10-07', published: null },
  { label: 'a quarter in reported figures is gone', text: 'Valdor Foods reported record sales for the fourth quarter on Friday.', span: 'fourth quarter', type: 'DATE', value: '2025-Q4', published: '2026-01-31' },
  { label: 'a verbless segment after a comma goes on the clause before', text: 'The trial was delayed twice, first in January when a juror fell ill.', span: 'January', type: 'DATE', value: '2026-01', published: '2026-09-24' },
  { label: 'a season in a "when" clause on a year takes that year', text: 'The last outbreak was in 2019, when 88 people fell ill over the spring.', span: 'the spring', type: 'DATE', value: '2019-SP', published: '2026-03-01' },
  { label: 'counted nights are days', text: 'Observations over the following nine nights fixed the orbit.', span: 'the following nine nights', type: 'DURATION', value: 'P9D' },
  { label: 'an edge of a part of the day, no day known', text: 'Inspectors arrived by mid-morning.', span: 'mid-morning', type: 'TIME', value: 'XXXX-XX-XXTMO', published: null },
  { label: 'an edge of a part of the day on a weekday is one TIME', text: 'Temperatures will reach 24C by late morning on Sunday.', span: 'late morning on Sunday', type: 'TIME', value: '2026-04-05TMO', published: '2026-04-03' },
  { label: 'a clock before "that afternoon" is on the day the text gave', text: 'The fair opens on Wednesday, Dec. 31. The road closes from 2 p.m. that afternoon.', span: '2 p.m. that afternoon', type: 'TIME', value: '2025-12-31T14:00', published: '2025-12-29' },
  { label: 'a holiday weekend after a Thursday holiday is the weekend after it', text: 'Over Christmas weekend police made 14 arrests.', span: 'Christmas weekend', type: 'DATE', value: '2025-W52-WE', published: '2025-12-29' },
  { label: 'a Monday holiday closes the weekend before it', text: 'Twelve people died over the Memorial Day weekend.', span: 'Memorial Day weekend', type: 'DATE', value: '2025-W21-WE', published: '2025-06-01' },
  { label: '"including the weekend" is a particular weekend', text: 'The jury will sit each day from Friday, including the weekend if necessary.', span: 'the weekend', type: 'DATE', value: '2026-W39-WE', published: '2026-09-24' },
  { label: 'a zone named in words stays in the clock span', text: 'The call began at 8:30 a.m. Eastern Time on Friday.', span: '8:30 a.m. Eastern Time on Friday', type: 'TIME', value: '2026-01-30T08:30', published: '2026-01-31' },
  { label: 'a participle after "with" in a present sentence looks ahead', text: 'This is the worst moment, with schools breaking up on Friday.', span: 'Friday', type: 'DATE', value: '2026-07-10', published: '2026-07-08' },
  { label: 'a participle after "with" in a past sentence is the past', text: 'The roads were busy, with schools breaking up on Friday.', span: 'Friday', type: 'DATE', value: '2026-07-03', published: '2026-07-08' },
  { label: 'a measured amount in a time is a span', text: 'Forecasters predict up to 250 millimetres of rain in 36 hours.', span: '36 hours', type: 'DURATION', value: 'PT36H', published: null },
  { label: 'a weekday before a day-first date with no comma is one date', text: 'The break will run from Monday 26 October to Friday 30 October.', span: 'Monday 26 October', type: 'DATE', value: '2026-10-26', published: '2026-10-01' },
  { label: 'an abbreviated weekday before a day-first date', text: 'Autumn term: Thu 3 Sep to the end of the year.', span: 'Thu 3 Sep', type: 'DATE', value: '2026-09-03', published: '2026-10-01' },
  { label: 'a 24-hour time with a leading zero needs no preposition', text: 'The strongest winds should arrive between 02:00 and 05:00 on Sunday.', span: '02:00', type: 'TIME', value: '2026-10-04T02:00', published: '2026-10-01' },
  { label: 'a 24-hour time past noon needs no preposition', text: 'Kick-off 15:00 unless stated.', span: '15:00', type: 'TIME', value: 'XXXX-XX-XXT15:00', published: null },
  { label: 'a dotted clock before "this morning" keeps its minutes', text: 'Rang at 8.55 this morning.', span: '8.55 this morning', type: 'TIME', value: '2026-10-01T08:55', published: '2026-10-01' },
  { label: 'a quarter named by the month it ends', text: 'Production in the June quarter was 48,200 tonnes.', span: 'the June quarter', type: 'DATE', value: '2027-Q2', published: '2027-07-30' },
  { label: 'a coming quarter named by its month', text: 'Sales in the December quarter will rise.', span: 'the December quarter', type: 'DATE', value: '2027-Q4', published: '2027-07-30' },
  { label: 'a fiscal year in two digits', text: 'The miner guided to FY28 output of 180,000 tonnes.', span: 'FY28', type: 'DATE', value: '2028', published: '2027-07-30' },
  { label: 'an auxiliary "had" gives no deadline', text: 'He noted that the Commons had sat until 11.47pm on Thursday to pass a bill.', span: '11.47pm on Thursday', type: 'TIME', value: '2027-03-11T23:47', published: '2027-03-15' },
  { label: 'a date aside before a past verb is past, an infinitive before it notwithstanding', text: 'A first attempt to launch it, on Dec. 2, was stopped.', span: 'Dec. 2', type: 'DATE', value: '2026-12-02', published: '2027-03-14' },
  { label: 'a month-day before "weekend" is that day\'s weekend', text: 'A spike over the July 4 weekend prompted an inquiry.', span: 'July 4 weekend', type: 'DATE', value: '2026-W27-WE', published: '2026-07-08' },
  { label: 'a part of the day joins a weekday set', text: 'She opened the workshop every Friday afternoon.', span: 'every Friday afternoon', type: 'SET', value: 'XXXX-WXX-5TAF' },
  { label: 'a season across two years is the first one\'s', text: 'It was the worst since the winter of 2013-14.', span: 'the winter of 2013-14', type: 'DATE', value: '2013-WI' },
  { label: '"the next fortnight" is a stretch', text: 'Setting out the business for the next fortnight, she spoke.', span: 'the next fortnight', type: 'DURATION', value: 'P2W' },
  { label: 'an adverb of frequency before "as well"', text: 'The blue bin goes weekly as well.', span: 'weekly', type: 'SET', value: 'P1W' },
  { label: 'a small-hours clock after "tonight" is past midnight', text: 'The second is tonight, at a hotel staying open until 1am.', span: '1am', type: 'TIME', value: '2028-03-01T01:00', published: '2028-02-29' },
  { label: 'a kind of day between a count and its unit', text: 'We will give our decision within five working days.', span: 'five working days', type: 'DURATION', value: 'P5D' },
  { label: 'an early year after "c."', text: 'It was built c. 1790 by monks.', span: '1790', type: 'DATE', value: '1790' },
  { label: '"the present day"', text: 'It runs from the Middle Ages to the present day.', span: 'the present day', type: 'DATE', value: 'PRESENT_REF' },
  { label: 'a year of the next century after "in"', text: 'The next skipped leap day falls in 2100.', span: '2100', type: 'DATE', value: '2100' },
  { label: 'an hour in words before "o\'clock" joins its day', text: "We'll reconvene on Tuesday at ten o'clock.", span: "Tuesday at ten o'clock", type: 'TIME', value: '2025-06-24T10:00' },
  { label: 'a lone day before a verb', text: 'Rent was due on July 1. The payment on the 15th was late.', span: 'the 15th', type: 'DATE', value: '2026-07-15', published: '2026-07-20' },
  { label: 'a lone day after "it\'s"', text: 'The first round is on 9 July. Then it\'s the 23rd.', span: 'the 23rd', type: 'DATE', value: '2026-07-23', published: '2026-07-01' },
  { label: '"the first month" of something is its opening stretch', text: 'One household in ten may miss a collection in the first month.', span: 'the first month', type: 'DURATION', value: 'P1M' },
  { label: '"the first week of March" stays a week of the month', text: 'In the first week of March the river rose.', span: 'the first week of March', type: 'DATE', value: '2025-W10' },
  { label: 'a rate per season is that season of every year', text: 'We see this kind of storm once or twice a winter.', span: 'a winter', type: 'SET', value: 'XXXX-WI' },
  { label: '"nightly" is every night, valued as "every night" is', text: 'The ferry sails nightly from the pier.', span: 'nightly', type: 'SET', value: 'XXXX-XX-XXTNI' },
  { label: 'a clock in words before "in the morning" is one TIME', text: 'I start work at quarter to six in the morning.', span: 'quarter to six in the morning', type: 'TIME', value: 'XXXX-XX-XXT05:45', published: null },
  { label: 'a clock in words before "in the evening" takes the evening\'s half', text: 'On Monday the talks ended at half past seven in the evening.', span: 'half past seven in the evening', type: 'TIME', value: '2026-05-04T19:30', published: '2026-05-05' },
  { label: 'minutes to the hour in words, with a part of the day after', text: 'I rang the council at ten to one in the morning.', span: 'ten to one in the morning', type: 'TIME', value: 'XXXX-XX-XXT00:50', published: null },
  { label: 'a dotted clock in the morning', text: 'You stand in the rain at 5.30 in the morning.', span: '5.30 in the morning', type: 'TIME', value: 'T05:30' },
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
  // a month of a year named from today or from the last date: one date
  { label: 'month of last year', text: 'Norland ended the pact in November of last year.', span: 'November of last year', type: 'DATE', value: '2024-11' },
  { label: 'month of next year', text: 'The base will close in March of next year.', span: 'March of next year', type: 'DATE', value: '2026-03' },
  { label: 'month of the following year', text: 'The strike began in 2019 and ended in May of the following year.', span: 'May of the following year', type: 'DATE', value: '2020-05' },
  { label: 'an edge span of a month', text: 'Frosts end in early-to-mid April.', span: 'early-to-mid April', type: 'DATE', value: '2025-04' },
  // ranges share a year; a relative year right after a date gives it its year
  { label: 'range start takes the stated end year', text: 'Output for May–July 2023 was flat.', span: 'May', type: 'DATE', value: '2023-05' },
  { label: 'a running range stays in this year', text: 'The show runs from April to August.', span: 'April', type: 'DATE', value: '2025-04' },
  { label: 'a past range across New Year', text: 'The strike lasted from November to February.', span: 'November', type: 'DATE', value: '2024-11' },
  { label: 'month before "last year"', text: 'The mine shut in March last year.', span: 'March', type: 'DATE', value: '2024-03' },
  { label: 'month before "next year"', text: 'Work begins in October next year.', span: 'October', type: 'DATE', value: '2026-10' },
  // month, "the" and an ordinal word; a short weekday name with its full stop; military time with its day
  { label: 'month, "the", ordinal word', text: 'The vote is set for October the twenty-first.', span: 'October the twenty-first', type: 'DATE', value: '2025-10-21' },
  { label: 'a dotted short weekday before a lower-case word', text: 'The depot closed Mon. for repairs.', span: 'Mon.', type: 'DATE', value: '2025-06-16' },
  { label: 'a dotted short weekday after "till" looks ahead', text: 'The shop stays open till Sat.', span: 'Sat.', type: 'DATE', value: '2025-06-21' },
  { label: '"until" a weekday with no past verb looks ahead', text: 'The pool is open until Saturday.', span: 'Saturday', type: 'DATE', value: '2025-06-21' },
  { label: 'a schedule verb reaches its day past a clock range', text: 'The fair runs from 9 a.m. to 5 p.m. on Saturday.', span: 'Saturday', type: 'DATE', value: '2025-06-21' },
  { label: 'military time after "at" and a day', text: 'Briefing is tomorrow at 0900.', span: 'tomorrow at 0900', type: 'TIME', value: '2025-06-19T09:00' },
  { label: 'military time with "hours"', text: 'The convoy will move at 1430 hours on Friday.', span: '1430 hours on Friday', type: 'TIME', value: '2025-06-20T14:30' },
  { label: 'a while back', text: 'I read the report a while back.', span: 'a while back', type: 'DATE', value: 'PAST_REF' },
  { label: 'a yearless month/day after "by"', text: 'Please reply by 7/2.', span: '7/2', type: 'DATE', value: '2025-07-02' },
  // a quarter two or more away in the clause's direction changes year
  { label: 'a past quarter said early in the year is last year\'s', text: 'Losses narrowed in the fourth quarter.', span: 'fourth quarter', type: 'DATE', value: '2024-Q4', published: '2025-01-06' },
  { label: 'a coming quarter said late in the year is next year\'s', text: 'The firm expects a rebound in the first quarter.', span: 'first quarter', type: 'DATE', value: '2026-Q1', published: '2025-12-15' },
  { label: 'the next quarter keeps the year (fiscal quarters)', text: 'The firm reported second-quarter profit.', span: 'second-quarter', type: 'DATE', value: '2025-Q2', published: '2025-02-10' },
  { label: 'a dotted range end after a dash is day first', text: 'Ada Brennick (14.3.1938 – 7.8.2025)', span: '7.8.2025', type: 'DATE', value: '2025-08-07' },
  { label: 'a declared period "from" a weekday starts ahead', text: 'The mayor declared three days of mourning from Friday.', span: 'Friday', type: 'DATE', value: '2025-06-20' },
  { label: 'a narrated period "from" a weekday stays in the past', text: 'Prices rose for two weeks from Monday, data showed.', span: 'Monday', type: 'DATE', value: '2025-06-16' },
  { label: 'a month right after a speech verb is the time of saying', text: 'The chairwoman said in February that the plan must change.', span: 'February', type: 'DATE', value: '2025-02', published: '2025-11-27' },
  { label: 'a prospect looks ahead', text: 'The row had raised the prospect of a snap election in the autumn.', span: 'the autumn', type: 'DATE', value: '2025-FA' },
  { label: 'hours later count from the last clock time given with its day', text: 'The ship docked at 10 a.m. on Thursday. Three hours later, the port closed.', span: 'Three hours later', type: 'TIME', value: '2025-06-12T13:00' },
  { label: 'minutes later in the same sentence', text: 'The water came in at 3 a.m. on Monday, and ten minutes later it was at my knees.', span: 'ten minutes later', type: 'TIME', value: '2025-06-16T03:10' },
  { label: 'minutes later count from a clock time with no day told before them in the sentence', text: 'Troops arrived at 10 p.m. on Monday. “The water came in at 3 a.m., and ten minutes later it was at my knees,” he said.', span: 'ten minutes later', type: 'TIME', value: '2025-06-17T03:10' },
  { label: 'half an hour later is thirty minutes on', text: 'The ship docked at 10 a.m. on Thursday. Half an hour later, the port closed.', span: 'Half an hour later', type: 'TIME', value: '2025-06-12T10:30' },
  { label: 'a small-hours time after an evening time of the same day is the next day', text: 'The flight left at 11 p.m. on Friday and landed at 6 a.m.', span: '6 a.m.', type: 'TIME', value: '2025-06-14T06:00' },
  { label: 'once past midnight, a later clock time stays on the next day', text: 'The convoy left at 11 p.m. on Friday. The first trucks crossed at about 3 a.m. Residents said the last one passed after 5 a.m.', span: '5 a.m.', type: 'TIME', value: '2025-06-14T05:00' },
  { label: 'a clock time with its own day in its sentence keeps that day', text: 'The convoy left at 11 p.m. on Friday. The first trucks crossed at about 3 a.m. On Friday morning the border had opened at 6 a.m.', span: '6 a.m.', type: 'TIME', value: '2025-06-13T06:00' },
  { label: 'an evening time told after another keeps its day', text: 'He was arrested at 11 p.m. on Friday. Police had been called at 9 p.m.', span: '9 p.m.', type: 'TIME', value: '2025-06-13T21:00' },
  { label: 'the week after a week named steps from that week', text: 'We will come back next week, and the week after.', span: 'the week after', type: 'DATE', value: '2025-W27' },
  { label: 'the week after a day given steps from that day', text: 'Talks were held on March 3 and the week after.', span: 'the week after', type: 'DATE', value: '2025-W11' },
  { label: 'an infinitive after a perception verb\'s object is no schedule: "in a week" is a span', text: 'In 2023 we watched more than 100,000 of our neighbours leave the valley in a week.', span: 'a week', type: 'DURATION', value: 'P1W' },
  { label: 'a schedule verb after its subject still looks ahead', text: 'Our troops leave in a week.', span: 'in a week', type: 'DATE', value: '2025-06-25' },
  { label: 'a modal reaches a clock time past its verb\'s long object', text: 'The bloc said it would hold an emergency virtual meeting of foreign ministers at 11 a.m. on Friday.', span: '11 a.m. on Friday', type: 'TIME', value: '2025-06-20T11:00' },
  { label: '"called … for" a clock time and day past a long object is ahead', text: 'He called an emergency session of the region’s own legislature for 11 a.m. on Thursday.', span: '11 a.m. on Thursday', type: 'TIME', value: '2025-06-19T11:00' },
  { label: 'a deadline asked for past a number with separators is ahead', text: 'Parliament adopted a declaration demanding the withdrawal of about 1,500 foreign troops from the breakaway region by December 31.', span: 'December 31', type: 'DATE', value: '2026-12-31', published: '2026-05-06' },
  { label: 'a deadline far from the verb that asks for it is ahead', text: 'Parliament on Tuesday adopted a declaration demanding the withdrawal of about 1,500 foreign troops from the breakaway region of northern Norland by December 31.', span: 'December 31', type: 'DATE', value: '2026-12-31', published: '2026-05-06' },
  { label: 'a fronted year dates a yearless day in its sentence', text: 'In 2019, the talks opened on March 3.', span: 'March 3', type: 'DATE', value: '2019-03-03' },
  { label: 'a year modifying the subject dates a coming day', text: 'The 2027 edition is scheduled for September 25.', span: 'September 25', type: 'DATE', value: '2027-09-25' },
  { label: 'a past year does not date a coming day', text: 'He was jailed in 2019 and is due for release on March 3.', span: 'March 3', type: 'DATE', value: '2026-03-03' },
  { label: 'a year in a clause set off by commas dates only that clause', text: 'The families, many of whom have lived there since the mine closed in 2003, were told in March to leave.', span: 'March', type: 'DATE', value: '2025-03' },
  { label: 'a year a span starts from does not date the next clause', text: 'The scheme has been under discussion since 2019 and was last revised in late November.', span: 'late November', type: 'DATE', value: '2024-11' },
  { label: 'the later day of a "between" range in one month', text: 'The fair ran between May 28 and 30.', span: '30', type: 'DATE', value: '2025-05-30' },
  { label: 'the earlier day of a day-first "between" range', text: 'Talks ran between 3 and 7 March 2024.', span: '3', type: 'DATE', value: '2024-03-03' },
  { label: 'the earlier day of a day-first "from … to" range', text: 'The library will close from 1 to 12 August.', span: '1', type: 'DATE', value: '2025-08-01' },
  { label: 'the later day of a pair in one month', text: 'Airlines will cut flights on Feb. 16 and 17.', span: '17', type: 'DATE', value: '2026-02-17', published: '2026-02-12' },
  { label: 'the other day of an alternative in one month', text: 'Tickets for July 12 or 13 will be valid on July 14.', span: '13', type: 'DATE', value: '2026-07-13', published: '2026-02-12' },
  { label: 'a quarter after "returned to profit" is past', text: 'The airline returned to profit in the fourth quarter.', span: 'fourth quarter', type: 'DATE', value: '2025-Q4', published: '2026-02-12' },
  { label: 'a vague count after a past day is the past', text: 'The fire broke out on Feb. 14, and crews brought it under control hours later.', span: 'hours later', type: 'DATE', value: 'PAST_REF', published: '2026-03-03' },
  { label: 'minutes later with no clock time before are an unknown time', text: 'Ten minutes later it was over.', span: 'Ten minutes later', type: 'TIME', value: 'XXXX-XX-XXTXX:XX' },
  { label: '"continues" is a timetable verb', text: 'The trial continues at 10am on Monday.', span: '10am on Monday', type: 'TIME', value: '2025-06-23T10:00' },
  { label: '"a single week" is a duration', text: 'One result tells us more than a single week of data.', span: 'more than a single week', type: 'DURATION', value: 'P1W' },
  { label: '"can" before a weekday span is a timetable', text: 'Callers can reach the desk between 9 a.m. and 5 p.m. Monday through Friday.', span: 'Monday', type: 'SET', value: 'XXXX-WXX-1' },
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
    ['"one day" heading its clause is some day', 'One day, maybe, we will sail.', 'One day'],
    ['"Sunday best"', 'She wore her Sunday best.', 'Sunday'],
    ['"Sunday school"', 'The Sunday school reopened.', 'Sunday'],
    ['"the Sun." is a paper', 'He read it in the Sun. It was true.', 'Sun'],
    ['ordinals of a noun after a month', 'In June the first, second and third battalions left.', 'the first'],
    ['four digits after "at" with no clock cue', 'The plane flew at 1500 feet.', '1500'],
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
