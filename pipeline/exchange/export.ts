// `review:export`: one file per release and target locale with the units to review, for an outside translator.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../fs.ts';
import { lockForm } from '../lock/glossary.ts';
import { createReviewSource, targetLocales } from '../review/project.ts';
import { reviewRelease } from '../review/segments.ts';
import type { Locale } from '../types.ts';
import { selectSegments } from './select.ts';
import type { ExchangeFormat, ExportState } from './types.ts';
import { writeXliff12 } from './xliff12.ts';
import { writeXliff2 } from './xliff2.ts';

export interface ExportOptions {
  cwd: string;
  input: string;
  memory: string;
  glossary: string;
  to: readonly Locale[];
  state: ExportState;
  format: ExchangeFormat;
  /** Folder the files are written to (made when missing). */
  out: string;
}

export interface ExportedFile {
  /** Relative to `cwd` when under it. */
  path: string;
  release: string;
  locale: Locale;
  units: number;
}

export const WRITERS = { xliff2: writeXliff2, xliff12: writeXliff12 } as const;

/** `<out>/<slug>.<locale>.xlf`. */
export function exportPath(out: string, release: string, locale: Locale): string {
  return join(out, `${release}.${locale}.xlf`);
}

/** Writes the files; a release × locale with nothing to review gets none. */
export async function exportForReview(options: ExportOptions): Promise<ExportedFile[]> {
  // An export writes nothing as anyone: the reviewer is for edits only.
  const source = createReviewSource({ ...options, reviewer: '' });
  const context = await source.context();
  const display = (term: string) => lockForm(context.glossary, term, 'en');
  const write = WRITERS[options.format];
  const written: ExportedFile[] = [];
  await mkdir(resolve(options.cwd, options.out), { recursive: true });
  for (const { prepared, file } of await source.releases(context.glossary)) {
    for (const locale of targetLocales(prepared)) {
      if (!options.to.includes(locale)) continue;
      const document = selectSegments(await reviewRelease(context, prepared, file, locale), options.state);
      if (document.segments.length === 0) continue;
      const path = exportPath(options.out, prepared.doc.slug, locale);
      writeFileAtomic(resolve(options.cwd, path), write(document, display));
      written.push({ path, release: prepared.doc.slug, locale, units: document.segments.length });
    }
  }
  return written;
}
