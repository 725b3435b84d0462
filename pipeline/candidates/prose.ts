// The prose of a Markdown release with the line of every character: each heading, paragraph and table cell
// (inline code, HTML and images become one U+FFFC, so no name runs across them), and every string value of the
// front matter. Code blocks, URLs and HTML blocks are not prose.
import type { Nodes, Root } from 'mdast';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { visit } from 'unist-util-visit';
import { containers } from '../parse/blocks.ts';

/** A unit of prose (one block or front-matter value). `lines[i]` is the 1-based source line of `text[i]`. */
export interface ProseText {
  text: string;
  lines: number[];
  /** A heading or a front-matter title: written in title case in English. */
  headline: boolean;
}

/** Front-matter fields that are headlines. */
const HEADLINE_FIELDS = new Set(['title', 'subtitle']);

/** Stands for anything that is not text: a name never spans it. */
export const GAP = '\uFFFC';

function append(out: ProseText, value: string, line: number): void {
  let at = line;
  for (const ch of value) {
    // One entry per UTF-16 unit, so `lines` indexes like `text`.
    for (let i = 0; i < ch.length; i++) out.lines.push(at);
    out.text += ch;
    if (ch === '\n') at++;
  }
}

function blockProse(node: Nodes): ProseText {
  const out: ProseText = { text: '', lines: [], headline: node.type === 'heading' };
  visit(node, (child) => {
    if (child === node) return undefined;
    const line = child.position?.start.line ?? 1;
    if (child.type === 'text') append(out, child.value, line);
    else if (!('children' in child)) append(out, GAP, line);
    return undefined;
  });
  return out;
}

function frontmatterProse(value: string, firstLine: number): ProseText[] {
  const counter = new LineCounter();
  const document = parseDocument(value, { lineCounter: counter });
  if (document.errors.length > 0) return [];
  const out: ProseText[] = [];
  // Values only (keys are field names, not prose), at any depth: `contact: { name: Ivy Huang }` counts.
  const walk = (node: unknown, key: unknown): void => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, isScalar(pair.key) ? pair.key.value : undefined);
    else if (isSeq(node)) for (const item of node.items) walk(item, key);
    else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const text: ProseText = { text: '', lines: [], headline: typeof key === 'string' && HEADLINE_FIELDS.has(key) };
      // The YAML starts on the line after the opening `---`.
      append(text, node.value, firstLine + counter.linePos(node.range[0]).line);
      out.push(text);
    }
  };
  walk(document.contents, undefined);
  return out;
}

/** Every prose unit of the tree, front matter first, then blocks in document order. */
export function proseOf(tree: Root): ProseText[] {
  const out: ProseText[] = [];
  const first = tree.children[0];
  if (first?.type === 'yaml') out.push(...frontmatterProse(first.value, first.position?.start.line ?? 1));
  for (const node of containers(tree)) out.push(blockProse(node));
  return out;
}
