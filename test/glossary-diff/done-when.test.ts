// Issue 4, "done when": in a git repository holding the seed release, its glossary and its reviewed memory,
// change one entry's Thai form. `localize` re-renders the Thai output with the new form and sends no engine
// character; `glossary:diff` lists exactly the Thai sentences that lock the term, and none in zh or en.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryDiffReport } from '../../pipeline/glossary-diff/types.ts';
import { matchersFor, prepareRelease } from '../../pipeline/index.ts';
import { loadGlossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { glossaryDiff } from '../../scripts/commands/glossary-diff.ts';
import { localize } from '../../scripts/commands/localize.ts';
import type { RunReport } from '../../pipeline/run/report.ts';
import { cleanEnv, collect, editGlossary, GLOSSARY, removeTempDirs, seedRepository } from './helpers.ts';

const OLD_FORM = 'เส้นทางสายไหมดิจิทัล';
const NEW_FORM = 'เส้นทางสายไหมยุคดิจิทัล';
const RELEASE = 'content/releases/digital-silk-road.md';

async function runLocalize(dir: string, out: string): Promise<{ code: number; report: RunReport }> {
  const { log } = collect();
  const code = await localize({
    cwd: dir,
    input: 'content/releases',
    to: ['th', 'zh', 'en'],
    provider: 'memory',
    out,
    report: `${out}/report.json`,
    glossary: GLOSSARY,
    memory: 'content/translations',
    env: cleanEnv(),
    log,
  });
  return { code, report: JSON.parse(readFileSync(join(dir, out, 'report.json'), 'utf8')) as RunReport };
}

describe('a Thai form change in the glossary (digital-silk-road)', () => {
  let dir: string;
  /** Segments whose masked source locks the term, counted from the source alone. */
  let locking: string[];
  /** localize with the committed glossary, before the edit. */
  let before: { code: number; report: RunReport };

  afterAll(removeTempDirs);
  beforeAll(async () => {
    dir = seedRepository();
    const glossary = await loadGlossary(join(dir, GLOSSARY));
    const release = prepareRelease(join(dir, RELEASE), matchersFor(glossary, createMatcher));
    locking = release.segments
      .filter((s) => s.source.some((r) => r.type === 'lock' && r.term === 'digital-silk-road'))
      .map((s) => s.id);
    before = await runLocalize(dir, 'out-before');
    editGlossary(
      dir,
      `forms: { en: Digital Silk Road, th: ${OLD_FORM}, zh: 数字丝绸之路 }`,
      `forms: { en: Digital Silk Road, th: ${NEW_FORM}, zh: 数字丝绸之路 }`,
    );
  });

  it('is seen in five sentences of the seed release', () => {
    expect(locking).toHaveLength(5);
  });

  it('localize re-renders Thai with the new form from the memory alone: 0 characters sent', async () => {
    expect(before.code).toBe(0);
    const after = await runLocalize(dir, 'out-after');
    expect(after.code).toBe(0);
    expect(after.report.totals.chars_sent).toBe(0);
    expect(after.report.totals.engine).toBe(0);
    expect(after.report.releases[0]?.locales.th?.chars_sent).toBe(0);
    expect(after.report.releases[0]?.locales.th?.missing).toBe(0);

    const read = (out: string, locale: string) => readFileSync(join(dir, out, locale, 'digital-silk-road.md'), 'utf8');
    const thBefore = read('out-before', 'th');
    const thAfter = read('out-after', 'th');
    expect(thBefore).not.toContain(NEW_FORM);
    expect(thAfter.split(NEW_FORM).length - 1).toBeGreaterThanOrEqual(locking.length);
    // The only difference is the form: putting the old form back gives the old output, byte for byte.
    expect(thAfter.replaceAll(NEW_FORM, OLD_FORM)).toBe(thBefore);
    expect(read('out-after', 'zh')).toBe(read('out-before', 'zh'));
    expect(read('out-after', 'en')).toBe(read('out-before', 'en'));
  });

  it('glossary:diff lists exactly the Thai sentences locking the term, and none in zh or en', async () => {
    const { text, log } = collect();
    const code = await glossaryDiff({
      cwd: dir,
      format: 'json',
      glossary: GLOSSARY,
      input: 'content/releases',
      memory: 'content/translations',
      env: cleanEnv(),
      log,
    });
    expect(code).toBe(0);
    const report = JSON.parse(text()) as GlossaryDiffReport;
    expect(report.entries).toEqual({
      added: [],
      removed: [],
      changed: [
        { id: 'digital-silk-road', changes: [{ field: 'form', locale: 'th', before: OLD_FORM, after: NEW_FORM }] },
      ],
    });
    expect(report.releases).toHaveLength(1);
    const locales = report.releases[0]?.locales ?? [];
    expect(locales.map((l) => l.locale)).toEqual(['th']);
    const th = locales[0];
    expect(th?.changed.flatMap((c) => c.segments).sort()).toEqual([...locking].sort());
    expect(th?.needsTranslation).toEqual([]);
    for (const sentence of th?.changed ?? []) {
      expect(sentence.words.filter((w) => w.op === 'removed').map((w) => w.text)).toContain(OLD_FORM);
      expect(sentence.words.filter((w) => w.op === 'added').map((w) => w.text)).toContain(NEW_FORM);
      expect(sentence.after.replaceAll(NEW_FORM, OLD_FORM)).toBe(sentence.before);
    }
    expect(report.summary).toMatchObject({
      changed: 1,
      added: 0,
      removed: 0,
      sentences: locking.length,
      needsTranslation: 0,
      releasesScanned: 1,
      releasesAffected: 1,
    });
    expect(report.summary.byLocale).toEqual({
      th: { sentences: locking.length, needsTranslation: 0 },
      zh: { sentences: 0, needsTranslation: 0 },
      en: { sentences: 0, needsTranslation: 0 },
    });
  });
});
