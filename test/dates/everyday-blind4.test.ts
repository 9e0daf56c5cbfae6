import { describe, expect, it } from 'vitest';
import { dates, datesOver } from './helpers.js';
import { BLIND4, type Blind4Row } from './everyday-blind4.table.js';

/**
 * The fourth blind everyday table (see its header): a row passes when a date over its span has
 * the expected value (a not-date row: when no date is over its span). Rows marked `gap` failed
 * on the first run and run as `it.fails`. `BLIND_TABLE=1` prints the pass rate and failures.
 */

function passes(row: Blind4Row): boolean {
  const over = datesOver(row.text, row.ref, row.span);
  return row.value === null ? over.length === 0 : over.some((d) => d.value === row.value);
}

const name = (r: Blind4Row): string => `${r.cls} | ${r.text} | ${r.span} → ${String(r.value)} | ${r.ref ?? 'null'}`;

describe('dates: blind everyday table 4', () => {
  it('every row is well formed', () => {
    for (const r of BLIND4) expect(r.text.includes(r.span), r.text).toBe(true);
  });

  if (process.env['BLIND_TABLE'] !== undefined) {
    it('prints the pass rate', () => {
      const ok = BLIND4.filter(passes).length;
      const lines = [`blind4 ${ok}/${BLIND4.length}`];
      for (const r of BLIND4.filter((x) => !passes(x))) {
        lines.push(`FAIL ${r.gap ? '(gap) ' : ''}${name(r)} | got ${JSON.stringify(dates(r.text, r.ref).map((d) => [d.text, d.value]))}`);
      }
      console.log(lines.join('\n'));
    });
  }

  for (const row of BLIND4) {
    (row.gap ? it.fails : it)(name(row), () => {
      expect(passes(row)).toBe(true);
    });
  }
});
