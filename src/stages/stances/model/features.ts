/**
 * Features of a quote for the quote-stance model (model/quote-model.ts): its lower-cased words,
 * adjacent word pairs, and every word after a negator marked `NEG_` ("not … troops" ≠ "troops").
 * The training script (scripts/train-stance-model.ts) and the runtime share this function, so a
 * model trained on it reads the same features at run time. Linear in the text's length.
 */

const WORD = /[a-z]+(?:'[a-z]+)?/g;

const NEGATORS: ReadonlySet<string> = new Set(['not', 'no', 'never', "n't", 'nobody', 'none', 'without', 'cannot']);

/** The words of `text` as the model reads them: lower case, ’ as '. */
export function modelWords(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
}

/** The set of features of a quote's text. */
export function quoteFeatures(text: string): Set<string> {
  const w = modelWords(text);
  const out = new Set<string>(w);
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i] as string}_${w[i + 1] as string}`);
  let negated = false;
  for (const x of w) {
    if (NEGATORS.has(x)) {
      negated = true;
      continue;
    }
    if (negated) out.add(`NEG_${x}`);
  }
  return out;
}
