import { it } from 'vitest';
import { dates } from '/work/wt-dates/test/dates/helpers.js';
import { parseDocument } from '/work/wt-dates/src/pipeline/document.js';
it('dbg', () => {
  const rows: [string, string|null][] = JSON.parse(process.env['ROWS'] ?? '[]');
  for (const [t, ref] of rows) {
    console.log(t, '=>', JSON.stringify(dates(t, ref).map((d) => [d.text, d.value, d.provenance])));
    if (process.env['TAGS']) console.log(parseDocument(t).tokens.map((k) => `${k.text}/${k.pos}/${[...k.tags].join('+')}/${k.lemma}`).join(' '));
  }
});
