import { describe, expect, it } from 'vitest';
import { urlsCheck } from '../../pipeline/verify/checks/urls.ts';
import { qa, seedSentence, SHARED_TEXTS } from './helpers.ts';

const WEBSITE = 'Website: https://www.52hrtt.com';
const STOCKS = 'Stock Quote API & Stock News API supplied by www.cloudquote.io';
const EMAIL_EN =
  'We strongly urge you to notify us promptly by contacting error@releasecontact.com (it is important to note that this email is the authorized channel for such matters).';
const EMAIL_ZH = '请尽快发送电子邮件至error@releasecontact.com通知我们（请注意，此邮箱是处理此类事宜的授权渠道）。';

describe('urls', () => {
  it.skipIf(!SHARED_TEXTS)('reads real seed lines', () => {
    expect(seedSentence('Website:')).toBe(WEBSITE);
    expect(seedSentence('Stock Quote API')).toBe(STOCKS);
  });

  it('is silent when links and e-mail addresses are copied unchanged, even run on into Chinese or Thai', () => {
    expect(urlsCheck.check(qa('en', 'zh', WEBSITE, '网站：https://www.52hrtt.com'))).toEqual([]);
    expect(urlsCheck.check(qa('en', 'th', WEBSITE, 'เว็บไซต์: https://www.52hrtt.com'))).toEqual([]);
    expect(urlsCheck.check(qa('en', 'zh', STOCKS, '股票报价API和股票新闻API由www.cloudquote.io提供'))).toEqual([]);
    expect(urlsCheck.check(qa('en', 'zh', EMAIL_EN, EMAIL_ZH))).toEqual([]);
    expect(
      urlsCheck.check(qa('en', 'zh', 'See the site at https://www.52hrtt.com.', '详见https://www.52hrtt.com。')),
    ).toEqual([]);
  });

  it('fires when a link is changed', () => {
    expect(urlsCheck.check(qa('en', 'zh', WEBSITE, '网站：https://www.52hrtt.cn'))).toEqual([
      {
        message:
          'The target lost or changed this link of the source: https://www.52hrtt.com. It has instead: https://www.52hrtt.cn.',
        suggestion: 'Copy URLs and e-mail addresses from the source character for character.',
      },
    ]);
  });

  it('fires when an e-mail address is lost', () => {
    const lost = EMAIL_ZH.replace('error@releasecontact.com', '我们的邮箱');
    expect(urlsCheck.check(qa('en', 'zh', EMAIL_EN, lost))[0]?.message).toBe(
      'The target lost or changed this link of the source: error@releasecontact.com.',
    );
  });

  it('fires when the target adds a link', () => {
    expect(urlsCheck.check(qa('en', 'th', 'Contact Info:', 'ข้อมูลติดต่อ: https://example.com/offer'))).toEqual([
      { message: 'The target has a link the source does not: https://example.com/offer.' },
    ]);
  });
});
