// The re-run manifest (pipeline/run/manifest.ts, unchanged.ts): a release is left alone only while every input of
// it is unchanged, and each kind of input change re-runs exactly the releases it touches. Real runs of `localize`
// on a small project (three releases sharing boilerplate) plus the seed release; which releases were processed
// is read from the run report.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReleases } from '../../pipeline/run/index.ts';
import { localize, type LocalizeOptions } from '../../scripts/commands/localize.ts';
import type { RunReport } from '../../pipeline/run/report.ts';
import type { Manifest, ReleaseRecord } from '../../pipeline/run/manifest.ts';
import { approve, createReviewSource } from '../../pipeline/review/index.ts';
import { GLOSSARY, RELEASES } from '../engine/project.ts';
import { tempProject } from '../localize/helpers.ts';

const SEED = join(import.meta.dirname, '../../content');
/** A term no release uses. */
const UNUSED = `  - id: lanna-rail
    type: organization
    forms: { en: Lanna Rail, th: ลานนาเรล, zh: 兰纳铁路 }
    status: approved
    note: "Used by no release."
`;

let dir: string;
const env = () => ({ ...process.env, SILKBRIDGE_CACHE_DIR: join(dir, 'cache') });

beforeEach(() => {
  const files: Record<string, string> = { 'content/glossary.yaml': GLOSSARY + UNUSED };
  for (const [slug, text] of Object.entries(RELEASES)) files[`content/releases/${slug}.md`] = text;
  dir = tempProject(files);
  cpSync(join(SEED, 'releases/digital-silk-road.md'), join(dir, 'content/releases/digital-silk-road.md'));
  cpSync(join(SEED, 'translations/digital-silk-road'), join(dir, 'content/translations/digital-silk-road'), {
    recursive: true,
  });
  // The seed's glossary terms, after the project's own.
  const seedTerms = readFileSync(join(SEED, 'glossary.yaml'), 'utf8').split(/^terms:\n/m)[1] ?? '';
  writeFileSync(join(dir, 'content/glossary.yaml'), GLOSSARY + UNUSED + seedTerms);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The project's `localize` options: both target locales, memory then identity, memory saved. */
function options(): LocalizeOptions {
  return {
    cwd: dir,
    input: 'content/releases',
    to: ['th', 'zh'],
    provider: 'memory,identity',
    saveMemory: true,
    out: 'out',
    glossary: 'content/glossary.yaml',
    memory: 'content/translations',
    env: env(),
  };
}

/** One `localize` run; returns the slugs it processed (not reported unchanged), sorted, and the report. */
async function run(
  extra: Partial<LocalizeOptions> = {},
): Promise<{ processed: string[]; report: RunReport; code: number }> {
  const reportFile = join(dir, 'report.json');
  const lines: string[] = [];
  const code = await localize({
    ...options(),
    report: 'report.json',
    log: (line) => lines.push(line),
    ...extra,
  });
  if (process.env.DEBUG_MANIFEST) console.log(lines.join('\n'));
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as RunReport;
  const processed = report.releases
    .filter((release) => !release.unchanged)
    .map((release) => release.release)
    .sort();
  return { processed, report, code };
}

/** The project's manifest file. */
function manifestFile(): string {
  const cache = join(dir, 'cache');
  return join(cache, readdirSync(cache).find((n) => n.startsWith('manifest-') && n.endsWith('.json')) ?? '');
}

/** The records of the project's manifest (its first line; the second holds their request keys). */
function records(): ReleaseRecord[] {
  const [first] = readFileSync(manifestFile(), 'utf8').split('\n');
  return Object.values((JSON.parse(first ?? '') as Manifest).releases);
}

const ALL = ['branch-expansion', 'digital-silk-road', 'paylink-launch', 'wallet-partnership'];
const edit = (path: string, from: string | RegExp, to: string) => {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(file, next);
};
const outputs = () =>
  Object.fromEntries(
    ALL.flatMap((slug) =>
      ['th', 'zh'].map((l) => [`${l}/${slug}`, readFileSync(join(dir, 'out', l, `${slug}.md`), 'utf8')]),
    ),
  );

describe('re-run manifest', () => {
  it('leaves every release alone when nothing changed, and reports each as before', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.processed).toEqual(ALL);
    const before = outputs();
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.processed).toEqual([]);
    expect(second.report.releases.map((r) => r.release).sort()).toEqual(ALL);
    expect(second.report.totals.segments).toBe(first.report.totals.segments);
    expect(second.report.releases.every((r) => r.locales.th?.output && r.locales.zh?.output)).toBe(true);
    expect(outputs()).toEqual(before);
  });

  it('re-runs a release whose source changed, and only it', async () => {
    await run();
    edit('content/releases/branch-expansion.md', 'video banking', 'video and chat banking');
    expect((await run()).processed).toEqual(['branch-expansion']);
    // The releases left alone are brought to the memory as that run left it: the next run need not load it.
    expect(new Set(records().map((record) => record.memory)).size).toBe(1);
    expect((await run()).processed).toEqual([]);
  });

  it('re-runs a release whose organization file changed, and only it', async () => {
    mkdirSync(join(dir, 'content/organizations'));
    writeFileSync(
      join(dir, 'content/organizations/acme.yaml'),
      'name: Acme Media\nabout: Acme Media publishes news in Bangkok.\n',
    );
    edit('content/releases/wallet-partnership.md', /^lang: en$/m, 'lang: en\norganization: acme');
    await run();
    edit('content/organizations/acme.yaml', 'in Bangkok', 'in Lampang');
    expect((await run()).processed).toEqual(['wallet-partnership']);
    expect(readFileSync(join(dir, 'out/th/wallet-partnership.md'), 'utf8')).toContain('in Lampang');
    expect((await run()).processed).toEqual([]);
  });

  it('re-runs the releases that lock a term whose form changed, and no other', async () => {
    await run();
    edit('content/glossary.yaml', 'th: สมชาย รัตนกุล', 'th: คุณสมชาย รัตนกุล');
    const after = await run();
    expect(after.processed).toEqual(['paylink-launch', 'wallet-partnership']);
    expect(readFileSync(join(dir, 'out/th/paylink-launch.md'), 'utf8')).toContain('คุณสมชาย รัตนกุล');
  });

  it('re-runs nothing when a term no release uses changes', async () => {
    await run();
    edit('content/glossary.yaml', 'th: ลานนาเรล', 'th: ลานนา เรล');
    expect((await run()).processed).toEqual([]);
  });

  it('re-runs a release a new glossary term could lock', async () => {
    await run();
    edit(
      'content/glossary.yaml',
      UNUSED,
      `${UNUSED}  - id: chiang-mai-transit
    type: organization
    forms: { en: Chiang Mai Transit, th: ขนส่งเชียงใหม่, zh: 清迈交通 }
    status: approved
    note: "Only the bus release names it."
`,
    );
    expect((await run()).processed).toEqual(['wallet-partnership']);
  });

  it('re-runs a release whose memory target a reviewer approved', async () => {
    await run();
    const options = {
      cwd: dir,
      input: 'content/releases',
      memory: 'content/translations',
      glossary: 'content/glossary.yaml',
      reviewer: 'Test Reviewer',
    };
    const source = createReviewSource(options);
    const context = await source.context();
    const { prepared, file } = await source.release(context.glossary, 'branch-expansion');
    const segment = prepared.segments.find((s) =>
      s.source.some((r) => r.type === 'text' && r.value.includes('video banking')),
    );
    expect(segment).toBeDefined();
    await approve({ context, options, release: prepared, file, locale: 'th', segment: segment?.id ?? '' });
    expect((await run()).processed).toEqual(['branch-expansion']);
    expect((await run()).processed).toEqual([]);
  });

  it('re-runs a release whose memory file was changed by hand', async () => {
    await run();
    edit(
      'content/translations/digital-silk-road/zh.xlf',
      /state="translated"|state="final"|state="reviewed"/,
      'state="initial"',
    );
    expect((await run()).processed).toEqual(['digital-silk-road']);
  });

  it('re-runs a release whose memory file was changed by hand while another run was going', async () => {
    await run();
    edit('content/releases/branch-expansion.md', 'video banking', 'video and chat banking');
    // The run itself, to edit the memory between its look at it and its end (localize reports only after it).
    const processed: string[] = [];
    await runReleases(
      { ...options(), manifest: { out: 'out', onUnchanged: async () => undefined } },
      async ({ release }) => {
        processed.push(release.doc.slug);
        edit(
          'content/translations/digital-silk-road/zh.xlf',
          /state="translated"|state="final"|state="reviewed"/,
          'state="initial"',
        );
      },
    );
    expect(processed).toEqual(['branch-expansion']);
    expect((await run()).processed).toEqual(['digital-silk-road']);
  });

  it('reads the request keys only when the memory changed, and re-runs what it cannot check without them', async () => {
    await run();
    const [first] = readFileSync(manifestFile(), 'utf8').split('\n');
    writeFileSync(manifestFile(), `${first}\n{"damaged`);
    // The memory as recorded: the keys are not needed.
    expect((await run()).processed).toEqual([]);
    edit(
      'content/translations/digital-silk-road/zh.xlf',
      /state="translated"|state="final"|state="reviewed"/,
      'state="initial"',
    );
    // The memory changed: without their keys, no release can show that its targets did not.
    expect((await run()).processed).toEqual(ALL);
    expect((await run()).processed).toEqual([]);
  });

  it('re-runs every release when the tool version changes', async () => {
    await run({ toolVersion: '1.0.0' });
    expect((await run({ toolVersion: '1.0.0' })).processed).toEqual([]);
    expect((await run({ toolVersion: '1.0.1' })).processed).toEqual(ALL);
  });

  it('re-runs every release when the options change: locales, provider chain, output folder', async () => {
    await run();
    expect((await run({ to: ['th'] })).processed).toEqual(ALL);
    await run();
    expect((await run({ provider: 'identity' })).processed).toEqual(ALL);
    await run();
    expect((await run({ out: 'out2' })).processed).toEqual(ALL);
  });

  it('re-runs a release whose output was deleted or edited', async () => {
    await run();
    unlinkSync(join(dir, 'out/zh/paylink-launch.md'));
    edit('out/th/branch-expansion.md', /$/, '\nedited\n');
    expect((await run()).processed).toEqual(['branch-expansion', 'paylink-launch']);
    expect((await run()).processed).toEqual([]);
  });

  it('never records a release that could not be written, so it runs again', async () => {
    await run();
    edit('content/releases/branch-expansion.md', 'video banking', 'video and chat banking');
    // Another chain: every release runs once; the memory has all but the edited sentence.
    const failed = await run({ provider: 'memory', saveMemory: false });
    expect(failed.code).toBe(1);
    expect(failed.processed).toEqual(ALL);
    expect(failed.report.releases.find((r) => r.release === 'branch-expansion')?.locales.th?.output).toBeNull();
    expect((await run({ provider: 'memory', saveMemory: false })).processed).toEqual(['branch-expansion']);
  });

  it('keeps --check correct: current after a run, a deleted output named', async () => {
    await run();
    expect(await run({ check: true, saveMemory: false }).then((r) => r.code)).toBe(0);
    unlinkSync(join(dir, 'out/th/wallet-partnership.md'));
    const lines: string[] = [];
    const code = await localize({ ...options(), check: true, log: (line) => lines.push(line) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/out\/th\/wallet-partnership\.md: missing/);
  });

  it('ignores a damaged manifest and writes it again', async () => {
    await run();
    const cache = join(dir, 'cache');
    for (const name of readdirSync(cache))
      if (name.startsWith('manifest-') && name.endsWith('.json')) writeFileSync(join(cache, name), '{"version":1,"rel');
    expect((await run()).processed).toEqual(ALL);
    expect((await run()).processed).toEqual([]);
  });
});
