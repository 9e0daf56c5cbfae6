import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** Clock times: glued ranges ("9am-1pm"), a colon time before "on" and its day, midnight as a deadline. */
describe('dates: clock forms', () => {
  it.each([
    ['The tip will open 9am-1pm on New Year\'s Eve.', '9am', '2026-12-31T09:00'],
    ['The tip will open 9am-1pm on New Year\'s Eve.', '1pm', '2026-12-31T13:00'],
    ['Surgery hours are 9-11am on Dec. 28.', '9', '2026-12-28T09:00'],
    ['Surgery hours are 9-11am on Dec. 28.', '11am', '2026-12-28T11:00'],
    ["It's 7:30 on Friday and here is the news.", '7:30 on Friday', '2026-12-18T07:30'],
    ['Lawmakers have until midnight on Dec. 31 to act.', 'midnight on Dec. 31', '2026-12-31T24:00'],
    ['The truce took effect at midnight on Dec. 20.', 'midnight on Dec. 20', '2026-12-20T00:00'],
  ])('%s → %s', (text, span, value) => {
    const d = dates(text, '2026-12-22').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });

  it('a score with a colon before "on" and a day is still read only when the minutes are two digits', () => {
    expect(dates('They won 3:2 on Friday.', '2026-12-22').map((d) => d.text)).toEqual(['Friday']);
  });
});
