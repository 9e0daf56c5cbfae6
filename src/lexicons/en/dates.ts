/**
 * English date and time vocabulary as typed data, read by the dates stage.
 * Keys are lower case; entries never change at run time.
 */
import { STREET_LAST_WORDS } from './places.js';

export interface MonthEntry {
  readonly month: number;
  /** Also a common given name, verb or adjective ("May", "March", "April"): needs date context when alone. */
  readonly ambiguous: boolean;
  /** An abbreviation ("Aug"): only with a day number or a following full stop. */
  readonly abbreviation: boolean;
}

const month = (n: number, ambiguous = false, abbreviation = false): MonthEntry => ({ month: n, ambiguous, abbreviation });

export const MONTHS: ReadonlyMap<string, MonthEntry> = new Map([
  ['january', month(1)], ['jan', month(1, false, true)],
  ['february', month(2)], ['feb', month(2, false, true)],
  ['march', month(3, true)], ['mar', month(3, false, true)],
  ['april', month(4, true)], ['apr', month(4, false, true)],
  ['may', month(5, true)],
  ['june', month(6, true)], ['jun', month(6, false, true)],
  ['july', month(7)], ['jul', month(7, false, true)],
  ['august', month(8, true)], ['aug', month(8, false, true)],
  ['september', month(9)], ['sep', month(9, false, true)], ['sept', month(9, false, true)],
  ['october', month(10)], ['oct', month(10, false, true)],
  ['november', month(11)], ['nov', month(11, false, true)],
  ['december', month(12)], ['dec', month(12, false, true)],
]);

/** ISO weekday numbers, Monday = 1. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/**
 * Weekday names with two neighbouring letters swapped, a common slip in copy ("Firday",
 * "Wendesday"): every such swap after the first letter. None of them is an English word.
 */
export const WEEKDAY_TRANSPOSITIONS: ReadonlyMap<string, number> = new Map(
  [...WEEKDAYS].flatMap(([name, wd]) => Array.from({ length: name.length - 2 }, (_, k): [string, number] => {
    const at = k + 1;
    return [name.slice(0, at) + name.charAt(at + 1) + name.charAt(at) + name.slice(at + 2), wd];
  })).filter(([w]) => !WEEKDAYS.has(w)),
);

/** Weekday abbreviations that are not also words or names ("Sun", "Sat", "Wed", "Mon" are left out). */
export const WEEKDAY_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['tue', 2], ['tues', 2], ['weds', 3], ['thu', 4], ['thur', 4], ['thurs', 4],
]);

/** Short weekday names, some of them words ("Sun", "Sat", "Wed", "Mon"): weekdays only in a dashed pair ("Mon–Fri"). */
export const WEEKDAY_SHORT_NAMES: ReadonlyMap<string, number> = new Map([
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);

/** Words after a weekday that make it part of a compound noun, not a day: "her Sunday best", "Sunday school". */
export const WEEKDAY_COMPOUND_HEADS: ReadonlySet<string> = new Set(['best', 'school', 'schools', 'roast', 'roasts', 'driver', 'drivers', 'painter', 'painters', 'supplement', 'supplements', 'market', 'markets']);

/** Capitalised words that make a weekday part of a name or feast ("Good Friday", "Super Tuesday"). */
export const WEEKDAY_NAME_PREFIXES: ReadonlySet<string> = new Set([
  'good', 'black', 'bloody', 'super', 'ash', 'easter', 'palm', 'holy', 'cyber', 'maundy', 'shrove', 'man', 'girl', 'giving',
]);

/** TIMEX3 season codes. */
export const SEASONS: ReadonlyMap<string, 'SP' | 'SU' | 'FA' | 'WI'> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/**
 * "to fall" is the verb, not the season, after a word that wants an infinitive ("expected to fall", "likely to fall")
 * or before what a falling amount takes ("to fall 15%", "to fall by 3%", "to fall further"); "moved to fall",
 * "from spring to fall" stay seasons.
 */
export const FALL_VERB_HEADS: ReadonlySet<string> = new Set([
  'expected', 'expect', 'expects', 'likely', 'unlikely', 'set', 'due', 'forecast', 'projected', 'predicted', 'poised', 'bound', 'about', 'tipped',
  'continue', 'continues', 'continued', 'begin', 'begins', 'began', 'start', 'starts', 'started', 'seem', 'seems', 'seemed', 'tend', 'tends',
  'threaten', 'threatens', 'threatened', 'going', 'want', 'wants', 'allowed', 'allow', 'let', 'appear', 'appears', 'appeared',
]);
export const FALL_VERB_FOLLOWERS: ReadonlySet<string> = new Set([
  'by', 'further', 'back', 'short', 'below', 'under', 'sharply', 'slightly', 'steeply', 'again', 'apart', 'behind', 'into', 'off', 'through',
  'flat', 'victim', 'silent', 'asleep', 'ill', 'foul', 'prey', 'out', 'away', 'down', '%', 'to',
]);

/** Words that make a season or a weekday recur ("each summer", "every Monday"): a SET. */
export const SET_DETERMINERS: ReadonlySet<string> = new Set(['every', 'each']);

/** TIMEX3 parts of the day. */
/** Negators that make "overnight" the idiom for "suddenly" ("cannot be replaced overnight"). */
export const OVERNIGHT_NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'cannot', 'never', 'no', 'nothing']);

