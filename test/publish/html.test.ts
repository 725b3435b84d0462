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
    const [page] = publishRelease({
      slug: 'digital-silk-road',
      source: 'th',
      versions: [['th', THAI]],
      templates,
    });
    expect(page?.paths).toEqual({ md: 'th/digital-silk-road.md', html: 'th/digital-silk-road.html' });
    expect(page?.html).toMatch(/^<!DOCTYPE html>\n<html lang="th">/);
    expect(page?.html).toContain('<meta charset="utf-8">');
    expect(page?.html).toContain('<title>เส้นทางสายไหมดิจิทัล &#x26; "ความร่วมมือ"</title>');
    expect(page?.html).toContain('<meta name="description" content="สรุปข่าว">');
    expect(page?.html).toContain('<link rel="alternate" hreflang="th" href="../th/digital-silk-road.html">');
    expect(page?.html).toContain('<link rel="alternate" hreflang="x-default" href="../th/digital-silk-road.html">');
    expect(page?.html).toContain('<h1>เส้นทางสายไหมดิจิทัล &#x26; "ความร่วมมือ"</h1>');
    expect(page?.html).toContain('<p><strong>รหัสข่าวประชาสัมพันธ์</strong>: 89179058</p>');
  });

  it('links every locale actually published, itself and x-default (the source) included, with BCP 47 tags', () => {
    const zh = THAI.replace('lang: th', 'lang: zh');
    const pages = publishRelease({
      slug: 's',
      source: 'en',
      versions: [
        ['zh', zh],
        ['en', zh],
      ],
      templates,
    });
    const html = pages[0]?.html ?? '';
    expect(html).toMatch(/<html lang="zh-Hans">/);
    expect(
      [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['zh-Hans', '../zh/s.html'],
      ['en', '../en/s.html'],
      ['x-default', '../en/s.html'],
    ]);
    expect(html).not.toContain('hreflang="th"');
    expect(html).not.toContain('hreflang="zh"');
  });

  it('falls back to the first heading for the title', () => {
    expect(renderHtml({ markdown: '# Heading *one*\n\nText.\n', locale: 'en', alternates: [] })).toContain(
      '<title>Heading one</title>',
    );
  });

  it('publishes a hostile release without any script, handler, frame or javascript: URL', () => {
    const [page] = publishRelease({ slug: 'hostile', source: 'en', versions: [['en', HOSTILE]], templates });
    const html = page?.html ?? '';
    assertClean(html);
    // The prose around the injected HTML survives; only the markup is gone.
    expect(html).toContain('Hello');
    expect(html).toContain('<a>x</a>');
    expect(html).not.toContain('alert(2)');
    expect(html).toContain("<title>Hostile &#x3C;script>alert('title')&#x3C;/script></title>");
  });
});
