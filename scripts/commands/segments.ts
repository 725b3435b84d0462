// `npm run segments -- <file>`: the segments of a file in document order, as a translator will see them.
import { resolve } from 'node:path';
import { matchersFor, prepareRelease } from '../../pipeline/index.ts';
import { lockForm } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import type { Locale } from '../../pipeline/types.ts';
import { runsText } from '../../pipeline/runs.ts';
import { loadCheckedGlossary } from '../../pipeline/run/load.ts';
import { checkPaths } from '../paths.ts';

export interface SegmentsOptions {
  cwd: string;
  file: string;
  from?: Locale;
  json?: boolean;
  glossary: string;
  log?: (line: string) => void;
}

export async function segments(options: SegmentsOptions): Promise<void> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  await checkPaths(options.cwd, [
    ['segments', options.file, 'file'],
    ['--glossary', options.glossary, 'file'],
  ]);
  const { glossary } = await loadCheckedGlossary(resolve(options.cwd, options.glossary));
  const release = prepareRelease(
    resolve(options.cwd, options.file),
    matchersFor(glossary, createMatcher),
    options.from ? { from: options.from } : {},
  );
  const locale = release.doc.locale;
  const rows = release.segments.map((segment) => ({
    id: segment.id,
    // Locked terms print in the source's own form; codes are dropped.
    text: runsText(segment.source, (term) => lockForm(glossary, term, locale)),
    block: segment.blockId,
  }));
  if (options.json) {
    log(JSON.stringify(rows, null, 2));
    return;
  }
  for (const row of rows) log(`${row.id.padEnd(15)} ${row.block.padEnd(9)} ${row.text}`);
}
