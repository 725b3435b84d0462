// Published Markdown → a standalone HTML page. Releases are untrusted input: remark-rehype drops raw HTML, and
// rehype-sanitize (GitHub's schema) then removes whatever could still run: event handlers, `javascript:` URLs,
// scripts, frames. The document shell (lang, title, alternates) is added after sanitizing, from our own values.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import rehypeDocument from 'rehype-document';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseMarkdown } from '../markdown.ts';
import type { Locale } from '../types.ts';

export interface Alternate {
  /** A locale code, or `x-default`. */
  hreflang: string;
  /** Where that version is, relative to this page. */
  href: string;
}

export interface HtmlInput {
  markdown: string;
  locale: Locale;
  /** `<title>`; defaults to the text of the first `# heading`. */
  title?: string;
  /** `<meta name="description">`, when given. */
  description?: string;
  /** The same release in the other published locales. */
  alternates: readonly Alternate[];
}

// Frozen once: the Markdown → sanitized HTML tree part does not depend on the page.
const toHast = unified().use(remarkRehype).use(rehypeSanitize).freeze();

export function renderHtml(input: HtmlInput): string {
  const mdast = parseMarkdown(input.markdown);
  const hast = toHast.runSync(mdast) as HastRoot;
  const title = input.title ?? firstHeading(mdast);
  const page = unified()
    .use(rehypeDocument, {
      language: input.locale,
      ...(title !== undefined ? { title } : {}),
      meta: input.description !== undefined ? [{ name: 'description', content: input.description }] : [],
      link: input.alternates.map((alternate) => ({
        rel: 'alternate',
        hreflang: alternate.hreflang,
        href: alternate.href,
      })),
    })
    .use(rehypeStringify);
  return page.stringify(page.runSync(hast) as HastRoot);
}

function firstHeading(tree: MdastRoot): string | undefined {
  const heading = tree.children.find((node: RootContent) => node.type === 'heading' && node.depth === 1);
  return heading ? textOf(heading) : undefined;
}
