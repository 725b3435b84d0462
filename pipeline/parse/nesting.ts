// A cheap, linear look at how deeply a text nests, taken before remark parses it: the parser and the tree walks
// after it recurse once per level, so thousands of nested quotes, lists or emphasis overflow the stack or run
// far too long. The count errs on the side of more depth (an unclosed `*` counts as open), never less.
import { UserError } from '../errors.ts';

/** Block containers (quotes, list items) on one line, or inline spans (emphasis, links …) open at one point. */
export const MAX_NESTING_DEPTH = 100;

const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^[ \t>*+\-\d.)]*?(`{3,}|~{3,})/;
const ORDERED_MARKER = /^\d{1,9}[.)]/;
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/** Throws a UserError naming the first line nested deeper than `max`. */
export function checkNesting(text: string, file: string, max = MAX_NESTING_DEPTH): void {
  const lines = text.split('\n');
  let fence: string | undefined;
  let open = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const marks = fenceOf(line);
    if (fence !== undefined) {
      if (marks?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (marks !== undefined) {
      fence = marks;
      continue;
    }
    const depth = blockDepth(line);
    if (depth > max) throw tooDeep(file, index + 1, max, 'block quotes or list items');
    // A blank line ends the paragraph, and with it every span still open.
    const spans = line.trim() === '' ? { open: 0, peak: 0 } : inlineDepth(line, open);
    if (spans.peak > max) throw tooDeep(file, index + 1, max, 'emphasis, links or other inline spans');
    open = spans.open;
  }
}

function tooDeep(file: string, line: number, max: number, what: string): UserError {
  return new UserError(`nested too deeply: more than ${max} levels of ${what}; simplify the Markdown`, {
    file,
    line,
  });
}

/** The fence a line opens or closes a fenced code block with (a backtick fence has no backtick after it). */
function fenceOf(line: string): string | undefined {
  const marks = FENCE.exec(line)?.[1];
  if (marks === undefined) return undefined;
  if (marks.startsWith('`') && line.indexOf('`', line.indexOf(marks) + marks.length) >= 0) return undefined;
  return marks;
}

/** Containers a line opens: `>` and list markers in its prefix, plus its indentation as one level per 2 columns. */
function blockDepth(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  let depth = 0;
  let at = 0;
  let indent = 0;
  for (; at < line.length && (line[at] === ' ' || line[at] === '\t'); at++) indent += line[at] === '\t' ? 4 : 1;
  depth += Math.floor(indent / 2);
  while (at < line.length) {
    const char = line[at];
    if (char === ' ' || char === '\t') at++;
    else if (char === '>') {
      depth++;
      at++;
    } else if ((char === '-' || char === '+' || char === '*') && isBlankOrEnd(line, at + 1)) {
      depth++;
      at++;
    } else {
      const ordered = ORDERED_MARKER.exec(line.slice(at, at + 11));
      if (ordered === null || !isBlankOrEnd(line, at + ordered[0].length)) break;
      depth++;
      at += ordered[0].length;
    }
  }
  return depth;
}

function isBlankOrEnd(line: string, at: number): boolean {
  return at >= line.length || line[at] === ' ' || line[at] === '\t';
}

/** Inline spans open at the end of `line` and the most open at once, from `open` left by earlier lines. */
function inlineDepth(line: string, open: number): { open: number; peak: number } {
  let depth = open;
  let peak = open;
  for (let at = 0; at < line.length; ) {
    const char = line[at] as string;
    if (char === '\\') {
      at += 2;
    } else if (char === '`') {
      let end = at;
      while (line[end] === '`') end++;
      const close = line.indexOf(line.slice(at, end), end);
      at = close < 0 ? end : close + (end - at);
    } else if (char === '[') {
      depth++;
      at++;
    } else if (char === ']') {
      depth = Math.max(0, depth - 1);
      at++;
    } else if (char === '*' || char === '_' || char === '~') {
      let end = at;
      while (line[end] === char) end++;
      const before = at > 0 ? (line[at - 1] as string) : ' ';
      const after = end < line.length ? (line[end] as string) : ' ';
      const opens = flanks(after, before);
      const closes = flanks(before, after);
      // Inside a word, `*` and `~` close what is open or else open; `_` does neither.
      if (opens && closes) {
        if (char !== '_') depth = depth > 0 ? Math.max(0, depth - (end - at)) : depth + (end - at);
      } else if (opens) depth += end - at;
      else if (closes) depth = Math.max(0, depth - (end - at));
      at = end;
    } else {
      at++;
    }
    if (depth > peak) peak = depth;
  }
  return { open: depth, peak };
}

/** CommonMark's flanking rule, seen from one side: `next` is not white space, and not punctuation unless `other` is. */
function flanks(next: string, other: string): boolean {
  if (WHITESPACE.test(next)) return false;
  return !PUNCTUATION.test(next) || WHITESPACE.test(other) || PUNCTUATION.test(other);
}
