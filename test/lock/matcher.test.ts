import { describe, expect, it } from 'vitest';
import { createMatcher, createScanner } from '../../pipeline/lock/matcher.ts';
import type { Locale } from '../../pipeline/types.ts';
import { fixtureGlossary, glossary, REAL_TEXTS, realTexts, term } from './helpers.ts';

/** The matched substrings with their term ids, for readable assertions. */
function found(g: ReturnType<typeof glossary>, text: string, locale: Locale = 'en'): string[] {
  return createMatcher(g, locale)(text).map((m) => `${m.term}:${text.slice(m.start, m.end)}`);
}

describe('createMatcher: Latin script', () => {
  const g = glossary(
    term('tencent', 'Tencent'),
    term('tencent-cloud', 'Tencent Cloud'),
    term('douyin', 'Douyin'),
    term('line-man', 'LINE MAN'),
  );

  it('matches whole words only', () => {
    expect(found(g, 'Tencentify and MyTencent and Tencent2 and 2Tencent')).toEqual([]);
    expect(found(g, 'Tencent, (Tencent) "Tencent" Tencent.')).toEqual(Array(4).fill('tencent:Tencent'));
    expect(found(g, 'pre-Tencent/Tencent_x')).toEqual(['tencent:Tencent', 'tencent:Tencent']);
  });

  it('locks the name in possessives and plurals and leaves the suffix as text', () => {
    const text = "Tencent's lead, Tencent’s cloud, two Douyins, the Tencentes, tencent and Tencents.";
    const matches = createMatcher(g, 'en')(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual([
      'Tencent',
      'Tencent',
      'Douyin',
      'Tencent',
      'Tencent',
    ]);
    expect(matches.map((m) => text.slice(m.end, m.end + 2))).toEqual(["'s", '’s', 's,', 'es', 's.']);
  });

  it('does not take a longer word for a plural', () => {
    expect(found(g, 'Tencentsy Douyinesque Tencentess')).toEqual([]);
  });

  it('prefers the longest match and never overlaps', () => {
    expect(found(g, 'Tencent Cloud and Tencent, Tencent Cloudy')).toEqual([
      'tencent-cloud:Tencent Cloud',
      'tencent:Tencent',
      'tencent:Tencent',
    ]);
  });

  it('prefers the leftmost match when two overlap', () => {
    const g2 = glossary(term('a', 'Silk Road'), term('b', 'Road Map'));
    expect(found(g2, 'Silk Road Map')).toEqual(['a:Silk Road']);
  });

  it('is case-sensitive by default, but takes the all-caps form of a dateline', () => {
    expect(found(g, 'tencent Line Man tenCent LINE MAN')).toEqual(['line-man:LINE MAN']);
    expect(found(g, 'SHENZHEN, Dec. 5, 2026 /PRNewswire/ -- TENCENT')).toEqual(['tencent:TENCENT']);
  });

  it('matches case-insensitive entries in any case, with exact offsets', () => {
    const g2 = glossary(term('big-c', 'BIG C', { caseSensitive: false }), term('tencent', 'Tencent'));
    const text = 'İİ Big C, big c, BIG C and bIg C; tencent Tencent';
    const matches = createMatcher(g2, 'en')(text);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['Big C', 'big c', 'BIG C', 'bIg C', 'Tencent']);
    // 'İ' lowers to two code units; it is left as is so the offsets after it stay exact.
    expect(matches[0]?.start).toBe(3);
  });

  it('matches variants as the entry', () => {
    const g2 = glossary(term('big-c', 'BIG C', { variants: { en: ['Big C'] } }));
    expect(found(g2, 'BIG C or Big C but not big c')).toEqual(['big-c:BIG C', 'big-c:Big C']);
  });

  it('gives UTF-16 offsets around astral characters', () => {
    const text = '😀Tencent 𠀀Tencent';
    const matches = createMatcher(g, 'en')(text);
    expect(matches.map((m) => [m.start, m.end])).toEqual([
      [2, 9],
      [12, 19],
    ]);
  });

  it('does not let a Latin letter from another alphabet glue on, but lets Thai or Han touch a Latin name', () => {
    expect(found(g, 'Tencenté éTencent')).toEqual([]);
    expect(found(g, 'บริษัทTencentเป็น 与Tencent合作', 'th')).toEqual(['tencent:Tencent', 'tencent:Tencent']);
  });
});

