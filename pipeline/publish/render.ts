// The published Markdown of one release in one locale: the assembled translation with its title on top, the
// dateline before the first paragraph, the "About <organization>" boilerplate, the contact block and release id at
// the end. Everything is added as Markdown nodes, never pasted as text, so a front-matter value can never turn
// into markup. The title is printed once: as the `# heading` (plain), or in the front matter (hugo, astro),
// where the site generator prints it.
import type { Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { parseDocument, stringify as stringifyYaml } from 'yaml';
import { UserError } from '../errors.ts';
import { parseMarkdown, stringifyMarkdown } from '../markdown.ts';
import type { Locale } from '../types.ts';
import { releaseFields, type ContactFields, type ReleaseFields } from './fields.ts';
import { WEB_LANGUAGE } from './language-tags.ts';
import type { Layout } from './layout.ts';
import { formatDate, type ReleaseTemplates, type TemplateKey } from './template.ts';

export interface RenderInput {
  /** The assembled Markdown of the locale (front matter translated, `lang` set). */
  markdown: string;
  locale: Locale;
  /** For messages. */
  release: string;
  templates: ReleaseTemplates;
  /** Default `plain`. */
  layout?: Layout;
}

export interface RenderedMarkdown {
  markdown: string;
  fields: ReleaseFields;
}

const CONTACT_LABELS: Record<keyof ContactFields, TemplateKey> = {
  name: 'contact.name',
  organization: 'contact.organization',
  email: 'contact.email',
  website: 'contact.website',
};

export function renderMarkdown(input: RenderInput): RenderedMarkdown {
  const { locale, release, templates } = input;
  const t = (key: TemplateKey, values?: Record<string, string>) => templates.t(locale, key, values);
  const tree = parseMarkdown(input.markdown);
  const layout = input.layout ?? 'plain';
  const frontmatter = frontmatterOf(tree, release);
  const fields = releaseFields(frontmatter, locale, { release, locale });
  const [, source] = splitFrontmatter(tree);
  let body = source;
  const head = frontmatterFor(layout, frontmatter, fields, locale, release);

  const top: RootContent[] = [];
  if (layout !== 'plain') {
    // The generator prints the front matter's title; a leading `# heading` saying the same would print it twice.
    const first = body[0];
    if (first?.type === 'heading' && first.depth === 1 && textOf(first).trim() === fields.title) body = body.slice(1);
  } else if (!body.some((node) => node.type === 'heading' && node.depth === 1)) {
    if (fields.title) top.push({ type: 'heading', depth: 1, children: [textNode(fields.title)] });
    if (fields.subtitle) top.push(paragraph([{ type: 'emphasis', children: [textNode(fields.subtitle)] }]));
  }

  if (fields.date) {
    let date: string;
    try {
      date = formatDate(fields.date, locale);
    } catch (error) {
      if (error instanceof UserError)
        throw new UserError(`front-matter field \`date\`: ${error.message}`, { release, locale });
      throw error;
    }
    const line = fields.place
      ? t('dateline.withPlace', { place: fields.place, date })
      : t('dateline.dateOnly', { date });
    // Punctuation stays outside the bold: `**曼谷，2025年11月27日**——` reads as bold in CommonMark, while `——**`
    // before a Han character would not close and the printer would have to escape the character after it.
    const lead: PhrasingContent[] = [
      { type: 'strong', children: [textNode(line)] },
      textNode(t('dateline.dash') + t('format.space')),
    ];
    const first = body.find((node): node is Paragraph => node.type === 'paragraph');
    // The dateline opens the first paragraph, as in print; a body without one gets the dateline on its own.
    if (first) first.children = [...lead, ...first.children];
    else top.push(paragraph([{ type: 'strong', children: [textNode(line)] }, textNode(t('dateline.dash'))]));
  }

  const about: RootContent[] = [];
  if (fields.about) {
    const organization = fields.contact.organization;
    if (organization === undefined)
      throw new UserError('front-matter field `about` needs `contact.organization`, the name its heading gives', {
        release,
        locale,
      });
    about.push({ type: 'heading', depth: 2, children: [textNode(t('about.heading', { organization }))] });
    about.push(paragraph([textNode(fields.about)]));
  }

  const end: RootContent[] = [];
  const items = (Object.keys(CONTACT_LABELS) as (keyof ContactFields)[]).flatMap((key): ListItem[] => {
    const value = fields.contact[key];
    if (value === undefined) return [];
    return [
      {
        type: 'listItem',
        spread: false,
        children: [paragraph(labelled(t, CONTACT_LABELS[key], contactValue(key, value)))],
      },
    ];
  });
  if (items.length > 0) {
    end.push({ type: 'heading', depth: 2, children: [textNode(t('contact.heading'))] });
    end.push({ type: 'list', ordered: false, spread: false, children: items } satisfies List);
  }
  if (fields.releaseId) end.push(paragraph(labelled(t, 'release.id', [textNode(fields.releaseId)])));
  if (end.length > 0) end.unshift({ type: 'thematicBreak' });

  tree.children = [...head, ...top, ...body, ...about, ...end];
  return { markdown: stringifyMarkdown(tree), fields };
}

/** Front matter keys printed in the body (plain) or renamed for the generator (hugo, astro). */
const PRINTED_KEYS = ['title', 'subtitle', 'about'];

/**
 * The published front matter. Plain keeps the assembled one without what the body prints; hugo and astro get
 * the keys their content folders read: `title`, `description`, `date` (Hugo) or `pubDate` (Astro), the language
 * and a `translationKey` shared by every locale of a release.
 */
function frontmatterFor(
  layout: Layout,
  frontmatter: Record<string, unknown> | undefined,
  fields: ReleaseFields,
  locale: Locale,
  release: string,
): RootContent[] {
  let data: Record<string, unknown>;
  if (layout === 'plain') {
    data = Object.fromEntries(Object.entries(frontmatter ?? {}).filter(([key]) => !PRINTED_KEYS.includes(key)));
  } else {
    data = {
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      ...(fields.subtitle !== undefined ? { subtitle: fields.subtitle } : {}),
      ...(fields.summary !== undefined ? { description: fields.summary } : {}),
      ...(fields.date !== undefined ? { [layout === 'astro' ? 'pubDate' : 'date']: fields.date } : {}),
      lang: WEB_LANGUAGE[locale],
      translationKey: release,
      ...(fields.releaseId !== undefined ? { releaseId: fields.releaseId } : {}),
    };
  }
  if (Object.keys(data).length === 0) return [];
  return [{ type: 'yaml', value: stringifyYaml(data, { lineWidth: 0 }).trimEnd() }];
}

/** `**Label**: value`, with the locale's colon and spacing (`**电子邮箱**：value`). */
function labelled(
  t: (key: TemplateKey, values?: Record<string, string>) => string,
  key: TemplateKey,
  value: PhrasingContent[],
): PhrasingContent[] {
  return [
    { type: 'strong', children: [textNode(t(key))] },
    textNode(t('format.labelEnd') + t('format.space')),
    ...value,
  ];
}

/** E-mail and website become links only when they are what they claim to be; anything else stays text. */
function contactValue(key: keyof ContactFields, value: string): PhrasingContent[] {
  if (key === 'email' && /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/.test(value)) {
    return [link(`mailto:${value}`, value)];
  }
  if (key === 'website' && isWebUrl(value)) return [link(value, value)];
  return [textNode(value)];
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function frontmatterOf(tree: Root, release: string): Record<string, unknown> | undefined {
  const first = tree.children[0];
  if (first?.type !== 'yaml') return undefined;
  const document = parseDocument(first.value);
  if (document.errors.length > 0)
    throw new UserError(`invalid front matter in the assembled release: ${document.errors[0]?.message ?? ''}`, {
      release,
    });
  const data: unknown = document.toJSON();
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : undefined;
}

function splitFrontmatter(tree: Root): [RootContent[], RootContent[]] {
  const first = tree.children[0];
  return first?.type === 'yaml' ? [[first], tree.children.slice(1)] : [[], tree.children];
}

function textNode(value: string): PhrasingContent {
  return { type: 'text', value };
}

function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

function link(url: string, label: string): Link {
  return { type: 'link', url, title: null, children: [textNode(label)] };
}
