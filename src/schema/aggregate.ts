/**
 * JSON Schema of `Aggregate`, the result of `aggregate()` and of
 * `newslens aggregate` (src/aggregate/types.ts), as data. Closed objects, like
 * the analysis schema; test/schema/types.test.ts compares it with the type.
 * Shipped as `newslens/schema/aggregate.json`.
 */
import type { RootSchema } from './types.js';

const OFFSET = { type: 'integer', minimum: 0, description: 'UTF-16 code-unit offset into the article text.' } as const;
const COUNT = { type: 'integer', minimum: 0 } as const;
const STRING = { type: 'string' } as const;
const NULL = { type: 'null' } as const;
const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const DATE_OR_NULL = { anyOf: [DATE, NULL] } as const;
const LABEL = { type: 'string', enum: ['favor', 'against'] } as const;
const SPAN_PROPERTIES = { start: OFFSET, end: OFFSET, text: STRING } as const;
const SPAN_KEYS = ['start', 'end', 'text'] as const;

export const AGGREGATE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:newslens:schema:aggregate',
  title: 'newslens Aggregate',
  description: 'Stances of many analyses per (actor, target, label): counts, first and last dates, mean confidence and every piece of evidence.',
  type: 'object',
  properties: {
    format: { type: 'string', enum: ['newslens.aggregate/1'], description: 'Names this format and its version.' },
    analyses: COUNT,
    skipped: COUNT,
    maxEvidence: { anyOf: [{ type: 'integer', minimum: 0 }, NULL] },
    actors: { type: 'array', items: { $ref: '#/$defs/Actor' } },
    rows: { type: 'array', items: { $ref: '#/$defs/Row' } },
  },
  required: ['format', 'analyses', 'skipped', 'maxEvidence', 'actors', 'rows'],
  additionalProperties: false,
  $defs: {
    Span: { type: 'object', properties: SPAN_PROPERTIES, required: SPAN_KEYS, additionalProperties: false },
    Name: {
      type: 'object',
      properties: { name: STRING, count: COUNT },
      required: ['name', 'count'],
      additionalProperties: false,
    },
    Actor: {
      type: 'object',
      properties: {
        key: STRING,
        name: STRING,
        kind: { type: 'string', enum: ['country', 'entity', 'group', 'author'] },
        country: { anyOf: [{ type: 'string', pattern: '^[A-Z]{2}$' }, NULL] },
        names: { type: 'array', items: { $ref: '#/$defs/Name' } },
        types: { type: 'array', items: { type: 'string', enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'] } },
        mergedInto: { anyOf: [STRING, NULL], description: 'Key of the actor this one is a short name of (a one-word PERSON), or null.' },
      },
      required: ['key', 'name', 'kind', 'country', 'names', 'types', 'mergedInto'],
      additionalProperties: false,
    },
    Evidence: {
      type: 'object',
      properties: {
        ...SPAN_PROPERTIES,
        article: STRING,
        label: LABEL,
        cue: { anyOf: [{ $ref: '#/$defs/Span' }, NULL] },
        sentence: STRING,
        date: DATE_OR_NULL,
        dateSource: { anyOf: [{ type: 'string', enum: ['sentence', 'published'] }, NULL] },
      },
      required: [...SPAN_KEYS, 'article', 'label', 'cue', 'sentence', 'date', 'dateSource'],
      additionalProperties: false,
    },
    Row: {
      type: 'object',
      properties: {
        actor: STRING,
        target: STRING,
        label: LABEL,
        count: COUNT,
        firstDate: DATE_OR_NULL,
        lastDate: DATE_OR_NULL,
        meanConfidence: { type: 'number', minimum: 0, maximum: 1 },
        confidenceMicros: COUNT,
        evidenceCount: COUNT,
        evidence: { type: 'array', items: { $ref: '#/$defs/Evidence' } },
      },
      required: ['actor', 'target', 'label', 'count', 'firstDate', 'lastDate', 'meanConfidence', 'confidenceMicros', 'evidenceCount', 'evidence'],
      additionalProperties: false,
    },
  },
} as const satisfies RootSchema;
