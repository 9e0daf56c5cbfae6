/**
 * The JSON Schemas shipped with newslens: check analyze() output and a gold
 * corpus line against them. Other tools can use the same files:
 * `newslens/schema/analysis.json` and `newslens/schema/gold.json`.
 *
 *   npx tsx examples/schema.ts
 */
import { ANALYSIS_SCHEMA, analyze, validateAnalysis, validateGoldDocument } from 'newslens';

const analysis = analyze('President Claudia Sheinbaum said on Monday: “Sovereignty is not for sale.”', { published: '2025-05-05' });
// A consumer sees JSON, so validate what goes over the wire.
const issues = validateAnalysis(JSON.parse(JSON.stringify(analysis)));
console.log(`${ANALYSIS_SCHEMA.title}: ${issues.length === 0 ? 'valid' : JSON.stringify(issues)}`);

const goldLine = {
  id: 'example',
  text: 'Mexico said no.',
  entities: [{ name: 'Mexico', type: 'GPE', aliases: ['Mexico'], mentions: [[0, 7]] }],
  quotes: [],
  dates: [],
  stances: [{ actor: 'Mexico', target: 'intervention', label: 'againts', evidence: 'said no' }],
};
for (const issue of validateGoldDocument(goldLine)) console.log(`gold line: ${issue.path}: ${issue.message}`);
