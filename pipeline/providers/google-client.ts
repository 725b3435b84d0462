// The narrow slice of the Cloud Translation v3 client the provider uses, and the real one, run on its own thread.
import { Worker } from 'node:worker_threads';
import type { Locale } from '../types.ts';

export interface TranslateTextRequest {
  parent: string;
  contents: string[];
  mimeType: string;
  sourceLanguageCode: string;
  targetLanguageCode: string;
}

export interface TranslateTextResponse {
  translations?: Array<{ translatedText?: string | null }> | null;
}

/** What the provider needs of `v3.TranslationServiceClient`; tests may pass their own. */
export interface TranslateClient {
  translateText(
    request: TranslateTextRequest,
    options: { timeout: number },
  ): Promise<[TranslateTextResponse, ...unknown[]]>;
  close(): Promise<void>;
}

/** Google's codes for our locales: Chinese is published in Simplified script. */
export const GOOGLE_LANGUAGE: Record<Locale, string> = { en: 'en', th: 'th', zh: 'zh-CN' };

/**
 * The real client, on a thread of its own (./google-thread.js) that starts loading Google's library now: the library is
 * not loaded on this thread at all, and a run can read its releases meanwhile. TranslateText has no client-side
 * retries by default; the provider retries in one place (google-retry.ts).
 */
export function createTranslateClient(endpoint: { host: string; port: number } | undefined): TranslateClient {
  const thread = new Worker(new URL('./google-thread.js', import.meta.url), { workerData: { endpoint }, execArgv: [] });
  const pending = new Map<number, { resolve: (reply: TranslateTextResponse) => void; reject: (e: Error) => void }>();
  let next = 0;
  let stopped: Error | undefined;
  const stop = (error: Error) => {
    stopped ??= error;
    for (const call of pending.values()) call.reject(stopped);
    pending.clear();
  };
  // Held open only while a call is in flight: an idle client never keeps the process alive.
  thread.unref();
  thread.on('message', ({ id, reply, error }: { id: number; reply?: TranslateTextResponse; error?: ThreadError }) => {
    const call = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) thread.unref();
    if (error) call?.reject(Object.assign(new Error(error.message), { code: error.code, details: error.details }));
    else call?.resolve(reply ?? {});
  });
  thread.on('error', stop);
  thread.on('exit', (code) => stop(new Error(`Google's client thread stopped (exit code ${code})`)));
  return {
    translateText(request, options) {
      if (stopped) return Promise.reject(stopped);
      const id = next++;
      thread.ref();
      thread.postMessage({ id, request, options });
      return new Promise((resolve, reject) => pending.set(id, { resolve: (reply) => resolve([reply]), reject }));
    },
    async close() {
      await thread.terminate();
    },
  };
}

interface ThreadError {
  message: string;
  code?: number;
  details?: string;
}
