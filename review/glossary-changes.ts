// The glossary-changes page's data: exactly what `npm run glossary:diff --format json` reports, from that command.
import { glossaryDiff } from '../scripts/commands/glossary-diff.ts';
import type { GlossaryDiffReport } from '../pipeline/glossary-diff/index.ts';
import type { ReviewOptions } from '../pipeline/review/index.ts';

export async function glossaryChanges(options: ReviewOptions, base: string): Promise<GlossaryDiffReport> {
  let json = '';
  await glossaryDiff({
    cwd: options.cwd,
    base,
    format: 'json',
    glossary: options.glossary,
    input: options.input,
    memory: options.memory,
    log: (text) => {
      json += text;
    },
  });
  return JSON.parse(json) as GlossaryDiffReport;
}
