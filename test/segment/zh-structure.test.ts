// Issue #15 §4: Chinese sentences end where the text says, whatever inline codes sit around the 。.
import { describe, expect, it } from 'vitest';
import { parse } from '../../pipeline/parse/index.ts';
import { extractBlocks } from '../../pipeline/parse/blocks.ts';
import { segmentBlocks } from '../../pipeline/segment/index.ts';
import type { Locale } from '../../pipeline/types.ts';

function texts(markdown: string, locale: Locale = 'zh'): string[] {
  const doc = parse(`---\ntitle: 标题\nlang: ${locale}\n---\n\n${markdown}`, `${locale}.md`);
  return segmentBlocks(extractBlocks(doc), locale)
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

  it('a 。 inside bold or a link ends the sentence wherever the code closes', () => {
    expect(texts('**成本降低 30%—60%。**\n关于我们。\n')).toEqual(['·成本降低 30%—60%。·', '关于我们。']);
    expect(texts('详见[报告。](https://example.com)关于我们。\n')).toEqual(['详见·报告。·', '关于我们。']);
    // Bold that goes on past the 。 is never split (README, Segmentation): the two sentences stay one segment.
    expect(texts('**第一句。第二句**继续。\n')).toEqual(['·第一句。第二句·继续。']);
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

  it('an attribution with a manner word or corner quotes stays too; a quote after a sentence starts a new one', () => {
    expect(texts('“是的。”他笑着说。好的。\n')).toEqual(['“是的。”他笑着说。', '好的。']);
    expect(texts('「是的。」她表示。\n')).toEqual(['「是的。」她表示。']);
    expect(texts('他点头。“是的。”他说。\n')).toEqual(['他点头。', '“是的。”他说。']);
  });

  it('a paragraph holding only an image yields no segment, and no empty one, in every locale', () => {
    expect(texts('![图](a.png)\n\n文字。\n')).toEqual(['文字。']);
    expect(texts('![A photo](a.png)\n\nText here.\n', 'en')).toEqual(['Text here.']);
    expect(texts('![ภาพ](a.png)\n\nข้อความ\n', 'th')).toEqual(['ข้อความ']);
    for (const locale of ['zh', 'en', 'th'] as const) {
      expect(texts('![a](a.png) ![b](b.png)\n', locale)).toEqual([]);
      expect(texts('[![a](a.png)](https://example.com)\n', locale)).toEqual([]);
    }
  });
});