/** "the early hours", "the small hours": the night, a time of day, not a count of hours. */
export const NIGHT_HOURS: ReadonlySet<string> = new Set(['early', 'small', 'wee']);

export const PARTS_OF_DAY: ReadonlyMap<string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI'> = new Map([
  ['morning', 'MO'], ['midday', 'MI'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12], ['half', 0.5],
]);

/**
 * Decades named in words, after "the" ("the nineties", "the early eighties"): the first three digits. The twenties
 * are left out (the 1920s or the 2020s), and so are the teens.
 */
export const DECADE_WORDS: ReadonlyMap<string, string> = new Map([
  ['thirties', '193'], ['forties', '194'], ['fifties', '195'], ['sixties', '196'], ['seventies', '197'], ['eighties', '198'], ['nineties', '199'],
  ['noughties', '200'],
]);

/** Words between "the" and a decade in words that make it a range of numbers, such as temperatures ("in the low nineties"). */
export const DECADE_WORD_BLOCKERS: ReadonlySet<string> = new Set(['low', 'lower', 'high', 'higher', 'upper', 'mid']);

/** Words shortly before "the nineties" that make it degrees, not a decade ("highs in the nineties", "temperatures in the eighties"). */
export const TEMPERATURE_WORDS: ReadonlySet<string> = new Set(['high', 'highs', 'low', 'lows', 'temperature', 'temperatures', 'temps', 'degrees', 'thermometer', 'mercury', 'heat']);

/** Words that stand for an unknown count: "a few weeks", "several years". */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['few', 'several', 'many', 'some', 'numerous', 'dozens', 'hundreds', 'plenty']);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12],
]);

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE';

/** Duration units, singular and plural ("nine nights" counts days; a lone "night" is a part of the day, not a unit). */
export const UNITS: ReadonlyMap<string, UnitCode> = new Map([
  ['second', 'S'], ['seconds', 'S'], ['minute', 'MIN'], ['minutes', 'MIN'], ['hour', 'H'], ['hours', 'H'],
  ['day', 'D'], ['days', 'D'], ['nights', 'D'], ['week', 'W'], ['weeks', 'W'], ['fortnight', 'W'], ['month', 'M'], ['months', 'M'],
  ['quarter', 'Q'], ['quarters', 'Q'], ['year', 'Y'], ['years', 'Y'], ['decade', 'DE'], ['decades', 'DE'],
  ['century', 'CE'], ['centuries', 'CE'],
]);

/** Words before a count that belong to a duration span ("nearly two decades", "just hours"). */
export const DURATION_MODIFIERS: readonly (readonly string[])[] = [
  ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['up', 'to'], ['no', 'more', 'than'],
  ['nearly'], ['almost'], ['about'], ['around'], ['roughly'], ['approximately'], ['some'], ['over'], ['under'],
  ['just'], ['only'], ['barely'], ['another'], ['the', 'past'], ['the', 'last'], ['the', 'next'], ['the', 'following'], ['the', 'first'],
];

