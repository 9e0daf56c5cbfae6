import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** Published Sunday 31 May 2026: clauses that look ahead. */
const REF = '2026-05-31';
const valueOf = (text: string, span: string): string | undefined => dates(text, REF).find((d) => d.text === span)?.value;

describe('dates: forward clauses', () => {
  it.each([
    ['Pupils at Farrowdale Primary return from their half-term break on Monday.', 'Monday', '2026-06-01'],
    ['Forecasters expect a dry start to June, before showers return at the weekend.', 'the weekend', '2026-W23-WE'],
    ['Forecasters expect a dry start to June, with highs of 24C on Tuesday and Wednesday.', 'Tuesday', '2026-06-02'],
    ['Forecasters expect a dry start to June, with highs of 24C on Tuesday and Wednesday.', 'Wednesday', '2026-06-03'],
    ['The vote is set for Friday.', 'Friday', '2026-06-05'],
    // a present copula and an adjective before "on" and a day
    ['Backup windows are available on Saturday.', 'Saturday', '2026-06-06'],
    // a day heading a clause after "and", its verb a future
    ['Tuesday is quiet, and on Thursday MPs will debate the budget.', 'Thursday', '2026-06-04'],
    // … and a past verb of its own: an infinitive before the clause does not look ahead for it
    ['A petition asked the council to condemn the plan, and on Friday the council voted to reject it.', 'Friday', '2026-05-29'],
    ['A petition asked the council to condemn the plan, and on Friday the council will vote.', 'Friday', '2026-06-05'],
    // "comes" is a timetable verb in the third person, not in "… to come … on Tuesday"
    ['The mission’s mandate comes up for renewal in January.', 'January', '2027-01'],
    ['She called on supporters to come to the square in a post on Friday.', 'Friday', '2026-05-29'],
    // what a "since" clause with a gerund starts from is past
    ['He has repeated the phrase in every meeting since taking office in October.', 'October', '2025-10'],
    ['The mayor has cut two ministries since winning the vote in July.', 'July', '2025-07'],
    // rescheduled to a bound
    ['The launch has been put back to no earlier than Thursday.', 'Thursday', '2026-06-04'],
    // a holiday beside a weekday names its date (Whit Monday 2026 is May 25, a Monday)
    ['Monday, Whit Monday, was quiet.', 'Monday', '2026-05-25'],
    // a base-form present verb before "from" is a timetable too
    ['The new parking rules apply from Monday.', 'Monday', '2026-06-01'],
    // a fixture's verb read as a noun, before its object: after a plural or team-like subject, or after "and"
    ['The Harriers host Dunmore on Saturday.', 'Saturday', '2026-06-06'],
    ['The Falcons face the Rovers on Saturday at 3 p.m.', 'Saturday at 3 p.m.', '2026-06-06T15:00'],
    ['The Harriers beat Dunmore 2-1 on Friday and host Kelso on Saturday.', 'Saturday', '2026-06-06'],
    // "close" read as an adjective after a plural subject; a clock time of six tokens before the weekday
    ['Nominations close at 5 p.m. on Friday.', '5 p.m. on Friday', '2026-06-05T17:00'],
    ['Entries close at 11:59 p.m. Friday.', '11:59 p.m. Friday', '2026-06-05T23:59'],
  ])('%s → %s', (text, span, value) => {
    expect(valueOf(text, span)).toBe(value);
  });

  it.each([
    ["The hero's return on Monday was cheered.", 'Monday', '2026-05-25'],
    ['Police were busy over the weekend.', 'the weekend', '2026-W22-WE'],
    ['Forecasters expected rain on Tuesday, the agency said.', 'Tuesday', '2026-05-26'],
    // "set" looks ahead only before "to" / "for"; after a determiner it is a noun
    ['He set a club record on Friday.', 'Friday', '2026-05-29'],
    ['She did not lose a set on Friday.', 'Friday', '2026-05-29'],
    ['The old rules did not apply from Monday.', 'Monday', '2026-05-25'],
    ['The Harriers beat Dunmore 2-1 on Friday and hosted Kelso on Saturday.', 'Saturday', '2026-05-30'],
    ['Fans and host Ana Ruiz gathered on Saturday.', 'Saturday', '2026-05-30'],
    ['The Harriers host city was named on Friday.', 'Friday', '2026-05-29'],
    ['The race was close on Friday.', 'Friday', '2026-05-29'],
  ])('still the past: %s', (text, span, value) => {
    expect(valueOf(text, span)).toBe(value);
  });
});

