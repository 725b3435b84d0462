// The translatable blocks of a document, in document order, and the way back into the tree.
import type { Heading, Paragraph, Root, TableCell } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { TRANSLATABLE_FIELDS } from './index.ts';
import type { Block, Doc, Run } from '../types.ts';
import { flattenInline } from './inline.ts';

export type Container = Heading | Paragraph | TableCell;

export const CONTAINER_TYPES: ReadonlySet<string> = new Set(['heading', 'paragraph', 'tableCell']);

// A parsed tree is not changed after parsing (assembly changes a copy), so extraction and each locale's assembly
// share one walk of it.
const found = new WeakMap<Root, readonly Container[]>();

/** Every heading, paragraph and table cell of the tree, in document order. Code and HTML blocks are not containers. */
export function containers(tree: Root): readonly Container[] {
  let list = found.get(tree);
  if (!list) {
    const walked: Container[] = [];
    visit(tree, (node) => {
      if (CONTAINER_TYPES.has(node.type)) {
        walked.push(node as Container);
        return SKIP;
      }
      return undefined;
    });
    list = walked;
    found.set(tree, list);
  }
  return list;
}

export function extractBlocks(doc: Doc): Block[] {
  const blocks: Block[] = [];
  for (const key of TRANSLATABLE_FIELDS) {
    const value = doc.frontmatter?.[key];
    if (typeof value === 'string' && value.trim() !== '') {
      blocks.push({ id: `fm:${key}`, kind: 'frontmatter', runs: [{ type: 'text', value }], codes: {}, locks: [] });
    }
  }
  containers(doc.tree).forEach((node, index) => {
    const { runs, codes } = flattenInline(node.children, doc.text);
    blocks.push({ id: `b${index + 1}`, kind: node.type, runs, codes, locks: [] });
  });
  return blocks;
}

/** The block's text as the segmenter sees it: text runs as they are, every code or lock as one U+FFFC. */
export function blockText(runs: readonly Run[]): string {
  let text = '';
  for (const run of runs) text += run.type === 'text' ? run.value : '\uFFFC';
  return text;
}

/** The runs covering `[start, end)` of `blockText(runs)`, splitting text runs at the edges. */
export function sliceRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const length = run.type === 'text' ? run.value.length : 1;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    if (from < to) {
      out.push(run.type === 'text' ? { type: 'text', value: run.value.slice(from - offset, to - offset) } : run);
    }
    offset += length;
    if (offset >= end) break;
  }
  return out;
}
