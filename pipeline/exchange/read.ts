// A file that came back from a translator: XLIFF 2 or 1.2, told apart by the root's namespace and version.
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.ts';
import { XLIFF_NS } from '../tm/xliff.ts';
import { attribute, parseXmlFile } from '../tm/xml.ts';
import type { ReturnedFile } from './types.ts';
import { readXliff12, isXliff12 } from './xliff12.ts';
import { readXliff2 } from './xliff2.ts';

/** Reads `path` (named `shown` in messages). */
export async function readReturnedFile(path: string, shown: string): Promise<ReturnedFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR')
      throw new UserError(code === 'ENOENT' ? 'no such file' : 'a folder, not a file', { file: shown });
    throw error;
  }
  const root = parseXmlFile(text, shown);
  if (root.uri === XLIFF_NS && root.local === 'xliff') return readXliff2(root, shown);
  if (isXliff12(root)) return readXliff12(root, shown);
  throw new UserError(
    `expected XLIFF 2 or 1.2 (found <${root.local}>${root.uri ? ` in ${root.uri}` : ''}, version ${attribute(root, 'version') ?? 'none'})`,
    { file: shown, line: root.line },
  );
}
