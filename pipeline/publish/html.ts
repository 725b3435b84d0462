// Published Markdown → a standalone HTML page. Releases are untrusted input: remark-rehype drops raw HTML, and
// rehype-sanitize (GitHub's schema) then removes whatever could still run: event handlers, `javascript:` URLs,
// scripts, frames. The document shell (lang, title, alternates, Open Graph, JSON-LD, the stylesheet) is added
// after sanitizing, from our own values.
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import rehypeDocument from 'rehype-document';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parseMarkdown } from '../markdown.ts';
import type { Locale } from '../types.ts';
import { OG_LOCALE, WEB_LANGUAGE } from './language-tags.ts';
import { RELEASE_CSS } from './style.ts';

export interface Alternate {
  /** A BCP 47 tag, or `x-default`. */
  hreflang: string;
  /** Where that version is: absolute with a base URL, else relative to this page. */
  href: string;
}

export interface HtmlInput {
  markdown: string;
  locale: Locale;
  /** `<title>`; defaults to the text of the first `# heading`. */
  title?: string;
  /** `<meta name="description">`, when given. */
  description?: string;
  /** Every published version of the release, this page and `x-default` included. */
  alternates: readonly Alternate[];
  /** This page's absolute URL (`<link rel="canonical">`, `og:url`), when the base URL is known. */
  url?: string;
  /** The other locales of the release, for `og:locale:alternate`. */
  otherLocales?: readonly Locale[];
  /** The absolute URL of this locale's Atom feed, linked for feed readers. */
  feed?: string;
  /** Structured data, written as `<script type="application/ld+json">`. */
  jsonLd?: object;
}

// Frozen once: the Markdown → sanitized HTML tree part does not depend on the page.
const toHast = unified().use(remarkRehype).use(rehypeSanitize).freeze();

export function renderHtml(input: HtmlInput): string {
  const mdast = parseMarkdown(input.markdown);
  const body = toHast.runSync(mdast) as HastRoot;
  const title = input.title ?? firstHeading(mdast);
  const article: Element = {
    type: 'element',
    tagName: 'article',
    properties: {},
    children: body.children.filter((node): node is Element | Extract<typeof node, { type: 'text' }> =>
      ['element', 'text'].includes(node.type),
    ),
  };
  const main: Element = { type: 'element', tagName: 'main', properties: {}, children: [article] };
  const meta: Record<string, string>[] = [];
  if (input.description !== undefined) meta.push({ name: 'description', content: input.description });
  meta.push({ property: 'og:type', content: 'article' });
  if (title !== undefined) meta.push({ property: 'og:title', content: title });
  if (input.description !== undefined) meta.push({ property: 'og:description', content: input.description });
  if (input.url !== undefined) meta.push({ property: 'og:url', content: input.url });
  meta.push({ property: 'og:locale', content: OG_LOCALE[input.locale] });
  for (const other of input.otherLocales ?? [])
    meta.push({ property: 'og:locale:alternate', content: OG_LOCALE[other] });
  const links: Record<string, string>[] = [];
  if (input.url !== undefined) links.push({ rel: 'canonical', href: input.url });
  for (const alternate of input.alternates)
    links.push({ rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href });
  if (input.feed !== undefined) links.push({ rel: 'alternate', type: 'application/atom+xml', href: input.feed });

  const page = unified()
    .use(rehypeDocument, {
      language: WEB_LANGUAGE[input.locale],
      ...(title !== undefined ? { title } : {}),
      meta,
      link: links,
      style: RELEASE_CSS,
    })
    .use(() => (tree: HastRoot) => {
      if (input.jsonLd !== undefined) headOf(tree)?.children.push(jsonLdScript(input.jsonLd));
    })
    .use(rehypeStringify, { upperDoctype: true });
  return page.stringify(page.runSync({ type: 'root', children: [main] }) as HastRoot);
}

/**
 * JSON inside `<script>` ends at the first `</script`, whatever the JSON says: `<`, `>` and `&` are written as
 * JSON escapes, which parse back to the same text.
 */
export function jsonLdScript(data: object): Element {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return {
    type: 'element',
    tagName: 'script',
    properties: { type: 'application/ld+json' },
    children: [{ type: 'text', value: json }],
  };
}

function headOf(tree: HastRoot): Element | undefined {
  const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  return html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
}

function firstHeading(tree: MdastRoot): string | undefined {
  const heading = tree.children.find((node: RootContent) => node.type === 'heading' && node.depth === 1);
  return heading ? textOf(heading) : undefined;
}
