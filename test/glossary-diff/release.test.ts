// One release under two glossaries, on the seed release and its reviewed memory: exactly the sentences whose
// output changes, per locale; a change of matching reports "needs translation" instead of guessing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assemble } from '../../pipeline/assemble/index.ts';
import { alignSegments } from '../../pipeline/glossary-diff/align.ts';
import { diffRelease } from '../../pipeline/glossary-diff/release.ts';
import { DIFF_LOCALES, sideOf } from '../../pipeline/glossary-diff/report.ts';
import type { LocaleDiff } from '../../pipeline/glossary-diff/types.ts';
import { sidesOf } from '../../pipeline/glossary-diff/words.ts';
import { prepareText } from '../../pipeline/index.ts';
import { parseGlossary, type Glossary } from '../../pipeline/lock/glossary.ts';
import { runsKey } from '../../pipeline/runs.ts';
import { emptyMemory, loadMemory, remember, type TranslationMemory } from '../../pipeline/tm/index.ts';
import type { Locale, Run } from '../../pipeline/types.ts';
import { GLOSSARY, ROOT } from './helpers.ts';

const SEED = join(ROOT, 'content/releases/digital-silk-road.md');
const seedText = readFileSync(SEED, 'utf8');
const glossaryText = readFileSync(join(ROOT, GLOSSARY), 'utf8');
const base = parseGlossary(glossaryText, 'old.yaml');
let memory: TranslationMemory;

beforeAll(async () => {
  memory = await loadMemory(join(ROOT, 'content/translations'));
});

function edited(from: string, to: string): Glossary {
  expect(glossaryText.split(from)).toHaveLength(2);
  return parseGlossary(glossaryText.replace(from, to), 'new.yaml');
}

function diffSeed(after: Glossary, before: Glossary = base): Record<Locale, LocaleDiff> {
  const diff = diffRelease({
    text: seedText,
    file: SEED,
    before: sideOf(before),
    after: sideOf(after),
    memory,
    locales: DIFF_LOCALES,
  });
  expect(diff.locales.map((l) => l.locale)).toEqual(['th', 'zh', 'en']);
  return Object.fromEntries(diff.locales.map((l) => [l.locale, l])) as Record<Locale, LocaleDiff>;
}

/** Ids of the seed's segments that lock `term`, counted from the source alone. */
function segmentsLocking(term: string, glossary: Glossary = base): string[] {
  const { segments } = prepareText(seedText, SEED, sideOf(glossary).matchers);
  return segments.filter((s) => s.source.some((run) => run.type === 'lock' && run.term === term)).map((s) => s.id);
}

describe('diffRelease on the seed release', () => {
  it('finds nothing when the glossary is unchanged, and every sentence has a translation', () => {
    const diff = diffSeed(parseGlossary(glossaryText, 'same.yaml'));
    for (const locale of DIFF_LOCALES)
      expect(diff[locale]).toEqual({ locale, changed: [], needsTranslation: [], untranslated: 0 });
  });

  it('a Thai form change lists exactly the Thai sentences locking the term, old form out, new form in', () => {
    const diff = diffSeed(edited('th: เทนเซ็นต์', 'th: เทนเซนต์'));
    const expected = segmentsLocking('tencent');
    expect(expected.length).toBe(2);
    expect(diff.th.changed.flatMap((c) => c.segments).sort()).toEqual([...expected].sort());
    for (const change of diff.th.changed) {
      expect(change.before).toContain('เทนเซ็นต์');
      expect(change.after).toContain('เทนเซนต์');
      expect(change.words.filter((w) => w.op !== 'same')).toEqual([
        { op: 'removed', text: 'เทนเซ็นต์' },
        { op: 'added', text: 'เทนเซนต์' },
      ]);
      expect(sidesOf(change.words)).toEqual({ before: change.before, after: change.after });
    }
    expect(diff.zh.changed).toEqual([]);
    expect(diff.en.changed).toEqual([]);
  });

  it('a Chinese form change shows only in zh; an English form change shows in the English source output', () => {
    const zh = diffSeed(edited('zh: 腾讯云', 'zh: 腾讯云计算'));
    expect(zh.zh.changed.map((c) => c.words.filter((w) => w.op !== 'same').map((w) => w.text))).toEqual([
      ['腾讯云', '腾讯云计算'],
    ]);
    expect(zh.th.changed.length + zh.en.changed.length).toBe(0);

    // "BIG C" stays a variant, so the source still matches and only the rendering changes.
    const en = diffSeed(
      edited(
        'forms: { en: BIG C, th: บิ๊กซี, zh: Big C }\n    variants: { en: [Big C] }',
        'forms: { en: Big C, th: บิ๊กซี, zh: Big C }\n    variants: { en: [BIG C] }',
      ),
    );
    expect(en.en.changed.map((c) => [c.before?.includes('BIG C'), c.after.includes('Big C')])).toEqual([[true, true]]);
    expect(en.th.changed.length + en.zh.changed.length).toBe(0);
  });

  it('a removed entry changes the masked source: translated sentences become "needs translation", no guess', () => {
    const diff = diffSeed(
      edited(
        '  - id: wetv\n    type: brand\n    keep: WeTV\n    status: approved\n',
        '  - id: wetv-retired\n    type: brand\n    keep: WeTV Asia\n    status: approved\n',
      ),
    );
    const locked = segmentsLocking('wetv');
    for (const locale of ['th', 'zh'] as const) {
      expect(diff[locale].changed).toEqual([]);
      expect(diff[locale].needsTranslation.map((n) => n.source)).toHaveLength(locked.length);
      expect(diff[locale].needsTranslation[0]?.source).toMatch(/^WeTV, the international streaming platform/);
      expect(diff[locale].needsTranslation[0]?.key).toContain('WeTV, the international');
      expect(diff[locale].needsTranslation[0]?.before).not.toBeNull();
    }
    // The English output printed the form "WeTV" and now prints the source text "WeTV": nothing changes.
    expect(diff.en).toEqual({ locale: 'en', changed: [], needsTranslation: [], untranslated: 0 });
  });

  it('a Thai form given to a name kept in Latin re-renders only the Thai sentences locking it', () => {
    const diff = diffSeed(
      edited('forms: { en: Tencent Video, th: Tencent Video,', 'forms: { en: Tencent Video, th: เทนเซ็นต์วิดีโอ,'),
    );
    expect(diff.th.changed.map((c) => c.segments)).toEqual(segmentsLocking('tencent-video').map((id) => [id]));
  });
});

