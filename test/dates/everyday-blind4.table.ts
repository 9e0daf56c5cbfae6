/**
 * The fourth BLIND table of invented everyday date expressions, written from GUIDELINES.md §1
 * and §4 (Dates and times) and the conventions in everyday-blind3's header, before the stage
 * was run on it. Every sentence is made up.
 *
 * First run (2026-12-06, commit 95affa5): 122 of 131 rows right (93.1%). The nine failures were
 * fixed by general rules, none of them for a row's words: a month, "the" and an ordinal word
 * ("October the twenty-first"); a short weekday name that is also a word, written with its full
 * stop ("closed Mon. for"); "a while back"; four-digit clock times after "at" with a day, a
 * leading zero or "hours"; a yearless quarter two or more away in the clause's direction; a
 * clause's direction read past the clock times before its day; "until" a weekday with no past
 * verb looks ahead; a yearless month/day with a slash after "by" or "deadline"; "one day" heading
 * its clause is "some day"; "Sunday best", "Sunday school". Now 131 of 131, so no row is `gap`.
 *
 * Reference dates:
 *   F (default) Friday 16 October 2026 (ISO week 2026-W42, Mon 12 – Sun 18 October;
 *               last week 2026-W41, Mon 5 – Sun 11 October; next week 2026-W43, Mon 19 – Sun 25)
 *   J           Monday 4 January 2027 (ISO week 2027-W01, Mon 4 – Sun 10 January; last week
 *               2026-W53, Mon 28 December 2026 – Sun 3 January 2027)
 *   S           Sunday 31 May 2026 (ISO week 2026-W22, Mon 25 – Sun 31 May; next week
 *               2026-W23, Mon 1 – Sun 7 June)
 *   null        two rows have no reference date: unknown parts are X.
 *
 * Conventions (from §4 and blind3's header):
 * - A reference date has no time of day: hour and minute offsets count from noon.
 * - Offsets are points at the unit's granularity: days and weeks a day, months YYYY-MM, years
 *   YYYY (so "a year from today" is `2027`, not a day), decades the decade (`201`), centuries
 *   the century (two centuries ago from 2026 is `18`); hours and minutes a TIME to the minute.
 *   "for five days" is a DURATION.
 * - Vague amounts and references: PAST_REF ("years ago", "a while back", "lately", "recent
 *   years"), PRESENT_REF ("these days", "nowadays", "right now"), FUTURE_REF ("the near
 *   future", "the months ahead").
 * - A bare weekday, month-day or holiday takes the nearest such day on or before the reference
 *   (same day included) in past tense, and the nearest after it in future tense; future-tense
 *   rows never name the reference's own weekday. "next/this coming <weekday>" is the next such
 *   day after the reference; "<weekday> of next week" is that day in the next ISO week; "the
 *   <weekday> before last" is a week before the most recent past one; "a week from Tuesday"
 *   is seven days after the coming Tuesday. On the Sunday reference, "next weekend" is the
 *   following week's weekend and "the weekend" (past) is the one ending that day.
 * - Numeric dates: slashes month first (US) unless the first number is over 12; dots day first;
 *   two-digit years '00–'29 are 20xx, '30–'99 19xx.
 * - Seasons `2026-SP/SU/FA/WI`, a winter labelled by the year it begins; quarters `2026-Q3`;
 *   halves `2026-H2`; weekends `2026-W41-WE`; parts of the day TIME `…TMO/TAF/TEV/TNI`
 *   ("overnight" in future tense is the reference's night); a clock time with its day is one
 *   TIME to the minute; weekday sets `XXXX-WXX-1`.
 * - A period modifier keeps the period's value (TIMEX3 puts START/MID/END in `mod`, which this
 *   table does not check): "the end of the month" `2026-10`, "early next year" `2027`,
 *   "mid-2027" `2027`, "the late '80s" `198`.
 * - Holidays only where they name a fixed calendar date (Christmas Day, New Year's Eve, the
 *   Fourth of July, Halloween…), resolved like a month-day; no movable feasts.
 * - Fiscal years ("FY2025") are left out: §4 gives them no value format.
 * - Ranges give one row per end; a not-date (value null) means no date may overlap the span.
 * The row type has no `alt`, so where §4 is open the row takes the reading a careful reader
 * would give, as listed above.
 */

import { everydayRows, type EverydayBlindRaw, type EverydayBlindRow } from './everyday-blind-runner.js';

export type Blind4Class =
  | 'numeric' | 'years' | 'ordinal' | 'offset' | 'vague' | 'weekday' | 'clock' | 'part-of-day'
  | 'period' | 'holiday' | 'set' | 'duration' | 'range' | 'not-date';

