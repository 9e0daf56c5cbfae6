import { UsageError } from './args.js';

/** `--shard K/N`: this run takes records K, K+N, K+2N… (0-based). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

const SHARD = /^(\d{1,9})\/(\d{1,9})$/;

export function parseShard(value: string | true | undefined): Shard | null {
  if (value === undefined) return null;
  const m = typeof value === 'string' ? SHARD.exec(value) : null;
  if (m === null) throw new UsageError('--shard takes K/N, e.g. --shard 0/4 (K counts from 0)');
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index >= count) throw new UsageError(`--shard ${index}/${count}: K must be at least 0 and below N`);
  return { index, count };
}

/** Whether record `ordinal` (0-based: a line of a JSONL input, a file of a folder) belongs to the shard. */
export function inShard(ordinal: number, shard: Shard | null): boolean {
  return shard === null || ordinal % shard.count === shard.index;
}
