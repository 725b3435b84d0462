import { describe, expect, it } from 'vitest';
import { LockError, maskRuns, restoreRuns, unmaskRuns } from '../../pipeline/lock/mask.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { normalizeRuns, runsText } from '../../pipeline/runs.ts';
import type { Run } from '../../pipeline/types.ts';
import { fixtureGlossary, glossary, REAL_TEXTS, realTexts, term } from './helpers.ts';

const QUOTES = /["“”«»]/;

/** Real text as runs: every quotation mark becomes a `ph` run, so terms sit next to non-text runs. */
function toRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const piece of text.split(/(["“”«»])/)) {
    if (QUOTES.test(piece) && piece.length === 1) runs.push({ type: 'ph', id: piece });
    else runs.push({ type: 'text', value: piece });
  }
  return runs;
}

function fromRuns(runs: readonly Run[]): string {
  return runs.map((r) => (r.type === 'text' ? r.value : r.type === 'ph' ? r.id : `{${r.type}}`)).join('');
}

describe.skipIf(!REAL_TEXTS)('maskRuns / unmaskRuns on real text', () => {
  const g = fixtureGlossary();
  const texts = realTexts();

  it('has real texts in all three locales', () => {
    expect(new Set(texts.map((t) => t.locale))).toEqual(new Set(['en', 'th', 'zh']));
  });

  for (const { name, locale, text } of texts) {
    it(`${name}: restoreRuns(maskRuns(x)) is x, and no text run still holds a term`, () => {
      const match = createMatcher(g, locale);
      const runs = toRuns(text);
      const masked = maskRuns(runs, match);
      expect(fromRuns(restoreRuns(masked.runs, masked.locks))).toBe(text);
      expect(masked.runs.filter((r) => r.type === 'lock').length).toBe(masked.locks.length);
      for (const run of masked.runs) if (run.type === 'text') expect(match(run.value)).toEqual([]);
    });

    it(`${name}: unmaskRuns(maskRuns(x), source locale) is x, variants written in the locked form`, () => {
      const masked = maskRuns(toRuns(text), createMatcher(g, locale));
      // The expected text, computed without the matcher: each variant spelling replaced by the form (longest first).
      const variants = g.terms
        .flatMap((t) => (t.variants[locale] ?? []).map((v) => ({ from: v, to: t.forms[locale] })))
        .sort((a, b) => b.from.length - a.from.length);
      const expected = variants.reduce((out, { from, to }) => out.replaceAll(from, to), text);
      expect(fromRuns(unmaskRuns(masked.runs, g, locale))).toBe(expected);
    });
  }

  it('locks terms in the real texts of every locale', () => {
    const counts = { en: 0, th: 0, zh: 0 };
    for (const { locale, text } of texts)
      counts[locale] += maskRuns(toRuns(text), createMatcher(g, locale)).locks.length;
    expect(counts.en).toBeGreaterThan(40);
    expect(counts.th).toBeGreaterThan(40);
    expect(counts.zh).toBeGreaterThan(15);
  });

  it('renders the Thai source in each output locale', () => {
    const th = texts.find((t) => t.name === 'thaigov-pm-huawei-apac-2024.th.txt');
    if (!th) throw new Error('corpus missing');
    const masked = maskRuns(toRuns(th.text), createMatcher(g, 'th'));
    const en = fromRuns(unmaskRuns(masked.runs, g, 'en'));
    const zh = fromRuns(unmaskRuns(masked.runs, g, 'zh'));
    expect(en).toContain('นายกรัฐมนตรียินดีกับ Huawei สำหรับ');
    expect(zh).toContain('นายกรัฐมนตรียินดีกับ 华为 สำหรับ');
    expect(zh).not.toContain('หัวเว่ย');
    expect(zh).toContain('赛塔·他威信');
  });
});

describe('maskRuns', () => {
  const g = glossary(term('tencent', 'Tencent'), term('tencent-cloud', 'Tencent Cloud'));
  const match = createMatcher(g, 'en');

  it('never matches across a non-text run', () => {
    const runs: Run[] = [
      { type: 'text', value: 'Tencent' },
      { type: 'open', id: '1' },
      { type: 'text', value: ' Cloud' },
      { type: 'close', id: '1' },
    ];
    expect(maskRuns(runs, match).runs).toEqual([{ type: 'lock', term: 'tencent' }, runs[1], runs[2], runs[3]]);
  });

  it('leaves other runs as they are and lists locks in order with the text they replaced', () => {
    const runs: Run[] = [
      { type: 'ph', id: '1' },
      { type: 'text', value: "Tencent Cloud and Tencent's" },
      { type: 'lock', term: 'x' },
    ];
    const { runs: out, locks } = maskRuns(runs, match);
    expect(out).toEqual([
      { type: 'ph', id: '1' },
      { type: 'lock', term: 'tencent-cloud' },
      { type: 'text', value: ' and ' },
      { type: 'lock', term: 'tencent' },
      { type: 'text', value: "'s" },
      { type: 'lock', term: 'x' },
    ]);
    expect(locks).toEqual([
      { term: 'tencent-cloud', matched: 'Tencent Cloud' },
      { term: 'tencent', matched: 'Tencent' },
    ]);
  });

  it('returns text runs without terms unchanged', () => {
    const runs: Run[] = [{ type: 'text', value: 'no names here' }];
    expect(maskRuns(runs, match)).toEqual({ runs, locks: [] });
  });
});

describe('unmaskRuns / restoreRuns', () => {
  const g = glossary(
    term('wechat-pay', 'WeChat Pay', {
      forms: { en: 'WeChat Pay', th: 'วีแชทเพย์', zh: '微信支付' },
      variants: { en: ['Wechat Pay'] },
    }),
  );

  it('renders each lock in the locale form and merges adjacent text', () => {
    const runs: Run[] = [
      { type: 'text', value: 'ใช้ ' },
      { type: 'lock', term: 'wechat-pay' },
      { type: 'text', value: ' ได้' },
    ];
    expect(unmaskRuns(runs, g, 'th')).toEqual([{ type: 'text', value: 'ใช้ วีแชทเพย์ ได้' }]);
    expect(runsText(unmaskRuns(runs, g, 'zh'))).toBe('ใช้ 微信支付 ได้');
  });

  it('writes the form where the source had a variant; restoreRuns gives the variant back', () => {
    const source: Run[] = [{ type: 'text', value: 'Pay with Wechat Pay.' }];
    const masked = maskRuns(source, createMatcher(g, 'en'));
    expect(runsText(unmaskRuns(masked.runs, g, 'en'))).toBe('Pay with WeChat Pay.');
    expect(restoreRuns(masked.runs, masked.locks)).toEqual(normalizeRuns(source));
  });

  it('throws LockError for a term the glossary lacks', () => {
    expect(() => unmaskRuns([{ type: 'lock', term: 'gone' }], g, 'en')).toThrow(LockError);
  });

  it('throws LockError when runs and locks disagree', () => {
    const lock: Run = { type: 'lock', term: 'wechat-pay' };
    expect(() => restoreRuns([lock], [])).toThrow(LockError);
    expect(() => restoreRuns([lock], [{ term: 'other', matched: 'x' }])).toThrow(LockError);
    expect(() => restoreRuns([], [{ term: 'wechat-pay', matched: 'x' }])).toThrow(/left over/);
  });
});
