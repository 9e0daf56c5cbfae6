/**
 * A BLIND table of invented everyday date expressions: a second, more honest stand-in for issue
 * #15's held-out suite. It was written from GUIDELINES.md §4 and the issue text alone, before
 * reading everyday.table.ts's rows or the engine's parsers, and run once before any fix: the
 * rows that failed then carry `gap` (the test keeps them visible as `it.fails`, so a row that
 * starts passing must be unmarked). Every sentence is made up.
 *
 * A row: class, sentence, span, expected value (null: a not-date, no date may overlap the
 * span), and optionally a reference date and the `gap` mark. A range is one row per end.
 * The value is the one a careful reader gives per §4: weeks and days give a day, months a
 * YYYY-MM, years a YYYY, hours and minutes a TIME; a weekday is the nearest one on or before
 * the reference date unless the tense says otherwise; a clock time with its day is one TIME
 * (a time zone is kept in the span, not the value, as the corpus gold does: "2100 GMT" is T21:00); US month-first where ambiguous, day-first
 * with dots or when the day cannot be a month. A reference date has no time of day: hour
 * offsets count from noon (as in everyday.table.ts's header).
 *
 * Reference dates:
 *   A (default) Wednesday 18 June 2025 (ISO week 2025-W25, Mon 16 – Sun 22)
 *   S           Sunday 2 March 2025 (2025-W09, Mon 24 Feb – Sun 2 Mar)
 *   Y           Tuesday 31 December 2024 (ISO week 2025-W01)
 *   N           Thursday 2 January 2025 (2025-W01)
 *   L           Thursday 29 February 2024 (leap day, 2024-W09)
 *   null        no publication date: unknown parts are X
 */

export type BlindClass =
  | 'numeric' | 'years' | 'ordinal' | 'offset' | 'weekday' | 'clock' | 'range' | 'not-date';

export interface BlindRow {
  readonly cls: BlindClass;
  readonly text: string;
  readonly span: string;
  readonly value: string | null;
  readonly ref: string | null;
  /** Failed when the table was first run (before any fix); the test expects it to fail. */
  readonly gap: boolean;
  /** 1: written before any fix; 2: written after the fixes of batch 1, before running it. */
  readonly batch: 1 | 2;
}

export const A = '2025-06-18';
export const S = '2025-03-02';
export const Y = '2024-12-31';
export const N = '2025-01-02';
export const L = '2024-02-29';

type Raw =
  | readonly [BlindClass, string, string, string | null]
  | readonly [BlindClass, string, string, string | null, string | null]
  | readonly [BlindClass, string, string, string | null, string | null, 'gap'];

