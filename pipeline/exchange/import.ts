// `review:import`: files back from translators. Every file is read and every unit checked before anything is
// written; when any file has a problem, nothing at all is merged and every problem is returned. Otherwise each
// file's units are merged into the memory in one locked, atomic write.
import { resolve } from 'node:path';
import { createReviewSource } from '../review/project.ts';
import { unitsOf } from '../review/segments.ts';
import { tmPath } from '../tm/index.ts';
import { checkFile, releaseOf, type ImportPlan } from './check.ts';
import { mergePlan } from './merge.ts';
import { readReturnedFile } from './read.ts';
import type { ImportProblem, ImportState } from './types.ts';

export interface ImportOptions {
  cwd: string;
  /** As the user named them, relative to `cwd`. */
  files: readonly string[];
  input: string;
  memory: string;
  glossary: string;
  reviewer: string;
  state: ImportState;
  /** The clock of `reviewedAt` (tests fix it). */
  now?: () => Date;
}

export interface ImportedFile {
  path: string;
  release: string;
  locale: string;
  /** Units stored: new targets and approvals. */
  stored: number;
  /** Units left alone: no target, or nothing new. */
  unchanged: number;
}

export type ImportResult = { problems: ImportProblem[] } | { imported: ImportedFile[] };

export async function importReviewed(options: ImportOptions): Promise<ImportResult> {
  const source = createReviewSource(options);
  const context = await source.context();
  const releases = await source.releases(context.glossary);
  const plans: ImportPlan[] = [];
  const problems: ImportProblem[] = [];
  for (const path of options.files) {
    const file = await readReturnedFile(resolve(options.cwd, path), path);
    const release = releaseOf(file, releases);
    if (!('prepared' in release)) {
      problems.push(release);
      continue;
    }
    const units = await unitsOf(tmPath(context.memoryDir, release.prepared.doc.slug, file.trgLang));
    const checked = checkFile(file, release, { ...context, units, reviewer: options.reviewer, state: options.state });
    if ('problems' in checked) problems.push(...checked.problems);
    else plans.push(checked.plan);
  }
  if (problems.length > 0) return { problems };
  const at = (options.now ?? (() => new Date()))().toISOString();
  const imported: ImportedFile[] = [];
  for (const plan of plans) {
    const stored = await mergePlan(plan, { memoryDir: context.memoryDir, reviewer: options.reviewer, at });
    imported.push({
      path: plan.file.path,
      release: plan.release.prepared.doc.slug,
      locale: plan.locale,
      stored,
      unchanged: plan.unchanged,
    });
  }
  return { imported };
}
