/**
 * Analyse one article and print what newslens found.
 *
 *   npx tsx examples/basic.ts [article.txt] [--published YYYY-MM-DD]
 *
 * Without a file it reads the founding article, fixtures/seed/seed.txt.
 */
import { readFileSync } from 'node:fs';
import { analyze } from 'newslens';

const args = process.argv.slice(2);
const at = args.indexOf('--published');
const published = at >= 0 ? (args[at + 1] ?? null) : '2025-05-05';
const file = args.find((a, i) => !a.startsWith('--') && i !== at + 1) ?? new URL('../fixtures/seed/seed.txt', import.meta.url);
const a = analyze(readFileSync(file, 'utf8'), { published });

console.log(`${a.entities.length} entities`);
for (const e of a.entities) console.log(`  ${e.type.padEnd(6)} ${e.name}  (${e.mentions.length} mentions${e.titles.length > 0 ? `; ${e.titles.join(', ')}` : ''})`);

console.log(`\n${a.quotes.length} quotes`);
for (const q of a.quotes) {
  const who = q.speaker === null ? 'nobody named' : `${q.speaker.name} (${q.speaker.method})`;
  console.log(`  ${q.kind.padEnd(8)} ${who}: ${JSON.stringify(q.text.length > 70 ? q.text.slice(0, 69) + '…' : q.text)}`);
}

console.log(`\n${a.dates.length} dates`);
for (const d of a.dates) console.log(`  ${JSON.stringify(d.text)} ${d.type} ${d.value}`);

console.log(`\n${a.stances.length} stances`);
for (const s of a.stances) console.log(`  ${s.actor.name} is ${s.label} ${s.target} (${Math.round(s.confidence * 100)}%): ${JSON.stringify(s.evidence[0]?.text ?? '')}`);
