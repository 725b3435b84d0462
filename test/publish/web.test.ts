// `publish --base-url`: pages, sitemap, feeds and structured data, each checked by a parser nobody here wrote:
// html-validate, xmllint against the sitemap schema, Debian's python3-feedparser, JSON.parse.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needs, needsCommand } from '../support/needs.ts';
import { CONTACT_RELEASE, jsonLdOf, makeProject, removeProject, runPublish, type RunResult } from './helpers.ts';

const BASE = 'https://press.example.com/news/';
const SCHEMA = join(import.meta.dirname, 'schemas/sitemap-alternates.xsd');
// Debian's python, where apt installs python3-feedparser (a pyenv or venv python on PATH would not see it).
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const OLDER = `---
title: WeChat names a new partner
summary: An older release
lang: en
date: 2025-10-02
about: Example Media publishes news about WeChat in three languages.
contact:
  organization: { en: Example Media, th: เอ็กแซมเปิล มีเดีย, zh: 示例传媒 }
  email: press@example.com
---

WeChat named a new partner today.
`;

let dir: string;
let result: RunResult;
const read = (path: string) => readFile(join(dir, 'dist', path), 'utf8');

beforeAll(async () => {
  dir = await makeProject([
    { name: 'office.md', text: CONTACT_RELEASE },
    { name: 'partner.md', text: OLDER },
  ]);
  result = await runPublish(dir, { baseUrl: 'https://press.example.com/news' });
});
afterAll(async () => {
  await removeProject(dir);
});

