/**
 * Analyse a few articles and roll their stances up per actor and target, the
 * way `newslens aggregate` does for a whole corpus.
 *
 *   npx tsx examples/aggregate.ts
 */
import { readFileSync } from 'node:fs';
import { aggregate, analyze } from 'newslens';

const seed = readFileSync(new URL('../fixtures/seed/seed.txt', import.meta.url), 'utf8');
const articles = [
  { id: 'seed', text: seed, published: '2025-05-05' },
  {
    id: 'invented-1',
    text: 'Mexican President Claudia Sheinbaum said on Tuesday that Mexico would never accept foreign troops on its soil. "Our sovereignty is not negotiable," she said.',
    published: '2025-05-07',
  },
];

const result = aggregate(articles.map((a) => ({ ...analyze(a.text, { published: a.published }), id: a.id })));
const names = new Map(result.actors.map((a) => [a.key, a.name]));
console.log(`${result.analyses} analyses, ${result.rows.length} (actor, target, label) rows`);
for (const r of result.rows) {
  console.log(`  ${names.get(r.actor) ?? r.actor} is ${r.label} ${r.target}: ${r.count} stance(s), ${r.firstDate ?? '?'} to ${r.lastDate ?? '?'}, ${r.evidenceCount} passage(s)`);
}
