// What the review shows besides the editor: fuzzy matches for a new sentence, the preview, the glossary changes.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewHarness } from './helpers.ts';

const harness = reviewHarness();

interface Segment {
  id: string;
  category: string;
  target?: unknown[];
  source: { type: string; value?: string }[];
  fuzzy: { similarity: number; diff: { op: string; text: string }[]; target: unknown[] }[];
}

describe('review views', () => {
  it('offers the closest earlier translation for a sentence the memory lacks, the difference marked', async () => {
    await writeFile(
      join(harness.project.dir, 'content/releases/phuket-update.md'),
      '---\ntitle: Phuket update\nlang: en\n---\n\nSiam Lotus Bank opens a new office in Phuket tomorrow.\n',
    );
    const { status, data } = await harness.project.call('/api/release?release=phuket-update&locale=zh');
    expect(status).toBe(200);
    const segment = (data.segments as Segment[]).find((s) => s.source.some((r) => r.value?.includes('tomorrow')));
    expect(segment?.target).toBeUndefined();
    expect(segment?.category).toBe('fuzzy');
    const [best] = segment?.fuzzy ?? [];
    expect(best?.similarity).toBeGreaterThanOrEqual(0.75);
    expect(best?.diff.filter((part) => part.op !== 'same').map((part) => part.text.trim())).toEqual(
      expect.arrayContaining(['today', 'tomorrow']),
    );
    const title = (data.segments as Segment[]).find((s) => s.id !== segment?.id);
    expect(title?.category).toBe('missing');
  });

  it('previews the page with publish’s sanitizer: a hostile target stays text', async () => {
    const { data } = await harness.project.call('/api/release?release=lotus-cup&locale=en');
    const last = (data.segments as Segment[]).at(-1);
    const saved = await harness.project.call('/api/save', {
      body: {
        release: 'lotus-cup',
        locale: 'en',
        segment: last?.id,
        target: [{ type: 'text', value: '16 teams <img src=x onerror="alert(1)"> <script>alert(2)</script>' }],
      },
    });
    expect(saved.status).toBe(200);
    const preview = await harness.project.call('/api/preview?release=lotus-cup&locale=en');
    const html = String(preview.data.html);
    expect(html).toContain('<html lang="en">');
    // Shown as text (escaped), never as an element.
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('&#x3C;img src=x');
    expect(html).toContain('16 teams');
  });

  it('shows the glossary changes glossary:diff reports, against a base ref', async () => {
    const { dir } = harness.project;
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
    const outside = await harness.project.call('/api/glossary?base=HEAD');
    expect(outside.status).toBe(400);
    expect(String(outside.data.error)).toContain('not inside a git repository');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'base');
    const glossary = join(dir, 'content/glossary.yaml');
    await writeFile(glossary, (await readFile(glossary, 'utf8')).replace('暹罗莲花银行', '暹罗莲花商业银行'));
    const { status, data } = await harness.project.call('/api/glossary?base=HEAD');
    expect(status).toBe(200);
    const report = data as {
      entries: { changed: { id: string }[] };
      releases: { release: string; locales: { locale: string; changed: unknown[] }[] }[];
    };
    expect(report.entries.changed.map((c) => c.id)).toEqual(['siam-lotus-bank']);
    const office = report.releases.find((r) => r.release === 'phuket-office');
    expect(office?.locales.find((l) => l.locale === 'zh')?.changed.length).toBeGreaterThan(0);
  });
});
