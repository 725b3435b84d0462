// XLIFF 1.2 for the many tools that read nothing newer. Inline codes are the 1.2 elements translate-toolkit and CAT
// tools keep as tags: <g> for a paired code, <bx/>/<ex/> (joined by `rid`) where codes do not nest, <x/> for a
// standalone one, and a locked term is <x ctype="x-sb-term" sb:term="…" equiv-text="…"/>. Fuzzy matches are
// <alt-trans match-quality="…">, notes <note from="category">.
import { UserError } from '../errors.ts';
import type { ReviewSegment } from '../review/types.ts';
import { normalizeRuns } from '../runs.ts';
import { isBalanced, SILKBRIDGE_NS } from '../tm/xliff.ts';
import {
  attribute,
  element,
  indent,
  type WritableNode,
  writeXml,
  XmlCharacterError,
  type XmlElement,
  type XmlNode,
} from '../tm/xml.ts';
import { isLocale, type Run, type TargetState } from '../types.ts';
import type { ExportDocument } from './select.ts';
import type { ReturnedFile, ReturnedUnit } from './types.ts';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
export const TERM_CTYPE = 'x-sb-term';

/** The memory's states as 1.2 target states: anything not approved needs a reviewer. */
const STATE_12: Record<TargetState, string> = {
  initial: 'needs-translation',
  translated: 'needs-review-translation',
  reviewed: 'signed-off',
  final: 'final',
};
const APPROVED_12 = new Set(['signed-off', 'final']);

export function writeXliff12(document: ExportDocument, display: (term: string) => string): string {
  const units = document.segments.map((segment) => transUnit(segment, display));
  const file = element(
    'file',
    {
      original: document.file,
      'source-language': document.source,
      'target-language': document.locale,
      datatype: 'x-markdown',
      'sb:release': document.release,
    },
    indent([element('body', {}, indent(units, 3))], 2),
  );
  const root = element('xliff', { xmlns: XLIFF12_NS, 'xmlns:sb': SILKBRIDGE_NS, version: '1.2' }, indent([file], 1));
  try {
    return `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml([root])}\n`;
  } catch (error) {
    if (!(error instanceof XmlCharacterError)) throw error;
    throw new UserError(`${error.message} (release ${document.release}, ${document.locale}): XLIFF 1.2 has no <cp>`);
  }
}

function transUnit(segment: ReviewSegment, display: (term: string) => string): WritableNode {
  const approved = segment.target !== undefined && (segment.state === 'reviewed' || segment.state === 'final');
  const [source, target] = inlinePair(segment.source, segment.target, display);
  const children: WritableNode[] = [element('source', {}, source)];
  if (segment.target) children.push(element('target', { state: STATE_12[segment.state ?? 'translated'] }, target));
  const notes = segment.target && segment.origin ? [{ category: 'origin', text: segment.origin }] : [];
  for (const note of [...notes, ...segment.notes]) {
    children.push(element('note', note.category ? { from: note.category } : {}, [{ type: 'text', text: note.text }]));
  }
  for (const match of segment.fuzzy) {
    const [matchSource, matchTarget] = inlinePair(match.source, match.target, display);
    children.push(
      element('alt-trans', { 'match-quality': String(Math.floor(match.similarity * 100)), origin: 'silkbridge' }, [
        element('source', {}, matchSource),
        element('target', {}, matchTarget),
      ]),
    );
  }
  return element(
    'trans-unit',
    {
      id: segment.id,
      resname: segment.block,
      'xml:space': 'preserve',
      ...(approved ? { approved: 'yes' } : {}),
    },
    indent(children, 4),
  );
}

/** A source and its target as 1.2 inline elements; a locked term keeps its source's id in the target. */
function inlinePair(
  source: readonly Run[],
  target: readonly Run[] | undefined,
  display: (term: string) => string,
): [WritableNode[], WritableNode[]] {
  const ids = new Map<string, string[]>();
  let count = 0;
  const sourceNodes = inline(source, display, (term) => {
    const id = `l${++count}`;
    ids.set(term, [...(ids.get(term) ?? []), id]);
    return id;
  });
  const used = new Map<string, number>();
  const targetNodes = inline(target ?? [], display, (term) => {
    const n = used.get(term) ?? 0;
    used.set(term, n + 1);
    return ids.get(term)?.[n] ?? `l-${term}-${n + 1}`;
  });
  return [sourceNodes, targetNodes];
}

