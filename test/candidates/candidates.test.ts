// Term candidates on real inputs: the seed release against the real glossary (with entries taken out), and
// Thai and Chinese corpus texts, whose Latin names are what a Thai or Chinese glossary most often lacks.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCandidates, proseOf, type Candidate } from '../../pipeline/candidates/index.ts';
import { glossaryOf, parseGlossary } from '../../pipeline/lock/glossary.ts';
import { parseMarkdown } from '../../pipeline/markdown.ts';
import { needsShared } from '../support/needs.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus');
const SEED_FILE = 'content/releases/digital-silk-road.md';
const seed = { text: readFileSync(join(ROOT, SEED_FILE), 'utf8'), file: SEED_FILE };
const glossary = parseGlossary(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8'), 'content/glossary.yaml');

/** A corpus text as a release: its header lines blanked (they are not prose), so line numbers stay the file's. */
function corpus(name: string): { text: string; file: string } {
  const raw = readFileSync(join(CORPUS, name), 'utf8');
  const body = raw.indexOf('\n\n');
  return { text: raw.slice(0, body).replace(/[^\n]/g, '') + raw.slice(body), file: name };
}

function byName(candidates: readonly Candidate[]): Map<string, Candidate> {
  return new Map(candidates.map((c) => [c.name, c]));
}

/** 1-based lines of `text` holding `needle`, once per occurrence. */
function linesOf(text: string, needle: string): number[] {
  return text.split('\n').flatMap((line, i) => Array<number>(line.split(needle).length - 1).fill(i + 1));
}

describe('findCandidates on the seed release', () => {
  it('lists no name the glossary already locks, in any spelling or locale', () => {
    const found = findCandidates([seed], glossary);
    const known = glossary.terms.flatMap((t) => [...Object.values(t.forms), ...Object.values(t.variants).flat()]);
    for (const candidate of found) expect(known).not.toContain(candidate.name);
    // The one person the glossary lacks is in the front matter (contact.name, line 6).
    expect(byName(found).get('Ivy Huang')?.places).toEqual([{ file: SEED_FILE, line: 6 }]);
  });

  it('brings back two entries taken out of the glossary, with every occurrence', () => {
    const without = glossaryOf(glossary.terms.filter((t) => t.id !== 'fanny-liao' && t.id !== 'line-man'));
    const found = byName(findCandidates([seed], without));
    for (const name of ['Fanny Liao', 'LINE MAN']) {
      const lines = linesOf(seed.text, name);
      expect(lines.length).toBeGreaterThan(0);
      expect(found.get(name)?.places).toEqual(lines.map((line) => ({ file: SEED_FILE, line })));
      expect(found.get(name)?.count).toBe(lines.length);
    }
    expect(byName(findCandidates([seed], glossary)).has('Fanny Liao')).toBe(false);
  });

  it('sorts by count, then name, and drops names seen fewer than --min-count times', () => {
    const without = glossaryOf(
      glossary.terms.filter((t) => !['webnovel', 'china-literature-group', 'fanny-liao'].includes(t.id)),
    );
    const found = findCandidates([seed], without);
    const order = found.map((c) => [c.count, c.name] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1], 'en'));
    expect(order).toEqual(sorted);
    expect(found[0]?.count).toBeGreaterThan(1);
    expect(findCandidates([seed], without, { minCount: 2 }).every((c) => c.count >= 2)).toBe(true);
  });
});

describe('findCandidates on datelines and headlines', () => {
  const release = [
    '---',
    'title: Acme Launches Secure Merchant App for Vietnam',
    'lang: en',
    '---',
    '',
    '# Acme Names Head of Partnerships',
    '',
    '**HONG KONG, May 2, 2024** — The company opened offices in Hong Kong and Kuala Lumpur.',
    'Staff in Hong Kong and SHANGHAI welcome it.',
    '',
  ].join('\n');

  it('counts a dateline in capitals with the same name in the text, and skips glossary names in any case', () => {
    const found = findCandidates([{ text: release, file: 'r.md' }], glossary);
    expect(found.map((c) => [c.name, c.spellings, c.count, c.places.map((p) => p.line)])).toEqual([
      ['Hong Kong', ['HONG KONG'], 3, [8, 8, 9]],
      ['Kuala Lumpur', [], 1, [8]],
    ]);
  });
});

