import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../pipeline/markdown.ts';
import { renderMarkdown } from '../../pipeline/publish/render.ts';
import { loadTemplates, type ReleaseTemplates } from '../../pipeline/publish/template.ts';
import type { Locale } from '../../pipeline/types.ts';
import { TEMPLATES } from './helpers.ts';

let templates: ReleaseTemplates;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES);
});

const render = (markdown: string, locale: Locale) =>
  renderMarkdown({ markdown, locale, release: 'r', templates }).markdown;

const THAI = `---
title: ข่าวดิจิทัล
subtitle: บทนำสั้น
lang: th
release_id: "89179058"
date: 2025-11-27
city: กรุงเทพฯ
contact:
  name: Ivy Huang
  organization: Chinese Headlines New Media
  website: https://www.52hrtt.com
  email: ivy@example.com
---

ย่อหน้าแรกของข่าว

## หัวข้อ

ย่อหน้าที่สอง
`;

describe('renderMarkdown', () => {
  it('puts the title and subtitle on top, the dateline before the first paragraph, and the contact block and release id last', () => {
    const out = render(THAI, 'th');
    // The title is printed once, as the heading: the front matter keeps the rest.
    expect(
      out.startsWith(THAI.slice(0, THAI.indexOf('---\n\n') + 4).replace('title: ข่าวดิจิทัล\nsubtitle: บทนำสั้น\n', '')),
    ).toBe(true);
    const body = out.slice(out.indexOf('---\n\n') + 5);
    expect(body).toBe(
      [
        '# ข่าวดิจิทัล',
        '*บทนำสั้น*',
        '**กรุงเทพฯ – 27 พฤศจิกายน 2568** – ย่อหน้าแรกของข่าว',
        '## หัวข้อ',
        'ย่อหน้าที่สอง',
        '---',
        '## ติดต่อสื่อมวลชน',
        '- **ชื่อ**: Ivy Huang\n- **องค์กร**: Chinese Headlines New Media\n- **อีเมล**: <ivy@example.com>\n- **เว็บไซต์**: <https://www.52hrtt.com>',
        '**รหัสข่าวประชาสัมพันธ์**: 89179058\n',
      ].join('\n\n'),
    );
  });

  it('writes the Chinese dateline and labels with full-width punctuation and no spaces', () => {
    const out = render(THAI.replace('lang: th', 'lang: zh').replace('city: กรุงเทพฯ', 'city: 曼谷'), 'zh');
    expect(out).toContain('**曼谷，2025年11月27日**——ย่อหน้าแรกของข่าว');
    expect(out).toContain('- **联系人**：Ivy Huang');
    expect(out).toContain('**新闻稿编号**：89179058');
  });

  it('picks the place for the locale from a per-locale map, and `dateline` over `city`', () => {
    const map = THAI.replace('city: กรุงเทพฯ', 'city: { en: Bangkok, th: กรุงเทพมหานคร, zh: 曼谷 }');
    expect(render(map, 'th')).toContain('**กรุงเทพมหานคร – 27 พฤศจิกายน 2568**');
    expect(render(map, 'en')).toContain('**Bangkok, November 27, 2025** — ');
    expect(render(map.replace('lang: th', 'lang: th\ndateline: BANGKOK'), 'en')).toContain(
      '**BANGKOK, November 27, 2025**',
    );
    expect(() => render(THAI.replace('city: กรุงเทพฯ', 'city: { en: Bangkok }'), 'th')).toThrow(
      /`city` has no value for th/,
    );
  });

  it('invents nothing: without date, contact or release id, none of their text appears', () => {
    const out = render('---\ntitle: Only a title\nlang: en\n---\n\nBody text.\n', 'en');
    expect(out).toBe('---\nlang: en\n---\n\n# Only a title\n\nBody text.\n');
    const partial = render('---\nlang: en\ncontact:\n  name: Ann\n---\n\nBody.\n', 'en');
    expect(partial).toBe(
      '---\nlang: en\ncontact:\n  name: Ann\n---\n\nBody.\n\n---\n\n## Media contact\n\n- **Name**: Ann\n',
    );
    expect(render('---\nlang: en\ndate: 2025-11-27\n---\n\nBody.\n', 'en')).toContain('**November 27, 2025** — Body.');
  });

  it('keeps an h1 the body already has instead of adding the title again', () => {
    const out = render('---\ntitle: T\nlang: en\n---\n\n# Own heading\n\nBody.\n', 'en');
    expect(out.match(/^# /gm)).toEqual(['# ']);
    expect(out).toContain('# Own heading');
  });

  it('treats front-matter values as text: markup in them is escaped, not interpreted', () => {
    const out = render(
      '---\ntitle: "*x* <script>alert(1)</script>"\nlang: en\ncontact:\n  website: "javascript:alert(1)"\n  email: "a@b.c onerror=x"\n---\n\nBody.\n',
      'en',
    );
    const tree = parseMarkdown(out);
    const types = new Set<string>();
    const urls: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }) => {
      types.add(node.type);
      if (node.url !== undefined) urls.push(node.url);
      for (const child of (node.children ?? []) as { type: string }[]) walk(child);
    };
    walk(tree);
    expect(types.has('html')).toBe(false);
    expect(types.has('emphasis')).toBe(false);
    expect(out).toContain('- **Website**: javascript:alert(1)');
    // GFM still reads the bare address as an e-mail autolink; the link it makes goes nowhere but mail.
    expect(urls.every((url) => url.startsWith('mailto:'))).toBe(true);
  });

  it('names the field of a wrong shape', () => {
    expect(() => render('---\nlang: en\ncontact: Ann\n---\n\nBody.\n', 'en')).toThrow(/`contact` must be a mapping/);
    expect(() => render('---\nlang: en\ndate: tomorrow\n---\n\nBody.\n', 'en')).toThrow(/`date`.*YYYY-MM-DD/);
  });

  it('is a fixed point of the Markdown printer: re-reading and printing the published Markdown changes nothing', async () => {
    const { stringifyMarkdown } = await import('../../pipeline/markdown.ts');
    for (const locale of ['th', 'zh', 'en'] as const) {
      const out = render(THAI, locale);
      expect(stringifyMarkdown(parseMarkdown(out))).toBe(out);
    }
  });
});
