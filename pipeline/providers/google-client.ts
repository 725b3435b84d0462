// The narrow slice of the Cloud Translation v3 client the provider uses, and how it is built: Application
// Default Credentials for Google, plain-text gRPC without credentials for the local emulator.
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
 * Build the real client. The library is imported here, lazily, so commands that never reach Google do not load it.
 * TranslateText has no client-side retries by default; the provider retries in one place (google-retry.ts).
 */
export async function createTranslateClient(
  endpoint: { host: string; port: number } | undefined,
): Promise<TranslateClient> {
  // The v3 client alone: the package's index also loads v2, v3beta1 and the static protos, twice the time.
  const v3 = await import('@google-cloud/translate/build/src/v3/index.js');
  if (endpoint === undefined) return new v3.TranslationServiceClient();
  const grpc = await import('@grpc/grpc-js');
  const gax = await import('google-gax');
  // `apiEndpoint: 'host:port'` is not honoured; the port must go separately. PassThroughClient sends no
  // credentials and keeps the auth library from probing the metadata server.
  return new v3.TranslationServiceClient({
    apiEndpoint: endpoint.host,
    port: endpoint.port,
    sslCreds: grpc.credentials.createInsecure(),
    authClient: new gax.googleAuthLibrary.PassThroughClient(),
  });
}
