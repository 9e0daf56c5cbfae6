import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dates } from './helpers.js';
import type { DateMention } from '../../src/types.js';

// Invented date phrases, not-dates and filler, glued into random sentences.
const DATE_PHRASES = [
  '3/14/24', '2024-3-7', '14-MAR-24', '03/2024', 'March fourteenth', 'on march 3', 'Aug 9, ’96', 'in five days',
  'three weeks from now', 'two months ago', 'the day after tomorrow', 'noon tomorrow', 'tonight at 8', '8:30 this morning',
  'at 3 p.m. on Tuesday', 'Tuesday at 15:00 GMT', 'from March 3 to March 7', 'Monday–Wednesday', 'March 3-7',
  'between 2019 and 2021', 'next Tuesday', 'last weekend', 'a few years ago', 'in the coming weeks', 'May 5, 2025',
  'the second half of 2026', 'hours earlier', 'from the 15th', 'Tuesday, April 29, 2025', 'in the morning', 'the previous night',
  'last Friday (July 9)', 'yesterday or today', 'a later date', '12 hours ago', 'in 30 minutes', 'the fourth of July last year',
  'Friday next week', '10/31 at midnight', 'June 20–22', 'last night at 11', '7 tonight', 'the first of May', 'H1 2024',
];
const NOT_DATES = [
  'she may leave', 'a march on the capital', 'the Sun reported', '24/7', 'won 3-2', 'version 2.10', 'Mayday', 'August Wilson',
  'a 5/16 inch bolt', 'passed 52-48', 'the ratio is 12:1', 'Python 3.12', 'Route 66', 'Theresa May',
];
const FILLER = ['the council', 'said', 'will', 'vote', 'in', 'on', 'and', ',', '.', '—', '(', ')', '\n', 'officials'];

const sentence = fc
  .array(fc.oneof(fc.constantFrom(...DATE_PHRASES), fc.constantFrom(...NOT_DATES), fc.constantFrom(...FILLER), fc.string({ maxLength: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(' '));
const published = fc.option(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

// The value grammar per type (the guidelines' Dates section).
const Y = '(?:\\d{4}|XXXX)';
const DAY = `${Y}(?:-(?:\\d{2}|XX)(?:-(?:\\d{2}|XX))?)?`;
const DATE_VALUE = new RegExp(
  `^(?:${DAY}|${Y}-W(?:\\d{2}|XX)(?:-WE)?|${Y}-Q(?:[1-4]|X)|${Y}-H[12]|${Y}-(?:SP|SU|FA|WI)|\\d{2,3}|X{2,3}|PAST_REF|PRESENT_REF|FUTURE_REF)$`,
);
// "12 hours ago" with no publication date: a time of an unknown day, `XXXX-XX-XXTXX:XX`.
const TIME_VALUE = new RegExp(`^(?:${DAY}|${Y}-W\\d{2}-\\d)?T(?:(?:[01]\\d|2[0-3]):[0-5]\\d|XX:XX)$|^(?:${DAY})?T(?:MO|MI|AF|EV|NI)$`);
const DURATION_VALUE = /^P(?:T?(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|S|Q|DE|CE))$/;
const SET_VALUE = new RegExp(`^(?:${DURATION_VALUE.source.slice(1, -1)}|XXXX-WXX-[1-7])$`);

function valueOk(d: DateMention): boolean {
  switch (d.type) {
    case 'DATE':
      return DATE_VALUE.test(d.value);
    case 'TIME':
      return TIME_VALUE.test(d.value);
    case 'DURATION':
      return DURATION_VALUE.test(d.value);
    case 'SET':
      return SET_VALUE.test(d.value);
  }
}

describe('dates: properties on random sentences of date phrases and not-dates', () => {
  it('every span is its text, spans do not overlap, every value parses as its type says', () => {
    fc.assert(
      fc.property(sentence, published, (text, pub) => {
        const found = dates(text, pub);
        let lastEnd = 0;
        for (const d of found) {
          expect(text.slice(d.start, d.end)).toBe(d.text);
          expect(d.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = d.end;
          expect(valueOk(d), `${d.type} ${JSON.stringify(d.value)} for ${JSON.stringify(d.text)}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('no not-date yields a date, alone or among filler', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...NOT_DATES), fc.constantFrom('the council', 'said', 'and', ',', '.')), { minLength: 1, maxLength: 12 }), published, (parts, pub) => {
        const text = parts.join(' ');
        expect(dates(text, pub).map((d) => d.text)).toEqual([]);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
