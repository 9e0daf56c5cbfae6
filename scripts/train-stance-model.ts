/**
 * Trains the quote-stance model (src/stages/stances/model/quote-model.ts) and writes its weights to
 * src/data/stance-model.generated.ts.
 *
 * Training data, all of it text whose errors the project reads: the in-repo tuned article sets
 * (fixtures/blind/articles-{real,real2,real5,real6,real8,real11,gen1,gen2}.jsonl and articles.jsonl) and, when
 * ../shared/corpus is beside the checkout, the `tune` fold of dev.jsonl. Never the dev `check` fold nor
 * the never-read sets (real3, real4, real7, gen3, real10, real13, real15): those only score the result.
 * (real12, opened 2026-12-08, is not in the training data: trained with it, the CV picked 0.3 and the never-read
 * sets fell, pooled F1 .535 -> .532, the invented stance tables lost 9 stances; at 0.25 they rose, .542, but a
 * threshold picked on the sets that score the result is no measurement, so the shipped model stays as it was.
 * real9 and real14, opened on that day's third session, are not in it either: trained with them and real12, the
 * CV picked 0.2 and the never-read sets rose, pooled .545 -> .567, the tables gained 26 right and 22 wrong stances,
 * but the dev `check` fold, real news, only gained two wrong ones, .659 -> .645; the model stays as it was.)
 *
 * A unit is one quote newslens finds with a speaker (analysed with the model off); its label for a
 * target is the gold stance of that speaker whose evidence lies in the quote, else "none". The model per
 * target is a multinomial logistic regression (favor, against, none) over quoteFeatures(), fitted by
 * full-batch gradient descent with an L2 penalty. The output threshold is the one with the best pooled
 * stance F1 in a leave-one-group-out cross-validation over the training groups (each held-out group
 * scored by the project's scorer with the model's stances added), with the weights rounded as shipped.
 * (The cross-validation adds the model's stances to the rules' as quoteModelStances() returns them; at run
 * time extractStances() then also drops a group phrase restating a country, which the CV does not.)
 *
 * Run: npx tsx scripts/train-stance-model.ts (then commit the generated file and the printed table);
 * `--dry` prints the cross-validation table and writes nothing; EPOCHS, L2 and MIN_DF in the environment
 * override the defaults for such a run (measured 2026-12-07: L2 0.3 / 3, MIN_DF 3, 600 epochs, and entity
 * mentions masked by type, alone or beside the words, all within 0.003 of the defaults' pooled F1). Also
 * measured: the stance lexicon's hits in the quote as features (cue ids, target terms by polarity, negated
 * terms). With the words, CV 0.711; alone, 0.715 with a 4 KB model, but on text never trained on it
 * lost to the words (never-read sets real4 .524 → .500, real7 .554 → .492, gen3 .60 → .44; real3 and
 * real9 +0.01–0.02, dev check +0.007), so the shipped model reads words. Other labellings (leaving out,
 * or labelling with the speaker's stance, a quote whose speaker holds a gold stance shown elsewhere):
 * 0.716 at thresholds 0.5–0.6, within two stances of the shipped 0.712. More training text: 30 invented
 * articles written for it (stance-only gold, 273 stances, by helpers reading only GUIDELINES.md) left the
 * CV on the same held-out groups at 0.711 and lowered four of the five never-read sets (real3 .566 → .522,
 * real7 .554 → .484, real9 .377 → .337, gen3 .60 → .40; real4 .524 → .535): invented quotes teach a
 * different voice than the news the model meets, so they were not kept.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/index.js';
import type { Analysis, Stance, StanceActor } from '../src/types.js';
import { buildContext } from '../src/stages/stances/context.js';
import { quoteHolder } from '../src/stages/stances/compose.js';
import { parseDocument } from '../src/pipeline/document.js';
import { buildEntityNameIndex, nameMatches, parseGoldLine, parsePredictionDocument, score, type GoldDocument } from '../src/scoring/index.js';
import { quoteFeatures } from '../src/stages/stances/model/features.js';
import { WEIGHT_RECORDS, parseModel, quoteModelStances } from '../src/stages/stances/model/quote-model.js';
import { BUILT_IN_TARGETS } from '../src/stages/stances/targets/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGETS = ['intervention', 'sovereignty'] as const;
const CLASSES = ['favor', 'against', 'none'] as const;
const EPOCHS = Number(process.env.EPOCHS ?? 300);
const RATE = 0.5;
const L2 = Number(process.env.L2 ?? 1.0);
const MIN_DF = Number(process.env.MIN_DF ?? 2);
const THRESHOLDS = process.env.THRESHOLD !== undefined ? [Number(process.env.THRESHOLD)] : [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
/** Weights (in thousandths) this small in all three classes are dropped: they move no decision, and each costs bytes. */
const PRUNE = 25;

