// The one Markdown dialect silkbridge reads and writes: CommonMark + GFM + YAML front matter.
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

/** Output style: close to how press releases are usually written by hand. */
export const STRINGIFY_OPTIONS: StringifyOptions = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  fence: '`',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
  resourceLink: false,
};

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const stringifier = unified()
  .use(remarkStringify, STRINGIFY_OPTIONS)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze();

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

export function stringifyMarkdown(tree: Root): string {
  return stringifier.stringify(tree);
}
