import { describe, expect, it } from 'vitest';
import { dates, datesOver } from './helpers.js';

/**
 * The row shape and runner the blind everyday date tables share (everyday-blind3, everyday-blind4):
 * one invented sentence, the span of its date expression, the value a reader gives it (null: a
 * not-date) and the reference date it is read against.
 */
export interface EverydayBlindRow<C extends string> {
  readonly cls: C;
  readonly text: string;
  readonly span: string;
  /** null: a not-date, no date may overlap the span. */
  readonly value: string | null;
  readonly ref: string | null;
  readonly gap: boolean;
}

/** A row as a table writes it: class, text, span, value, then the reference date (default: the table's) and `'gap'`. */
export type EverydayBlindRaw<C extends string> =
  | readonly [C, string, string, string | null]
  | readonly [C, string, string, string | null, string | null]
  | readonly [C, string, string, string | null, string | null, 'gap'];

export function everydayRows<C extends string>(raw: readonly EverydayBlindRaw<C>[], defaultRef: string): EverydayBlindRow<C>[] {
  return raw.map((r) => ({
    cls: r[0],
    text: r[1],
    span: r[2],
    value: r[3],
    ref: r.length > 4 ? (r[4] ?? null) : defaultRef,
    gap: r.length > 5,
  }));
}

/**
 * A row passes when a date over its span has the expected value (a not-date row: when no date is
 * over its span). Rows marked `gap` failed on the first run and run as `it.fails`. `BLIND_TABLE=1`
 * prints the pass rate and failures, tagged `tag`.
 */
export function describeEverydayBlind<C extends string>(title: string, tag: string, rows: readonly EverydayBlindRow<C>[]): void {
  const passes = (row: EverydayBlindRow<C>): boolean => {
    const over = datesOver(row.text, row.ref, row.span);
    return row.value === null ? over.length === 0 : over.some((d) => d.value === row.value);
  };
  const name = (r: EverydayBlindRow<C>): string => `${r.cls} | ${r.text} | ${r.span} → ${String(r.value)} | ${r.ref ?? 'null'}`;

  describe(title, () => {
    it('every row is well formed', () => {
      for (const r of rows) expect(r.text.includes(r.span), r.text).toBe(true);
    });

    if (process.env['BLIND_TABLE'] !== undefined) {
      it('prints the pass rate', () => {
        const ok = rows.filter(passes).length;
        const lines = [`${tag} ${ok}/${rows.length}`];
        for (const r of rows.filter((x) => !passes(x))) {
          lines.push(`FAIL ${r.gap ? '(gap) ' : ''}${name(r)} | got ${JSON.stringify(dates(r.text, r.ref).map((d) => [d.text, d.value]))}`);
        }
        console.log(lines.join('\n'));
      });
    }

    for (const row of rows) {
      (row.gap ? it.fails : it)(name(row), () => {
        expect(passes(row)).toBe(true);
      });
    }
  });
}
