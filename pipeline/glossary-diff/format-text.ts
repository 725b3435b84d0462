// `--format text`: for a terminal. Changed words are red (old) and green (new) when colours are on; without
// colours they are wrapped as `[-old-]` and `{+new+}`, as `git diff --word-diff` does.
import { createColors } from 'picocolors';
import { baseLabel, describeChange, describeTerm, summaryLine } from './describe.ts';
import type { GlossaryDiffReport, WordPart } from './types.ts';

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

export function formatText(report: GlossaryDiffReport, options: { color: boolean }): string {
  const c = createColors(options.color);
  const mark = (parts: readonly WordPart[], side: 'removed' | 'added') =>
    parts
      .filter((part) => part.op === 'same' || part.op === side)
      .map((part) => {
        if (part.op === 'same') return part.text;
        if (options.color) return side === 'removed' ? c.red(c.strikethrough(part.text)) : c.green(c.bold(part.text));
        return side === 'removed' ? `[-${part.text}-]` : `{+${part.text}+}`;
      })
      .join('');
  const lines: string[] = [c.bold(`glossary diff: ${baseLabel(report)} → ${report.head.file} (working tree)`), ''];
  const { entries } = report;
  if (entries.added.length + entries.removed.length + entries.changed.length === 0) lines.push('entries: no change');
  else lines.push('entries:');
  for (const term of entries.added) lines.push(`  ${c.green('+')} ${term.id}  ${describeTerm(term)}`);
  for (const term of entries.removed) lines.push(`  ${c.red('-')} ${term.id}  ${describeTerm(term)}`);
  for (const term of entries.changed)
    lines.push(`  ${c.yellow('~')} ${term.id}  ${term.changes.map(describeChange).join('; ')}`);
  for (const release of report.releases) {
    for (const locale of release.locales) {
      lines.push(
        '',
        c.bold(`${release.release} · ${locale.locale} · ${locale.changed.length} sentence(s) change`) +
          c.dim(`  ${release.file}`),
      );
      for (const sentence of locale.changed) {
        lines.push(c.dim(`  ${sentence.block} ${sentence.segments.join(' ')}`));
        lines.push(
          `  - ${sentence.before === null ? c.dim('(no translation)') : oneLine(mark(sentence.words, 'removed'))}`,
        );
        lines.push(`  + ${oneLine(mark(sentence.words, 'added'))}`);
      }
      if (locale.needsTranslation.length > 0)
        lines.push(
          c.yellow(
            `  needs translation (${locale.needsTranslation.length}): the memory has nothing for the new masked source`,
          ),
        );
      for (const sentence of locale.needsTranslation) {
        lines.push(`${c.dim(`  ${sentence.block} ${sentence.segments.join(' ')}`)}  ${oneLine(sentence.source)}`);
        lines.push(c.dim(`    key: ${sentence.key}`));
      }
    }
  }
  lines.push('', `summary: ${summaryLine(report)}`);
  return `${lines.join('\n')}\n`;
}
