// Runs → the Markdown of a container's content, written the way the source wrote it: codes as the source text
// they were cut from (Code.markdown), emphasis with `*`, text escaped wherever Markdown could read it as syntax.
// It spares printing the whole tree again with remark-stringify (docs/performance.md). This is
// the fast path for the common case; it declines (returns undefined) wherever it cannot be sure the output parses
// back to the same structure, and assembly then prints the tree. test/assemble/print-inline.test.ts proves it.
import type { Container } from '../parse/blocks.ts';
import type { Code, Run } from '../types.ts';

export interface InlineContext {
  kind: 'heading' | 'paragraph' | 'tableCell';
  /** What a continuation line starts with inside this container (`> ` in a block quote, spaces in a list item). */
  linePrefix: string;
  /** The container cannot hold a line break: a table cell, an ATX (`#`) heading. */
  singleLine: boolean;
}

/** The context of a container whose content starts at `start` in `text`, the source it was parsed from. */
export function inlineContext(text: string, node: Container, start: number): InlineContext {
  // A continuation line repeats the block quote markers before the content and indents past list markers.
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return {
    kind: node.type,
    linePrefix: before.replace(/[^>\t]/g, ' '),
    singleLine: node.type === 'tableCell' || (node.type === 'heading' && before.includes('#')),
  };
}

type Piece =
  | { type: 'text'; value: string }
  /** `attention`: an emphasis, strong or delete delimiter, whose meaning depends on the characters around it. */
  | { type: 'markup'; value: string; attention?: 'open' | 'close'; spaced?: boolean };

const DELIMITERS: Record<string, string> = { emphasis: '*', strong: '**', delete: '~~' };
const WHITESPACE = /[\s\p{Zs}]/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** Characters that can start or end inline syntax anywhere in a line. */
const ALWAYS_ESCAPED = new Set(['\\', '`', '*', '_', '[', ']', '<', '~', '|']);
/** Characters that start a block (heading, quote, list, setext underline) at the start of a line. */
const LINE_START_ESCAPED = new Set(['#', '>', '-', '+', '=']);
/** Text without these characters needs no escape (away from a line start). */
const MAYBE_SYNTAX = /[\\`*_[\]<~|&!#\n\r]/;
/** `1.` or `1)`, which starts an ordered list item at the start of a line. */
const ORDINAL = /^\d{1,9}[.)]/;
/** `&` that starts a character reference. */
const ENTITY = /^#?[0-9A-Za-z]+;/;

/** The container's content as Markdown, or undefined when only printing the tree is safe. */
export function printInline(
  runs: readonly Run[],
  codes: Record<string, Code>,
  context: InlineContext,
): string | undefined {
  const pieces = toPieces(runs, codes);
  if (!pieces || pieces.length === 0) return undefined;
  let out = '';
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as Piece;
    const atLineStart =
      out === ''
        ? context.kind !== 'tableCell'
        : out.endsWith('\n') || (context.linePrefix !== '' && out.endsWith(`\n${context.linePrefix}`));
    const next = pieces[index + 1];
    if (piece.type === 'markup') {
      if (piece.attention && !attentionHolds(pieces, index, out)) return undefined;
      // Inline HTML or code where a line starts can open an HTML block or a fence; a break must sit inside a line.
      if (atLineStart && /^[<`~]/.test(piece.value)) return undefined;
      if (piece.value.endsWith('\n') && (out === '' || next === undefined || context.singleLine)) return undefined;
      if (piece.spaced && !spacedHolds(out, next)) return undefined;
      out += piece.value;
      if (piece.value.endsWith('\n')) out += context.linePrefix;
      continue;
    }
    const text = escapeText(piece.value, {
      context,
      atLineStart,
      before: out,
      nextChar: next?.value[0],
      last: next === undefined,
      beforeBreak: next?.type === 'markup' && next.value.endsWith('\n'),
    });
    if (text === undefined) return undefined;
    out += text;
  }
  return out;
}

