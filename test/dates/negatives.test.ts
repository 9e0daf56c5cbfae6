import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

// Each text must produce no temporal expression at all.
const nothing: readonly (readonly [string, string])[] = [
  ['a month name that is a first name', '— April Sparks (@AprilSpark1890) wrote it.'],
  ['"May" as a surname', 'Former prime minister Theresa May spoke.'],
  ['"May" as a modal', 'Officials may decide later.'],
  ['"May" as a surname after a list word, before a verb', 'Ruiz scored from the spot, and May added a third.'],
  ['a score written with a colon', 'He won 21:19 in the fifth set.'],
  ['the seconds of a race time', 'She finished in 2:05:33.'],
  ['a capitalised count and unit inside a name', 'The Ten Minute Rule slot goes to a bill.'],
  ['a count of the next century\'s size', 'About 2100 troops were sent.'],
  ['an ordinal floor after "on the"', 'She lives on the 3rd floor.'],
  ['"the first year" before a noun', 'The first year students arrived on campus.'],
  ['a quarter of a count, not of a unit', 'It won a quarter of the votes.'],
  ['a season counted once, no rate', 'They spent a winter in Oslo.'],
  ['odds written as minutes to an hour', 'The odds were ten to one against him.'],
  ['uncounted nights', 'They spent sleepless nights at the depot.'],
  ['"late" before a part of the day that is a compound', 'The late night bus was full.'],
  ['a flight number after its airline code', 'Flight TX 1945 from Lindholm landed safely.'],
  ['a catalogue designation with a year-like number', 'The comet, catalogued as C/2025 K3, is faint.'],
  ['"March" as a verb', 'Thousands of protesters March on the capital.'],
  ['"march" in lower case', 'They will march to the border.'],
  ['a newspaper named after a weekday', 'The Sunday Times reported the talks.'],
  ['"Friday" in a name', 'The Good Friday Agreement holds.'],
  ['a four-digit number in a phone number', 'Call 1-888-414-8022 for help.'],
  ['"22" inside "8022"', 'Dial 8022.'],
  ['a year-like number in an address', 'The office is at 2025 Main Street.'],
  ['a year-like number in a phone number with spaces', 'Call 555 2025 for details.'],
  ['a count of people', 'About 2000 troops were deployed.'],
  ['a thousands separator', 'It cost 2,025 dollars.'],
  ['"Weekly" ending a title', 'LINDHOLM (Northern Affairs Weekly) — The council met.'],
  ['"shortly afterwards" is near another point', 'He posted a reply shortly afterwards.'],
  ['"the past" as what something belongs to', 'It will repeat the failures of the past.'],
  ['a count after "and" between two numbers', 'The vote split between 3 and 40 members.'],
  ['money', 'The fine was $2025.'],
  ['a percentage', 'It rose 1999% in value.'],
  ['an age', 'The 22-year-old American won.'],
  ['an ordinal that is not a time', 'It is NASA’s 12th mission and the second week in seven appearances.'],
  ['adjectives alone', 'A recent report on future plans and past statements during her daily news conference.'],
  ['"daily"/"weekly" as adjectives', 'He spoke at a daily press briefing and on his weekly television show.'],
  ['"the weekly" as a newspaper', 'The weekly in the city closed.'],
  ['"another day" as a saying or an event', 'Another day, another protest. It is another day of talks.'],
  ['a phase of a match', 'Ridgeford needed a goal-line clearance in the closing minutes of normal time.'],
  ['odds and votes in words', 'The vote was ten to one, and the odds five to four.'],
  ['ranked units', 'Ambulances waited longest on the worst days, in the warmest years we have measured.'],
  ['"as soon as"', 'They left as soon as they could.'],
  ['"the future of"', 'They debated the future of Greenland.'],
  ['"the first time"', 'She won for the first time.'],
  ['scores and seeds', 'They are the No. 10 seed and went 3-4 in the Big 10.'],
  ['an abbreviation with no day', 'Jan said no to Dec.'],
  ['a season in a name', 'After the Arab Spring, the Summer Olympics moved.'],
  ['"fall" as a noun', 'The fall of the regime was swift.'],
  ['the early hours with no day', 'Fighting went on in the early hours, and in the small hours it stopped.'],
  ['"overnight" meaning suddenly, negated', 'The gap cannot be filled overnight, and change will not come overnight.'],
  ['"sat" the verb before a range word', 'The council sat until late, and the court sat till dusk.'],
  // issue #15's not-dates, with chrono-node proposing candidates
  ['"may" as a modal in lower case', 'She may leave before the vote.'],
  ['"a march" as a noun', 'A march on the capital drew crowds.'],
  ['a newspaper named after a day abbreviation', 'The Sun reported the deal.'],
  ['"24/7"', 'The clinic is open 24/7 for walk-ins.'],
  ['a score', 'The visitors won 3-2 at home.'],
  ['a version number', 'Install version 2.10 of the app.'],
  ['"Mayday"', 'Mayday calls came in from the ship.'],
  ['"August" as a first name', 'August Wilson wrote ten plays.'],
  ['a fraction', 'Nearly 1/2 of the voters stayed home.'],
  ['a yearless number pair', 'The ratio was 3/4 in the sample.'],
];

// A count right after a lower-case date is a count, not a two-digit year.
const countAfter: readonly (readonly [string, string, string])[] = [
  ['march 3 12 soldiers', 'On march 3 12 soldiers died.', 'march 3'],
  ['june 30 40 people', 'By june 30 40 people had left.', 'june 30'],
];

describe('dates: no false dates', () => {
  it.each(nothing)('%s', (_label, text) => {
    expect(dates(text, '2025-05-04').map((d) => d.text)).toEqual([]);
  });
});

describe('dates: a count after a day is not its year', () => {
  it.each(countAfter)('%s', (_label, text, span) => {
    const found = dates(text, '2025-05-04');
    expect(found.map((d) => d.text)).toEqual([span]);
    expect(found[0]?.value.startsWith('2025-')).toBe(true);
  });
});

describe('dates: the real date next to a false one', () => {
  it('keeps "May 5, 2025" in a signature and drops "April Sparks"', () => {
    const text = '— April Sparks (@AprilSpark1890) May 5, 2025';
    expect(dates(text, null).map((d) => [d.text, d.value])).toEqual([['May 5, 2025', '2025-05-05']]);
  });
  it('keeps the weekday but not the newspaper', () => {
    const text = 'The Sunday Times said on Sunday that talks failed.';
    expect(dates(text, '2025-05-04').map((d) => d.text)).toEqual(['Sunday']);
  });
});

describe('dates: a number after a date and "and" that counts something', () => {
  it('"on March 3 and 17 others" keeps 17 a count', () => {
    expect(dates('Two died on March 3 and 17 others were hurt.', '2026-03-10').map((d) => d.text)).toEqual(['March 3']);
  });
});
