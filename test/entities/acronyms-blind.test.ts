import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { ACRONYM_ROWS, type AcronymRow } from './acronyms-blind.table.js';

/**
 * The blind acronym-definition table (see its header). A row passes when one entity is named its
 * long form, has its type and carries the acronym as an alias (a `none` row: no entity is named
 * or aliased by the form). Rows marked `gap` run as `it.fails`, so a fix that makes one pass
 * turns it red until the mark is removed.
 */
function passes(row: AcronymRow): boolean {
  const entities = analyze(row.text).entities;
  if (row.name === null) return !entities.some((e) => e.name === row.acronym || e.aliases.includes(row.acronym));
  return entities.some((e) => e.name === row.name && e.aliases.includes(row.acronym) && (row.type === undefined || e.type === row.type));
}

describe('entities: blind acronym-definition table', () => {
  it('every row is well formed', () => {
    for (const r of ACRONYM_ROWS) expect(r.text.includes(r.acronym), r.text).toBe(true);
  });
  for (const row of ACRONYM_ROWS) {
    const label = `${row.text} → ${row.name ?? 'none'} / ${row.acronym}`;
    if (row.gap === true) it.fails(label, () => expect(passes(row)).toBe(true));
    else it(label, () => expect(passes(row)).toBe(true));
  }
});
