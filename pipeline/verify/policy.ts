// Which checks a target gets: test artefacts (pseudo, identity, the emulator) are not language, so only the checks
// that keep an output whole apply to them.
import { ARTEFACT_ORIGINS } from '../providers/ids.ts';
import { ALL_CHECKS, codesCheck, emptyCheck, locksCheck, urlsCheck } from './index.ts';
import type { QaCheck } from './types.ts';

const STRUCTURAL_CHECKS: readonly QaCheck[] = [emptyCheck, locksCheck, codesCheck, urlsCheck];

export function checksFor(origin: string): readonly QaCheck[] {
  return ARTEFACT_ORIGINS.has(origin) ? STRUCTURAL_CHECKS : ALL_CHECKS;
}
