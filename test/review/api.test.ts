// The review API without a browser: who may call it, and what each edit writes to the memory file.
import { request } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXliff } from '../../pipeline/tm/xliff.ts';
import type { Run } from '../../pipeline/types.ts';
import { REVIEWER, reviewHarness } from './helpers.ts';

const harness = reviewHarness();

interface Segment {
  id: string;
  source: Run[];
  target?: Run[];
  state?: string;
  category: string;
  reviewer?: string;
  reviewedAt?: string;
  findings: { check: string; severity: string }[];
  notes: { category?: string; text: string }[];
}

/** A GET with a Host header of our choosing (fetch does not let a caller set it). */
function rawGet(port: number, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

async function segments(release: string, locale: string): Promise<Segment[]> {
  const { status, data } = await harness.project.call(`/api/release?release=${release}&locale=${locale}`);
  expect(status).toBe(200);
  return data.segments as Segment[];
}

async function memoryUnit(release: string, locale: string, id: string) {
  const path = join(harness.project.dir, 'content/translations', release, `${locale}.xlf`);
  return parseXliff(await readFile(path, 'utf8'), path).units.find((unit) => unit.id === id);
}

describe('review API: access', () => {
  it('refuses a call without the token, or with a wrong one', async () => {
    expect((await harness.project.call('/api/releases', { token: null })).status).toBe(401);
    expect((await harness.project.call('/api/releases', { token: 'guess' })).status).toBe(401);
    expect((await harness.project.call('/api/releases')).status).toBe(200);
  });

  it('refuses a Host that is not this server (DNS rebinding)', async () => {
    const { port, token } = harness.project.server;
    expect(await rawGet(port, '/api/releases', { host: 'evil.example', 'x-review-token': token })).toBe(421);
    expect(await rawGet(port, '/', { host: `attacker.example:${port}` })).toBe(421);
    expect(await rawGet(port, '/api/releases', { host: `127.0.0.1:${port}`, 'x-review-token': token })).toBe(200);
  });

  it('refuses a POST from another origin or another site, even with the token', async () => {
    const [first] = await segments('phuket-office', 'zh');
    const body = { release: 'phuket-office', locale: 'zh', segment: first?.id };
    const cross = await harness.project.call('/api/approve', { body, headers: { origin: 'https://evil.example' } });
    expect(cross.status).toBe(403);
    const site = await harness.project.call('/api/approve', { body, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(site.status).toBe(403);
    const form = await harness.project.call('/api/approve', { body, headers: { 'content-type': 'text/plain' } });
    expect(form.status).toBe(415);
    expect((await memoryUnit('phuket-office', 'zh', first?.id ?? ''))?.state).toBe('translated');
  });

  it('serves pages with a CSP that allows no inline script', async () => {
    const page = await harness.project.call('/editor.html', { token: null });
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(String(page.data.text)).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect((await harness.project.call('/../package.json', { token: null })).status).toBe(404);
  });
});

describe('review API: edits', () => {
  it('lists every release × target locale with counts by state', async () => {
    const { data } = await harness.project.call('/api/releases');
    const rows = data.releases as {
      release: string;
      locale: string;
      segments: number;
      counts: Record<string, number>;
    }[];
    expect(rows.map((r) => `${r.release}/${r.locale}`).sort()).toEqual([
      'lotus-cup/en',
      'lotus-cup/th',
      'phuket-office/th',
      'phuket-office/zh',
    ]);
    for (const row of rows) expect(row.counts.engine).toBe(row.segments);
  });

  it('refuses to approve while a QA error stands, and writes nothing', async () => {
    const segment = (await segments('phuket-office', 'zh')).find((s) => s.source.some((r) => r.type === 'lock'));
    if (!segment?.target) throw new Error('expected a segment with a lock and a target');
    const before = await readFile(join(harness.project.dir, 'content/translations/phuket-office/zh.xlf'), 'utf8');
    const withoutLock = segment.target.filter((run) => run.type !== 'lock');
    const checked = await harness.project.call('/api/check', {
      body: { release: 'phuket-office', locale: 'zh', segment: segment.id, target: withoutLock },
    });
    expect((checked.data.findings as { check: string }[]).map((f) => f.check)).toContain('locks');
    const refused = await harness.project.call('/api/approve', {
      body: { release: 'phuket-office', locale: 'zh', segment: segment.id, target: withoutLock },
    });
    expect(refused.status).toBe(409);
    expect((refused.data.findings as { check: string }[]).map((f) => f.check)).toContain('locks');
    expect(await readFile(join(harness.project.dir, 'content/translations/phuket-office/zh.xlf'), 'utf8')).toBe(before);
    // Saved without the lock, it stays refused until the lock is back.
    await harness.project.call('/api/save', {
      body: { release: 'phuket-office', locale: 'zh', segment: segment.id, target: withoutLock },
    });
    const saved = (await segments('phuket-office', 'zh')).find((s) => s.id === segment.id);
    expect(saved?.findings.some((f) => f.check === 'locks' && f.severity === 'error')).toBe(true);
    const again = await harness.project.call('/api/approve', {
      body: { release: 'phuket-office', locale: 'zh', segment: segment.id },
    });
    expect(again.status).toBe(409);
  });

  it('refuses a target that invents a locked term or an inline code', async () => {
    const [first] = await segments('phuket-office', 'zh');
    const response = await harness.project.call('/api/save', {
      body: {
        release: 'phuket-office',
        locale: 'zh',
        segment: first?.id,
        target: [...(first?.target ?? []), { type: 'lock', term: 'somchai-rattanakul' }],
      },
    });
    expect(response.status).toBe(400);
    expect(String(response.data.error)).toContain('invents');
  });

  it('approves (state, reviewer, time in the XLIFF), shows it after a reload, and un-approves', async () => {
    const [first] = await segments('lotus-cup', 'en');
    const id = first?.id ?? '';
    const approved = await harness.project.call('/api/approve', {
      body: { release: 'lotus-cup', locale: 'en', segment: id },
    });
    expect(approved.status).toBe(200);
    expect(await memoryUnit('lotus-cup', 'en', id)).toMatchObject({
      state: 'reviewed',
      reviewer: REVIEWER,
      reviewedAt: '2026-01-02T03:04:05.000Z',
    });
    const reloaded = (await segments('lotus-cup', 'en')).find((s) => s.id === id);
    expect(reloaded).toMatchObject({ category: 'reviewed', state: 'reviewed', reviewer: REVIEWER });
    const back = await harness.project.call('/api/unapprove', {
      body: { release: 'lotus-cup', locale: 'en', segment: id },
    });
    expect(back.status).toBe(200);
    const unit = await memoryUnit('lotus-cup', 'en', id);
    expect(unit?.state).toBe('translated');
    expect(unit?.reviewer).toBeUndefined();
    expect((await segments('lotus-cup', 'en')).find((s) => s.id === id)?.category).toBe('engine');
  });

  it('saves an edit as the reviewer, and a comment as an XLIFF note that survives the next edit', async () => {
    const [first] = await segments('phuket-office', 'th');
    const id = first?.id ?? '';
    const comment = await harness.project.call('/api/comment', {
      body: { release: 'phuket-office', locale: 'th', segment: id, text: 'check the office name' },
    });
    expect(comment.status).toBe(200);
    const target = [{ type: 'text', value: 'สำนักงานใหม่' }, ...(first?.source.filter((r) => r.type !== 'text') ?? [])];
    const saved = await harness.project.call('/api/save', {
      body: { release: 'phuket-office', locale: 'th', segment: id, target },
    });
    expect(saved.status).toBe(200);
    const unit = await memoryUnit('phuket-office', 'th', id);
    expect(unit?.notes).toEqual([{ category: 'comment', text: 'check the office name' }]);
    expect(unit).toMatchObject({ state: 'translated', origin: REVIEWER });
    const reloaded = (await segments('phuket-office', 'th')).find((s) => s.id === id);
    expect(reloaded?.target?.[0]).toEqual({ type: 'text', value: 'สำนักงานใหม่' });
    expect(reloaded?.category).toBe('human');
  });

  it('names a bad request in one line', async () => {
    const unknown = await harness.project.call('/api/release?release=nope&locale=zh');
    expect(unknown.status).toBe(400);
    expect(String(unknown.data.error)).toContain('nope');
    const wrongLocale = await harness.project.call('/api/release?release=lotus-cup&locale=zh');
    expect(wrongLocale.status).toBe(400);
  });
});
