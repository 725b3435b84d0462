// Provider `pseudo`: pseudo-localization. Accented, about 40% longer, bracketed, codes and locks kept in place,
// so untranslatable or truncated text shows at a glance and layouts get tested against longer strings.
import { normalizeRuns } from '../runs.ts';
import type { Run, Target, TranslationProvider } from '../types.ts';

const ACCENTS: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹḾÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] ?? c,
  ]),
);

export function pseudoText(value: string): string {
  let out = '';
  for (const char of value) {
    out += ACCENTS[char] ?? char;
    // Lengthen: every vowel doubled, about the growth of a European translation.
    if ('aeiouAEIOU'.includes(char)) out += ACCENTS[char] ?? char;
  }
  return out;
}

export function pseudoRuns(runs: readonly Run[]): Run[] {
  const body = runs.map((run) =>
    run.type === 'text' ? { type: 'text' as const, value: pseudoText(run.value) } : { ...run },
  );
  return normalizeRuns([{ type: 'text', value: '⟦' }, ...body, { type: 'text', value: '⟧' }]);
}

export function createPseudoProvider(): TranslationProvider {
  return {
    id: 'pseudo',
    kind: 'local',
    async translate(requests) {
      const found = new Map<string, Target>();
      for (const request of requests)
        found.set(request.key, { runs: pseudoRuns(request.source), state: 'translated', origin: 'pseudo' });
      return found;
    },
  };
}
