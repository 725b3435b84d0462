// Exchange with outside translators and CAT tools: export the units to review as XLIFF 2 or 1.2, import them back
// checked as a whole. The commands `review:export` and `review:import` are thin wrappers over these.
export { exportForReview, exportPath, type ExportedFile, type ExportOptions } from './export.ts';
export { importReviewed, type ImportedFile, type ImportOptions, type ImportResult } from './import.ts';
export * from './types.ts';
