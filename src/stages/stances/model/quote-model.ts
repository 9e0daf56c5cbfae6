/**
 * The quote-stance model: a small multinomial logistic regression over a quote's words
 * (features.ts), one per built-in target, trained at build time by scripts/train-stance-model.ts
 * on the in-repo tuned article sets and the dev corpus's `tune` fold, its weights shipped as data
 * (src/data/stance-model.generated.ts). It reads the stances the cue rules cannot compose ("We do
 * not need more uniforms", "Our land is not for lease") and speaks only where they are silent: for
 * a quote whose holder (the speaker, as the rules resolve it) has no stance toward that target from the rules. Its output threshold was
 * chosen by cross-validation over the training groups (README, "Stances"), never on a set it is
 * scored on.
 */
import type { Quote, Sentence, Stance, StanceActor, StanceLabel } from '../../../types.js';
import type { StanceTargetDefinition } from '../target.js';
import { QUOTE_STANCE_MODEL } from '../../../data/stance-model.generated.js';
import { quoteFeatures } from './features.js';
import { reportedQuestion } from '../compose.js';
import { actorKey } from '../aggregate.js';
import { sentenceIndexAt } from '../../../pipeline/sentences.js';

/** Per target: weights of favor, against, none for each feature, and the bias. */
export interface TargetWeights {
  readonly features: ReadonlyMap<string, readonly [number, number, number]>;
  readonly bias: readonly [number, number, number];
}

let parsed: ReadonlyMap<string, TargetWeights> | null = null;

/** Separator of the shipped weight records. */
export const WEIGHT_RECORDS = '|';

/**
 * The shipped weights, parsed on first use: one record per feature, `feature w…` (thousandths, favor and
 * against per target, "none" at 0), records separated by `|` (never a newline: a bundler may turn a string
 * with newlines into a template literal, and a record "import …" would then open a line of the bundle).
 */
function weights(): ReadonlyMap<string, TargetWeights> {
  if (parsed === null) parsed = parseModel(QUOTE_STANCE_MODEL);
  return parsed;
}

/** A model in its shipped form, parsed. */
export function parseModel(m: { readonly targets: readonly string[]; readonly bias: readonly (readonly [number, number])[]; readonly weights: string }): ReadonlyMap<string, TargetWeights> {
  const maps = m.targets.map(() => new Map<string, readonly [number, number, number]>());
  for (const line of m.weights.split(WEIGHT_RECORDS)) {
    const parts = line.split(' ');
    const f = parts[0];
    if (f === undefined || f === '') continue;
    m.targets.forEach((_, t) => {
      const w: [number, number, number] = [Number(parts[t * 2 + 1]) / 1000, Number(parts[t * 2 + 2]) / 1000, 0];
      if (w[0] !== 0 || w[1] !== 0) maps[t]?.set(f, w);
    });
  }
  return new Map(m.targets.map((id, t) => [id, { features: maps[t] as Map<string, readonly [number, number, number]>, bias: [...(m.bias[t] as readonly [number, number]), 0] as [number, number, number] }]));
}

/** Probabilities of favor and against (and none) for a quote's features. */
export function quoteProbabilities(w: TargetWeights, features: ReadonlySet<string>): { readonly favor: number; readonly against: number; readonly none: number } {
  const z: [number, number, number] = [...w.bias];
  for (const f of features) {
    const fw = w.features.get(f);
    if (fw === undefined) continue;
    z[0] += fw[0];
    z[1] += fw[1];
    z[2] += fw[2];
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = (e[0] as number) + (e[1] as number) + (e[2] as number);
  return { favor: (e[0] as number) / sum, against: (e[1] as number) / sum, none: (e[2] as number) / sum };
}

/** The model's output threshold (see the module comment). */
export const QUOTE_MODEL_THRESHOLD: number = QUOTE_STANCE_MODEL.threshold;

/** Reporting cues of a question. */
const QUESTION_CUE = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|question|questions|questioned)$/i;

/**
 * The built-in targets' other one. A holder may favour both (inviting an ally's troops to defend the
 * country's sovereignty) but, in the annotated news the model was trained on, never opposes both: a
 * model "against" that meets a rule "against" on the other target for the same holder contradicts the
 * rules, and the rules, which show their cue, win.
 */
const OPPOSITE_TARGET: Readonly<Record<string, string>> = { intervention: 'sovereignty', sovereignty: 'intervention' };

/**
 * Stances the model reads off quotes, for the built-in targets in `targets` only, where the rules gave
 * the quote's holder (`holders`, by default its speaker) none toward that target (`ruled`). One stance per holder and target: the quote
 * the model is surest of, with that quote as the evidence.
 */
export function quoteModelStances(
  sentences: readonly Sentence[],
  quotes: readonly Quote[],
  targets: readonly StanceTargetDefinition[],
  builtIn: readonly StanceTargetDefinition[],
  ruled: readonly Stance[],
  holders: ((qi: number) => StanceActor | null) | null = null,
  model: ReadonlyMap<string, TargetWeights> = weights(),
  threshold: number = QUOTE_MODEL_THRESHOLD,
): Stance[] {
  const live = targets.filter((t) => builtIn.includes(t) && model.has(t.id));
  if (live.length === 0 || quotes.length === 0) return [];
  const ruledLabel = new Map<string, StanceLabel>(ruled.map((s) => [`${actorKey(s.actor)}\u0000${s.target}`, s.label]));
  const best = new Map<string, Stance>();
  quotes.forEach((q, qi) => {
    // a reported question ("asked whether …") asserts nothing
    if (q.speaker === null || q.text.trimEnd().endsWith('?') || (q.cue !== null && QUESTION_CUE.test(q.cue.text)) || reportedQuestion(q)) return;
    // the holder the rules would give a stance inside this quote ("the government said" speaks as its country)
    const holder = holders === null ? { name: q.speaker.name, entityId: q.speaker.entityId } : holders(qi);
    if (holder === null) return;
    const features = quoteFeatures(q.text);
    for (const t of live) {
      const key = `${actorKey(holder)}\u0000${t.id}`;
      if (ruledLabel.has(key)) continue;
      // the rules read this quote toward the target already, for whoever holds it ("the alliance stands behind …")
      if (ruled.some((s) => s.target === t.id && s.evidence.some((e) => e.start < q.end && e.end > q.start))) continue;
      const p = quoteProbabilities(model.get(t.id) as TargetWeights, features);
      const label: StanceLabel = p.favor > p.against ? 'favor' : 'against';
      const confidence = Math.round((label === 'favor' ? p.favor : p.against) * 1000) / 1000;
      const other = OPPOSITE_TARGET[t.id];
      if (label === 'against' && other !== undefined && ruledLabel.get(`${actorKey(holder)}\u0000${other}`) === label) continue;
      if (confidence < threshold || (best.get(key)?.confidence ?? 0) >= confidence) continue;
      best.set(key, {
        actor: holder,
        target: t.id,
        label,
        confidence,
        evidence: [{ start: q.start, end: q.end, text: q.text, label, cue: null, quote: qi, sentence: Math.max(0, sentenceIndexAt(sentences, q.start)), provenance: 'model.quote' }],
      });
    }
  });
  return [...best.values()];
}
