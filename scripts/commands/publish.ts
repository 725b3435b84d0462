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
  formatBlocker,
  loadTemplates,
  MANIFEST_FILE,
  manifestEntry,
  publishRelease,
  removeStale,
  replaceDir,
  stringifyManifest,
  type Blocker,
  type Manifest,
  type ManifestEntry,
} from '../../pipeline/publish/index.ts';
import { LOCALES, type Locale } from '../../pipeline/types.ts';
import { runReleases } from '../../pipeline/run/index.ts';

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
  log?: (line: string) => void;
  /** Where refusals go (stderr by default). */
  logError?: (line: string) => void;
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
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const logError = options.logError ?? ((line: string) => process.stderr.write(`${line}\n`));
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
  const templates = await loadTemplates(resolve(cwd, options.templates));
  const policy = { allowUnreviewed: Boolean(options.allowUnreviewed) };
  const locales: Locale[] = [...LOCALES];
  const problems: Blocker[] = [];
  const manifest: Manifest = { releases: {} };
  const slugs = new Map<string, string>();
  const totals = new Map<Locale, LocaleTotals>(
    locales.map((l) => [l, { releases: 0, words: 0, reviewed: 0, memory: 0, engine: 0, source: 0, warnings: 0 }]),
  );

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
          const other = slugs.get(slug);
          if (other !== undefined)
            throw new UserError(
              `${file} and ${other} have the same slug "${slug}"; they would publish to the same files`,
            );
          slugs.set(slug, file);
          assertSlug(slug);
          for (const [locale, result] of results) problems.push(...blockers(slug, locale, result, policy));
          // Once anything blocks, nothing will be written: keep checking the rest, stop rendering.
          if (problems.length > 0) return;
          const published = results.map(([locale]) => locale);
          const entries: Partial<Record<Locale, ManifestEntry>> = {};
          for (const [locale, result] of results) {
            let page: ReturnType<typeof publishRelease>;
            try {
              page = publishRelease({ slug, locale, markdown: result.markdown as string, published, templates });
            } catch (error) {
              if (error instanceof UserError)
                throw new UserError(`${file} (${locale}): ${error.message}`, { ...error.place, release: slug, locale });
              throw error;
            }
            await writer.write(page.paths.md, page.markdown);
            await writer.write(page.paths.html, page.html);
            const entry = manifestEntry({
              locale,
              paths: page.paths,
              markdown: page.markdown,
              html: page.html,
              targets: result.targets,
              findings: result.findings,
            });
            entries[locale] = entry;
            addTotals(totals.get(locale), entry);
          }
          manifest.releases[slug] = entries;
        },
      );
      if (problems.length > 0) throw new PublishRefused(problems);
      await writer.write(MANIFEST_FILE, stringifyManifest(manifest));
    });
  } catch (error) {
    if (!(error instanceof PublishRefused)) throw error;
    logError(`publish refused: ${error.blockers.length} problem(s); nothing was written to ${outName}`);
    for (const blocker of error.blockers) logError(formatBlocker(blocker));
    if (error.blockers.some((b) => b.reason === 'unreviewed'))
      logError('(engine translations may be published unreviewed with --allow-unreviewed)');
    return 1;
  }

  const releases = Object.keys(manifest.releases).length;
  log(
    `published ${releases} release(s) in ${locales.join(', ')} to ${outName} (${releases * locales.length * 2} files + ${MANIFEST_FILE})`,
  );
  for (const [locale, t] of totals) {
    log(
      `  ${locale}: ${t.words} words; segments ${t.reviewed} reviewed, ${t.memory} memory, ${t.engine} engine (unreviewed), ${t.source} source; ${t.warnings} QA warning(s)`,
    );
  }
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
