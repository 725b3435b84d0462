// Which units of a release × locale go out for review.
import type { ReleaseReview, ReviewSegment } from '../review/types.ts';
import type { ExportState } from './types.ts';

/** A release in one target locale as an export holds it. */
export type ExportDocument = Pick<ReleaseReview, 'release' | 'file' | 'source' | 'locale' | 'segments'>;

export function selectSegments(review: ReleaseReview, state: ExportState): ExportDocument {
  const wanted = (segment: ReviewSegment) => state === 'all' || segment.category !== 'reviewed';
  const { release, file, source, locale } = review;
  return { release, file, source, locale, segments: review.segments.filter(wanted) };
}
