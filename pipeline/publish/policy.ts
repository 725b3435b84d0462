// The publish gate: what stops a release in a locale from going out. Read-only over the run's results; the
// command collects every blocker of every release before deciding, so one run names all the work left.
import { ARTEFACT_ORIGINS } from '../providers/ids.ts';
import type { Finding, Locale, TargetState, TargetStatus } from '../types.ts';

/**
 * Where a published segment's text comes from.
 * - `source`: kept as written (the source locale, or nothing to translate).
 * - `reviewed`: state `reviewed` or `final`: a person approved it.
 * - `engine`: an engine's output nobody reviewed yet.
 * - `memory`: any other translation from the memory (a translator's, not yet marked reviewed).
 * - `artefact`: pseudo, identity or emulator output, a test aid that is never a translation.
 */
export type Provenance = 'source' | 'reviewed' | 'memory' | 'engine' | 'artefact';

/** Origins written by engine providers (provider kind `engine`). */
export const ENGINE_ORIGINS: ReadonlySet<string> = new Set(['google']);

const RANK: Record<TargetState, number> = { initial: 0, translated: 1, reviewed: 2, final: 3 };

export function provenance(target: TargetStatus): Provenance {
  if (target.origin === 'source') return 'source';
  if (RANK[target.state] >= RANK.reviewed) return 'reviewed';
  if (ARTEFACT_ORIGINS.has(target.origin)) return 'artefact';
  if (ENGINE_ORIGINS.has(target.origin)) return 'engine';
  return 'memory';
}

export interface PublishPolicy {
  /** Publish engine translations nobody reviewed (default false: they block like a missing translation). */
  allowUnreviewed: boolean;
}

export const DEFAULT_POLICY: PublishPolicy = { allowUnreviewed: false };

/** What the run produced for one release in one locale (`LocaleResult` fits). */
export interface LocaleOutcome {
  missing: readonly string[];
  findings: readonly Finding[];
  targets: ReadonlyMap<string, TargetStatus>;
  markdown?: string;
}

export type BlockReason = 'missing' | 'qa' | 'unreviewed' | 'draft' | 'artefact' | 'unassembled';

export interface Blocker {
  release: string;
  locale: Locale;
  segment?: string;
  reason: BlockReason;
  message: string;
}

/** Every reason `outcome` may not be published, in segment order within each reason. */
export function blockers(
  release: string,
  locale: Locale,
  outcome: LocaleOutcome,
  policy: PublishPolicy = DEFAULT_POLICY,
): Blocker[] {
  const out: Blocker[] = [];
  const add = (reason: BlockReason, message: string, segment?: string) =>
    out.push({ release, locale, reason, message, ...(segment !== undefined ? { segment } : {}) });
  for (const segment of outcome.missing) add('missing', 'no translation in the memory', segment);
  for (const finding of outcome.findings) {
    if (finding.severity !== 'error') continue;
    add('qa', `${finding.check}: ${finding.message}`, finding.segment);
  }
  for (const [segment, target] of outcome.targets) {
    const kind = provenance(target);
    if (kind === 'artefact')
      add('artefact', `${target.origin} output is a test aid, not a translation; translate or review it`, segment);
    else if (target.state === 'initial')
      add('draft', `target is in state "initial" (a draft); finish and review it`, segment);
    else if (kind === 'engine' && !policy.allowUnreviewed) {
      add(
        'unreviewed',
        `${target.origin} translation not reviewed; review it (state="reviewed") or pass --allow-unreviewed`,
        segment,
      );
    }
  }
  // Nothing missing and no assembly error, yet no Markdown: never expected, but never published either.
  if (out.length === 0 && outcome.markdown === undefined) add('unassembled', 'the release did not assemble');
  return out;
}

export function formatBlocker(blocker: Blocker): string {
  const where = [blocker.release, blocker.locale, blocker.segment].filter(Boolean).join(' ');
  return `  ${blocker.reason} ${where}: ${blocker.message}`;
}
