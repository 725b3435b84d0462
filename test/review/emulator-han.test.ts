// The emulator translates a Chinese source out of Han for Thai and English targets, and reads it back exactly.
import { describe, expect, it } from 'vitest';
import { dominantScript, pseudoTranslate, pseudoTranslateHtml, unpseudo } from '../../emulator/swap-script.ts';

const CHINESE = [
  '丝桥科技今天在上海发布了新的翻译平台，首批支持三种语言。',
  '该平台每月处理超过1,200万字，详情见 https://example.com/silk 。',
  '“我们希望每一篇新闻稿都能准时发布，”首席执行官说。',
  // Ideographs of Extension A, a marker letter written in the source, and mixed scripts.
  '㐀㑖 ǃ丝 ๛路 ǃ ๛ abc 丝',
];

describe('emulator: Chinese source', () => {
  it('writes a Thai target in Thai and an English target without Han, and reads both back', () => {
    for (const s of CHINESE) {
      for (const [target, script] of [
        ['th', 'thai'],
        ['en', 'latin'],
      ] as const) {
        const out = pseudoTranslate(s, target);
        expect(out).not.toMatch(/\p{Script=Han}/u);
        expect(dominantScript(out)).toBe(script);
        expect(unpseudo(out, target)).toBe(s);
      }
    }
  });

  it('keeps numbers and links of a Chinese source as they are', () => {
    const out = pseudoTranslate(CHINESE[1] as string, 'en');
    expect(out).toContain('1,200');
    expect(out).toContain('https://example.com/silk');
  });

  it('translates Chinese inside HTML tags the same way', () => {
    const out = pseudoTranslateHtml('<b id="1">丝桥</b>发布', 'th');
    expect(out).toMatch(/^<b id="1">[^<]+<\/b>[^<]+$/);
    expect(out).not.toMatch(/\p{Script=Han}/u);
  });
});
