import { beforeAll, describe, expect, it } from 'vitest';
import { publishRelease } from '../../pipeline/publish/index.ts';
import { renderHtml } from '../../pipeline/publish/html.ts';
import { loadTemplates, type ReleaseTemplates } from '../../pipeline/publish/template.ts';
import { assertClean, HOSTILE, TEMPLATES } from './helpers.ts';

let templates: ReleaseTemplates;
beforeAll(async () => {
  templates = await loadTemplates(TEMPLATES);
});

const THAI = `---
title: เส้นทางสายไหมดิจิทัล & "ความร่วมมือ"
summary: สรุปข่าว
lang: th
release_id: "89179058"
---

ย่อหน้าแรก
`;

describe('renderHtml', () => {
  it('declares lang, takes the title from the front matter and links the other locales', () => {
    const page = publishRelease({
      slug: 'digital-silk-road',
      locale: 'th',
      markdown: THAI,
      published: ['en', 'th', 'zh'],
      templates,
    });
    expect(page.paths).toEqual({ md: 'th/digital-silk-road.md', html: 'th/digital-silk-road.html' });
    expect(page.html).toMatch(/^<!doctype html>\n<html lang="th">/);
    expect(page.html).toContain('<meta charset="utf-8">');
    expect(page.html).toContain('<title>เส้นทางสายไหมดิจิทัล &#x26; "ความร่วมมือ"</title>');
    expect(page.html).toContain('<meta name="description" content="สรุปข่าว">');
    expect(page.html).toContain('<link rel="alternate" hreflang="en" href="../en/digital-silk-road.html">');
    expect(page.html).toContain('<link rel="alternate" hreflang="zh" href="../zh/digital-silk-road.html">');
    expect(page.html).not.toContain('hreflang="th"');
    expect(page.html).toContain('<h1>เส้นทางสายไหมดิจิทัล &#x26; "ความร่วมมือ"</h1>');
    expect(page.html).toContain('<p><strong>รหัสข่าวประชาสัมพันธ์</strong>: 89179058</p>');
  });

  it('links only the locales actually published', () => {
    const page = publishRelease({
      slug: 's',
      locale: 'zh',
      markdown: THAI.replace('lang: th', 'lang: zh'),
      published: ['zh', 'en'],
      templates,
    });
    expect(page.html.match(/rel="alternate"/g)).toHaveLength(1);
    expect(page.html).toContain('hreflang="en"');
  });

  it('falls back to the first heading for the title', () => {
    expect(renderHtml({ markdown: '# Heading *one*\n\nText.\n', locale: 'en', alternates: [] })).toContain(
      '<title>Heading one</title>',
    );
  });

  it('publishes a hostile release without any script, handler, frame or javascript: URL', () => {
    const page = publishRelease({ slug: 'hostile', locale: 'en', markdown: HOSTILE, published: ['en'], templates });
    assertClean(page.html);
    // The prose around the injected HTML survives; only the markup is gone.
    expect(page.html).toContain('Hello');
    expect(page.html).toContain('<a>x</a>');
    expect(page.html).not.toContain('alert(2)');
    expect(page.html).toContain("<title>Hostile &#x3C;script>alert('title')&#x3C;/script></title>");
  });
});
