// The release messages between the main thread and a worker, in a form that is cheap to clone: structured cloning
// writes every key, property name and run object anew, and a release's requests and outcome were each about ten
// times its text (docs/performance.md). Runs travel as flat lists of strings, a source shared by several requests
// once, a request key as its source key, and an outcome as arrays aligned to the request keys both threads hold.
import { requestKey, sourceKeyOf, type TranslateOutcome } from '../../translate/index.ts';
import type { Locale, Run, Target, TargetState, TranslationProvider, TranslationRequest } from '../../types.ts';

/** A run list as `[tag, value, tag, value …]`: `t` text, `o` open, `c` close, `p` ph, `l` lock. */
export type WireRuns = string[];

/** The part of an outcome `finish` reads, entry `i` answering `keys[i]`; `null` where the outcome has nothing. */
export interface WireOutcome {
  runs: (WireRuns | null)[];
  states: (TargetState | null)[];
  origins: (string | null)[];
  kinds: (TranslationProvider['kind'] | null)[];
  rejected: (string | null)[];
}

const TAGS = { text: 't', open: 'o', close: 'c', ph: 'p', lock: 'l' } as const;

export function encodeRuns(runs: readonly Run[]): WireRuns {
  const out: string[] = [];
  for (const run of runs) {
    out.push(TAGS[run.type]);
    out.push(run.type === 'text' ? run.value : run.type === 'lock' ? run.term : run.id);
  }
  return out;
}

export function decodeRuns(wire: WireRuns): Run[] {
  const runs: Run[] = [];
  for (let at = 0; at < wire.length; at += 2) {
    const value = wire[at + 1] as string;
    switch (wire[at]) {
      case 't':
        runs.push({ type: 'text', value });
        break;
      case 'o':
        runs.push({ type: 'open', id: value });
        break;
      case 'c':
        runs.push({ type: 'close', id: value });
        break;
      case 'p':
        runs.push({ type: 'ph', id: value });
        break;
      case 'l':
        runs.push({ type: 'lock', term: value });
        break;
      default:
        throw new Error(`unknown run tag ${JSON.stringify(wire[at])} in a worker message`);
    }
  }
  return runs;
}

/** The distinct request keys of a release, in order: what a WireOutcome is aligned to. */
export function distinctKeys(requests: readonly { key: string }[]): string[] {
  return [...new Set(requests.map((request) => request.key))];
}

export function encodeOutcome(outcome: TranslateOutcome, keys: readonly string[]): WireOutcome {
  const wire: WireOutcome = { runs: [], states: [], origins: [], kinds: [], rejected: [] };
  for (const key of keys) {
    const target = outcome.targets.get(key);
    wire.runs.push(target ? encodeRuns(target.runs) : null);
    wire.states.push(target ? target.state : null);
    wire.origins.push(target ? target.origin : null);
    wire.kinds.push(outcome.kinds.get(key) ?? null);
    wire.rejected.push(outcome.rejected.get(key) ?? null);
  }
  return wire;
}

/** The outcome again, as far as `finish` reads it: targets, kinds and rejections (no billing figures). */
export function decodeOutcome(wire: WireOutcome, keys: readonly string[]): TranslateOutcome {
  const outcome: TranslateOutcome = {
    targets: new Map(),
    kinds: new Map(),
    chars: new Map(),
    rejected: new Map(),
    charsSent: 0,
    requests: 0,
  };
  keys.forEach((key, i) => {
    const runs = wire.runs[i];
    const state = wire.states[i];
    const origin = wire.origins[i];
    if (runs && state && origin !== null && origin !== undefined) {
      const target: Target = { runs: decodeRuns(runs), state, origin };
      outcome.targets.set(key, target);
    }
    const kind = wire.kinds[i];
    if (kind) outcome.kinds.set(key, kind);
    const reason = wire.rejected[i];
    if (reason !== null && reason !== undefined) outcome.rejected.set(key, reason);
  });
  return outcome;
}

/** A release's requests: each distinct source once, each request by the index of its source. */
export interface WireRequests {
  sources: WireRuns[];
  /** `sourceKeyOf` of the requests that share each source. */
  sourceKeys: string[];
  requests: {
    source: number;
    from: Locale;
    to: Locale;
    /** `[term, form, term, form …]`. */
    lockForms: string[];
    release: string;
    segment: string;
    block?: string;
    original?: string;
  }[];
}

export function encodeRequests(requests: readonly TranslationRequest[]): WireRequests {
  const wire: WireRequests = { sources: [], sourceKeys: [], requests: [] };
  const indexOf = new Map<readonly Run[], number>();
  for (const request of requests) {
    const key = sourceKeyOf(request);
    let source = indexOf.get(request.source);
    if (source === undefined || wire.sourceKeys[source] !== key) {
      source = wire.sources.length;
      indexOf.set(request.source, source);
      wire.sources.push(encodeRuns(request.source));
      wire.sourceKeys.push(key);
    }
    const { from, to, release, segment, block, original } = request;
    wire.requests.push({
      source,
      from,
      to,
      lockForms: Object.entries(request.lockForms).flat(),
      release,
      segment,
      ...(block !== undefined ? { block } : {}),
      ...(original !== undefined ? { original } : {}),
    });
  }
  return wire;
}

export function decodeRequests(wire: WireRequests): TranslationRequest[] {
  const sources = wire.sources.map(decodeRuns);
  return wire.requests.map(({ source, lockForms, ...rest }) => {
    const forms: Record<string, string> = {};
    for (let at = 0; at < lockForms.length; at += 2) forms[lockForms[at] as string] = lockForms[at + 1] as string;
    return {
      ...rest,
      key: requestKey(rest.from, rest.to, wire.sourceKeys[source] as string),
      source: sources[source] as Run[],
      lockForms: forms,
    };
  });
}
