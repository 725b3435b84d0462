// The sentence rules of every locale, registered in one place.
import type { Locale } from '../../types.ts';
import { EN } from './en.ts';
import { TH } from './th.ts';
import type { LocaleRules } from './types.ts';
import { ZH } from './zh.ts';

export const SENTENCE_RULES: Readonly<Record<Locale, LocaleRules>> = { en: EN, th: TH, zh: ZH };
export type { BreakRule, LocaleRules } from './types.ts';
