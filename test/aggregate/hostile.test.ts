/** Hostile texts through analyze() and then aggregate() and the dashboard: a valid aggregate, an escaped page, no throw. */
import { describe, expect, it } from 'vitest';
import { aggregate, analyze, renderDashboard, toCsv, validateAggregate } from '../../src/index.js';
import { HOSTILE_INPUTS } from '../hostile/inputs.js';

describe('aggregate of analyses of hostile input', () => {
  it.each(HOSTILE_INPUTS.map((h) => [h.name, h] as const))('%s', (_label, h) => {
    const a = { id: `<${h.name}>`, ...analyze(h.make(3_000), { published: '2031-01-01' }) };
    const agg = aggregate([a, a]);
    expect(validateAggregate(JSON.parse(JSON.stringify(agg)))).toEqual([]);
    expect(agg.analyses).toBe(2);
    const html = renderDashboard(agg);
    expect(html).not.toMatch(/<script/i);
    expect(toCsv(agg).split('\r\n').length).toBe(agg.rows.length + 2);
  });
});
