// End to end on the real seed: content/releases/digital-silk-road.md with the reviewed translations in
// content/translations/digital-silk-road/{th,zh}.xlf, published into a temp folder (the repository is not touched).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256, type Manifest } from '../../pipeline/publish/index.ts';
import { REPO, runPublish, type RunResult } from './helpers.ts';

let dir: string;
let result: RunResult;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'silkbridge-seed-'));
  result = await runPublish(dir, {
    input: join(REPO, 'content/releases'),
    glossary: join(REPO, 'content/glossary.yaml'),
    memory: join(REPO, 'content/translations'),
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (path: string) => readFile(join(dir, 'dist', path), 'utf8');

describe('publishing the seed release', () => {
  it('passes the gate with the reviewed translations', () => {
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('writes the Thai page with lang="th" and its zh and en alternates', async () => {
    const html = await read('th/digital-silk-road.html');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="th">/);
    expect(html).toContain('<link rel="alternate" hreflang="en" href="../en/digital-silk-road.html">');
    expect(html).toContain('<link rel="alternate" hreflang="zh-Hans" href="../zh/digital-silk-road.html">');
    expect(html).toMatch(/<title>[^<]*\p{Script=Thai}[^<]*<\/title>/u);
    expect(html).toContain('<h2>ติดต่อสื่อมวลชน</h2>');
    expect(html).toContain('<strong>รหัสข่าวประชาสัมพันธ์</strong>: 89179058');
    expect(html).toContain('<a href="https://www.52hrtt.com">https://www.52hrtt.com</a>');
  });

  it('writes the Chinese and English pages with their own lang and labels', async () => {
    const zh = await read('zh/digital-silk-road.html');
    expect(zh).toMatch(/<html lang="zh-Hans">/);
    expect(zh).toContain('<strong>新闻稿编号</strong>：89179058');
    const en = await read('en/digital-silk-road.html');
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain('<strong>Release ID</strong>: 89179058');
    expect(await read('th/digital-silk-road.md')).toMatch(/^---\n(?:[\s\S]*\n)?lang: th\n/);
  });

  it('records every file in the manifest with matching hashes, reviewed segments and no QA error', async () => {
    const manifest = JSON.parse(await read('manifest.json')) as Manifest;
    const entries = manifest.releases['digital-silk-road'] ?? {};
    expect(Object.keys(entries)).toEqual(['en', 'th', 'zh']);
    for (const entry of Object.values(entries)) {
      expect(entry.sha256.md).toBe(sha256(await readFile(join(dir, 'dist', entry.md))));
      expect(entry.sha256.html).toBe(sha256(await readFile(join(dir, 'dist', entry.html ?? ''))));
      expect(entry.qa.errors).toBe(0);
      expect(entry.words).toBeGreaterThan(500);
    }
    for (const locale of ['th', 'zh'] as const) {
      const segments = entries[locale]?.segments;
      expect(segments?.engine).toBe(0);
      expect((segments?.reviewed ?? 0) + (segments?.source ?? 0)).toBe(segments?.total);
    }
  });
});
