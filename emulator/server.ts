// A local stand-in for Cloud Translation v3 TranslateText over real gRPC: deterministic pseudo-translation,
// Google's request limits, and injectable faults, so the real client library can be tested offline.
import * as grpc from '@grpc/grpc-js';
import { codePointLength } from '../pipeline/code-points.ts';
import { faultsFor, garble, type Fault, type FaultPlan, type FaultStatus } from './faults.ts';
import { loadTranslationService } from './proto.ts';
import { pseudoTranslate, pseudoTranslateHtml } from './swap-script.ts';

export type { Fault, FaultPlan, FaultStatus, GarbageKind, CallInfo } from './faults.ts';

/** Google's hard limits for one TranslateText request. */
export const MAX_STRINGS = 1024;
export const MAX_CODE_POINTS = 30_000;

/** Target (and source) codes the emulator accepts; anything else is INVALID_ARGUMENT, as with Google. */
const LANGUAGES = new Set([
  'en',
  'th',
  'zh',
  'zh-CN',
  'zh-TW',
  'ja',
  'ko',
  'fr',
  'de',
  'es',
  'vi',
  'id',
  'ms',
  'lo',
  'my',
  'km',
]);
const MIME_TYPES = new Set(['', 'text/plain', 'text/html']);
const PARENT = /^projects\/[^/]+(\/locations\/[^/]+)?$/;

export interface EmulatorOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Delay before every reply, in ms (default 0). */
  latencyMs?: number;
  faults?: FaultPlan;
}

/** One TranslateText call as received, and how it was answered. */
export interface RecordedCall {
  call: number;
  parent: string;
  sourceLanguageCode: string;
  targetLanguageCode: string;
  mimeType: string;
  contents: string[];
  codePoints: number;
  /** `OK`, or the status the call failed with. */
  status: 'OK' | FaultStatus;
}

export interface EmulatorStats {
  /** Every call received, failed ones included. */
  requests: number;
  strings: number;
  codePoints: number;
  calls: RecordedCall[];
}

export interface Emulator {
  port: number;
  stats: EmulatorStats;
  stop(): Promise<void>;
}

interface TranslateTextRequest {
  contents: string[];
  mimeType: string;
  sourceLanguageCode: string;
  targetLanguageCode: string;
  parent: string;
}

class StatusError extends Error {
  constructor(
    readonly status: FaultStatus,
    message: string,
  ) {
    super(message);
  }
}

/** Google counts a request's code points, markup included. */
export const codePoints = codePointLength;

/** Google's validation, in the order Google reports it. */
function validate(req: TranslateTextRequest, size: number): void {
  if (!PARENT.test(req.parent)) {
    throw new StatusError(
      'INVALID_ARGUMENT',
      `Invalid 'parent': "${req.parent}". Expected projects/{project-id}/locations/{location-id}.`,
    );
  }
  if (req.targetLanguageCode === '') throw new StatusError('INVALID_ARGUMENT', 'Target language is required.');
  if (!LANGUAGES.has(req.targetLanguageCode)) throw new StatusError('INVALID_ARGUMENT', 'Target language is invalid.');
  if (req.sourceLanguageCode !== '' && !LANGUAGES.has(req.sourceLanguageCode)) {
    throw new StatusError('INVALID_ARGUMENT', 'Source language is invalid.');
  }
  if (!MIME_TYPES.has(req.mimeType))
    throw new StatusError('INVALID_ARGUMENT', `Unsupported mime type: ${req.mimeType}.`);
  if (req.contents.length === 0) throw new StatusError('INVALID_ARGUMENT', 'Required field contents is empty.');
  if (req.contents.length > MAX_STRINGS) throw new StatusError('INVALID_ARGUMENT', 'Too many text segments.');
  if (size > MAX_CODE_POINTS) throw new StatusError('INVALID_ARGUMENT', 'Text is too long.');
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const stats: EmulatorStats = { requests: 0, strings: 0, codePoints: 0, calls: [] };
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  async function answer(req: TranslateTextRequest, record: RecordedCall, faults: Fault[]): Promise<string[]> {
    const delay = (opts.latencyMs ?? 0) + faults.reduce((ms, f) => ms + (f.kind === 'latency' ? f.ms : 0), 0);
    if (delay > 0) await sleep(delay);
    const failure = faults.find((f) => f.kind === 'status');
    if (failure !== undefined)
      throw new StatusError(failure.status, failure.message ?? `Injected ${failure.status} (call ${record.call}).`);
    validate(req, record.codePoints);
    const html = req.mimeType === 'text/html';
    const good = req.contents.map((text) =>
      html ? pseudoTranslateHtml(text, req.targetLanguageCode) : pseudoTranslate(text, req.targetLanguageCode),
    );
    return garble(good, faults);
  }

  const translateText: grpc.handleUnaryCall<TranslateTextRequest, unknown> = (call, callback) => {
    const req = call.request;
    const size = req.contents.reduce((n, s) => n + codePoints(s), 0);
    stats.requests++;
    stats.strings += req.contents.length;
    stats.codePoints += size;
    const record: RecordedCall = {
      call: stats.requests,
      parent: req.parent,
      sourceLanguageCode: req.sourceLanguageCode,
      targetLanguageCode: req.targetLanguageCode,
      mimeType: req.mimeType,
      contents: [...req.contents],
      codePoints: size,
      status: 'OK',
    };
    stats.calls.push(record);
    const faults = faultsFor(opts.faults, {
      call: record.call,
      contents: record.contents,
      targetLanguageCode: req.targetLanguageCode,
      mimeType: req.mimeType,
    });
    answer(req, record, faults).then(
      (texts) => callback(null, { translations: texts.map((translatedText) => ({ translatedText })) }),
      (err: unknown) => {
        const status = err instanceof StatusError ? err.status : 'INTERNAL';
        record.status = status;
        callback({ code: grpc.status[status], details: err instanceof Error ? err.message : String(err) });
      },
    );
  };

  const server = new grpc.Server();
  server.addService(loadTranslationService(), { TranslateText: translateText });
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`127.0.0.1:${opts.port ?? 0}`, grpc.ServerCredentials.createInsecure(), (err, bound) =>
      err
        ? reject(new Error(`emulator: cannot listen on 127.0.0.1:${opts.port ?? 0}: ${err.message}`))
        : resolve(bound),
    );
  });

  return {
    port,
    stats,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      // Force: delayed calls whose timers were just cleared would otherwise hold a graceful shutdown forever.
      server.forceShutdown();
    },
  };
}
