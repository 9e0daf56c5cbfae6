import { describe, expect, it } from 'vitest';
import { stancesOf, summary, type EntitySpec, type QuoteSpec } from './helpers.js';

/**
 * The runner every blind stance table shares: one row of invented news, annotated from GUIDELINES §5,
 * and how its stances are compared and summed (as the scorer compares actors).
 */
export interface BlindRow {
  readonly label: string;
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  /** `actor|target|label`. */
  readonly expected: readonly string[];
  readonly also?: readonly string[];
  readonly gap?: true;
}

/** Reported speech as the quotes stage gives it: the content clause, indirect, with its speaker. */
export const said = (text: string, speaker: string): QuoteSpec => ({ text, kind: 'indirect', speaker });
/** A direct quote (or a post, an interview turn) with its speaker. */
export const quote = (text: string, speaker: string | null, kind: QuoteSpec['kind'] = 'direct'): QuoteSpec => ({ text, kind, speaker });

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim().replace(/^the /u, '');
const lastWord = (s: string): string => (norm(s).split(' ').pop() ?? '').replace(/s$/u, '');

/** Does a predicted `actor|target|label` match an annotated one, as the scorer matches actors? */
function matches(pred: string, gold: string, entityNames: ReadonlySet<string>): boolean {
  const [pa, pt, pl] = pred.split('|');
  const [ga, gt, gl] = gold.split('|');
  if (pt !== gt || pl !== gl || pa === undefined || ga === undefined) return false;
  if (ga === '@author' || pa === '@author') return ga === pa;
  if (entityNames.has(ga)) return norm(pa) === norm(ga);
  return lastWord(pa) === lastWord(ga);
}

interface Outcome { readonly hits: number; readonly extra: readonly string[]; readonly missed: readonly string[] }

function outcome(r: BlindRow): Outcome {
  const names = new Set((r.entities ?? []).map((e) => e.name));
  const { stances } = stancesOf({ text: r.text, entities: r.entities ?? [], quotes: r.quotes ?? [] });
  const pred = summary(stances);
  const missed = r.expected.filter((g) => !pred.some((p) => matches(p, g, names)));
  const extra = pred.filter((p) => !r.expected.some((g) => matches(p, g, names)) && !(r.also ?? []).some((g) => matches(p, g, names)));
  return { hits: r.expected.length - missed.length, extra, missed };
}

/**
 * One test per row (a `gap` row runs as `it.fails`, so a row that starts to pass turns red until it is
 * unmarked), and one that holds the whole table's precision and recall at `floor`. `BLIND_REPORT=1`
 * prints each row's misses and extras and the rate, tagged `tag`.
 */
export function describeBlindTable(title: string, tag: string, rows: readonly BlindRow[], floor: { readonly precision: number; readonly recall: number }): void {
  describe(title, () => {
    for (const r of rows) {
      (r.gap === true ? it.fails : it)(r.label, () => {
        const o = outcome(r);
        expect({ missed: o.missed, extra: o.extra }).toEqual({ missed: [], extra: [] });
      });
    }

    it('precision and recall of the whole table hold at the recorded rate', () => {
      let hits = 0;
      let pred = 0;
      let gold = 0;
      for (const r of rows) {
        const o = outcome(r);
        if (process.env['BLIND_REPORT'] !== undefined && (o.missed.length > 0 || o.extra.length > 0)) {
          console.log(`${r.label}\n  missed: ${o.missed.join('; ')}\n  extra: ${o.extra.join('; ')}`);
        }
        hits += o.hits;
        pred += o.hits + o.extra.length;
        gold += r.expected.length;
      }
      const precision = pred === 0 ? 1 : hits / pred;
      const recall = hits / gold;
      if (process.env['BLIND_REPORT'] !== undefined) console.log(`${tag}: P ${precision.toFixed(3)} (${hits}/${pred}) R ${recall.toFixed(3)} (${hits}/${gold})`);
      expect(rows.length).toBeGreaterThanOrEqual(50);
      expect({ precision: precision >= floor.precision, recall: recall >= floor.recall, precision_: precision.toFixed(3), recall_: recall.toFixed(3) })
        .toMatchObject({ precision: true, recall: true });
    });
  });
}
