// The registry of QA checks: every check is listed here once, in the order its findings are reported
// (the blocking checks first).
import { codesCheck } from './codes.ts';
import { emptyCheck } from './empty.ts';
import { lengthCheck } from './length.ts';
import { locksCheck } from './locks.ts';
import { numbersCheck } from './numbers.ts';
import { scriptCheck } from './script.ts';
import { untranslatedCheck } from './untranslated.ts';
import { urlsCheck } from './urls.ts';
import { whitespaceCheck } from './whitespace.ts';
import { zhPunctuationCheck } from './zh-punctuation.ts';
import type { QaCheck } from '../types.ts';

export * from './ids.ts';
export {
  codesCheck,
  emptyCheck,
  lengthCheck,
  locksCheck,
  numbersCheck,
  scriptCheck,
  untranslatedCheck,
  urlsCheck,
  whitespaceCheck,
  zhPunctuationCheck,
};

export const ALL_CHECKS: readonly QaCheck[] = [
  emptyCheck,
  locksCheck,
  codesCheck,
  numbersCheck,
  urlsCheck,
  scriptCheck,
  untranslatedCheck,
  lengthCheck,
  zhPunctuationCheck,
  whitespaceCheck,
];
