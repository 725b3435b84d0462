// Spans of text where no glossary term may ever be matched: URLs, e-mail addresses and hashtags.

/** A URL with a scheme or starting `www.`, an e-mail address, or a hashtag (`#Thailand`, `#คนไทยรู้ทัน`). */
const ZONE =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>"'`\p{Script=Han}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]+|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|(?<![\p{L}\p{M}\p{N}_&/])#[\p{L}\p{M}\p{N}_]+/giu;

/** A quick test so that ordinary text skips the full scan. */
const MAYBE = /[:@#]|www\./i;

/** Sorted, non-overlapping [start, end) spans of `text` that no term may touch. */
export function noMatchZones(text: string): Array<[number, number]> {
  if (!MAYBE.test(text)) return [];
  const zones: Array<[number, number]> = [];
  for (const m of text.matchAll(ZONE)) zones.push([m.index, m.index + m[0].length]);
  return zones;
}

/** True when [start, end) overlaps one of `zones` (sorted). */
export function overlapsZone(zones: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [zs, ze] of zones) {
    if (zs >= end) return false;
    if (ze > start) return true;
  }
  return false;
}
