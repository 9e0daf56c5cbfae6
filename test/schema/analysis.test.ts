/** analyze() output against the Analysis schema, and the shipped schema files against the source. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/index.js';
import { ANALYSIS_SCHEMA, validateAnalysis } from '../../src/schema/index.js';
import { SCHEMA_FILES } from '../../src/schema/files.js';
import { fixture } from '../helpers.js';
import { HOSTILE_INPUTS } from '../hostile/inputs.js';

/** Round-trips through JSON, as a consumer of the CLI output sees it. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('analyze() output follows the Analysis schema', () => {
  it('the founding article, with and without a publication date', () => {
    const seed = fixture('seed/seed.txt');
    for (const published of [null, '2025-05-05']) {
      const a = analyze(seed, { published });
      expect(a.entities.length).toBeGreaterThan(0);
      expect(validateAnalysis(asJson(a))).toEqual([]);
    }
  });

  it.each([
    ['empty text', ''],
    ['one word', 'Sovereignty'],
    ['a post with a signature', '“No.” — April Sparks (@AprilSpark1890) May 5, 2025'],
    ['transcript', 'Q. Will you accept?\nSHEINBAUM: No, never.'],
    ['a custom-target sentence', 'Ottawa rejected the tariffs on Monday, the minister said.'],
  ])('%s', (_label, text) => {
    expect(validateAnalysis(asJson(analyze(text, { published: '2025-05-05' })))).toEqual([]);
  });

  it.each(HOSTILE_INPUTS.map((h) => [h.name, h] as const))('hostile input: %s', (_label, h) => {
    expect(validateAnalysis(asJson(analyze(h.make(3_000))))).toEqual([]);
  });

  it('a custom stance target does not leave the schema', () => {
    const analyzer = createAnalyzer({ stance: { targets: [{ id: 'tariffs', description: 'Import tariffs', terms: ['tariff*'] }] } });
    expect(validateAnalysis(asJson(analyzer.analyze('Canada firmly rejected the tariffs, Prime Minister Mark Carney said.')))).toEqual([]);
  });

  it('catches a result that drifted from the schema, naming the field', () => {
    const a = asJson(analyze(fixture('seed/seed.txt'))) as { entities: Record<string, unknown>[] };
    const entity = a.entities[0] as Record<string, unknown>;
    entity['type'] = 'PER';
    entity['score'] = 1;
    delete entity['handles'];
    expect(validateAnalysis(a)).toEqual([
      { path: 'entities[0].handles', message: 'required field is missing' },
      { path: 'entities[0].type', message: 'expected one of PERSON, ORG, GPE, LOC, NORP, got "PER"' },
      { path: 'entities[0].score', message: expect.stringContaining('unknown field') as unknown as string },
    ]);
  });
});

describe('the shipped schema files', () => {
  it.each(Object.entries(SCHEMA_FILES))('schema/%s is the source schema (npx tsx scripts/write-schemas.ts)', (name, schema) => {
    const path = fileURLToPath(new URL(`../../schema/${name}`, import.meta.url));
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(schema);
  });

  it('every $ref points at a definition', () => {
    for (const schema of Object.values(SCHEMA_FILES)) {
      const refs = JSON.stringify(schema).match(/"\$ref":"#\/\$defs\/\w+"/g) ?? [];
      for (const ref of refs) expect(Object.keys(schema.$defs)).toContain(ref.slice('"$ref":"#/$defs/'.length, -1));
    }
    expect(Object.keys(ANALYSIS_SCHEMA.$defs)).toContain('Entity');
  });
});