export type Blind4Row = EverydayBlindRow<Blind4Class>;

export const F = '2026-10-16';
export const J = '2027-01-04';
export const S = '2026-05-31';

type Raw = EverydayBlindRaw<Blind4Class>;

const raw: readonly Raw[] = [
  ['numeric', 'Payment for invoice 4471, dated 3/14/2024, is overdue.', '3/14/2024', '2024-03-14'],
  ['numeric', 'Delivery note: received 14.03.24, signed by K. Brandt.', '14.03.24', '2024-03-14'],
  ['numeric', 'Log entry 2024-3-7: boiler serviced, pressure normal.', '2024-3-7', '2024-03-07'],
  ['numeric', 'Photos from the 2023/09/18 shoot are in the shared folder.', '2023/09/18', '2023-09-18'],
  ['numeric', 'BATCH 27-AUG-25 RELEASED TO STOCK', '27-AUG-25', '2025-08-27'],
  ['numeric', 'My old card expired 03/2024, so the payment bounced.', '03/2024', '2024-03'],
  ['numeric', 'The lease began on 28/02/2025 and runs for a year.', '28/02/2025', '2025-02-28'],
  ['numeric', 'Minutes of the board meeting held 1.2.2026 are attached.', '1.2.2026', '2026-02-01'],
  ['numeric', 'Ticket #8812 opened 9-Nov-2025 and is still unresolved.', '9-Nov-2025', '2025-11-09'],
  ['numeric', 'Posted by jm_rivera on 10/12 — anyone else seeing this bug?', '10/12', '2026-10-12'],
  ['numeric', 'Deadline 6/5 for all RSVPs, please.', '6/5', '2026-06-05', S],
  ['numeric', 'The shipment left the port 12/30/26 and is stuck in customs.', '12/30/26', '2026-12-30', J],
  ['numeric', 'Filed 04/22/2019 with the county clerk.', '04/22/2019', '2019-04-22', null],

  ['years', "We bought the house back in '96.", "'96", '1996'],
  ['years', "Class of '08 — reunion details below!", "'08", '2008'],
  ['years', 'Nobody thought the year 1999 would matter so much.', 'the year 1999', '1999'],
  ['years', 'The stamp on the letter reads Mar 3, 97.', 'Mar 3, 97', '1997-03-03'],
  ['years', 'The 20th century brought the railway to the valley.', 'The 20th century', '19'],
  ['years', 'The firm plans to double in size next year.', 'next year', '2027'],
  ['years', 'Sales fell last year, the owner said.', 'last year', '2026', J],

  ['ordinal', 'The court will rule on march fourteenth.', 'march fourteenth', '2027-03-14'],
  ['ordinal', 'We moved in on the first of may and never looked back.', 'the first of may', '2026-05-01'],
  ['ordinal', 'Our last shipment went out sept. 9, sorry for the delay.', 'sept. 9', '2026-09-09'],
  ['ordinal', 'Got my test results back Tues, all clear.', 'Tues', '2026-10-13'],
  ['ordinal', 'The vote is scheduled for October the twenty-first.', 'October the twenty-first', '2026-10-21'],
  ['ordinal', 'The exhibition opens on 21st November.', '21st November', '2026-11-21'],
  ['ordinal', 'Store closed Mon. for inventory.', 'Mon', '2026-05-25', S],
  ['ordinal', 'The jury will hear closing arguments on June fifteenth.', 'June fifteenth', '2026-06-15', S],
  ['ordinal', 'Enrolment closes Jan 12th at the latest.', 'Jan 12th', '2027-01-12', J],
  ['ordinal', 'The parade is on the fourteenth of July, as always.', 'the fourteenth of July', 'XXXX-07-14', null],

  ['offset', 'The parts should arrive the day after tomorrow.', 'the day after tomorrow', '2026-10-18'],
  ['offset', 'The lab says the results come back in five days.', 'in five days', '2026-10-21'],
  ['offset', 'Three weeks from now the pool reopens.', 'Three weeks from now', '2026-11-06'],
  ['offset', 'I sent the cheque two months ago.', 'two months ago', '2026-08'],
  ['offset', 'We spoke a fortnight ago about the leak.', 'a fortnight ago', '2026-10-02'],
  ['offset', 'The offer expires 48 hours from now.', '48 hours from now', '2026-10-18T12:00'],
  ['offset', 'A year from today the new wing should be open.', 'A year from today', '2027'],
  ['offset', 'A decade ago the square was a car park.', 'A decade ago', '201'],
  ['offset', 'I last heard from her two weeks ago.', 'two weeks ago', '2026-12-21', J],
  ['offset', 'The lease is up six months from now.', 'six months from now', '2027-07', J],
  ['offset', 'They adopted the dog three years ago.', 'three years ago', '2023', S],
  ['offset', 'The fire started on May 2; ten days later the road reopened.', 'ten days later', '2026-05-12', S],

  ['vague', 'I saw that film a while back.', 'a while back', 'PAST_REF'],
  ['vague', 'Has anyone else had trouble logging in lately?', 'lately', 'PAST_REF'],
  ['vague', 'We hope to open a second shop in the near future.', 'the near future', 'FUTURE_REF'],
  ['vague', 'These days everyone pays by phone.', 'These days', 'PRESENT_REF'],
  ['vague', 'Nowadays the ferry only runs in summer.', 'Nowadays', 'PRESENT_REF'],
  ['vague', 'Prices have climbed sharply in recent years.', 'recent years', 'PAST_REF'],
  ['vague', 'The cannery closed years ago.', 'years ago', 'PAST_REF'],

  ['weekday', 'The plumber is coming Friday of next week.', 'Friday of next week', '2026-10-23'],
  ['weekday', 'Book club meets this coming Monday.', 'this coming Monday', '2026-10-19'],
  ['weekday', 'My car was towed the Monday before last.', 'the Monday before last', '2026-10-05'],
  ['weekday', 'The dentist moved me to a week from Tuesday.', 'a week from Tuesday', '2026-10-27'],
  ['weekday', 'We went camping last weekend.', 'last weekend', '2026-W41-WE'],
  ['weekday', 'The council approved the budget on Friday.', 'Friday', '2026-10-16'],
  ['weekday', 'The recital is next weekend.', 'next weekend', '2026-W23-WE', S],
  ['weekday', 'The hut was broken into over the weekend.', 'the weekend', '2026-W22-WE', S],
  ['weekday', 'Snow is forecast for Thursday.', 'Thursday', '2027-01-07', J],
  ['weekday', 'Our heating failed on Saturday.', 'Saturday', '2027-01-02', J],
  ['weekday', 'Nobody answered the phones last week.', 'last week', '2026-W53', J],
  ['weekday', 'The repairs should be finished this weekend.', 'this weekend', '2027-W01-WE', J],

  ['clock', 'The interview is at 3 p.m. on Tuesday.', '3 p.m. on Tuesday', '2026-10-20T15:00'],
  ['clock', 'Crew call is tomorrow at 0900.', 'tomorrow at 0900', '2026-10-17T09:00'],
  ['clock', 'Meet us at the pier, 8:30 tonight.', '8:30 tonight', '2026-10-16T20:30'],
  ['clock', 'Dinner is at half past six this evening.', 'half past six this evening', '2026-10-16T18:30'],
  ['clock', 'The bus leaves at quarter to nine tomorrow morning.', 'quarter to nine tomorrow morning', '2026-10-17T08:45'],
  ['clock', 'The petition closes noon Friday.', 'noon Friday', '2026-06-05T12:00', S],
  ['clock', 'Neighbours heard a bang around 11pm last night.', '11pm last night', '2026-05-30T23:00', S],
  ['clock', 'The webinar starts at 14:30 on 3 June.', '14:30 on 3 June', '2026-06-03T14:30', S],
  ['clock', 'The plant restarted at 7 a.m. Monday.', '7 a.m. Monday', '2027-01-04T07:00', J],
  ['clock', 'Applications open Jan. 8 at 10 a.m. sharp.', 'Jan. 8 at 10 a.m.', '2027-01-08T10:00', J],

  ['part-of-day', 'I will drop the keys off this afternoon.', 'this afternoon', '2026-10-16TAF'],
  ['part-of-day', 'Can we talk tomorrow evening?', 'tomorrow evening', '2026-10-17TEV'],
  ['part-of-day', 'Road crews will work overnight to clear the drain.', 'overnight', '2026-10-16TNI'],
  ['part-of-day', 'The band plays Saturday night at the Legion hall.', 'Saturday night', '2026-10-17TNI'],
  ['part-of-day', 'Two cars were stolen last night.', 'last night', '2027-01-03TNI', J],
  ['part-of-day', 'The market was quiet this morning.', 'this morning', '2026-05-31TMO', S],

  ['period', 'The bill must be paid by the end of the month.', 'the end of the month', '2026-10'],
  ['period', 'We expect to move early next year.', 'early next year', '2027'],
  ['period', 'The tram line should open by mid-2027.', 'mid-2027', '2027'],
  ['period', 'Hiring will pick up in the second half of the year.', 'the second half of the year', '2026-H2'],
  ['period', 'Revenue grew 4% in Q3.', 'Q3', '2026-Q3'],
  ['period', 'She grew up in the 1990s.', 'the 1990s', '199'],
  ['period', "It was a hit in the late '80s.", "the late '80s", '198'],
  ['period', 'The pool closes for repairs next spring.', 'next spring', '2027-SP'],
  ['period', 'We spent last summer in Maine.', 'last summer', '2026-SU'],
  ['period', 'The library will reopen next winter.', 'next winter', '2026-WI', S],
  ['period', 'Losses narrowed in the fourth quarter.', 'the fourth quarter', '2026-Q4', J],

  ['holiday', 'The shop will be closed on Christmas Day.', 'Christmas Day', '2026-12-25'],
  ['holiday', "We're hosting a party on New Year's Eve.", "New Year's Eve", '2026-12-31'],
  ['holiday', "The pipes froze on New Year's Day.", "New Year's Day", '2027-01-01', J],
  ['holiday', 'The carol concert was held on Christmas Eve.', 'Christmas Eve', '2026-12-24', J],
  ['holiday', 'The kids are already planning costumes for Halloween.', 'Halloween', '2026-10-31', S],
  ['holiday', 'Fireworks are banned on the Fourth of July, the council says.', 'the Fourth of July', '2026-07-04', S],

  ['set', 'The farmers market runs every Saturday.', 'every Saturday', 'XXXX-WXX-6'],
  ['set', 'Bin collection is on Tuesdays.', 'Tuesdays', 'XXXX-WXX-2'],
  ['set', 'The office is closed Mondays until further notice.', 'Mondays', 'XXXX-WXX-1'],

  ['duration', 'The power was out for three days.', 'three days', 'P3D'],
  ['duration', 'The flight took two hours.', 'two hours', 'PT2H'],
  ['duration', 'Recovery usually takes six weeks.', 'six weeks', 'P6W'],

  ['range', 'The course ran from March 3 to 7.', 'March 3', '2026-03-03'],
  ['range', 'The course ran from March 3 to 7.', '7', '2026-03-07'],
  ['range', 'The office is closed Mon–Wed next week.', 'Mon', '2026-10-19'],
  ['range', 'The office is closed Mon–Wed next week.', 'Wed', '2026-10-21'],
  ['range', 'Enrolment fell between 2019 and 2021.', '2019', '2019'],
  ['range', 'Enrolment fell between 2019 and 2021.', '2021', '2021'],
  ['range', 'We are away Oct 20–23, back on the Saturday.', '23', '2026-10-23'],
  ['range', 'The sale runs from 9 a.m. to 5 p.m. on Saturday.', '5 p.m. on Saturday', '2026-10-17T17:00'],
  ['range', 'Prices were frozen from May 2024 to January 2025.', 'January 2025', '2025-01'],
  ['range', 'The fair is on Jun 2-4 at the showground.', 'Jun 2', '2026-06-02', S],
  ['range', 'The fair is on Jun 2-4 at the showground.', '4', '2026-06-04', S],

  ['not-date', 'She may leave before the speeches.', 'may', null],
  ['not-date', 'Thousands joined a march on the capital.', 'march', null],
  ['not-date', 'Support is available 24/7 via chat.', '24/7', null],
  ['not-date', 'United came back to win 3-2.', '3-2', null],
  ['not-date', 'Update to version 2.10 to fix the crash.', '2.10', null],
  ['not-date', 'The pilot radioed Mayday before the engine cut out.', 'Mayday', null],
  ['not-date', 'August thanked the volunteers for coming.', 'August', null],
  ['not-date', 'The Sun reported the split on its front page.', 'Sun', null],
  ['not-date', 'One day, maybe, I will learn to sail.', 'One day', null],
  ['not-date', 'Her team finished in second place.', 'second', null],
  ['not-date', 'For bookings call (212) 555-0187.', '555-0187', null],
  ['not-date', 'Tickets cost $12.50 at the door.', '12.50', null],
  ['not-date', 'The motion passed on a 6-4 vote.', '6-4', null],
  ['not-date', 'Guests rated the hotel 4/5 overall.', '4/5', null],
  ['not-date', 'The camp is open to children aged 5-12.', '5-12', null],
  ['not-date', 'Mix the concentrate 1:3 with water.', '1:3', null],
  ['not-date', 'He sat on the committee without saying a word.', 'sat', null],
  ['not-date', 'They plan to wed in a small ceremony.', 'wed', null],
  ['not-date', 'She wore her Sunday best to the hearing.', 'Sunday', null],
  ['not-date', 'Jan said she would bring the cake.', 'Jan', null],
];

export const BLIND4: readonly Blind4Row[] = everydayRows(raw, F);
