// Inline Markdown ⇄ runs. `flattenInline` turns phrasing content into runs and codes; `buildInline` is its inverse.
import type { Nodes, PhrasingContent } from 'mdast';
import { UserError } from '../errors.ts';
import { normalizeRuns } from '../runs.ts';
import type { Code, Run } from '../types.ts';

/** Inline nodes that wrap translatable content: they become an open/close pair the translation may move. */
const PAIRED = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);
/** Inline nodes with nothing to translate inside: they become one standalone code. */
const STANDALONE = new Set(['inlineCode', 'html', 'break', 'image', 'imageReference', 'footnoteReference']);

/** Inline content silkbridge cannot carry through translation; the caller adds the file. */
export class InlineError extends UserError {}

export interface FlatInline {
  runs: Run[];
  codes: Record<string, Code>;
}

/**
 * `source`, the text the nodes were parsed from, adds to every code the Markdown it was written as (Code.markdown),
 * which assembly reuses instead of printing the node again.
 */
export function flattenInline(children: readonly PhrasingContent[], source?: string): FlatInline {
  const runs: Run[] = [];
  const codes: Record<string, Code> = {};
  let next = 1;
  const walk = (nodes: readonly PhrasingContent[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        runs.push({ type: 'text', value: node.value });
      } else if (PAIRED.has(node.type) && 'children' in node) {
        const id = String(next++);
        codes[id] = { kind: 'paired', node: shell(node), ...pairedMarkdown(node, source) };
        runs.push({ type: 'open', id });
        walk(node.children);
        runs.push({ type: 'close', id });
      } else if (STANDALONE.has(node.type)) {
        const id = String(next++);
        codes[id] = { kind: 'standalone', node: shell(node), ...standaloneMarkdown(node, source) };
        runs.push({ type: 'ph', id });
      } else {
        const line = node.position?.start.line;
        throw new InlineError(`unsupported inline node \`${node.type}\`${line ? ` on line ${line}` : ''}`);
      }
    }
  };
  walk(children);
  return { runs: normalizeRuns(runs), codes };
}

/** The source text around a paired node's children (`[` and `](url)` of a link), when positions allow. */
function pairedMarkdown(
  node: Nodes & { children: readonly Nodes[] },
  source: string | undefined,
): Pick<Code, 'markdown'> {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return {};
  const first = node.children[0]?.position?.start.offset;
  const last = node.children[node.children.length - 1]?.position?.end.offset;
  if (node.children.length > 0 && (first === undefined || last === undefined)) return {};
  // Without children, `[](url)`: the first character opens, the rest closes.
  const open = first ?? start + 1;
  const markdown = [source.slice(start, open), source.slice(last ?? open, end)];
  // The content of `[label]` and `[label][]` is also the label that finds the definition: kept as written.
  if (node.type === 'linkReference' && node.referenceType !== 'full') markdown.push(source.slice(open, last ?? open));
  return { markdown };
}

function standaloneMarkdown(node: Nodes, source: string | undefined): Pick<Code, 'markdown'> {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (source === undefined || start === undefined || end === undefined) return {};
  return { markdown: [source.slice(start, end)] };
}

/** A copy of a node without its children or position: what a code stands for. */
function shell(node: Nodes): Nodes {
  const { position: _position, ...rest } = node as Nodes & { children?: unknown };
  if ('children' in rest) return { ...rest, children: [] } as Nodes;
  return structuredClone(rest) as Nodes;
}

/**
 * Rebuild phrasing content from runs. Lock runs must have been rendered to text before (see lock/unmaskRuns).
 * Code nodes are copied shallowly: a paired code gets its own `children`, and nothing else of a node is ever
 * changed after this (printing only reads), so a deep structuredClone per code would be wasted.
 * Throws when the runs reference an unknown code or do not nest: the verify stage reports those first.
 */
export function buildInline(runs: readonly Run[], codes: Record<string, Code>): PhrasingContent[] {
  const root: PhrasingContent[] = [];
  const stack: { id: string; children: PhrasingContent[] }[] = [];
  const current = (): PhrasingContent[] => stack[stack.length - 1]?.children ?? root;
  for (const run of runs) {
    switch (run.type) {
      case 'text': {
        const siblings = current();
        const last = siblings[siblings.length - 1];
        if (last?.type === 'text') last.value += run.value;
        else if (run.value !== '') siblings.push({ type: 'text', value: run.value });
        break;
      }
      case 'open': {
        const code = codeFor(codes, run.id, 'paired');
        const node = { ...code.node, children: [] } as PhrasingContent & { children: PhrasingContent[] };
        current().push(node);
        stack.push({ id: run.id, children: node.children });
        break;
      }
      case 'close': {
        const top = stack.pop();
        if (top?.id !== run.id) throw new InlineError(`code ${run.id} closed out of order`);
        break;
      }
      case 'ph':
        current().push({ ...codeFor(codes, run.id, 'standalone').node } as PhrasingContent);
        break;
      case 'lock':
        throw new InlineError(`lock {${run.term}} was not rendered before assembly`);
    }
  }
  if (stack.length > 0) throw new InlineError(`code ${stack[stack.length - 1]?.id} is never closed`);
  return root;
}

function codeFor(codes: Record<string, Code>, id: string, kind: Code['kind']): Code {
  const code = codes[id];
  if (!code || code.kind !== kind) throw new InlineError(`unknown ${kind} code ${id}`);
  return code;
}