/** Words allowed between a count and its unit ("seven consecutive quarters"). */
export const DURATION_FILLERS: ReadonlySet<string> = new Set(['consecutive', 'straight', 'more', 'full', 'long', 'whole', 'additional', 'extra', 'successive', 'short', 'single', 'working', 'business', 'trading', 'calendar', 'school']);

/** Temporal prepositions and modifiers that make a lone month or weekday a date. */
export const DATE_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'thru', 'during', 'before', 'after', 'between',
  'and', 'or', 'of', 'last', 'next', 'this', 'that', 'early', 'late', 'mid', 'end', 'each', 'every', 'coming', 'past',
  'as', 'at', 'for', 'beginning', 'start', 'middle', 'late-', 'early-',
]);

/** The prepositions of DATE_CONTEXT: only these keep a month before a capitalised name a date ("and August Brask" is a name). */
export const TEMPORAL_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'through', 'thru', 'during', 'before', 'after', 'between',
]);

/** Words before a span that widen it ("late Tuesday", "early December"). */
export const EDGE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'earlier', 'later', 'exactly', 'precisely']);

/** "the end of …" and kin: kept in the span, the value is unchanged ("the rest of" is not: it is no point in time). */
export const OF_MODIFIERS: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'close', 'turn']);

export type VagueValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export interface VaguePhrase {
  readonly id: string;
  readonly words: readonly string[];
  readonly value: VagueValue;
}

/** Fixed vague references. Longer phrases are tried first. */
export const VAGUE_PHRASES: readonly VaguePhrase[] = [
  { id: 'vague.any-time-soon', words: ['any', 'time', 'soon'], value: 'FUTURE_REF' },
  { id: 'vague.anytime-soon', words: ['anytime', 'soon'], value: 'FUTURE_REF' },
  { id: 'vague.near-future', words: ['the', 'near', 'future'], value: 'FUTURE_REF' },
  { id: 'vague.future', words: ['the', 'future'], value: 'FUTURE_REF' },
  { id: 'vague.soon', words: ['soon'], value: 'FUTURE_REF' },
  { id: 'vague.a-later-date', words: ['a', 'later', 'date'], value: 'FUTURE_REF' },
  { id: 'vague.a-future-date', words: ['a', 'future', 'date'], value: 'FUTURE_REF' },
  { id: 'vague.for-now', words: ['for', 'now'], value: 'PRESENT_REF' },
  { id: 'vague.the-present-day', words: ['the', 'present', 'day'], value: 'PRESENT_REF' },
  { id: 'vague.right-now', words: ['right', 'now'], value: 'PRESENT_REF' },
  { id: 'vague.now', words: ['now'], value: 'PRESENT_REF' },
  { id: 'vague.currently', words: ['currently'], value: 'PRESENT_REF' },
  { id: 'vague.nowadays', words: ['nowadays'], value: 'PRESENT_REF' },
  { id: 'vague.at-present', words: ['at', 'present'], value: 'PRESENT_REF' },
  { id: 'vague.at-the-moment', words: ['at', 'the', 'moment'], value: 'PRESENT_REF' },
  { id: 'vague.these-days', words: ['these', 'days'], value: 'PRESENT_REF' },
  { id: 'vague.our-time', words: ['our', 'time'], value: 'PRESENT_REF' },
  { id: 'vague.recently', words: ['recently'], value: 'PAST_REF' },
  { id: 'vague.the-past', words: ['the', 'past'], value: 'PAST_REF' },
  { id: 'vague.lately', words: ['lately'], value: 'PAST_REF' },
  { id: 'vague.of-late', words: ['of', 'late'], value: 'PAST_REF' },
  { id: 'vague.shortly', words: ['shortly'], value: 'FUTURE_REF' },
  { id: 'vague.years-ahead', words: ['the', 'years', 'ahead'], value: 'FUTURE_REF' },
  { id: 'vague.in-the-years-to-come', words: ['in', 'the', 'years', 'to', 'come'], value: 'FUTURE_REF' },
  { id: 'vague.in-years-to-come', words: ['in', 'years', 'to', 'come'], value: 'FUTURE_REF' },
  { id: 'vague.the-years-to-come', words: ['the', 'years', 'to', 'come'], value: 'FUTURE_REF' },
  { id: 'vague.years-to-come', words: ['years', 'to', 'come'], value: 'FUTURE_REF' },
  { id: 'vague.months-to-come', words: ['the', 'months', 'to', 'come'], value: 'FUTURE_REF' },
  { id: 'vague.weeks-to-come', words: ['the', 'weeks', 'to', 'come'], value: 'FUTURE_REF' },
  { id: 'vague.days-to-come', words: ['the', 'days', 'to', 'come'], value: 'FUTURE_REF' },
  { id: 'vague.months-ahead', words: ['the', 'months', 'ahead'], value: 'FUTURE_REF' },
  { id: 'vague.weeks-ahead', words: ['the', 'weeks', 'ahead'], value: 'FUTURE_REF' },
  { id: 'vague.days-ahead', words: ['the', 'days', 'ahead'], value: 'FUTURE_REF' },
  { id: 'vague.the-other-day', words: ['the', 'other', 'day'], value: 'PAST_REF' },
  { id: 'vague.a-while-ago', words: ['a', 'while', 'ago'], value: 'PAST_REF' },
  { id: 'vague.a-while-back', words: ['a', 'while', 'back'], value: 'PAST_REF' },
  { id: 'vague.some-time-back', words: ['some', 'time', 'back'], value: 'PAST_REF' },
  { id: 'vague.long-ago', words: ['long', 'ago'], value: 'PAST_REF' },
  { id: 'vague.a-long-time-ago', words: ['a', 'long', 'time', 'ago'], value: 'PAST_REF' },
  { id: 'vague.some-time-ago', words: ['some', 'time', 'ago'], value: 'PAST_REF' },
];

