// `npm run review:import`: targets back from a translator's CAT tool. Each file is checked whole; any problem
// refuses it (one line per problem, exit 1) and nothing is merged.
import { formatProblem, type ImportState, importReviewed } from '../../pipeline/exchange/index.ts';
import { UserError } from '../../pipeline/errors.ts';
import { checkPaths } from '../paths.ts';
import { gitUserName } from './review.ts';

export interface ReviewImportOptions {
  cwd: string;
  files: string[];
  reviewer?: string;
  state: ImportState;
  input: string;
  memory: string;
  glossary: string;
  now?: () => Date;
  /** Where the problems and the summary go (stderr by default). */
  info?: (line: string) => void;
}

export async function reviewImport(options: ReviewImportOptions): Promise<number> {
  const info = options.info ?? ((line: string) => process.stderr.write(`${line}\n`));
  const reviewer = options.reviewer?.trim() || (await gitUserName(options.cwd));
  if (!reviewer)
    throw new UserError('who is reviewing? pass --reviewer NAME or set it once with `git config user.name NAME`');
  await checkPaths(options.cwd, [
    ['--input', options.input, 'file-or-dir'],
    ['--glossary', options.glossary, 'file'],
    ['--memory', options.memory, 'dir-or-missing'],
    ...options.files.map((file): [string, string, 'file'] => ['file', file, 'file']),
  ]);
  const result = await importReviewed({ ...options, reviewer });
  if ('problems' in result) {
    for (const problem of result.problems) info(formatProblem(problem));
    const files = new Set(result.problems.map((problem) => problem.file)).size;
    info(`review:import: ${result.problems.length} problem(s) in ${files} file(s); nothing was imported`);
    return 1;
  }
  for (const file of result.imported)
    info(`${file.path}: ${file.release} ${file.locale}: ${file.stored} unit(s) stored, ${file.unchanged} unchanged`);
  const stored = result.imported.reduce((n, file) => n + file.stored, 0);
  info(`review:import: ${stored} unit(s) stored as ${options.state} by ${reviewer}`);
  return 0;
}
