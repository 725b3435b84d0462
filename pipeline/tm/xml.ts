// XML for the translation memory: read with saxes (namespace-aware, strict XML 1.0) into a small tree that
// keeps every text node — inside <source>/<target> white space alone is content — and written by a serializer
// that declares the namespaces an element it did not build needs, so kept foreign content stays well-formed.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { UserError } from '../errors.ts';

export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Elements nested deeper than this are refused: no XLIFF needs it, and recursion over them would overflow. */
export const MAX_DEPTH = 100;

export interface XmlAttribute {
  /** Namespace URI; '' for an unprefixed attribute. */
  uri: string;
  local: string;
  prefix: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  prefix: string;
  /** Attributes in document order, namespace declarations left out (the writer declares what it needs). */
  attributes: XmlAttribute[];
  /** Elements and text (CDATA included), in document order; comments and processing instructions are dropped. */
  children: XmlNode[];
  /** 1-based line of the start tag. */
  line: number;
}

export type XmlNode = XmlElement | string;

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    /** 1-based. */
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/** The root element of a document. */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlSyntaxError | undefined;
  const fail = (message: string) => {
    failure ??= new XmlSyntaxError(message, parser.line);
  };
  parser.on('error', (error) => {
    // saxes prefixes its messages with "line:column: ".
    fail(error.message.replace(/^\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) {
      fail(`elements nested deeper than ${MAX_DEPTH}`);
      throw failure;
    }
    const attributes: XmlAttribute[] = [];
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === XMLNS_NS || (attribute.prefix === '' && attribute.local === 'xmlns')) continue;
      attributes.push({ uri: attribute.uri, local: attribute.local, prefix: attribute.prefix, value: attribute.value });
    }
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      prefix: tag.prefix,
      attributes,
      children: [],
      line: parser.line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (value: string) => {
    const parent = stack[stack.length - 1];
    if (!parent || value === '') return;
    const last = parent.children.length - 1;
    // saxes may report one text in pieces (around entities, CDATA): keep one node per text.
    if (typeof parent.children[last] === 'string') parent.children[last] += value;
    else parent.children.push(value);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    if (!failure) throw error;
  }
  if (failure) throw failure;
  if (!root) throw new XmlSyntaxError('no root element', 1);
  return root;
}

/** `parseXml` on a user's file: XML that is not well-formed is their mistake, named with file and line. */
export function parseXmlFile(text: string, file: string): XmlElement {
  try {
    return parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new UserError(`not well-formed XML: ${error.message}`, { file, line: error.line });
  }
}

/** The value of the attribute `local` in namespace `uri` ('' for an unprefixed one). */
export function attribute(element: XmlElement | undefined, local: string, uri = ''): string | undefined {
  if (!element) return undefined;
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** Prefix → namespace URI bindings in force where a node is written. */
export type Bindings = ReadonlyMap<string, string>;

/** An element or text to write: what pipeline/tm/xliff.ts builds. `raw` is XML written as it is. */
export type WritableNode =
  | { type: 'element'; name: string; attributes?: Record<string, string>; elements?: WritableNode[] }
  | { type: 'text'; text: string }
  | { type: 'raw'; xml: string };

/** An element to write. */
export function element(name: string, attributes: Record<string, string>, elements?: WritableNode[]): WritableNode {
  return { type: 'element', name, attributes, ...(elements ? { elements } : {}) };
}

/** Interleaves structural children with newline + indentation text nodes. */
export function indent(nodes: WritableNode[], depth: number): WritableNode[] {
  const out: WritableNode[] = [];
  for (const node of nodes) out.push({ type: 'text', text: `\n${'  '.repeat(depth)}` }, node);
  out.push({ type: 'text', text: `\n${'  '.repeat(depth - 1)}` });
  return out;
}

/** Writes nodes: an element without children closes itself, attributes keep their order, nothing is indented. */
export function writeXml(nodes: readonly WritableNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeText(node.text);
    else if (node.type === 'raw') out += node.xml;
    else {
      out += `<${node.name}`;
      for (const [key, value] of Object.entries(node.attributes ?? {})) out += ` ${key}="${escapeAttribute(value)}"`;
      out += node.elements && node.elements.length > 0 ? `>${writeXml(node.elements)}</${node.name}>` : '/>';
    }
  }
  return out;
}

/**
 * Writes parsed nodes back as XML where `bindings` are in force, declaring on each element the prefixes it and its
 * attributes use that are bound otherwise or not at all.
 */
export function serializeNodes(nodes: readonly XmlNode[], bindings: Bindings): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeText(node);
      continue;
    }
    let scope = bindings;
    let declarations = '';
    const bind = (prefix: string, uri: string) => {
      if (prefix === 'xml' || scope.get(prefix) === uri) return;
      if (scope === bindings) scope = new Map(bindings);
      (scope as Map<string, string>).set(prefix, uri);
      declarations += prefix === '' ? ` xmlns="${escapeAttribute(uri)}"` : ` xmlns:${prefix}="${escapeAttribute(uri)}"`;
    };
    bind(node.prefix, node.uri);
    for (const a of node.attributes) if (a.prefix !== '') bind(a.prefix, a.uri);
    const name = node.prefix === '' ? node.local : `${node.prefix}:${node.local}`;
    out += `<${name}${declarations}`;
    for (const a of node.attributes) {
      out += ` ${a.prefix === '' ? a.local : `${a.prefix}:${a.local}`}="${escapeAttribute(a.value)}"`;
    }
    out += node.children.length > 0 ? `>${serializeNodes(node.children, scope)}</${name}>` : '/>';
  }
  return out;
}

/** Characters XML 1.0 cannot carry, not even as a character reference. */
export const FORBIDDEN_IN_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class XmlCharacterError extends Error {
  constructor(readonly codePoint: number) {
    super(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML 1.0`);
    this.name = 'XmlCharacterError';
  }
}

function refuseForbidden(value: string): void {
  const found = FORBIDDEN_IN_XML.exec(value);
  if (found) throw new XmlCharacterError(found[0].charCodeAt(0));
}

function escapeText(text: string): string {
  refuseForbidden(text);
  // A carriage return is written as a reference: a parser reads a raw one as a line feed.
  return /[&<>\r]/.test(text)
    ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
    : text;
}

function escapeAttribute(value: string): string {
  refuseForbidden(value);
  // Tabs and line breaks in an attribute are read as spaces unless written as references.
  return /[&<"\t\n\r]/.test(value)
    ? value
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
    : value;
}
