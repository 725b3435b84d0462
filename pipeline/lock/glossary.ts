// The glossary model: parse and validate content/glossary.yaml into terms, with errors that name file and line.
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { UserError } from '../errors.ts';
import { isLocale, LOCALES } from '../types.ts';
import type { Locale } from '../types.ts';
import { normalizeText } from '../parse/normalize.ts';

export const TERM_TYPES = ['person', 'brand', 'product', 'organization', 'place', 'work', 'other'] as const;
export type TermType = (typeof TERM_TYPES)[number];
export const TERM_STATUSES = ['approved', 'proposed'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export interface GlossaryTerm {
  /** Kebab-case, unique in the glossary; placeholders carry it (`{t:id}`). */
  id: string;
  type: TermType;
  /** The locked form per locale (all equal when `keep`). */
  forms: Record<Locale, string>;
  /** Other source spellings that also match, per locale. */
  variants: Partial<Record<Locale, string[]>>;
  /** Default true. */
  caseSensitive: boolean;
  /** Longer words that contain a form but are not the name (ไทยแลนด์, ตึกไทยคู่ฟ้า): nothing locks inside them. */
  notIn?: Partial<Record<Locale, string[]>>;
  /** Forms that must never appear in that locale's output. */
  forbidden: Partial<Record<Locale, string[]>>;
  status: TermStatus;
  note: string;
  /** True when the entry was written with `keep:` (same form in every locale). */
  keep: boolean;
  /** 1-based line of the entry in the glossary file. */
  line: number;
}

export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
  byId: Map<string, GlossaryTerm>;
}

/** The approved form of `term` in `locale`; a term the glossary does not hold shows as `{term}` so the gap is visible. */
export function lockForm(glossary: Glossary, term: string, locale: Locale): string {
  return glossary.byId.get(term)?.forms[locale] ?? `{${term}}`;
}

/** A schema violation; the message starts with `file:line: `. A user error: the CLI prints it and exits 1. */
export class GlossaryError extends UserError {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(message, { file, line });
    this.name = 'GlossaryError';
    this.file = file;
    this.line = line;
  }
}

const TERM_KEYS = [
  'id',
  'type',
  'forms',
  'keep',
  'variants',
  'not_in',
  'case_sensitive',
  'forbidden',
  'status',
  'note',
];
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads nodes of one YAML document, turning offsets into lines for errors. */
class Reader {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  lineOf(node: YamlNode | null | undefined, fallback = 1): number {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.lines.linePos(offset).line;
  }

  fail(node: YamlNode | null | undefined, message: string, fallback = 1): never {
    throw new GlossaryError(this.file, this.lineOf(node, fallback), message);
  }

  /** A map's pairs with string keys; any other key is an error. */
  pairs(map: YAMLMap, where: string): Array<{ key: string; keyNode: YamlNode; value: YamlNode | null }> {
    return map.items.map((pair: Pair) => {
      const keyNode = pair.key as YamlNode | null;
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') this.fail(keyNode, `${where}: keys must be strings`);
      return { key: keyNode.value, keyNode, value: (pair.value as YamlNode | null) ?? null };
    });
  }

  text(node: YamlNode | null, where: string, fallback: number): string {
    if (!isScalar(node) || typeof node.value !== 'string') this.fail(node, `${where}: expected a string`, fallback);
    const value = node.value;
    // A form with outer white space or a line break could never match as written, so it is a typo.
    if (value.trim() === '') this.fail(node, `${where}: must not be empty`, fallback);
    if (value !== value.trim() || /[\r\n]/.test(value)) {
      this.fail(node, `${where}: must be one line without leading or trailing white space`, fallback);
    }
    // Sources are NFC once parsed (parse/normalize.ts): a form must be too, or typed accents never match.
    return normalizeText(value);
  }

  texts(node: YamlNode | null, where: string, fallback: number): string[] {
    if (!isSeq(node)) this.fail(node, `${where}: expected a list of strings`, fallback);
    return node.items.map((item, i) =>
      this.text(item as YamlNode | null, `${where}[${i}]`, this.lineOf(node, fallback)),
    );
  }

  /** `{ en: …, th: … }` with locale keys only. */
  perLocale<T>(node: YamlNode | null, where: string, fallback: number, read: (v: YamlNode | null, w: string) => T) {
    if (!isMap(node)) this.fail(node, `${where}: expected a map of locale to value (${LOCALES.join(', ')})`, fallback);
    const out: Partial<Record<Locale, T>> = {};
    for (const { key, keyNode, value } of this.pairs(node, where)) {
      if (!isLocale(key))
        this.fail(keyNode, `${where}: unknown locale "${key}" (expected one of ${LOCALES.join(', ')})`);
      out[key] = read(value, `${where}.${key}`);
    }
    return out;
  }
}