describe('dates: a relative year earlier in the clause of a yearless day', () => {
  it.each([
    ["Organisers said next year's event would run from May 28 to 30.", 'May 28', '2027-05-28'],
    ["Organisers said next year's event would run from May 28 to 30.", '30', '2027-05-30'],
    ['Last year the fair opened on Aug. 4.', 'Aug. 4', '2025-08-04'],
  ])('%s → %s', (text, span, value) => {
    expect(valueOf(text, span)).toBe(value);
  });

  it('said early in the year, the end of the range follows the start into next year', () => {
    const d = dates("Organisers said next year's event would run from May 28 to 30.", '2026-02-10');
    expect(d.filter((x) => x.text === 'May 28' || x.text === '30').map((x) => x.value)).toEqual(['2027-05-28', '2027-05-30']);
  });

  it('a clause break ends the reach ("Next year, the fair opens on Aug. 4" keeps the nearest Aug. 4)', () => {
    expect(valueOf('Next year, the fair opens on Aug. 4.', 'Aug. 4')).toBe('2026-08-04');
  });
});

describe('dates: a bare verb after "did" narrates the past', () => {
  it('"did not attend the talks in August" (published in May) is last August', () => {
    expect(valueOf('She did not attend the talks in August.', 'August')).toBe('2025-08');
  });
});

describe('dates: a relative clause and a set-off span look ahead', () => {
  it('"a summit that opens on Friday": "that" before a present verb is a relative pronoun', () => {
    expect(valueOf('Ministers signed the deal on Thursday, on the eve of a summit that opens on Friday.', 'Friday')).toBe('2026-06-05');
  });

  it('"warned of more snow over the holiday, from Thursday through Sunday": a comma before the span ends no clause', () => {
    const d = dates('Forecasters warned of more heavy snow over the holiday, from Thursday through Sunday.', REF);
    expect(d.filter((x) => x.text === 'Thursday' || x.text === 'Sunday').map((x) => x.value)).toEqual(['2026-06-04', '2026-06-07']);
  });

  it('near miss: "that set on Friday" is a determiner, and narrates the past', () => {
    expect(valueOf('He said that set on Friday was his best.', 'Friday')).toBe('2026-05-29');
  });
});

describe('dates: days and years counted from a date the text gave', () => {
  it('"the following Monday" after March 3 is the Monday after it, not after the publication date', () => {
    const d = dates('The talks began on March 3. They resumed the following Monday.', '2026-12-30');
    expect(d.find((x) => x.text === 'the following Monday')?.value).toBe('2026-03-09');
  });

  it('"the preceding Friday" is the Friday before the day just named', () => {
    const d = dates('The vote is set for Saturday, March 13, 2027, with polls also open on the preceding Friday.', '2026-12-30');
    expect(d.find((x) => x.text === 'the preceding Friday')?.value).toBe('2027-03-12');
  });

  it('"two years later" after "the spring of 2019" counts from that year', () => {
    const d = dates('He began taking money in the spring of 2019, and the bank flagged the transfers two years later.', '2025-10-28');
    expect(d.find((x) => x.text === 'two years later')?.value).toBe('2021');
  });
});

describe('dates: "the Saturday" is the story\'s Saturday', () => {
  it('a weekday after "the" is the such day near the day the text gave, with its clock time', () => {
    const d = dates('The election is on Saturday, March 13, 2027. Polls close at 2 p.m. on the Saturday.', '2026-12-30');
    expect(d.find((x) => x.text === '2 p.m. on the Saturday')?.value).toBe('2027-03-13T14:00');
  });

  it('with no day given but the publication date, it reads as a plain weekday', () => {
    expect(dates('Fans queued on the Sunday before the final.', '2026-12-30').find((x) => x.text === 'the Sunday')?.value).toBe('2026-12-27');
  });

  it('near miss: a paper named for a day is no date', () => {
    expect(dates('He read the Sunday Times.', '2026-12-30')).toEqual([]);
  });
});
