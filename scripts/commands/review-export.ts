// `npm run review:export`: the units to review, one XLIFF file per release and target locale, for a CAT tool.
import { exportForReview, type ExchangeFormat, type ExportState } from '../../pipeline/exchange/index.ts';
import type { Locale } from '../../pipeline/types.ts';
import { checkPaths } from '../paths.ts';

export interface ReviewExportOptions {
  cwd: string;
  to: Locale[];
  state: ExportState;
  format: ExchangeFormat;
  out: string;
  input: string;
  memory: string;
  glossary: string;
  /** Where the paths written go (stdout by default): they are the command's data. */
  log?: (line: string) => void;
  /** Where the summary goes (stderr by default). */
  info?: (line: string) => void;
}

export async function reviewExport(options: ReviewExportOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const info = options.info ?? ((line: string) => process.stderr.write(`${line}\n`));
  await checkPaths(options.cwd, [
    ['--input', options.input, 'file-or-dir'],
    ['--glossary', options.glossary, 'file'],
    ['--memory', options.memory, 'dir-or-missing'],
    ['--out', options.out, 'dir-or-missing'],
  ]);
  const files = await exportForReview(options);
  for (const file of files) log(file.path);
  const units = files.reduce((n, file) => n + file.units, 0);
  info(
    files.length > 0
      ? `review:export: ${units} unit(s) in ${files.length} file(s) (${options.format}, state ${options.state})`
      : `review:export: nothing to review in ${options.to.join(', ')} (state ${options.state}); no file written`,
  );
  return 0;
}