/** Adjectives that turn a plural unit into a vague reference ("recent months", "the coming weeks"). */
export const VAGUE_UNIT_HEADS: ReadonlyMap<string, VagueValue> = new Map([
  ['recent', 'PAST_REF'], ['past', 'PAST_REF'], ['last', 'PAST_REF'], ['previous', 'PAST_REF'],
  ['coming', 'FUTURE_REF'], ['next', 'FUTURE_REF'], ['upcoming', 'FUTURE_REF'], ['following', 'FUTURE_REF'],
]);

/** Relative words before week/month/year/weekday: offset in units. */
export const RELATIVE_SHIFT: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['following', 1],
]);

/** Time zone abbreviations kept in a time span. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist', 'jst', 'aest',
]);

/** The first word of a zone named in words ("Eastern Time", "Greenwich Mean Time", "Central European Summer Time" is not covered). */
export const ZONE_REGIONS: ReadonlySet<string> = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic', 'alaska', 'hawaii', 'british', 'greenwich', 'moscow', 'japan', 'china', 'india', 'arabia']);

/** Words between a zone's region and "Time" ("Eastern Standard Time", "British Summer Time"). */
export const ZONE_SEASONS: ReadonlySet<string> = new Set(['standard', 'daylight', 'summer', 'mean']);

/** Nouns that a four-digit number counts, so it is not a year ("2000 troops"). */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'people', 'troops', 'soldiers', 'workers', 'residents', 'members', 'percent', 'per', 'km', 'miles', 'kilometres',
  'kilometers', 'dollars', 'euros', 'pounds', 'feet', 'metres', 'meters', 'tonnes', 'tons', 'barrels', 'votes', 'seats',
  'cases', 'deaths', 'points', 'units', 'jobs', 'employees', 'migrants', 'students', 'homes', 'acres', 'hectares', 'gmt', 'utc',
]);

/** Words after a number that make it part of an address. */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way', 'place',
  'court', 'square', 'highway', 'suite', 'floor',
]);

