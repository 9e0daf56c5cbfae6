/**
 * The output threshold of the stance stage: stances whose confidence is below
 * it are not reported (`createAnalyzer({ stance: { minConfidence } })` sets
 * another). Chosen on the `tune` fold of the dev corpus from the share of
 * stances that are right at each confidence, and checked on the `check` fold
 * (README, "Stances").
 */
export const DEFAULT_MIN_CONFIDENCE = 0.2;
