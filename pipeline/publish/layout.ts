// The shape of the output folder. `plain` is a static site of its own (Markdown, HTML, feeds, sitemap); `hugo`
// and `astro` are content folders those generators read as they are: Markdown whose front matter carries the
// title, so the body never repeats it, and no HTML, feeds or sitemap, which the generator makes itself.
import { UserError } from '../errors.ts';

export const LAYOUTS = ['plain', 'hugo', 'astro'] as const;
export type Layout = (typeof LAYOUTS)[number];

export function parseLayout(value: string): Layout {
  if ((LAYOUTS as readonly string[]).includes(value)) return value as Layout;
  throw new UserError(`--layout ${JSON.stringify(value)} is not one of ${LAYOUTS.join(', ')}`);
}

/** True when the layout has silkbridge write the pages, feeds and sitemap itself. */
export function writesPages(layout: Layout): boolean {
  return layout === 'plain';
}
