/// <reference lib="dom" />
// The published page as a reader sees it, in a real browser: its own stylesheet applies (nothing fetched), Thai
// gets more leading than English, Chinese emphasis is upright with emphasis dots instead of a synthetic italic,
// the measure stays readable, each language has its font stack, and print drops the measure and spells out links.
// Screenshots of th and zh go to out/screenshots/ (not committed) for a person.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { needsCommand } from '../support/needs.ts';
import { CONTACT_RELEASE, makeProject, REPO, removeProject, runPublish } from './helpers.ts';

const SHOTS = join(REPO, 'out/screenshots');
// Emphasis in every locale: the stand-in translation keeps the `*…*` codes around translated words.
const RELEASE = CONTACT_RELEASE.replace('The office serves many partners.', 'The office serves *many* partners.');

interface Measured {
  requests: string[];
  lineHeight: number;
  fontSize: number;
  emStyle: string;
  emEmphasis: string;
  mainWidth: number;
  fontFamily: string;
  /** In print: the main column's width, and what follows an external link. */
  printWidth: number;
  printLinkAfter: string;
}

describe.skipIf(!needsCommand('chromium', 'chromium'))('published pages in chromium', () => {
  let dir: string;
  let browser: Browser;
  const measured = new Map<string, Measured>();

  beforeAll(async () => {
    dir = await makeProject([{ name: 'office.md', text: RELEASE }]);
    expect((await runPublish(dir, { baseUrl: 'https://press.example.com/' })).code).toBe(0);
    await mkdir(SHOTS, { recursive: true });
    browser = await launchChromium();
    for (const locale of ['en', 'th', 'zh']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('data:')) requests.push(request.url());
      });
      await page.setContent(await readFile(join(dir, 'dist', locale, 'office.html'), 'utf8'), { waitUntil: 'load' });
      const values = await page.evaluate(() => {
        const p = document.querySelector('main p') as HTMLElement;
        const em = document.querySelector('main em') as HTMLElement;
        const style = getComputedStyle(p);
        const emStyle = getComputedStyle(em);
        return {
          lineHeight: Number.parseFloat(style.lineHeight),
          fontSize: Number.parseFloat(style.fontSize),
          emStyle: emStyle.fontStyle,
          emEmphasis: emStyle.getPropertyValue('text-emphasis-style'),
          mainWidth: (document.querySelector('main') as HTMLElement).getBoundingClientRect().width,
          fontFamily: style.fontFamily,
        };
      });
      if (locale !== 'en') await page.screenshot({ path: join(SHOTS, `office-${locale}.png`), fullPage: true });
      await page.emulateMedia({ media: 'print' });
      const print = await page.evaluate(() => ({
        printWidth: (document.querySelector('main') as HTMLElement).getBoundingClientRect().width,
        printLinkAfter: getComputedStyle(document.querySelector('a[href^="http"]') as HTMLElement, '::after').content,
      }));
      measured.set(locale, { requests, ...values, ...print });
      await page.close();
    }
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await removeProject(dir);
  });

  it('fetches nothing: the stylesheet is the page’s own', () => {
    for (const [, values] of measured) expect(values.requests).toEqual([]);
  });

  it('keeps a readable measure on a wide screen', () => {
    for (const [, values] of measured) {
      expect(values.mainWidth).toBeGreaterThan(500);
      expect(values.mainWidth).toBeLessThanOrEqual(40 * values.fontSize);
    }
  });

  it('gives Thai more leading than English', () => {
    const ratio = (locale: string) => {
      const values = measured.get(locale) as Measured;
      return values.lineHeight / values.fontSize;
    };
    expect(ratio('th')).toBeGreaterThanOrEqual(1.85);
    expect(ratio('th')).toBeGreaterThan(ratio('en') + 0.2);
  });

  it('renders Chinese emphasis upright with emphasis dots, English emphasis in italics', () => {
    expect(measured.get('zh')?.emStyle).toBe('normal');
    expect(measured.get('zh')?.emEmphasis).toMatch(/filled dot|dot/);
    expect(measured.get('en')?.emStyle).toBe('italic');
  });

  it('sets a font stack per language: Thai and Chinese faces before the Latin ones', () => {
    const first = (locale: string) => measured.get(locale)?.fontFamily.split(',')[0]?.replace(/"/g, '');
    expect(first('en')).toBe('Source Serif 4');
    expect(first('th')).toMatch(/Thai/);
    expect(first('zh')).toMatch(/CJK SC/);
  });

  it('prints across the page width with external links spelled out', () => {
    for (const [, values] of measured) {
      expect(values.printWidth).toBeGreaterThan(values.mainWidth);
      expect(values.printLinkAfter).toBe('" <https://example.com>"');
    }
  });

  it('saves full-page screenshots of the th and zh pages', async () => {
    for (const locale of ['th', 'zh']) {
      const png = await readFile(join(SHOTS, `office-${locale}.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
    }
  });
});
