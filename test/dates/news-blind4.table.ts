/**
 * A fourth BLIND date table: short invented NEWS PASSAGES (wire copy with datelines, local news,
 * business, court reports, sports, opinion), where a value depends on the document context —
 * the tense around a weekday or a yearless month, a date the passage just gave anchoring "two
 * days later" / "the next day" / "that week", the publication date behind "last year", "this
 * week", "the end of the month", seasons, quarters, decades, clock times with their day,
 * ranges, durations, sets, vague references and a few not-dates.
 *
 * Written from GUIDELINES.md §1 and §4 (Dates and times) alone, BEFORE the dates stage was run
 * on any of it; no source code, other table or dev.jsonl was read. Every person, place,
 * company and sentence is made up. Rows whose entries failed on the first run carry `gap`
 * (run as `it.fails`).
 *
 * First run (2026-12-06): 144 of 155 expected dates right (92.9%), 3 more on their `alt`;
 * 11 of 13 not-dates clean; 2 extra dates over 48 passages. After the run, four primaries were
 * turned to the convention the corpus's tune fold annotates (the old primary kept as `alt`): a
 * part of the day is a TIME (`…TNI`, `…TMO`), and "recently" / "currently" are `PAST_REF` /
 * `PRESENT_REF`. Fixed in general rules after the run: a weekday that ends a range comes after
 * its start, "since November" is past whatever the clause's tense, "the following March"
 * counts from the date the text gave, "would stay closed" is not a finite past, "14:30 local
 * time", "by year's end". Still `gap`: an unstated-year fourth quarter reported in March (the
 * stage keeps the publication year for fiscal quarters), "Summer is over" heading a sentence,
 * "the second half" with no "of the year". Fixed later: a deadline asked for ("warned residents to stay away
 * until Friday") is ahead of the asking.
 *
 * Reference (publication) dates:
 *   A  Thursday 13 March 2025     (ISO week 2025-W11, Mon 10 – Sun 16 March)
 *   B  Monday 1 September 2025    (ISO week 2025-W36, Mon 1 – Sun 7 September)
 *   C  Sunday 4 January 2026      (ISO week 2026-W01, Mon 29 December – Sun 4 January)
 *   D  Wednesday 17 July 2024     (ISO week 2024-W29, Mon 15 – Sun 21 July)
 *   E  Friday 28 November 2025    (ISO week 2025-W48, Mon 24 – Sun 30 November)
 *   null (four rows): no publication date; a full date in the text may fix the year.
 *
 * Conventions taken from §4: a weekday is the nearest such day on or before the publication
 * date unless the tense says otherwise (a same-day report names its own day); offsets from an
 * anchor are DATE points at the unit's granularity; "for five days" is a DURATION; a clock time
 * with its day is one TIME; a range gives one date per end; vague references are
 * PAST_REF / PRESENT_REF / FUTURE_REF (typed DATE here, as in TIMEX3); unknown parts are X.
 * Values §4 does not spell out follow TIMEX3: decades `199`, seasons `SP/SU/FA`, quarters
 * `2025-Q3`, halves `2026-H2`, sets `P1Y` / `P1W` / `PT20M`.
 *
 * Where §4 leaves a case open the entry's `alt` gives the other defensible value (`null`: the
 * other reading annotates nothing there; for a not-date, `alt` is the value it would get if
 * annotated). `alt` is reported, never scored.
 */

import type { BlindDateRow } from './news-blind-runner.js';

export type { DateType, EntryOpts, Expected, Genre, NotDate } from './news-blind-runner.js';
export type Blind4Row = BlindDateRow;

export const A = '2025-03-13';
export const B = '2025-09-01';
export const C = '2026-01-04';
export const D = '2024-07-17';
export const E = '2025-11-28';

