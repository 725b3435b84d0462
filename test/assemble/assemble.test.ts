import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../pipeline/assemble/index.ts';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { glossaryOf } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import type { Run } from '../../pipeline/types.ts';
import { identityRoundTrip, toHtml } from '../roundtrip/identity.ts';

const fixture = readFileSync(resolve(import.meta.dirname, '../fixtures/roundtrip/everything.md'), 'utf8');

describe('assemble', () => {
  it('rebuilds Markdown of every kind to the same HTML with the identity translation', () => {
    expect(toHtml(identityRoundTrip(fixture))).toBe(toHtml(fixture));
  });

  it('sets `lang` to the output locale and keeps the other front-matter keys and their order', () => {
    const out = identityRoundTrip(fixture, 'zh');
    expect(
      out.startsWith(
        '---\ntitle: Everything a release can hold\nlang: zh\nrelease_id: "RT-1"\ndate: 2025-11-27\n---\n',
      ),
    ).toBe(true);
  });

  it('joins Chinese sentences without a space and Thai sentences with one', () => {
    const glossary = glossaryOf([]);
    const release = prepareText('One sentence. Another sentence.\n', 'x.md', matchersFor(glossary, createMatcher), {
      from: 'en',
    });
    expect(release.segments).toHaveLength(2);
    const [a, b] = release.segments.map((segment) => segment.id);
    const targets = (x: string, y: string) =>
      new Map<string, Run[]>([
        [a ?? '', [{ type: 'text', value: x }]],
        [b ?? '', [{ type: 'text', value: y }]],
      ]);
    const build = (locale: 'zh' | 'th', x: string, y: string) =>
      assemble({
        doc: release.doc,
        blocks: release.blocks,
        segments: release.segments,
        targets: targets(x, y),
        locale,
        glossary,
      });
    expect(build('zh', '一句话。', '另一句话。')).toBe('一句话。另一句话。\n');
    expect(build('th', 'ประโยคหนึ่ง', 'อีกประโยคหนึ่ง')).toBe('ประโยคหนึ่ง อีกประโยคหนึ่ง\n');
  });

  it('lets a translation move an inline code, and renders locks in the output locale', () => {
    const glossary = glossaryOf([
      {
        id: 'wechat-pay',
        type: 'brand',
        forms: { en: 'WeChat Pay', th: 'WeChat Pay', zh: '微信支付' },
        variants: {},
        caseSensitive: true,
        forbidden: {},
        status: 'approved',
        note: 'test',
        keep: false,
        line: 1,
      },
    ]);
    const release = prepareText('Pay with **WeChat Pay** today.\n', 'x.md', matchersFor(glossary, createMatcher), {
      from: 'en',
    });
    const [segment] = release.segments;
    expect(segment?.source).toEqual([
      { type: 'text', value: 'Pay with ' },
      { type: 'open', id: '1' },
      { type: 'lock', term: 'wechat-pay' },
      { type: 'close', id: '1' },
      { type: 'text', value: ' today.' },
    ]);
    const target: Run[] = [
      { type: 'text', value: '今天用' },
      { type: 'open', id: '1' },
      { type: 'lock', term: 'wechat-pay' },
      { type: 'close', id: '1' },
      { type: 'text', value: '付款。' },
    ];
    const out = assemble({
      doc: release.doc,
      blocks: release.blocks,
      segments: release.segments,
      targets: new Map([[segment?.id ?? '', target]]),
      locale: 'zh',
      glossary,
    });
    expect(out).toBe('今天用**微信支付**付款。\n');
  });
});
