// Chinese text takes full-width punctuation: ，。：；！？ after Han characters, never , . : ; ! ?.
// A half-width comma between two Han characters is an error (it reads as a typo in a published release); other
// half-width marks after Han are warnings, since "。" versus "." after a name can be a judgement call.
import { CHECK_ZH_PUNCTUATION } from './ids.ts';
import { rendered, textsOf } from '../text.ts';
import type { QaCheck, QaIssue } from '../types.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ':': '：', ';': '；', '!': '！', '?': '？' };
const HALF_WIDTH = /[,.:;!?]/;
const HALF_WIDTH_ALL = /[,.:;!?]/g;
const COMMA_BETWEEN_HAN = /(?<=\p{Script=Han}[ \t]*),(?=[ \t]*\p{Script=Han})/gu;
// After Han only: "feat: 添加" or "WeKnora, 一款" put the mark after Latin, a style many Chinese texts accept.
// "." only when not inside a word, so "编辑.env" or "3.5亿" are left alone.
const HALF_AFTER_HAN = /(?<=\p{Script=Han})(?:[,:;!?]|\.(?![A-Za-z0-9]))/gu;
const MAX_SAMPLES = 3;

function sample(text: string, at: number): string {
  const mark = text[at] as string;
  return `"${text.slice(Math.max(0, at - 2), at + 3).trim()}" (${mark} → ${FULL_WIDTH[mark] ?? mark})`;
}

function describe(count: number, samples: string[]): string {
  return `${samples.join(', ')}${count > samples.length ? ` and ${count - samples.length} more` : ''}`;
}

export const zhPunctuationCheck: QaCheck = {
  id: CHECK_ZH_PUNCTUATION,
  severity: 'warning',
  description: 'A zh target uses full-width ，。：；！？ after Han; a half-width comma between Han is an error.',
  check(input): QaIssue[] {
    if (input.to !== 'zh' || !HALF_WIDTH.test(textsOf(input).target)) return [];
    // Locked forms keep their own punctuation ("Yahoo!"): blank it out, keeping lengths and neighbours.
    const text = rendered(input.target, (term) => input.lockForm(term, input.to).replace(HALF_WIDTH_ALL, '_'));
    const commas = new Set<number>();
    COMMA_BETWEEN_HAN.lastIndex = 0;
    for (let m = COMMA_BETWEEN_HAN.exec(text); m; m = COMMA_BETWEEN_HAN.exec(text)) commas.add(m.index);
    const others: number[] = [];
    HALF_AFTER_HAN.lastIndex = 0;
    for (let m = HALF_AFTER_HAN.exec(text); m; m = HALF_AFTER_HAN.exec(text)) {
      if (!commas.has(m.index)) others.push(m.index);
    }
    const issues: QaIssue[] = [];
    if (commas.size > 0) {
      const at = [...commas];
      issues.push({
        severity: 'error',
        message: `Half-width comma between Chinese characters: ${describe(
          at.length,
          at.slice(0, MAX_SAMPLES).map((i) => sample(text, i)),
        )}.`,
        suggestion: 'Use the full-width comma "，".',
      });
    }
    if (others.length > 0) {
      issues.push({
        message: `Half-width punctuation after Chinese text: ${describe(
          others.length,
          others.slice(0, MAX_SAMPLES).map((i) => sample(text, i)),
        )}.`,
        suggestion: 'Use full-width punctuation ，。：；！？ in Chinese text.',
      });
    }
    return issues;
  },
};
