// The whole run on the first real release, from the repository's own content, offline.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { loadGlossary } from '../../pipeline/lock/glossary.ts';
import { parseMarkdown } from '../../pipeline/markdown.ts';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { localize } from '../../scripts/commands/localize.ts';
import type { RunReport } from '../../pipeline/run/report.ts';
import { collect } from './helpers.ts';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'silkbridge-out-'));
const reportFile = join(out, 'report.json');
let exitCode = -1;
let report: RunReport;
const logged = collect();

beforeAll(async () => {
  exitCode = await localize({
    cwd: root,
    input: 'content/releases',
    to: ['th', 'zh', 'en'],
    out,
    report: reportFile,
    glossary: 'content/glossary.yaml',
    memory: 'content/translations',
    provider: 'memory',
    log: logged.log,
  });
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as RunReport;
}, 60_000);

const read = (locale: string) => readFileSync(join(out, locale, 'digital-silk-road.md'), 'utf8');
const source = readFileSync(join(root, 'content/releases/digital-silk-road.md'), 'utf8');

/** The block structure of a document: node types in order, links with their URLs. */
function shape(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: { type: string; children?: unknown[]; url?: string; depth?: number }): void => {
    if (
      [
        'root',
        'heading',
        'paragraph',
        'list',
        'listItem',
        'table',
        'tableRow',
        'tableCell',
        'blockquote',
        'code',
        'html',
        'link',
        'image',
        'yaml',
      ].includes(node.type)
    ) {
      out.push(node.type + (node.url ? ` ${node.url}` : '') + (node.depth ? ` h${node.depth}` : ''));
    }
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return out;
}

describe('npm run localize on the seed release', () => {
  it('exits 0 with every th and zh segment from the memory', () => {
    expect(exitCode, logged.lines.join('\n')).toBe(0);
    const locales = report.releases.find((r) => r.release === 'digital-silk-road')?.locales;
    for (const locale of ['th', 'zh'] as const) {
      const row = locales?.[locale];
      expect(row?.missing).toBe(0);
      expect(row?.engine).toBe(0);
      expect(row?.chars_sent).toBe(0);
      expect(row?.memory).toBe(row?.segments);
      expect(row?.qa.errors).toBe(0);
    }
    expect(logged.lines.some((line) => /^digital-silk-road\s+th\s+\d+/.test(line))).toBe(true);
  });

  it('prints no warning on the project as cloned: its glossary lints clean and no QA warning is raised', () => {
    expect(logged.lines.filter((line) => /warning\(s\)/.test(line))).toEqual([]);
    for (const locale of ['th', 'zh'] as const) {
      expect(report.releases.find((r) => r.release === 'digital-silk-road')?.locales[locale]?.qa.warnings).toBe(0);
    }
  });

  it('writes Thai text in Thai and Chinese text in Chinese', () => {
    const letters = (text: string, script: RegExp) => (text.match(script) ?? []).length;
    const th = read('th').split('\n---\n')[1] ?? '';
    const zh = read('zh').split('\n---\n')[1] ?? '';
    expect(letters(th, /\p{Script=Thai}/gu)).toBeGreaterThan(3 * letters(th, /\p{Script=Latin}/gu));
    expect(letters(zh, /\p{Script=Han}/gu)).toBeGreaterThan(3 * letters(zh, /\p{Script=Latin}/gu));
  });

  it('keeps the headings, paragraphs and links of the source in every locale', () => {
    const expected = shape(parseMarkdown(source));
    for (const locale of ['th', 'zh', 'en']) expect(shape(parseMarkdown(read(locale)))).toEqual(expected);
  });

  it('locks every glossary term of the source and renders it in its locked form at least as often', async () => {
    const glossary = await loadGlossary(join(root, 'content/glossary.yaml'));
    const release = prepareText(source, 'digital-silk-road.md', matchersFor(glossary, createMatcher));
    const locked = new Map<string, number>();
    for (const segment of release.segments)
      for (const lock of segment.locks) locked.set(lock.term, (locked.get(lock.term) ?? 0) + 1);
    // Every whole-word occurrence of an English form in the body is locked (front matter values are data).
    const body = source.split('\n---\n')[1] ?? '';
    for (const term of glossary.terms) {
      const written = body.split(term.forms.en).length - 1;
      if (
        written > 0 &&
        ![...glossary.terms].some(
          (other) => other !== term && other.forms.en.includes(term.forms.en) && body.includes(other.forms.en),
        )
      ) {
        expect(locked.get(term.id) ?? 0, term.id).toBe(written);
      }
    }
    // The title in the front matter is translated too, so count over the whole output.
    const outputs = { th: read('th'), zh: read('zh'), en: read('en') };
    for (const [term, count] of locked) {
      for (const [locale, text] of Object.entries(outputs) as ['th' | 'zh' | 'en', string][]) {
        const form = glossary.byId.get(term)?.forms[locale] ?? '';
        expect(text.split(form).length - 1, `${term} in ${locale}`).toBeGreaterThanOrEqual(count);
      }
    }
    expect(locked.size).toBeGreaterThan(35);
    for (const forbidden of ['Arena of Valor', 'RoV', 'TikTok']) expect(outputs.th).not.toContain(forbidden);
  });

  it('keeps data in the front matter and translates the title', () => {
    const th = read('th');
    expect(th).toContain('release_id: "89179058"');
    expect(th).toContain('website: https://www.52hrtt.com');
    expect(th).toMatch(/\nlang: th\n/);
    expect(read('zh')).toMatch(/^---\ntitle: .*[\u4e00-\u9fff]/);
    expect(existsSync(join(out, 'en', 'digital-silk-road.md'))).toBe(true);
  });
});
