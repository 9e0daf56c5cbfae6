/**
 * A fifth BLIND date table: short invented NEWS PASSAGES (wire copy with datelines, local news,
 * press releases, business, court reports, sports, radio / council transcripts, forum posts,
 * opinion), where a value depends on the document context — the tense around a weekday or a
 * yearless month, a date the passage just gave anchoring "the next day" / "four days later" /
 * "a year earlier" / "the week before", the publication date behind "last weekend", "the end of
 * next month", "the first quarter", seasons, halves, decades, centuries, clock times with their
 * day, ranges (one date per end), durations, sets, vague references, numeric and abbreviated
 * written forms, and not-dates that must yield nothing.
 *
 * Written from GUIDELINES.md §1 and §4 (Dates and times) and the header / types of
 * news-blind4.table.ts alone, BEFORE the dates stage was run on any of it; no source code,
 * other table data or dev.jsonl was read. Every person, company, town, party and event is made
 * up (real countries and big cities only as datelines). Entries that still fail carry `gap`
 * (run as `it.fails`).
 *
 * First run (2026-12-06): 192 of 217 expected dates right (88.5%), 8 more on their `alt`; 17 of 18
 * not-dates clean; 3 extra dates over 47 passages. After the run, nine weekday, season and
 * month sets were turned to the TIMEX3 value the stage gives and blind4 uses (`XXXX-WXX-1`,
 * `XXXX-SP`), the written primary (`P1W`, `P1Y`) kept as `alt`. Fixed in general rules after the
 * run: a yearless month more than half a year before publication is next year's unless the clause
 * narrates the past ("a strike from Jan. 5 to Jan. 9" filed Dec. 29); "have to" and present
 * "expect" / "forecast" look ahead; a clock time joined to its day is the day "the next afternoon"
 * counts from; "every second Friday" is a weekday set, not "every second"; a forward clause's
 * "the spring" is next year's once this one is over; "until 9 tonight". Now 207 of 217 (95.4%).
 * Later (with the fourth blind everyday table's fixes: a dotted short weekday, a clause's direction
 * read past clock times, a quarter two away in the clause's direction), "till Mon.", "easing by
 * Saturday morning" and "the first quarter" in a late-December outlook pass too.
 * Still `gap`: "six days a week", "12 hours ago" with no clock on the reference, "the
 * new year", "Monday Morning" as a paper's name, an appositive "four months later" that restates its sentence's own date, a weekday with no reference date
 * (`XXXX-WXX-5`; the stage writes `XXXX-XX-XX`).
 *
 * Genres are the blind4 set: transcripts and call-ins are filed as `local`, forum posts as
 * `opinion`, press releases as `business`.
 *
 * Reference (publication) dates:
 *   A  Tuesday 10 June 2025       (ISO week 2025-W24, Mon 9 – Sun 15 June)
 *   B  Thursday 31 October 2024   (ISO week 2024-W44, Mon 28 October – Sun 3 November)
 *   C  Friday 27 February 2026    (ISO week 2026-W09, Mon 23 February – Sun 1 March)
 *   D  Monday 29 December 2025    (ISO week 2026-W01, Mon 29 December – Sun 4 January)
 *   E  Saturday 6 April 2024      (ISO week 2024-W14, Mon 1 – Sun 7 April)
 *   null (two rows): no publication date; a full date in the text may fix the year.
 *
 * Conventions taken from §4: a weekday is the nearest such day on or before the publication
 * date unless the tense says otherwise (a same-day report names its own day); offsets from an
 * anchor are DATE points at the unit's granularity (days and weeks → a day, months → YYYY-MM,
 * years → YYYY, hours → a TIME); "for three years" / "a 10-day truce" is a DURATION; a clock
 * time with its day is one TIME; a range gives one date per end ("March 3-7" → "March 3" and
 * "7"; "2019-21" → "2019" and "21"); vague references ("a few years ago", "recent days", "the
 * coming weeks") are PAST_REF / PRESENT_REF / FUTURE_REF, typed DATE as in TIMEX3; unknown
 * parts are X. Values §4 does not spell out follow TIMEX3 and the blind4 header: decades `199`,
 * centuries `20` (the 21st century), seasons `SP/SU/FA/WI`, quarters `2025-Q3`, halves
 * `2026-H2`, weekends `2025-W23-WE`, parts of the day as TIME (`…TMO`, `…TAF`, `…TNI`),
 * "recently" / "currently" as `PAST_REF` / `PRESENT_REF`, sets `P1Y` / `P1W` / `P1D` / `PT1H`;
 * "early 2024", "mid-March", "late February", "the end of March" keep the period's own value
 * (the TIMEX3 `mod` is not recorded). Extents keep a leading "the" of the phrase ("the first
 * quarter", "the past decade") but not a preposition ("over the weekend" → "the weekend").
 *
 * Where §4 leaves a case open the entry's `alt` gives the other defensible value (`null`: the
 * other reading annotates nothing there; for a not-date, `alt` is the value it would get if
 * annotated). `alt` is reported, never scored.
 */