/** Words before a number that make it an identifier, not a year. */
export const NUMBER_LABELS: ReadonlySet<string> = new Set([
  'no', 'number', 'suite', 'room', 'box', 'apt', 'unit', 'route', 'flight', 'line', 'page', 'resolution', 'article', 'section', 'model', 'code', 'tel', 'phone', 'fax', 'ext',
]);

/** Words are tokens in lower case, with ’ read as '. */
export interface Holiday {
  readonly id: string;
  readonly words: readonly string[];
  /** Fixed month and day, an nth weekday of a month (`nth` -1 = last), or days from Easter Sunday (Western computus). */
  /** Words that may not follow the name. */
  readonly notFollowedBy?: readonly string[];
  /** Not after a capitalised word inside a sentence ("Lunar New Year"). */
  readonly bare?: true;
  readonly rule:
    | { readonly month: number; readonly day: number }
    | { readonly month: number; readonly weekday: number; readonly nth: number; readonly offsetDays?: number }
    | { readonly easter: number };
}

export const HOLIDAYS: readonly Holiday[] = [
  { id: 'holiday.new-years-eve', words: ['new', 'year', "'s", 'eve'], rule: { month: 12, day: 31 } },
  { id: 'holiday.new-years-day', words: ['new', 'year', "'s", 'day'], rule: { month: 1, day: 1 } },
  // "the New Year holiday", "over New Year": the holiday is its first day (after "New Year's Eve" and "… Day")
  // ("a New Year's resolution" is no date, and "Lunar New Year", "Persian New Year" are other calendars' holidays)
  { id: 'holiday.new-year', words: ['new', 'year'], rule: { month: 1, day: 1 }, notFollowedBy: ["'s"], bare: true },
  { id: 'holiday.christmas-eve', words: ['christmas', 'eve'], rule: { month: 12, day: 24 } },
  { id: 'holiday.christmas-day', words: ['christmas', 'day'], rule: { month: 12, day: 25 } },
  { id: 'holiday.christmas', words: ['christmas'], rule: { month: 12, day: 25 } },
  { id: 'holiday.boxing-day', words: ['boxing', 'day'], rule: { month: 12, day: 26 } },
  { id: 'holiday.halloween', words: ['halloween'], rule: { month: 10, day: 31 } },
  { id: 'holiday.valentines', words: ['valentine', "'s", 'day'], rule: { month: 2, day: 14 } },
  { id: 'holiday.independence-day', words: ['independence', 'day'], rule: { month: 7, day: 4 } },
  { id: 'holiday.thanksgiving-day', words: ['thanksgiving', 'day'], rule: { month: 11, weekday: 4, nth: 4 } },
  { id: 'holiday.thanksgiving', words: ['thanksgiving'], rule: { month: 11, weekday: 4, nth: 4 } },
  { id: 'holiday.black-friday', words: ['black', 'friday'], rule: { month: 11, weekday: 4, nth: 4, offsetDays: 1 } },
  { id: 'holiday.cyber-monday', words: ['cyber', 'monday'], rule: { month: 11, weekday: 4, nth: 4, offsetDays: 4 } },
  { id: 'holiday.labor-day', words: ['labor', 'day'], rule: { month: 9, weekday: 1, nth: 1 } },
  { id: 'holiday.memorial-day', words: ['memorial', 'day'], rule: { month: 5, weekday: 1, nth: -1 } },
  // US general elections: the Tuesday after the first Monday of November.
  { id: 'holiday.election-day', words: ['election', 'day'], rule: { month: 11, weekday: 1, nth: 1, offsetDays: 1 } },
  { id: 'holiday.may-day', words: ['may', 'day'], rule: { month: 5, day: 1 } },
  { id: 'holiday.st-patricks-day', words: ['st', 'patrick', "'s", 'day'], rule: { month: 3, day: 17 } },
  { id: 'holiday.st-patricks-day-dotted', words: ['st', '.', 'patrick', "'s", 'day'], rule: { month: 3, day: 17 } },
  { id: 'holiday.saint-patricks-day', words: ['saint', 'patrick', "'s", 'day'], rule: { month: 3, day: 17 } },
  { id: 'holiday.anzac-day', words: ['anzac', 'day'], rule: { month: 4, day: 25 } },
  { id: 'holiday.juneteenth', words: ['juneteenth'], rule: { month: 6, day: 19 } },
  { id: 'holiday.canada-day', words: ['canada', 'day'], rule: { month: 7, day: 1 } },
  { id: 'holiday.bastille-day', words: ['bastille', 'day'], rule: { month: 7, day: 14 } },
  { id: 'holiday.australia-day', words: ['australia', 'day'], rule: { month: 1, day: 26 } },
  { id: 'holiday.guy-fawkes-night', words: ['guy', 'fawkes', 'night'], rule: { month: 11, day: 5 } },
  { id: 'holiday.bonfire-night', words: ['bonfire', 'night'], rule: { month: 11, day: 5 } },
  { id: 'holiday.veterans-day', words: ['veterans', 'day'], rule: { month: 11, day: 11 } },
  { id: 'holiday.armistice-day', words: ['armistice', 'day'], rule: { month: 11, day: 11 } },
  { id: 'holiday.remembrance-day', words: ['remembrance', 'day'], rule: { month: 11, day: 11 } },
  { id: 'holiday.remembrance-sunday', words: ['remembrance', 'sunday'], rule: { month: 11, weekday: 7, nth: 2 } },
  { id: 'holiday.hogmanay', words: ['hogmanay'], rule: { month: 12, day: 31 } },
  { id: 'holiday.mlk-day', words: ['martin', 'luther', 'king', 'day'], rule: { month: 1, weekday: 1, nth: 3 } },
  { id: 'holiday.mlk-jr-day', words: ['martin', 'luther', 'king', 'jr', '.', 'day'], rule: { month: 1, weekday: 1, nth: 3 } },
  { id: 'holiday.presidents-day', words: ['presidents', "'", 'day'], rule: { month: 2, weekday: 1, nth: 3 } },
  { id: 'holiday.presidents-day-plain', words: ['presidents', 'day'], rule: { month: 2, weekday: 1, nth: 3 } },
  { id: 'holiday.columbus-day', words: ['columbus', 'day'], rule: { month: 10, weekday: 1, nth: 2 } },
  { id: 'holiday.fathers-day', words: ['father', "'s", 'day'], rule: { month: 6, weekday: 7, nth: 3 } },
  // The movable feasts of the Western church, as days from Easter Sunday. "Easter Saturday" is the
  // day before Easter in British and Australian use (the liturgical name is Holy Saturday).
  { id: 'holiday.shrove-tuesday', words: ['shrove', 'tuesday'], rule: { easter: -47 } },
  { id: 'holiday.ash-wednesday', words: ['ash', 'wednesday'], rule: { easter: -46 } },
  { id: 'holiday.palm-sunday', words: ['palm', 'sunday'], rule: { easter: -7 } },
  { id: 'holiday.maundy-thursday', words: ['maundy', 'thursday'], rule: { easter: -3 } },
  { id: 'holiday.holy-thursday', words: ['holy', 'thursday'], rule: { easter: -3 } },
  { id: 'holiday.good-friday', words: ['good', 'friday'], rule: { easter: -2 } },
  { id: 'holiday.holy-saturday', words: ['holy', 'saturday'], rule: { easter: -1 } },
  { id: 'holiday.easter-saturday', words: ['easter', 'saturday'], rule: { easter: -1 } },
  { id: 'holiday.easter-sunday', words: ['easter', 'sunday'], rule: { easter: 0 } },
  { id: 'holiday.easter-day', words: ['easter', 'day'], rule: { easter: 0 } },
  { id: 'holiday.easter-monday', words: ['easter', 'monday'], rule: { easter: 1 } },
  { id: 'holiday.easter', words: ['easter'], rule: { easter: 0 } },
  { id: 'holiday.ascension-day', words: ['ascension', 'day'], rule: { easter: 39 } },
  { id: 'holiday.whit-sunday', words: ['whit', 'sunday'], rule: { easter: 49 } },
  { id: 'holiday.whit-monday', words: ['whit', 'monday'], rule: { easter: 50 } },
  { id: 'holiday.pentecost', words: ['pentecost'], rule: { easter: 49 } },
  { id: 'holiday.mardi-gras', words: ['mardi', 'gras'], rule: { easter: -47 } },
];

