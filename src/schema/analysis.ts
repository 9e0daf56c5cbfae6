/**
 * JSON Schema of `Analysis`, the result of `analyze()` (src/types.ts), as data.
 * Objects are closed (`additionalProperties: false`), so a field added to the
 * types but not here fails the schema tests as well as the type tests.
 * Shipped as `newslens/schema/analysis.json` (the file schema/analysis.json).
 */
import type { RootSchema } from './types.js';

const OFFSET = { type: 'integer', minimum: 0, description: 'UTF-16 code-unit offset into the input.' } as const;
const CONFIDENCE = { type: 'number', minimum: 0, maximum: 1 } as const;
const STRING = { type: 'string' } as const;
const NULL = { type: 'null' } as const;
const INDEX = { type: 'integer', minimum: 0 } as const;
const ENTITY_TYPE = { type: 'string', enum: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'] } as const;
const STANCE_LABEL = { type: 'string', enum: ['favor', 'against'] } as const;
const DATE_PART = {
  type: 'string',
  enum: ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'week', 'season', 'quarter', 'partOfDay'],
} as const;
const SPAN_OR_NULL = { anyOf: [{ $ref: '#/$defs/Span' }, NULL] } as const;
const STRING_OR_NULL = { anyOf: [STRING, NULL] } as const;
const INDEX_OR_NULL = { anyOf: [INDEX, NULL] } as const;
const SPAN_PROPERTIES = { start: OFFSET, end: OFFSET, text: { type: 'string', description: 'Always input.slice(start, end).' } } as const;
const SPAN_KEYS = ['start', 'end', 'text'] as const;

function list<const S>(items: S) {
  return { type: 'array', items } as const;
}

export const ANALYSIS_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:newslens:schema:analysis',
  title: 'newslens Analysis',
  description: 'The result of analyze(): entities, quotes, dates and stances of one article, with UTF-16 offsets into its text.',
  type: 'object',
  properties: {
    text: STRING,
    published: { anyOf: [{ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, NULL], description: 'YYYY-MM-DD or null.' },
    sentences: list({ $ref: '#/$defs/Sentence' }),
    entities: list({ $ref: '#/$defs/Entity' }),
    quotes: list({ $ref: '#/$defs/Quote' }),
    dates: list({ $ref: '#/$defs/DateMention' }),
    stances: list({ $ref: '#/$defs/Stance' }),
    diagnostics: list({ $ref: '#/$defs/Diagnostic' }),
  },
  required: ['text', 'published', 'sentences', 'entities', 'quotes', 'dates', 'stances', 'diagnostics'],
  additionalProperties: false,
  $defs: {
    Span: { type: 'object', properties: SPAN_PROPERTIES, required: SPAN_KEYS, additionalProperties: false },
    Sentence: {
      type: 'object',
      properties: { ...SPAN_PROPERTIES, index: INDEX, paragraph: INDEX },
      required: [...SPAN_KEYS, 'index', 'paragraph'],
      additionalProperties: false,
    },
    Mention: {
      type: 'object',
      properties: {
        ...SPAN_PROPERTIES,
        entityId: STRING,
        type: ENTITY_TYPE,
        form: { type: 'string', enum: ['name', 'handle', 'acronym'] },
        provenance: STRING,
      },
      required: [...SPAN_KEYS, 'entityId', 'type', 'form', 'provenance'],
      additionalProperties: false,
    },
    Entity: {
      type: 'object',
      properties: {
        id: STRING,
        name: STRING,
        type: ENTITY_TYPE,
        aliases: list(STRING),
        mentions: list({ $ref: '#/$defs/Mention' }),
        titles: list(STRING),
        handles: list(STRING),
        country: { anyOf: [{ type: 'string', pattern: '^[A-Z]{2}$' }, { type: 'null' }] },
        confidence: CONFIDENCE,
      },
      required: ['id', 'name', 'type', 'aliases', 'mentions', 'titles', 'handles', 'country', 'confidence'],
      additionalProperties: false,
    },
    Speaker: {
      type: 'object',
      properties: {
        name: STRING,
        entityId: STRING_OR_NULL,
        method: { type: 'string', enum: ['explicit', 'pronoun', 'role', 'context', 'label', 'post'] },
        confidence: CONFIDENCE,
        span: SPAN_OR_NULL,
      },
      required: ['name', 'entityId', 'method', 'confidence', 'span'],
      additionalProperties: false,
    },
    PostInfo: {
      type: 'object',
      properties: {
        handle: STRING_OR_NULL,
        platform: { type: 'string', enum: ['twitter', 'instagram', 'facebook', 'threads', 'bluesky', 'truthsocial', 'unknown'] },
        date: STRING_OR_NULL,
        signature: SPAN_OR_NULL,
      },
      required: ['handle', 'platform', 'date', 'signature'],
      additionalProperties: false,
    },
    Quote: {
      type: 'object',
      properties: {
        ...SPAN_PROPERTIES,
        kind: { type: 'string', enum: ['direct', 'post', 'indirect'] },
        speaker: { anyOf: [{ $ref: '#/$defs/Speaker' }, NULL] },
        cue: SPAN_OR_NULL,
        post: { anyOf: [{ $ref: '#/$defs/PostInfo' }, NULL] },
        provenance: STRING,
      },
      required: [...SPAN_KEYS, 'kind', 'speaker', 'cue', 'post', 'provenance'],
      additionalProperties: false,
    },
    DateMention: {
      type: 'object',
      properties: {
        ...SPAN_PROPERTIES,
        type: { type: 'string', enum: ['DATE', 'TIME', 'DURATION', 'SET'] },
        value: STRING,
        stated: list(DATE_PART),
        inferred: list(DATE_PART),
        provenance: STRING,
      },
      required: [...SPAN_KEYS, 'type', 'value', 'stated', 'inferred', 'provenance'],
      additionalProperties: false,
    },
    StanceEvidence: {
      type: 'object',
      properties: {
        ...SPAN_PROPERTIES,
        label: STANCE_LABEL,
        cue: SPAN_OR_NULL,
        quote: INDEX_OR_NULL,
        sentence: INDEX,
        provenance: STRING,
      },
      required: [...SPAN_KEYS, 'label', 'cue', 'quote', 'sentence', 'provenance'],
      additionalProperties: false,
    },
    StanceActor: {
      type: 'object',
      properties: { name: STRING, entityId: STRING_OR_NULL },
      required: ['name', 'entityId'],
      additionalProperties: false,
    },
    Stance: {
      type: 'object',
      properties: {
        actor: { $ref: '#/$defs/StanceActor' },
        target: STRING,
        label: STANCE_LABEL,
        confidence: CONFIDENCE,
        evidence: list({ $ref: '#/$defs/StanceEvidence' }),
      },
      required: ['actor', 'target', 'label', 'confidence', 'evidence'],
      additionalProperties: false,
    },
    Diagnostic: {
      type: 'object',
      properties: {
        level: { type: 'string', enum: ['info', 'warning'] },
        code: STRING,
        message: STRING,
        span: SPAN_OR_NULL,
      },
      required: ['level', 'code', 'message', 'span'],
      additionalProperties: false,
    },
  },
} as const satisfies RootSchema;
