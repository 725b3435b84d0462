// Helpers shared by the round-trip suites: the pipeline with target = source, and Markdown → HTML.
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { assemble } from '../../pipeline/assemble/index.ts';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { glossaryOf, type Glossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import type { Locale, Run } from '../../pipeline/types.ts';

const html = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

export function toHtml(markdown: string): string {
  return String(html.processSync(markdown));
}

/** parse → lock → segment → (target = source) → assemble, in memory. */
export function identityRoundTrip(markdown: string, to: Locale = 'th', glossary: Glossary = glossaryOf([])): string {
  const release = prepareText(markdown, 'example.md', matchersFor(glossary, createMatcher), { from: 'en' });
  const targets = new Map<string, Run[]>(release.segments.map((segment) => [segment.id, segment.source]));
  return assemble({
    doc: release.doc,
    blocks: release.blocks,
    segments: release.segments,
    targets,
    locale: to,
    glossary,
  });
}