const raw: readonly Raw[] = [
  // ── 1. numeric dates, every separator ───────────────────────────────────────
  ['numeric', 'Payment was received on 3/14/2024, the clerk said.', '3/14/2024', '2024-03-14'],
  ['numeric', 'Posted by kev_r on 3/14/24 at the forum.', '3/14/24', '2024-03-14'],
  ['numeric', 'Release date: 2024-3-7.', '2024-3-7', '2024-03-07'],
  ['numeric', 'STATEMENT DATED 14-MAR-24 REF 5521', '14-MAR-24', '2024-03-14'],
  ['numeric', 'The log entry reads 2024/03/07 and nothing else.', '2024/03/07', '2024-03-07'],
  ['numeric', 'Card expiry 03/2024 printed on the back.', '03/2024', '2024-03'],
  ['numeric', 'The permit was issued 5/4/2025 in Dayton.', '5/4/2025', '2025-05-04'],
  ['numeric', 'Posted 13/04/2025 by a reader in Leeds.', '13/04/2025', '2025-04-13'],
  ['numeric', 'The court sat on 4.5.2025 in Graz.', '4.5.2025', '2025-05-04'],
  ['numeric', 'Minutes of the meeting held 07.03.2024 are attached.', '07.03.2024', '2024-03-07'],
  ['numeric', 'The lease begins 4-May-2025, the agent wrote.', '4-May-2025', '2025-05-04'],
  ['numeric', 'Form signed 05/04/25 by both parties.', '05/04/25', '2025-05-04'],
  ['numeric', 'Shipped 12-25-2023 via ground.', '12-25-2023', '2023-12-25'],
  ['numeric', 'Ticket valid until 31/12/2024 only.', '31/12/2024', '2024-12-31'],
  ['numeric', 'The filing is dated 2/29/2024.', '2/29/2024', '2024-02-29'],
  ['numeric', 'Timestamp 2025-06-01T14:30 in the export.', '2025-06-01T14:30', '2025-06-01T14:30'],
  ['numeric', 'Can we meet on 6/12 instead?', '6/12', '2025-06-12'],
  ['numeric', 'Last seen 1/2/2020 near the pier.', '1/2/2020', '2020-01-02'],
  ['numeric', 'Opening hours change from 10 Jan 2023.', '10 Jan 2023', '2023-01-10'],
  ['numeric', 'The invoice (due 2023-12-01) is unpaid.', '2023-12-01', '2023-12-01'],
  ['numeric', 'Report period ending 12/2023 was filed late.', '12/2023', '2023-12'],
  ['numeric', 'Serial run began 25.12.2023 at the plant.', '25.12.2023', '2023-12-25'],
  ['numeric', 'Date of birth: 09/30/1987', '09/30/1987', '1987-09-30', null],
  ['numeric', 'The notice, dated 3/1/2025, was posted outside.', '3/1/2025', '2025-03-01', S],
  ['numeric', 'Back-up completed 2024-12-30 23:59 without errors.', '2024-12-30 23:59', '2024-12-30T23:59', Y],

  // ── 2. years written every way ─────────────────────────────────────────────
  ['years', 'The shop opened Aug 9, \'96 and never closed.', 'Aug 9, \'96', '1996-08-09'],
  ['years', 'We moved in Aug 9 96 according to the deed.', 'Aug 9 96', '1996-08-09', A],
  ['years', 'I bought mine in \'08 and it still runs.', '\'08', '2008'],
  ['years', 'It all started in the year 1999.', 'the year 1999', '1999'],
  ['years', 'Back in \'99 the club had no stadium.', '\'99', '1999'],
  ['years', 'The dam was finished in 1966, records show.', '1966', '1966'],
  ['years', 'He recalled the summer of \'69 fondly.', 'summer of \'69', '1969-SU'],
  ['years', 'The works are due in spring 2026.', 'spring 2026', '2026-SP'],
  ['years', 'The rule took effect in mid-2024.', 'mid-2024', '2024'],
  ['years', 'Rents climbed sharply in early 2023.', 'early 2023', '2023'],
  ['years', 'The plant shut in December \'04.', 'December \'04', '2004-12'],
  ['years', 'The card was dated Jan. 5, \'21.', 'Jan. 5, \'21', '2021-01-05'],
  ['years', 'Emissions must halve by 2030, the report says.', '2030', '2030'],
  ['years', 'Most of 2024\'s budget went on roads.', '2024', '2024'],
  ['years', 'The bridge was built in the year 2000.', 'the year 2000', '2000'],
  ['years', 'The model first sold in \'96 in Europe.', '\'96', '1996'],
  ['years', 'Records from 1987 were lost in the flood.', '1987', '1987', null],
  ['years', 'The team last won in 2019, fans recall.', '2019', '2019', null],
  ['years', 'She graduated in May of 2011.', 'May of 2011', '2011-05'],
  ['years', 'The firm was founded in late 1998.', 'late 1998', '1998'],
  ['years', 'Sales fell in fiscal 2023, the company said.', '2023', '2023'],
  ['years', 'That was way back in June \'89.', 'June \'89', '1989-06'],
  ['years', 'The novel is set in 1848.', '1848', '1848'],
  ['years', 'Prices peaked in the winter of 2021.', 'winter of 2021', '2021-WI'],

  // ── 3. ordinal words, lower case, abbreviations ──────────────────────────────
  ['ordinal', 'The vote is set for March fourteenth.', 'March fourteenth', '2026-03-14'],
  ['ordinal', 'Applications close on the first of May.', 'the first of May', '2025-05-01'],
  ['ordinal', 'we met on march 3 at the cafe lol', 'march 3', '2025-03-03'],
  ['ordinal', 'see you sept. 9 at the reunion', 'sept. 9', '2025-09-09', A],
  ['ordinal', 'The store was closed on Tues for stocktaking.', 'Tues', '2025-06-17'],
  ['ordinal', 'The board met Thurs to discuss it.', 'Thurs', '2025-06-12'],
  ['ordinal', 'Classes resume Sept. 8, the school said.', 'Sept. 8', '2025-09-08'],
  ['ordinal', 'The gig is on the 3rd of July.', 'the 3rd of July', '2025-07-03'],
  ['ordinal', 'She was born on June the 3rd.', 'June the 3rd', '2025-06-03'],
  ['ordinal', 'Celebrations are planned for the twenty-first of June.', 'the twenty-first of June', '2025-06-21'],
  ['ordinal', 'Sat 14 June: market in the square.', 'Sat 14 June', '2025-06-14'],
  ['ordinal', 'Sent: Mon, 2 Jun 2025 09:14', 'Mon, 2 Jun 2025', '2025-06-02'],
  ['ordinal', 'party is jan 5th, bring snacks', 'jan 5th', '2025-01-05', N],
  ['ordinal', 'DEADLINE IS JUNE 5 FOR ALL ENTRIES', 'JUNE 5', '2025-06-05'],
  ['ordinal', 'Shops close early on dec. 24.', 'dec. 24', '2024-12-24', Y],
  ['ordinal', 'Rent is due on the 15th.', 'the 15th', '2025-06-15'],
  ['ordinal', 'The office reopens on the second of January.', 'the second of January', '2025-01-02', Y],
  ['ordinal', 'The parade falls on October thirty-first.', 'October thirty-first', '2025-10-31', A],
  ['ordinal', 'Fireworks on the fourth of July, as ever.', 'the fourth of July', '2025-07-04'],
  ['ordinal', 'The hearing was on Wednesday the 11th.', 'Wednesday the 11th', '2025-06-11'],
  ['ordinal', 'The polls close November 3rd.', 'November 3rd', '2025-11-03', A],
  ['ordinal', 'moving out aug 1 if all goes well', 'aug 1', '2025-08-01'],
  ['ordinal', 'Tue 10 Jun: the lab was shut.', 'Tue 10 Jun', '2025-06-10'],
  ['ordinal', 'The report is due Sept 30.', 'Sept 30', '2025-09-30'],
  ['ordinal', 'The rally happened on wed, organisers said.', 'wed', '2025-06-18'],
  ['ordinal', 'The fee rises on Feb. 29.', 'Feb. 29', '2024-02-29', L],
  ['ordinal', 'The twelfth of March is the deadline.', 'The twelfth of March', 'XXXX-03-12', null],

  // ── 4. offsets as points ─────────────────────────────────────────────────
  ['offset', 'The parcel arrived a fortnight ago.', 'a fortnight ago', '2025-06-04'],
  ['offset', 'The results will be out in 48 hours.', 'in 48 hours', '2025-06-20T12:00'],
  ['offset', 'The alarm went off half an hour ago.', 'half an hour ago', '2025-06-18T11:30'],
  ['offset', 'I posted this a couple of days ago.', 'a couple of days ago', '2025-06-16'],
  ['offset', 'The fair opens the week after next.', 'the week after next', '2025-W27'],
  ['offset', 'We return the day after tomorrow.', 'the day after tomorrow', '2025-06-20'],
  ['offset', 'The ferry resumes in five days.', 'in five days', '2025-06-23'],
  ['offset', 'The new line opens three weeks from now.', 'three weeks from now', '2025-07-09'],
  ['offset', 'The pact was signed two months ago.', 'two months ago', '2025-04'],
  ['offset', 'The quake struck 12 hours ago.', '12 hours ago', '2025-06-18T00:00'],
  ['offset', 'The firm moved here a few years ago.', 'a few years ago', 'PAST_REF'],
  ['offset', 'More details will follow in the coming weeks.', 'the coming weeks', 'FUTURE_REF'],
  ['offset', 'The talks collapsed the day before yesterday.', 'the day before yesterday', '2025-06-16'],
  ['offset', 'The road reopens in ten days.', 'in ten days', '2025-06-28'],
  ['offset', 'The station closed five years ago.', 'five years ago', '2020'],
  ['offset', 'Voting starts a week from today.', 'a week from today', '2025-06-25'],
  ['offset', 'A ruling is expected in two weeks.', 'in two weeks', '2025-07-02'],
  ['offset', 'The suspect left ten minutes ago.', 'ten minutes ago', '2025-06-18T11:50'],
  ['offset', 'The launch is in 90 minutes.', 'in 90 minutes', '2025-06-18T13:30'],
  ['offset', 'The fund will close a year from now.', 'a year from now', '2026'],
  ['offset', 'I saw her three days ago.', 'three days ago', '2024-12-28', Y],
  ['offset', 'The lease ends next month.', 'next month', '2025-01', Y],
  ['offset', 'Figures from last week were revised.', 'last week', '2024-W52', Y],
  ['offset', 'The new rate applies from tomorrow.', 'tomorrow', '2025-01-01', Y],
  ['offset', 'Results are due in three days.', 'in three days', '2024-03-03', L],
  ['offset', 'The rule was passed a week ago.', 'a week ago', '2024-02-22', L],
  ['offset', 'The merger closed a year ago.', 'a year ago', '2023', L],
  ['offset', 'Sales were strong last year.', 'last year', '2024', N],
  ['offset', 'The vote came a couple of weeks ago.', 'a couple of weeks ago', '2025-06-04'],
  ['offset', 'The site went live six months ago.', 'six months ago', '2024-12'],
  ['offset', 'He left an hour ago.', 'an hour ago', '2025-06-18T11:00'],
  ['offset', 'The plan was dropped recently.', 'recently', 'PAST_REF'],
  ['offset', 'Work will start in a month.', 'in a month', '2025-07'],
  ['offset', 'The mill closed decades ago.', 'decades ago', 'PAST_REF'],

  // ── 5. weekday phrases ──────────────────────────────────────────────────
  ['weekday', 'The new menu launches Friday of next week.', 'Friday of next week', '2025-06-27'],
  ['weekday', 'The panel reconvenes next Tuesday.', 'next Tuesday', '2025-06-24'],
  ['weekday', 'Doors open this coming Monday.', 'this coming Monday', '2025-06-23'],
  ['weekday', 'We went hiking last weekend.', 'last weekend', '2025-W24-WE'],
  ['weekday', 'The leak was found the Monday before last.', 'the Monday before last', '2025-06-09'],
  ['weekday', 'The results are due a week from Friday.', 'a week from Friday', '2025-06-27'],
  ['weekday', 'The sale ends Friday week, the owner says.', 'Friday week', '2025-06-27'],
  ['weekday', 'The board meets this Tuesday.', 'this Tuesday', '2025-03-04', S],
  ['weekday', 'Thousands marched on Sunday, police said.', 'Sunday', '2025-03-02', S],
  ['weekday', 'The leak was reported last Friday.', 'last Friday', '2025-06-13'],
  ['weekday', 'The minister will visit on Friday.', 'Friday', '2025-06-20'],
  ['weekday', 'The plant shut on Monday, the union said.', 'Monday', '2025-06-16'],
  ['weekday', 'Fans queued overnight on Saturday.', 'Saturday', '2025-03-01', S],
  ['weekday', 'The court will rule on Thursday.', 'Thursday', '2025-03-06', S],
  ['weekday', 'Trading resumes next Monday.', 'next Monday', '2025-01-06', Y],
  ['weekday', 'The storm hit on Friday, forecasters said.', 'Friday', '2024-12-27', Y],
  ['weekday', 'The shop reopened last Saturday.', 'last Saturday', '2024-12-28', N],
  ['weekday', 'The gala is this weekend.', 'this weekend', '2025-W25-WE'],
  ['weekday', 'See you Thursday next week.', 'Thursday next week', '2025-06-26'],
  // Corrected after the first run (it had 2024-02-28, the day before): a timetable's present tense
  // looks ahead, as this table's own "Tickets go on sale at 9am Friday" row says (GUIDELINES §4, "unless the tense says otherwise").
  ['weekday', 'Tickets go on sale on Wednesday.', 'Wednesday', '2024-03-06', L],
  ['weekday', 'Ballots were counted on Tuesday.', 'Tuesday', 'XXXX-WXX-2', null, 'gap'],
  ['weekday', 'The strike begins next Wednesday.', 'next Wednesday', '2025-06-25'],
  ['weekday', 'The review is due a week on Monday.', 'a week on Monday', '2025-06-30'],
  ['weekday', 'The fire started early on Sunday.', 'Sunday', '2025-06-15'],
  ['weekday', 'We arrive this Saturday.', 'this Saturday', '2025-06-21'],

  // ── 6. clock time with its day, zones ─────────────────────────────────────
  ['clock', 'The briefing was at 3 p.m. on Tuesday.', 'at 3 p.m. on Tuesday', '2025-06-17T15:00'],
  ['clock', 'Markets reopen Tuesday at 15:00 GMT.', 'Tuesday at 15:00 GMT', '2025-06-24T15:00'],
  ['clock', 'Lunch is at noon tomorrow.', 'noon tomorrow', '2025-06-19T12:00'],
  ['clock', 'Call me tonight at 8.', 'tonight at 8', '2025-06-18T20:00'],
  ['clock', 'The fire started at 8:30 this morning.', '8:30 this morning', '2025-06-18T08:30'],
  ['clock', 'The bus leaves at quarter past 3 on Friday.', 'quarter past 3 on Friday', '2025-06-20T15:15'],
  ['clock', 'The train is at half past seven tomorrow.', 'half past seven tomorrow', '2025-06-19T07:30'],
  ['clock', 'i\'ll be online 9ish tomorrow morning', '9ish tomorrow morning', '2025-06-19T09:00'],
  ['clock', 'The cut-off is Friday at 17:45.', 'Friday at 17:45', '2025-06-20T17:45'],
  ['clock', 'Polls opened at 7 a.m. yesterday.', '7 a.m. yesterday', '2025-06-17T07:00'],
  ['clock', 'The webinar starts at 3pm EST on March 3.', '3pm EST on March 3', '2025-03-03T15:00', S],
  ['clock', 'The concert is July 12 at 7 p.m.', 'July 12 at 7 p.m.', '2025-07-12T19:00'],
  ['clock', 'The hearing began at 14:30 on 5 June.', '14:30 on 5 June', '2025-06-05T14:30'],
  ['clock', 'Shops opened at noon on Saturday.', 'noon on Saturday', '2025-03-01T12:00', S],
  ['clock', 'The ceasefire took effect at midnight on Sunday.', 'midnight on Sunday', '2025-06-15T00:00'],
  ['clock', 'The call is at 10:00 a.m. EDT on Thursday.', '10:00 a.m. EDT on Thursday', '2025-06-19T10:00'],
  ['clock', 'The fireworks start at 11:45 p.m. tonight.', '11:45 p.m. tonight', '2024-12-31T23:45', Y],
  ['clock', 'Flights resumed at 6am on New Year\'s Day.', '6am on New Year\'s Day', '2025-01-01T06:00', N],
  ['clock', 'The blast was heard at 0900 GMT on Monday.', '0900 GMT on Monday', '2025-06-16T09:00'],
  ['clock', 'Doors open at 7:30pm on June 21.', '7:30pm on June 21', '2025-06-21T19:30'],
  ['clock', 'The shuttle lands at 10 o\'clock tomorrow.', '10 o\'clock tomorrow', '2025-06-19T10:00'],
  ['clock', 'He was arrested at 2 a.m. on Feb. 29.', '2 a.m. on Feb. 29', '2024-02-29T02:00', L],
  ['clock', 'Let\'s talk at half past two this afternoon.', 'half past two this afternoon', '2025-06-18T14:30'],
  ['clock', 'The vote closes at 5 p.m. today.', '5 p.m. today', '2025-06-18T17:00'],
  ['clock', 'It aired on 3 March at 21:00 UTC.', '3 March at 21:00 UTC', '2025-03-03T21:00', S],

  // ── 7. ranges: one date per end ─────────────────────────────────────────
  ['range', 'The fair runs from March 3 to March 7.', 'March 3', '2025-03-03'],
  ['range', 'The fair runs from March 3 to March 7.', 'March 7', '2025-03-07'],
  ['range', 'Roadworks last from June 3 through June 9.', 'June 3', '2025-06-03'],
  ['range', 'Roadworks last from June 3 through June 9.', 'June 9', '2025-06-09'],
  ['range', 'The festival is March 3-7 this year.', 'March 3', '2025-03-03'],
  ['range', 'The festival is March 3-7 this year.', '7', '2025-03-07'],
  ['range', 'Crime fell between 2019 and 2021.', '2019', '2019'],
  ['range', 'Crime fell between 2019 and 2021.', '2021', '2021'],
  ['range', 'The 2019-21 drought hit farmers.', '2019', '2019'],
  ['range', 'The 2019-21 drought hit farmers.', '21', '2021'],
  ['range', 'Planting is best in mid-to-late March.', 'mid-to-late March', '2025-03'],
  ['range', 'The strike ran Monday–Wednesday.', 'Monday', '2025-06-16'],
  ['range', 'The strike ran Monday–Wednesday.', 'Wednesday', '2025-06-18'],
  ['range', 'The exhibition runs from May to July.', 'May', '2025-05'],
  ['range', 'The exhibition runs from May to July.', 'July', '2025-07'],
  ['range', 'Figures for April–June 2024 were weak.', 'April', '2024-04'],
  ['range', 'Figures for April–June 2024 were weak.', 'June 2024', '2024-06'],
  ['range', 'The conference ran June 10 to 12.', 'June 10', '2025-06-10'],
  ['range', 'The conference ran June 10 to 12.', '12', '2025-06-12'],
  ['range', 'The hotel is booked from 20 to 23 December.', '23 December', '2024-12-23', Y],
  ['range', 'The bridge was shut Mon–Fri last week.', 'Mon', '2025-06-09'],
  ['range', 'Talks will run from Thursday through Saturday.', 'Saturday', '2025-06-21'],
  ['range', 'The survey covered 2010 to 2020.', '2010', '2010'],
  ['range', 'The survey covered 2010 to 2020.', '2020', '2020'],
  ['range', 'The sale runs Dec. 26-Jan. 2.', 'Jan. 2', '2025-01-02', Y],

  // ── 8. not dates ─────────────────────────────────────────────────────────
  ['not-date', 'Some readers may find this upsetting.', 'may', null],
  ['not-date', 'They plan to march on the embassy.', 'march', null],
  ['not-date', 'Protesters March Through Downtown', 'March', null],
  ['not-date', 'The Sun reported the deal first.', 'Sun', null],
  ['not-date', 'Sun Microsystems shares rose.', 'Sun', null],
  ['not-date', 'United won 3-2 after extra time.', '3-2', null],
  ['not-date', 'The final score was 21-14.', '21-14', null],
  ['not-date', 'Update to version 2.10 before Friday.', '2.10', null],
  ['not-date', 'The patch (v3.1.4) fixes the bug.', '3.1.4', null],
  ['not-date', 'Call 555-0123 or 1-800-555-0199 for help.', '1-800-555-0199', null],
  ['not-date', 'Tel: 020 7946 0958', '020 7946 0958', null],
  ['not-date', 'Support is available 24/7 online.', '24/7', null],
  ['not-date', 'The 9/11 Commission issued its report.', '9/11', null],
  ['not-date', 'He served with the 1st Battalion in the desert.', '1st Battalion', null],
  ['not-date', 'The house sold for $2,024,000.', '$2,024,000', null],
  ['not-date', 'The ship weighs 2025 tonnes.', '2025 tonnes', null],
  ['not-date', 'The road is 1999 metres long.', '1999 metres', null],
  ['not-date', 'Use a 5/8 inch bolt.', '5/8', null],
  ['not-date', 'The screen has a 16:9 ratio.', '16:9', null],
  ['not-date', 'The council voted 7-2 to approve it.', '7-2', null],
  ['not-date', 'April Ryan asked the first question.', 'April', null],
  ['not-date', 'June Carter sang that night.', 'June', null],
  ['not-date', 'Mayday! Mayday! the pilot called.', 'Mayday', null],
  ['not-date', 'He was born in Room 1215 of the old hospital.', '1215', null],
  ['not-date', 'The Boeing 737 landed safely.', '737', null],
  ['not-date', 'Apollo 11 carried three men.', '11', null],
  ['not-date', 'Prices rose 2.5% in the quarter to 3.4%.', '2.5%', null],
  ['not-date', 'The ISBN is 978-3-16-148410-0.', '978-3-16-148410-0', null],
  ['not-date', 'Order #2024-0458 has shipped.', '2024-0458', null],
  ['not-date', 'Temperatures hit 30-35C in the south.', '30-35C', null],
];

