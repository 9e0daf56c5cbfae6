import { STANCE_CUES, type Polarity, type StanceCue } from '../../lexicons/en/stance.js';
import { buildIndex, type PhraseIndex } from './phrases.js';
import type { StanceTargetDefinition } from './target.js';

/** A cue as the stage uses it: general (target `null`) or specific to one target. */
export interface CompiledCue {
  readonly id: string;
  readonly object: Polarity | 0;
  readonly subject: Polarity | 0;
  /** Largest gap in tokens between the cue and what it governs on its right. */
  readonly reach: number;
  readonly evaluative: boolean;
  readonly weight: number;
  readonly noun: boolean;
  readonly asserted: boolean;
  /** Counts only under another cue that governs it ("demanded that X withdraw its troops"). */
  readonly governed: boolean;
  /** Reports its holder's own plan: a governed cue under it says nothing ("announced it would withdraw"). */
  readonly reports: boolean;
  /** Counts only with a complement after the term it governs ("asked the troops to leave"). */
  readonly complement: boolean;
  /** A request or offer: negated as the outermost cue it says nothing ("did not call for strikes"). */
  readonly request: boolean;
  /** Counts only where it names something (after a copula, "as", "to", or a naming call's object). */
  readonly naming: boolean;
  /** Polarity toward the terms of particular targets (by index) that differs from `object`. */
  readonly objectFor: ReadonlyMap<number, Polarity>;
  /** Index of the target this cue is specific to, or null for a general cue. */
  readonly target: number | null;
}

export interface TermValue {
  readonly target: number;
  /** +1 names the target, -1 its negation, 0 a phrase excluded from it. */
  readonly polarity: Polarity | 0;
  /** Counts only in a document that names the target at least once by strong terms. */
  readonly weak: boolean;
  /** A statement held by whoever says it, with no cue (`assertions` of the target). */
  readonly asserted?: boolean;
}

export interface CompiledTargets {
  readonly targets: readonly StanceTargetDefinition[];
  /** One index per target: terms of different targets may overlap ("annexation"). */
  readonly terms: readonly PhraseIndex<TermValue>[];
  readonly cues: PhraseIndex<CompiledCue>;
}

/** Gap, in tokens, between a verb or noun cue and the next link of its chain. */
export const OBJECT_GAP = 6;

/** Gap between a target's own act ("deployed", "expelled") and its object: "sent more than 1,000 troops". */
export const ACT_GAP = 4;

function general(c: StanceCue, targets: readonly StanceTargetDefinition[]): CompiledCue {
  const objectFor = new Map<number, Polarity>();
  targets.forEach((t, i) => {
    const p = c.objectFor?.[t.id];
    if (p !== undefined) objectFor.set(i, p);
  });
  return {
    id: c.id,
    object: c.object ?? 0,
    subject: c.subject ?? 0,
    reach: c.reach ?? OBJECT_GAP,
    evaluative: c.evaluative === true,
    weight: c.weight ?? 1,
    noun: c.noun === true,
    asserted: c.asserted === true,
    governed: c.governed === true,
    reports: c.reports === true,
    complement: c.complement === true,
    naming: c.naming === true,
    request: c.request === true,
    objectFor,
    target: null,
  };
}

const NONE: ReadonlyMap<number, Polarity> = new Map();

/** The cue's polarity toward what it governs, for target `target`. */
export function objectPolarity(c: CompiledCue, target: number): Polarity | 0 {
  return c.objectFor.get(target) ?? c.object;
}

/** Phrase indexes for the general cues and every target's terms and cues. Cheap: a few hundred phrases. */
export function compileTargets(targets: readonly StanceTargetDefinition[]): CompiledTargets {
  const terms: PhraseIndex<TermValue>[] = [];
  const cues: { phrase: string; value: CompiledCue }[] = [];
  targets.forEach((t, i) => {
    terms.push(
      buildIndex([
        ...t.terms.map((p) => ({ phrase: p, value: { target: i, polarity: 1, weak: false } as TermValue })),
        ...(t.opposites ?? []).map((p) => ({ phrase: p, value: { target: i, polarity: -1, weak: false } as TermValue })),
        ...(t.contextTerms ?? []).map((p) => ({ phrase: p, value: { target: i, polarity: 1, weak: true } as TermValue })),
        ...(t.contextOpposites ?? []).map((p) => ({ phrase: p, value: { target: i, polarity: -1, weak: true } as TermValue })),
        ...(t.assertions ?? []).map((p) => ({ phrase: p, value: { target: i, polarity: 1, weak: false, asserted: true } as TermValue })),
        ...(t.denials ?? []).map((p) => ({ phrase: p, value: { target: i, polarity: -1, weak: false, asserted: true } as TermValue })),
        ...(t.exclude ?? []).map((p) => ({ phrase: p, value: { target: i, polarity: 0, weak: false } as TermValue })),
      ]),
    );
    const specific = (polarity: Polarity, suffix: string) => (p: string) =>
      cues.push({
        phrase: p,
        value: { id: `${t.id}.${suffix}`, object: polarity, subject: 0, reach: ACT_GAP, evaluative: false, weight: 0.6, noun: false, asserted: false, governed: false, reports: false, complement: false, request: false, naming: false, objectFor: NONE, target: i },
      });
    (t.favor ?? []).forEach(specific(1, 'favor'));
    (t.against ?? []).forEach(specific(-1, 'against'));
  });
  for (const c of STANCE_CUES) {
    const value = general(c, targets);
    for (const f of c.forms) cues.push({ phrase: f, value });
  }
  return { targets, terms, cues: buildIndex(cues) };
}