function parseTerm(reader: Reader, node: YamlNode | null, index: number, fallback: number): GlossaryTerm {
  const where = `terms[${index}]`;
  if (!isMap(node))
    reader.fail(node, `${where}: expected a map with id, type, forms or keep, status and note`, fallback);
  const line = reader.lineOf(node, fallback);
  const fields = new Map<string, { keyNode: YamlNode; value: YamlNode | null }>();
  for (const { key, keyNode, value } of reader.pairs(node, where)) {
    if (!TERM_KEYS.includes(key))
      reader.fail(keyNode, `${where}: unknown key "${key}" (expected one of ${TERM_KEYS.join(', ')})`);
    fields.set(key, { keyNode, value });
  }
  const required = (key: string) => {
    const field = fields.get(key);
    if (!field) reader.fail(node, `${where}: missing "${key}"`);
    return field.value;
  };

  const id = reader.text(required('id'), `${where}.id`, line);
  if (!ID_PATTERN.test(id))
    reader.fail(fields.get('id')?.value, `${where}.id: "${id}" is not kebab-case (a-z, 0-9, -)`);
  const at = `term "${id}"`;
  const type = reader.text(required('type'), `${at}.type`, line);
  if (!(TERM_TYPES as readonly string[]).includes(type)) {
    reader.fail(fields.get('type')?.value, `${at}.type: "${type}" is not one of ${TERM_TYPES.join(', ')}`);
  }
  const status = reader.text(required('status'), `${at}.status`, line);
  if (!(TERM_STATUSES as readonly string[]).includes(status)) {
    reader.fail(fields.get('status')?.value, `${at}.status: "${status}" is not one of ${TERM_STATUSES.join(', ')}`);
  }
  const note = reader.text(required('note'), `${at}.note`, line);

  const formsField = fields.get('forms');
  const keepField = fields.get('keep');
  if (formsField && keepField) reader.fail(keepField.keyNode, `${at}: has both "forms" and "keep"; use one`);
  if (!formsField && !keepField)
    reader.fail(node, `${at}: missing "forms" (a form per locale) or "keep" (one form for all)`);
  let forms: Record<Locale, string>;
  if (keepField) {
    const kept = reader.text(keepField.value, `${at}.keep`, reader.lineOf(keepField.keyNode));
    forms = Object.fromEntries(LOCALES.map((l) => [l, kept])) as Record<Locale, string>;
  } else {
    const formsNode = formsField?.value ?? null;
    const fallbackLine = reader.lineOf(formsField?.keyNode, line);
    const partial = reader.perLocale(formsNode, `${at}.forms`, fallbackLine, (v, w) => reader.text(v, w, fallbackLine));
    for (const locale of LOCALES) {
      if (partial[locale] === undefined)
        reader.fail(formsField?.keyNode, `${at}.forms: missing the ${locale} form`, fallbackLine);
    }
    forms = partial as Record<Locale, string>;
  }

  const listsOf = (key: string) => {
    const field = fields.get(key);
    if (!field) return {};
    const fallbackLine = reader.lineOf(field.keyNode, line);
    return reader.perLocale(field.value, `${at}.${key}`, fallbackLine, (v, w) => reader.texts(v, w, fallbackLine));
  };
  const caseField = fields.get('case_sensitive');
  let caseSensitive = true;
  if (caseField) {
    if (!isScalar(caseField.value) || typeof caseField.value.value !== 'boolean') {
      reader.fail(caseField.value, `${at}.case_sensitive: expected true or false`, reader.lineOf(caseField.keyNode));
    }
    caseSensitive = caseField.value.value;
  }
  return {
    id,
    type: type as TermType,
    forms,
    variants: listsOf('variants'),
    notIn: listsOf('not_in'),
    caseSensitive,
    forbidden: listsOf('forbidden'),
    status: status as TermStatus,
    note,
    keep: keepField !== undefined,
    line,
  };
}

/** Parse and validate glossary YAML; throws `GlossaryError` naming file and line on the first violation. */
export function parseGlossary(text: string, file: string): Glossary {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? 1;
    const message = yamlError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? yamlError.code;
    throw new GlossaryError(file, line, `not valid YAML: ${message}`);
  }
  const reader: Reader = new Reader(file, lines);
  const root = doc.contents as YamlNode | null;
  if (!isMap(root)) reader.fail(root, 'expected a map with "version: 1" and "terms"');
  const top = new Map(reader.pairs(root, 'glossary').map((p) => [p.key, p]));
  for (const [key, { keyNode }] of top) {
    if (key !== 'version' && key !== 'terms')
      reader.fail(keyNode, `unknown top-level key "${key}" (expected version, terms)`);
  }
  const version = top.get('version');
  if (!version) reader.fail(root, 'missing "version: 1"');
  if (!isScalar(version.value) || version.value.value !== 1)
    reader.fail(version.value, 'version: expected 1', reader.lineOf(version.keyNode));
  const termsField = top.get('terms');
  if (!termsField) reader.fail(root, 'missing "terms"');
  const termsNode = termsField.value;
  // `terms:` with nothing under it is an empty glossary, not an error.
  if (termsNode !== null && !(isScalar(termsNode) && termsNode.value === null) && !isSeq(termsNode)) {
    reader.fail(termsNode, 'terms: expected a list of entries', reader.lineOf(termsField.keyNode));
  }
  const items = isSeq(termsNode) ? termsNode.items : [];
  const terms: GlossaryTerm[] = [];
  const byId = new Map<string, GlossaryTerm>();
  items.forEach((item, index) => {
    const term = parseTerm(reader, item as YamlNode | null, index, reader.lineOf(termsNode));
    const earlier = byId.get(term.id);
    if (earlier) reader.fail(item as YamlNode, `duplicate id "${term.id}" (first at line ${earlier.line})`);
    byId.set(term.id, term);
    terms.push(term);
  });
  return { file, terms, byId };
}

export async function loadGlossary(file: string): Promise<Glossary> {
  return parseGlossary(await readFile(file, 'utf8'), file);
}

/** A glossary from terms built in code (tests, benchmarks): same shape as a parsed one. */
export function glossaryOf(terms: GlossaryTerm[], file = '<memory>'): Glossary {
  return { file, terms, byId: new Map(terms.map((t) => [t.id, t])) };
}
