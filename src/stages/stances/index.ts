import type { Entity, Quote, Stance } from '../../types.js';
import type { Doc } from '../../pipeline/document.js';
import type { StanceTargetDefinition } from './target.js';
import { BUILT_IN_TARGETS } from './targets/index.js';
import { compileTargets } from './compile.js';
import { buildContext, type StanceContext } from './context.js';
import { quoteHolder, sentenceEvidence, termsBySentence, type RawEvidence } from './compose.js';
import { aggregate, dropRestatedGroups } from './aggregate.js';
import { DEFAULT_MIN_CONFIDENCE } from './calibration.js';
import { afterDateline } from './dateline.js';
import { namedInLede } from './lede.js';
import { quoteModelStances } from './model/quote-model.js';

export { DEFAULT_MIN_CONFIDENCE };

/** Distinct context terms that name a target on their own, in an article with no strong term ("buy", "take over", "for sale"). */
const WEAK_ALONE = 3;
export const DEFAULT_TARGETS: readonly StanceTargetDefinition[] = BUILT_IN_TARGETS;

/**
 * Stances stage: each actor's stance toward each target, with evidence.
 *
 * For every sentence, target terms are found and the cues that govern them
 * are chained ("rejected → an offer → to send → troops"); the chain's polarity
 * (flipped by negation and rhetorical questions) goes to the holder: the
 * subject of the outermost cue, the owner of a noun cue ("Hale's offer"), or
 * the speaker of the quote the words are in. Evidence is then aggregated into
 * one stance per (actor, target); those below `minConfidence` (null: the
 * calibrated default) are dropped.
 */
/**
 * Compiled phrase indexes per target list: an analyser passes the same frozen
 * list to every document, and compiling it (thousands of cue phrases) took a
 * tenth of `analyze()` when redone per document.
 */
const COMPILED = new WeakMap<readonly StanceTargetDefinition[], ReturnType<typeof compileTargets>>();

function compiledFor(targets: readonly StanceTargetDefinition[]): ReturnType<typeof compileTargets> {
  let c = COMPILED.get(targets);
  if (c === undefined) COMPILED.set(targets, (c = compileTargets(targets)));
  return c;
}

/** Words that make an act foreign to the country doing it ("deployed troops abroad", "sent peacekeepers"). */
const FOREIGN_WORDS: ReadonlySet<string> = new Set(['foreign', 'abroad', 'overseas', 'international', 'multinational', 'peacekeepers', 'peacekeeping', 'cross-border', 'allied', 'allies']);

/**
 * A country's own act toward a `foreignActs` target in a sentence that names no other country's place, people or
 * body and says nothing foreign: its own forces at home ("Chad deployed additional troops to the eastern border").
 */
function homeAct(ctx: StanceContext, targets: readonly StanceTargetDefinition[], e: RawEvidence): boolean {
  const t = targets[e.target];
  if (t?.foreignActs !== true || !e.provenance.startsWith(`${t.id}.favor/`) || e.holder.actor.entityId === null) return false;
  const holder = ctx.byId.get(e.holder.actor.entityId);
  if (holder === undefined || holder.type !== 'GPE' || holder.country === null) return false;
  const [from, to] = ctx.doc.sentenceTokens[e.sentence] ?? [0, 0];
  for (let i = from; i < to; i++) {
    if (FOREIGN_WORDS.has(ctx.words[i] ?? '')) return false;
    const m = ctx.mentionAt[i];
    const other = m == null ? undefined : ctx.byId.get(m.entityId);
    if (other !== undefined && other.id !== holder.id && (other.country !== holder.country || other.type === 'ORG')) return false;
  }
  return true;
}

export function extractStances(
  doc: Doc,
  entities: readonly Entity[],
  quotes: readonly Quote[],
  targets: readonly StanceTargetDefinition[],
  minConfidence: number | null = null,
  quoteModel = true,
): Stance[] {
  if (targets.length === 0 || doc.tokens.length === 0) return [];
  const compiled = compiledFor(targets);
  const ctx = buildContext(doc, entities, quotes);
  // Context terms ("help", "operation") count only where the text names the target outright at least once.
  const strong = targets.map(() => 0);
  const weak = targets.map(() => 0);
  const terms = termsBySentence(ctx, compiled);
  terms.forEach((bySentence, t) => {
    const hits = bySentence.flat().filter((h) => h.value.polarity > 0);
    strong[t] = hits.filter((h) => !h.value.weak).length;
    weak[t] = new Set(hits.filter((h) => h.value.weak).map((h) => ctx.words.slice(h.from, h.to).join(' '))).size;
  });
  const liveWeak = strong.map((n, t) => n >= 1 || (weak[t] ?? 0) >= WEAK_ALONE);
  const raw: RawEvidence[] = [];
  doc.sentenceTokens.forEach(([from, to], index) => sentenceEvidence(ctx, compiled, terms, { index, from: afterDateline(doc, from, to), to }, liveWeak, raw));
  const min = minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const ruled = aggregate(ctx, namedInLede(ctx, raw.filter((e) => !homeAct(ctx, targets, e))), targets);
  // where the rules are silent on a quote's speaker, the quote-stance model may speak (model/quote-model.ts)
  const modelled = quoteModel ? quoteModelStances(doc.sentences, quotes, targets, BUILT_IN_TARGETS, ruled, (qi) => quoteHolder(ctx, qi)?.actor ?? null) : [];
  const all = dropRestatedGroups(ctx, [...ruled, ...modelled]).sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  return all.filter((st) => st.confidence >= min);
}
