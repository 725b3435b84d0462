// `npm run publish`: every release in every locale from the translation memory (never an engine), gated, then
// written to dist/<locale>/<slug>.{md,html} plus dist/manifest.json in one atomic swap.
// Gate: any missing translation, QA error, pseudo/identity text or draft target, and (unless --allow-unreviewed)
// any engine translation nobody reviewed, refuses the whole publish: exit 1, every problem named, nothing written.
import { relative, resolve } from 'node:path';
import { UserError } from '../../pipeline/errors.ts';
import {
  assertSlug,
  blockers,
  checkOutDir,
  loadTemplates,
  MANIFEST_FILE,
  manifestEntry,
  atomFeed,
  feedUrl,
  parseBaseUrl,
  parseLayout,
  publishRelease,
  removeStale,
  SITEMAP_FILE,
  sitemapXml,
  WEB_LANGUAGE,
  writesPages,
  type FeedEntry,
  type PublishedPage,
  type SitemapPage,
  replaceDir,
  stringifyManifest,
  type Blocker,
  type Manifest,
  type ManifestEntry,
} from '../../pipeline/publish/index.ts';
import { LOCALES, type Locale } from '../../pipeline/types.ts';
import type { LocaleResult } from '../../pipeline/run/finish.ts';
import { runReleases } from '../../pipeline/run/index.ts';
import { checkPaths } from '../paths.ts';
import { groupBlockers } from '../refusals.ts';

export interface PublishOptions {
  cwd: string;
  input: string;
  out: string;
  glossary: string;
  memory: string;
  /** Folder of `<lng>/release.json` template strings. */
  templates: string;
  /** Publish engine translations that nobody reviewed (default: refuse them). */
  allowUnreviewed?: boolean;
  /** Where `out` is served from: absolute alternates, canonical URLs, sitemap and feeds. */
  baseUrl?: string;
  /** `plain` (default), `hugo` or `astro`. */
  layout?: string;
  /** Where the summary goes (stderr by default: publish's data is the files it writes). */
  log?: (line: string) => void;
  /** Where refusals go (stderr by default). */
  logError?: (line: string) => void;
}

/** A release that passed the gate, rendered once every release is known. */
interface Pending {
  slug: string;
  file: string;
  source: Locale;
  results: [Locale, LocaleResult][];
}

/** Thrown inside the build so that the temp folder is dropped; carries every blocker of the run. */
class PublishRefused extends Error {
  constructor(readonly blockers: Blocker[]) {
    super(`${blockers.length} problem(s) block publishing`);
  }
}

interface LocaleTotals {
  releases: number;
  words: number;
  reviewed: number;
  memory: number;
  engine: number;
  source: number;
  warnings: number;
}

