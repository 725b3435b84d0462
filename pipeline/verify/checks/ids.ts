// Check ids, declared once: reports, configuration and tests name checks by these constants.
export const CHECK_LOCKS = 'locks';
export const CHECK_CODES = 'codes';
export const CHECK_NUMBERS = 'numbers';
export const CHECK_URLS = 'urls';
export const CHECK_UNTRANSLATED = 'untranslated';
export const CHECK_EMPTY = 'empty';
export const CHECK_SCRIPT = 'script';
export const CHECK_LENGTH = 'length';
export const CHECK_ZH_PUNCTUATION = 'zh-punctuation';
export const CHECK_WHITESPACE = 'whitespace';