/**
 * What a chrono-node proposal must show to count (the engine proposes, these filters decide).
 * A proposal of one word ("march", "Sun", "August", "now") is left to our own parsers and their
 * name filters; a proposal without a digit must carry a number, an ordinal or one of these cues.
 */
export const ENGINE_CUES: ReadonlySet<string> = new Set([
  'ago', 'from', 'later', 'earlier', 'after', 'before', 'next', 'last', 'coming', 'past', 'previous', 'following',
  'tomorrow', 'yesterday', 'tonight', 'today', 'noon', 'midnight', 'of', 'at',
]);

/** Words that make a sentence worth handing to chrono even without a digit or a month name. */
export const ENGINE_GATE: ReadonlySet<string> = new Set(['today', 'tomorrow', 'yesterday', 'tonight', 'noon', 'midnight', 'midday']);

/** Words that open a chrono proposal but are not part of the expression's extent. */
export const ENGINE_LEADING: ReadonlySet<string> = new Set(['at', 'on', 'from', 'by', 'since', 'until', 'till', 'between', 'during', 'around', 'about']);

/** The words between the two ends of a date range ("May to July", "March 3-7", "between 2019 and 2021", "9 a.m. to 5 p.m."). */
export const RANGE_WORDS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', 'through', 'thru', 'until', 'till', 'and']);

