// A release that names its organization (`organization: acme` → content/organizations/acme.yaml), published with
// --base-url: the About boilerplate (translated through the memory), the media contact and the JSON-LD publisher
// all come from the organization file; the release itself carries none of them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRelease, jsonLdOf, makeProject, removeProject, runPublish, type RunResult } from './helpers.ts';

const ORGANIZATION = `name: { en: Acme Media, th: แอคมี มีเดีย, zh: 艾克米传媒 }
about: Acme Media publishes news about WeChat in three languages.
contact:
  name: Dao Srisuk
  email: press@acme.example
  website: https://acme.example
`;

const RELEASE = `---
title: WeChat opens a new office
lang: en
date: 2025-11-27
organization: acme
---

WeChat opened a new office in the city today.
`;

let dir: string;
let result: RunResult;
const read = (path: string) => readFile(join(dir, 'dist', path), 'utf8');

beforeAll(async () => {
  dir = await makeProject([]);
  await mkdir(join(dir, 'content/organizations'));
  await writeFile(join(dir, 'content/organizations/acme.yaml'), ORGANIZATION);
  await addRelease(dir, { name: 'office.md', text: RELEASE });
  result = await runPublish(dir, { baseUrl: 'https://press.example.com/news/' });
});
afterAll(async () => {
  await removeProject(dir);
});

describe('publish a release whose About text is an organization file', () => {
  it('publishes', () => {
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('prints the About boilerplate under the organization’s localized name, translated through the memory', async () => {
    const zh = await read('zh/office.md');
    // The stand-in translation turns every word into 新闻: the boilerplate came from the memory.
    expect(zh).toContain('## 关于艾克米传媒\n\n新闻');
    expect(zh).not.toContain('publishes news about');
    expect(await read('th/office.md')).toContain('## เกี่ยวกับ แอคมี มีเดีย');
    expect(await read('en/office.md')).toContain(
      '## About Acme Media\n\nAcme Media publishes news about WeChat in three languages.',
    );
    expect(await read('zh/office.html')).toContain('<h2>关于艾克米传媒</h2>');
  });

  it('prints the organization file’s media contact', async () => {
    const en = await read('en/office.html');
    for (const text of ['Dao Srisuk', 'Acme Media', 'press@acme.example', 'https://acme.example'])
      expect(en.split('<h2>Media contact</h2>')[1]).toContain(text);
  });

  it('names the organization as the JSON-LD publisher, per locale', async () => {
    for (const [locale, name] of [
      ['en', 'Acme Media'],
      ['th', 'แอคมี มีเดีย'],
      ['zh', '艾克米传媒'],
    ] as const) {
      const [article] = jsonLdOf(await read(`${locale}/office.html`)) as Record<string, unknown>[];
      expect(article?.publisher).toEqual({ '@type': 'Organization', name, url: 'https://acme.example' });
    }
  });
});
