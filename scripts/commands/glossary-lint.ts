// `npm run glossary:lint`: validate and lint the glossary; exit 1 on errors. The findings are the data (stdout);
// the count line goes to stderr.
import { relative, resolve } from 'node:path';
import { lintGlossaryFile } from '../../pipeline/lock/lint.ts';
import { formatFinding } from '../../pipeline/findings.ts';
import { checkPaths } from '../paths.ts';

export interface GlossaryLintOptions {
  cwd: string;
  glossary: string;
  /** Print `{ glossary, terms, errors, warnings, findings }` as JSON instead of lines. */
  json?: boolean;
  /** Where the findings go (stdout by default). */
  log?: (line: string) => void;
  /** Where the count line goes (stderr by default). */
  info?: (line: string) => void;
}

export async function glossaryLint(options: GlossaryLintOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const info = options.info ?? ((line: string) => process.stderr.write(`${line}\n`));
  await checkPaths(options.cwd, [['--glossary', options.glossary, 'file']]);
  const file = resolve(options.cwd, options.glossary);
  const lint = await lintGlossaryFile(file);
  const findings = lint.findings.map((finding) => ({
    ...finding,
    ...(finding.file ? { file: relative(options.cwd, finding.file) } : {}),
  }));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const terms = lint.glossary?.terms.length ?? 0;
  const shown = relative(options.cwd, file);
  if (options.json) {
    const result = { glossary: shown, terms, errors, warnings: findings.length - errors, findings };
    log(JSON.stringify(result, null, 2));
  } else for (const finding of findings) log(formatFinding(finding));
  info(`${shown}: ${terms} terms, ${errors} error(s), ${findings.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}
