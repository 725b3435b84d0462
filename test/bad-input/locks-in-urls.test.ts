// Issue #14 item 4: a glossary term is never locked inside a URL, an e-mail address, an autolink or a hashtag.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { glossary, term } from '../lock/helpers.ts';
import { tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

const cli = resolve(import.meta.dirname, '../../scripts/cli.ts');
const tsx = resolve(import.meta.dirname, '../../node_modules/.bin/tsx');

const g = glossary(
  term('wechat-pay', 'WeChat Pay', { forms: { en: 'WeChat Pay', th: 'WeChat Pay', zh: '微信支付' } }),
  term('wechat', 'WeChat', { forms: { en: 'WeChat', th: 'WeChat', zh: '微信' } }),
  term('thailand', 'Thailand', { forms: { en: 'Thailand', th: 'ไทย', zh: '泰国' } }),
);
const found = (text: string, locale: 'en' | 'th' | 'zh' = 'en') =>
  createMatcher(g, locale)(text).map((m) => text.slice(m.start, m.end));

describe('bad input: glossary terms inside URLs, addresses and hashtags', () => {
  it('a bare URL keeps its path: `See https://pay.example.com/WeChat-Pay/guide now.` is localized unchanged', () => {
    const dir = tempProject({
      'glossary.yaml': TINY_GLOSSARY,
      'u.md': '---\ntitle: T\nlang: en\n---\n\nSee https://pay.example.com/WeChat-Pay/guide now.\n',
    });
    const args = ['localize', '--input', 'u.md', '--provider', 'identity', '--to', 'zh', '--out', 'o'];
    const result = spawnSync(tsx, [cli, ...args, '--glossary', 'glossary.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const out = readFileSync(join(dir, 'o/zh/u.md'), 'utf8');
    expect(out).toContain('https://pay.example.com/WeChat-Pay/guide');
    expect(out).not.toContain('微信');
  });

  it('a term inside a URL path, query or host is not matched, the same term beside it is', () => {
    expect(found('Pay with WeChat Pay at https://pay.example.com/WeChat-Pay/guide?app=WeChat.')).toEqual([
      'WeChat Pay',
    ]);
    expect(found('Visit www.WeChat.com or http://WeChat.example/ today')).toEqual([]);
  });

  it('an autolink <https://…/WeChat> is not matched', () => {
    expect(found('Docs: <https://example.com/WeChat> and WeChat.')).toEqual(['WeChat']);
  });

  it('an e-mail address holding a term is not matched', () => {
    expect(found('Write to WeChat.Pay@example.com or mailto:press@WeChat.com about WeChat Pay.')).toEqual([
      'WeChat Pay',
    ]);
  });

  it('a Latin hashtag (#Thailand, #WeChatPay) is not matched', () => {
    expect(found('#Thailand and #WeChat trend in Thailand.')).toEqual(['Thailand']);
  });

  it('a Thai hashtag (#คนไทยรู้ทัน) is not matched', () => {
    expect(found('ติดแฮชแท็ก #คนไทยรู้ทัน และ #ไทย ทั่วประเทศไทย', 'th')).toEqual(['ไทย']);
  });

  it('a URL inside Chinese text ends at the first Han character, so the term after it still locks', () => {
    expect(found('访问https://example.com/WeChat了解微信支付', 'zh')).toEqual(['微信支付']);
  });
});
