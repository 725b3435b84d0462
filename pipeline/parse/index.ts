// Stage 1: text → Doc. Reads the Markdown, validates the front matter and decides slug and source locale.
import { basename, extname } from 'node:path';
import { isMap, parseDocument, type Document as YamlDocument } from 'yaml';
import { UserError } from '../errors.ts';
import { parseMarkdown } from '../markdown.ts';
import { checkNesting } from './nesting.ts';
import { normalizeText, stripBom } from './normalize.ts';
import { withOrganization } from './organization.ts';
import { checkReleaseSize } from './read.ts';
import { isLocale, LOCALES, type Doc, type Locale } from '../types.ts';

export interface ParseOptions {
  /** Source locale when the front matter has no `lang`. */
  from?: Locale;
}

/** Front-matter keys whose values are prose and get translated. Every other key is data and is kept as is. */
export const TRANSLATABLE_FIELDS = ['title', 'subtitle', 'summary', 'about'] as const;

const SLUG = /^[a-z0-9][a-z0-9._-]*$/i;

export function parse(source: string, file: string, options: ParseOptions = {}): Doc {
  const read = normalizeText(stripBom(source));
  // CRLF is read as LF, so a CRLF release gives the segments and ids of the LF one; assembly writes CRLF back.
  const crlf = read.includes('\r\n');
  const text = crlf ? read.replaceAll('\r\n', '\n') : read;
  checkReleaseSize(Buffer.byteLength(text), file);
  checkNesting(text, file);
  const tree = parseMarkdown(text);
  const first = tree.children[0];
  let frontmatter: Record<string, unknown> | undefined;
  let frontmatterDocument: YamlDocument | undefined;
  if (first?.type === 'yaml') {
    frontmatterDocument = parseFrontmatter(first.value, file);
    frontmatter = (frontmatterDocument.contents === null ? {} : frontmatterDocument.toJSON()) as Record<
      string,
      unknown
    >;
    if (frontmatter.organization !== undefined)
      frontmatter = withOrganization(frontmatter, file, frontmatterLine(text, 'organization'));
    // YAML escapes such as "\ud800" can still make text that is not well formed.
    for (const key of TRANSLATABLE_FIELDS) {
      const value = frontmatter[key];
      if (typeof value === 'string') frontmatter[key] = normalizeText(value);
    }
  } else if (/^---[ \t]*\r?\n[A-Za-z_][\w-]*:[ \t]/.test(text)) {
    // A `---` line followed by `key: value` is front matter that never closes, not a thematic break.
    throw new UserError('front matter opened with `---` on line 1 is never closed by a `---` line', { file, line: 1 });
  }

  const slug = frontmatter?.slug ?? basename(file, extname(file));
  if (typeof slug !== 'string' || !SLUG.test(slug) || slug.includes('..')) {
    throw new UserError(
      `slug ${JSON.stringify(slug)} must be letters, digits, '.', '-' or '_' (it names the output file)`,
      {
        file,
        line: frontmatterLine(text, 'slug'),
      },
    );
  }

  const lang = frontmatter?.lang;
  let locale: Locale;
  if (lang !== undefined) {
    if (!isLocale(lang)) {
      throw new UserError(`unknown locale ${JSON.stringify(lang)} in \`lang\`; expected one of ${LOCALES.join(', ')}`, {
        file,
        line: frontmatterLine(text, 'lang'),
      });
    }
    locale = lang;
  } else {
    locale = options.from ?? detectLocale(text);
  }
  return {
    path: file,
    slug,
    locale,
    frontmatter,
    tree,
    text,
    ...(frontmatterDocument ? { frontmatterDocument } : {}),
    ...(crlf ? { lineEnding: '\r\n' as const } : {}),
  };
}

/** The front matter as a YAML document (comments and key order kept for assembly), once it is known to be valid. */
function parseFrontmatter(value: string, file: string): YamlDocument {
  const document = parseDocument(value, { prettyErrors: true });
  const error = document.errors[0];
  if (error) {
    // +1: the YAML starts on the line after the opening `---`.
    const line = (error.linePos?.[0].line ?? 0) + 1;
    throw new UserError(`invalid YAML front matter: ${error.message.split('\n')[0]}`, { file, line });
  }
  if (document.contents === null) return document;
  if (!isMap(document.contents)) {
    throw new UserError('front matter must be a YAML mapping of keys to values', { file, line: 2 });
  }
  for (const key of TRANSLATABLE_FIELDS) {
    const field: unknown = document.get(key);
    if (field !== undefined && typeof field !== 'string') {
      throw new UserError(`front-matter field \`${key}\` must be text`, {
        file,
        line: frontmatterLine(`---\n${value}`, key),
      });
    }
  }
  return document;
}

/** 1-based line of a top-level front-matter key, for messages. */
function frontmatterLine(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1;
}

/** The locale of a text without `lang`: the script most of its letters are written in. */
export function detectLocale(text: string): Locale {
  const thai = text.match(/\p{Script=Thai}/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (thai > han && thai > latin / 4) return 'th';
  if (han > thai && han > latin / 4) return 'zh';
  return 'en';
}
