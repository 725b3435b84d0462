// The review's logic, without HTTP: what a release × locale looks like to a reviewer and the edits they make.
// review/server.ts serves it; every write goes through the memory's `editTmFile`.
export { approve, ApprovalRefused, comment, findSegment, parseTargetRuns, saveTarget, unapprove } from './edits.ts';
export type { EditTarget } from './edits.ts';
export { previewRelease, type Preview } from './preview.ts';
export { createReviewSource, reviewLocale, targetLocales } from './project.ts';
export type { LoadedRelease, ReviewContext, ReviewOptions, ReviewSource } from './project.ts';
export { categoryOf, checkTarget, FUZZY_ORIGIN, reviewRelease, summarizeReview } from './segments.ts';
export * from './types.ts';
