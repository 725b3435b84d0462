// What the review shows besides the editor: fuzzy matches for a new sentence, the preview, the glossary changes.
import { writeFile } from 'node:fs/promises';
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
    const response = await harness.project.call('/api/glossary?base=HEAD');
    // The throwaway project is no git repository: the diff command's own message comes back as a bad request.
    expect(response.status).toBe(400);
    expect(String(response.data.error)).toContain('not inside a git repository');
  });
});
