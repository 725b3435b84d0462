// Fault injection for the emulator: which call fails how, and the garbage a misbehaving engine returns.
import { splitHtml } from './swap-script.ts';

/** gRPC status names the emulator can answer with. */
export type FaultStatus =
  | 'UNAVAILABLE'
  | 'RESOURCE_EXHAUSTED'
  | 'DEADLINE_EXCEEDED'
  | 'INTERNAL'
  | 'PERMISSION_DENIED'
  | 'INVALID_ARGUMENT'
  | 'UNAUTHENTICATED';

/** How a reply can be wrong while still looking like a success. */
export type GarbageKind =
  /** Every tag removed, text kept. */
  | 'drop-tags'
  /** `translate="no"` spans unwrapped and their content translated. */
  | 'mangle-no-translate'
  /** The first tag of each reply duplicated. */
  | 'duplicate-tag'
  /** One translation fewer than strings sent. */
  | 'wrong-count';

export type Fault =
  | { kind: 'status'; status: FaultStatus; message?: string }
  | { kind: 'latency'; ms: number }
  /** `indexes`: which strings of the request are garbled (all when absent); ignored by `wrong-count`. */
  | { kind: 'garbage'; garbage: GarbageKind; indexes?: number[] };

/** What a fault plan sees of a call. `call` counts from 1 over the emulator's lifetime. */
export interface CallInfo {
  call: number;
  contents: readonly string[];
  targetLanguageCode: string;
  mimeType: string;
}

/** Faults by call number, or a function deciding per call. No entry means a normal reply. */
export type FaultPlan = Record<number, Fault | Fault[]> | ((call: CallInfo) => Fault | Fault[] | undefined);

export function faultsFor(plan: FaultPlan | undefined, call: CallInfo): Fault[] {
  if (plan === undefined) return [];
  const found = typeof plan === 'function' ? plan(call) : plan[call.call];
  if (found === undefined) return [];
  return Array.isArray(found) ? found : [found];
}

/** Apply the garbage faults to a good list of translations. */
export function garble(translations: string[], faults: readonly Fault[]): string[] {
  let out = translations;
  for (const fault of faults) {
    if (fault.kind !== 'garbage') continue;
    if (fault.garbage === 'wrong-count') {
      out = out.slice(0, -1);
      continue;
    }
    const pick = fault.indexes === undefined ? undefined : new Set(fault.indexes);
    const spoil = GARBLERS[fault.garbage];
    out = out.map((text, i) => (pick === undefined || pick.has(i) ? spoil(text) : text));
  }
  return out;
}

const GARBLERS: Record<Exclude<GarbageKind, 'wrong-count'>, (html: string) => string> = {
  'drop-tags': (html) =>
    splitHtml(html)
      .filter((p) => p.kind === 'text')
      .map((p) => p.raw)
      .join(''),
  'mangle-no-translate': (html) => {
    let out = '';
    let inside = false;
    for (const piece of splitHtml(html)) {
      if (piece.kind === 'tag' && piece.name === 'span' && !piece.closing && piece.noTranslate) {
        inside = true;
        out += '<span>';
      } else if (piece.kind === 'text' && inside) {
        out += `⟦mangled:${piece.raw}⟧`;
      } else {
        if (piece.kind === 'tag' && piece.closing && piece.name === 'span') inside = false;
        out += piece.raw;
      }
    }
    return out;
  },
  'duplicate-tag': (html) => {
    const first = splitHtml(html).find((p) => p.kind === 'tag');
    return first === undefined ? html : `${first.raw}${html}`;
  },
};
