import { describe, expect, it } from 'vitest';
import { expectRow } from './helpers.js';
import { NEWS, NEWS_REF } from './news.table.js';

/**
 * The news-style table (test/dates/news.table.ts): one test per row, each checking the extent,
 * type and value the guidelines give the expression.
 */
describe('dates: news-style temporal expressions', () => {
  it('the table is well formed', () => {
    for (const r of NEWS) expect(r.text.includes(r.span), r.text).toBe(true);
    expect(NEWS.length).toBeGreaterThanOrEqual(190);
  });

  it.each(NEWS.map((r) => [`${r.label}: ${r.span} | ${r.text}${r.published === null ? ' (no date)' : ''}`, r] as const))('%s', (_, row) => {
    expectRow(row, NEWS_REF, (d) => [d.text, d.type, d.value]);
  });
});
