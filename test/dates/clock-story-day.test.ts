import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/**
 * A clock time with no day beside it: on the last full day given before it in its sentence, else
 * on the story's day (the last full day told, not after the reference date); a timetable stays bare.
 */
describe('dates: the day of a clock time told without one', () => {
  it.each([
    // several days in one sentence (as split after "p.m."): the last one before the clock time
    ['The vote is on October 18, with booths open from 8 a.m. to 8 p.m. If nobody wins, a second round follows two weeks later.', '8 a.m.', '2026-10-18T08:00'],
    ['The vote is on October 18, with booths open from 8 a.m. to 8 p.m. If nobody wins, a second round follows two weeks later.', '8 p.m.', '2026-10-18T20:00'],
    // no day near: the story's day, not the paper's
    ['The board met on Tuesday to set the budget. It voted 6-1. Members debated for hours. The chair read a letter. Talks grew heated shortly after 10 p.m.', '10 p.m.', '2026-10-06T22:00'],
    // a future day told last does not become the story's day
    ['Rescuers worked through Sunday. The new levee opens on Nov. 2. It cost millions. Residents are angry. Crews said the river crested around 4 a.m.', '4 a.m.', '2026-10-04T04:00'],
    // a clause narrated in the past does not take the sentence's day ahead: the forecast's Thursday is not the advisory's
    ['The storm is expected to reach the coast early Thursday, forecasters said in their noon ET advisory.', 'noon ET', '2026-10-07T12:00'],
    ['The storm is expected to reach the coast early Thursday, forecasters said in their 11 a.m. advisory.', '11 a.m.', '2026-10-07T11:00'],
    // the start of a range of clock times is on the day next to its end, with another day in the sentence
    ['Trick-or-treating will be 5 p.m. to 8 p.m. on Halloween, the board said Tuesday.', '5 p.m.', '2026-10-31T17:00'],
    // … but a clause that looks ahead keeps it
    ['The summit opens on Thursday, and the leaders will speak at 10 a.m.', '10 a.m.', '2026-10-08T10:00'],
  ])('%s → %s', (text, span, value) => {
    const d = dates(text, '2026-10-07').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });

  it.each([
    ['Customers can call between 9 a.m. and 5 p.m. Monday through Friday.', '9 a.m.'],
    ['The board kept the start times the same next year — 7:30 a.m. at high schools.', '7:30 a.m.'],
  ])('a timetable keeps its clock time without a day: %s', (text, span) => {
    const d = dates(text, '2026-10-07').find((x) => x.text === span);
    expect(d?.value.startsWith('T')).toBe(true);
  });
});
