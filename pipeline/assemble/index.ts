// Stage: targets → Markdown. Rebuilds every block from its segments' target runs, with locks rendered in the
// output locale's form, and prints the tree with the same dialect it was read with.
import type { Heading, Nodes, Paragraph, TableCell } from 'mdast';
import { parseDocument, type Document as YamlDocument } from 'yaml';
import { unmaskRuns } from '../lock/mask.ts';
import { spaceLatinLocks } from './thai-spacing.ts';
import type { Glossary } from '../lock/glossary.ts';
import { stringifyMarkdown } from '../markdown.ts';
import { blockText, CONTAINER_TYPES, containers } from '../segment/blocks.ts';
import { buildInline } from '../segment/inline.ts';
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
  const bySegmentBlock = new Map<string, Segment[]>();
  for (const segment of segments) bySegmentBlock.set(segment.blockId, [...(bySegmentBlock.get(segment.blockId) ?? []), segment]);

  const tree = copyForAssembly(doc.tree);
  const nodes = containers(tree);
  const frontmatter: Record<string, string> = {};
  let index = 0;
  for (const block of blocks) {
    const masked = blockRuns(block, bySegmentBlock.get(block.id) ?? [], targets, doc.locale, locale);
    const spaced = locale === 'th' ? spaceLatinLocks(masked, (term) => glossary.byId.get(term)?.forms.th ?? '') : masked;
    const runs = unmaskRuns(spaced, glossary, locale);
    if (block.kind === 'frontmatter') {
      frontmatter[block.id.slice('fm:'.length)] = runs.map((run) => (run.type === 'text' ? run.value : '')).join('');
      continue;
    }
    const node = nodes[index++] as Heading | Paragraph | TableCell;
    node.children = buildInline(runs, block.codes) as typeof node.children;
  }
  const yaml = tree.children[0];
  if (yaml?.type === 'yaml') yaml.value = renderFrontmatter(frontmatterDocument(doc, yaml.value), frontmatter, locale);
  return stringifyMarkdown(tree);
}

/**
 * A copy of the tree that assembly may change without touching `doc.tree`: every node on the way down to a
 * container (heading, paragraph, table cell) or the front matter is copied; the containers and the YAML node are
 * copied shallowly, since assembly replaces their `children` or `value`; everything else is shared, as printing
 * only reads it. structuredClone of the whole tree, twice per release, was a tenth of a warm run.
 */
function copyForAssembly<T extends Nodes>(node: T): T {
  if (CONTAINER_TYPES.has(node.type) || node.type === 'yaml') return { ...node };
  if (!('children' in node)) return node;
  return { ...node, children: node.children.map((child) => copyForAssembly(child)) };
}

/**
 * The block's runs in the output locale: each segment replaced by its target, the white space between segments
 * kept, except that Chinese joins sentences without spaces and Thai and English need one.
 */
function blockRuns(block: Block, segments: readonly Segment[], targets: ReadonlyMap<string, readonly Run[]>, from: Locale, to: Locale): Run[] {
  const text = blockText(block.runs);
  const runs: Run[] = [];
  let cursor = 0;
  for (const segment of segments) {
    const [start, end] = segment.range;
    runs.push({ type: 'text', value: gap(text.slice(cursor, start), cursor === 0, from, to) });
    const target = targets.get(segment.id);
    if (!target) throw new Error(`segment ${segment.id} has no target`);
    runs.push(...target);
    cursor = end;
  }
  runs.push({ type: 'text', value: text.slice(cursor) });
  return runs;
}

function gap(space: string, leading: boolean, from: Locale, to: Locale): string {
  if (leading || from === to || space.includes('\n')) return space;
  if (to === 'zh') return '';
  // Chinese needs no space between sentences; English and Thai do.
  return space === '' && from === 'zh' ? ' ' : space;
}

/** The front matter of a document, parsed once for all its output locales (each renders a clone). */
const parsedFrontmatter = new WeakMap<Doc, YamlDocument>();

function frontmatterDocument(doc: Doc, value: string): YamlDocument {
  let document = parsedFrontmatter.get(doc);
  if (!document) parsedFrontmatter.set(doc, (document = parseDocument(value)));
  return document.clone();
}

/** Front matter with the translated fields replaced and `lang` set; comments and key order are kept. */
function renderFrontmatter(document: YamlDocument, fields: Record<string, string>, locale: Locale): string {
  for (const [key, text] of Object.entries(fields)) document.set(key, text);
  if (document.has('lang')) document.set('lang', locale);
  return document.toString({ lineWidth: 0 }).trimEnd();
}
