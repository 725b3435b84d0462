// Issue #15 §4: Chinese sentences end where the text says, whatever inline codes sit around the 。.
import { describe, expect, it } from 'vitest';
import { parse } from '../../pipeline/parse/index.ts';
import { extractBlocks } from '../../pipeline/parse/blocks.ts';
import { segmentBlocks } from '../../pipeline/segment/index.ts';

function texts(markdown: string): string[] {
  const doc = parse(`---\ntitle: 标题\nlang: zh\n---\n\n${markdown}`, 'zh.md');
  return segmentBlocks(extractBlocks(doc), 'zh')
    .filter((s) => s.blockId !== 'fm:title')
    .map((s) => s.source.map((r) => (r.type === 'text' ? r.value : '·')).join(''));
}

describe('Chinese sentences and inline codes', () => {
  it('a sentence whose 。 sits inside bold ends after the bold', () => {
    expect(texts('成本降低 **30%—60%。**\n关于我们的更多信息见下文。\n')).toEqual([
      '成本降低 ·30%—60%。·',
      '关于我们的更多信息见下文。',
    ]);
  });

  it('a quoted sentence stays with its attribution (“是的。”他说。)', () => {
    expect(texts('“是的。”他说。我们很高兴。\n')).toEqual(['“是的。”他说。', '我们很高兴。']);
    expect(texts('“我们会继续投入。”王先生表示，明年将扩大规模。\n')).toEqual([
      '“我们会继续投入。”王先生表示，明年将扩大规模。',
    ]);
  });

  it('a quotation followed by a new sentence still breaks', () => {
    expect(texts('“是的。”我们很高兴。\n')).toEqual(['“是的。”', '我们很高兴。']);
  });

  it('a paragraph holding only an image yields no segment, and no empty one', () => {
    expect(texts('![图](a.png)\n\n文字。\n')).toEqual(['文字。']);
  });
});
