/** The schema files shipped in the package (schema/<name>), by file name. */
import { AGGREGATE_SCHEMA } from './aggregate.js';
import { ANALYSIS_SCHEMA } from './analysis.js';
import { GOLD_DOCUMENT_SCHEMA } from './gold.js';
import type { RootSchema } from './types.js';

export const SCHEMA_FILES: Readonly<Record<string, RootSchema>> = {
  'aggregate.json': AGGREGATE_SCHEMA,
  'analysis.json': ANALYSIS_SCHEMA,
  'gold.json': GOLD_DOCUMENT_SCHEMA,
};
