// A throwaway project for the review: the engine tests' glossary, two short releases of our own (English and
// Chinese source) and a memory whose targets are emulator output; plus a server on a free port and calls to it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { pseudoTranslate } from '../../emulator/swap-script.ts';
import { matchersFor, prepareRelease } from '../../pipeline/index.ts';
import { loadGlossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { tmPath } from '../../pipeline/tm/index.ts';
import { stringifyXliff } from '../../pipeline/tm/xliff.ts';
import { LOCALES, type Run } from '../../pipeline/types.ts';
import { startReviewServer, TOKEN_HEADER, type ReviewServer } from '../../review/server.ts';
import { GLOSSARY } from '../engine/project.ts';

export const RELEASES: Record<string, string> = {
  'phuket-office': `---
title: Siam Lotus Bank opens an office in Phuket
lang: en
---

Siam Lotus Bank opens a new office in Phuket today.

The office has *12 staff* and opens at 9:00.
`,
  'lotus-cup': `---
title: 暹罗莲花银行赞助莲花杯
lang: zh
---

暹罗莲花银行今天宣布赞助莲花杯。

比赛共有16支球队参加。
`,
};

export const REVIEWER = 'Ada Reviewer';

export interface ReviewProject {
  dir: string;
  server: ReviewServer;
  origin: string;
  call(
    path: string,
    init?: { body?: unknown; headers?: Record<string, string>; token?: string | null },
  ): Promise<{
    status: number;
    data: Record<string, unknown>;
    headers: Headers;
  }>;
}

/** Emulator-like targets for every segment of every release in every target locale. */
export async function seedMemory(dir: string): Promise<void> {
  const glossary = await loadGlossary(join(dir, 'content/glossary.yaml'));
  const matchers = matchersFor(glossary, createMatcher);
  for (const slug of Object.keys(RELEASES)) {
    const release = prepareRelease(join(dir, 'content/releases', `${slug}.md`), matchers);
    for (const locale of LOCALES) {
      if (locale === release.doc.locale) continue;
      const target = (runs: Run[]): Run[] =>
        runs.map((run) => (run.type === 'text' ? { type: 'text', value: pseudoTranslate(run.value, locale) } : run));
      const units = release.segments.map((segment) => ({
        id: segment.id,
        block: segment.blockId,
        source: segment.source,
        target: target(segment.source),
        state: 'translated' as const,
        origin: 'google-emulator',
      }));
      const file = tmPath(join(dir, 'content/translations'), slug, locale);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, stringifyXliff({ release: slug, srcLang: release.doc.locale, trgLang: locale, units }));
    }
  }
}

export async function writeProject(dir: string): Promise<void> {
  await mkdir(join(dir, 'content/releases'), { recursive: true });
  await writeFile(join(dir, 'content/glossary.yaml'), GLOSSARY);
  for (const [slug, text] of Object.entries(RELEASES))
    await writeFile(join(dir, 'content/releases', `${slug}.md`), text);
}

/** A project with a seeded memory and a review server on it, fresh for each test. */
export function reviewHarness(): { readonly project: ReviewProject } {
  let current: ReviewProject | undefined;
  beforeEach(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'silkbridge-review-'));
    await writeProject(dir);
    await seedMemory(dir);
    const server = await startReviewServer({
      cwd: dir,
      port: 0,
      reviewer: REVIEWER,
      input: 'content/releases',
      memory: 'content/translations',
      glossary: 'content/glossary.yaml',
      now: () => new Date('2026-01-02T03:04:05.000Z'),
    });
    const origin = `http://127.0.0.1:${server.port}`;
    current = {
      dir,
      server,
      origin,
      async call(path, init = {}) {
        const headers: Record<string, string> = { ...init.headers };
        if (init.token !== null) headers[TOKEN_HEADER] = init.token ?? server.token;
        if (init.body !== undefined) headers['content-type'] ??= 'application/json';
        const response = await fetch(`${origin}${path}`, {
          method: init.body !== undefined ? 'POST' : 'GET',
          headers,
          ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        });
        const text = await response.text();
        let data: Record<string, unknown> = {};
        try {
          data = JSON.parse(text) as Record<string, unknown>;
        } catch {
          data = { text };
        }
        return { status: response.status, data, headers: response.headers };
      },
    };
  });
  afterEach(async () => {
    await current?.server.close();
    if (current) await rm(current.dir, { recursive: true, force: true });
    current = undefined;
  });
  return {
    get project() {
      if (!current) throw new Error('reviewHarness: no project outside a test');
      return current;
    },
  };
}
