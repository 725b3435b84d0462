// XLIFF 2 ⇄ TmFile: one file per release and target locale, one <unit> per segment.
// Codes are <pc>/<sc>/<ec>/<ph> as the standard has them; a locked term is <ph sb:term="id"/> (any prefix bound to
// the silkbridge namespace). What silkbridge does not interpret — attributes and elements of other namespaces,
// notes, <mrk> and other inline markup, <originalData> — is kept with the file or unit it was read with (under
// `KEPT`) and written back as it was, so that a rewrite changes only what the pipeline changed. What it cannot
// keep faithfully (<group>, several <file>s or <segment>s, <ignorable>) is refused with the file and line.
// The indentation is ours and only between structural elements: inside <source>/<target> every character counts.
import { UserError } from '../errors.ts';
import { normalizeRuns } from '../runs.ts';
import { isLocale, type Locale, type Run, type TargetState } from '../types.ts';
import {
  attribute,
  element,
  indent,
  type Bindings,
  parseXmlFile,
  serializeNodes,
  type WritableNode,
  writeXml,
  XML_NS,
  XmlCharacterError,
  type XmlAttribute,
  type XmlElement,
  type XmlNode,
  FORBIDDEN_IN_XML,
} from './xml.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const SILKBRIDGE_NS = 'urn:silkbridge:xliff:1';
const STATES: readonly TargetState[] = ['initial', 'translated', 'reviewed', 'final'];
/** The prefixes every file we write binds on its root. */
const DOCUMENT: Bindings = new Map([
  ['', XLIFF_NS],
  ['sb', SILKBRIDGE_NS],
]);

/** Where a file, unit or note keeps what silkbridge read but does not interpret (absent when there is none). */
export const KEPT = Symbol('silkbridge.kept');

interface KeptFile {
  /** Attributes of <xliff> and <file> other than the ones silkbridge writes. */
  root: XmlAttribute[];
  file: XmlAttribute[];
  /** Children of <file> other than units (notes, skeleton, metadata …), as XML. */
  children: string[];
}

/** Inline content written back as read while its runs are unchanged. */
interface KeptInline {
  runs: Run[];
  attributes: XmlAttribute[];
  xml: string;
}

export interface KeptUnit {
  attributes: XmlAttribute[];
  /** Elements of other namespaces (written before <notes>) and XLIFF ones such as <originalData> (after). */
  foreign: string[];
  extras: string[];
  segment: XmlAttribute[];
  source?: KeptInline;
  target?: KeptInline;
}

export interface TmNote {
  category?: string;
  text: string;
  [KEPT]?: XmlAttribute[];
}

export interface TmUnit {
  /** The segment id. */
  id: string;
  /** The block the segment sits in (`name` attribute), for readers. */
  block?: string;
  source: Run[];
  target?: Run[];
  state: TargetState;
  /** Who or what produced the target: `reviewed` translations name a person or `human`, engines their id. */
  origin?: string;
  /** Notes other than the origin, in order: a reviewer's comment has category `comment`. */
  notes?: TmNote[];
  /** Who approved the target (`sb:reviewer` on the unit). */
  reviewer?: string;
  /** When the target was approved, ISO 8601 (`sb:reviewedAt` on the unit). */
  reviewedAt?: string;
  [KEPT]?: KeptUnit;
}

export interface TmFile {
  release: string;
  /** The source file, relative to the project. */
  original?: string;
  srcLang: Locale;
  trgLang: Locale;
  units: TmUnit[];
  [KEPT]?: KeptFile;
}

/**
 * The file as XLIFF 2. `display` gives a lock's `disp` (a reader's hint); by default the one the file was read with,
 * else the term id. A character XML 1.0 forbids is written as <cp> in a source or target and refused elsewhere.
 */
