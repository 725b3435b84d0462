// The compact worker messages (pipeline/run/workers/wire.ts) decode to exactly what was encoded.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchersFor, prepareRelease } from '../../pipeline/index.ts';
import { loadGlossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { createPseudoProvider } from '../../pipeline/providers/pseudo.ts';
import { outcomeFor, translate } from '../../pipeline/translate/index.ts';
import { requestsFor } from '../../pipeline/translate/requests.ts';
import {
  decodeOutcome,
  decodeRequests,
  decodeRuns,
  distinctKeys,
  encodeOutcome,
  encodeRequests,
  encodeRuns,
} from '../../pipeline/run/workers/wire.ts';
import type { Run } from '../../pipeline/types.ts';

const REPO = resolve(import.meta.dirname, '../..');

async function release() {
  const glossary = await loadGlossary(join(REPO, 'content/glossary.yaml'));
  const prepared = prepareRelease(
    join(REPO, 'content/releases/digital-silk-road.md'),
    matchersFor(glossary, createMatcher),
  );
  return requestsFor(prepared, ['th', 'zh', 'en'], glossary);
}

describe('worker messages', () => {
  it('carry every kind of run', () => {
    const runs: Run[] = [
      { type: 'text', value: 'a {b} \\ c' },
      { type: 'open', id: '1' },
      { type: 'lock', term: 'huawei' },
      { type: 'close', id: '1' },
      { type: 'ph', id: '2' },
      { type: 'text', value: '' },
    ];
    expect(decodeRuns(encodeRuns(runs))).toEqual(runs);
  });

  it('carry a release’s requests, keys, lock forms and shared sources as they were', async () => {
    const requests = await release();
    expect(requests.length).toBeGreaterThan(0);
    const decoded = decodeRequests(structuredClone(encodeRequests(requests)));
    expect(decoded).toEqual(requests);
    // Requests of one segment in several locales still share one source.
    const bySegment = new Map(decoded.map((request) => [request.segment, request.source]));
    for (const request of decoded) expect(request.source).toBe(bySegment.get(request.segment));
  });

  it('carry what finish reads of an outcome: targets, kinds and rejections', async () => {
    const requests = await release();
    const translated = outcomeFor(requests, await translate(requests, [createPseudoProvider()]));
    const [first, second] = distinctKeys(requests);
    if (first === undefined || second === undefined) throw new Error('the release has fewer than two requests');
    translated.targets.delete(first);
    translated.kinds.set(first, 'engine');
    translated.rejected.set(first, 'google: a lock was lost');
    translated.kinds.delete(second);
    const keys = distinctKeys(requests);
    const decoded = decodeOutcome(structuredClone(encodeOutcome(translated, keys)), keys);
    expect(decoded.targets).toEqual(translated.targets);
    expect(decoded.kinds).toEqual(translated.kinds);
    expect(decoded.rejected).toEqual(translated.rejected);
  });
});
