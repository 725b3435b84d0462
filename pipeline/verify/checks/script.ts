// The target is in the target language's script: a Thai target mostly Thai letters, a Chinese one mostly Han, an
// English one without Han or Thai. Locked terms and links are set aside, and so are Latin names copied from the
// source ("BTS", "Stock Quote API"): a Thai sentence may carry English names and still be Thai.
import { CHECK_SCRIPT } from './ids.ts';
import { isHan, latinWords, letterStats } from '../letters.ts';
import { stripLinks } from '../links.ts';
import { textsOf } from '../text.ts';
import type { Locale } from '../../types.ts';
import type { QaCheck, QaIssue } from '../types.ts';

/** Below this many letters a segment says too little to judge its language ("AI", "CEO"). */
const MIN_LETTERS = 4;
/** The share of native letters a th or zh target must reach. */
const MIN_NATIVE_SHARE = 0.5;

const SCRIPT_NAME: Record<Locale, string> = { en: 'Latin', th: 'Thai', zh: 'Chinese (Han)' };
const LANGUAGE: Record<Locale, string> = { en: 'English', th: 'Thai', zh: 'Chinese' };
// A name rather than a word: a capital, or a digit (WeChat, BTS, Qwen2).
const NAME_LIKE = /[A-Z\u00c0-\u00de0-9]/;
// Thai letters without the baht sign (฿ is fine in English); Han of every block.
const HAN_OR_THAI = /[\u0e01-\u0e3a\u0e40-\u0e4e\p{Script=Han}]+/u;

/** Letters of Latin words in `target`, leaving out names that are written the same in `source`. */
function foreignLatinLetters(target: string, source: string): number {
  let letters = 0;
  let sourceWords: Set<string> | undefined;
  for (const word of latinWords(target)) {
    if (NAME_LIKE.test(word)) {
      sourceWords ??= new Set(latinWords(source));
      if (sourceWords.has(word)) continue;
    }
    letters += word.length;
  }
  return letters;
}

function nativeIssue(input: { to: Locale }, target: string, source: string): QaIssue[] {
  const stats = letterStats(target);
  const native = input.to === 'th' ? stats.thai : stats.han;
  const nonNative = (input.to === 'th' ? stats.han : stats.thai) + stats.other;
  const latin = stats.latin > 0 ? foreignLatinLetters(target, source) : 0;
  const counted = native + nonNative + latin;
  if (counted < MIN_LETTERS || native >= counted * MIN_NATIVE_SHARE) return [];
  const share = Math.round((native / counted) * 100);
  return [
    {
      message:
        `A ${LANGUAGE[input.to]} target that is mostly not ${SCRIPT_NAME[input.to]}: ${share}% of its letters ` +
        `(outside locked terms and names from the source) are ${SCRIPT_NAME[input.to]}. Wrong language or untranslated?`,
    },
  ];
}

function englishIssue(target: string): QaIssue[] {
  const found = HAN_OR_THAI.exec(target);
  if (!found) return [];
  const sample = found[0];
  return [
    {
      message: `An English target with ${isHan(sample.codePointAt(0) as number) ? 'Chinese' : 'Thai'} text outside locked terms: "${sample}".`,
      suggestion: 'Translate it, or lock the name in the glossary.',
    },
  ];
}

export const scriptCheck: QaCheck = {
  id: CHECK_SCRIPT,
  severity: 'error',
  description: 'A th target is mostly Thai, a zh target mostly Han, an en target has no Han or Thai (outside locks).',
  check(input): QaIssue[] {
    const { sourceFree, targetFree } = textsOf(input);
    const target = stripLinks(targetFree);
    if (input.to === 'en') return englishIssue(target);
    return nativeIssue(input, target, sourceFree);
  },
};
