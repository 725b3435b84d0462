// The local stages on worker threads: parsing and printing Markdown are most of a run's time and need nothing
// but the release and the glossary, so on a machine with several cores each worker takes releases in turn.
// A release is finished by the worker that prepared it (its tree never crosses threads before the result).
import { Worker } from 'node:worker_threads';
import { UserError, type ErrorPlace } from '../../errors.ts';
import type { TranslateOutcome } from '../../translate/index.ts';
import { bundleWorker } from './bundle.ts';
import type { FinishedRelease, PreparedSummary, ReleaseStages, StageOptions } from '../release.ts';

export type WorkerRequest =
  | { type: 'prepare'; id: number; index: number; file: string }
  | { type: 'finish'; id: number; index: number; outcome: TranslateOutcome };

export type WorkerReply =
  | ({ type: 'prepared'; id: number } & PreparedSummary)
  | ({ type: 'finished'; id: number } & FinishedRelease)
  | { type: 'failed'; id: number; error: SerializedError };

export interface SerializedError {
  /** A UserError (bad input), as opposed to a bug. */
  user: boolean;
  /** A UserError's message without its place; a bug's stack. */
  message: string;
  place?: ErrorPlace;
  exitCode?: number;
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }>;
}

/** `size` worker threads running ./release-worker.ts. */
export async function createWorkerStages(options: StageOptions, size: number): Promise<ReleaseStages> {
  const code = await bundleWorker(new URL('./worker.ts', import.meta.url));
  const owner = new Map<number, Slot>();
  let nextId = 0;
  let broken: Error | undefined;

  const slots: Slot[] = Array.from({ length: size }, () => {
    const slot: Slot = { worker: startWorker(code, options), pending: new Map() };
    slot.worker.on('message', (reply: WorkerReply) => {
      const waiter = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      waiter?.resolve(reply);
    });
    const fail = (error: Error) => {
      broken ??= error;
      for (const waiter of slot.pending.values()) waiter.reject(error);
      slot.pending.clear();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`a release worker stopped (exit code ${code})`)));
    return slot;
  });

  const send = async (slot: Slot, request: WorkerRequest): Promise<WorkerReply> => {
    if (broken) throw broken;
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      slot.pending.set(request.id, { resolve, reject });
      slot.worker.postMessage(request);
    });
    if (reply.type === 'failed') throw rebuildError(reply.error);
    return reply;
  };

  return {
    async prepare(index, file) {
      // The least busy worker; it keeps the release until `finish`.
      const slot = slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      owner.set(index, slot);
      const reply = await send(slot, { type: 'prepare', id: nextId++, index, file });
      if (reply.type !== 'prepared') throw new Error(`release worker answered ${reply.type} to prepare`);
      return { slug: reply.slug, requests: reply.requests, terms: reply.terms, sourceHash: reply.sourceHash };
    },
    async finish(index, outcome) {
      const slot = owner.get(index);
      if (!slot) throw new Error(`release ${index} was not prepared`);
      owner.delete(index);
      const reply = await send(slot, { type: 'finish', id: nextId++, index, outcome });
      if (reply.type !== 'finished') throw new Error(`release worker answered ${reply.type} to finish`);
      return { release: reply.release, locales: reply.locales };
    },
    async close() {
      for (const slot of slots) slot.worker.removeAllListeners('exit');
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}

/** The error a worker reported, as the class the main thread's callers expect. */
function rebuildError(error: SerializedError): Error {
  if (!error.user) return new Error(`in a release worker: ${error.message}`);
  return new UserError(error.message, error.place, error.exitCode);
}

/**
 * A worker's old-generation limit, never reached: below 2 GB V8 lets a heap grow at most 2× its live size between
 * full collections (4× above), so a worker's heap levels off instead of growing with the run (docs/performance.md).
 */
export const WORKER_MAX_OLD_GENERATION_MB = 2047;

/**
 * A worker with this process's flags (--cpu-prof and the like) but not the modules it preloads (tsx's loader, a
 * benchmark's hook): the bundle needs no loader.
 */
export function startWorker(
  code: URL,
  workerData: unknown,
  execArgv: string[] = withoutPreloads(process.execArgv),
): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_MAX_OLD_GENERATION_MB } };
  try {
    return new Worker(code, { ...options, execArgv });
  } catch (error) {
    // V8's flags (--expose-gc …) act on the whole process and so on the worker already; Node refuses them here.
    const { code: errorCode, message } = error as NodeJS.ErrnoException;
    if (errorCode !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    const refused = new Set(message.slice(message.indexOf(': ') + 2).split(', '));
    return new Worker(code, { ...options, execArgv: execArgv.filter((flag) => !refused.has(flag)) });
  }
}

/** Command-line flags without those that preload a module. */
export function withoutPreloads(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let at = 0; at < argv.length; at++) {
    const flag = argv[at] as string;
    if (/^(--import|--require|-r|--loader|--experimental-loader)$/.test(flag)) at++;
    else if (!/^--(import|require|loader|experimental-loader)=/.test(flag)) out.push(flag);
  }
  return out;
}
