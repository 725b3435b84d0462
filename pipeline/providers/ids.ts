// The providers' names and what the rest of the pipeline needs to know of them without loading any (./index.ts
// loads them all, Google's client library among them).

export const PROVIDER_IDS = ['memory', 'google', 'pseudo', 'identity'] as const;

/** Origins whose text is a test aid, not a translation: QA checks only that it is whole, publish refuses it. */
export const ARTEFACT_ORIGINS: ReadonlySet<string> = new Set(['pseudo', 'identity', 'google-emulator']);

/** `memory,google` when Google (or its emulator) is configured, else `memory`. */
export function defaultProviderSpec(env: NodeJS.ProcessEnv): string {
  return env.GOOGLE_CLOUD_PROJECT || env.TRANSLATE_EMULATOR_HOST ? 'memory,google' : 'memory';
}