/** Runs as pieces of Markdown; undefined when a code has no source Markdown or the runs do not nest. */
function toPieces(runs: readonly Run[], codes: Record<string, Code>): Piece[] | undefined {
  const pieces: Piece[] = [];
  const open: string[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as Run;
    if (run.type === 'text') {
      if (run.value === '') continue;
      const last = pieces[pieces.length - 1];
      if (last?.type === 'text') last.value += run.value;
      else pieces.push({ type: 'text', value: run.value });
      continue;
    }
    if (run.type === 'lock') return undefined;
    const code = codes[run.id];
    if (!code) return undefined;
    const type = code.node.type;
    if (run.type === 'ph') {
      if (code.kind !== 'standalone' || code.markdown?.length !== 1) return undefined;
      pieces.push({ type: 'markup', value: code.markdown[0] as string });
      continue;
    }
    if (code.kind !== 'paired') return undefined;
    const markdown = code.markdown;
    const syntax = syntaxContent(code, runs, index);
    if (syntax !== false) {
      if (syntax === undefined) return undefined;
      pieces.push({ type: 'markup', value: syntax, spaced: markdown?.[0] === '' });
      index += 2;
      continue;
    }
    if (run.type === 'open') {
      // The same kind inside itself (`*a *b* c*`) can pair otherwise when read back.
      if (open.some((id) => codes[id]?.node.type === type)) return undefined;
      open.push(run.id);
    } else if (open.pop() !== run.id) return undefined;
    const delimiter = DELIMITERS[type];
    if (delimiter) {
      pieces.push({ type: 'markup', value: delimiter, attention: run.type });
      continue;
    }
    if (markdown?.length !== 2) return undefined;
    pieces.push({ type: 'markup', value: (run.type === 'open' ? markdown[0] : markdown[1]) as string });
  }
  return open.length === 0 ? pieces : undefined;
}

/**
 * Paired codes whose content is syntax too: an autolink (`<https://…>`, `www.example.com`) is its own URL, and a
 * `[label]` or `[label][]` reference finds its definition by its content. They are written as the source wrote
 * them when the content is unchanged, and not at all otherwise. False for every other code.
 */
function syntaxContent(code: Code, runs: readonly Run[], index: number): string | undefined | false {
  const markdown = code.markdown;
  const autolink = code.node.type === 'link' && markdown !== undefined && markdown[0] !== '[';
  if (!autolink && markdown?.length !== 3) return false;
  const [open, close, content] = markdown ?? [];
  const run = runs[index] as Run;
  const inner = runs[index + 1];
  const after = runs[index + 2];
  if (run.type !== 'open' || inner?.type !== 'text' || after?.type !== 'close' || after.id !== run.id) return undefined;
  if (autolink) {
    const url = (code.node as { url?: string }).url ?? '';
    return [inner.value, `http://${inner.value}`, `mailto:${inner.value}`].includes(url)
      ? `${open}${inner.value}${close}`
      : undefined;
  }
  return inner.value === content ? `${open}${content}${close}` : undefined;
}

/**
 * A `*`, `**` or `~~` delimiter opens (closes) only when it is left- (right-) flanking, by CommonMark's rules on
 * the characters either side; two delimiters side by side or an empty pair read differently.
 */
function attentionHolds(pieces: readonly Piece[], index: number, out: string): boolean {
  const piece = pieces[index] as Piece & { type: 'markup' };
  const previous = pieces[index - 1];
  const next = pieces[index + 1];
  if (previous?.type === 'markup' && previous.attention) return false;
  if (next?.type === 'markup' && next.attention) return false;
  const before = out.length > 0 ? lastChar(out) : undefined;
  const after = next?.value[0];
  const side = (char: string | undefined) =>
    char === undefined || WHITESPACE.test(char) ? 'space' : PUNCTUATION.test(char) ? 'punct' : 'other';
  const left = side(after) !== 'space' && (side(after) !== 'punct' || side(before) !== 'other');
  const right = side(before) !== 'space' && (side(before) !== 'punct' || side(after) !== 'other');
  return piece.attention === 'open' ? left : right;
}

