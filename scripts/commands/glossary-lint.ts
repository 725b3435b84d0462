// `npm run glossary:lint`: validate and lint the glossary; exit 1 on errors, list warnings.
import { relative, resolve } from 'node:path';
import { lintGlossaryFile } from '../../pipeline/lock/lint.ts';
import { formatFinding } from '../../pipeline/findings.ts';

export interface GlossaryLintOptions {
  cwd: string;
  glossary: string;
  log?: (line: string) => void;
}

export async function glossaryLint(options: GlossaryLintOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const file = resolve(options.cwd, options.glossary);
  const { glossary, findings } = await lintGlossaryFile(file);
  for (const finding of findings)
    log(formatFinding({ ...finding, file: finding.file ? relative(options.cwd, finding.file) : undefined }));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  log(
    `${relative(options.cwd, file)}: ${glossary?.terms.length ?? 0} terms, ${errors} error(s), ${findings.length - errors} warning(s)`,
  );
  return errors > 0 ? 1 : 0;
}
