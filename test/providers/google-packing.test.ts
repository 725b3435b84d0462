// Packing a real run's segments: every batch within the limits, every segment sent once and in input order within
// its batch, and no more requests than the characters need: ceil(characters / maxCodePoints) + one per locale pair.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { loadGlossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { codePointLength, packBatches, type BatchItem } from '../../pipeline/providers/google-batches.ts';
import { runsToHtml } from '../../pipeline/providers/html-codec.ts';
import { requestsFor } from '../../pipeline/translate/requests.ts';
import { needsShared } from '../support/needs.ts';

const REPO = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'silkbridge-packing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function items(releases: number): Promise<BatchItem[]> {
  const corpus = join(dir, String(releases));
  execFileSync(process.execPath, [resolve(REPO, '../shared/bench/gen-corpus'), String(releases), corpus]);
  const glossary = await loadGlossary(join(REPO, 'content/glossary.yaml'));
  const matchers = matchersFor(glossary, createMatcher);
  const seen = new Set<string>();
  const out: BatchItem[] = [];
  for (const name of readdirSync(corpus).sort()) {
    const release = prepareText(readFileSync(join(corpus, name), 'utf8'), name, matchers);
    for (const request of requestsFor(release, ['th', 'zh'], glossary)) {
      if (seen.has(request.key)) continue;
      seen.add(request.key);
      const html = runsToHtml(request.source, request.lockForms);
      out.push({ request, html, size: codePointLength(html) });
    }
  }
  return out;
}

describe.skipIf(!needsShared('bench/gen-corpus'))('packBatches on a generated corpus', () => {
  it('fills requests to the limit, within the limits, keeping each segment once and in order', async () => {
    const all = await items(60);
    for (const maxCodePoints of [5_000, 1_500]) {
      const limits = { maxStrings: 1024, maxCodePoints };
      const batches = packBatches(all, limits);
      const chars = all.reduce((sum, item) => sum + item.size, 0);
      expect(batches.length).toBeLessThanOrEqual(Math.ceil(chars / maxCodePoints) + 2);
      const position = new Map(all.map((item, index) => [item, index]));
      for (const batch of batches) {
        expect(batch.size).toBeLessThanOrEqual(maxCodePoints);
        expect(batch.size).toBe(batch.items.reduce((sum, item) => sum + item.size, 0));
        expect(batch.items.every((item) => item.request.to === batch.to)).toBe(true);
        const order = batch.items.map((item) => position.get(item) ?? -1);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
      expect(
        batches.flatMap((batch) => batch.items).sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
      ).toEqual(all);
    }
  }, 60_000);

  it('keeps the string limit while filling', async () => {
    const all = (await items(10)).filter((item) => item.request.to === 'th');
    const batches = packBatches(all, { maxStrings: 5, maxCodePoints: 5_000 });
    expect(batches.every((batch) => batch.items.length <= 5)).toBe(true);
    expect(batches.flatMap((batch) => batch.items)).toHaveLength(all.length);
  });
});
