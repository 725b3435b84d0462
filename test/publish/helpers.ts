// Test projects for publish: a temp folder with its own content/ (releases, a small glossary, an XLIFF memory
// written with stringifyXliff), the repository's locales/ as templates, and byte-level snapshots of folders.
import { expect } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { parseGlossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { needsTranslation } from '../../pipeline/segment/index.ts';
import { stringifyXliff, type TmUnit } from '../../pipeline/tm/xliff.ts';
import type { Locale, Run, TargetState } from '../../pipeline/types.ts';
import { publish, type PublishOptions } from '../../scripts/commands/publish.ts';

export const REPO = resolve(import.meta.dirname, '../..');
export const TEMPLATES = join(REPO, 'locales');

export const GLOSSARY = `version: 1
terms:
  - id: wechat
    type: brand
    forms: { en: WeChat, th: WeChat, zh: 微信 }
    status: approved
    note: test
`;

/** A stand-in translation: every word becomes Thai or Chinese; digits, codes and locks stay; zh punctuation goes full width. */
export function fakeTranslate(runs: readonly Run[], locale: Locale): Run[] {
  return runs.map((run): Run => {
    if (run.type !== 'text') return run;
    let value = run.value.replace(/\p{L}+/gu, () => (locale === 'th' ? 'ข่าวสาร' : '新闻'));
    if (locale === 'zh')
      value = value
        .replace(/,\s*/g, '，')
        .replace(/\.(?=\s|$)/g, '。')
        .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
    return { type: 'text', value };
  });
}

export interface Translation {
  state: TargetState;
  origin: string;
  /** Index (among the segments to translate) of one segment to leave out of the memory. */
  skip?: number;
}

export interface ProjectRelease {
  /** File name under content/releases/. */
  name: string;
  text: string;
  /** Per target locale: how its segments are translated (default: reviewed by a person). */
  translations?: Partial<Record<Locale, Translation>>;
}

const REVIEWED: Translation = { state: 'reviewed', origin: 'human' };

/** Writes the release and its memory (one XLIFF per target locale) into the project. */
export async function addRelease(dir: string, release: ProjectRelease): Promise<void> {
  const file = join(dir, 'content/releases', release.name);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, release.text);
  const glossary = parseGlossary(GLOSSARY, 'glossary.yaml');
  const prepared = prepareText(release.text, file, matchersFor(glossary, createMatcher));
  const from = prepared.doc.locale;
  for (const locale of ['en', 'th', 'zh'] as const) {
    if (locale === from) continue;
    const how = release.translations?.[locale] ?? REVIEWED;
    const units: TmUnit[] = prepared.segments
      .filter((segment) => needsTranslation(segment.source))
      .filter((_, index) => index !== how.skip)
      .map((segment) => ({
        id: segment.id,
        source: segment.source,
        target: fakeTranslate(segment.source, locale),
        state: how.state,
        origin: how.origin,
      }));
    const xlf = join(dir, 'content/translations', prepared.doc.slug, `${locale}.xlf`);
    await mkdir(dirname(xlf), { recursive: true });
    await writeFile(xlf, stringifyXliff({ release: prepared.doc.slug, srcLang: from, trgLang: locale, units }));
  }
}

export async function makeProject(releases: ProjectRelease[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'silkbridge-publish-'));
  await mkdir(join(dir, 'content/releases'), { recursive: true });
  await writeFile(join(dir, 'content/glossary.yaml'), GLOSSARY);
  for (const release of releases) await addRelease(dir, release);
  return dir;
}

export async function removeProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface RunResult {
  code: number;
  out: string[];
  err: string[];
}

/** `npm run publish` in `cwd`, with the repository's templates; output captured. */
export async function runPublish(cwd: string, options: Partial<PublishOptions> = {}): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await publish({
    cwd,
    input: 'content/releases',
    out: 'dist',
    glossary: 'content/glossary.yaml',
    memory: 'content/translations',
    templates: TEMPLATES,
    log: (line) => out.push(line),
    logError: (line) => err.push(line),
    ...options,
  });
  return { code, out, err };
}

/** Every file under `dir` (and every folder, as `path/`) with its exact bytes, base64. */
export async function snapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const path = relative(dir, join(entry.parentPath, entry.name));
    result[entry.isDirectory() ? `${path}/` : path] = entry.isDirectory()
      ? ''
      : (await readFile(join(dir, path))).toString('base64');
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => a.localeCompare(b)));
}

export const CONTACT_RELEASE = `---
title: WeChat opens a new office
subtitle: A short subtitle
summary: The summary of the release
lang: en
release_id: "2025-001"
date: 2025-11-27
city: { en: Bangkok, th: กรุงเทพฯ, zh: 曼谷 }
contact:
  name: Ivy Huang
  organization: Example Media
  email: press@example.com
  website: https://example.com
---

WeChat opened a new office in the city today. The office serves many partners.

## Next steps

The team plans more work with local partners.
`;

/** Every way raw HTML or a script URL can be smuggled into Markdown. */
export const HOSTILE = `---
title: Hostile <script>alert('title')</script>
lang: en
---

Hello <script>alert(1)</script> world <img src=x onerror="alert(2)"> and <a href="javascript:alert(3)">a link</a>.

<script>alert(4)</script>

<img src="x" onerror="alert(5)">

<iframe src="https://evil.example"></iframe>

See [x](javascript:alert(6)) and [y](  JavaScript:alert(7)) and ![z](javascript:alert(8)) and <javascript:alert(9)>.

[ref]: javascript:alert(10)

Use [the ref][ref] and <div onmouseover="alert(11)">hover</div>.
`;

/** The page's JSON-LD blocks, parsed; they must be the only scripts and their text must not end the element early. */
export function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? '') as unknown,
  );
}

export function assertClean(page: string): void {
  // Our own JSON-LD is the one script a page may have; it holds no `<`, so it cannot carry markup.
  const html = page.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '');
  // Markup, not text inside a quoted attribute value (a title may say `<script>` in `og:title`).
  const markup = html.replace(/="[^"]*"/g, '=""');
  expect(markup).not.toMatch(/<script/i);
  expect(markup).not.toMatch(/<iframe/i);
  expect(markup).not.toMatch(/\son\w+\s*=/i);
  expect(markup).not.toMatch(/<div/i);
  // A `javascript:` link may survive as visible text (`<javascript:…>` is an autolink); never as a URL.
  const urls = [...html.matchAll(/\s(?:href|src|action|formaction|poster|srcset)\s*=\s*"([^"]*)"/gi)].map(
    (m) => m[1] ?? '',
  );
  for (const url of urls) expect(url).toMatch(/^(https?:|mailto:|\.\.\/|#)/);
  expect(html).not.toMatch(/=\s*"?\s*javascript:/i);
}