/**
 * A second blind batch, written after the fixes of the first one and before running it, so
 * that its first-run rate is an honest estimate of the engine after those fixes (rows that
 * failed that first run carry `gap`, as above).
 */
const raw2: readonly Raw[] = [
  ['numeric', 'Order placed 11/05/2024, delivered late.', '11/05/2024', '2024-11-05'],
  ['numeric', 'The certificate reads 28/02/2023.', '28/02/2023', '2023-02-28'],
  ['numeric', 'Filed: 2025.01.15', '2025.01.15', '2025-01-15'],
  ['numeric', 'Effective 1-Apr-2025 for all staff.', '1-Apr-2025', '2025-04-01'],
  ['numeric', 'The meeting moved to 9/30.', '9/30', '2025-09-30'],
  ['numeric', 'Posted 01-02-2025 in the forum.', '01-02-2025', '2025-01-02'],
  ['numeric', 'The photo is stamped 6.11.2024.', '6.11.2024', '2024-11-06'],
  ['numeric', 'Invoice date: 2024-02-29', '2024-02-29', '2024-02-29'],
  ['numeric', 'Expires 2026/1/9, see label.', '2026/1/9', '2026-01-09'],

  ['years', 'He drives a \'67 Mustang.', '\'67', '1967'],
  ['years', 'It was the winter of \'47.', 'winter of \'47', '1947-WI', A],
  ['years', 'They married in June of \'72.', 'June of \'72', '1972-06'],
  ['years', 'The club was formed in the year 1888.', 'the year 1888', '1888'],
  ['years', 'Built circa 1920, the house still stands.', '1920', '1920'],
  ['years', 'The law changed in 2016, and again in \'19.', '\'19', '2019'],
  ['years', 'Markets never forgot the crash of 2008.', '2008', '2008'],
  ['years', 'The bank failed on Sept. 3, \'01.', 'Sept. 3, \'01', '2001-09-03'],
  ['years', 'Nothing changed until nineteen ninety-five.', 'nineteen ninety-five', '1995'],

  ['ordinal', 'The deadline is the thirtieth of June.', 'the thirtieth of June', '2025-06-30'],
  ['ordinal', 'The team left on the 4th.', 'the 4th', '2025-06-04'],
  ['ordinal', 'It happened on aug. 14, police said.', 'aug. 14', '2024-08-14'],
  ['ordinal', 'Fri 13 June was busy at the clinic.', 'Fri 13 June', '2025-06-13'],
  ['ordinal', 'The race was held on the twenty-second of February.', 'the twenty-second of February', '2025-02-22', S],
  ['ordinal', 'Date: Thu, 12 Jun 2025 08:00:00 GMT', 'Thu, 12 Jun 2025', '2025-06-12'],
  ['ordinal', 'NEW YORK, OCT. 5 (Reuters) - Stocks fell.', 'OCT. 5', 'XXXX-10-05', null],
  ['ordinal', 'The shop shut early on Weds.', 'Weds', '2025-06-18'],
  ['ordinal', 'on sat we went to the lake', 'sat', '2025-06-14'],
  ['ordinal', 'She starts on July first.', 'July first', '2025-07-01'],

  ['offset', 'The vote is in three weeks.', 'in three weeks', '2025-07-09'],
  ['offset', 'The plant opened 18 months ago.', '18 months ago', '2023-12'],
  ['offset', 'The flight lands in 45 minutes.', 'in 45 minutes', '2025-06-18T12:45'],
  ['offset', 'Two days from now the law takes effect.', 'Two days from now', '2025-06-20'],
  ['offset', 'The outage began 36 hours ago.', '36 hours ago', '2025-06-17T00:00'],
  ['offset', 'The firm was sold three years ago.', 'three years ago', '2022', N],
  ['offset', 'Results are due in a fortnight.', 'in a fortnight', '2025-07-02'],
  ['offset', 'I moved here a few weeks ago.', 'a few weeks ago', 'PAST_REF'],
  ['offset', 'Talks will resume in the coming days.', 'the coming days', 'FUTURE_REF'],
  ['offset', 'The deal expires in two days.', 'in two days', '2025-01-02', Y],
  ['offset', 'See you the day after tomorrow!', 'the day after tomorrow', '2025-01-02', Y],

  ['weekday', 'The report came out last Thursday.', 'last Thursday', '2025-06-12'],
  ['weekday', 'The vote is Friday next week.', 'Friday next week', '2025-06-27'],
  ['weekday', 'He resigned on Tues., aides said.', 'Tues', '2025-06-17'],
  ['weekday', 'The match is this Sunday.', 'this Sunday', '2025-06-22'],
  ['weekday', 'The office reopens Monday.', 'Monday', '2025-03-03', S],
  ['weekday', 'The parade is a week from Sunday.', 'a week from Sunday', '2025-03-09', S],
  ['weekday', 'The trial opens the Monday after next.', 'the Monday after next', '2025-06-30'],
  ['weekday', 'Last Sunday\'s storm cut power.', 'Last Sunday', '2024-12-29', Y],
  ['weekday', 'The minister said on Thursday that talks had failed.', 'Thursday', '2025-01-02', N],

  ['clock', 'The plane landed at 4:15 p.m. Thursday.', '4:15 p.m. Thursday', '2025-06-12T16:15'],
  ['clock', 'The meeting is at 10 tomorrow morning.', '10 tomorrow morning', '2025-06-19T10:00'],
  ['clock', 'Curfew starts at 22:00 tonight.', '22:00 tonight', '2025-06-18T22:00'],
  ['clock', 'The bomb went off just after 6 a.m. on Sunday.', '6 a.m. on Sunday', '2025-06-15T06:00'],
  ['clock', 'Tickets go on sale at 9am Friday.', '9am Friday', '2025-06-20T09:00', A],
  ['clock', 'The sale ends at midday on Saturday.', 'midday on Saturday', '2025-06-21T12:00'],
  ['clock', 'We landed at a quarter to eight last night.', 'a quarter to eight last night', '2025-06-17T19:45'],
  ['clock', 'The show starts at 8 tonight.', '8 tonight', '2025-06-18T20:00'],
  ['clock', 'Polls close at 8pm ET on Nov. 5.', '8pm ET on Nov. 5', '2025-11-05T20:00', A],
  ['clock', 'The call was at 09:30 yesterday.', '09:30 yesterday', '2025-06-17T09:30'],

  ['range', 'The sale runs from Friday to Sunday.', 'Friday', '2025-06-20'],
  ['range', 'The sale runs from Friday to Sunday.', 'Sunday', '2025-06-22'],
  ['range', 'Between 1990 and 1995, output fell.', '1990', '1990'],
  ['range', 'Between 1990 and 1995, output fell.', '1995', '1995'],
  ['range', 'Registration is open June 1–15.', 'June 1', '2025-06-01'],
  ['range', 'Registration is open June 1–15.', '15', '2025-06-15'],
  ['range', 'The museum is shut from 24 December until 2 January.', '24 December', '2024-12-24', Y],
  ['range', 'The museum is shut from 24 December until 2 January.', '2 January', '2025-01-02', Y],
  ['range', 'Expect rain from late May to early June.', 'late May', '2025-05'],
  ['range', 'Expect rain from late May to early June.', 'early June', '2025-06'],
  ['range', 'The 2022–23 season was its best.', '2022', '2022'],
  ['range', 'The 2022–23 season was its best.', '23', '2023'],

  ['not-date', 'The Mavericks won 108-101.', '108-101', null],
  ['not-date', 'She wore a size 10/12 dress.', '10/12', null],
  ['not-date', 'The court split 5-4 on the case.', '5-4', null],
  ['not-date', 'Read chapter 12, verses 3-7.', '3-7', null],
  ['not-date', 'The sun rose over the hills.', 'sun', null],
  ['not-date', 'Marching orders came from the top.', 'Marching', null],
  ['not-date', 'Call (555) 012-1999 now.', '012-1999', null],
  ['not-date', 'Sat nav systems failed across the city.', 'Sat', null],
  ['not-date', 'Dr. April Kim said the trial worked.', 'April', null],
  ['not-date', 'They agreed a 50/50 split.', '50/50', null],
];

const rowOf = (batch: 1 | 2) => (r: Raw): BlindRow => ({
  cls: r[0],
  text: r[1],
  span: r[2],
  value: r[3],
  ref: r.length === 4 ? A : (r[4] ?? null),
  gap: r.length === 6,
  batch,
});

/** Both batches: batch 1 (first run before any fix), batch 2 (first run after the fixes of batch 1). */
export const BLIND: readonly BlindRow[] = [...raw.map(rowOf(1)), ...raw2.map(rowOf(2))];
