// Reading a release: its bytes are checked (size, text, UTF-8) before anything parses them. The limits are listed
// in the README's "Input limits".
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.ts';

/** A run's memory grows with its largest release; this keeps one well under 1 GB (README, "Input limits"). */
export const MAX_RELEASE_BYTES = 1024 * 1024;
/** Invalid UTF-8 sequences tolerated (each read as U+FFFD): more means the file is binary or in another encoding. */
export const MAX_INVALID_UTF8 = 8;

const REPLACEMENT = 0xfffd;

/** The text of a release file, refused when it is too large, binary or not UTF-8. */
export function readRelease(file: string): string {
  return decodeRelease(readReleaseBytes(file), file);
}

/** The bytes of a release file, refused unread when it is too large. */
export function readReleaseBytes(file: string): Buffer {
  let size: number;
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new UserError('not a file: expected a Markdown release', { file });
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read the release: ${(error as NodeJS.ErrnoException).code ?? 'error'}`, { file });
  }
  checkReleaseSize(size, file);
  return readFileSync(file);
}

export function checkReleaseSize(bytes: number, file: string): void {
  if (bytes > MAX_RELEASE_BYTES)
    throw new UserError(
      `${bytes.toLocaleString('en')} bytes is over the ${MAX_RELEASE_BYTES / 1024 / 1024} MiB (${MAX_RELEASE_BYTES.toLocaleString('en')} bytes) a release may have; split it into several releases`,
      { file },
    );
}

/** UTF-8 bytes → text; NUL bytes or more than a few invalid sequences mean the file is not a text release. */
export function decodeRelease(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new UserError('not a text file (it holds NUL bytes); a release is UTF-8 Markdown', {
      file,
      line: lineAt(bytes, nul),
    });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const invalid = countReplacements(text) - countEncodedReplacements(bytes);
  if (invalid > MAX_INVALID_UTF8) {
    const first = text.indexOf(String.fromCharCode(REPLACEMENT));
    throw new UserError(`not UTF-8 text (${invalid} invalid byte sequences); save the release as UTF-8 Markdown`, {
      file,
      line: text.slice(0, first).split('\n').length,
    });
  }
  return text;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a decoding error. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0xef); at >= 0 && at + 2 < bytes.length; at = bytes.indexOf(0xef, at + 1))
    if (bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd) count++;
  return count;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let at = bytes.indexOf(10); at >= 0 && at < offset; at = bytes.indexOf(10, at + 1)) line++;
  return line;
}