/** Runs → 1.2 inline elements. */
function inline(
  runs: readonly Run[],
  display: (term: string) => string,
  lockId: (term: string) => string,
): WritableNode[] {
  const root: WritableNode[] = [];
  const stack: WritableNode[][] = [];
  const nests = isBalanced(runs);
  const current = (): WritableNode[] => stack[stack.length - 1] ?? root;
  for (const run of runs) {
    if (run.type === 'text') current().push({ type: 'text', text: run.value });
    else if (run.type === 'ph') current().push(element('x', { id: run.id }));
    else if (run.type === 'lock') {
      current().push(
        element('x', {
          id: lockId(run.term),
          ctype: TERM_CTYPE,
          'sb:term': run.term,
          'equiv-text': display(run.term),
        }),
      );
    } else if (!nests) {
      const tag = run.type === 'open' ? 'bx' : 'ex';
      current().push(element(tag, { id: `${tag}${run.id}`, rid: run.id }));
    } else if (run.type === 'open') {
      const children: WritableNode[] = [];
      current().push(element('g', { id: run.id }, children));
      stack.push(children);
    } else stack.pop();
  }
  return root;
}

/** True when `root` is an XLIFF 1.2 document. */
export function isXliff12(root: XmlElement): boolean {
  return root.uri === XLIFF12_NS && root.local === 'xliff';
}

/** A 1.2 file that came back. One <file> (one release and locale); trans-units may sit in groups. */
export function readXliff12(root: XmlElement, path: string): ReturnedFile {
  const refuse = (message: string, at?: XmlElement): never => {
    throw new UserError(message, { file: path, ...(at ? { line: at.line } : {}) });
  };
  if (!isXliff12(root)) refuse('expected an XLIFF 1.2 document');
  const files = children(root, 'file');
  const file = files[0];
  if (files.length !== 1 || !file) return refuse('expected exactly one <file>: an export holds one release', root);
  const srcLang = attribute(file, 'source-language');
  const trgLang = attribute(file, 'target-language');
  if (!isLocale(srcLang) || !isLocale(trgLang))
    refuse(`source-language/target-language must be one of en, th, zh (found ${srcLang}/${trgLang})`, file);
  const units: ReturnedUnit[] = [];
  const walk = (node: XmlElement) => {
    for (const child of children(node)) {
      if (child.local === 'trans-unit') units.push(readUnit(child, refuse));
      else if (child.local === 'group' || child.local === 'body') walk(child);
    }
  };
  walk(file);
  const release = attribute(file, 'release', SILKBRIDGE_NS);
  const original = attribute(file, 'original');
  return {
    path,
    format: 'xliff12',
    ...(release ? { release } : {}),
    ...(original ? { original } : {}),
    srcLang: srcLang as ReturnedFile['srcLang'],
    trgLang: trgLang as ReturnedFile['trgLang'],
    units,
  };
}

function readUnit(unit: XmlElement, refuse: (message: string, at?: XmlElement) => never): ReturnedUnit {
  const id = attribute(unit, 'id');
  const source = children(unit, 'source')[0];
  if (!id || !source) return refuse('a <trans-unit> needs an id and a <source>', unit);
  const target = children(unit, 'target')[0];
  const runs = target ? readInline(target.children) : [];
  const state = target ? attribute(target, 'state') : undefined;
  return {
    id,
    source: readInline(source.children),
    ...(runs.length > 0 ? { target: runs } : {}),
    approved: attribute(unit, 'approved') === 'yes' || (state !== undefined && APPROVED_12.has(state)),
  };
}

/**
 * 1.2 inline content → runs. Code elements silkbridge does not write (<ph>, <bpt> …) become codes named after
 * them, which the import's checks then name as codes the source lacks; <mrk> annotates its text, which is kept.
 */
function readInline(nodes: readonly XmlNode[]): Run[] {
  const runs: Run[] = [];
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (typeof node === 'string') {
        runs.push({ type: 'text', value: node });
        continue;
      }
      const id = attribute(node, 'id') ?? '';
      const term = attribute(node, 'term', SILKBRIDGE_NS);
      if (node.uri !== XLIFF12_NS || node.local === 'mrk') walk(node.children);
      else if (node.local === 'g') {
        runs.push({ type: 'open', id });
        walk(node.children);
        runs.push({ type: 'close', id });
      } else if (node.local === 'x') runs.push(term !== undefined ? { type: 'lock', term } : { type: 'ph', id });
      else if (node.local === 'bx') runs.push({ type: 'open', id: attribute(node, 'rid') ?? id });
      else if (node.local === 'ex') runs.push({ type: 'close', id: attribute(node, 'rid') ?? id });
      else runs.push({ type: 'ph', id: `${node.local}:${id}` });
    }
  };
  walk(nodes);
  return normalizeRuns(runs);
}

function children(node: XmlElement, local?: string): XmlElement[] {
  return node.children.filter(
    (child): child is XmlElement =>
      typeof child !== 'string' && child.uri === XLIFF12_NS && (local === undefined || child.local === local),
  );
}
