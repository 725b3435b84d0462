// Publish's refusal as a person reads it: one line per release, locale and reason with a count, the fix, and a few
// segment ids to start from, instead of one line per segment.
import type { Blocker } from '../pipeline/publish/index.ts';

/** Segment ids shown per group; the rest are counted. */
const SHOWN_SEGMENTS = 3;

export function groupBlockers(blockers: readonly Blocker[]): string[] {
  const groups = new Map<string, Blocker[]>();
  for (const blocker of blockers) {
    const key = `${blocker.release}\u0000${blocker.locale}\u0000${blocker.reason}`;
    const group = groups.get(key) ?? [];
    group.push(blocker);
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [Blocker, ...Blocker[]];
    const segments = group.flatMap((b) => (b.segment ? [b.segment] : []));
    const shown = segments.slice(0, SHOWN_SEGMENTS).join(', ');
    const more = segments.length > SHOWN_SEGMENTS ? `, +${segments.length - SHOWN_SEGMENTS} more` : '';
    const ids = segments.length > 0 ? ` (${shown}${more})` : '';
    return `  ${first.release} ${first.locale}: ${group.length} ${first.reason}: ${detail(group)}${ids}`;
  });
}

/** QA blockers name their checks with counts; the other reasons share one message per origin. */
function detail(group: readonly Blocker[]): string {
  const counts = new Map<string, number>();
  for (const b of group) {
    const label = b.reason === 'qa' ? (b.message.split(':')[0] ?? b.message) : b.message;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  if (group[0]?.reason === 'qa') return [...counts].map(([check, n]) => `${check} ${n}`).join(', ');
  return [...counts].map(([message, n]) => (counts.size > 1 ? `${message} (${n})` : message)).join('; ');
}
