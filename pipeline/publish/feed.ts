// dist/<locale>/feed.xml: an Atom feed (RFC 4287) of the releases published in one locale, newest first. A feed
// is a dated list, so a release without a `date` has no entry; a locale with no dated release gets no feed.
import { create } from 'xmlbuilder2';
import type { Alternate } from './html.ts';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface FeedEntry {
  /** The page's absolute URL: also the entry's id, which stays put when the text is revised. */
  url: string;
  title: string;
  summary?: string;
  /** `YYYY-MM-DD`. */
  date: string;
  author: string;
  /** The other language versions of the release. */
  alternates: readonly Alternate[];
}

export interface FeedInput {
  /** BCP 47. */
  language: string;
  /** The feed's own absolute URL. */
  url: string;
  title: string;
  entries: readonly FeedEntry[];
}

/** The feed's XML, or `undefined` when no entry has a date to sort by. */
export function atomFeed(input: FeedInput): string | undefined {
  const entries = [...input.entries].sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
  const newest = entries[0];
  if (newest === undefined) return undefined;
  const feed = create({ version: '1.0', encoding: 'UTF-8' }).ele(ATOM_NS, 'feed', { 'xml:lang': input.language });
  feed.ele('id').txt(input.url);
  feed.ele('title').txt(input.title);
  feed.ele('updated').txt(instant(newest.date));
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: input.url });
  feed.ele('generator').txt('silkbridge');
  for (const entry of entries) {
    const item = feed.ele('entry');
    item.ele('id').txt(entry.url);
    item.ele('title').txt(entry.title);
    item.ele('updated').txt(instant(entry.date));
    item.ele('published').txt(instant(entry.date));
    item.ele('author').ele('name').txt(entry.author);
    item.ele('link', { rel: 'alternate', type: 'text/html', hreflang: input.language, href: entry.url });
    for (const alternate of entry.alternates) {
      item.ele('link', { rel: 'alternate', type: 'text/html', hreflang: alternate.hreflang, href: alternate.href });
    }
    if (entry.summary !== undefined) item.ele('summary').txt(entry.summary);
  }
  return `${feed.end({ prettyPrint: true })}\n`;
}

/** A release date is a day; Atom wants an instant: its start, in UTC. */
function instant(date: string): string {
  return `${date}T00:00:00Z`;
}
