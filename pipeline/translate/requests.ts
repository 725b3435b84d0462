// What the engines are asked: one request per segment and target locale, keyed by the masked source.
import { relative, sep } from 'node:path';
import type { PreparedRelease } from '../index.ts';
import { lockForm, type Glossary } from '../lock/glossary.ts';
import { needsTranslation } from '../segment/index.ts';
import type { Locale, TranslationRequest } from '../types.ts';
import { requestKey } from './index.ts';

/** The translation requests of one release, for every target locale but its own. */
export function requestsFor(release: PreparedRelease, to: readonly Locale[], glossary: Glossary): TranslationRequest[] {
  const requests: TranslationRequest[] = [];
  const original = relative(process.cwd(), release.doc.path).split(sep).join('/');
  for (const locale of to) {
    if (locale === release.doc.locale) continue;
    for (const segment of release.segments) {
      if (!needsTranslation(segment.source)) continue;
      const lockForms: Record<string, string> = {};
      for (const lock of segment.locks) lockForms[lock.term] = lockForm(glossary, lock.term, locale);
      requests.push({
        key: requestKey(release.doc.locale, locale, segment.key),
        source: segment.source,
        from: release.doc.locale,
        to: locale,
        lockForms,
        release: release.doc.slug,
        segment: segment.id,
        block: segment.blockId,
        original,
      });
    }
  }
  return requests;
}