interface Unit {
  readonly features: readonly string[];
  /** Class index per target. */
  readonly y: readonly number[];
}

interface Group {
  readonly name: string;
  readonly docs: readonly { readonly gold: GoldDocument; readonly analysis: Analysis; readonly holders: readonly (StanceActor | null)[] }[];
  readonly units: readonly Unit[];
}

const analyzer = createAnalyzer({ stance: { quoteModel: false } });

function readGold(path: string, only: ReadonlySet<string> | null): GoldDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [line, i] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, i]) => parseGoldLine(line, i + 1))
    .filter((g) => only === null || only.has(g.id));
}

/** The holder the stance stage gives each quote's content (compose.ts quoteHolder), from the same parse. */
function holdersOf(analysis: Analysis): (StanceActor | null)[] {
  const ctx = buildContext(parseDocument(analysis.text), analysis.entities, analysis.quotes);
  return analysis.quotes.map((_, qi) => quoteHolder(ctx, qi)?.actor ?? null);
}

function unitsOf(gold: GoldDocument, analysis: Analysis, holders: readonly (StanceActor | null)[]): Unit[] {
  const names = buildEntityNameIndex(gold.entities);
  const out: Unit[] = [];
  for (const [qi, q] of analysis.quotes.entries()) {
    const holder = holders[qi] ?? null;
    if (q.speaker === null || holder === null) continue;
    const y = TARGETS.map((t) => {
      const s = gold.stances.find((g) => {
        if (g.target !== t || g.evidence === '') return false;
        const at = gold.text.indexOf(g.evidence);
        return at >= 0 && at < q.end && at + g.evidence.length > q.start && nameMatches(g.actor, holder.name, names);
      });
      return s === undefined ? 2 : CLASSES.indexOf(s.label);
    });
    out.push({ features: [...quoteFeatures(q.text)], y });
  }
  return out;
}

function group(name: string, golds: readonly GoldDocument[]): Group {
  const docs = golds.map((gold) => {
    const analysis = analyzer.analyze(gold.text, { published: gold.published });
    return { gold, analysis, holders: holdersOf(analysis) };
  });
  return { name, docs, units: docs.flatMap((d) => unitsOf(d.gold, d.analysis, d.holders)) };
}

/** Fits one target's weights; returns the shipped text form's rows (feature → three weights) and the bias. */
function fit(units: readonly Unit[], t: number): { readonly rows: Map<string, [number, number]>; readonly bias: [number, number] } {
  const df = new Map<string, number>();
  for (const u of units) for (const f of u.features) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= MIN_DF) vocab.set(f, vocab.size);
  const bias = vocab.size;
  const rows = units.map((u) => [...u.features.filter((f) => vocab.has(f)).map((f) => vocab.get(f) as number), bias]);
  const W = new Float64Array((vocab.size + 1) * 3);
  const G = new Float64Array(W.length);
  const n = units.length;
  for (let e = 0; e < EPOCHS; e++) {
    G.fill(0);
    units.forEach((u, r) => {
      const idx = rows[r] as number[];
      const z = [0, 0, 0];
      for (const i of idx) for (let c = 0; c < 3; c++) z[c] = (z[c] as number) + (W[i * 3 + c] as number);
      const top = Math.max(...z);
      const ex = z.map((v) => Math.exp(v - top));
      const sum = ex.reduce((a, b) => a + b, 0);
      for (let c = 0; c < 3; c++) {
        const g = (ex[c] as number) / sum - (u.y[t] === c ? 1 : 0);
        for (const i of idx) G[i * 3 + c] = (G[i * 3 + c] as number) + g;
      }
    });
    for (let k = 0; k < W.length; k++) W[k] = (W[k] as number) - RATE * ((G[k] as number) / n + (L2 * (W[k] as number)) / n);
  }
  // softmax is unchanged by a shift common to the three classes: shipped relative to "none", two numbers per target
  const milli = (i: number, c: number): number => Math.round(((W[i * 3 + c] as number) - (W[i * 3 + 2] as number)) * 1000);
  const out = new Map<string, [number, number]>();
  for (const [f, i] of vocab) {
    const w: [number, number] = [milli(i, 0), milli(i, 1)];
    if (w.some((x) => Math.abs(x) > PRUNE)) out.set(f, w);
  }
  return { rows: out, bias: [milli(bias, 0) / 1000, milli(bias, 1) / 1000] };
}

interface Shipped {
  readonly targets: readonly string[];
  readonly bias: readonly (readonly [number, number])[];
  readonly weights: string;
}

