// Provider `memory`: exact matches from the translation memory (the XLIFF files under content/translations).
import { lookup, type TranslationMemory } from '../tm/index.ts';
import { sourceKeyOf } from '../translate/index.ts';
import type { Target, TranslationProvider } from '../types.ts';

export function createMemoryProvider(memory: TranslationMemory | Promise<TranslationMemory>): TranslationProvider {
  return {
    id: 'memory',
    kind: 'memory',
    async translate(requests) {
      const found = new Map<string, Target>();
      const tm = await memory;
      for (const request of requests) {
        const target = lookup(tm, request.from, request.to, sourceKeyOf(request));
        if (target) found.set(request.key, target);
      }
      return found;
    },
  };
}
