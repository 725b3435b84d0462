// The language of each output locale as the web spells it. The pipeline says `zh`; a page, a feed or a sitemap
// must say which script: Simplified Chinese is `zh-Hans` (BCP 47), and Open Graph wants language_TERRITORY.
import type { Locale } from '../types.ts';

/** BCP 47 tags for `<html lang>`, `hreflang`, `xml:lang` and JSON-LD `inLanguage`. */
export const WEB_LANGUAGE: Record<Locale, string> = { en: 'en', th: 'th', zh: 'zh-Hans' };

/** `og:locale` values: Open Graph accepts only language_TERRITORY. */
export const OG_LOCALE: Record<Locale, string> = { en: 'en_US', th: 'th_TH', zh: 'zh_CN' };
