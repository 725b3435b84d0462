// The re-run scenarios of the benchmark: a glossary with one Thai form changed, and a corpus with one sentence
// edited in one release, with the characters an engine should be sent for it (that sentence's HTML, per locale).
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { matchersFor, prepareText } from '../pipeline/index.ts';
import { loadGlossary, type Glossary } from '../pipeline/lock/glossary.ts';
import { createMatcher } from '../pipeline/lock/matcher.ts';
import { codePointLength } from '../pipeline/providers/google-batches.ts';
import { runsToHtml } from '../pipeline/providers/html-codec.ts';
import type { Locale } from '../pipeline/types.ts';
import { requestsFor } from '../pipeline/translate/requests.ts';

export interface GlossaryChange {
  term: string;
  before: string;
  after: string;
}

/** Copies the glossary with the Thai form of one term that has per-locale forms (`douyin` when present) changed. */
export function changeThaiForm(source: string, dest: string): GlossaryChange {
  const document = parseDocument(readFileSync(source, 'utf8'));
  const terms = document.get('terms');
  if (!isSeq(terms)) throw new Error(`${source}: no terms`);
  const candidates = terms.items.filter((item) => isMap(item) && isMap(item.get('forms')));
  const chosen = candidates.find((item) => isMap(item) && item.get('id') === 'douyin') ?? candidates[0];
  if (!isMap(chosen)) throw new Error(`${source}: no term with per-locale forms`);
  const forms = chosen.get('forms');
  if (!isMap(forms)) throw new Error(`${source}: no forms`);
  const before = String(forms.get('th'));
  const after = `${before}ใหม่`;
  forms.set('th', after);
  writeFileSync(dest, document.toString({ lineWidth: 0 }));
  return { term: String(chosen.get('id')), before, after };
}

export interface SentenceEdit {
  file: string;
  /** The word changed and what it became. */
  word: string;
  replacement: string;
  /** Code points of the edited sentence's HTML, per target locale: what an engine should be sent. */
  expectedChars: Partial<Record<Locale, number>>;
}

/**
 * Copies the corpus and edits one word of one sentence of its first release: a word of five or more letters that
 * occurs once in the file, in a paragraph's text outside glossary terms.
 */
export async function editOneSentence(
  corpus: string,
  dest: string,
  glossaryFile: string,
  to: readonly Locale[],
): Promise<SentenceEdit> {
  cpSync(corpus, dest, { recursive: true });
  const name = readdirSync(dest)
    .filter((n) => n.endsWith('.md'))
    .sort()[0];
  if (!name) throw new Error(`${corpus}: no releases`);
  const file = join(dest, name);
  const text = readFileSync(file, 'utf8');
  const glossary = await loadGlossary(glossaryFile);
  const matchers = matchersFor(glossary, createMatcher);
  const before = prepareText(text, file, matchers);
  const paragraphs = new Set(before.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.id));
  let word: string | undefined;
  for (const segment of before.segments) {
    if (!paragraphs.has(segment.blockId)) continue;
    for (const run of segment.source) {
      if (run.type !== 'text') continue;
      word = run.value.match(/\b[a-z]{5,}\b/g)?.find((w) => text.split(new RegExp(`\\b${w}\\b`)).length === 2);
      if (word) break;
    }
    if (word) break;
  }
  if (!word) throw new Error(`${file}: no word to edit`);
  const replacement = `re${word}`;
  const edited = text.replace(new RegExp(`\\b${word}\\b`), replacement);
  writeFileSync(file, edited);
  return { file, word, replacement, expectedChars: newChars(text, edited, file, glossary, to) };
}

/** Code points of the HTML of every request of `edited` that `original` does not have, per locale. */
function newChars(
  original: string,
  edited: string,
  file: string,
  glossary: Glossary,
  to: readonly Locale[],
): Partial<Record<Locale, number>> {
  const matchers = matchersFor(glossary, createMatcher);
  const known = new Set(requestsFor(prepareText(original, file, matchers), to, glossary).map((request) => request.key));
  const chars: Partial<Record<Locale, number>> = {};
  const seen = new Set<string>();
  for (const request of requestsFor(prepareText(edited, file, matchers), to, glossary)) {
    if (known.has(request.key) || seen.has(request.key)) continue;
    seen.add(request.key);
    chars[request.to] = (chars[request.to] ?? 0) + codePointLength(runsToHtml(request.source, request.lockForms));
  }
  return chars;
}