describe('createMatcher: Thai and Chinese', () => {
  const g = glossary(
    term('thailand', 'Thailand', { forms: { en: 'Thailand', th: 'ประเทศไทย', zh: '泰国' } }),
    term('wechat', 'WeChat', { forms: { en: 'WeChat', th: 'WeChat', zh: '微信' } }),
    term('wechat-pay', 'WeChat Pay', { forms: { en: 'WeChat Pay', th: 'วีแชทเพย์', zh: '微信支付' } }),
  );

  it('matches Thai terms inside running text, without word boundaries', () => {
    expect(found(g, 'ลงทุนในประเทศไทยต่อเนื่อง ชำระผ่านวีแชทเพย์ได้', 'th')).toEqual([
      'thailand:ประเทศไทย',
      'wechat-pay:วีแชทเพย์',
    ]);
  });

  it('matches Chinese terms inside running text, longest first', () => {
    expect(found(g, '在泰国使用微信支付和微信小程序', 'zh')).toEqual([
      'thailand:泰国',
      'wechat-pay:微信支付',
      'wechat:微信',
    ]);
  });

  it('matches only the patterns of the requested locale', () => {
    expect(found(g, '泰国 Thailand', 'en')).toEqual(['thailand:Thailand']);
  });
});

describe('createScanner.all', () => {
  it('lists every valid occurrence, nested ones included', () => {
    const scanner = createScanner([
      { text: 'Tencent', term: 'tencent', caseSensitive: true },
      { text: 'Tencent Cloud', term: 'tencent-cloud', caseSensitive: true },
      { text: 'Cloud', term: 'cloud', caseSensitive: true },
    ]);
    expect(
      scanner
        .all('Tencent Cloud')
        .map((m) => `${m.term}@${m.start}`)
        .sort(),
    ).toEqual(['cloud@8', 'tencent-cloud@0', 'tencent@0']);
  });
});

describe.skipIf(!REAL_TEXTS)('createMatcher on real text', () => {
  const g = fixtureGlossary();
  const texts = realTexts();

  it('locks every occurrence of every entry in the seed release', () => {
    const seed = texts.find((t) => t.name === 'seed-release.txt');
    if (!seed) throw new Error('seed release missing');
    const matches = createMatcher(g, 'en')(seed.text);
    const count = (id: string) => matches.filter((m) => m.term === id).length;
    // Counts read off the text by hand.
    expect(count('china-literature-group')).toBe(3);
    expect(count('tencent')).toBe(2); // "Tencent's Hunyuan", "at Tencent," (not "Tencent Cloud", "Tencent Video")
    expect(count('tencent-cloud')).toBe(1);
    expect(count('tencent-video')).toBe(1);
    expect(count('wechat-pay')).toBe(1);
    expect(count('wechat')).toBe(2);
    expect(count('webnovel')).toBe(2);
    expect(count('alibaba')).toBe(1);
    // Every entry whose English form occurs in the seed is locked as often as the form occurs as a whole word
    // outside a longer entry.
    for (const t of g.terms) {
      const longer = g.terms.filter((o) => o !== t && o.forms.en.includes(t.forms.en));
      const whole = new RegExp(`(?<![\\p{L}\\p{N}])${t.forms.en}(?![\\p{L}\\p{N}])`, 'gu');
      const all = seed.text.match(whole)?.length ?? 0;
      const inside = longer.reduce((n, o) => n + (seed.text.split(o.forms.en).length - 1), 0);
      expect(count(t.id), t.id).toBe(all - inside);
    }
  });

  it('finds the Thai and Chinese names of the corpus', () => {
    const byName = (name: string) => texts.find((t) => t.name === name);
    const th = byName('thaigov-pm-china-ambassador-50th-2024.th.txt');
    const zh = byName('tencent-weknora-launch-readme-2025.zh.txt');
    if (!th || !zh) throw new Error('corpus missing');
    const thTerms = new Set(createMatcher(g, 'th')(th.text).map((m) => m.term));
    expect([...thTerms]).toEqual(
      expect.arrayContaining(['xi-jinping', 'han-zhiqiang', 'paetongtarn-shinawatra', 'thailand']),
    );
    const zhTerms = createMatcher(g, 'zh')(zh.text).map((m) => m.term);
    expect(zhTerms.filter((t) => t === 'wechat').length).toBeGreaterThanOrEqual(8);
    // grep -o WeKnora on the body finds 13, of which 3 sit inside URLs and must not lock.
    const inUrls = zh.text.match(/https?:\/\/[^\s)"\p{Script=Han}]*WeKnora/gu)?.length ?? 0;
    expect(inUrls).toBe(3);
    expect(zhTerms.filter((t) => t === 'weknora').length).toBe(13 - inUrls);
  });
});
