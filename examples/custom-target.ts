/**
 * A user-defined stance target: import tariffs.
 *
 * Run: npx tsx examples/custom-target.ts
 *
 * A target is plain data (see StanceTargetDefinition):
 * - `terms`: words that name it ("tariff*" matches "tariffs");
 * - `opposites` (optional): words that name its negation ("free trade" for tariffs);
 * - `contextTerms` (optional): words that name it only in an article that
 *   already names it by `terms` ("duties", "levies");
 * - `favor` / `against` (optional): acts that show a stance when applied to a
 *   term ("impose tariffs", "lift tariffs"), on top of the built-in stance
 *   cues (reject, oppose, condemn, call for, welcome, praise, defend …).
 * The analyser with the extra target is frozen; the default `analyze` is not changed by it.
 */
import { analyze, createAnalyzer, type StanceTargetDefinition } from '../src/index.js';

const tariffs: StanceTargetDefinition = {
  id: 'tariffs',
  description: 'Import tariffs and duties as a trade policy',
  terms: ['tariff*', 'import duty', 'import duties'],
  opposites: ['free trade'],
  contextTerms: ['duties', 'levies', 'levy'],
  favor: ['keep', 'keeps', 'maintain', 'maintains', 'impose', 'imposes', 'imposed', 'imposing', 'slap', 'slapped', 'raise', 'raised', 'hike', 'hiked'],
  against: ['lift', 'lifted', 'scrap', 'scrapped', 'remove', 'removed', 'cut', 'cuts'],
};

const article = [
  'Prime Minister Ana Ruiz said Norland would keep its retaliatory tariffs until its neighbour backs down.',
  'Business groups urged the government to lift the tariffs on steel, while the finance minister defended the duties.',
  '"We will never accept tariffs on our workers," said union leader Omar Haddad.',
].join('\n');

const analyzer = createAnalyzer({ stance: { targets: [tariffs] } });
const result = analyzer.analyze(article);

for (const s of result.stances) {
  console.log(`${s.actor.name} → ${s.target}: ${s.label} (confidence ${s.confidence})`);
  for (const e of s.evidence) console.log(`    ${e.label}  “${e.text}”  cue: ${e.cue?.text ?? '-'}  [${e.provenance}]`);
}

// The default analyser still reports only the built-in targets.
console.log('default targets:', [...new Set(analyze(article).stances.map((s) => s.target))].join(', ') || '(none)');
