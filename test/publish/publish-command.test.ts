// `npm run publish` end to end, in temp projects with their own content/ and XLIFF memory.
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../pipeline/errors.ts';
import { sha256, type Manifest } from '../../pipeline/publish/index.ts';
import {
  addRelease,
  assertClean,
  CONTACT_RELEASE,
  HOSTILE,
  makeProject,
  removeProject,
  runPublish,
  snapshot,
  TEMPLATES,
} from './helpers.ts';

const projects: string[] = [];
async function project(...releases: Parameters<typeof makeProject>[0]): Promise<string> {
  const dir = await makeProject(releases);
  projects.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(projects.splice(0).map(removeProject));
});

const read = (dir: string, path: string) => readFile(join(dir, 'dist', path), 'utf8');

describe('publish', () => {
  it('writes every release in th, en and zh with a manifest whose hashes match the files', async () => {
    const dir = await project({ name: 'office.md', text: CONTACT_RELEASE });
    const result = await runPublish(dir);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe('published 1 release(s) in en, th, zh to dist (6 files + manifest.json)');
    expect(Object.keys(await snapshot(join(dir, 'dist')))).toEqual([
      '.silkbridge-dist',
      'en/',
      'en/office.html',
      'en/office.md',
      'manifest.json',
      'th/',
      'th/office.html',
      'th/office.md',
      'zh/',
      'zh/office.html',
      'zh/office.md',
    ]);

    const manifest = JSON.parse(await read(dir, 'manifest.json')) as Manifest;
    expect(Object.keys(manifest.releases)).toEqual(['office']);
    for (const [locale, entry] of Object.entries(manifest.releases.office ?? {})) {
      expect(entry.md).toBe(`${locale}/office.md`);
      expect(entry.sha256.md).toBe(sha256(await readFile(join(dir, 'dist', entry.md))));
      expect(entry.sha256.html).toBe(sha256(await readFile(join(dir, 'dist', entry.html ?? ''))));
      expect(entry.words).toBeGreaterThan(10);
      expect(entry.qa.errors).toBe(0);
    }
    expect(manifest.releases.office?.en?.segments).toEqual({ total: 7, reviewed: 0, memory: 0, engine: 0, source: 7 });
    expect(manifest.releases.office?.th?.segments).toEqual({ total: 7, reviewed: 7, memory: 0, engine: 0, source: 0 });

    const th = await read(dir, 'th/office.html');
    expect(th).toMatch(/<html lang="th">/);
    expect(th).toContain('<link rel="alternate" hreflang="en" href="../en/office.html">');
    expect(th).toContain('<link rel="alternate" hreflang="zh-Hans" href="../zh/office.html">');
    expect(th).toContain('<strong>กรุงเทพฯ – 27 พฤศจิกายน 2568</strong> – ');
    expect(th).toContain('<h2>ติดต่อสื่อมวลชน</h2>');
    const zhMd = await read(dir, 'zh/office.md');
    expect(zhMd).toContain('lang: zh');
    expect(zhMd).toMatch(/^# 微信/m);
    expect(zhMd).toContain('**曼谷，2025年11月27日**——');
    expect(zhMd).toContain('**新闻稿编号**：2025-001');
  });

  it('publishes the same bytes twice in a row', async () => {
    const dir = await project({ name: 'office.md', text: CONTACT_RELEASE });
    await runPublish(dir);
    const first = await snapshot(join(dir, 'dist'));
    expect((await runPublish(dir)).code).toBe(0);
    expect(await snapshot(join(dir, 'dist'))).toEqual(first);
  });

  it('publishes a release with injected script, handlers and javascript: links without any of them', async () => {
    const dir = await project({ name: 'hostile.md', text: HOSTILE });
    const result = await runPublish(dir);
    expect(result.err).toEqual([]);
    for (const locale of ['en', 'th', 'zh']) assertClean(await read(dir, `${locale}/hostile.html`));
  });

  it('refuses when a translation is missing: exit 1, every gap named, the previous dist/ byte for byte', async () => {
    const dir = await project({ name: 'office.md', text: CONTACT_RELEASE });
    expect((await runPublish(dir)).code).toBe(0);
    const before = await snapshot(join(dir, 'dist'));
    await addRelease(dir, {
      name: 'gap.md',
      text: '---\nlang: en\n---\n\nFirst sentence here. Second sentence here.\n',
      translations: {
        th: { state: 'reviewed', origin: 'human', skip: 1 },
        zh: { state: 'reviewed', origin: 'human', skip: 0 },
      },
    });
    const result = await runPublish(dir);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err[0]).toBe('publish refused: 2 problem(s) in 1 release(s); nothing was written to dist');
    expect(result.err.slice(1)).toEqual([
      expect.stringMatching(/^ {2}gap th: 1 missing: no translation in the memory \([0-9a-f]{12}\)$/),
      expect.stringMatching(/^ {2}gap zh: 1 missing: no translation in the memory \([0-9a-f]{12}\)$/),
    ]);
    expect(await snapshot(join(dir, 'dist'))).toEqual(before);
    expect((await readdir(dir)).sort()).toEqual(['content', 'dist']);
  });

  it('writes nothing at all when the first publish is refused', async () => {
    const dir = await project({
      name: 'gap.md',
      text: CONTACT_RELEASE,
      translations: { th: { state: 'reviewed', origin: 'human', skip: 0 } },
    });
    expect((await runPublish(dir)).code).toBe(1);
    expect(await readdir(dir)).toEqual(['content']);
  });

  it('refuses unreviewed engine translations unless --allow-unreviewed, and counts them in the manifest', async () => {
    const google = { state: 'translated', origin: 'google' } as const;
    const dir = await project({ name: 'office.md', text: CONTACT_RELEASE, translations: { zh: google } });
    const refused = await runPublish(dir);
    expect(refused.code).toBe(1);
    expect(refused.err.filter((line) => line.startsWith('  office zh: 7 unreviewed: '))).toHaveLength(1);
    expect(refused.err.at(-1)).toContain('--allow-unreviewed');
    expect(await readdir(dir)).toEqual(['content']);

    const allowed = await runPublish(dir, { allowUnreviewed: true });
    expect(allowed.code).toBe(0);
    const manifest = JSON.parse(await read(dir, 'manifest.json')) as Manifest;
    expect(manifest.releases.office?.zh?.segments).toEqual({ total: 7, reviewed: 0, memory: 0, engine: 7, source: 0 });
  });

  it('refuses QA errors, naming the check', async () => {
    const dir = await project({ name: 'office.md', text: CONTACT_RELEASE });
    // Break one Thai target: drop the locked term from the first unit.
    const xlf = join(dir, 'content/translations/office/th.xlf');
    const text = await readFile(xlf, 'utf8');
    await writeFile(xlf, text.replace(/(<target>)(.*?)<ph id="l1"[^>]*\/>/, '$1$2'));
    const result = await runPublish(dir);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toMatch(/ {2}office th: 1 qa: locks 1 \([0-9a-f]{12}\)/);
  });

  it('refuses a slug that would leave the output folder, writing nothing anywhere', async () => {
    const dir = await project({ name: 'office.md', text: CONTACT_RELEASE });
    await writeFile(join(dir, 'content/releases/evil.md'), '---\nslug: ../../escape\nlang: en\n---\n\nText.\n');
    await expect(runPublish(dir)).rejects.toThrow(UserError);
    expect(await readdir(dir)).toEqual(['content']);
    expect(await readdir(dirname(dir))).not.toContain('escape.md');
  });

  it('fails before writing anything when a Thai template key is missing, rather than printing English', async () => {
    const dir = await project({ name: 'office.md', text: CONTACT_RELEASE });
    const templates = join(dir, 'templates');
    await cp(TEMPLATES, templates, { recursive: true });
    const th = JSON.parse(await readFile(join(templates, 'th/release.json'), 'utf8')) as {
      contact: Record<string, string>;
    };
    delete th.contact.heading;
    await writeFile(join(templates, 'th/release.json'), JSON.stringify(th));
    await expect(runPublish(dir, { templates })).rejects.toMatchObject({
      name: 'TemplateError',
      locale: 'th',
      key: 'contact.heading',
    });
    expect((await readdir(dir)).sort()).toEqual(['content', 'templates']);
  });

  it('refuses two releases with the same slug', async () => {
    const dir = await project(
      { name: 'a.md', text: CONTACT_RELEASE.replace('lang: en', 'lang: en\nslug: same') },
      { name: 'b.md', text: CONTACT_RELEASE.replace('lang: en', 'lang: en\nslug: same') },
    );
    await expect(runPublish(dir)).rejects.toThrow(/same slug "same"/);
    expect(await readdir(dir)).toEqual(['content']);
  });
});
