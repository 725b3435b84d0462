// The translated front matter: the source's YAML with its translatable fields and `lang` replaced. One-line scalars
// are replaced where they stand in the source text, so comments, spacing and key order stay byte for byte; anything
// else (a folded title, the organization's fields brought in) prints the YAML document again.
import { Document, isMap, isScalar, Scalar, type Document as YamlDocument } from 'yaml';
import type { Locale } from '../types.ts';

/** Scalar styles written on one line, whose source range is the whole value. */
const ONE_LINE = new Set<Scalar['type']>([Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE]);
/** Prints one scalar at a time, reused: a new Document per value builds its schema again (docs/performance.md). */
const printer = new Document(null);

/**
 * The front matter `source` (parsed as `document`, which is left as it is) with `fields` set and `lang`, where it
 * is given, set to `locale`. `read` is the front matter as the release read it (the organization's contact).
 */
export function renderFrontmatter(
  document: YamlDocument,
  fields: Readonly<Record<string, string>>,
  locale: Locale,
  source: string,
  read: Readonly<Record<string, unknown>> | undefined,
): string {
  // An empty front matter (or one of comments only) has no mapping to set keys in: YAML would print `null`.
  if (document.contents === null) return source;
  const values: Record<string, string> = { ...fields };
  if (document.has('lang')) values.lang = locale;
  // The "About" text came from the organization's file: the output carries it and the contact, and stands alone.
  const bringsOrganization = document.has('organization') && fields.about !== undefined;
  return (bringsOrganization ? undefined : replaceScalars(document, source, values)) ?? printAgain(document.clone());

  function printAgain(copy: YamlDocument): string {
    for (const [key, text] of Object.entries(values)) copy.set(key, text);
    if (bringsOrganization) {
      copy.delete('organization');
      const contact = read?.contact;
      if (contact !== null && typeof contact === 'object')
        for (const [key, value] of Object.entries(contact))
          if (!copy.hasIn(['contact', key])) copy.setIn(['contact', key], value);
    }
    return copy.toString({ lineWidth: 0 }).trimEnd();
  }
}

/**
 * `source` with the top-level scalar of each key replaced by its new value, printed in the style the source
 * used, as `Document.set` and `toString` would print it; undefined when one of them is not a plain, untagged
 * one-line scalar of the source, or its new value needs more than one line.
 */
function replaceScalars(
  document: YamlDocument,
  source: string,
  values: Readonly<Record<string, string>>,
): string | undefined {
  const contents = document.contents;
  if (!isMap(contents)) return undefined;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const [key, value] of Object.entries(values)) {
    const node = contents.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.value;
    if (!isScalar(node) || !node.range || node.tag || node.anchor || !ONE_LINE.has(node.type)) return undefined;
    const [start, end] = node.range;
    if (source.slice(start, end).includes('\n')) return undefined;
    const scalar = new Scalar(value);
    scalar.type = node.type;
    printer.contents = scalar;
    const text = printer.toString({ lineWidth: 0 }).trimEnd();
    if (text.includes('\n')) return undefined;
    edits.push({ start, end, text });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out.trimEnd();
}
