import { describe, expect, it } from 'vitest';
import { dates } from './helpers.js';

/** Written forms of official notices and minutes: dotted day-first dates, "the Nth day of Month", "the 1st of the month". */
describe('dates: notice forms', () => {
  it.each([
    ['The road is closed from 06.04.2026 to 17.04.2026.', '06.04.2026', '2026-04-06'],
    ['The road is closed from 06.04.2026 to 17.04.2026.', '17.04.2026', '2026-04-17'],
    ['Dated this 30th day of March 2026.', '30th day of March 2026', '2026-03-30'],
    ['The café opens on the first day of April.', 'the first day of April', '2026-04-01'],
    ['Rent is due on the twenty-first day of May.', 'the twenty-first day of May', '2026-05-21'],
    ['The contractor has been on site since the 1st of the month.', 'the 1st of the month', '2026-03-01'],
    ['Bills go out on the second day of the month.', 'the second day of the month', '2026-03-02'],
  ])('%s → %s', (text, span, value) => {
    const d = dates(text, '2026-03-30').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });
});

/** Clock times on numeric days, and one writer's order for all the numeric dates of a text. */
describe('dates: clock times on numeric days, in the writer order', () => {
  it.each([
    ['Bins are collected at 6pm on 31/12/2025.', '6pm on 31/12/2025', '2025-12-31T18:00'],
    ['The office closes on 31/12/2025 at 6pm.', '31/12/2025 at 6pm', '2025-12-31T18:00'],
    ['Polls open at 7am on 3/14/2026.', '7am on 3/14/2026', '2026-03-14T07:00'],
    // a text that writes one date day first writes them all so
    ['Bins go out at 6pm on 31/12/2025 and again at 8am on 02/01/2026.', '8am on 02/01/2026', '2026-01-02T08:00'],
    ['The fair runs from 13/04/2026; setup is on 03/04/2026.', '03/04/2026', '2026-04-03'],
    // near miss: with no date that must be day first, an ambiguous one is month first
    ['Bins resume at 8am on 02/01/2026.', '8am on 02/01/2026', '2026-02-01T08:00'],
    ['Setup is on 03/04/2026.', '03/04/2026', '2026-03-04'],
  ])('%s → %s', (text, span, value) => {
    const d = dates(text, '2025-12-29').find((x) => x.text === span);
    expect(d?.value).toBe(value);
  });
});
