// Every number of the source is in the target, whatever the scale words: 80 million = 8,000万 = 80 ล้าน,
// 5 billion = 50亿 = 5 พันล้าน, 79.7% = ร้อยละ 79.7. A Thai side may give years in the Buddhist era (2567 = 2024).
// Only numbers written with digits are required; numbers written as words or months can stand in for them.
import { CHECK_NUMBERS } from './ids.ts';
import { stripLinks } from '../links.ts';
import { numberValues, type NumberValue } from '../number-values.ts';
import { wordValues } from '../number-words.ts';
import { textsOf } from '../text.ts';
import type { Locale } from '../../types.ts';
import type { QaCheck, QaIssue } from '../types.ts';

/** Buddhist era minus common era. */
const BE_OFFSET = 543;
const DIGIT = /[0-9\u0e50-\u0e59\uff10-\uff19]/;

/** Other keys under which a value may legitimately appear on the other side (Buddhist-era years). */
function yearAlternatives(n: NumberValue, from: Locale, to: Locale): number[] {
  const alternatives: number[] = [];
  if (!Number.isInteger(n.value)) return alternatives;
  if (to === 'th' && n.value >= 1800 && n.value <= 2200) alternatives.push(n.value + BE_OFFSET);
  if (from === 'th' && n.value >= 2343 && n.value <= 2743) alternatives.push(n.value - BE_OFFSET);
  return alternatives;
}

/** Takes the first unused value of `pool` equal to `n` (or one of its year alternatives); true when found. */
function take(pool: readonly NumberValue[], used: boolean[], n: NumberValue, alternatives: readonly number[]): boolean {
  for (let pass = 0; pass <= alternatives.length; pass++) {
    for (let i = 0; i < pool.length; i++) {
      if (used[i]) continue;
      const candidate = pool[i] as NumberValue;
      if (pass === 0 ? candidate.key === n.key : candidate.value === alternatives[pass - 1]) {
        used[i] = true;
        return true;
      }
    }
  }
  return false;
}

function list(values: readonly NumberValue[]): string {
  return values.map((v) => v.surface).join(', ');
}

export const numbersCheck: QaCheck = {
  id: CHECK_NUMBERS,
  severity: 'error',
  description: 'Every number of the source is in the target, with scale words (万, 亿, ล้าน, million) understood.',
  check(input): QaIssue[] {
    const { sourceFree, targetFree } = textsOf(input);
    if (!DIGIT.test(sourceFree)) return [];
    // Digits inside a URL or an e-mail address belong to the urls check.
    const source = numberValues(stripLinks(sourceFree));
    if (source.length === 0) return [];
    const targetText = stripLinks(targetFree);
    const target = numberValues(targetText);
    const used = target.map(() => false);
    let missing: NumberValue[] = [];
    for (const n of source) if (!take(target, used, n, yearAlternatives(n, input.from, input.to))) missing.push(n);
    if (missing.length === 0) return [];
    // Only now read the numbers written as words: most segments never need them.
    const words = wordValues(targetText);
    const wordUsed = words.map(() => false);
    missing = missing.filter((n) => !take(words, wordUsed, n, []));
    if (missing.length === 0) return [];
    const extra = target.filter((_, i) => !used[i]);
    return [
      {
        message:
          `Numbers of the source missing in the target: ${list(missing)}.` +
          (extra.length > 0 ? ` The target has instead: ${list(extra)}.` : ''),
      },
    ];
  },
};