/** Returns the exit code: 0 when everything was published, 1 when the gate refused (nothing written). */
export async function publish(options: PublishOptions): Promise<number> {
  const { cwd } = options;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
  await checkPaths(cwd, [
    ['--input', options.input, 'file-or-dir'],
    ['--glossary', options.glossary, 'file'],
    ['--memory', options.memory, 'dir'],
    ['--templates', options.templates, 'dir'],
    ['--out', options.out, 'dir-or-missing'],
  ]);
  const out = resolve(cwd, options.out);
  const shown = relative(cwd, out);
  const outName = shown && !shown.startsWith('..') ? shown : out;
  const sources = [options.input, options.memory, options.glossary, options.templates].map((path) =>
    resolve(cwd, path),
  );
  await checkOutDir(out, cwd, sources);
  const stale = await removeStale(out);
  if (stale.length > 0)
    logError(`removed ${stale.length} folder(s) left by an interrupted publish: ${stale.join(', ')}`);
  const layout = parseLayout(options.layout ?? 'plain');
  const baseUrl = options.baseUrl !== undefined ? parseBaseUrl(options.baseUrl) : undefined;
  const templates = await loadTemplates(resolve(cwd, options.templates));
  const policy = { allowUnreviewed: Boolean(options.allowUnreviewed) };
  const locales: Locale[] = [...LOCALES];
  const problems: Blocker[] = [];
  const manifest: Manifest = { releases: {} };
  const totals = new Map<Locale, LocaleTotals>(
    locales.map((l) => [l, { releases: 0, words: 0, reviewed: 0, memory: 0, engine: 0, source: 0, warnings: 0 }]),
  );

  // Pages link their locale's feed, and a locale has one only when some release is dated: so every release is
  // gated first and rendered once all are known.
  const pending: Pending[] = [];
  const feeds = new Set<Locale>();
  const feedEntries = new Map<Locale, FeedEntry[]>(locales.map((l) => [l, []]));
  const sitemap: SitemapPage[] = [];
  let written = 0;
  const undated: Locale[] = [];

  try {
    await replaceDir(out, async (writer) => {
      await runReleases(
        {
          cwd,
          input: options.input,
          to: locales,
          provider: 'memory',
          glossary: options.glossary,
          memory: options.memory,
          env: {},
        },
        async ({ release, locales: results }) => {
          const slug = release.doc.slug;
          const file = relative(cwd, release.doc.path);
          assertSlug(slug);
          for (const [locale, result] of results) problems.push(...blockers(slug, locale, result, policy));
          // Once anything blocks, nothing will be written: keep checking the rest, stop keeping pages.
          if (problems.length > 0) return;
          const date = release.doc.frontmatter?.date;
          if (date !== undefined && date !== null && date !== '') for (const [locale] of results) feeds.add(locale);
          pending.push({ slug, file, source: release.doc.locale, results });
        },
      );
      if (problems.length > 0) throw new PublishRefused(problems);

      for (const { slug, file, source, results } of pending) {
        let pages: PublishedPage[];
        try {
          pages = publishRelease({
            slug,
            source,
            versions: results.map(([locale, result]) => [locale, result.markdown as string] as const),
            templates,
            layout,
            ...(baseUrl !== undefined ? { baseUrl, feeds } : {}),
          });
        } catch (error) {
          if (error instanceof UserError)
            throw new UserError(`${file}: ${error.message}`, { ...error.place, release: slug });
          throw error;
        }
        const entries: Partial<Record<Locale, ManifestEntry>> = {};
        for (const page of pages) {
          const result = results.find(([locale]) => locale === page.locale)?.[1];
          if (result === undefined) continue;
          await writer.write(page.paths.md, page.markdown);
          written++;
          if (page.html !== undefined) {
            await writer.write(page.paths.html, page.html);
            written++;
          }
          const entry = manifestEntry({
            locale: page.locale,
            paths: page.paths,
            markdown: page.markdown,
            ...(page.html !== undefined ? { html: page.html } : {}),
            targets: result.targets,
            findings: result.findings,
          });
          entries[page.locale] = entry;
          addTotals(totals.get(page.locale), entry);
          if (page.url === undefined || page.html === undefined) continue;
          sitemap.push({
            url: page.url,
            alternates: page.alternates,
            ...(page.fields.date !== undefined ? { lastmod: page.fields.date } : {}),
          });
          if (page.fields.date !== undefined)
            feedEntries.get(page.locale)?.push({
              url: page.url,
              title: page.fields.title ?? slug,
              date: page.fields.date,
              author: page.fields.contact.organization ?? page.fields.contact.name ?? new URL(page.url).host,
              alternates: page.alternates.filter(
                (alternate) => alternate.href !== page.url && alternate.hreflang !== 'x-default',
              ),
              ...(page.fields.summary !== undefined ? { summary: page.fields.summary } : {}),
            });
        }
        manifest.releases[slug] = entries;
      }

      if (baseUrl !== undefined && writesPages(layout)) {
        for (const locale of locales) {
          const feed = atomFeed({
            language: WEB_LANGUAGE[locale],
            url: feedUrl(baseUrl, locale),
            title: templates.t(locale, 'feed.title'),
            entries: feedEntries.get(locale) ?? [],
          });
          if (feed === undefined) {
            undated.push(locale);
            continue;
          }
          await writer.write(`${locale}/feed.xml`, feed);
          written++;
        }
        await writer.write(SITEMAP_FILE, sitemapXml(sitemap));
        written++;
      }
      await writer.write(MANIFEST_FILE, stringifyManifest(manifest));
    });
  } catch (error) {
    if (!(error instanceof PublishRefused)) throw error;
    const releases = new Set(error.blockers.map((b) => b.release)).size;
    logError(
      `publish refused: ${error.blockers.length} problem(s) in ${releases} release(s); nothing was written to ${outName}`,
    );
    for (const line of groupBlockers(error.blockers)) logError(line);
    if (error.blockers.some((b) => b.reason === 'unreviewed'))
      logError('(engine translations may be published unreviewed with --allow-unreviewed)');
    return 1;
  }

  const releases = Object.keys(manifest.releases).length;
  log(`published ${releases} release(s) in ${locales.join(', ')} to ${outName} (${written} files + ${MANIFEST_FILE})`);
  for (const [locale, t] of totals) {
    log(
      `  ${locale}: ${t.words} words; segments ${t.reviewed} reviewed, ${t.memory} memory, ${t.engine} engine (unreviewed), ${t.source} source; ${t.warnings} QA warning(s)`,
    );
  }
  if (undated.length > 0)
    log(`no feed for ${undated.join(', ')}: no release there has a \`date:\` (YYYY-MM-DD) in its front matter`);
  return 0;
}

function addTotals(totals: LocaleTotals | undefined, entry: ManifestEntry): void {
  if (!totals) return;
  totals.releases++;
  totals.words += entry.words;
  totals.reviewed += entry.segments.reviewed;
  totals.memory += entry.segments.memory;
  totals.engine += entry.segments.engine;
  totals.source += entry.segments.source;
  totals.warnings += entry.qa.warnings;
}
