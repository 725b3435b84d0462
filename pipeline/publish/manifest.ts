// dist/manifest.json: per release and locale, the published files with their hashes, the word count, where the
// segments came from and the QA summary. Deterministic (sorted keys, no timestamps), so an unchanged publish
// produces an identical manifest and a diff shows exactly what changed.
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { parseMarkdown } from '../markdown.ts';
import type { Finding, Locale, TargetStatus } from '../types.ts';
import { provenance } from './policy.ts';

export interface SegmentCounts {
  total: number;
  /** Approved by a person (state reviewed or final). */
  reviewed: number;
  /** Translations from the memory not (yet) marked reviewed, other than engine output. */
  memory: number;
  /** Engine output not reviewed (only with --allow-unreviewed). */
  engine: number;
  /** Kept as written: the source locale, or nothing to translate. */
  source: number;
}

export interface ManifestEntry {
  /** Paths relative to the output folder, with `/`. */
  md: string;
  /** Absent in the hugo and astro layouts, where the site generator renders the page. */
  html?: string;
  sha256: { md: string; html?: string };
  words: number;
  segments: SegmentCounts;
  qa: { errors: number; warnings: number };
}

export interface Manifest {
  releases: Record<string, Partial<Record<Locale, ManifestEntry>>>;
}

export interface EntryInput {
  locale: Locale;
  paths: { md: string; html: string };
  /** The exact text written to each file. */
  markdown: string;
  html?: string;
  /** Every segment's target status (LocaleResult.targets). */
  targets: ReadonlyMap<string, TargetStatus>;
  findings: readonly Finding[];
}

export function manifestEntry(input: EntryInput): ManifestEntry {
  const segments: SegmentCounts = { total: input.targets.size, reviewed: 0, memory: 0, engine: 0, source: 0 };
  for (const target of input.targets.values()) {
    const kind = provenance(target);
    // Artefacts never pass the gate; should one get here it is counted as the unreviewed machine text it is.
    segments[kind === 'artefact' ? 'engine' : kind]++;
  }
  const errors = input.findings.filter((finding) => finding.severity === 'error').length;
  return {
    md: input.paths.md,
    ...(input.html !== undefined ? { html: input.paths.html } : {}),
    sha256: { md: sha256(input.markdown), ...(input.html !== undefined ? { html: sha256(input.html) } : {}) },
    words: countWords(input.markdown, input.locale),
    segments,
    qa: { errors, warnings: input.findings.length - errors },
  };
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * Words a reader sees in the published Markdown (front matter excluded). Intl.Segmenter splits Thai and Chinese,
 * which have no spaces between words, with the dictionaries ICU ships; each text block is counted on its own so
 * that a heading's last word and the next paragraph's first never merge.
 */
export function countWords(markdown: string, locale: Locale): number {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  let words = 0;
  for (const text of blockTexts(parseMarkdown(markdown))) {
    for (const part of segmenter.segment(text)) if (part.isWordLike) words++;
  }
  return words;
}

function blockTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'yaml' || node.type === 'html') return SKIP;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      texts.push(textOf(node));
      return SKIP;
    }
    return undefined;
  });
  return texts;
}

/** JSON with every object's keys sorted, two-space indented, with a final newline. */
export function stringifyManifest(manifest: Manifest): string {
  return `${JSON.stringify(sortKeys(manifest), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