export function stringifyXliff(tm: TmFile, display?: (term: string) => string): string {
  const disp = display ?? displaysOf(tm);
  const kept = tm[KEPT];
  try {
    const units: WritableNode[] = [
      ...(kept?.children ?? []).map((xml): WritableNode => ({ type: 'raw', xml })),
      ...tm.units.map((unit) => unitElement(unit, disp)),
    ];
    const file = element(
      'file',
      withKept({ id: tm.release, ...(tm.original !== undefined ? { original: tm.original } : {}) }, kept?.file),
      indent(units, 2),
    );
    const root = element(
      'xliff',
      withKept(
        { xmlns: XLIFF_NS, 'xmlns:sb': SILKBRIDGE_NS, version: '2.1', srcLang: tm.srcLang, trgLang: tm.trgLang },
        kept?.root,
      ),
      indent([file], 1),
    );
    return `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml([root])}\n`;
  } catch (error) {
    if (!(error instanceof XmlCharacterError)) throw error;
    throw new UserError(`${error.message} (release ${tm.release}, ${tm.trgLang}); remove it from the source`);
  }
}

const displayCache = new WeakMap<TmFile, Map<string, string>>();

/** Gives `to` the lock displays `from` was read with (an edit that copies a file keeps its `disp` hints). */
export function keepDisplays(from: TmFile, to: TmFile): void {
  const read = displayCache.get(from);
  if (read && !displayCache.has(to)) displayCache.set(to, read);
}

function displaysOf(tm: TmFile): (term: string) => string {
  const read = displayCache.get(tm);
  return (term) => read?.get(term) ?? term;
}

function unitElement(unit: TmUnit, display: (term: string) => string): WritableNode {
  const kept = unit[KEPT];
  const children: WritableNode[] = (kept?.foreign ?? []).map((xml) => ({ type: 'raw', xml }));
  const notes: TmNote[] = unit.origin
    ? [{ category: 'origin', text: unit.origin }, ...(unit.notes ?? [])]
    : (unit.notes ?? []);
  if (notes.length > 0) {
    const noteElements = notes.map((note) =>
      element('note', withKept(note.category !== undefined ? { category: note.category } : {}, note[KEPT]), [
        { type: 'text', text: note.text },
      ]),
    );
    children.push(element('notes', {}, noteElements));
  }
  for (const xml of kept?.extras ?? []) children.push({ type: 'raw', xml });
  const lockIds = new Map<string, string[]>();
  const segment = [inlineElement('source', unit.source, kept?.source, display, lockIds, true)];
  if (unit.target) segment.push(inlineElement('target', unit.target, kept?.target, display, lockIds, false));
  children.push(element('segment', withKept({ state: unit.state }, kept?.segment), indent(segment, 4)));
  const attributes: Record<string, string> = { id: unit.id };
  if (unit.block !== undefined) attributes.name = unit.block;
  if (unit.reviewer !== undefined) attributes['sb:reviewer'] = unit.reviewer;
  if (unit.reviewedAt !== undefined) attributes['sb:reviewedAt'] = unit.reviewedAt;
  return element('unit', withKept(attributes, kept?.attributes), indent(children, 3));
}

/**
 * A source and its target as XLIFF 2 inline content, lock ids shared as in a unit: for content that repeats a
 * unit's, such as a translation match.
 */
export function inlinePair(
  source: readonly Run[],
  target: readonly Run[],
  display: (term: string) => string,
): [WritableNode[], WritableNode[]] {
  const lockIds = new Map<string, string[]>();
  return [runsToElements(source, display, lockIds, true), runsToElements(target, display, lockIds, false)];
}

function inlineElement(
  name: 'source' | 'target',
  runs: readonly Run[],
  kept: KeptInline | undefined,
  display: (term: string) => string,
  lockIds: Map<string, string[]>,
  isSource: boolean,
): WritableNode {
  const fresh = runsToElements(runs, display, lockIds, isSource);
  if (kept && sameRuns(kept.runs, runs)) {
    return element(name, withKept({}, kept.attributes), [{ type: 'raw', xml: kept.xml }]);
  }
  return element(name, {}, fresh);
}

