// The review's view of a release in one target locale: what the page shows and what an edit sends back. Plain
// JSON-able data: the server passes it through unchanged.
import type { Block, Finding, Locale, Run, TargetState } from '../types.ts';

/**
 * Where a segment stands, for the dashboard and the filters.
 * - `reviewed`: a person approved it (state `reviewed` or `final`).
 * - `human`: translated by a person (or imported), not yet approved.
 * - `engine`: an engine's (or a test aid's) output nobody approved.
 * - `fuzzy`: no translation, or a fuzzy match inserted and not approved; a close earlier translation exists.
 * - `missing`: no translation and no close match.
 */
export const REVIEW_CATEGORIES = ['reviewed', 'human', 'engine', 'fuzzy', 'missing'] as const;
export type ReviewCategory = (typeof REVIEW_CATEGORIES)[number];

/** What a chip or tag of the editor shows for a lock or an inline code. */
export interface RunLabels {
  /** Lock term id → its locked form in the source and the target locale. */
  locks: Record<string, { source: string; target: string }>;
  /** Inline code id → the Markdown node type behind it (`emphasis`, `link`, `inlineCode` …). */
  codes: Record<string, string>;
}

export interface ReviewNote {
  category?: string;
  text: string;
}

export interface FuzzySuggestion {
  /** 0–1, on the masked source. */
  similarity: number;
  /** The matched source (white space as the memory's key has it, collapsed). */
  source: Run[];
  target: Run[];
  /** The difference from this segment's source to the matched one, word by word. */
  diff: { op: 'same' | 'added' | 'removed'; text: string }[];
}

export interface ReviewSegment {
  id: string;
  block: string;
  kind: Block['kind'];
  source: Run[];
  /** Undefined when nothing translates it yet. */
  target?: Run[];
  state?: TargetState;
  origin?: string;
  reviewer?: string;
  reviewedAt?: string;
  category: ReviewCategory;
  /** QA findings of the target as it stands (empty without a target). */
  findings: Finding[];
  notes: ReviewNote[];
  /** Only for a segment without a translation of its own, or whose translation is a fuzzy match. */
  fuzzy: FuzzySuggestion[];
}

export type CategoryCounts = Record<ReviewCategory, number>;

export interface LocaleSummary {
  release: string;
  /** The Markdown file, relative to the project. */
  file: string;
  title?: string;
  source: Locale;
  locale: Locale;
  segments: number;
  counts: CategoryCounts;
  qa: { errors: number; warnings: number };
}

export interface ReleaseReview extends Omit<LocaleSummary, 'counts' | 'qa' | 'segments'> {
  labels: RunLabels;
  segments: ReviewSegment[];
}
