// Real inputs for the provider tests: sentences of the seed release and the Thai corpus, turned into runs with
// codes (quoted phrases as paired codes, percentages as standalone codes) and glossary locks.
import { runsKey } from '../../pipeline/runs.ts';
import type { Locale, ProviderContext, Run, Target, TranslationRequest } from '../../pipeline/types.ts';
import { needsShared, readShared } from '../support/needs.ts';

/** Empty without ../shared: the tests reading them skip on `SHARED_TEXTS`. */
export const SEED = readShared('seed-release.txt');
export const THAI = readShared('corpus/thaigov-pm-gds-tencent-2023.th.txt');
export const SHARED_TEXTS = needsShared('corpus/thaigov-pm-gds-tencent-2023.th.txt') && needsShared('seed-release.txt');

/** Sentences of a text: split after . ! ? (and the Thai/Chinese habit of spaces between clauses is left alone). */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?。])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('SOURCE:') && !s.startsWith('#'));
}

/** Glossary: term id → how the term is written in the source, and its locked form per locale. */
export const GLOSSARY: Record<string, { source: RegExp; forms: Record<Locale, string> }> = {
  tencent: { source: /Tencent|เทนเซ็นต์/u, forms: { en: 'Tencent', th: 'เทนเซ็นต์', zh: '腾讯' } },
  wechat: { source: /WeChat/u, forms: { en: 'WeChat', th: 'วีแชท', zh: '微信' } },
};

/** Runs of a sentence: "quoted" phrases wrapped in a paired code, `N%` as a standalone code, glossary terms locked. */
export function toRuns(sentence: string): Run[] {
  const runs: Run[] = [];
  let id = 0;
  const pattern = /"([^"]+)"|(\d+(?:\.\d+)?%)|(Tencent|เทนเซ็นต์|WeChat)/gu;
  let last = 0;
  for (const m of sentence.matchAll(pattern)) {
    if (m.index > last) runs.push({ type: 'text', value: sentence.slice(last, m.index) });
    if (m[1] !== undefined) {
      const code = String(++id);
      runs.push({ type: 'open', id: code }, { type: 'text', value: `"${m[1]}"` }, { type: 'close', id: code });
    } else if (m[2] !== undefined) {
      runs.push({ type: 'ph', id: String(++id) });
    } else {
      const term = Object.entries(GLOSSARY).find(([, g]) => g.source.test(m[0]))?.[0] ?? 'tencent';
      runs.push({ type: 'lock', term });
    }
    last = m.index + m[0].length;
  }
  if (last < sentence.length) runs.push({ type: 'text', value: sentence.slice(last) });
  return runs;
}

export function request(source: Run[], from: Locale, to: Locale, n = 0): TranslationRequest {
  const lockForms: Record<string, string> = {};
  for (const run of source) if (run.type === 'lock') lockForms[run.term] = GLOSSARY[run.term]?.forms[to] ?? run.term;
  return { key: `${from}>${to}:${runsKey(source)}`, source, from, to, lockForms, release: 'seed', segment: `s${n}` };
}

export function requestsFor(text: string, from: Locale, to: Locale): TranslationRequest[] {
  const seen = new Set<string>();
  return sentences(text)
    .map((s, n) => request(toRuns(s), from, to, n))
    .filter((r) => {
      if (seen.has(r.key)) return false;
      seen.add(r.key);
      return true;
    });
}

/** A context that records what the provider reports. */
export function recordingContext(extra: Partial<ProviderContext> = {}): ProviderContext & {
  batches: Map<string, Target>[];
  rejected: Array<{ key: string; reason: string }>;
  progress: Array<[number, number]>;
  onRejected: (key: string, reason: string) => void;
} {
  const batches: Map<string, Target>[] = [];
  const rejected: Array<{ key: string; reason: string }> = [];
  const progress: Array<[number, number]> = [];
  return {
    stats: { chars: 0, requests: 0 },
    batches,
    rejected,
    progress,
    onTargets: async (targets) => {
      batches.push(targets);
    },
    onProgress: (done, total) => progress.push([done, total]),
    onRejected: (key, reason) => rejected.push({ key, reason }),
    ...extra,
  };
}

/** Tiny delays: the tests prove the retry logic, not the clock. */
export const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 5, jitter: 0, deadlineMs: 10_000 };
