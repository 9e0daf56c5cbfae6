/**
 * JSON Schema of one line of a gold corpus `.jsonl` file (GUIDELINES.md
 * sections 1–5; `GoldDocument` in src/scoring/gold.ts), as data. It says what
 * the scorer's reader accepts: `url` and `published` may be absent, a stance's
 * `evidence` may be absent or null. Offsets within the text, `start <= end`
 * and the guideline rules are checked by `validateGoldDocument()`, which JSON
 * Schema cannot express. Shipped as `newslens/schema/gold.json`.
 */
import type { RootSchema } from './types.js';

const STRING = { type: 'string' } as const;
const NULL = { type: 'null' } as const;
const OFFSET = { type: 'integer', minimum: 0, description: 'UTF-16 code-unit offset into text.' } as const;

export const GOLD_DOCUMENT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:newslens:schema:gold',
  title: 'newslens gold document (one corpus line)',
  description: 'One hand-annotated article: entities, quotes, dates and stances with UTF-16 offsets into text.',
  type: 'object',
  properties: {
    id: { type: 'string', description: 'Unique within the corpus.' },
    url: { anyOf: [STRING, NULL] },
    published: { anyOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, NULL], description: 'YYYY-MM-DD, the reference for relative dates.' },
    text: STRING,
    entities: { type: 'array', items: { $ref: '#/$defs/GoldEntity' } },
    quotes: { type: 'array', items: { $ref: '#/$defs/GoldQuote' } },
    dates: { type: 'array', items: { $ref: '#/$defs/GoldDate' } },
    stances: { type: 'array', items: { $ref: '#/$defs/GoldStance' } },
  },
  required: ['id', 'text', 'entities', 'quotes', 'dates', 'stances'],
  additionalProperties: false,
  $defs: {
    GoldEntity: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'Fullest form of the name in the text.' },
        type: { type: 'string', enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'] },
        aliases: { type: 'array', items: STRING },
        mentions: {
          type: 'array',
          items: { type: 'array', items: OFFSET, minItems: 2, maxItems: 2, description: '[start, end)' },
        },
      },
      required: ['name', 'type', 'aliases', 'mentions'],
      additionalProperties: false,
    },
    GoldQuote: {
      type: 'object',
      properties: {
        text: { type: 'string', description: 'The quoted content without enclosing quote marks: text.slice(start, end).' },
        start: OFFSET,
        end: OFFSET,
        kind: { type: 'string', enum: ['direct', 'post', 'indirect'] },
        speaker: { anyOf: [STRING, NULL], description: 'A gold entity name, a short noun phrase, or null.' },
        cue: { anyOf: [STRING, NULL] },
      },
      required: ['text', 'start', 'end', 'kind', 'speaker', 'cue'],
      additionalProperties: false,
    },
    GoldDate: {
      type: 'object',
      properties: {
        text: { type: 'string', description: 'text.slice(start, end).' },
        start: OFFSET,
        end: OFFSET,
        type: { type: 'string', enum: ['DATE', 'TIME', 'DURATION', 'SET'] },
        value: { type: 'string', description: 'TIMEX3-like value (2025-05-05, P20Y, PAST_REF, …).' },
      },
      required: ['text', 'start', 'end', 'type', 'value'],
      additionalProperties: false,
    },
    GoldStance: {
      type: 'object',
      properties: {
        actor: { type: 'string', description: 'A gold entity name, a group noun phrase, or @author.' },
        target: STRING,
        label: { type: 'string', enum: ['favor', 'against'] },
        evidence: { anyOf: [STRING, NULL], description: 'A substring of text that shows the stance.' },
      },
      required: ['actor', 'target', 'label'],
      additionalProperties: false,
    },
  },
} as const satisfies RootSchema;