function sameRuns(a: readonly Run[], b: readonly Run[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** Attributes silkbridge writes, then the kept ones, with the namespace declarations those need. */
function withKept(
  attributes: Record<string, string>,
  kept: readonly XmlAttribute[] | undefined,
): Record<string, string> {
  if (!kept || kept.length === 0) return attributes;
  const out = { ...attributes };
  const declared = new Map(DOCUMENT);
  let generated = 0;
  for (const a of kept) {
    let prefix = a.prefix;
    if (a.uri === XML_NS) prefix = 'xml';
    else if (a.uri === '') prefix = '';
    else if (declared.get(prefix) !== a.uri) {
      const bound = [...declared].find(([, uri]) => uri === a.uri)?.[0];
      if (bound) prefix = bound;
      else {
        if (prefix === '' || declared.has(prefix)) prefix = `k${++generated}`;
        declared.set(prefix, a.uri);
        out[`xmlns:${prefix}`] = a.uri;
      }
    }
    out[prefix === '' ? a.local : `${prefix}:${a.local}`] = a.value;
  }
  return out;
}

/** Runs → inline XLIFF. Lock ids come from the source (`l1`, `l2` …) and are reused by the target, per term. */
function runsToElements(
  runs: readonly Run[],
  display: (term: string) => string,
  lockIds: Map<string, string[]>,
  isSource: boolean,
): WritableNode[] {
  const root: WritableNode[] = [];
  const stack: WritableNode[][] = [];
  const unbalanced = !isBalanced(runs);
  let lockCount = 0;
  const used = new Map<string, number>();
  const current = (): WritableNode[] => stack[stack.length - 1] ?? root;
  for (const run of runs) {
    if (run.type === 'text') current().push(...textNodes(run.value));
    else if (run.type === 'ph') current().push(element('ph', { id: run.id }));
    else if (run.type === 'lock') {
      let id: string;
      if (isSource) {
        id = `l${++lockCount}`;
        lockIds.set(run.term, [...(lockIds.get(run.term) ?? []), id]);
      } else {
        const n = used.get(run.term) ?? 0;
        used.set(run.term, n + 1);
        id = lockIds.get(run.term)?.[n] ?? `l-${run.term}-${n + 1}`;
      }
      current().push(
        element('ph', { id, 'sb:term': run.term, disp: display(run.term), canDelete: 'no', canCopy: 'no' }),
      );
    } else if (unbalanced) {
      current().push(run.type === 'open' ? element('sc', { id: run.id }) : element('ec', { startRef: run.id }));
    } else if (run.type === 'open') {
      const children: WritableNode[] = [];
      current().push(element('pc', { id: run.id }, children));
      stack.push(children);
    } else {
      stack.pop();
    }
  }
  return root;
}

/** Text, with each character XML 1.0 cannot carry as the standard's <cp hex="…"/>. */
function textNodes(value: string): WritableNode[] {
  if (!FORBIDDEN_IN_XML.test(value)) return [{ type: 'text', text: value }];
  const out: WritableNode[] = [];
  const pattern = new RegExp(FORBIDDEN_IN_XML.source, 'g');
  let at = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > at) out.push({ type: 'text', text: value.slice(at, match.index) });
    const hex = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    out.push(element('cp', { hex }));
    at = match.index + match[0].length;
  }
  if (at < value.length) out.push({ type: 'text', text: value.slice(at) });
  return out;
}

/** True when every opening code closes, innermost first. */
export function isBalanced(runs: readonly Run[]): boolean {
  const stack: string[] = [];
  for (const run of runs) {
    if (run.type === 'open') stack.push(run.id);
    if (run.type === 'close' && stack.pop() !== run.id) return false;
  }
  return stack.length === 0;
}

export function parseXliff(text: string, file: string): TmFile {
  return xliffFromRoot(parseXmlFile(text, file), file);
}

