// Provider `memory`: exact matches from the translation memory (the XLIFF files under content/translations).
import { lookup, type TranslationMemory } from '../tm/index.ts';
import { sourceKeyOf } from '../translate/index.ts';
import type { Target, TranslationProvider } from '../types.ts';

export function createMemoryProvider(memory: TranslationMemory): TranslationProvider {
  return {
    id: 'memory',
    kind: 'memory',
    async translate(requests) {
      const found = new Map<string, Target>();
      for (const request of requests) {
        const target = lookup(memory, request.from, request.to, sourceKeyOf(request));
        if (target) found.set(request.key, target);
      }
      return found;
    },
  };
}
