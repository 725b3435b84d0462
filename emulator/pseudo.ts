// The emulator's "translation": deterministic, reversible, and tagged with the target language so a test can
// tell a Thai output from a Chinese one and recover the source exactly.
import { decode } from 'html-entities';

/** A word: letters, marks and digits. Anything else (space, punctuation, symbols) passes through unchanged. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const PSEUDO_WORD = /⟦([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*):([^⟦⟧]*)⟧/gu;

/** `Hello, world` → `⟦th:Hello⟧, ⟦th:world⟧`. */
export function pseudoTranslate(text: string, target: string): string {
  return text.replace(WORD, (word) => `⟦${target}:${word}⟧`);
}

/** The inverse of `pseudoTranslate`, for any target. */
export function unpseudo(text: string): string {
  return text.replace(PSEUDO_WORD, (_m, _lang: string, word: string) => word);
}

/** Every target language code seen in a pseudo-translated text, for asserting which locale a text went to. */
export function pseudoTargets(text: string): string[] {
  return [...new Set([...text.matchAll(PSEUDO_WORD)].map((m) => m[1] ?? ''))];
}

/** How Google escapes text in an HTML reply: the five XML specials, quotes as `&quot;` and `&#39;`. */
export function escapeLikeGoogle(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** One piece of an HTML string: a tag (kept verbatim) or the text between tags. */
export type HtmlPiece = { kind: 'tag'; raw: string; name: string; closing: boolean; selfClosing: boolean; noTranslate: boolean } | { kind: 'text'; raw: string };

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=`]+))?)*)\s*(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Split HTML into tags and text; a `<` that starts no well-formed tag is text, as browsers (and Google) read it. */
export function splitHtml(html: string): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const at = m.index;
    if (at > last) pieces.push({ kind: 'text', raw: html.slice(last, at) });
    const name = (m[2] ?? '').toLowerCase();
    const attrs = m[3] ?? '';
    pieces.push({
      kind: 'tag',
      raw: m[0],
      name,
      closing: m[1] === '/',
      selfClosing: m[4] === '/' || VOID.has(name),
      noTranslate: /\stranslate\s*=\s*["']?no\b/i.test(attrs) || /\sclass\s*=\s*["'][^"']*\bnotranslate\b/i.test(attrs),
    });
    last = at + m[0].length;
  }
  if (last < html.length) pieces.push({ kind: 'text', raw: html.slice(last) });
  return pieces;
}

/**
 * Pseudo-translate HTML like Google's `text/html` mode: tags stay in place, the content of a `translate="no"`
 * element is returned byte for byte, every other text is unescaped, translated and escaped again.
 */
export function pseudoTranslateHtml(html: string, target: string): string {
  let out = '';
  // Names of the open elements from the outermost translate="no" element inward; empty when translating.
  const frozen: string[] = [];
  for (const piece of splitHtml(html)) {
    if (piece.kind === 'text') {
      out += frozen.length > 0 ? piece.raw : escapeLikeGoogle(pseudoTranslate(decode(piece.raw, { level: 'html5' }), target));
      continue;
    }
    out += piece.raw;
    if (piece.selfClosing) continue;
    if (piece.closing) {
      if (frozen.length > 0 && frozen[frozen.length - 1] === piece.name) frozen.pop();
    } else if (frozen.length > 0 || piece.noTranslate) {
      frozen.push(piece.name);
    }
  }
  return out;
}
