import { expect } from 'vitest';
import type { Entity, Quote, Speaker, Stance } from '../../src/types.js';
import { parseDocument, type Doc } from '../../src/pipeline/document.js';
import { extractStances, DEFAULT_TARGETS } from '../../src/stages/stances/index.js';
import type { StanceTargetDefinition } from '../../src/stages/stances/target.js';

// Entities built by hand from names and aliases: the same helper as the quotes tests.
export { makeEntities, type EntitySpec } from '../quotes/helpers.js';
import { makeEntities, type EntitySpec } from '../quotes/helpers.js';

export interface QuoteSpec {
  /** The quoted text; must occur once in the article. */
  readonly text: string;
  readonly kind?: Quote['kind'];
  /** Speaker name: an entity's name (linked to it) or a group phrase. */
  readonly speaker: string | null;
  /** Where the speaker is named (its first occurrence in the text), when the test needs the span. */
  readonly speakerSpan?: string;
  /** The reporting word (its first occurrence in the text), when the test needs it. */
  readonly cue?: string;
}

function spanOf(text: string, phrase: string | undefined): Speaker['span'] {
  if (phrase === undefined) return null;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`speaker not in text: ${phrase}`);
  return { start, end: start + phrase.length, text: phrase };
}

/** Hand-made quotes, so the stance stage is tested apart from the quotes stage. */
export function makeQuotes(text: string, entities: readonly Entity[], specs: readonly QuoteSpec[]): Quote[] {
  return specs.map((q) => {
    const start = text.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    const e = entities.find((x) => x.name === q.speaker);
    const speaker: Speaker | null =
      q.speaker === null ? null : { name: q.speaker, entityId: e?.id ?? null, method: 'explicit', confidence: 1, span: spanOf(text, q.speakerSpan) };
    return { start, end: start + q.text.length, text: q.text, kind: q.kind ?? 'direct', speaker, cue: spanOf(text, q.cue), post: null, provenance: 'test' };
  });
}

/** Entity specs for the tables: a person (with aliases and titles), a place (GPE), an organisation. */
export const P = (name: string, aliases: string[] = [], titles: string[] = []): EntitySpec => ({ name, aliases, titles });
export const G = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'GPE', aliases });
export const O = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'ORG', aliases });

/** One row of a stance table: an invented text, its entities and quotes, the stances expected. */
export interface Row {
  readonly label: string;
  readonly text: string;
  readonly entities: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  /** `actor|target|label`, sorted. */
  readonly expected: readonly string[];
  /** The cue of the first evidence of the first expected stance, when checked. */
  readonly cue?: string;
  /** A known miss of the whole stage (the row runs as `it.fails`, so it turns red once it passes): why, in a few words. */
  readonly gap?: string;
}

export interface Case {
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly quotes?: readonly QuoteSpec[];
  readonly targets?: readonly StanceTargetDefinition[];
}

export function stancesOf(c: Case): { doc: Doc; stances: Stance[] } {
  const doc = parseDocument(c.text);
  const entities = makeEntities(c.text, c.entities ?? []);
  const quotes = makeQuotes(c.text, entities, c.quotes ?? []);
  return { doc, stances: extractStances(doc, entities, quotes, c.targets ?? DEFAULT_TARGETS) };
}

/** `actor|target|label` for each stance, sorted: compact to compare in tables. */
export function summary(stances: readonly Stance[]): string[] {
  return stances.map((s) => `${s.actor.name}|${s.target}|${s.label}`).sort();
}

/** Every evidence span and cue span is the input slice it claims to be. */
export function spansHold(input: string, stances: readonly Stance[]): boolean {
  return stances.every((s) =>
    s.evidence.every((e) => input.slice(e.start, e.end) === e.text && (e.cue === null || input.slice(e.cue.start, e.cue.end) === e.cue.text)),
  );
}

/** Checks one table row: exactly its expected stances, spans that hold, and the first evidence's cue when the row names one. */
export function expectRow(row: Row): void {
  const { stances } = stancesOf({ text: row.text, entities: row.entities, quotes: row.quotes ?? [] });
  expect(summary(stances)).toEqual([...row.expected].sort());
  expect(spansHold(row.text, stances)).toBe(true);
  if (row.cue !== undefined) {
    const first = stances.find((s) => `${s.actor.name}|${s.target}|${s.label}` === row.expected[0]);
    expect(first?.evidence[0]?.cue?.text).toBe(row.cue);
  }
}