/** The same words as they stand in a chrono range's text ("March 3 to March 7", "Monday–Wednesday"). */
export const ENGINE_RANGE_LINKS: readonly string[] = [...RANGE_WORDS].map((w) => (/^\p{L}/u.test(w) ? ` ${w} ` : w));

/** Capitalised heads of statute titles before their year ("… (Temporary Prohibition of Traffic) Order 2026", "the Climate Change Act 2008"): the year is part of the title. */
export const STATUTE_HEADS: ReadonlySet<string> = new Set(['act', 'order', 'regulations', 'rules', 'bill', 'ordinance', 'measure', 'directive']);

/** Capitalised nouns after "the" and a date that make the date part of a group's name ("the May 9 Movement", "the 26th of July Front"). */
export const DATE_NAME_HEADS: ReadonlySet<string> = new Set(['movement', 'movements', 'front', 'party', 'brigade', 'brigades', 'alliance', 'coalition', 'group', 'league', 'society']);

/** Heads of places named by a day ("May 13 Square", "July 26 Street", "the October 6 Bridge"): with or without "the", a name. The entity stage's street words, and "Circle". */
export const DATE_PLACE_HEADS: ReadonlySet<string> = new Set([...STREET_LAST_WORDS, 'circle']);

/** Numeric idioms that are never dates, whatever their shape. */
export const NOT_DATE_NUMERALS: ReadonlySet<string> = new Set(['24/7', '24-7', '9/11', '365/24/7']);

/** What may stand between a clock time and the day after it to make one TIME ("3 p.m. on Tuesday", "7:45 p.m. Friday"). */
export const CLOCK_DAY_LINKS: ReadonlySet<string> = new Set(['', 'on', ',', 'this', 'on this']);

/** What may stand between a day and the clock time after it ("Tuesday at 15:00 GMT", "June 20, 7 p.m."). */
export const DAY_CLOCK_LINKS: ReadonlySet<string> = new Set(['at', ',', 'at about', 'at around', 'around', 'about', ', at']);

