// Chinese sentence rules. ICU breaks after 。！？ but attaches the next sentence's opening bracket to the previous
// one (`。《`), so the candidates come from our own pattern as well, and the shared rule drops ICU's wrong break.
import { EN_RULES } from './en.ts';
import { CLOSING, LINE_BREAK_CANDIDATE, SHARED_RULES } from './shared.ts';
import { type BreakRule, type LocaleRules, OBJECT_STAND_IN } from './types.ts';

/** Full-width and half-width sentence ends; combinations (`？！`, `!?`) form one end. */
export const ZH_TERMINALS = '。！？!?';
/** Closing punctuation that stays with the sentence it ends (`。」`, `！”`, `。）`). */
export const ZH_CLOSING = CLOSING;

export const ZH_CANDIDATES: readonly RegExp[] = [
  // 。！？ and combinations, with their closing quotes and brackets (even after a stray space) and any space after.
  new RegExp(`[${ZH_TERMINALS}]+(?:\\s*[${ZH_CLOSING}])*\\s*`, 'g'),
  // An ellipsis closed by a quote or bracket ends a sentence (`……”`); a bare …… inside text is a pause.
  new RegExp(`…+[${ZH_CLOSING}]+\\s*`, 'g'),
  LINE_BREAK_CANDIDATE,
  // A 。 inside bold or a link (`30%。**⏎关于`): the sentence ends after the closing code, outside the emphasis.
  new RegExp(`[${ZH_TERMINALS}]+(?:[${ZH_CLOSING}]|${OBJECT_STAND_IN})*${OBJECT_STAND_IN}\\s*`, 'g'),
];

/** Verbs that attribute a quotation: “是的。”他说。 is one sentence with its speaker. */
const ATTRIBUTION = '说|表示|指出|称|问|答|道|写道|强调|补充|介绍|认为|回应';

export const ZH_RULES: readonly BreakRule[] = [
  {
    // A quotation ending in 。” followed by its attribution (他说。, 王先生表示，) stays one sentence with it.
    name: 'no-break-before-attribution',
    break: false,
    before: new RegExp(`[${ZH_TERMINALS}][”」』]\\s*`),
    after: new RegExp(`[\\p{Script=Han}·${OBJECT_STAND_IN}]{1,10}?(?:${ATTRIBUTION})[道了]?[。，,]`, 'u'),
    requires: '”」』',
  },
  {
    name: 'no-break-before-closing',
    break: false,
    after: new RegExp(`[${ZH_CLOSING}]`),
  },
  {
    // `……”。`: the closed ellipsis is a candidate, but the full stop after it belongs to the same end.
    name: 'no-break-before-terminal',
    break: false,
    after: new RegExp(`[${ZH_TERMINALS}…]`),
  },
];

export const ZH: LocaleRules = {
  locale: 'zh',
  icu: true,
  candidates: ZH_CANDIDATES,
  // English rules too: Latin text inside Chinese (`由 Dr. Wang 主持`) has the same abbreviations.
  rules: [...SHARED_RULES, ...ZH_RULES, ...EN_RULES],
  fallback: 'break',
  minLength: 0,
};
