// Text patterns that QA, the provider and the emulator must read alike, kept in one place.

/**
 * A character a URL written out in prose may hold: it ends at white space, quotes, angle brackets, Han, Thai and CJK
 * punctuation, since Chinese and Thai text run straight on after a URL ("https://www.52hrtt.com。").
 */
export const URL_CHAR = String.raw`[^\s<>"'\x60\p{Script=Han}\p{Script=Thai}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]`;

/**
 * An HTML start, end or self-closing tag: groups are the slash, the name, the attributes and the closing slash.
 * Global: use it with `matchAll`, which copies it, never with `exec`.
 */
export const HTML_TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*(\/?)>/g;
