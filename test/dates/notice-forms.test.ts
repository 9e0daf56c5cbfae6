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
