/**
 * The result of `aggregate()`: stances of many analyses rolled up per actor,
 * target and label. Plain JSON-serialisable data like `Analysis`; its JSON
 * Schema is `newslens/schema/aggregate.json` (src/schema/aggregate.ts).
 */
import type { EntityType, Span, StanceLabel } from '../types.js';

/** How an actor was identified across articles. */
export type AggregateActorKind =
  /** A GPE/LOC/NORP entity with a `country`, or an official body of a country ("Mexican officials"). */
  | 'country'
  /** An entity without a country (a person, an organisation), merged by normalised name. */
  | 'entity'
  /** A group noun phrase that is not an entity ("security experts"), merged by normalised phrase. */
  | 'group'
  /** The articles' own voice (`@author`). */
  | 'author';

/** A surface name an actor had, and how many stances used it. */
export interface AggregateName {
  readonly name: string;
  readonly count: number;
}

export interface AggregateActor {
  /** Stable across runs and shards: `country:MX`, `name:claudia sheinbaum`, `author`. */
  readonly key: string;
  /** Display name: the most used surface name (ties: the first in code-point order), or `@author`. */
  readonly name: string;
  readonly kind: AggregateActorKind;
  /** ISO 3166-1 alpha-2 code for a `country` actor, otherwise `null`. */
  readonly country: string | null;
  /** Every surface name, most used first (ties in code-point order). */
  readonly names: readonly AggregateName[];
  /** Entity types the actor had in the articles, in code-point order; empty for a group or `@author`. */
  readonly types: readonly EntityType[];
  /**
   * Key of the actor this one is a short name of, or `null`: a one-word PERSON
   * ("name:trump") whose word ends exactly one longer PERSON name of the
   * aggregate ("name:donald trump"). Rows stay under their own key (so shards
   * merge exactly, the link being recomputed on the merged actors); the
   * dashboard and `foldedRows()` count them under the longer name.
   */
  readonly mergedInto: string | null;
}

/** Where the date of a piece of evidence comes from. */
export type EvidenceDateSource =
  /** A full date (YYYY-MM-DD) stated in the evidence's sentence, at most 31 days before publication. */
  | 'sentence'
  /** The article's publication date. */
  | 'published';

/** One passage of one article that shows the stance. */
export interface AggregateEvidence extends Span {
  /** Id of the article (its `id` in the JSONL, or its position in the input when it has none). */
  readonly article: string;
  /** The passage's own label (a stance keeps the evidence that points the other way too). */
  readonly label: StanceLabel;
  /** The cue inside `text`, in article offsets, or `null`. */
  readonly cue: Span | null;
  /** Text of the sentence the passage is in. */
  readonly sentence: string;
  /** YYYY-MM-DD, or `null` when neither the sentence nor the article dates it. */
  readonly date: string | null;
  readonly dateSource: EvidenceDateSource | null;
}

/** Every stance of one actor toward one target with one label, over all articles. */
export interface AggregateRow {
  /** `key` of the actor in `Aggregate.actors`. */
  readonly actor: string;
  readonly target: string;
  readonly label: StanceLabel;
  /** Number of per-article stances rolled up here. */
  readonly count: number;
  /** Earliest and latest evidence date, `null` when no evidence is dated. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Mean of the stances' confidences. */
  readonly meanConfidence: number;
  /** Sum of the confidences in millionths, an integer: merging shards stays exact. */
  readonly confidenceMicros: number;
  /** All evidence passages, including any beyond `maxEvidence`. */
  readonly evidenceCount: number;
  /** Evidence in (article, start, end) order; the first `maxEvidence` when capped. */
  readonly evidence: readonly AggregateEvidence[];
}

export interface Aggregate {
  /** Names the format and its version. */
  readonly format: 'newslens.aggregate/1';
  /** Analyses added. */
  readonly analyses: number;
  /** Inputs skipped by the reader (bad lines, failed documents), as reported. */
  readonly skipped: number;
  /** Evidence kept per row, or `null` for all. */
  readonly maxEvidence: number | null;
  /** Actors in `key` order. */
  readonly actors: readonly AggregateActor[];
  /** Rows in (actor, target, label) order. */
  readonly rows: readonly AggregateRow[];
}