export const BLIND4: readonly Blind4Row[] = [
  // ——— A: Thursday 13 March 2025 ———
  {
    id: 'A01', genre: 'wire', published: A,
    text: "VALDOR CITY, March 13 (Norpress) – Norland's parliament voted on Tuesday to extend the fuel subsidy for six months. The opposition said it will challenge the measure on Monday.",
    dates: [
      ['March 13', 'DATE', '2025-03-13'],
      ['Tuesday', 'DATE', '2025-03-11'],
      ['six months', 'DURATION', 'P6M'],
      ['Monday', 'DATE', '2025-03-17'],
    ],
  },
  {
    id: 'A02', genre: 'local', published: A,
    text: 'Firefighters battled a blaze at a warehouse on Spring Street late Tuesday night. The fire was brought under control at 4:30 a.m. Wednesday, officials said.',
    dates: [
      ['Tuesday night', 'TIME', '2025-03-11TNI', { alt: '2025-03-11' }],
      ['4:30 a.m. Wednesday', 'TIME', '2025-03-12T04:30'],
    ],
    not: [['Spring Street']],
  },
  {
    id: 'A03', genre: 'business', published: A,
    text: 'Estmark Rail reported a 12% rise in revenue for the fourth quarter and said it expects ridership to recover this year. Its shares rose 3% this morning.',
    dates: [
      ['fourth quarter', 'DATE', '2024-Q4', { alt: '2025-Q4', gap: true }],
      ['this year', 'DATE', '2025'],
      ['this morning', 'TIME', '2025-03-13TMO', { alt: '2025-03-13' }],
    ],
  },
  {
    id: 'A04', genre: 'court', published: A,
    text: 'A Brenholt court on Wednesday sentenced former mayor Ilse Varga to four years in prison for fraud committed between 2016 and 2019. Her lawyer said she would appeal within 30 days.',
    dates: [
      ['Wednesday', 'DATE', '2025-03-12'],
      ['four years', 'DURATION', 'P4Y'],
      ['2016', 'DATE', '2016'],
      ['2019', 'DATE', '2019'],
      ['30 days', 'DURATION', 'P30D'],
    ],
  },
  {
    id: 'A05', genre: 'sports', published: A,
    text: 'Harbor City beat Estmark United 3-2 on Sunday, their first win at home since October. The sides meet again on April 2.',
    dates: [
      ['Sunday', 'DATE', '2025-03-09'],
      ['October', 'DATE', '2024-10'],
      ['April 2', 'DATE', '2025-04-02'],
    ],
    not: [['3-2']],
  },
  {
    id: 'A06', genre: 'opinion', published: A,
    text: 'For nearly two decades, Norland has promised a new bridge over the Sarn. Now, with elections due in the autumn, the government says work will begin next year.',
    dates: [
      ['nearly two decades', 'DURATION', 'P20Y'],
      ['Now', 'DATE', 'PRESENT_REF', { alt: null }],
      ['autumn', 'DATE', '2025-FA'],
      ['next year', 'DATE', '2026'],
    ],
  },
  {
    id: 'A07', genre: 'local', published: A,
    text: 'Hundreds joined a march on the capital to demand a hospital that stays open 24/7. Organiser Petra May said they would return in the coming weeks.',
    dates: [
      ['the coming weeks', 'DATE', 'FUTURE_REF'],
    ],
    not: [['march'], ['24/7'], ['May']],
  },
  {
    id: 'A08', genre: 'wire', published: A,
    text: "Estmark's election commission said the vote, postponed in January, is set for Nov. 3. Campaigning will last 60 days.",
    dates: [
      ['January', 'DATE', '2025-01'],
      ['Nov. 3', 'DATE', '2025-11-03'],
      ['60 days', 'DURATION', 'P60D'],
    ],
  },
  {
    id: 'A09', genre: 'wire', published: A,
    text: "The launch of Norland's first satellite is scheduled for 14:30 local time on March 20, the space agency said Thursday.",
    dates: [
      ['14:30 local time on March 20', 'TIME', '2025-03-20T14:30'],
      ['Thursday', 'DATE', '2025-03-13'],
    ],
  },
  {
    id: 'A10', genre: 'local', published: A,
    text: "Earlier this month, Valdor's mayor, Rosa Lind, ordered an audit of the transport agency. Its findings are due by the end of April.",
    dates: [
      ['Earlier this month', 'DATE', '2025-03'],
      ['the end of April', 'DATE', '2025-04'],
    ],
  },
  {
    id: 'A11', genre: 'wire', published: A,
    text: 'Delegates from thirty countries met in Valdor City on March 3-5 and agreed to meet again in a year.',
    dates: [
      ['March 3', 'DATE', '2025-03-03'],
      ['5', 'DATE', '2025-03-05'],
      ['in a year', 'DATE', '2026'],
    ],
  },

  // ——— B: Monday 1 September 2025 ———
  {
    id: 'B01', genre: 'wire', published: B,
    text: 'ESTMARK, Sept. 1 (Norpress) – Talks between the two unions collapsed on Friday after three weeks of negotiations. A strike vote is set for Sept. 15.',
    dates: [
      ['Sept. 1', 'DATE', '2025-09-01', { nth: 0 }],
      ['Friday', 'DATE', '2025-08-29'],
      ['three weeks', 'DURATION', 'P3W'],
      ['Sept. 15', 'DATE', '2025-09-15'],
    ],
  },
  {
    id: 'B02', genre: 'business', published: B,
    text: 'Valdor Foods closed its Kessel plant in March and cut 400 jobs. The company said on Monday that second-quarter profit fell 8% from a year earlier.',
    dates: [
      ['March', 'DATE', '2025-03'],
      ['Monday', 'DATE', '2025-09-01'],
      ['second-quarter', 'DATE', '2025-Q2'],
      ['a year earlier', 'DATE', '2024', { alt: '2024-Q2' }],
    ],
  },
  {
    id: 'B03', genre: 'local', published: B,
    text: 'The Orsay library, which opened in the 1990s, will close for renovation from October to December. Readers can still borrow e-books every day.',
    dates: [
      ['the 1990s', 'DATE', '199'],
      ['October', 'DATE', '2025-10'],
      ['December', 'DATE', '2025-12'],
      ['every day', 'SET', 'P1D'],
    ],
  },
  {
    id: 'B04', genre: 'court', published: B,
    text: 'Prosecutors say Dario Fenn, 41, ran the scheme for three years before his arrest last November. His trial is scheduled to begin on Oct. 6 and is expected to last two weeks.',
    dates: [
      ['three years', 'DURATION', 'P3Y'],
      ['last November', 'DATE', '2024-11'],
      ['Oct. 6', 'DATE', '2025-10-06'],
      ['two weeks', 'DURATION', 'P2W'],
    ],
  },
  {
    id: 'B05', genre: 'sports', published: B,
    text: "Lena Ostrova, who won the Valdor Open in 2021 and 2023, withdrew from this week's tournament on Saturday with a wrist injury. She hopes to return next month.",
    dates: [
      ['2021', 'DATE', '2021'],
      ['2023', 'DATE', '2023'],
      ['this week', 'DATE', '2025-W36'],
      ['Saturday', 'DATE', '2025-08-30'],
      ['next month', 'DATE', '2025-10'],
    ],
  },
  {
    id: 'B06', genre: 'wire', published: B,
    text: 'Last month, the central bank of Norland raised its key rate for the first time since 2008. Analysts expect another increase before the end of the year.',
    dates: [
      ['Last month', 'DATE', '2025-08'],
      ['2008', 'DATE', '2008'],
      ['the end of the year', 'DATE', '2025'],
    ],
  },
  {
    id: 'B07', genre: 'local', published: B,
    text: 'The water main burst on Aug. 12. Repairs began two days later and took most of that week; the road reopened on Aug. 22.',
    dates: [
      ['Aug. 12', 'DATE', '2025-08-12'],
      ['two days later', 'DATE', '2025-08-14'],
      ['that week', 'DATE', '2025-W33'],
      ['Aug. 22', 'DATE', '2025-08-22'],
    ],
  },
  {
    id: 'B08', genre: 'opinion', published: B,
    text: "Summer is over, and with it the recent calm in Valdor's politics. The current coalition, formed in 2022, faces its hardest test yet: a long-term budget deal by year's end.",
    dates: [
      ['Summer', 'DATE', '2025-SU'],
      ['2022', 'DATE', '2022'],
      ["year's end", 'DATE', '2025'],
    ],
    not: [['recent'], ['current'], ['long-term']],
  },

  // ——— C: Sunday 4 January 2026 ———
  {
    id: 'C01', genre: 'local', published: C,
    text: 'A storm knocked out power to 8,000 homes in Estmark on Saturday. Crews worked for 20 hours and most supply was restored by 6 p.m. Sunday, the utility said.',
    dates: [
      ['Saturday', 'DATE', '2026-01-03'],
      ['20 hours', 'DURATION', 'PT20H'],
      ['6 p.m. Sunday', 'TIME', '2026-01-04T18:00'],
    ],
  },
  {
    id: 'C02', genre: 'business', published: C,
    text: 'The Kessel mill closed in October after 112 years. Its owner said last week that the site would be sold in the spring.',
    dates: [
      ['October', 'DATE', '2025-10'],
      ['112 years', 'DURATION', 'P112Y'],
      ['last week', 'DATE', '2025-W52'],
      ['spring', 'DATE', '2026-SP'],
    ],
  },
  {
    id: 'C03', genre: 'opinion', published: C,
    text: 'This year will test the coalition. In 2025 it survived two confidence votes; by the end of the month it must pass a budget it has delayed since November.',
    dates: [
      ['This year', 'DATE', '2026'],
      ['2025', 'DATE', '2025'],
      ['the end of the month', 'DATE', '2026-01'],
      ['November', 'DATE', '2025-11'],
    ],
  },
  {
    id: 'C04', genre: 'wire', published: C,
    text: "Norland's president will travel to Valdor on Tuesday for two days of talks, her office said on Sunday. The visit was first announced on Dec. 30.",
    dates: [
      ['Tuesday', 'DATE', '2026-01-06'],
      ['two days', 'DURATION', 'P2D'],
      ['Sunday', 'DATE', '2026-01-04'],
      ['Dec. 30', 'DATE', '2025-12-30'],
    ],
  },
  {
    id: 'C05', genre: 'sports', published: C,
    text: 'The Estmark Eagles, champions in the 2024 season, have lost five straight games. Coach Aron Bly was fired this week, midway through a four-year contract.',
    dates: [
      ['2024', 'DATE', '2024'],
      ['this week', 'DATE', '2026-W01'],
      ['four-year', 'DURATION', 'P4Y', { alt: null }],
    ],
  },
  {
    id: 'C06', genre: 'wire', published: C,
    text: "Police in Orsay arrested a man early Friday over a shooting on New Year's Eve. He will appear in court on Monday.",
    dates: [
      ['Friday', 'DATE', '2026-01-02'],
      ["New Year's Eve", 'DATE', '2025-12-31', { alt: null }],
      ['Monday', 'DATE', '2026-01-05'],
    ],
  },
  {
    id: 'C07', genre: 'business', published: C,
    text: 'Valdor Bank expects growth to slow in the first quarter before picking up in the second half. Its chief economist said inflation had peaked in the autumn.',
    dates: [
      ['the first quarter', 'DATE', '2026-Q1'],
      ['the second half', 'DATE', '2026-H2', { alt: '2026', gap: true }],
      ['autumn', 'DATE', '2025-FA'],
    ],
  },
  {
    id: 'C08', genre: 'local', published: C,
    text: 'Officials recently admitted that the tunnel, currently three years behind schedule, may not open until the 2030s.',
    dates: [
      ['recently', 'DATE', 'PAST_REF', { alt: null }],
      ['currently', 'DATE', 'PRESENT_REF', { alt: null }],
      ['three years', 'DURATION', 'P3Y'],
      ['the 2030s', 'DATE', '203'],
    ],
    not: [],
  },

  // ——— D: Wednesday 17 July 2024 ———
  {
    id: 'D01', genre: 'wire', published: D,
    text: 'BRENHOLT, July 17 (Norpress) – Heavy rain flooded the old town on Monday, and the river peaked early Tuesday. The mayor warned residents to stay away from the quays until Friday.',
    dates: [
      ['July 17', 'DATE', '2024-07-17'],
      ['Monday', 'DATE', '2024-07-15'],
      ['Tuesday', 'DATE', '2024-07-16'],
      ['Friday', 'DATE', '2024-07-19'],
    ],
  },
  {
    id: 'D02', genre: 'court', published: D,
    text: 'The appeal was heard on 3 June and rejected two weeks later. Tomas Reel, who has been in custody since 2022, will be transferred to Kessel prison next month.',
    dates: [
      ['3 June', 'DATE', '2024-06-03'],
      ['two weeks later', 'DATE', '2024-06-17'],
      ['2022', 'DATE', '2022'],
      ['next month', 'DATE', '2024-08'],
    ],
  },
  {
    id: 'D03', genre: 'business', published: D,
    text: 'Shares in Norland Telecom have fallen 40% over the past decade. The board meets every three months, and its next meeting is on July 29 at 10 a.m.',
    dates: [
      ['the past decade', 'DURATION', 'P10Y'],
      ['every three months', 'SET', 'P3M'],
      ['July 29 at 10 a.m.', 'TIME', '2024-07-29T10:00'],
    ],
  },
  {
    id: 'D04', genre: 'local', published: D,
    text: 'The Orsay fair, held every year since 1987, opens on Friday and runs for ten days. Last year it drew 60,000 visitors.',
    dates: [
      ['every year', 'SET', 'P1Y'],
      ['1987', 'DATE', '1987'],
      ['Friday', 'DATE', '2024-07-19'],
      ['ten days', 'DURATION', 'P10D'],
      ['Last year', 'DATE', '2023'],
    ],
  },
  {
    id: 'D05', genre: 'sports', published: D,
    text: 'Mira Sond set a national record of 2:09:41 in the marathon in April, then missed six weeks with a knee injury. She will race again in Valdor on Aug. 4.',
    dates: [
      ['April', 'DATE', '2024-04'],
      ['six weeks', 'DURATION', 'P6W'],
      ['Aug. 4', 'DATE', '2024-08-04'],
    ],
    not: [['2:09:41']],
  },
  {
    id: 'D06', genre: 'opinion', published: D,
    text: "Years ago, Estmark's planners imagined a city without cars. Today, traffic is worse than in the 1970s.",
    dates: [
      ['Years ago', 'DATE', 'PAST_REF'],
      ['Today', 'DATE', '2024-07-17', { alt: 'PRESENT_REF' }],
      ['the 1970s', 'DATE', '197'],
    ],
  },
  {
    id: 'D07', genre: 'local', published: D,
    text: 'Campaigners will march to the town hall on Thursday. Their leader, April Hess, said the clinic must not close.',
    dates: [
      ['Thursday', 'DATE', '2024-07-18'],
    ],
    not: [['march'], ['April']],
  },
  {
    id: 'D08', genre: 'sports', published: D,
    text: "Estmark's new stadium was approved in May 2021, but construction did not start until the following March. It finally opened on Saturday.",
    dates: [
      ['May 2021', 'DATE', '2021-05'],
      ['the following March', 'DATE', '2022-03'],
      ['Saturday', 'DATE', '2024-07-13'],
    ],
  },
  {
    id: 'D09', genre: 'court', published: D,
    text: 'Judge Anna Kiel adjourned the case until Sept. 9, saying both sides needed more time. The defendant, a former bank clerk, has been on bail since March 2023.',
    dates: [
      ['Sept. 9', 'DATE', '2024-09-09'],
      ['March 2023', 'DATE', '2023-03'],
    ],
  },

  // ——— E: Friday 28 November 2025 ———
  {
    id: 'E01', genre: 'wire', published: E,
    text: "KESSEL, Nov. 28 (Norpress) – Estmark's finance minister resigned on Thursday. A leaked memo published on Tuesday showed she had ignored warnings since the summer. Her deputy will take over until a successor is named in December.",
    dates: [
      ['Nov. 28', 'DATE', '2025-11-28'],
      ['Thursday', 'DATE', '2025-11-27'],
      ['Tuesday', 'DATE', '2025-11-25'],
      ['summer', 'DATE', '2025-SU'],
      ['December', 'DATE', '2025-12'],
    ],
  },
  {
    id: 'E02', genre: 'business', published: E,
    text: 'Norland Air will cut flights to Estmark by a third from Dec. 15 to March 31, the airline said Friday. It carried 2.1 million passengers last year.',
    dates: [
      ['Dec. 15', 'DATE', '2025-12-15'],
      ['March 31', 'DATE', '2026-03-31'],
      ['Friday', 'DATE', '2025-11-28'],
      ['last year', 'DATE', '2024'],
    ],
  },
  {
    id: 'E03', genre: 'local', published: E,
    text: 'The Mill Lane bridge will be closed from 10 p.m. Saturday to 5 a.m. Monday for repairs, the council said. Buses will run every 20 minutes during the closure.',
    dates: [
      ['10 p.m. Saturday', 'TIME', '2025-11-29T22:00'],
      ['5 a.m. Monday', 'TIME', '2025-12-01T05:00'],
      ['every 20 minutes', 'SET', 'PT20M'],
    ],
  },
  {
    id: 'E04', genre: 'court', published: E,
    text: 'A jury in Orsay on Wednesday cleared two police officers of assault over a 2023 arrest. The trial had lasted nine days.',
    dates: [
      ['Wednesday', 'DATE', '2025-11-26'],
      ['2023', 'DATE', '2023'],
      ['nine days', 'DURATION', 'P9D'],
    ],
  },
  {
    id: 'E05', genre: 'sports', published: E,
    text: 'Estmark United have not lost at home since August 2024, a run of 21 matches. They play Harbor City at 3 p.m. on Sunday, with tickets sold out weeks ago.',
    dates: [
      ['August 2024', 'DATE', '2024-08'],
      ['3 p.m. on Sunday', 'TIME', '2025-11-30T15:00'],
      ['weeks ago', 'DATE', 'PAST_REF'],
    ],
  },
  {
    id: 'E06', genre: 'opinion', published: E,
    text: 'The council spent the 2010s promising affordable homes. It has until the end of next year to deliver them, or lose the money for good.',
    dates: [
      ['the 2010s', 'DATE', '201'],
      ['the end of next year', 'DATE', '2026'],
    ],
  },
  {
    id: 'E07', genre: 'wire', published: E,
    text: 'Ministers said this week that Norland will hold a referendum on the treaty next spring. The last such vote, in 1994, was lost by 600 votes.',
    dates: [
      ['this week', 'DATE', '2025-W48'],
      ['next spring', 'DATE', '2026-SP'],
      ['1994', 'DATE', '1994'],
    ],
  },
  {
    id: 'E08', genre: 'business', published: E,
    text: 'The online auction closes at 9 p.m. GMT on Dec. 3, organisers said. Bids placed since Monday already total 40,000 estmarks.',
    dates: [
      ['9 p.m. GMT on Dec. 3', 'TIME', '2025-12-03T21:00', { alt: '2025-12-03T21:00Z' }],
      ['Monday', 'DATE', '2025-11-24'],
    ],
  },

  // ——— no publication date ———
  {
    id: 'N01', genre: 'wire', published: null,
    text: 'VALDOR CITY, Jan. 14, 2024 (Norpress) – Norland\'s coast guard rescued 23 fishermen on Friday after their trawler sank in a storm. The search for two missing crew members was called off the next day.',
    dates: [
      ['Jan. 14, 2024', 'DATE', '2024-01-14'],
      ['Friday', 'DATE', '2024-01-12', { alt: 'XXXX-WXX-5' }],
      ['the next day', 'DATE', '2024-01-13', { alt: 'XXXX-XX-XX' }],
    ],
  },
  {
    id: 'N02', genre: 'court', published: null,
    text: 'The company was fined on 4 June 2019 and paid the penalty three months later. It has been under investigation again since March.',
    dates: [
      ['4 June 2019', 'DATE', '2019-06-04'],
      ['three months later', 'DATE', '2019-09'],
      ['March', 'DATE', 'XXXX-03'],
    ],
  },
  {
    id: 'N03', genre: 'local', published: null,
    text: 'The ferry to Estmark runs weekly, and the crossing takes 45 minutes. A second service will start on May 1.',
    dates: [
      ['weekly', 'SET', 'P1W', { alt: null }],
      ['45 minutes', 'DURATION', 'PT45M'],
      ['May 1', 'DATE', 'XXXX-05-01'],
    ],
  },
  {
    id: 'N04', genre: 'sports', published: null,
    text: 'Teodor Lund played for Harbor City from 2009 to 2017 and was named captain in 2012. He retired in the summer of 2018 and coaches the youth side.',
    dates: [
      ['2009', 'DATE', '2009'],
      ['2017', 'DATE', '2017'],
      ['2012', 'DATE', '2012'],
      ['summer of 2018', 'DATE', '2018-SU'],
    ],
  },
];