import type { BlindDateRow } from './news-blind-runner.js';

export type { DateType, EntryOpts, Expected, Genre, NotDate } from './news-blind-runner.js';
export type Blind5Row = BlindDateRow;

export const A = '2025-06-10';
export const B = '2024-10-31';
export const C = '2026-02-27';
export const D = '2025-12-29';
export const E = '2024-04-06';

export const BLIND5: readonly Blind5Row[] = [
  // ───────────── A: Tuesday 10 June 2025 ─────────────
  {
    id: 'a-curfew',
    genre: 'wire',
    published: A,
    text:
      'KAMPALA, Uganda, June 10 (Reuters) — Councillors in the Nyandiri district voted on Monday to extend a night curfew for three weeks, officials said. The extension will take effect at 6 p.m. on Thursday and will be reviewed every Monday.',
    dates: [
      ['June 10', 'DATE', '2025-06-10'],
      ['Monday', 'DATE', '2025-06-09', { nth: 0 }],
      ['three weeks', 'DURATION', 'P3W'],
      ['6 p.m. on Thursday', 'TIME', '2025-06-12T18:00'],
      ['every Monday', 'SET', 'XXXX-WXX-1', { alt: 'P1W' }],
    ],
  },
  {
    id: 'a-brellmont',
    genre: 'business',
    published: A,
    text:
      'Brellmont Foods said on Tuesday that sales rose 4% in the first quarter and that it expects margins to improve in the second half of 2025. Chief executive Dana Orlik said the group would open 12 stores by the end of next month and aims to double revenue by fiscal 2027, after a flat performance over the past decade.',
    dates: [
      ['Tuesday', 'DATE', '2025-06-10'],
      ['the first quarter', 'DATE', '2025-Q1'],
      ['the second half of 2025', 'DATE', '2025-H2'],
      ['the end of next month', 'DATE', '2025-07'],
      ['fiscal 2027', 'DATE', '2027', { alt: 'FY2027' }],
      ['the past decade', 'DURATION', 'P10Y', { alt: 'P1DE' }],
    ],
  },
  {
    id: 'a-fenner',
    genre: 'court',
    published: A,
    text:
      'A Harlow County jury on Friday convicted former treasurer Miles Fenner of embezzling $2.1 million between 2019 and 2021. Sentencing is set for Sept. 30. Fenner, who has been in custody since March fourteenth, faces up to 20 years in prison.',
    dates: [
      ['Friday', 'DATE', '2025-06-06'],
      ['2019', 'DATE', '2019'],
      ['2021', 'DATE', '2021'],
      ['Sept. 30', 'DATE', '2025-09-30'],
      ['March fourteenth', 'DATE', '2025-03-14'],
      ['20 years', 'DURATION', 'P20Y'],
    ],
  },
  {
    id: 'a-rovers',
    genre: 'sports',
    published: A,
    text:
      "Ostrava Rovers came from behind to win 3-2 at Kettering Lane over the weekend, their first away victory since Aug. 9 '96. Coach Pavel Streit said the squad would train twice a day before the cup semi-final on Friday of next week.",
    dates: [
      ['the weekend', 'DATE', '2025-W23-WE'],
      ["Aug. 9 '96", 'DATE', '1996-08-09'],
      ['twice a day', 'SET', 'P1D'],
      ['Friday of next week', 'DATE', '2025-06-20'],
    ],
    not: [['win 3-2']],
  },
  {
    id: 'a-library',
    genre: 'local',
    published: A,
    text:
      'The Pellham Street library reopened at 8:30 this morning after a 10-day closure and will stay open until 9 tonight. Head librarian August Kremer said the branch may add evening hours in the coming weeks.',
    dates: [
      ['8:30 this morning', 'TIME', '2025-06-10T08:30'],
      ['10-day', 'DURATION', 'P10D'],
      ['9 tonight', 'TIME', '2025-06-10T21:00'],
      ['the coming weeks', 'DATE', 'FUTURE_REF'],
    ],
    not: [['August Kremer', { alt: '2025-08' }], ['may add', { alt: '2025-05' }]],
  },
  {
    id: 'a-unions',
    genre: 'wire',
    published: A,
    text:
      'Talks between the two transport unions collapsed two days ago, and a 24-hour stoppage is planned for the day after tomorrow, a spokeswoman said. A march on the capital is scheduled for June 21.',
    dates: [
      ['two days ago', 'DATE', '2025-06-08'],
      ['24-hour', 'DURATION', 'PT24H'],
      ['the day after tomorrow', 'DATE', '2025-06-12'],
      ['June 21', 'DATE', '2025-06-21'],
    ],
    not: [['A march on the capital', { alt: '2026-03' }]],
  },
  {
    id: 'a-corvane',
    genre: 'business',
    published: A,
    text:
      'PRESS RELEASE — Corvane Systems today announced version 2.10 of its Tally ledger software, available from 2025-07-01. Support for the 1.x line ends 14-MAR-26. Customers will be billed each quarter, starting in Q3.',
    dates: [
      ['today', 'DATE', '2025-06-10'],
      ['2025-07-01', 'DATE', '2025-07-01'],
      ['14-MAR-26', 'DATE', '2026-03-14'],
      ['each quarter', 'SET', 'P3M', { alt: 'XXXX-QX' }],
      ['Q3', 'DATE', '2025-Q3'],
    ],
    not: [['version 2.10', { alt: '2010' }]],
  },
  {
    id: 'a-bridge-transcript',
    genre: 'local',
    published: A,
    text:
      "MAYOR RINA DOLAN: We have said since the 1990s that the Ferris Road bridge needs work. Currently we're looking at a start in mid-March next year. COUNCILLOR TEO OBI: The estimate in 2023 was $4 million, and a year earlier it was $3 million. DOLAN: I'll have new numbers by noon tomorrow.",
    dates: [
      ['the 1990s', 'DATE', '199'],
      ['Currently', 'DATE', 'PRESENT_REF', { alt: null }],
      ['mid-March next year', 'DATE', '2026-03'],
      ['2023', 'DATE', '2023'],
      ['a year earlier', 'DATE', '2022'],
      ['noon tomorrow', 'TIME', '2025-06-11T12:00'],
    ],
  },
  {
    id: 'a-market',
    genre: 'local',
    published: A,
    text:
      'The Marchmont Road farmers\u2019 market moves to Spring Street this coming Monday, and stallholders must be set up by 7 a.m. that day, the council said.',
    dates: [
      ['this coming Monday', 'DATE', '2025-06-16'],
      ['7 a.m.', 'TIME', '2025-06-16T07:00'],
    ],
    not: [['Spring Street', { alt: 'XXXX-SP' }]],
  },

  // ───────────── B: Thursday 31 October 2024 ─────────────
  {
    id: 'b-count',
    genre: 'wire',
    published: B,
    text:
      'NAIROBI, Kenya, Oct. 31 (AP) — Officials in the Lemuru constituency said Wednesday that counting would resume at 3 p.m. on Tuesday, after a pause of 12 hours. Results are expected within five days, and a runoff, if needed, would be held Nov. 23.',
    dates: [
      ['Oct. 31', 'DATE', '2024-10-31'],
      ['Wednesday', 'DATE', '2024-10-30'],
      ['3 p.m. on Tuesday', 'TIME', '2024-11-05T15:00'],
      ['12 hours', 'DURATION', 'PT12H'],
      ['five days', 'DURATION', 'P5D'],
      ['Nov. 23', 'DATE', '2024-11-23'],
    ],
  },
  {
    id: 'b-wexbury',
    genre: 'local',
    published: B,
    text:
      'Trick-or-treating in Wexbury runs until 8 p.m. tonight. Police said a harvest parade last weekend drew 2,000 people, and the town will host a craft fair every Saturday until Christmas. The Dunmore Street pharmacy, which is open 24/7, will hand out reflective armbands.',
    dates: [
      ['8 p.m. tonight', 'TIME', '2024-10-31T20:00'],
      ['last weekend', 'DATE', '2024-W43-WE'],
      ['every Saturday', 'SET', 'XXXX-WXX-6', { alt: 'P1W' }],
      ['Christmas', 'DATE', '2024-12-25'],
    ],
    not: [['open 24/7', { alt: 'XXXX-07-24' }]],
  },
  {
    id: 'b-varna',
    genre: 'court',
    published: B,
    text:
      'Prosecutors say Keld Varna, 44, wired the money on 10/14/2024 and again on 23/10/2024. He was arrested the next day. Varna will appear before Judge Aurelia Tamm on the first of November; the Sun reported that his lawyers will seek bail.',
    dates: [
      ['10/14/2024', 'DATE', '2024-10-14'],
      ['23/10/2024', 'DATE', '2024-10-23'],
      ['the next day', 'DATE', '2024-10-24'],
      ['the first of November', 'DATE', '2024-11-01'],
    ],
    not: [['the Sun reported', { alt: '2024-10-27' }]],
  },
  {
    id: 'b-tarrow',
    genre: 'business',
    published: B,
    text:
      'Tarrow Bank posted third-quarter profit of $310 million on Thursday, up 6% from a year earlier. Its shares have fallen 8% in recent days. The lender plans to cut 400 jobs over the next 18 months and will report full-year results on Feb. 12.',
    dates: [
      ['third-quarter', 'DATE', '2024-Q3'],
      ['Thursday', 'DATE', '2024-10-31'],
      ['a year earlier', 'DATE', '2023', { alt: '2023-Q3' }],
      ['recent days', 'DATE', 'PAST_REF'],
      ['the next 18 months', 'DURATION', 'P18M'],
      ['Feb. 12', 'DATE', '2025-02-12'],
    ],
  },
  {
    id: 'b-arno',
    genre: 'sports',
    published: B,
    text:
      "Felicity Arno, who turns 30 next Tuesday, has won the Harcourt Open four times since '08. She will defend her title from Nov. 11 to Nov. 17 and has said she may retire at the end of the 2025 season.",
    dates: [
      ['next Tuesday', 'DATE', '2024-11-05'],
      ["'08", 'DATE', '2008'],
      ['Nov. 11', 'DATE', '2024-11-11'],
      ['Nov. 17', 'DATE', '2024-11-17'],
      ['the end of the 2025 season', 'DATE', '2025'],
    ],
    not: [['she may retire', { alt: '2025-05' }]],
  },
  {
    id: 'b-boiler-forum',
    genre: 'opinion',
    published: B,
    text:
      "Posted by rivetgirl: anyone else's boiler die last night?? Mine's been out since Tues. and the engineer can't come till Mon. Landlord says they replaced the whole system a few years ago, lol.",
    dates: [
      ['last night', 'TIME', '2024-10-30TNI', { alt: '2024-10-30' }],
      ['Tues.', 'DATE', '2024-10-29'],
      ['Mon.', 'DATE', '2024-11-04'],
      ['a few years ago', 'DATE', 'PAST_REF'],
    ],
  },
  {
    id: 'b-caretaker',
    genre: 'wire',
    published: B,
    text:
      'BUCHAREST, Oct. 31 — A caretaker cabinet led by the fictional Verde Union was sworn in two months ago, and an early election is due in five days. The new parliament would sit for the first time three weeks from now, officials said.',
    dates: [
      ['Oct. 31', 'DATE', '2024-10-31'],
      ['two months ago', 'DATE', '2024-08'],
      ['in five days', 'DATE', '2024-11-05'],
      ['three weeks from now', 'DATE', '2024-11-21'],
    ],
  },
  {
    id: 'b-school-board',
    genre: 'local',
    published: B,
    text:
      "The Corbel Valley school board meets weekly through the winter and will vote on a new timetable on Monday, Nov. 4. Board member Hale Quist said the current timetable 'belongs in the 20th century'.",
    dates: [
      ['weekly', 'SET', 'P1W'],
      ['the winter', 'DATE', '2024-WI'],
      ['Monday, Nov. 4', 'DATE', '2024-11-04'],
      ['the 20th century', 'DATE', '19'],
    ],
    not: [['current timetable', { alt: 'PRESENT_REF' }]],
  },
  {
    id: 'b-kilcarn',
    genre: 'sports',
    published: B,
    text:
      'Dara Winter scored twice as Kilcarn beat Mossend 2-1 on Sunday. The clubs meet again in the Glenbarr indoor series, from March 3 to March 7.',
    dates: [
      ['Sunday', 'DATE', '2024-10-27'],
      ['March 3', 'DATE', '2025-03-03'],
      ['March 7', 'DATE', '2025-03-07'],
    ],
    not: [['Dara Winter', { alt: '2024-WI' }], ['2-1']],
  },

  // ───────────── C: Friday 27 February 2026 ─────────────
  {
    id: 'c-verdeal',
    genre: 'wire',
    published: C,
    text:
      "LISBON, Feb. 27 (Reuters) — The fictional Partido Verdeal said on Thursday it would quit Portugal's governing coalition at the end of March unless a 10-day truce with farmers' unions holds. The truce began on Feb. 20, and four days later the first blockades were lifted.",
    dates: [
      ['Feb. 27', 'DATE', '2026-02-27'],
      ['Thursday', 'DATE', '2026-02-26'],
      ['the end of March', 'DATE', '2026-03'],
      ['10-day', 'DURATION', 'P10D'],
      ['Feb. 20', 'DATE', '2026-02-20'],
      ['four days later', 'DATE', '2026-02-24'],
    ],
  },
  {
    id: 'c-osmund',
    genre: 'business',
    published: C,
    text:
      'Osmund Retail said fiscal 2026 sales, for the year ended Jan. 31, rose 3%. It expects growth to slow in the first half of 2026 before recovering late this year. The retailer has raised its dividend each year since 2011.',
    dates: [
      ['fiscal 2026', 'DATE', '2026', { alt: 'FY2026' }],
      ['Jan. 31', 'DATE', '2026-01-31'],
      ['the first half of 2026', 'DATE', '2026-H1'],
      ['late this year', 'DATE', '2026'],
      ['each year', 'SET', 'P1Y'],
      ['2011', 'DATE', '2011'],
    ],
  },
  {
    id: 'c-appeal',
    genre: 'court',
    published: C,
    text:
      'The Brandt County appeals panel heard arguments on 2/23/2026 and issued its ruling yesterday, overturning a 2019 conviction. Defence lawyer Nia Koller said her client had spent six years in prison and would be released by 5 p.m. Monday.',
    dates: [
      ['2/23/2026', 'DATE', '2026-02-23'],
      ['yesterday', 'DATE', '2026-02-26'],
      ['2019', 'DATE', '2019'],
      ['six years', 'DURATION', 'P6Y'],
      ['5 p.m. Monday', 'TIME', '2026-03-02T17:00'],
    ],
  },
  {
    id: 'c-ashgrove',
    genre: 'sports',
    published: C,
    text:
      'The Ashgrove Games, held every summer since the 1980s, will run indoors on March 3-7 because of the stadium works, organisers said. Tickets go on sale Tuesday at 15:00 GMT.',
    dates: [
      ['every summer', 'SET', 'XXXX-SU', { alt: 'P1Y' }],
      ['the 1980s', 'DATE', '198'],
      ['March 3', 'DATE', '2026-03-03'],
      ['7', 'DATE', '2026-03-07'],
      ['Tuesday at 15:00 GMT', 'TIME', '2026-03-03T15:00', { alt: '2026-03-03T15:00Z' }],
    ],
  },
  {
    id: 'c-snow',
    genre: 'local',
    published: C,
    text:
      'Forecasters at the Hollins Moor station expect heavy snow tonight at 8, easing by Saturday morning. Gritters went out 12 hours ago, and bin collections will move to Monday–Wednesday of next week.',
    dates: [
      ['tonight at 8', 'TIME', '2026-02-27T20:00'],
      ['Saturday morning', 'TIME', '2026-02-28TMO', { alt: '2026-02-28' }],
      ['12 hours ago', 'TIME', '2026-02-27TXX:XX', { alt: 'PAST_REF', gap: true }],
      ['Monday', 'DATE', '2026-03-02'],
      ['Wednesday of next week', 'DATE', '2026-03-04'],
    ],
  },
  {
    id: 'c-pool-opinion',
    genre: 'opinion',
    published: C,
    text:
      'For three years the Marrick council has promised a new pool. Recently it promised again. In the 21st century a town of 40,000 should not have to wait until the second quarter of 2028 for somewhere to swim.',
    dates: [
      ['three years', 'DURATION', 'P3Y'],
      ['Recently', 'DATE', 'PAST_REF', { alt: null }],
      ['the 21st century', 'DATE', '20'],
      ['the second quarter of 2028', 'DATE', '2028-Q2'],
    ],
  },
  {
    id: 'c-landslide',
    genre: 'wire',
    published: C,
    text:
      'Rescuers in the Sevlo hills said on Friday that 14 people died when a landslide struck the village of Orrin at 4:10 a.m. Tuesday. The first teams arrived the next afternoon. The village had been evacuated in 2014, and residents drifted back over 2019-21.',
    dates: [
      ['Friday', 'DATE', '2026-02-27'],
      ['4:10 a.m. Tuesday', 'TIME', '2026-02-24T04:10'],
      ['the next afternoon', 'TIME', '2026-02-25TAF', { alt: '2026-02-25' }],
      ['2014', 'DATE', '2014'],
      ['2019', 'DATE', '2019'],
      ['21', 'DATE', '2021'],
    ],
  },
  {
    id: 'c-dunlin',
    genre: 'local',
    published: C,
    text:
      'The Dunlin Arts Centre, closed since early 2024, reopens March fourteenth with a free concert. Its director, Oona Brackett, said the hall would then host a jazz night every second Friday.',
    dates: [
      ['early 2024', 'DATE', '2024'],
      ['March fourteenth', 'DATE', '2026-03-14'],
      ['every second Friday', 'SET', 'XXXX-WXX-5', { alt: 'P2W' }],
    ],
  },
  {
    id: 'c-referendum',
    genre: 'wire',
    published: C,
    text:
      "ORVIK, Feb. 27 — Norland will hold a referendum on the first of May, the government said on Wednesday, and campaigning may begin in mid-March. The bill had been debated since the spring of 2024.",
    dates: [
      ['Feb. 27', 'DATE', '2026-02-27'],
      ['the first of May', 'DATE', '2026-05-01'],
      ['Wednesday', 'DATE', '2026-02-25'],
      ['mid-March', 'DATE', '2026-03'],
      ['the spring of 2024', 'DATE', '2024-SP'],
    ],
    not: [['campaigning may begin', { alt: '2026-05' }]],
  },

  // ───────────── D: Monday 29 December 2025 ─────────────
  {
    id: 'd-rail-strike',
    genre: 'wire',
    published: D,
    text:
      'BERLIN, Dec. 29 (dpa) — The Ostwerk rail union called a strike from Jan. 5 to Jan. 9, its second this year. Talks broke down on Saturday after 14 hours of negotiation, and the union said it could strike every Monday until the spring if no deal is reached.',
    dates: [
      ['Dec. 29', 'DATE', '2025-12-29'],
      ['Jan. 5', 'DATE', '2026-01-05'],
      ['Jan. 9', 'DATE', '2026-01-09'],
      ['this year', 'DATE', '2025'],
      ['Saturday', 'DATE', '2025-12-27'],
      ['14 hours', 'DURATION', 'PT14H'],
      ['every Monday', 'SET', 'XXXX-WXX-1', { alt: 'P1W' }],
      ['the spring', 'DATE', '2026-SP'],
    ],
  },
  {
    id: 'd-quillon',
    genre: 'business',
    published: D,
    text:
      'Quillon Motors shares are up 40% this year, their best run since 2009. Analysts expect deliveries to rise in the first quarter, and the company will publish annual results in late February.',
    dates: [
      ['this year', 'DATE', '2025'],
      ['2009', 'DATE', '2009'],
      ['the first quarter', 'DATE', '2026-Q1', { alt: '2025-Q1' }],
      ['late February', 'DATE', '2026-02'],
    ],
  },
  {
    id: 'd-treadway',
    genre: 'court',
    published: D,
    text:
      'Judge Orla Penn on Monday ordered Basil Treadway, 61, held without bail until Jan. 14, 2026. Treadway is accused of setting fire to a Halden Road warehouse on Dec. 20 after buying petrol the week before.',
    dates: [
      ['Monday', 'DATE', '2025-12-29'],
      ['Jan. 14, 2026', 'DATE', '2026-01-14'],
      ['Dec. 20', 'DATE', '2025-12-20'],
      ['the week before', 'DATE', '2025-W50', { alt: '2025-12-13' }],
    ],
  },
  {
    id: 'd-hawks',
    genre: 'sports',
    published: D,
    text:
      'The Crannock Hawks have won six straight since Dec. 1 and host the Pell City Comets on New Year\u2019s Day. Forward Jin Arvelo, out since Nov. 9 with a knee injury, should return by Friday of next week.',
    dates: [
      ['Dec. 1', 'DATE', '2025-12-01'],
      ['New Year\u2019s Day', 'DATE', '2026-01-01'],
      ['Nov. 9', 'DATE', '2025-11-09'],
      ['Friday of next week', 'DATE', '2026-01-09'],
    ],
  },
  {
    id: 'd-callin',
    genre: 'local',
    published: D,
    text:
      "WKLM CALL-IN. CALLER: The gritter hasn't been down Hobb Lane for the past two weeks. HOST: The council told us it runs every 48 hours. CALLER: Well, I've been snowed in since Christmas Eve and I have to be at the hospital at 9:15 on Wednesday.",
    dates: [
      ['the past two weeks', 'DURATION', 'P2W'],
      ['every 48 hours', 'SET', 'PT48H'],
      ['Christmas Eve', 'DATE', '2025-12-24'],
      ['9:15 on Wednesday', 'TIME', '2025-12-31T09:15'],
    ],
  },
  {
    id: 'd-dam',
    genre: 'wire',
    published: D,
    text:
      'Engineers inspected the Tamsin Dam, completed in 1968, on Dec. 3; the previous inspection had been a year earlier. Repairs are planned for the second half of next year and should take 18 months. "We are monitoring it every day," a ministry official said.',
    dates: [
      ['1968', 'DATE', '1968'],
      ['Dec. 3', 'DATE', '2025-12-03'],
      ['a year earlier', 'DATE', '2024'],
      ['the second half of next year', 'DATE', '2026-H2'],
      ['18 months', 'DURATION', 'P18M'],
      ['every day', 'SET', 'P1D'],
    ],
  },
  {
    id: 'd-ferry-forum',
    genre: 'opinion',
    published: D,
    text:
      'posted 29 Dec by hamlin_rd: last weekend the island ferry was cancelled AGAIN. they say the timetable changes in the new year but ive heard that since the 2010s. sept. 9 was the last time it ran on schedule lol',
    dates: [
      ['29 Dec', 'DATE', '2025-12-29'],
      ['last weekend', 'DATE', '2025-W52-WE'],
      ['the new year', 'DATE', '2026', { alt: 'FUTURE_REF' }],
      ['the 2010s', 'DATE', '201'],
      ['sept. 9', 'DATE', '2025-09-09'],
    ],
  },
  {
    id: 'd-halvorsen',
    genre: 'business',
    published: D,
    text:
      'Halvorsen Energy said on Dec. 22 that it had agreed to buy Pike Grid; a week later, regulators opened a review that could last until mid-2026.',
    dates: [
      ['Dec. 22', 'DATE', '2025-12-22'],
      ['a week later', 'DATE', '2025-12-29'],
      ['mid-2026', 'DATE', '2026'],
    ],
  },
  {
    id: 'd-pelham',
    genre: 'business',
    published: D,
    text:
      'Pelham Logistics has been hiring every week since the autumn and expects to add 300 staff over the next three months. Its chief executive, April Sorensen, took over in 2024 after a decade at Brisk Freight.',
    dates: [
      ['every week', 'SET', 'P1W'],
      ['the autumn', 'DATE', '2025-FA'],
      ['the next three months', 'DURATION', 'P3M'],
      ['2024', 'DATE', '2024'],
      ['a decade', 'DURATION', 'P10Y', { alt: 'P1DE' }],
    ],
    not: [['April Sorensen', { alt: '2026-04' }]],
  },

  // ───────────── E: Saturday 6 April 2024 ─────────────
  {
    id: 'e-primary',
    genre: 'wire',
    published: E,
    text:
      "ACCRA, Ghana, April 6 (Reuters) — The opposition Nkwanta Party will hold its primary on 4/20/2024, two weeks from now, after postponing it twice since January. The party's leader, Kofi Amaning-Drew, has led it for nearly two decades.",
    dates: [
      ['April 6', 'DATE', '2024-04-06'],
      ['4/20/2024', 'DATE', '2024-04-20'],
      ['two weeks from now', 'DATE', '2024-04-20'],
      ['January', 'DATE', '2024-01'],
      ['nearly two decades', 'DURATION', 'P20Y'],
    ],
  },
  {
    id: 'e-ferry',
    genre: 'local',
    published: E,
    text:
      'The Kessle Bay ferry returns to its full timetable on May 1 and will then sail hourly. Councillor Ade Morrow said on Friday that the pier repairs, begun in the autumn of 2022, had cost twice the estimate.',
    dates: [
      ['May 1', 'DATE', '2024-05-01'],
      ['hourly', 'SET', 'PT1H'],
      ['Friday', 'DATE', '2024-04-05'],
      ['the autumn of 2022', 'DATE', '2022-FA'],
    ],
  },
  {
    id: 'e-vance',
    genre: 'court',
    published: E,
    text:
      'Jurors at Kilbride Crown Court heard that Rhodri Vance, 29, phoned the victim 11 times on 14 March, and that bank records from 03/2024 show him paying Dorran Ltd £400. The trial, which began on Monday, is expected to last three weeks, and Judge Helen Marsh said the jury may sit on Saturdays.',
    dates: [
      ['14 March', 'DATE', '2024-03-14'],
      ['03/2024', 'DATE', '2024-03'],
      ['Monday', 'DATE', '2024-04-01'],
      ['three weeks', 'DURATION', 'P3W'],
      ['Saturdays', 'SET', 'XXXX-WXX-6', { alt: 'P1W' }],
    ],
    not: [['the jury may sit', { alt: '2024-05' }]],
  },
  {
    id: 'e-haldane',
    genre: 'sports',
    published: E,
    text:
      "Haldane United play Port Esk this afternoon, then host Brigg Town on Tuesday night. Manager Gil Rasko, appointed a year ago, said his side had not lost at home since Boxing Day. Rasko told Monday Morning, a Port Esk fan paper, that the title race was 'far from over'.",
    dates: [
      ['this afternoon', 'TIME', '2024-04-06TAF', { alt: '2024-04-06' }],
      ['Tuesday night', 'TIME', '2024-04-09TNI', { alt: '2024-04-09' }],
      ['a year ago', 'DATE', '2023'],
      ['Boxing Day', 'DATE', '2023-12-26'],
    ],
    not: [['Monday Morning', { alt: '2024-04-08TMO', gap: true }]],
  },
  {
    id: 'e-fennick',
    genre: 'business',
    published: E,
    text:
      'Fennick Pharma shares jumped 12% on Friday after the company said a trial of its asthma inhaler would finish by the end of the second quarter. The study began in mid-2021. Revenue is forecast to double between 2024 and 2027.',
    dates: [
      ['Friday', 'DATE', '2024-04-05'],
      ['the end of the second quarter', 'DATE', '2024-Q2'],
      ['mid-2021', 'DATE', '2021'],
      ['2024', 'DATE', '2024'],
      ['2027', 'DATE', '2027'],
    ],
  },
  {
    id: 'e-ditching',
    genre: 'wire',
    published: E,
    text:
      'The pilot of a small plane flying from Tarn Island sent a Mayday call at 10:40 a.m. on Wednesday before ditching in the sea. All four people on board were rescued within an hour, and the search for the aircraft will continue in the coming days.',
    dates: [
      ['10:40 a.m. on Wednesday', 'TIME', '2024-04-03T10:40'],
      ['an hour', 'DURATION', 'PT1H'],
      ['the coming days', 'DATE', 'FUTURE_REF'],
    ],
    not: [['Mayday', { alt: '2024-05-01' }]],
  },
  {
    id: 'e-potholes-opinion',
    genre: 'opinion',
    published: E,
    text:
      "Every spring the council promises to fix Colm Street. It said so in 2021 and it will say so again next week. I first reported these potholes on Aug 9 '16.",
    dates: [
      ['Every spring', 'SET', 'XXXX-SP', { alt: 'P1Y' }],
      ['2021', 'DATE', '2021'],
      ['next week', 'DATE', '2024-W15'],
      ["Aug 9 '16", 'DATE', '2016-08-09'],
    ],
  },
  {
    id: 'e-fun-run',
    genre: 'local',
    published: E,
    text:
      'Weather: a bright start this morning, showers from noon, and the Lanner Hill fun run goes ahead tomorrow at 9. Organiser Pell Dawes said 600 runners had signed up in the last three days.',
    dates: [
      ['this morning', 'TIME', '2024-04-06TMO', { alt: '2024-04-06' }],
      ['noon', 'TIME', '2024-04-06T12:00'],
      ['tomorrow at 9', 'TIME', '2024-04-07T09:00'],
      ['the last three days', 'DURATION', 'P3D'],
    ],
  },
  {
    id: 'e-cabs',
    genre: 'court',
    published: E,
    text:
      'Magistrates in Ferrow on Thursday fined Orbis Cabs £12,000 for keeping drivers on 14-hour shifts six days a week. The firm has 28 days to pay.',
    dates: [
      ['Thursday', 'DATE', '2024-04-04'],
      ['14-hour', 'DURATION', 'PT14H'],
      ['six days a week', 'SET', 'P1W', { gap: true }],
      ['28 days', 'DURATION', 'P28D'],
    ],
  },

  // ───────────── null: no publication date ─────────────
  {
    id: 'n-contract',
    genre: 'court',
    published: null,
    text:
      'The supply contract, signed on 2019-11-05, required delivery within 90 days. The buyer sued on March 3, 2020, four months later. Judge Lia Marrow said she may rule on Friday.',
    dates: [
      ['2019-11-05', 'DATE', '2019-11-05'],
      ['90 days', 'DURATION', 'P90D'],
      ['March 3, 2020', 'DATE', '2020-03-03'],
      ['four months later', 'DATE', '2020-03'],
      ['Friday', 'DATE', 'XXXX-WXX-5', { gap: true }],
    ],
    not: [['she may rule', { alt: 'XXXX-05' }]],
  },
  {
    id: 'n-mill-opinion',
    genre: 'opinion',
    published: null,
    text:
      "I grew up in the 1970s in the shadow of the Ulvik mill. My grandfather worked there from 1931 until it shut in the winter of '68, and every Sunday he walked us past the gates.",
    dates: [
      ['the 1970s', 'DATE', '197'],
      ['1931', 'DATE', '1931'],
      ["the winter of '68", 'DATE', '1968-WI'],
      ['every Sunday', 'SET', 'XXXX-WXX-7', { alt: 'P1W' }],
    ],
  },
];
