/** toCsv(): RFC 4180 quoting, the formula guard, one line per row. */
import { describe, expect, it } from 'vitest';
import { aggregate, toCsv } from '../../src/index.js';
import { CSV_COLUMNS } from '../../src/aggregate/index.js';
import { article, corpus } from './helpers.js';

/** A small RFC 4180 reader for the test (quoted cells with "" and commas). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv.split('\r\n').filter((l) => l !== '')) {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i] as string;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
        else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') cells.push(cur), (cur = '');
      else cur += c;
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}

describe('toCsv', () => {
  it('a header and one line per row, CRLF-terminated', () => {
    const agg = aggregate(corpus());
    const csv = toCsv(agg);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(agg.rows.length + 1);
    const nl = rows.find((r) => r[0] === 'country:NL');
    expect(nl).toEqual(['country:NL', 'Norland', 'country', 'NL', '', 'intervention', 'against', '3', '2031-02-28', '2031-03-10', '0.7', '3', 'n1:8-39; n1:71-93; n2:60-76']);
  });

  it.each([
    ['a comma and quotes', 'Smith, "the elder"', '"\'Smith, ""the elder"""'.replace("'", '')],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['the author voice (leading @)', '@author', "'@author"],
    ['a line break', 'two\nlines', '"two\nlines"'],
  ])('quotes and guards %s', (_label, name, cell) => {
    const a = article({
      sentences: [`${name} rejected it.`],
      stances: [{ actor: name, label: 'against', evidence: [{ text: 'rejected it', cue: 'rejected' }] }],
    });
    const line = toCsv(aggregate([a])).split('\r\n')[1] as string;
    expect(line).toContain(`,${cell},`);
    expect(parseCsv(toCsv(aggregate([a])))[1]?.length).toBe(CSV_COLUMNS.length);
  });
});