/** The memory file held by an already parsed document (`file` names it in messages). */
export function xliffFromRoot(root: XmlElement, file: string): TmFile {
  const refuse = (message: string, at?: XmlElement): never => {
    throw new UserError(message, { file, ...(at ? { line: at.line } : {}) });
  };
  if (!isXliff(root, 'xliff') || !String(attribute(root, 'version') ?? '').startsWith('2.')) {
    refuse('expected an XLIFF 2.x document (<xliff version="2.1"> in its namespace)');
  }
  const srcLang = attribute(root, 'srcLang');
  const trgLang = attribute(root, 'trgLang');
  if (!isLocale(srcLang) || !isLocale(trgLang)) {
    refuse(`srcLang/trgLang must be one of en, th, zh (found ${String(srcLang)}/${String(trgLang)})`, root);
  }
  const files = elementsOf(root, refuse);
  const fileElement = files[0];
  if (files.length !== 1 || !fileElement || !isXliff(fileElement, 'file')) {
    refuse(
      'expected exactly one <file> in <xliff>: silkbridge keeps one file per release and locale',
      files[1] ?? root,
    );
  }
  const displays = new Map<string, string>();
  const units: TmUnit[] = [];
  const keptChildren: string[] = [];
  for (const child of elementsOf(fileElement as XmlElement, refuse)) {
    if (isXliff(child, 'unit')) units.push(parseUnit(child, refuse, displays));
    else if (isXliff(child, 'group'))
      refuse('<group> is not supported: silkbridge keeps units directly in <file>', child);
    else keptChildren.push(serializeNodes([child], DOCUMENT));
  }
  const release = attribute(fileElement, 'id') ?? '';
  const original = attribute(fileElement, 'original');
  const tm: TmFile = {
    release,
    ...(original !== undefined ? { original } : {}),
    srcLang: srcLang as Locale,
    trgLang: trgLang as Locale,
    units,
  };
  const rootKept = others(root, ['version', 'srcLang', 'trgLang']);
  const fileKept = others(fileElement as XmlElement, ['id', 'original']);
  if (rootKept.length + fileKept.length + keptChildren.length > 0) {
    tm[KEPT] = { root: rootKept, file: fileKept, children: keptChildren };
  }
  if (displays.size > 0) displayCache.set(tm, displays);
  return tm;
}

type Refuse = (message: string, at?: XmlElement) => never;

