/**
 * Writes the JSON Schemas (src/schema/*.ts, the source of truth) to schema/*.json,
 * the files shipped in the package. test/schema/files.test.ts fails when they differ.
 * Run: npx tsx scripts/write-schemas.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILES } from '../src/schema/files.js';

for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
  const path = fileURLToPath(new URL(`../schema/${name}`, import.meta.url));
  writeFileSync(path, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${path}`);
}
