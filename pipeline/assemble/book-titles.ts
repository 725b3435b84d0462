// The title of a work is italic in English and Thai (*Joy of Life*) and in book-title marks in Chinese (《庆余年》):
// assembly rewrites one into the other, so a translation keeps whichever the translator or engine wrote.
import type { Glossary } from '../lock/glossary.ts';
import type { Block, Code, Locale, Run } from '../types.ts';

const OPEN_MARK = '《';
const CLOSE_MARK = '》';
const EMPHASIS: Code = { kind: 'paired', node: { type: 'emphasis', children: [] } };

/** What the title rules need to know about a block: which codes are emphasis, which terms are works. */
export interface TitleKinds {
  isEmphasis(codeId: string): boolean;
  isWork(term: string): boolean;
}

export function titleKinds(codes: Block['codes'], glossary: Glossary): TitleKinds {
  return {
    isEmphasis: (id) => codes[id]?.node.type === 'emphasis',
    isWork: (term) => glossary.byId.get(term)?.type === 'work',
  };
}

/**
 * The term of the title that `runs[index]` opens — an emphasis whose content is exactly one lock of a work, with
 * or without 《》 of its own inside (`{1}[[joy-of-life]]{/1}`, `{1}《[[joy-of-life]]》{/1}`) — and the index of
 * its close; undefined when `runs[index]` opens anything else.
 */
export function emphasizedTitle(
  runs: readonly Run[],
  index: number,
  kinds: TitleKinds,
): { term: string; close: number } | undefined {
  const open = runs[index];
  if (open?.type !== 'open' || !kinds.isEmphasis(open.id)) return undefined;
  let at = index + 1;
  const marked = isText(runs[at], OPEN_MARK);
  if (marked) at++;
  const lock = runs[at];
  if (lock?.type !== 'lock' || !kinds.isWork(lock.term)) return undefined;
  at++;
  if (marked) {
    if (!isText(runs[at], CLOSE_MARK)) return undefined;
    at++;
  }
  const close = runs[at];
  return close?.type === 'close' && close.id === open.id ? { term: lock.term, close: at } : undefined;
}

/** The runs and codes of a block in `locale`, with every work title written the way that locale writes one. */
export function writeTitles(
  runs: readonly Run[],
  codes: Block['codes'],
  glossary: Glossary,
  locale: Locale,
): { runs: Run[]; codes: Block['codes'] } {
  const kinds = titleKinds(codes, glossary);
  if (locale === 'zh') return { runs: bookTitleMarks(runs, kinds, (term) => glossary.byId.get(term)?.forms.zh), codes };
  return italicTitles(runs, codes, kinds);
}

/**
 * `runs` with every emphasized title written as 《title》 instead. Marks already there — the translator's around
 * the emphasis, or the locked form's own (`《庆余年》`) — are not doubled.
 */
export function bookTitleMarks(
  runs: readonly Run[],
  kinds: TitleKinds,
  zhForm: (term: string) => string | undefined,
): Run[] {
  const out: Run[] = [];
  for (let index = 0; index < runs.length; index++) {
    const title = emphasizedTitle(runs, index, kinds);
    if (!title) {
      out.push(runs[index] as Run);
      continue;
    }
    const form = zhForm(title.term) ?? '';
    const before = out[out.length - 1];
    const after = runs[title.close + 1];
    const opened = form.startsWith(OPEN_MARK) || (before?.type === 'text' && before.value.endsWith(OPEN_MARK));
    const closed = form.endsWith(CLOSE_MARK) || (after?.type === 'text' && after.value.startsWith(CLOSE_MARK));
    if (!opened) out.push({ type: 'text', value: OPEN_MARK });
    out.push({ type: 'lock', term: title.term });
    if (!closed) out.push({ type: 'text', value: CLOSE_MARK });
    index = title.close;
  }
  return out;
}

/**
 * `runs` with every work written between 《》 (`《[[joy-of-life]]》`, as a Chinese source has it and a translation
 * may keep it) set in emphasis instead, under a new code added to `codes`; inside an emphasis already, the marks
 * are only dropped.
 */
export function italicTitles(
  runs: readonly Run[],
  codes: Block['codes'],
  kinds: TitleKinds,
): { runs: Run[]; codes: Block['codes'] } {
  const out: Run[] = [];
  const added: Record<string, Code> = {};
  const open: string[] = [];
  const queue = [...runs];
  let next = Object.keys(codes).length + 1;
  for (let index = 0; index < queue.length; index++) {
    const run = queue[index] as Run;
    const lock = queue[index + 1];
    const after = queue[index + 2];
    if (run.type === 'open') open.push(run.id);
    else if (run.type === 'close') open.pop();
    const marked =
      run.type === 'text' &&
      run.value.endsWith(OPEN_MARK) &&
      lock?.type === 'lock' &&
      kinds.isWork(lock.term) &&
      after?.type === 'text' &&
      after.value.startsWith(CLOSE_MARK);
    if (!marked) {
      out.push(run);
      continue;
    }
    out.push({ type: 'text', value: run.value.slice(0, -OPEN_MARK.length) });
    if (open.some((id) => kinds.isEmphasis(id))) out.push(lock);
    else {
      while (codes[String(next)]) next++;
      const id = String(next++);
      added[id] = EMPHASIS;
      out.push({ type: 'open', id }, lock, { type: 'close', id });
    }
    // The text after the title loses its 》 and is looked at again: it may open the next title (《甲》《乙》).
    queue[index + 2] = { type: 'text', value: after.value.slice(CLOSE_MARK.length) };
    index++;
  }
  return {
    runs: out.filter((run) => run.type !== 'text' || run.value !== ''),
    codes: Object.keys(added).length === 0 ? codes : { ...codes, ...added },
  };
}

function isText(run: Run | undefined, value: string): boolean {
  return run?.type === 'text' && run.value === value;
}
