/**
 * Write the HTML report of an article: one self-contained page (no scripts,
 * nothing fetched) to open in any browser or attach to a ticket.
 *
 *   npx tsx examples/report.ts [article.txt] [report.html]
 *
 * Without arguments: the founding article, written to .tmp/examples/report.html.
 * The CLI does the same with `newslens analyze article.txt --html > report.html`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { analyze, render } from 'newslens';

const [input, output = '.tmp/examples/report.html'] = process.argv.slice(2);
const file = input ?? new URL('../fixtures/seed/seed.txt', import.meta.url);
const analysis = analyze(readFileSync(file, 'utf8'), { published: '2025-05-05' });
const html = render(analysis, { title: 'newslens report', source: String(input ?? 'fixtures/seed/seed.txt') });
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, html);
console.log(`wrote ${output} (${html.length.toLocaleString('en-US')} characters): ${analysis.entities.length} entities, ${analysis.quotes.length} quotes`);
