// `--shard i/n` (as Playwright and Jest spell it): a run takes a deterministic share of the releases, so that n CI
// machines split one run. A release's shard is decided by a hash of its path under the input folder: the same
// on every machine and checkout, and a release stays on its shard when others are added or removed.
import { createHash } from 'node:crypto';
import { basename, relative } from 'node:path';
import { UserError } from '../errors.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || total < 1 || index < 1 || index > total)
    throw new UserError(`--shard must be i/n with 1 ≤ i ≤ n, as in --shard 1/3 (found "${value}")`);
  return { index, total };
}

/** The files of `shard`, in their order; `root` is the input folder (or file) they were listed from. */
export function shardFiles(files: readonly string[], root: string, shard: Shard | undefined): string[] {
  if (!shard || shard.total === 1) return [...files];
  return files.filter((file) => shardOf(relative(root, file) || basename(file), shard.total) === shard.index);
}

/** 1-based shard of a release path out of `total`. */
export function shardOf(path: string, total: number): number {
  const digest = createHash('sha256').update(path.split('\\').join('/')).digest();
  return (digest.readUInt32BE(0) % total) + 1;
}
