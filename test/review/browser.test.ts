// End to end in Debian's chromium: two new releases (English and Chinese source) → localize through the emulator →
// the review page: an edit, a lock deleted (QA error shown, approve refused) and restored, hostile text shown as
// text, every segment approved → publish without --allow-unreviewed, and the published page holds the edit.
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { parseXliff } from '../../pipeline/tm/xliff.ts';
import { startReviewServer, type ReviewServer } from '../../review/server.ts';
import { localize } from '../../scripts/commands/localize.ts';
import { publish } from '../../scripts/commands/publish.ts';
import { emulatorEnv } from '../engine/project.ts';
import { launchChromium } from '../support/browser.ts';
import { needsCommand, REPO } from '../support/needs.ts';
import { REVIEWER, writeProject } from './helpers.ts';

const PATHS = {
  input: 'content/releases',
  glossary: 'content/glossary.yaml',
  memory: 'content/translations',
} as const;
const EDIT = '已审校';

describe.skipIf(!needsCommand('chromium', 'chromium'))(
  'review page in chromium',
  () => {
    let dir: string;
    let emulator: Emulator;
    let server: ReviewServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'silkbridge-review-e2e-'));
      await writeProject(dir);
      await cp(join(REPO, 'locales'), join(dir, 'locales'), { recursive: true });
      emulator = await startEmulator({ port: 0 });
      const code = await localize({
        cwd: dir,
        ...PATHS,
        to: ['en', 'th', 'zh'],
        provider: 'memory,google',
        out: 'out',
        env: emulatorEnv(emulator.port),
        log: () => undefined,
      });
      expect(code).toBe(0);
      server = await startReviewServer({ cwd: dir, port: 0, reviewer: REVIEWER, ...PATHS });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on('dialog', (dialog) => {
        throw new Error(`a dialog opened: ${dialog.message()}`);
      });
      await page.goto(server.url);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await emulator?.stop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const unitState = async (release: string, locale: string, id: string) => {
      const path = join(dir, PATHS.memory, release, `${locale}.xlf`);
      return parseXliff(await readFile(path, 'utf8'), path).units.find((unit) => unit.id === id)?.state;
    };

    const openEditor = async (release: string, locale: string) => {
      await page.goto(`${server.url.split('#')[0]}`);
      await page.locator(`tr[data-release="${release}"][data-locale="${locale}"] a`).first().click();
      await page.waitForSelector('body[data-ready="true"]');
    };

    const approveAll = async () => {
      const rows = page.locator('section.segment');
      const count = await rows.count();
      for (let i = 0; i < count; i++) {
        const row = rows.nth(i);
        if ((await row.getAttribute('data-category')) === 'reviewed') continue;
        await row.locator('button.approve').click();
        await expect
          .poll(async () => `${await row.getAttribute('data-category')} ${await row.locator('.message').textContent()}`)
          .toBe('reviewed ');
      }
    };

    it('lists both releases in every target locale, all engine output', async () => {
      const rows = page.locator('#dashboard tbody tr');
      await expect.poll(() => rows.count()).toBe(4);
      expect(await page.locator('tr[data-release="lotus-cup"][data-locale="en"]').count()).toBe(1);
    });

    it('edits a segment, refuses to approve a lost lock, and takes the restored one', async () => {
      await openEditor('phuket-office', 'zh');
      const rows = page.locator('section.segment');
      // An edit: text typed at the end of the last segment, saved with Ctrl+S.
      const last = rows.last();
      await last.locator('.target').click();
      await page.keyboard.press('End');
      await page.keyboard.type(EDIT);
      await page.keyboard.press('Control+s');
      await expect.poll(() => last.getAttribute('data-category')).toBe('human');

      // The title segment starts with the bank's locked name: delete the chip.
      const locked = rows.filter({ has: page.locator('.source .chip.lock') }).first();
      const id = (await locked.getAttribute('data-id')) as string;
      await locked.locator('.target').click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Delete');
      expect(await locked.locator('.target .chip.lock').count()).toBe(0);
      await expect
        .poll(() => locked.locator('.findings li.error').allTextContents())
        .toContainEqual(expect.stringContaining('locks'));
      await locked.locator('button.approve').click();
      await expect.poll(() => locked.locator('.message').textContent()).toContain('cannot be approved');
      expect(await unitState('phuket-office', 'zh', id)).toBe('translated');

      await locked.locator('.target').click();
      await page.keyboard.press('Control+Home');
      await locked.locator('.palette button.restore').click();
      await expect.poll(() => locked.locator('.findings li.error').count()).toBe(0);
      await mkdir(join(REPO, 'out'), { recursive: true });
      await page.screenshot({ path: join(REPO, 'out/review-editor.png'), fullPage: true });
      await approveAll();
      expect(await unitState('phuket-office', 'zh', id)).toBe('reviewed');
    });

    it('shows hostile text as text: no image, no link, nothing runs', async () => {
      await openEditor('lotus-cup', 'en');
      const row = page.locator('section.segment').last();
      const hostile =
        '<img src=x onerror="window.__xss=1"> <a href="javascript:window.__xss=2">x</a> [y](javascript:window.__xss=3)';
      await row.locator('.target').click();
      await page.keyboard.press('End');
      await page.keyboard.insertText(hostile);
      await page.keyboard.press('Control+s');
      await expect.poll(() => row.getAttribute('data-category')).toBe('human');
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      const target = page.locator('section.segment').last().locator('.target');
      expect(await target.textContent()).toContain('<img src=x onerror=');
      expect(await page.locator('section.segment img, section.segment a').count()).toBe(0);
      await page.locator('#preview').click();
      await expect.poll(() => page.locator('iframe#page').getAttribute('srcdoc')).toContain('<');
      await page.waitForTimeout(300);
      const frame = page.frameLocator('iframe#page');
      expect(await frame.locator('img[onerror], a[href^="javascript:"]').count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    });

    it('publishes after every segment is approved, with the edit in the published page', async () => {
      // The hostile edit is taken back first: it is not a translation.
      await openEditor('lotus-cup', 'en');
      const row = page.locator('section.segment').last();
      await row.locator('.target').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.insertText('16 teams take part in the tournament.');
      await approveAll();
      for (const [release, locale] of [
        ['phuket-office', 'th'],
        ['lotus-cup', 'th'],
      ] as const) {
        await openEditor(release, locale);
        await approveAll();
      }
      const errors: string[] = [];
      const code = await publish({
        cwd: dir,
        ...PATHS,
        out: 'dist',
        templates: 'locales',
        log: () => undefined,
        logError: (line) => errors.push(line),
      });
      expect(errors).toEqual([]);
      expect(code).toBe(0);
      expect(await readFile(join(dir, 'dist/zh/phuket-office.html'), 'utf8')).toContain(EDIT);
    });
  },
  180_000,
);