describe.skipIf(!needsShared('corpus'))('findCandidates on corpus texts', () => {
  it('finds the Latin names inside a Thai government release, on the right lines', () => {
    const source = corpus('thaigov-pm-huawei-apac-2024.th.txt');
    // Huawei is in the project glossary now: taken out here, it must be found again.
    const withoutHuawei = glossaryOf(glossary.terms.filter((term) => term.id !== 'huawei'));
    const found = byName(findCandidates([source], withoutHuawei));
    const lines = source.text.split('\n');
    for (const name of ['Huawei', 'Digital and Intelligent APAC Congress 2024', 'Simon Lin']) {
      const candidate = found.get(name);
      expect(candidate, name).toBeDefined();
      for (const place of candidate?.places ?? []) expect(lines[place.line - 1]).toContain(name);
    }
    expect(found.get('Huawei')?.count).toBe(linesOf(source.text, 'Huawei').length);
    // A URL is not a name, even in capitals.
    const addresses = findCandidates(
      [{ text: 'ข้อมูลเพิ่มเติมของ Huawei ดูที่ https://www.Huawei.COM/TH หรือ press@Huawei.COM\n', file: 'u.md' }],
      withoutHuawei,
    );
    expect(addresses.map((c) => [c.name, c.count])).toEqual([['Huawei', 1]]);
    // "Mr." is an honorific; Thai words are candidates only as a company's or a glossed person's name.
    expect(found.has('Mr')).toBe(false);
    expect([...found.keys()].filter((name) => /\p{Script=Thai}/u.test(name))).toEqual(['หัวเว่ย', 'ไซมอน หลิน']);
    expect(found.get('หัวเว่ย')?.places.map((p) => p.line)).toEqual(linesOf(source.text, 'บริษัทหัวเว่ยฯ'));
  });

  it('finds transliterated Thai names: companies by their legal ending, people by their Latin gloss', () => {
    const named = (file: string) =>
      [...byName(findCandidates([corpus(file)], glossary)).values()].filter((c) => /\p{Script=Thai}/u.test(c.name));
    const omoda = corpus('thai-dev/thaigov-2025-02-26-93839.th.txt');
    expect(named('thai-dev/thaigov-2025-02-26-93839.th.txt').map((c) => [c.name, c.places.map((p) => p.line)])).toEqual(
      [['โอโมดา แอนด์ เจคู', linesOf(omoda.text, 'บริษัท โอโมดา แอนด์ เจคู')]],
    );
    expect(named('thai-dev/thaigov-2024-02-27-79491.th.txt').map((c) => c.name)).toEqual(['ไบรท์สกาย เอวิเอชั่น']);
    // นายสวู จื่อหยาง (Mr. Xu Ziyang): the honorific goes, the two words of the name stay.
    expect(named('thai-dev/thaigov-2024-03-15-80375.th.txt').map((c) => c.name)).toEqual(['สวู จื่อหยาง']);
    // A Thai term glossed in English is not a name: no honorific, no company word.
    expect(named('thaigov-pm-chinese-enterprises-cea-2025.th.txt')).toEqual([]);
  });

  it('finds Chinese company names by 公司 and 集团, from the last particle on, and nothing in a README without them', () => {
    const text = '华为技术有限公司与比亚迪股份有限公司签约，字节跳动公司和阅文集团也参加。本公司不是名字。\n';
    const found = findCandidates([{ text, file: 'zh.md' }], glossaryOf([]));
    expect(found.filter((c) => /\p{Script=Han}/u.test(c.name)).map((c) => c.name)).toEqual([
      '华为技术有限公司',
      '字节跳动公司',
      '比亚迪股份有限公司',
      '阅文集团',
    ]);
    // The glossary's 阅文集团 (China Literature Group) is known, so it is no candidate.
    const known = findCandidates([{ text, file: 'zh.md' }], glossary).map((c) => c.name);
    expect(known).not.toContain('阅文集团');
    // Nor is the rest of a known company's full name (华为 is in the glossary).
    expect(known).not.toContain('技术有限公司');
    const readme = findCandidates([corpus('tencent-weknora-launch-readme-2025.zh.txt')], glossary);
    expect(readme.filter((c) => /\p{Script=Han}/u.test(c.name))).toEqual([]);
  });

  it('finds brands inside Chinese text, and skips what the glossary knows in another locale', () => {
    const source = corpus('tencent-weknora-launch-readme-2025.zh.txt');
    const found = byName(findCandidates([source], glossary));
    expect(found.get('WeKnora')?.count).toBeGreaterThan(3);
    expect(found.has('DeepSeek')).toBe(true);
    // The Thai release names Tencent's WeChat: Latin "WeChat" is the en/th form of a term, so it is known.
    const thai = byName(findCandidates([corpus('thaigov-tencent-wechat-social-commerce-2024.th.txt')], glossary));
    expect(thai.has('WeChat')).toBe(false);
  });
});

describe('proseOf', () => {
  it('reads front-matter values at any depth and block text with its lines, never code or URLs', () => {
    const tree = parseMarkdown(
      '---\ntitle: A Title\ncontact:\n  name: Ivy Huang\n  website: https://Example.COM\n---\n\nSee [Tencent Cloud](https://Cloud.Tencent.COM) and\n`WeChat` here.\n\n```\nCodeBrand\n```\n',
    );
    const units = proseOf(tree).map((p) => ({ text: p.text, first: p.lines[0] }));
    expect(units).toEqual([
      { text: 'A Title', first: 2 },
      { text: 'Ivy Huang', first: 4 },
      { text: 'https://Example.COM', first: 5 },
      { text: 'See Tencent Cloud and\n\uFFFC here.', first: 8 },
    ]);
    const paragraph = proseOf(tree)[3];
    expect(paragraph?.lines[paragraph.text.indexOf('\uFFFC')]).toBe(9);
  });
});