function parseUnit(unit: XmlElement, refuse: Refuse, displays: Map<string, string>): TmUnit {
  const id = attribute(unit, 'id') ?? '';
  let segment: XmlElement | undefined;
  let origin: string | undefined;
  const notes: TmNote[] = [];
  const foreign: string[] = [];
  const extras: string[] = [];
  for (const child of elementsOf(unit, refuse)) {
    if (child.uri !== XLIFF_NS) foreign.push(serializeNodes([child], DOCUMENT));
    else if (child.local === 'segment') {
      if (segment)
        refuse(`unit ${JSON.stringify(id)} has more than one <segment>: silkbridge keeps one segment per unit`, child);
      segment = child;
    } else if (child.local === 'ignorable') refuse(`unit ${JSON.stringify(id)}: <ignorable> is not supported`, child);
    else if (child.local === 'notes') {
      for (const note of elementsOf(child, refuse)) {
        if (!isXliff(note, 'note')) refuse(`unexpected <${note.local}> in <notes>`, note);
        const text = note.children.filter((t): t is string => typeof t === 'string').join('');
        const category = attribute(note, 'category');
        if (category === 'origin' && origin === undefined) {
          origin = text.trim();
          continue;
        }
        const parsed: TmNote = category !== undefined ? { category, text } : { text };
        const kept = others(note, ['category']);
        if (kept.length > 0) parsed[KEPT] = kept;
        notes.push(parsed);
      }
    } else extras.push(serializeNodes([child], DOCUMENT));
  }
  const source = segment ? childOf(segment, 'source') : undefined;
  const target = segment ? childOf(segment, 'target') : undefined;
  const state = (attribute(segment, 'state') ?? 'initial') as TargetState;
  if (!id || !segment || !source || !STATES.includes(state)) {
    refuse(`unit ${JSON.stringify(id)} needs an id, a <segment> with a <source> and a valid state`, unit);
  }
  const sourceRead = readInline(source as XmlElement, refuse, displays);
  const targetRead = target ? readInline(target, refuse, displays) : undefined;
  const block = attribute(unit, 'name');
  const reviewer = attribute(unit, 'reviewer', SILKBRIDGE_NS);
  const reviewedAt = attribute(unit, 'reviewedAt', SILKBRIDGE_NS);
  const parsed: TmUnit = {
    id,
    ...(block !== undefined ? { block } : {}),
    source: sourceRead.runs,
    ...(targetRead ? { target: targetRead.runs } : {}),
    state,
    ...(origin ? { origin } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(reviewer !== undefined ? { reviewer } : {}),
    ...(reviewedAt !== undefined ? { reviewedAt } : {}),
  };
  const attributes = unit.attributes.filter(
    (a) =>
      !(a.uri === '' && (a.local === 'id' || a.local === 'name')) &&
      !(a.uri === SILKBRIDGE_NS && (a.local === 'reviewer' || a.local === 'reviewedAt')),
  );
  const segmentKept = others(segment as XmlElement, ['state']);
  const keptSource = sourceRead.kept;
  const keptTarget = targetRead?.kept;
  if (attributes.length + foreign.length + extras.length + segmentKept.length > 0 || keptSource || keptTarget) {
    parsed[KEPT] = {
      attributes,
      foreign,
      extras,
      segment: segmentKept,
      ...(keptSource ? { source: keptSource } : {}),
      ...(keptTarget ? { target: keptTarget } : {}),
    };
  }
  return parsed;
}

/** The attributes silkbridge writes itself on inline codes: anything else is kept with the content. */
const OWN_ATTRIBUTES: Record<string, readonly string[]> = {
  ph: ['id', 'disp', 'canDelete', 'canCopy'],
  pc: ['id'],
  sc: ['id'],
  ec: ['startRef', 'id'],
  cp: ['hex'],
};

/** <source>/<target> content → runs, and the content as XML when it holds what runs cannot say (<mrk> …). */
function readInline(
  container: XmlElement,
  refuse: Refuse,
  displays: Map<string, string>,
): { runs: Run[]; kept?: KeptInline } {
  const runs: Run[] = [];
  let faithful = container.attributes.length === 0;
  const walk = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        runs.push({ type: 'text', value: node });
        continue;
      }
      const own = node.uri === XLIFF_NS ? OWN_ATTRIBUTES[node.local] : undefined;
      if (
        !own ||
        node.attributes.some(
          (a) => !(a.uri === '' && own.includes(a.local)) && !(a.uri === SILKBRIDGE_NS && a.local === 'term'),
        )
      ) {
        faithful = false;
      }
      if (node.uri !== XLIFF_NS) {
        walk(node.children);
        continue;
      }
      switch (node.local) {
        case 'ph': {
          const term = attribute(node, 'term', SILKBRIDGE_NS);
          if (term !== undefined) {
            runs.push({ type: 'lock', term });
            const disp = attribute(node, 'disp');
            if (disp !== undefined) displays.set(term, disp);
          } else runs.push({ type: 'ph', id: attribute(node, 'id') ?? '' });
          break;
        }
        case 'pc': {
          const id = attribute(node, 'id') ?? '';
          runs.push({ type: 'open', id });
          walk(node.children);
          runs.push({ type: 'close', id });
          break;
        }
        case 'sc':
          runs.push({ type: 'open', id: attribute(node, 'id') ?? '' });
          break;
        case 'ec':
          runs.push({ type: 'close', id: attribute(node, 'startRef') ?? attribute(node, 'id') ?? '' });
          break;
        case 'cp': {
          const hex = attribute(node, 'hex') ?? '';
          const code = /^[\dA-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
          if (!(code >= 0 && code <= 0x10ffff)) refuse(`<cp hex="${hex}"> is not a code point`, node);
          runs.push({ type: 'text', value: code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code) });
          break;
        }
        default:
          // <mrk> and the like annotate their text, which stays part of the translation.
          walk(node.children);
      }
    }
  };
  walk(container.children);
  const normalized = normalizeRuns(runs);
  if (faithful) return { runs: normalized };
  return {
    runs: normalized,
    kept: { runs: normalized, attributes: container.attributes, xml: serializeNodes(container.children, DOCUMENT) },
  };
}

function isXliff(node: XmlElement, local: string): boolean {
  return node.uri === XLIFF_NS && node.local === local;
}

/** The child elements; text other than white space between them is refused. */
function elementsOf(node: XmlElement, refuse: Refuse): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of node.children) {
    if (typeof child !== 'string') out.push(child);
    else if (child.trim() !== '')
      refuse(`text ${JSON.stringify(child.trim().slice(0, 30))} directly in <${node.local}>`, node);
  }
  return out;
}

function childOf(node: XmlElement, local: string): XmlElement | undefined {
  for (const child of node.children) if (typeof child !== 'string' && isXliff(child, local)) return child;
  return undefined;
}

/** The attributes of `node` other than the unprefixed ones named. */
function others(node: XmlElement, own: readonly string[]): XmlAttribute[] {
  return node.attributes.filter((a) => !(a.uri === '' && own.includes(a.local)));
}
