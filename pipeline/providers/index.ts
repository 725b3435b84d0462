// The provider registry: `--provider a,b` builds a chain; each provider takes what the ones before it left.
import { UserError } from '../errors.ts';
import type { TranslationMemory } from '../tm/index.ts';
import type { TranslationProvider } from '../types.ts';
import { createGoogleProvider } from './google.ts';
import { checkCredentialsFile } from './google-credentials.ts';
import { requireGoogleOptions } from './google-options.ts';
import { createIdentityProvider } from './identity.ts';
import { createMemoryProvider } from './memory.ts';
import { createPseudoProvider } from './pseudo.ts';
import { PROVIDER_IDS } from './ids.ts';

export interface ProviderSetup {
  /** The memory provider's, awaited at its first lookup: providers are built while the memory still loads. */
  memory: TranslationMemory | Promise<TranslationMemory>;
  env: NodeJS.ProcessEnv;
}

export function createProviders(spec: string, setup: ProviderSetup): TranslationProvider[] {
  const ids = spec
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) throw new UserError(`--provider needs at least one of ${PROVIDER_IDS.join(', ')}`);
  return ids.map((id) => {
    switch (id) {
      case 'memory':
        return createMemoryProvider(setup.memory);
      case 'identity':
        return createIdentityProvider();
      case 'pseudo':
        return createPseudoProvider();
      case 'google': {
        const options = requireGoogleOptions(setup.env);
        // The emulator takes no credentials; Google's client would read the file only at the first request.
        if (options.endpoint === undefined) checkCredentialsFile(setup.env);
        return createGoogleProvider(options);
      }
      default:
        throw new UserError(`unknown provider ${JSON.stringify(id)}; expected one of ${PROVIDER_IDS.join(', ')}`);
    }
  });
}
