import { describe, expect, it } from 'vitest';
import { codePointLength, packBatches, type BatchItem } from '../../pipeline/providers/google-batches.ts';
import type { Locale } from '../../pipeline/types.ts';
import { request } from './helpers.ts';

function item(text: string, to: Locale = 'th'): BatchItem {
  return { request: request([{ type: 'text', value: text }], 'en', to), html: text, size: codePointLength(text) };
}
const shape = (items: BatchItem[], limits: { maxStrings: number; maxCodePoints: number }) =>
  packBatches(items, limits).map((b) => `${b.to}:${b.items.map((i) => i.html).join(',')}`);

describe('packBatches', () => {
  it('closes a batch at maxStrings', () => {
    expect(
      shape(
        ['a', 'b', 'c', 'd', 'e'].map((t) => item(t)),
        { maxStrings: 2, maxCodePoints: 100 },
      ),
    ).toEqual(['th:a,b', 'th:c,d', 'th:e']);
  });
  it('closes a batch before it would pass maxCodePoints, counting code points, not UTF-16 units', () => {
    expect(shape([item('😀😀😀'), item('สวัส'), item('ab')], { maxStrings: 10, maxCodePoints: 7 })).toEqual([
      'th:😀😀😀,สวัส',
      'th:ab',
    ]);
  });
  it('sends an item larger than the limit alone', () => {
    expect(shape([item('ab'), item('x'.repeat(20)), item('cd')], { maxStrings: 10, maxCodePoints: 5 })).toEqual([
      'th:ab',
      `th:${'x'.repeat(20)}`,
      'th:cd',
    ]);
  });
  it('never mixes locale pairs', () => {
    expect(
      shape([item('a'), item('b', 'zh'), item('c'), item('d', 'zh')], { maxStrings: 10, maxCodePoints: 100 }),
    ).toEqual(['th:a,c', 'zh:b,d']);
  });
});
