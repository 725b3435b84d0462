// Stage: requests → targets through the provider chain. Identical masked sources are asked for once,
// whatever release or locale they come from; each provider only sees what the ones before it left.
import type { Locale, ProviderContext, Target, TranslationProvider, TranslationRequest } from '../types.ts';

/** The key of a request: the locale pair and the source's `runsKey` (Segment.key). */
export function requestKey(from: Locale, to: Locale, sourceKey: string): string {
  return `${from}>${to}:${sourceKey}`;
}

/** The source's `runsKey` inside a request's key: what the memory is indexed by, without computing it again. */
export function sourceKeyOf(request: Pick<TranslationRequest, 'key' | 'from' | 'to'>): string {
  return request.key.slice(request.from.length + request.to.length + 2);
}

export interface TranslateOutcome {
  targets: Map<string, Target>;
  /** Which kind of provider answered each key; in a dry run, engine keys are listed without a target. */
  kinds: Map<string, TranslationProvider['kind']>;
  /** Characters engines sent (or, in a dry run, would send), by key. */
  chars: Map<string, number>;
  /** Keys an engine answered with output that failed verification (lost or mangled codes or locks), and why. */
  rejected: Map<string, string>;
  /** Characters engines really sent, rejected replies and retries included (0 in a dry run). */
  charsSent: number;
  requests: number;
}

export interface TranslateOptions {
  dryRun?: boolean;
  onTargets?: ProviderContext['onTargets'];
  onProgress?: ProviderContext['onProgress'];
}

/** Runs the chain over deduplicated requests. In a dry run, engines are only asked for an estimate. */
export async function translate(
  requests: readonly TranslationRequest[],
  providers: readonly TranslationProvider[],
  options: TranslateOptions = {},
): Promise<TranslateOutcome> {
  const unique = new Map<string, TranslationRequest>();
  for (const request of requests) if (!unique.has(request.key)) unique.set(request.key, request);
  const outcome: TranslateOutcome = {
    targets: new Map(),
    kinds: new Map(),
    chars: new Map(),
    rejected: new Map(),
    charsSent: 0,
    requests: 0,
  };
  let pending = [...unique.values()];
  for (const provider of providers) {
    if (pending.length === 0) break;
    if (options.dryRun && provider.kind === 'engine') {
      for (const request of pending) {
        outcome.kinds.set(request.key, 'engine');
        outcome.chars.set(request.key, provider.estimate?.([request]) ?? 0);
      }
      break;
    }
    const stats = { chars: 0, requests: 0 };
    const found = await provider.translate(pending, {
      stats,
      onTargets: options.onTargets,
      onProgress: options.onProgress,
      onRejected: (key, reason) => outcome.rejected.set(key, `${provider.id}: ${reason}`),
    });
    outcome.requests += stats.requests;
    outcome.charsSent += stats.chars;
    for (const [key, target] of found) {
      outcome.targets.set(key, target);
      outcome.kinds.set(key, provider.kind);
    }
    if (provider.kind === 'engine') {
      // Billing is per request; spread it over the keys in proportion to their estimate.
      const done = pending.filter((request) => found.has(request.key));
      const estimates = done.map((request) => provider.estimate?.([request]) ?? 1);
      const sum = estimates.reduce((a, b) => a + b, 0) || 1;
      for (const [i, request] of done.entries())
        outcome.chars.set(request.key, Math.round(((estimates[i] ?? 0) * stats.chars) / sum));
    }
    pending = pending.filter((request) => !found.has(request.key));
  }
  return outcome;
}

/**
 * The part of the outcomes that answers `requests` (a later outcome wins, as engines answer what the local chain
 * left): all `finish` reads, and all a worker needs to be sent. Copying the whole engine outcome into every
 * waiting release instead made the end of a cold run quadratic in the number of releases.
 */
export function outcomeFor(requests: readonly TranslationRequest[], ...outcomes: TranslateOutcome[]): TranslateOutcome {
  // The local chain's outcome for a release's own requests answers exactly them: nothing to pick out.
  if (outcomes.length === 1 && outcomes[0]?.requests === 0) return outcomes[0];
  const part: TranslateOutcome = {
    targets: new Map(),
    kinds: new Map(),
    chars: new Map(),
    rejected: new Map(),
    charsSent: 0,
    requests: 0,
  };
  for (const outcome of outcomes) {
    for (const { key } of requests) {
      const target = outcome.targets.get(key);
      if (target) part.targets.set(key, target);
      const kind = outcome.kinds.get(key);
      if (kind) part.kinds.set(key, kind);
      const chars = outcome.chars.get(key);
      if (chars !== undefined) part.chars.set(key, chars);
      const reason = outcome.rejected.get(key);
      if (reason !== undefined) part.rejected.set(key, reason);
    }
  }
  return part;
}
