// The preview of a release in one locale: assembled from the targets the review shows (the source stands in for a
// segment without one, so a half-reviewed release can be read) and rendered by publish itself, sanitizer included.
import { resolve } from 'node:path';
import { assemble } from '../assemble/index.ts';
import { UserError } from '../errors.ts';
import type { PreparedRelease } from '../index.ts';
import { loadTemplates, publishRelease, renderHtml } from '../publish/index.ts';
import type { Locale, Run } from '../types.ts';
import type { ReviewOptions } from './project.ts';
import type { ReleaseReview } from './types.ts';
import type { Glossary } from '../lock/glossary.ts';

export interface Preview {
  /** The sanitized page publish would write. */
  html: string;
  /** Segments shown in the source language because they have no translation yet. */
  untranslated: number;
  /** Why the page is the bare body rather than the published page (a template field is missing …), if it is. */
  problem?: string;
}

export async function previewRelease(
  options: ReviewOptions,
  glossary: Glossary,
  release: PreparedRelease,
  review: ReleaseReview,
  locale: Locale,
): Promise<Preview> {
  const targets = new Map<string, readonly Run[]>();
  for (const segment of release.segments) targets.set(segment.id, segment.source);
  let untranslated = 0;
  for (const segment of review.segments) {
    if (segment.target) targets.set(segment.id, segment.target);
    else untranslated++;
  }
  let markdown: string;
  try {
    markdown = assemble({
      doc: release.doc,
      blocks: release.blocks,
      segments: release.segments,
      targets,
      locale,
      glossary,
    });
  } catch (error) {
    // A target whose codes do not nest cannot be assembled: the editor shows that segment's codes error.
    return { html: '', untranslated, problem: `the release does not assemble: ${(error as Error).message}` };
  }
  try {
    const templates = await loadTemplates(resolve(options.cwd, options.templates ?? 'locales'));
    const [page] = publishRelease({
      slug: release.doc.slug,
      source: release.doc.locale,
      versions: [[locale, markdown]],
      templates,
    });
    return { html: page?.html ?? '', untranslated };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { html: renderHtml({ markdown, locale, alternates: [] }), untranslated, problem: error.message };
  }
}
