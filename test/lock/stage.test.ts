import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockError, lockBlock, lockBlocks, restoreRuns, unmaskRuns } from '../../pipeline/lock/index.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { parse } from '../../pipeline/parse/index.ts';
import { runsKey, runsText } from '../../pipeline/runs.ts';
import { extractBlocks } from '../../pipeline/parse/blocks.ts';
import { fixtureGlossary } from './helpers.ts';
import { needsShared, readShared } from '../support/needs.ts';

const SEED = path.resolve(import.meta.dirname, '../../../shared/seed-release.txt');

describe.skipIf(!needsShared('seed-release.txt'))('the lock stage on the parsed seed release', () => {
  const g = fixtureGlossary();
  const doc = parse(readShared('seed-release.txt'), SEED);
  const blocks = extractBlocks(doc);
  const match = createMatcher(g, 'en');
  const locked = lockBlocks(blocks, match);

  it('locks terms in blocks and lists them in order', () => {
    const all = locked.flatMap((b) => b.locks);
    expect(all.length).toBeGreaterThan(30);
    for (const block of locked) {
      expect(block.runs.flatMap((r) => (r.type === 'lock' ? [r.term] : []))).toEqual(block.locks.map((l) => l.term));
    }
    const terms = new Set(all.map((l) => l.term));
    for (const id of [
      'wechat-pay',
      'big-c',
      'line-man',
      'tencent-cloud',
      'charoen-pokphand-group',
      'surasit-thanadtang',
    ]) {
      expect(terms).toContain(id);
    }
  });

  it('loses nothing: restoreRuns gives back every block, and unmask renders the English forms', () => {
    locked.forEach((block, i) => {
      const input = blocks[i];
      if (!input) throw new Error('block count changed');
      expect(runsKey(restoreRuns(block.runs, block.locks))).toBe(runsKey(input.runs));
      expect(runsText(unmaskRuns(block.runs, g, 'en'))).toBe(runsText(input.runs));
    });
  });

  it('renders the seed in Thai and Chinese forms', () => {
    const block = locked.find((b) => b.locks.some((l) => l.term === 'wechat-pay'));
    if (!block) throw new Error('no WeChat Pay block');
    expect(runsText(unmaskRuns(block.runs, g, 'th'))).toContain('วีแชทเพย์ covering');
    expect(runsText(unmaskRuns(block.runs, g, 'zh'))).toContain('with 微信支付 covering');
  });

  it('does not change its input, and refuses to lock a block twice', () => {
    expect(blocks.every((b) => b.runs.every((r) => r.type !== 'lock'))).toBe(true);
    const block = locked.find((b) => b.locks.length > 0);
    if (!block) throw new Error('nothing locked');
    expect(() => lockBlock(block, match)).toThrow(LockError);
  });
});
