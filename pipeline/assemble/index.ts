// Stage: targets → Markdown. Rebuilds every block from its segments' target runs, with locks rendered in the
// output locale's form, and writes them into the source text in place of the source's content; where that cannot
// be done safely, prints the tree again with the same dialect it was read with.
import type { Nodes } from 'mdast';
import { parseDocument } from 'yaml';
import { unmaskRuns } from '../lock/mask.ts';
import { writeTitles } from './book-titles.ts';
import { renderFrontmatter } from './frontmatter.ts';
import { spaceLatinLocks } from './thai-spacing.ts';
import { lockForm, type Glossary } from '../lock/glossary.ts';
import { stringifyMarkdown } from '../markdown.ts';
import { blockText, CONTAINER_TYPES, containers, sliceRuns, type Container } from '../parse/blocks.ts';
import { inlineContext, printInline } from './print-inline.ts';
import { segmentsByBlock, sentenceGap } from './join.ts';
import { buildInline } from '../parse/inline.ts';
import type { Block, Doc, Locale, Run, Segment } from '../types.ts';

export interface AssembleInput {
  doc: Doc;
  blocks: readonly Block[];
  segments: readonly Segment[];
  /** Target runs (masked) by segment id; every segment must have one. */
  targets: ReadonlyMap<string, readonly Run[]>;
  locale: Locale;
  glossary: Glossary;
}

export function assemble(input: AssembleInput): string {
  const { doc, blocks, segments, targets, locale, glossary } = input;
  const bySegmentBlock = segmentsByBlock(segments);

  const fields: Record<string, string> = {};
  const contents: Content[] = [];
  for (const block of blocks) {
    const masked = blockRuns(block, bySegmentBlock.get(block.id) ?? [], targets, doc.locale, locale);
    const titled = writeTitles(masked, block.codes, glossary, locale);
    const spaced =
      locale === 'th' ? spaceLatinLocks(titled.runs, (term) => lockForm(glossary, term, 'th')) : titled.runs;
    const runs = unmaskRuns(spaced, glossary, locale);
    if (block.kind === 'frontmatter')
      fields[block.id.slice('fm:'.length)] = runs.map((run) => (run.type === 'text' ? run.value : '')).join('');
    else contents.push({ runs, codes: titled.codes });
  }
  const yaml = doc.tree.children[0];
  const frontmatter =
    yaml?.type === 'yaml'
      ? renderFrontmatter(
          doc.frontmatterDocument ?? parseDocument(yaml.value),
          fields,
          locale,
          yaml.value,
          doc.frontmatter,
        )
      : undefined;
  const nodes = containers(doc.tree);
  if (nodes.length !== contents.length)
    throw new Error(`${doc.path}: ${nodes.length} containers but ${contents.length} blocks`);
  const markdown = spliceSource(doc, nodes, contents, frontmatter) ?? printTree(doc, contents, frontmatter);
  return doc.lineEnding ? markdown.replaceAll('\n', doc.lineEnding) : markdown;
}

/** A container's translated content: its runs, locks rendered, and the block's codes. */
interface Content {
  runs: Run[];
  codes: Block['codes'];
}

/**
 * The source text with every container's content replaced by its translation (./print-inline.ts) and the front
 * matter by its rendering: all the rest — list markers, tables, code, HTML, blank lines — stays byte for byte.
 * Undefined when some content cannot be written safely that way.
 */
function spliceSource(
  doc: Doc,
  nodes: readonly Container[],
  contents: readonly Content[],
  frontmatter: string | undefined,
): string | undefined {
  const { text } = doc;
  let out = '';
  let cursor = 0;
  const yaml = doc.tree.children[0];
  if (yaml?.type === 'yaml' && frontmatter !== undefined) {
    const start = yaml.position?.start.offset;
    const end = yaml.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    out += `${text.slice(0, start)}---\n${frontmatter === '' ? '' : `${frontmatter}\n`}---`;
    cursor = end;
  }
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index] as Container;
    const content = contents[index] as Content;
    const first = node.children[0];
    if (!first) {
      if (content.runs.some((run) => run.type !== 'text' || run.value !== '')) return undefined;
      continue;
    }
    const start = first.position?.start.offset;
    const end = node.children[node.children.length - 1]?.position?.end.offset;
    if (start === undefined || end === undefined || start < cursor) return undefined;
    const printed = printInline(content.runs, content.codes, inlineContext(text, node, start));
    if (printed === undefined) return undefined;
    out += text.slice(cursor, start) + printed;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/** The whole tree printed again with the container contents replaced: the way that is always right. */
function printTree(doc: Doc, contents: readonly Content[], frontmatter: string | undefined): string {
  const tree = copyForAssembly(doc.tree);
  containers(tree).forEach((node, index) => {
    const content = contents[index] as Content;
    node.children = buildInline(content.runs, content.codes) as typeof node.children;
  });
  const yaml = tree.children[0];
  if (yaml?.type === 'yaml' && frontmatter !== undefined) yaml.value = frontmatter;
  return stringifyMarkdown(tree);
}

/**
 * A copy of the tree that assembly may change without touching `doc.tree`: every node on the way down to a
 * container (heading, paragraph, table cell) or the front matter is copied; the containers and the YAML node are
 * copied shallowly, since assembly replaces their `children` or `value`; everything else is shared, as printing
 * only reads it; copying the whole tree is costly at this rate (docs/performance.md).
 */
function copyForAssembly<T extends Nodes>(node: T): T {
  if (CONTAINER_TYPES.has(node.type) || node.type === 'yaml') return { ...node };
  if (!('children' in node)) return node;
  return { ...node, children: node.children.map((child) => copyForAssembly(child)) };
}

/**
 * The block's runs in the output locale: each segment replaced by its target, the white space before the first
 * kept and between segments as `sentenceGap` says.
 */
function blockRuns(
  block: Block,
  segments: readonly Segment[],
  targets: ReadonlyMap<string, readonly Run[]>,
  from: Locale,
  to: Locale,
): Run[] {
  const text = blockText(block.runs);
  const runs: Run[] = [];
  let cursor = 0;
  // A gap holding codes (an image no segment took) is copied as runs; a white-space gap is adjusted per locale.
  const between = (start: number, end: number, leading: boolean): Run[] => {
    const space = text.slice(start, end);
    if (space.includes('\uFFFC')) return sliceRuns(block.runs, start, end);
    return [{ type: 'text', value: leading || end === text.length ? space : sentenceGap(space, from, to) }];
  };
  for (const segment of segments) {
    const [start, end] = segment.range;
    runs.push(...between(cursor, start, cursor === 0));
    const target = targets.get(segment.id);
    if (!target) throw new Error(`segment ${segment.id} has no target`);
    runs.push(...target);
    cursor = end;
  }
  runs.push(...(cursor === 0 ? sliceRuns(block.runs, 0, text.length) : between(cursor, text.length, false)));
  return runs;
}
