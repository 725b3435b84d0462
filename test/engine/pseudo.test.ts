// The emulator's pseudo-translation as the QA stage sees it: written in the target's script, numbers, links and
// locked forms intact, so emulator output passes the blocking checks; and every target has an exact inverse.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  dominantScript,
  pseudoTranslate,
  pseudoTranslateHtml,
  unpseudo,
  unpseudoHtml,
} from '../../emulator/swap-script.ts';
import { decode } from 'html-entities';
import { verifySegment } from '../../pipeline/verify/index.ts';
import type { Finding, Locale } from '../../pipeline/types.ts';
import { GOOGLE_LANGUAGE } from '../../pipeline/providers/google-client.ts';
import { sentences, SEED } from '../providers/helpers.ts';
import { needsShared } from '../support/needs.ts';

const CORPUS = new URL('../../../shared/corpus/', import.meta.url);
const HAS_CORPUS = needsShared('corpus') && needsShared('seed-release.txt');
const corpus = (suffix: string): string[] =>
  (HAS_CORPUS ? readdirSync(CORPUS) : [])
    .filter((name) => name.endsWith(suffix))
    .flatMap((name) => sentences(readFileSync(new URL(name, CORPUS), 'utf8')));

// The English sides quote Thai dates and Chinese names now and then; a Thai or Chinese line is not an English source.
const ENGLISH = [...sentences(SEED), ...corpus('.en.txt')].filter((s) => !/[\p{Script=Thai}\p{Script=Han}]/u.test(s));
const THAI = corpus('.th.txt').filter((s) => !/\p{Script=Han}/u.test(s));

/** The blocking (error) findings of the QA checks on a pseudo-translated sentence. */
function errors(source: string, from: Locale, to: Locale): Finding[] {
  const target = pseudoTranslate(source, GOOGLE_LANGUAGE[to]);
  return verifySegment({
    segment: source.slice(0, 60),
    from,
    to,
    source: [{ type: 'text', value: source }],
    target: [{ type: 'text', value: target }],
    lockForm: (term) => term,
    forbidden: () => [],
    codeType: () => undefined,
    termType: () => undefined,
  }).filter((finding) => finding.severity === 'error');
}

describe.skipIf(!HAS_CORPUS)('pseudo-translation', () => {
  it('is undone by unpseudo for every target, on every sentence of the corpus', () => {
    const all = [...ENGLISH, ...THAI, ...corpus('.zh.txt')];
    expect(all.length).toBeGreaterThan(300);
    for (const target of ['th', 'zh-CN', 'en']) {
      for (const s of all) expect(unpseudo(pseudoTranslate(s, target), target)).toBe(s);
    }
  });

  it('writes Thai for th and Han for zh, English and Thai sources alike', () => {
    const letters = (s: string) => dominantScript(s) !== undefined;
    for (const s of ENGLISH.filter(letters)) {
      expect(dominantScript(pseudoTranslate(s, 'th'))).toBe('thai');
      expect(dominantScript(pseudoTranslate(s, 'zh-CN'))).toBe('han');
    }
    for (const s of THAI.filter(letters)) expect(dominantScript(pseudoTranslate(s, 'zh-CN'))).toBe('han');
  });

  it('passes the blocking QA checks: script, numbers with scale words, links, Chinese commas', () => {
    const found = [
      ...ENGLISH.flatMap((s) => [...errors(s, 'en', 'th'), ...errors(s, 'en', 'zh')]),
      ...THAI.flatMap((s) => errors(s, 'th', 'zh')),
    ];
    expect(found).toEqual([]);
  });

  it('keeps links, scale words after numbers and decimal points as written', () => {
    const s =
      'Nearly 80 million downloads, 3.5% growth and 1,000 shops: see https://www.52hrtt.com or write to error@releasecontact.com.';
    const zh = pseudoTranslate(s, 'zh-CN');
    for (const kept of ['80 million', '3.5%', '1,000', 'https://www.52hrtt.com', 'error@releasecontact.com。'])
      expect(zh).toContain(kept);
    expect(zh).toMatch(/^[^A-Za-z]+80 million [^A-Za-z,]+， 3\.5% /);
    expect(pseudoTranslate('ยอดดาวน์โหลด 80 ล้าน ครั้ง', 'zh-CN')).toContain('80 ล้าน');
  });

  it('in HTML leaves tags and translate="no" spans alone and is undone by unpseudoHtml', () => {
    const html =
      '<span translate="no" data-t="siam-lotus-bank">ธนาคารสยามโลตัส</span> opened <b id="1">12 branches</b> in 2025, Tom &amp; Jerry&#39;s town.';
    for (const target of ['th', 'zh-CN']) {
      const out = pseudoTranslateHtml(html, target);
      expect(out).toContain('<span translate="no" data-t="siam-lotus-bank">ธนาคารสยามโลตัส</span>');
      expect(out).toContain('<b id="1">12 ');
      expect(decode(unpseudoHtml(out, target))).toBe(decode(html));
    }
  });
});