describe('alignSegments', () => {
  const glossary = parseGlossary(
    'version: 1\nterms:\n  - id: acme\n    type: brand\n    forms: { en: Acme. Group, th: แอคมี, zh: 艾克米 }\n    status: approved\n    note: x\n',
    'g.yaml',
  );
  const empty = parseGlossary('version: 1\nterms:\n', 'empty.yaml');
  const text = 'We met the team of Acme. Group leaders came too. It went well.\n';

  it('groups two old sentences with the one new sentence that covers the same source text', () => {
    const before = prepareText(text, 'a.md', sideOf(empty).matchers);
    const after = prepareText(text, 'a.md', sideOf(glossary).matchers);
    const [oldBlock, newBlock] = [before.blocks[0], after.blocks[0]];
    if (!oldBlock || !newBlock) throw new Error('no block');
    const groups = alignSegments(oldBlock, before.segments, newBlock, after.segments);
    expect(groups.map((g) => [g.before.length, g.after.length])).toEqual([
      [2, 1],
      [1, 1],
    ]);
  });

  it('reports the merged sentence as needing translation, with the two old translations as "before"', () => {
    const memory = emptyMemory();
    const before = prepareText(text, 'a.md', sideOf(empty).matchers);
    for (const segment of before.segments) {
      remember(memory, 'en', 'th', runsKey(segment.source), {
        runs: [{ type: 'text', value: `[th] ${runsKey(segment.source)}` }],
        state: 'reviewed',
        origin: 'human',
      });
    }
    const diff = diffRelease({
      text,
      file: 'a.md',
      before: sideOf(empty),
      after: sideOf(glossary),
      memory,
      locales: ['th', 'en'],
    });
    const th = diff.locales[0];
    expect(th?.needsTranslation).toHaveLength(1);
    expect(th?.needsTranslation[0]?.before).toBe('[th] We met the team of Acme. [th] Group leaders came too.');
    expect(th?.needsTranslation[0]?.source).toBe('We met the team of Acme. Group leaders came too.');
    expect(th?.changed).toEqual([]);
    // English renders the source: the same characters, so no change either.
    expect(diff.locales[1]?.changed).toEqual([]);
  });

  it('joins the old Chinese sentences as assembly writes them: no space between them', () => {
    const memory = emptyMemory();
    const before = prepareText(text, 'a.md', sideOf(empty).matchers);
    const zh = ['我们见到了 Acme 的团队。', '集团领导也来了。', '一切顺利。'];
    const targets = new Map<string, Run[]>();
    for (const [i, segment] of before.segments.entries()) {
      const runs: Run[] = [{ type: 'text', value: zh[i] ?? '' }];
      targets.set(segment.id, runs);
      remember(memory, 'en', 'zh', runsKey(segment.source), { runs, state: 'reviewed', origin: 'human' });
    }
    const diff = diffRelease({
      text,
      file: 'a.md',
      before: sideOf(empty),
      after: sideOf(glossary),
      memory,
      locales: ['zh'],
    });
    const shown = diff.locales[0]?.needsTranslation[0]?.before;
    expect(shown).toBe('我们见到了 Acme 的团队。集团领导也来了。');
    const assembled = assemble({ ...before, targets, locale: 'zh', glossary: empty });
    expect(assembled).toBe('我们见到了 Acme 的团队。集团领导也来了。一切顺利。\n');
  });
});
