// English sentence rules on top of ICU, whose UAX #29 rules already handle decimals (79.7%, v2.1, 3.5x), "..."
// before lower case, and closing quotes and brackets. What it gets wrong is abbreviations before a capital letter.
import { CLOSING, LINE_BREAK_CANDIDATE, SHARED_RULES } from './shared.ts';
import { alt, type BreakRule, type LocaleRules } from './types.ts';

/** Titles before a name: never the end of a sentence. */
export const TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Rev',
  'Hon',
  'Pres',
  'Messrs',
  'Mme',
  'Mmes',
  'Fr',
  'Amb',
  'Supt',
  'Insp',
] as const;

/** Abbreviations that do not end a sentence, whatever follows. */
export const NEVER_FINAL = [
  'e.g',
  'i.e',
  'vs',
  'approx',
  'Approx',
  'cf',
  'viz',
  'ca',
  'esp',
  'incl',
  'Fig',
  'fig',
  'Figs',
  'figs',
] as const;

/** Abbreviations that stand before a number (`No. 5`, `pp. 12`). */
export const BEFORE_NUMBER = [
  'No',
  'Nos',
  'no',
  'nos',
  'Vol',
  'vol',
  'Nr',
  'Art',
  'Sec',
  'Ch',
  'p',
  'pp',
  'Tel',
  'Ext',
  'Ref',
] as const;

/** Month abbreviations, as in datelines (`BANGKOK, Nov. 27, 2025 /PRNewswire/ --`); matched case-insensitively. */
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** Time zones after `a.m.`/`p.m.` in embargo lines (`9:00 a.m. ET`). */
export const TIME_ZONES = [
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
  'CEST',
  'HKT',
  'SGT',
  'ICT',
  'JST',
  'KST',
  'AEST',
  'IST',
] as const;

/**
 * Abbreviations that may end a sentence: company suffixes, name suffixes, streets, `et al.`. After one of these
 * (and after months, initials and dotted acronyms like U.S.) a capital letter starts a new sentence only when the
 * word is one that typically starts a sentence (SENTENCE_STARTERS); `U.S. Department` and `Ltd. (Tencent)` stay.
 */
export const MAY_BE_FINAL = [
  'Inc',
  'Ltd',
  'Co',
  'Corp',
  'Plc',
  'PLC',
  'LLC',
  'Bros',
  'Jr',
  'Sr',
  'St',
  'Ave',
  'Blvd',
  'Rd',
  'Mt',
  'al',
  'Dept',
  'Univ',
  'Assn',
  'Intl',
] as const;

/** Words that start sentences in press releases and rarely follow an abbreviation inside a name. */
export const SENTENCE_STARTERS = [
  'The',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'We',
  'Our',
  'He',
  'She',
  'His',
  'Her',
  'They',
  'Their',
  'I',
  'You',
  'Your',
  'In',
  'On',
  'At',
  'For',
  'As',
  'A',
  'An',
  'But',
  'And',
  'Or',
  'So',
  'With',
  'By',
  'From',
  'To',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'During',
  'Since',
  'Until',
  'According',
  'However',
  'Meanwhile',
  'Also',
  'Today',
  'Tomorrow',
  'Yesterday',
  'There',
  'Here',
  'What',
  'Why',
  'How',
  'Who',
  'Where',
  'Such',
  'Some',
  'Many',
  'Most',
  'All',
  'Both',
  'Each',
  'Every',
  'Other',
  'More',
  'Further',
  'Additionally',
  'Moreover',
  'Furthermore',
  'Following',
  'Under',
  'Through',
  'Over',
  'Last',
  'Next',
  'One',
  'Several',
  'Now',
  'Then',
  'Thus',
  'Therefore',
  'Yet',
  'Still',
  'Please',
  'Founded',
  'Established',
  'Headquartered',
  'About',
  'For more',
] as const;

const ABBREVIATION_END = '\\.\\s+';
const MAY_BE_FINAL_BEFORE = new RegExp(
  [
    `\\b(?:${alt(MAY_BE_FINAL)})${ABBREVIATION_END}`,
    `\\b(?:${alt(MONTHS)})${ABBREVIATION_END}`,
    // Dotted acronyms (U.S., U.K., H.E., a.m.) and single initials (J. K. Rowling, Plan B.).
    `(?<![\\w.])(?:[A-Za-z]\\.){2,}\\s+`,
    `(?<![\\w.])[A-Z]${ABBREVIATION_END}`,
  ].join('|'),
);

export const EN_RULES: readonly BreakRule[] = [
  {
    // `Not far apart… We are brothers….”`: an ellipsis inside a quotation goes on.
    name: 'ellipsis-inside-quotation',
    break: false,
    requires: '“',
    before: new RegExp(`“[^”\\n]{0,300}(?:…|\\.\\.\\.)[${CLOSING}]*\\s+`),
  },
  {
    // `"Are you sure?" she asked.`, `Yahoo! is`: ICU always breaks after ? and !, even before lower case.
    name: 'question-exclamation-before-lower-case',
    break: false,
    before: new RegExp(`[?!][${CLOSING}]*\\s+`),
    after: /[a-z]/,
  },
  {
    name: 'title-before-name',
    break: false,
    before: new RegExp(`\\b(?:${alt(TITLES)})${ABBREVIATION_END}`),
  },
  {
    name: 'never-final-abbreviation',
    break: false,
    before: new RegExp(`\\b(?:${alt(NEVER_FINAL)})${ABBREVIATION_END}`),
  },
  {
    name: 'abbreviation-before-number',
    break: false,
    before: new RegExp(`\\b(?:${alt(BEFORE_NUMBER)})${ABBREVIATION_END}`),
    after: /[\d#+(]/,
  },
  {
    // Datelines and dates: `Nov. 27, 2025`, `NOV. 27`.
    name: 'month-before-day',
    break: false,
    before: new RegExp(`\\b(?:${alt(MONTHS)})${ABBREVIATION_END}`, 'i'),
    after: /\d/,
  },
  {
    // Embargo lines: `9:00 a.m. ET`, `10 A.M. EST`.
    name: 'time-before-zone',
    break: false,
    before: /\b[ap]\.m\.\s+/i,
    after: new RegExp(`(?:${alt(TIME_ZONES)})\\b`),
  },
  {
    name: 'abbreviation-before-sentence-starter',
    break: true,
    before: MAY_BE_FINAL_BEFORE,
    after: new RegExp(`[“‘"'(]?(?:${alt(SENTENCE_STARTERS)})\\b`),
  },
  {
    name: 'abbreviation-inside-sentence',
    break: false,
    before: MAY_BE_FINAL_BEFORE,
  },
  {
    // `He paused… Then he left.`: ICU does not treat U+2026 as a full stop.
    name: 'ellipsis-before-capital',
    break: true,
    requires: '…',
    before: new RegExp(`…[${CLOSING}]*\\s+`),
    after: /[“‘"'(]?[A-Z]/,
  },
];

/** Candidates ICU misses: after a Unicode ellipsis followed by a capital letter. */
export const EN_CANDIDATES: readonly RegExp[] = [new RegExp(`…[${CLOSING}]*\\s+(?=[“‘"'(]?[A-Z])`, 'g')];

export const EN: LocaleRules = {
  locale: 'en',
  icu: true,
  candidates: [...EN_CANDIDATES, LINE_BREAK_CANDIDATE],
  rules: [...SHARED_RULES, ...EN_RULES],
  fallback: 'break',
  minLength: 0,
};
