// `--format markdown`: a pull-request comment. One heading per release and locale; each sentence once, old
// words struck through and new words in bold. Text from sources is escaped so it cannot break the markup.
import { baseLabel, describeChange, describeTerm, summaryLine } from './describe.ts';
import type { GlossaryDiffReport, WordPart } from './types.ts';

/** Backslash every character that Markdown (GFM) could read as markup, and keep the sentence on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_~[\]<>|]/g, (ch) => `\\${ch}`);
}

/** `~~old~~ **new**`, with white space kept outside the markers (GFM ignores `~~ x~~`). */
export function markWords(parts: readonly WordPart[]): string {
  return parts
    .map((part) => {
      const text = escapeMarkdown(part.text);
      if (part.op === 'same') return text;
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(text) ?? [];
      if (core === '') return part.op === 'added' ? text : '';
      return `${lead}${part.op === 'removed' ? `~~${core}~~` : `**${core}**`}${trail}`;
    })
    .join('');
}

export function formatMarkdown(report: GlossaryDiffReport): string {
  const lines: string[] = [
    `## Glossary diff: \`${baseLabel(report)}\` → working tree`,
    '',
    `**Summary:** ${escapeMarkdown(summaryLine(report))}`,
    '',
  ];
  const { entries } = report;
  if (entries.added.length + entries.removed.length + entries.changed.length > 0) {
    lines.push('### Entries', '', '| | entry | change |', '| --- | --- | --- |');
    const row = (kind: string, id: string, what: string) =>
      lines.push(`| ${kind} | \`${id}\` | ${escapeMarkdown(what)} |`);
    for (const term of entries.added) row('added', term.id, describeTerm(term));
    for (const term of entries.removed) row('removed', term.id, describeTerm(term));
    for (const term of entries.changed) row('changed', term.id, term.changes.map(describeChange).join('; '));
    lines.push('');
  }
  for (const release of report.releases) {
    for (const locale of release.locales) {
      const needs =
        locale.needsTranslation.length > 0
          ? `, ${locale.needsTranslation.length} need${locale.needsTranslation.length === 1 ? 's' : ''} translation`
          : '';
      lines.push(
        `### ${escapeMarkdown(release.release)} · ${locale.locale} (${locale.changed.length} sentence${locale.changed.length === 1 ? '' : 's'} change${needs})`,
        '',
      );
      for (const sentence of locale.changed) {
        const where = `<sub>${sentence.block} · ${sentence.segments.join(' ')}</sub>`;
        const before = sentence.before === null ? '*(no translation before)* ' : '';
        lines.push(`- ${before}${markWords(sentence.words)} ${where}`);
      }
      if (locale.needsTranslation.length > 0) {
        if (locale.changed.length > 0) lines.push('');
        lines.push(
          `**Needs translation (${locale.needsTranslation.length}):** the memory has nothing for the new masked source.`,
          '',
        );
        for (const sentence of locale.needsTranslation)
          lines.push(`- ${escapeMarkdown(sentence.source)} <sub>${sentence.block}</sub>`);
      }
      lines.push('');
    }
  }
  if (report.releases.length === 0) lines.push('No output changes.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}