describe('publish --base-url', () => {
  it('publishes both releases with pages, feeds and a sitemap', () => {
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('published 2 release(s) in en, th, zh to dist (16 files + manifest.json)');
    expect(result.out.join('\n')).not.toContain('no feed');
  });

  it('says which locales get no feed, and why, when no release is dated', async () => {
    const undated = await makeProject([{ name: 'office.md', text: CONTACT_RELEASE.replace(/^date: .*\n/m, '') }]);
    try {
      const run = await runPublish(undated, { baseUrl: BASE });
      expect(run.code).toBe(0);
      expect(run.out.at(-1)).toBe(
        'no feed for en, th, zh: no release there has a `date:` (YYYY-MM-DD) in its front matter',
      );
      expect(existsSync(join(undated, 'dist/en/feed.xml'))).toBe(false);
      expect(existsSync(join(undated, 'dist/sitemap.xml'))).toBe(true);
    } finally {
      await removeProject(undated);
    }
  });

  it('writes BCP 47 tags and absolute alternates, the page itself and x-default (the source) included', async () => {
    const zh = await read('zh/office.html');
    expect(zh).toMatch(/<html lang="zh-Hans">/);
    const alternates = [...zh.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(alternates).toEqual([
      ['en', `${BASE}en/office.html`],
      ['th', `${BASE}th/office.html`],
      ['zh-Hans', `${BASE}zh/office.html`],
      ['x-default', `${BASE}en/office.html`],
    ]);
    expect(zh).toContain(`<link rel="canonical" href="${BASE}zh/office.html">`);
    expect(zh).toContain(`<link rel="alternate" type="application/atom+xml" href="${BASE}zh/feed.xml">`);
  });

  it('writes Open Graph locale tags', async () => {
    const th = await read('th/office.html');
    const og = [...th.matchAll(/<meta property="(og:[^"]+)" content="([^"]*)">/g)].map((m) => [m[1], m[2]]);
    expect(og).toContainEqual(['og:locale', 'th_TH']);
    expect(og.filter(([key]) => key === 'og:locale:alternate').map(([, value]) => value)).toEqual(['en_US', 'zh_CN']);
    expect(og).toContainEqual(['og:url', `${BASE}th/office.html`]);
    expect(og).toContainEqual(['og:type', 'article']);
  });

  it('writes one JSON-LD NewsArticle per page; a translation points at its source with translationOfWork', async () => {
    for (const locale of ['en', 'th', 'zh'] as const) {
      const blocks = jsonLdOf(await read(`${locale}/office.html`));
      expect(blocks).toHaveLength(1);
      const article = blocks[0] as Record<string, unknown>;
      expect(article['@context']).toBe('https://schema.org');
      expect(article['@type']).toBe('NewsArticle');
      expect(article.inLanguage).toBe({ en: 'en', th: 'th', zh: 'zh-Hans' }[locale]);
      expect(article.url).toBe(`${BASE}${locale}/office.html`);
      expect(article.datePublished).toBe('2025-11-27');
      expect(typeof article.headline).toBe('string');
      expect(article.publisher).toEqual({ '@type': 'Organization', name: 'Example Media', url: 'https://example.com' });
      if (locale === 'en') {
        expect(article.translationOfWork).toBeUndefined();
        const translations = article.workTranslation as Record<string, unknown>[];
        expect(translations.map((t) => [t['@type'], t.inLanguage, t['@id']])).toEqual([
          ['NewsArticle', 'th', `${BASE}th/office.html`],
          ['NewsArticle', 'zh-Hans', `${BASE}zh/office.html`],
        ]);
      } else {
        expect(article.translationOfWork).toEqual({
          '@type': 'NewsArticle',
          '@id': `${BASE}en/office.html`,
          url: `${BASE}en/office.html`,
          headline: 'WeChat opens a new office',
          inLanguage: 'en',
        });
      }
    }
  });

  it('passes html-validate (recommended rules) on every page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const locale of ['en', 'th', 'zh']) {
      for (const slug of ['office', 'partner']) {
        const report = await validator.validateString(await read(`${locale}/${slug}.html`));
        const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
        expect(messages, `${locale}/${slug}.html`).toEqual([]);
      }
    }
  });

  it('prints the title once, and the About boilerplate translated through the memory', async () => {
    const zh = await read('zh/partner.md');
    expect(zh).not.toMatch(/^title:/m);
    expect(zh.match(/^# /gm)).toHaveLength(1);
    // The stand-in translation turns every word into 新闻: the boilerplate came from the memory, not the source.
    expect(zh).toContain('## 关于示例传媒\n\n新闻');
    expect(zh).not.toContain('publishes news about');
    expect(await read('th/partner.md')).toContain('## เกี่ยวกับ เอ็กแซมเปิล มีเดีย');
    expect(await read('en/partner.md')).toContain(
      '## About Example Media\n\nExample Media publishes news about WeChat in three languages.',
    );
  });
});

describe.skipIf(!needsCommand('xmllint', 'libxml2-utils'))('sitemap.xml', () => {
  it('validates against the sitemap schema, with xhtml:link alternates per locale', async () => {
    const file = join(dir, 'dist/sitemap.xml');
    const check = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
    expect(check.stderr).toContain('validates');
    expect(check.status).toBe(0);
    const xml = await read('sitemap.xml');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toHaveLength(6);
    expect(locs).toContain(`${BASE}zh/partner.html`);
    expect(xml).toContain(`<lastmod>2025-10-02</lastmod>`);
    expect(xml.match(/<xhtml:link rel="alternate"/g)).toHaveLength(6 * 4);
  });

  it('is refused by the schema when an hreflang is not a language tag (the check can fail)', async () => {
    const bad = (await read('sitemap.xml')).replace('hreflang="th"', 'hreflang="thai"');
    const check = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, '-'], { input: bad, encoding: 'utf8' });
    expect(check.status).not.toBe(0);
    expect(check.stderr).toContain("'thai'");
  });
});

