// The `google` engine provider: Cloud Translation v3 TranslateText in text/html mode, batched within Google's
// limits, sent with bounded concurrency, retried in one wrapper, and handed back one batch at a time.
import type { ProviderContext, Target, TranslationProvider, TranslationRequest } from '../types.ts';
import { codePointLength, packBatches, type Batch, type BatchItem } from './google-batches.ts';
import { createTranslateClient, GOOGLE_LANGUAGE, type TranslateClient } from './google-client.ts';
import { isRetryable, statusName, toProviderError, type ProviderError } from './google-errors.ts';
import { GOOGLE_MAX_CODE_POINTS, resolveGoogleOptions, type GoogleOptions } from './google-options.ts';
import { RetryFailure, withRetry } from './google-retry.ts';
import { codeMismatch, htmlToRuns, runsToHtml } from './html-codec.ts';

export { googleOptionsFromEnv, requireGoogleOptions, GoogleConfigError, type GoogleOptions } from './google-options.ts';
export { ProviderError } from './google-errors.ts';

export function createGoogleProvider(options: GoogleOptions): TranslationProvider {
  const opts = resolveGoogleOptions(options);
  const parent = `projects/${opts.projectId}/locations/${opts.location}`;
  let client: TranslateClient | undefined;
  // The emulator's pseudo-translations must never pass for Google's: they carry their own origin.
  const origin = opts.endpoint ? 'google-emulator' : 'google';
  const getClient = (): TranslateClient => (client ??= opts.client ?? createTranslateClient(opts.endpoint));

  async function send(batch: Batch, stop: () => boolean, ctx: ProviderContext): Promise<(string | null | undefined)[]> {
    const c = getClient();
    const request = {
      parent,
      contents: batch.items.map((item) => item.html),
      mimeType: 'text/html',
      sourceLanguageCode: GOOGLE_LANGUAGE[batch.from],
      targetLanguageCode: GOOGLE_LANGUAGE[batch.to],
    };
    try {
      const [response] = await withRetry(
        () =>
          c.translateText(request, { timeout: opts.retry.deadlineMs }).then(
            (reply) => {
              ctx.stats.chars += batch.size;
              return reply;
            },
            (err: unknown) => {
              // A call given up at its deadline reached the server, which may have translated and billed it; a
              // refusal (UNAVAILABLE …) was not.
              if (statusName(err) === 'DEADLINE_EXCEEDED') ctx.stats.chars += batch.size;
              throw err;
            },
          ),
        opts.retry,
        {
          isRetryable,
          shouldStop: stop,
          signal: ctx.signal,
        },
      );
      return (response.translations ?? []).map((t) => t.translatedText);
    } catch (err) {
      if (!(err instanceof RetryFailure)) throw err; // an abort: the caller's own signal
      throw toProviderError(err.last, {
        from: batch.from,
        to: batch.to,
        attempts: err.attempts,
        projectId: opts.projectId,
        location: opts.location,
        emulator: opts.endpoint !== undefined,
      });
    }
  }

  /** The good targets of one reply; every other item is reported as rejected. */
  function decode(
    batch: Batch,
    texts: (string | null | undefined)[],
    reject: (key: string, reason: string) => void,
  ): Map<string, Target> {
    const good = new Map<string, Target>();
    if (texts.length !== batch.items.length) {
      for (const item of batch.items)
        reject(item.request.key, `engine returned ${texts.length} translations for ${batch.items.length} strings`);
      return good;
    }
    for (const [i, item] of batch.items.entries()) {
      const decoded = htmlToRuns(texts[i] ?? '');
      if ('error' in decoded) {
        reject(item.request.key, `engine output unusable: ${decoded.error}`);
        continue;
      }
      const mismatch = codeMismatch(item.request.source, decoded.runs);
      if (mismatch !== undefined) {
        reject(item.request.key, `engine output does not match the source codes: ${mismatch}`);
        continue;
      }
      good.set(item.request.key, { runs: decoded.runs, state: 'translated', origin });
    }
    return good;
  }

  return {
    id: 'google',
    kind: 'engine',
    // What `translate` would bill: code points of each distinct key's HTML, exactly as a batch's size counts them.
    estimate(requests: TranslationRequest[]): number {
      const keys = new Set<string>();
      let chars = 0;
      for (const request of requests) {
        if (keys.has(request.key)) continue;
        keys.add(request.key);
        try {
          const size = codePointLength(runsToHtml(request.source, request.lockForms));
          if (size <= GOOGLE_MAX_CODE_POINTS) chars += size;
        } catch {
          // A request the codec cannot encode (or one over Google's limit) is rejected, never sent.
        }
      }
      return chars;
    },
    async translate(requests: TranslationRequest[], ctx: ProviderContext): Promise<Map<string, Target>> {
      const reject = (key: string, reason: string): void => ctx.onRejected?.(key, reason);
      const items: BatchItem[] = [];
      const keys = new Set<string>();
      for (const request of requests) {
        if (keys.has(request.key)) continue; // equal keys are the same work
        keys.add(request.key);
        let html: string;
        try {
          html = runsToHtml(request.source, request.lockForms);
        } catch (err) {
          reject(request.key, err instanceof Error ? err.message : String(err));
          continue;
        }
        const size = codePointLength(html);
        if (size > GOOGLE_MAX_CODE_POINTS)
          reject(request.key, `${size} code points: over Google's ${GOOGLE_MAX_CODE_POINTS} per request`);
        else items.push({ request, html, size });
      }
      const batches = packBatches(items, opts);
      const total = items.length;
      const all = new Map<string, Target>();
      let done = 0;
      let next = 0;
      let failure: ProviderError | Error | undefined;
      const stop = (): boolean => failure !== undefined || ctx.signal?.aborted === true;
      ctx.onProgress?.(0, total);

      // Each worker takes the next batch until none is left or the run is failing; a batch is only counted done
      // once onTargets has persisted it, so a kill loses at most the batches in flight.
      const worker = async (): Promise<void> => {
        while (!stop() && next < batches.length) {
          const batch = batches[next++];
          if (batch === undefined) break;
          try {
            const texts = await send(batch, stop, ctx);
            ctx.stats.requests++;
            const good = decode(batch, texts, reject);
            for (const [key, target] of good) all.set(key, target);
            await ctx.onTargets?.(good);
            done += batch.items.length;
            ctx.onProgress?.(done, total);
          } catch (err) {
            failure ??= err instanceof Error ? err : new Error(String(err));
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(opts.concurrency, batches.length) }, worker));
      if (failure !== undefined) throw failure;
      ctx.signal?.throwIfAborted();
      return all;
    },
    async close(): Promise<void> {
      const c = client;
      client = undefined;
      if (c !== undefined) await c.close();
    },
    start(): void {
      getClient();
    },
  };
}
