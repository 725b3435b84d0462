// `npm run glossary:candidates`: names and brands in the sources that the glossary lacks, with counts and
// file:line places, so the glossary grows with the content. A report: exits 0.
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { findCandidates, type Candidate, type CandidateSource } from '../../pipeline/candidates/index.ts';
import { UserError } from '../../pipeline/errors.ts';
import { listMarkdown, loadCheckedGlossary } from '../../pipeline/run/load.ts';

export const CANDIDATE_FORMATS = ['text', 'json'] as const;

export interface GlossaryCandidatesOptions {
  cwd: string;
  input: string;
  glossary: string;
  format?: string;
  minCount?: number;
  log?: (text: string) => void;
}

/** Places shown per name in the text format; JSON lists them all. */
const SHOWN_PLACES = 5;

export async function glossaryCandidates(options: GlossaryCandidatesOptions): Promise<number> {
  const { cwd } = options;
  const log = options.log ?? ((text: string) => process.stdout.write(text));
  const format = options.format ?? 'text';
  if (!(CANDIDATE_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(`unknown format "${format}"; expected one of ${CANDIDATE_FORMATS.join(', ')}`);
  }
  const { glossary } = await loadCheckedGlossary(resolve(cwd, options.glossary));
  const files = await listMarkdown(cwd, options.input);
  if (files.length === 0) throw new UserError(`no Markdown files in ${options.input}`);
  const sources: CandidateSource[] = [];
  for (const file of files) sources.push({ text: await readFile(file, 'utf8'), file: relative(cwd, file) });
  const candidates = findCandidates(sources, glossary, { minCount: options.minCount ?? 1 });

  if (format === 'json') {
    log(`${JSON.stringify({ glossary: relative(cwd, glossary.file), files: files.length, candidates }, null, 2)}\n`);
    return 0;
  }
  const label = (c: Candidate) => (c.spellings.length > 0 ? `${c.name} (also ${c.spellings.join(', ')})` : c.name);
  const width = Math.max(4, ...candidates.map((c) => [...label(c)].length));
  const lines = candidates.map((c) => {
    const places = c.places.slice(0, SHOWN_PLACES).map((p) => `${p.file}:${p.line}`);
    const more = c.places.length > SHOWN_PLACES ? ` (+${c.places.length - SHOWN_PLACES} more)` : '';
    return `${String(c.count).padStart(5)}  ${label(c).padEnd(width)}  ${places.join(', ')}${more}`;
  });
  lines.push(`${candidates.length} candidate(s) in ${files.length} file(s) not in ${relative(cwd, glossary.file)}`);
  log(`${lines.join('\n')}\n`);
  return 0;
}
