// A small, strict XML reader for the translation memory. xml-js (sax underneath) spent most of a warm run's
// memory loading — one event, one object with a deleted `parent` key per node — and dropped white-space-only
// text, which inside <source>/<target> is content (the space between two inline codes). This reader keeps every
// text node, decodes the five predefined entities and character references, skips comments, processing
// instructions and a DOCTYPE without internal subset, and rejects what is not well-formed, with the line.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Elements and text (CDATA included), in document order; comments are dropped. */
  children: XmlNode[];
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

const NAME = /[A-Za-z_:][-\w.:\u00B7-\uFFFF]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][-\w.:\u00B7-\uFFFF]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([\da-fA-F]+));/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The root element of a document. */
export function parseXml(text: string): XmlElement {
  const fail = (message: string, at: number): never => {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    throw new XmlSyntaxError(message, line);
  };
  const decode = (raw: string, at: number): string => {
    if (!raw.includes('&')) return raw;
    const value = raw.replace(
      ENTITY,
      (_, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
        if (name) return PREDEFINED[name] ?? '';
        const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
        if (!(code > 0 && code <= 0x10ffff))
          fail(`invalid character reference in ${JSON.stringify(raw.slice(0, 40))}`, at);
        return String.fromCodePoint(code);
      },
    );
    if (raw.replace(ENTITY, '').includes('&'))
      fail(`unknown entity or bare '&' in ${JSON.stringify(raw.slice(0, 40))}`, at);
    return value;
  };

  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const end = lt < 0 ? text.length : lt;
    if (end > pos) {
      const raw = text.slice(pos, end);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(decode(raw, pos));
      else if (raw.trim() !== '') fail('text outside the root element', pos);
    }
    if (lt < 0) break;
    pos = lt;
    if (text.startsWith('<!--', pos)) {
      const close = text.indexOf('-->', pos + 4);
      if (close < 0) fail('comment never closed', pos);
      pos = close + 3;
    } else if (text.startsWith('<![CDATA[', pos)) {
      const close = text.indexOf(']]>', pos + 9);
      if (close < 0) fail('CDATA section never closed', pos);
      const parent = stack[stack.length - 1];
      if (!parent) fail('CDATA outside the root element', pos);
      parent?.children.push(text.slice(pos + 9, close));
      pos = close + 3;
    } else if (text.startsWith('<?', pos)) {
      const close = text.indexOf('?>', pos + 2);
      if (close < 0) fail('processing instruction never closed', pos);
      pos = close + 2;
    } else if (text.startsWith('<!DOCTYPE', pos)) {
      const close = text.indexOf('>', pos);
      if (close < 0 || text.slice(pos, close).includes('['))
        fail('DOCTYPE with an internal subset is not supported', pos);
      if (root || stack.length > 0) fail('DOCTYPE after the root element', pos);
      pos = close + 1;
    } else if (text.startsWith('</', pos)) {
      NAME.lastIndex = pos + 2;
      const name = NAME.exec(text)?.[0];
      const open = stack.pop();
      if (!name || !open) fail('unexpected close tag', pos);
      if (open && name !== open.name) fail(`close tag </${name}> does not match <${open.name}>`, pos);
      TAG_END.lastIndex = pos + 2 + (name?.length ?? 0);
      const tail = TAG_END.exec(text);
      if (!tail || tail[1] === '/') fail(`malformed close tag </${name}>`, pos);
      pos = TAG_END.lastIndex;
    } else {
      NAME.lastIndex = pos + 1;
      const name = NAME.exec(text)?.[0];
      if (!name) fail("'<' that opens no tag", pos);
      const element: XmlElement = { name: name ?? '', attributes: {}, children: [] };
      let at = pos + 1 + element.name.length;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute) break;
        const key = attribute[1] ?? '';
        if (Object.hasOwn(element.attributes, key)) fail(`attribute ${key} repeated`, at);
        element.attributes[key] = decode(attribute[2] ?? attribute[3] ?? '', at);
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const tail = TAG_END.exec(text);
      if (!tail) fail(`malformed tag <${element.name}>`, pos);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail('a second root element', pos);
      else root = element;
      if (tail?.[1] !== '/') stack.push(element);
      pos = TAG_END.lastIndex;
    }
  }
  const open = stack[stack.length - 1];
  if (open) fail(`<${open.name}> never closed`, text.length);
  if (!root) fail('no root element', text.length);
  return root as XmlElement;
}

/** An element or text to write, in xml-js's non-compact shape (what pipeline/tm/xliff.ts builds). */
export interface WritableNode {
  type?: string;
  name?: string;
  attributes?: Record<string, string | number | undefined>;
  elements?: WritableNode[];
  text?: string | number | boolean;
}

/**
 * Writes nodes as xml-js's `js2xml(…, { spaces: 0 })` did, byte for byte, where that was well-formed: an element
 * without children closes itself, attributes keep their order, nothing is indented. Two differences: attribute
 * values escape `&` and `<` (xml-js escaped only `"`, so a glossary form such as "A&B" made the file unreadable),
 * and text escapes every `&` (xml-js first turned `&amp;` back into `&`, so the text "&amp;" read back as "&").
 * About ten times faster than js2xml, which a cold run called for every batch.
 */
export function writeXml(nodes: readonly WritableNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escapeText(String(node.text ?? ''));
      continue;
    }
    if (node.type !== 'element' || !node.name) continue;
    out += `<${node.name}`;
    for (const [key, value] of Object.entries(node.attributes ?? {})) {
      if (value !== undefined && value !== null) out += ` ${key}="${escapeAttribute(String(value))}"`;
    }
    out += node.elements && node.elements.length > 0 ? `>${writeXml(node.elements)}</${node.name}>` : '/>';
  }
  return out;
}

function escapeText(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

function escapeAttribute(value: string): string {
  return /[&<"]/.test(value) ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;') : value;
}
