/**
 * The public result types of newslens.
 *
 * Every type here is plain, readonly, JSON-serialisable data: no classes, no
 * functions, no `undefined` values (absent things are `null`). Offsets are
 * UTF-16 code-unit indices into the text given to `analyze()`, `start`
 * inclusive and `end` exclusive, so `text.slice(start, end) === span.text`
 * always holds.
 */

/** A stretch of the input text. */
export interface Span {
  /** Inclusive UTF-16 offset into the input. */
  readonly start: number;
  /** Exclusive UTF-16 offset into the input. */
  readonly end: number;
  /** Always `input.slice(start, end)`. */
  readonly text: string;
}

/** A sentence as found by the sentence splitter (paragraph breaks always end one). */
export interface Sentence extends Span {
  readonly index: number;
  /** Index of the paragraph (block separated by line breaks) the sentence is in. */
  readonly paragraph: number;
}

/** Entity types: a subset of OntoNotes, as in the corpus guidelines. */
export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP';

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** `id` of the `Entity` this mention belongs to. */
  readonly entityId: string;
  readonly type: EntityType;
  /** What kind of surface form this is. */
  readonly form: 'name' | 'handle' | 'acronym';
  /** Id of the rule that produced the mention (for explaining results). */
  readonly provenance: string;
}

/** One real-world entity with every mention of it merged. */
export interface Entity {
  /** Stable within one analysis: `e1`, `e2`, … in order of first mention. */
  readonly id: string;
  /** Fullest form of the name found in the text ("Jane Okafor"). */
  readonly name: string;
  readonly type: EntityType;
  /** Every distinct surface form used for the entity, the name first. */
  readonly aliases: readonly string[];
  /** All mentions, in text order, never overlapping another entity's. */
  readonly mentions: readonly Mention[];
  /** Titles and roles the text gives ("President", "Prime Minister"), as written. */
  readonly titles: readonly string[];
  /** Social-media handles ("@janeokafor") that the text ties to the entity. */
  readonly handles: readonly string[];
  /**
   * ISO 3166-1 alpha-2 code of the country a GPE, LOC or NORP entity is or
   * belongs to ("Mexico", "Mexican", "Monterrey" → `"MX"`), `null` when the
   * text and gazetteers do not settle it, and always `null` for PERSON and ORG.
   */
  readonly country: string | null;
  /** Confidence in [0, 1] that this is an entity of this type. */
  readonly confidence: number;
}

export type QuoteKind = 'direct' | 'post' | 'indirect';

/** How a speaker was found. */
export type AttributionMethod =
  /** The text names the speaker next to the cue ("X said", "according to X"). */
  | 'explicit'
  /** Through a pronoun ("she said") resolved to an earlier person. */
  | 'pronoun'
  /** Through a role ("the president said") resolved to the entity with that title. */
  | 'role'
  /** No attribution in the sentence: carried over from the surrounding quotes. */
  | 'context'
  /** A speaker label in a transcript ("NAME:", "Q."). */
  | 'label'
  /** The account holder of an embedded social-media post. */
  | 'post';

export interface Speaker {
  /** Entity name when the speaker is an entity, otherwise a noun phrase from the text ("security experts"). */
  readonly name: string;
  /** The entity's `id`, or `null` for a group phrase that is not an entity. */
  readonly entityId: string | null;
  readonly method: AttributionMethod;
  /**
   * Confidence in [0, 1], calibrated: about the share of speakers found the same way
   * (kind of quote, step, method, entity or group) that are right on the annotated corpus.
   */
  readonly confidence: number;
  /** Where in the text the speaker is referred to (the name, pronoun or role), if anywhere. */
  readonly span: Span | null;
}

/** Details of an embedded social-media post. */
export interface PostInfo {
  /** The handle as written, with its `@`, or `null`. */
  readonly handle: string | null;
  readonly platform: 'twitter' | 'instagram' | 'facebook' | 'threads' | 'bluesky' | 'truthsocial' | 'unknown';
  /** ISO date of the post ("2025-05-05") when the signature line gives one. */
  readonly date: string | null;
  /** The signature line ("— Jane Okafor (@janeokafor) May 5, 2025"). */
  readonly signature: Span | null;
}

/** A direct quote, an embedded post or a piece of reported speech. */
export interface Quote extends Span {
  readonly kind: QuoteKind;
  /** `null` when nobody is named or implied. */
  readonly speaker: Speaker | null;
  /** The reporting word ("said", "according to", "statement"), when there is one. */
  readonly cue: Span | null;
  /** Only for `kind: 'post'`. */
  readonly post: PostInfo | null;
  readonly provenance: string;
}

export type DateType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** The parts of a date or time value. */
export type DatePart = 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'week' | 'season' | 'quarter' | 'partOfDay';

/** A temporal expression, normalised TIMEX3-style. */
export interface DateMention extends Span {
  readonly type: DateType;
  /**
   * TIMEX3-like value: `2025-05-05`, `2025-05`, `2025-W19`, `2025-SU`,
   * `2025-05-03T09:00`, `PT45M`, `P20Y`, `PRESENT_REF`, `PAST_REF`,
   * `FUTURE_REF`; unknown parts as `X` (`XXXX-05-05`).
   */
  readonly value: string;
  /** Parts the text states outright. */
  readonly stated: readonly DatePart[];
  /** Parts filled in from the publication date or context. */
  readonly inferred: readonly DatePart[];
  readonly provenance: string;
}

export type StanceLabel = 'favor' | 'against';

/** A passage that shows a stance. */
export interface StanceEvidence extends Span {
  readonly label: StanceLabel;
  /** The cue word or phrase that decided the label ("rejected", "non-negotiable"); null for the quote-stance model's evidence. */
  readonly cue: Span | null;
  /** Index into `Analysis.quotes` when the evidence comes from a quote. */
  readonly quote: number | null;
  /** Index into `Analysis.sentences` of the sentence the evidence is in (the quote's first sentence for the model's). */
  readonly sentence: number;
  /** Id of the cue rule, or `model.quote` for a stance the quote-stance model read off a whole quote. */
  readonly provenance: string;
}

export interface StanceActor {
  /** Entity name, a group noun phrase ("security experts"), or `@author` for the article's own voice. */
  readonly name: string;
  /** The entity's `id`, or `null` for a group phrase or `@author`. */
  readonly entityId: string | null;
}

/** One actor's stance toward one target, aggregated over all evidence. */
export interface Stance {
  readonly actor: StanceActor;
  /** Target id: `intervention`, `sovereignty`, or a user-defined one. */
  readonly target: string;
  readonly label: StanceLabel;
  /** Confidence in [0, 1]; lowered when evidence conflicts. */
  readonly confidence: number;
  /** All evidence, including any that points the other way. */
  readonly evidence: readonly StanceEvidence[];
}

export type DiagnosticLevel = 'info' | 'warning';

/** Something worth knowing about the analysis that is not an error. */
export interface Diagnostic {
  readonly level: DiagnosticLevel;
  /** A stable machine-readable code, e.g. `long-sentence-split`. */
  readonly code: string;
  readonly message: string;
  readonly span: Span | null;
}

/** The result of `analyze()`. */
export interface Analysis {
  readonly text: string;
  /** Publication date `YYYY-MM-DD` used to resolve relative dates, or `null`. */
  readonly published: string | null;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly dates: readonly DateMention[];
  readonly stances: readonly Stance[];
  readonly diagnostics: readonly Diagnostic[];
}
