// Test helpers: runs from a compact notation, a small glossary, and real sentences from ../shared.
import type { TermType } from '../../pipeline/lock/glossary.ts';
import type { Locale, Run } from '../../pipeline/types.ts';
import type { QaInput } from '../../pipeline/verify/types.ts';
import { needsShared, readShared } from '../support/needs.ts';

/** Glossary entries the fixtures lock: forms and forbidden forms per locale. */
const GLOSSARY: Record<
  string,
  { forms: Record<Locale, string>; forbidden?: Partial<Record<Locale, string[]>>; type?: TermType }
> = {
  wetv: { forms: { en: 'WeTV', zh: 'WeTV', th: 'WeTV' } },
  'tencent-video': { forms: { en: 'Tencent Video', zh: '腾讯视频', th: 'Tencent Video' } },
  tencent: {
    forms: { en: 'Tencent', zh: '腾讯', th: 'Tencent' },
    forbidden: { en: ['TenCent'], zh: ['腾迅'], th: ['เท็นเซ็นต์'] },
  },
  'china-literature': { forms: { en: 'China Literature Group', zh: '阅文集团', th: 'China Literature Group' } },
  webnovel: {
    forms: { en: 'WebNovel', zh: 'WebNovel', th: 'WebNovel' },
    forbidden: { en: ['Webnovel', 'Web Novel'], zh: ['Webnovel'], th: ['Webnovel'] },
  },
  'wechat-pay': {
    forms: { en: 'WeChat Pay', zh: '微信支付', th: 'WeChat Pay' },
    forbidden: { en: ['Wechat Pay', 'Weixin Pay'], zh: ['微信付款'], th: ['วีแชทเพย์'] },
  },
  'digital-silk-road': { forms: { en: 'Digital Silk Road', zh: '数字丝绸之路', th: 'เส้นทางสายไหมดิจิทัล' } },
  weknora: { forms: { en: 'WeKnora', zh: 'WeKnora', th: 'WeKnora' } },
  yahoo: { forms: { en: 'Yahoo!', zh: 'Yahoo!', th: 'Yahoo!' } },
  hunyuan: { forms: { en: 'Hunyuan (混元)', zh: '混元', th: 'Hunyuan' } },
  'joy-of-life': { forms: { en: 'Joy of Life', zh: '庆余年', th: 'หาญท้าชะตาฟ้า ปริศนายุทธจักร' }, type: 'work' },
};

export function lockForm(term: string, locale: Locale): string {
  const entry = GLOSSARY[term];
  if (!entry) throw new Error(`test glossary has no term "${term}"`);
  return entry.forms[locale];
}

export function forbidden(term: string, locale: Locale): string[] {
  return GLOSSARY[term]?.forbidden?.[locale] ?? [];
}

const TOKEN = /\[\[([a-z0-9-]+)\]\]|\{\/(\w+)\}|\{(\w+)\/\}|\{(\w+)\}/g;

/** Runs from `text`, where `[[term]]` is a lock, `{1}…{/1}` a paired code and `{2/}` a standalone one. */
export function runs(text: string): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) out.push({ type: 'text', value: text.slice(last, m.index) });
    if (m[1]) out.push({ type: 'lock', term: m[1] });
    else if (m[2]) out.push({ type: 'close', id: m[2] });
    else if (m[3]) out.push({ type: 'ph', id: m[3] });
    else out.push({ type: 'open', id: m[4] as string });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** A QaInput over the test glossary; `codeTypes` gives the source codes' node types (`{ 1: 'emphasis' }`). */
export function qa(
  from: Locale,
  to: Locale,
  source: string,
  target: string,
  segment = 's1',
  codeTypes: Record<string, string> = {},
): QaInput {
  return {
    segment,
    from,
    to,
    source: runs(source),
    target: runs(target),
    lockForm,
    forbidden,
    codeType: (id) => codeTypes[id],
    termType: (term) => GLOSSARY[term]?.type ?? (GLOSSARY[term] ? 'brand' : undefined),
  };
}

/** `text` with locks rendered in `locale` and codes dropped: how a masked fixture reads. */
export function plain(text: string, locale: Locale): string {
  return text.replace(TOKEN, (_, term: string | undefined) => (term ? lockForm(term, locale) : ''));
}

/** Whether ../shared holds the seed and the corpus; the tests on real sentences skip without them. */
export const SHARED_TEXTS = needsShared('seed-release.txt') && needsShared('corpus');

/** A file of ../shared, or '' without it (the tests reading it then skip). */
function body(file: string): string {
  const text = readShared(file);
  return file.startsWith('corpus/') ? text.slice(text.indexOf('\n\n') + 2) : text;
}

const SENTENCE_END = /[.!?]["”]?(?=\s|$)/g;

/** The sentence of the seed release that starts with `prefix` (a heading or label line ends at the line break). */
export function seedSentence(prefix: string): string {
  const text = body('seed-release.txt');
  const start = text.indexOf(prefix);
  if (start < 0 && text !== '') throw new Error(`seed-release.txt has no sentence starting "${prefix}"`);
  const lineEnd = text.indexOf('\n', start);
  SENTENCE_END.lastIndex = start;
  const m = SENTENCE_END.exec(text);
  const sentenceEnd = m ? m.index + m[0].length : text.length;
  return text.slice(start, lineEnd < 0 ? sentenceEnd : Math.min(lineEnd, sentenceEnd));
}

/** The line of a corpus file (`corpus/<name>`) that starts with `prefix`. */
export function corpusLine(name: string, prefix: string): string {
  const line = body(`corpus/${name}`)
    .split('\n')
    .find((l) => l.startsWith(prefix));
  if (line === undefined && SHARED_TEXTS) throw new Error(`corpus/${name} has no line starting "${prefix}"`);
  return line ?? '';
}
