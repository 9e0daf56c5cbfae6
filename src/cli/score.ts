import { UsageError } from './args.js';

export const SCORE_USAGE = `newslens score <gold.jsonl> [--pred predictions.jsonl] [--min metric=floor,…] [--json] [--errors]`;

export async function runScore(_argv: readonly string[]): Promise<number> {
  throw new UsageError('score is not implemented yet');
}
