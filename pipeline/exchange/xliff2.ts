// XLIFF 2 for outside translators: the memory's own format (same writer, same inline codes and locks), one file per
// release and locale holding the units to review, each with its notes and, in the matches module (`mtc`), the
// fuzzy matches the review page would offer.
import { UserError } from '../errors.ts';
import type { ReviewSegment } from '../review/types.ts';
import { inlinePair, KEPT, type KeptUnit, type TmUnit, stringifyXliff, xliffFromRoot } from '../tm/xliff.ts';
import { type WritableNode, writeXml, type XmlElement } from '../tm/xml.ts';
import type { ExportDocument } from './select.ts';
import type { ReturnedFile } from './types.ts';

export const MATCHES_NS = 'urn:oasis:names:tc:xliff:matches:2.0';
/** The id the exported segment gets, for the matches' `ref` (required by the module). */
const SEGMENT_ID = 's1';

export function writeXliff2(document: ExportDocument, display: (term: string) => string): string {
  return stringifyXliff(
    {
      release: document.release,
      original: document.file,
      srcLang: document.source,
      trgLang: document.locale,
      units: document.segments.map((segment) => unitOf(segment, display)),
    },
    display,
  );
}

function unitOf(segment: ReviewSegment, display: (term: string) => string): TmUnit {
  const unit: TmUnit = {
    id: segment.id,
    block: segment.block,
    source: segment.source,
    state: segment.target ? (segment.state ?? 'translated') : 'initial',
    ...(segment.target ? { target: segment.target } : {}),
    ...(segment.origin !== undefined && segment.target ? { origin: segment.origin } : {}),
    ...(segment.notes.length > 0 ? { notes: segment.notes } : {}),
    ...(segment.reviewer !== undefined ? { reviewer: segment.reviewer } : {}),
    ...(segment.reviewedAt !== undefined ? { reviewedAt: segment.reviewedAt } : {}),
  };
  if (segment.fuzzy.length === 0) return unit;
  const kept: KeptUnit = {
    attributes: [],
    foreign: [matchesXml(segment, display)],
    extras: [],
    segment: [{ uri: '', local: 'id', prefix: '', value: SEGMENT_ID }],
  };
  return { ...unit, [KEPT]: kept };
}

/** `<mtc:matches>`: similarity in percent on the masked source, as the module counts it (0–100). */
function matchesXml(segment: ReviewSegment, display: (term: string) => string): string {
  const matches: WritableNode[] = segment.fuzzy.map((match, index) => {
    const [source, target] = inlinePair(match.source, match.target, display);
    return {
      type: 'element',
      name: 'mtc:match',
      attributes: {
        id: `m${index + 1}`,
        ref: `#${SEGMENT_ID}`,
        type: 'tm',
        similarity: (Math.floor(match.similarity * 1000) / 10).toString(),
      },
      elements: [
        { type: 'element', name: 'source', elements: source },
        { type: 'element', name: 'target', elements: target },
      ],
    };
  });
  return writeXml([
    { type: 'element', name: 'mtc:matches', attributes: { 'xmlns:mtc': MATCHES_NS }, elements: matches },
  ]);
}

/** An XLIFF 2 file that came back: read by the memory's own reader (what it refuses, the import refuses). */
export function readXliff2(root: XmlElement, path: string): ReturnedFile {
  const tm = xliffFromRoot(root, path);
  if (!tm.release) throw new UserError('<file> has no id: expected the release slug the export wrote', { file: path });
  return {
    path,
    format: 'xliff2',
    release: tm.release,
    ...(tm.original !== undefined ? { original: tm.original } : {}),
    srcLang: tm.srcLang,
    trgLang: tm.trgLang,
    units: tm.units.map((unit) => ({
      id: unit.id,
      source: unit.source,
      ...(unit.target && unit.target.length > 0 ? { target: unit.target } : {}),
      approved: unit.state === 'reviewed' || unit.state === 'final',
    })),
  };
}