function train(units: readonly Unit[]): Shipped {
  const fits = TARGETS.map((_, t) => fit(units, t));
  const features = [...new Set(fits.flatMap((f) => [...f.rows.keys()]))].sort();
  const weights = features.map((f) => [f, ...fits.flatMap((x) => x.rows.get(f) ?? [0, 0])].join(' ')).join(WEIGHT_RECORDS);
  return { targets: TARGETS, bias: fits.map((f) => f.bias), weights };
}

/** Stance tp / fp / fn of a group with the model's stances added at `threshold`. */
function scoreWith(g: Group, model: Shipped, threshold: number): [number, number, number] {
  const parsed = parseModel(model);
  const preds = g.docs.map(({ gold, analysis, holders }) => {
    const added: Stance[] = quoteModelStances(analysis.sentences, analysis.quotes, BUILT_IN_TARGETS, BUILT_IN_TARGETS, analysis.stances, (qi) => holders[qi] ?? null, parsed, threshold);
    return parsePredictionDocument({ ...analysis, id: gold.id, stances: [...analysis.stances, ...added] });
  });
  const s = score(g.docs.map((d) => d.gold), preds).metrics.stances;
  return [s.tp, s.fp, s.fn];
}

const f1 = ([tp, fp, fn]: readonly number[]): number => (2 * (tp as number)) / (2 * (tp as number) + (fp as number) + (fn as number));

function main(): void {
  const sets: [string, string][] = ['real', 'real2', 'real5', 'real6', 'real8', 'real11', 'gen1', 'gen2'].map((n) => [n, `${ROOT}fixtures/blind/articles-${n}.jsonl`]);
  sets.push(['articles', `${ROOT}fixtures/blind/articles.jsonl`]);
  const groups = sets.map(([n, p]) => group(n, readGold(p, null)));
  const shared = `${ROOT}../shared/corpus`;
  if (existsSync(`${shared}/dev.jsonl`)) {
    const tune = new Set<string>((JSON.parse(readFileSync(`${shared}/folds.json`, 'utf8')) as { tune: string[] }).tune);
    groups.push(group('dev-tune', readGold(`${shared}/dev.jsonl`, tune)));
  } else console.warn('train-stance-model: ../shared/corpus not found, training without the dev tune fold');
  const all = groups.flatMap((g) => g.units);
  console.log(`units ${all.length}; positives ${TARGETS.map((t, i) => `${t} ${all.filter((u) => u.y[i] !== 2).length}`).join(', ')}`);
  // leave one group out: pooled stance counts at each threshold, and without the model
  const pooled = new Map<number, [number, number, number]>([[1.01, [0, 0, 0]], ...THRESHOLDS.map((t): [number, [number, number, number]] => [t, [0, 0, 0]])]);
  for (const held of groups) {
    const model = train(groups.filter((g) => g !== held).flatMap((g) => g.units));
    for (const [t, acc] of pooled) scoreWith(held, model, t).forEach((v, k) => (acc[k] = (acc[k] as number) + v));
  }
  console.log('| threshold | tp | fp | fn | F1 |\n|---|---|---|---|---|');
  for (const [t, c] of pooled) console.log(`| ${t === 1.01 ? 'no model' : t} | ${c.join(' | ')} | ${f1(c).toFixed(3)} |`);
  let best = 1.01;
  for (const t of THRESHOLDS) if (f1(pooled.get(t) as number[]) > f1(pooled.get(best) as number[]) + 1e-9 || (best !== 1.01 && Math.abs(f1(pooled.get(t) as number[]) - f1(pooled.get(best) as number[])) < 1e-9 && t > best)) best = t;
  console.log(`threshold: ${best}`);
  if (process.argv.includes('--dry')) return;
  const model = train(all);
  const file = [
    '// Generated by scripts/train-stance-model.ts: do not edit. Weights in thousandths, favor then against per target, relative to "none".',
    'export const QUOTE_STANCE_MODEL: { readonly threshold: number; readonly targets: readonly string[]; readonly bias: readonly (readonly [number, number])[]; readonly weights: string } = {',
    `  threshold: ${best},`,
    `  targets: ${JSON.stringify(model.targets)},`,
    `  bias: ${JSON.stringify(model.bias)},`,
    `  weights: ${JSON.stringify(model.weights)},`,
    '};',
    '',
  ].join('\n');
  writeFileSync(`${ROOT}src/data/stance-model.generated.ts`, file);
  console.log(`wrote src/data/stance-model.generated.ts: ${model.weights.split(WEIGHT_RECORDS).length} features, ${(file.length / 1024).toFixed(0)} KB`);
}

main();
