/** Words of the everyday date forms in stages/dates/parsers/everyday.ts (issue #15). */

/** Hours written as words, for "half past seven", "a quarter to six". */
export const HOUR_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/** Fractions of an hour before "past"/"to": minutes. */
export const CLOCK_FRACTIONS: ReadonlyMap<string, number> = new Map([['quarter', 15], ['half', 30]]);

/** Minutes in words before "past" ("five past eight", "twenty past six"); not before "to", which also writes odds and votes ("ten to one"). */
export const CLOCK_MINUTES_PAST: ReadonlyMap<string, number> = new Map([['five', 5], ['ten', 10], ['twenty', 20], ['twenty-five', 25]]);

/** Words before British "half seven" (7:30) that want a time ("at half seven", "by half six"). */
export const HALF_HOUR_LEADS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'around', 'about', 'before', 'after']);

/** Words after British "half seven" that name its day ("half seven tonight", "half eight tomorrow", "half six this evening"). */
export const HALF_HOUR_DAYS: ReadonlySet<string> = new Set(['tonight', 'tomorrow', 'today', 'this', 'on']);

/** Words after a clock time in words that put it in the morning ("quarter past 3 this morning"). */
export const MORNING_WORDS: ReadonlySet<string> = new Set(['morning', 'am', 'a.m', 'a.m.', 'dawn']);

/** "a week from Friday", "a week on Monday", "a week next Tuesday". */
export const WEEK_FROM_LINKS: ReadonlySet<string> = new Set(['from', 'on']);

/** Words after which a yearless month/day with a slash is a date even when both are under 13 ("on 6/12", "RSVP by 6/5", "Deadline 6/5"). */
export const SLASH_DAY_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'until', 'till', 'since', 'by', 'before', 'after', 'through', 'thru', 'due', 'deadline', 'dated', 'starting', 'beginning', 'effective']);

/** Words before "for" that make a yearless month/day after it a date, as SLASH_DAY_PREPOSITIONS do ("set for 4/2", "scheduled for 6/5"; not "1/2 for each"). */
export const SLASH_DAY_FOR_HEADS: ReadonlySet<string> = new Set(['set', 'scheduled', 'slated', 'planned', 'booked', 'rescheduled', 'moved', 'postponed', 'pencilled', 'penciled', 'due']);

/** Weekday abbreviations written in lower case, a weekday only right after "on" ("on wed", "on sat"); "sun" is left out (the sun). */
export const LOWER_WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['weds', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6],
]);

/** Words the everyday parsers start at that no other parser's trigger list has. */
export const EVERYDAY_TRIGGERS: readonly string[] = [...LOWER_WEEKDAY_ABBREVIATIONS.keys()];