const hasFeedparser = spawnSync(PYTHON, ['-c', 'import feedparser'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!needs('python3-feedparser', hasFeedparser, 'apt-get install python3-feedparser'))('Atom feeds', () => {
  const parse = (file: string) => {
    const script = `import feedparser, json, sys
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": d.bozo, "version": d.version, "language": d.feed.get("language"),
  "title": d.feed.get("title"), "updated": d.feed.get("updated"),
  "entries": [{"id": e.id, "title": e.title, "summary": e.get("summary"), "updated": e.updated,
    "links": [[l.get("hreflang"), l.href] for l in e.links if l.rel == "alternate"]} for e in d.entries]}))`;
    const run = spawnSync(PYTHON, ['-c', script, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as {
      bozo: boolean | number;
      version: string;
      language: string;
      title: string;
      updated: string;
      entries: { id: string; title: string; summary: string | null; updated: string; links: string[][] }[];
    };
  };

  it('parses each locale feed as Atom 1.0, newest first, with language, summary and alternate links', () => {
    const zh = parse(join(dir, 'dist/zh/feed.xml'));
    expect(Boolean(zh.bozo)).toBe(false);
    expect(zh.version).toBe('atom10');
    expect(zh.language).toBe('zh-Hans');
    expect(zh.title).toBe('新闻稿');
    expect(zh.updated).toBe('2025-11-27T00:00:00Z');
    expect(zh.entries.map((e) => [e.id, e.updated])).toEqual([
      [`${BASE}zh/office.html`, '2025-11-27T00:00:00Z'],
      [`${BASE}zh/partner.html`, '2025-10-02T00:00:00Z'],
    ]);
    expect(zh.entries[0]?.summary).toMatch(/新闻/);
    expect(zh.entries[0]?.links).toEqual([
      ['zh-Hans', `${BASE}zh/office.html`],
      ['en', `${BASE}en/office.html`],
      ['th', `${BASE}th/office.html`],
    ]);
    for (const locale of ['en', 'th']) {
      const feed = parse(join(dir, `dist/${locale}/feed.xml`));
      expect(Boolean(feed.bozo)).toBe(false);
      expect(feed.language).toBe(locale);
      expect(feed.entries).toHaveLength(2);
    }
  });
});

describe('publish --layout', () => {
  it('writes Hugo content: front matter with title, date and translationKey, no # title in the body, no HTML', async () => {
    const hugo = await makeProject([{ name: 'office.md', text: CONTACT_RELEASE }]);
    try {
      const run = await runPublish(hugo, { layout: 'hugo', baseUrl: BASE });
      expect(run.code).toBe(0);
      const zh = await readFile(join(hugo, 'dist/zh/office.md'), 'utf8');
      expect(zh).toMatch(
        /^---\ntitle: .+\nsubtitle: .+\ndescription: .+\ndate: 2025-11-27\nlang: zh-Hans\ntranslationKey: office\n/,
      );
      expect(zh).not.toMatch(/^# /m);
      expect(existsSync(join(hugo, 'dist/zh/office.html'))).toBe(false);
      expect(existsSync(join(hugo, 'dist/sitemap.xml'))).toBe(false);
    } finally {
      await removeProject(hugo);
    }
  });

  it('writes Astro content with pubDate, and refuses an unknown layout before writing', async () => {
    const astro = await makeProject([{ name: 'office.md', text: CONTACT_RELEASE }]);
    try {
      expect((await runPublish(astro, { layout: 'astro' })).code).toBe(0);
      const en = await readFile(join(astro, 'dist/en/office.md'), 'utf8');
      expect(en).toMatch(/^---\ntitle: WeChat opens a new office\n[\s\S]*pubDate: 2025-11-27\n/);
      expect(en.match(/WeChat opens a new office/g)).toHaveLength(1);
      await expect(runPublish(astro, { layout: 'jekyll', out: 'other' })).rejects.toThrow(/--layout "jekyll"/);
      expect(existsSync(join(astro, 'other'))).toBe(false);
    } finally {
      await removeProject(astro);
    }
  });

  it('refuses a base URL that is not absolute http(s)', async () => {
    await expect(runPublish(dir, { baseUrl: 'press.example.com', out: 'other' })).rejects.toThrow(/--base-url/);
    await expect(runPublish(dir, { baseUrl: 'ftp://x.example/', out: 'other' })).rejects.toThrow(/https/);
  });
});
