// Issue #15 §2 on the project glossary: Thai forms lock only as whole words, demonyms are not the country's name,
// and the spellings a reader expects (กรุงเทพมหานคร, an all-caps dateline, a term across a line break) lock.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../pipeline/lock/glossary.ts';
import type { Glossary } from '../../pipeline/lock/glossary.ts';
import { maskRuns, unmaskRuns } from '../../pipeline/lock/mask.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import type { Locale, Run } from '../../pipeline/types.ts';

let g: Glossary;
beforeAll(async () => {
  g = await loadGlossary(resolve(import.meta.dirname, '../../content/glossary.yaml'));
});

const found = (text: string, locale: Locale) =>
  createMatcher(g, locale)(text).map((m) => `${m.term}:${text.slice(m.start, m.end)}`);

/** `text` in `from`, its terms locked, rendered with the locked forms of `to`. */
function render(text: string, from: Locale, to: Locale): string {
  const { runs } = maskRuns([{ type: 'text', value: text }], createMatcher(g, from));
  return unmaskRuns(runs, g, to)
    .map((r: Run) => (r.type === 'text' ? r.value : ''))
    .join('');
}

describe('Thai forms lock only as whole words', () => {
  it('ไทย is not locked inside the building name ตึกไทยคู่ฟ้า', () => {
    expect(found('นายกฯ ประชุมที่ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล', 'th')).toEqual([]);
  });

  it('ไทย is not locked inside ไทยแลนด์', () => {
    expect(found('แคมเปญ อะเมซิ่งไทยแลนด์ เริ่มแล้ว', 'th')).toEqual([]);
  });

  it('ไทย is not locked inside the hashtag #คนไทยรู้ทัน', () => {
    expect(found('ติดตามได้ที่ #คนไทยรู้ทัน', 'th')).toEqual([]);
  });

  it('ไทย still locks after ประเทศ, ของ and between words', () => {
    expect(found('ประเทศไทย ของไทย ระหว่างไทยกับจีน', 'th')).toEqual([
      'thailand:ไทย',
      'thailand:ไทย',
      'thailand:ไทย',
      'china:จีน',
    ]);
  });

  it('a transliterated name followed by the abbreviation mark ฯ still locks (บริษัทหัวเว่ยฯ)', () => {
    expect(found('ประธานบริษัทหัวเว่ยฯ กล่าว', 'th')).toEqual(['huawei:หัวเว่ย']);
  });
});

describe('demonyms and modifiers are not the country name', () => {
  it('ชาวไทย and คนไทย render "Thai people" in English and 泰国人 in Chinese', () => {
    expect(render('ชาวไทยและคนไทย', 'th', 'en')).toBe('Thai peopleและThai people');
    expect(render('ชาวไทย', 'th', 'zh')).toBe('泰国人');
  });

  it('ชาวจีน renders "Chinese people" and 中国人', () => {
    expect(render('ชาวจีน', 'th', 'en')).toBe('Chinese people');
    expect(render('ชาวจีน', 'th', 'zh')).toBe('中国人');
  });

  it('สถานทูตจีน renders "Chinese Embassy" and 中国大使馆, never "China Embassy"', () => {
    expect(render('ที่สถานทูตจีน', 'th', 'en')).toBe('ที่Chinese Embassy');
    expect(render('ที่สถานทูตจีน', 'th', 'zh')).toBe('ที่中国大使馆');
    expect(render('ที่สถานเอกอัครราชทูตจีน', 'th', 'en')).toBe('ที่Chinese Embassy');
  });

  it('เอกอัครราชทูตจีน renders "Chinese Ambassador" and 中国大使', () => {
    expect(render('เอกอัครราชทูตจีน', 'th', 'en')).toBe('Chinese Ambassador');
    expect(render('เอกอัครราชทูตจีน', 'th', 'zh')).toBe('中国大使');
  });

  it('the other direction: English "Thai people" and "the Chinese Embassy" render ชาวไทย, 泰国人, สถานทูตจีน, 中国大使馆', () => {
    expect(render('Thai people visited the Chinese Embassy.', 'en', 'th')).toBe('ชาวไทย visited the สถานทูตจีน.');
    expect(render('Thai people visited the Chinese Embassy.', 'en', 'zh')).toBe('泰国人 visited the 中国大使馆.');
  });

  it('the full embassy name still wins over the shorter modifier entry', () => {
    expect(found('สถานเอกอัครราชทูตจีนประจำประเทศไทย', 'th')).toEqual([
      'chinese-embassy-in-thailand:สถานเอกอัครราชทูตจีนประจำประเทศไทย',
    ]);
  });
});

describe('variants a reader expects', () => {
  it('the full Thai name กรุงเทพมหานคร locks as Bangkok', () => {
    expect(found('ณ กรุงเทพมหานคร', 'th')).toEqual(['bangkok:กรุงเทพมหานคร']);
    expect(render('ณ กรุงเทพมหานคร', 'th', 'zh')).toBe('ณ 曼谷');
  });

  it('an all-caps dateline locks a case-sensitive term', () => {
    expect(found('BANGKOK, Dec. 5, 2026 /PRNewswire/ -- Tencent said', 'en')).toEqual([
      'bangkok:BANGKOK',
      'tencent:Tencent',
    ]);
    expect(found('bangkok', 'en')).toEqual([]);
  });

  it('a term broken across a soft line break locks whole ("China Literature⏎Group" is not "China")', () => {
    const text = 'Partners include China Literature\nGroup and others.';
    expect(found(text, 'en')).toEqual(['china-literature-group:China Literature\nGroup']);
    expect(render(text, 'en', 'zh')).toBe('Partners include 阅文集团 and others.');
  });

  it('a CRLF line break inside a term also locks it whole, with exact offsets', () => {
    const text = 'The China Literature\r\n  Group.';
    const [m] = createMatcher(g, 'en')(text);
    expect(m && text.slice(m.start, m.end)).toBe('China Literature\r\n  Group');
  });
});
