// Public API of the glossary diff: compare two glossaries, and per release the sentences whose output changes.
export { diffEntries, summarizeTerm, termChanges } from './entries.ts';
export { alignSegments, sourceOffsets, type SegmentGroup } from './align.ts';
export { diffRelease, type GlossarySide, type ReleaseInput } from './release.ts';
export { buildReport, DIFF_LOCALES, sideOf, type ReportInput } from './report.ts';
export { diffTokens, runTokens, sidesOf, tokenize } from './words.ts';
export { formatText } from './format-text.ts';
export { escapeMarkdown, formatMarkdown, markWords } from './format-markdown.ts';
export type * from './types.ts';