/**
 * A literal autolink is read as one only after white space (or the container's edge), and it runs on to the next
 * white space, less trailing punctuation.
 */
function spacedHolds(out: string, next: Piece | undefined): boolean {
  const before = out.length > 0 ? lastChar(out) : undefined;
  if (before !== undefined && !WHITESPACE.test(before)) return false;
  if (next === undefined) return true;
  return next.type === 'text' && /^[.,!?:]*\s/.test(next.value);
}

/** The last UTF-16 unit, as micromark classifies the character before a delimiter. */
function lastChar(text: string): string {
  return text[text.length - 1] ?? '';
}

interface EscapeOptions {
  context: InlineContext;
  atLineStart: boolean;
  /** What is written before this text. */
  before: string;
  /** The first character written after it, if any. */
  nextChar: string | undefined;
  /** Nothing follows in the container. */
  last: boolean;
  /** A hard break follows. */
  beforeBreak: boolean;
}

/** Backslash-escapes what Markdown would read as syntax; undefined for text only the tree printer handles. */
function escapeText(value: string, options: EscapeOptions): string | undefined {
  const { context } = options;
  // White space where a line starts or ends is dropped (or makes a hard break) when read back.
  if (value.includes('\r') || (value.includes('\n') && context.singleLine)) return undefined;
  if ((options.atLineStart || options.before === '') && WHITESPACE.test(value[0] ?? '')) return undefined;
  if ((options.last || options.beforeBreak) && WHITESPACE.test(value[value.length - 1] ?? '')) return undefined;
  if (/[^\S\n]\n|\n\s/.test(value)) return undefined;
  // After `]`, a `(` or `:` would turn a reference, a footnote call or an image into a link or a definition.
  const escapeFirst = options.before.endsWith(']') && (value[0] === '(' || value[0] === ':');
  // Most text has nothing to escape, or only its first characters: a line start's marker, a `(` after `]`.
  if (!MAYBE_SYNTAX.test(value)) {
    if (options.atLineStart) {
      const ordinal = ORDINAL.exec(value)?.[0];
      if (ordinal) return `${ordinal.slice(0, -1)}\\${value.slice(ordinal.length - 1)}`;
      if (LINE_START_ESCAPED.has(value[0] as string)) return `\\${value}`;
    }
    return escapeFirst ? `\\${value}` : value;
  }

  let out = '';
  let lineStart = options.atLineStart;
  for (let index = 0; index < value.length; index++) {
    const char = value[index] as string;
    if (char === '\n') {
      // A soft line break: the next line continues the container.
      out += `\n${context.linePrefix}`;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      // `1. ` or `1) ` where a line starts is an ordered list, `- ` a bullet, `# ` a heading, `> ` a quote.
      const ordinal = ORDINAL.exec(value.slice(index, index + 11));
      if (ordinal) {
        out += `${ordinal[0].slice(0, -1)}\\${ordinal[0].slice(-1)}`;
        index += ordinal[0].length - 1;
        continue;
      }
      if (LINE_START_ESCAPED.has(char)) {
        out += `\\${char}`;
        continue;
      }
    }
    let escapes: boolean;
    switch (char) {
      case '&':
        escapes = ENTITY.test(value.slice(index + 1, index + 34));
        break;
      case '!':
        escapes = index === value.length - 1 && options.nextChar === '[';
        break;
      case '#':
        escapes = context.kind === 'heading' && options.last && /^#*$/.test(value.slice(index + 1));
        break;
      default:
        escapes = ALWAYS_ESCAPED.has(char) || (index === 0 && escapeFirst);
    }
    out += escapes ? `\\${char}` : char;
  }
  return out;
}