/** Verbs of a timetable: in the present tense they point forward ("the board meets Friday", "the fair opens March 14"). */
export const SCHEDULE_VERBS: ReadonlySet<string> = new Set([
  'meet', 'open', 'reopen', 'start', 'begin', 'end', 'close', 'resume', 'continue', 'reconvene', 'return', 'launch', 'arrive', 'leave', 'depart', 'land',
  'expire', 'run', 'kick', 'convene', 'air', 'premiere', 'debut', 'finish', 'wrap', 'take',
  // "the mandate comes up for renewal in January", "the law comes into force in March" (SCHEDULE_THIRD_PERSON_ONLY)
  'come',
  // travel, fixtures and hearings: "heads to Paris on Monday", "the team faces Leeds Saturday", "the court hears the case Friday"
  'go', 'head', 'travel', 'visit', 'fly', 'play', 'face', 'host', 'hold', 'vote', 'hear', 'testify', 'debate', 'release',
]);

/** Timetable verbs that point forward only in the third person ("comes up for renewal"; "called on supporters to come … on Tuesday" is the call's day). */
export const SCHEDULE_THIRD_PERSON_ONLY: ReadonlySet<string> = new Set(['come']);

/** Superlatives that make "in 50 years" a stretch of time ("the worst in 50 years", "the first time in a decade"). */
export const SUPERLATIVE_WORDS: ReadonlySet<string> = new Set(['first', 'last', 'only', 'worst', 'best', 'most', 'least']);

/** Verbs of saying and foreseeing: a date after one in the past tense may be the report's future ("said elections in April"). */
export const SPEECH_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'announce', 'report', 'add', 'state', 'warn', 'predict', 'forecast', 'expect', 'promise', 'pledge', 'vow',
  'propose', 'suggest', 'hope', 'plan', 'schedule', 'set', 'agree', 'decide', 'vote', 'confirm', 'indicate', 'write', 'note', 'claim',
]);

/** Speech verbs that report figures: "reported record sales for the fourth quarter" tells a period gone. */
export const FIGURE_REPORT_LEMMAS: ReadonlySet<string> = new Set(['report', 'announce']);

/** The figures such a verb reports (its object before the date). */
export const REPORTED_FIGURES: ReadonlySet<string> = new Set([
  'sales', 'profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'earnings', 'results', 'figures', 'income', 'growth', 'deficit', 'surplus',
]);

/** Verbs of ending: a year after one in the past tense is over ("ended the year top of the table", "closed the year down 4%"). */
export const PERIOD_ENDING_LEMMAS: ReadonlySet<string> = new Set(['end', 'close', 'finish', 'conclude', 'wrap']);

/** Verbs that move an event to a new date: "moved to Sept. 30", "postponed until March" look ahead even in the past tense. */
export const RESCHEDULE_LEMMAS: ReadonlySet<string> = new Set([
  'move', 'postpone', 'delay', 'push', 'reschedule', 'defer', 'extend', 'adjourn', 'bring', 'shift', 'reset', 'put', 'slip',
]);

/** Ordinal words for the days of a month ("fourteenth", "twenty-first", "thirty-first"). */
export const DAY_ORDINALS: ReadonlyMap<string, number> = (() => {
  const units: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens: readonly string[] = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const out = new Map<string, number>();
  units.forEach((w, k) => out.set(w, k + 1));
  teens.forEach((w, k) => out.set(w, k + 10));
  out.set('twentieth', 20).set('thirtieth', 30);
  units.forEach((w, k) => out.set(`twenty-${w}`, 21 + k));
  out.set('thirty-first', 31);
  return out;
})();

/** Adverbs of habit: "usually receives in six months" measures a span, it names no point ahead (stages/dates/engine.ts). */
export const HABITUAL_ADVERBS: ReadonlySet<string> = new Set(['usually', 'typically', 'normally', 'generally', 'ordinarily', 'routinely', 'customarily', 'often']);

/** Words before a bare hour that make it a clock time: "until 9 tonight", "at 7 this evening", "at 7:30 in the evening". */
export const BARE_HOUR_LEADS: ReadonlySet<string> = new Set(['at', 'until', 'till', 'by', 'before', 'after', 'from', 'around', 'about']);

/** Words before a period's last day or month: "the quarter ended June 30", "the eight weeks to April 30", "the quarter to March". */
export const PERIOD_END_LINKS: ReadonlySet<string> = new Set(['to', 'ended', 'ending', 'through']);
