// XLIFF 2.1 ⇄ TmFile: one file per release and target locale, one <unit> per segment.
// Codes are <pc>/<sc>/<ec>/<ph> as the standard has them; a locked term is <ph sb:term="id"/>.
// Built as xml-js elements (mixed content in order) and written and read by ./xml.ts; we add the indentation
// ourselves, only between structural elements, because an indenting serializer would change the text of <source>
// and <target>.
import type { Element } from 'xml-js';
import { UserError } from '../errors.ts';
import { normalizeRuns } from '../runs.ts';
import { isLocale, type Locale, type Run, type TargetState } from '../types.ts';
import { parseXml, writeXml, XmlSyntaxError, type XmlElement, type XmlNode } from './xml.ts';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
export const SILKBRIDGE_NS = 'urn:silkbridge:xliff:1';
const STATES: readonly TargetState[] = ['initial', 'translated', 'reviewed', 'final'];

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
}

/** An XLIFF `<note>`. */
export interface TmNote {
  category?: string;
  text: string;
}

export interface TmFile {
  release: string;
  /** The source file, relative to the project. */
  original?: string;
  srcLang: Locale;
  trgLang: Locale;
  units: TmUnit[];
}

export function stringifyXliff(tm: TmFile, display: (term: string) => string = (term) => term): string {
  const units = tm.units.map((unit) => unitElement(unit, display));
  const file = element('file', { id: tm.release, ...(tm.original ? { original: tm.original } : {}) }, indent(units, 2));
  const root = element(
    'xliff',
    { xmlns: XLIFF_NS, 'xmlns:sb': SILKBRIDGE_NS, version: '2.1', srcLang: tm.srcLang, trgLang: tm.trgLang },
    indent([file], 1),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeXml([root])}\n`;
}

function unitElement(unit: TmUnit, display: (term: string) => string): Element {
  const children: Element[] = [];
  const notes = unit.origin ? [{ category: 'origin', text: unit.origin }, ...(unit.notes ?? [])] : (unit.notes ?? []);
  if (notes.length > 0) {
    const noteElements = notes.map((note) =>
      element('note', note.category !== undefined ? { category: note.category } : {}, [
        { type: 'text', text: note.text },
      ]),
    );
    children.push(element('notes', {}, noteElements));
  }
  const lockIds = new Map<string, string[]>();
  const segment = [element('source', {}, runsToElements(unit.source, display, lockIds, true))];
  if (unit.target) segment.push(element('target', {}, runsToElements(unit.target, display, lockIds, false)));
  children.push(element('segment', { state: unit.state }, indent(segment, 4)));
  const attributes: Record<string, string> = { id: unit.id };
  if (unit.block) attributes.name = unit.block;
  if (unit.reviewer !== undefined) attributes['sb:reviewer'] = unit.reviewer;
  if (unit.reviewedAt !== undefined) attributes['sb:reviewedAt'] = unit.reviewedAt;
  return element('unit', attributes, indent(children, 3));
}

/** Runs → inline XLIFF. Lock ids come from the source (`l1`, `l2` …) and are reused by the target, per term. */
function runsToElements(
  runs: readonly Run[],
  display: (term: string) => string,
  lockIds: Map<string, string[]>,
  isSource: boolean,
): Element[] {
  const root: Element[] = [];
  const stack: { id: string; children: Element[] }[] = [];
  const unbalanced = !isBalanced(runs);
  let lockCount = 0;
  const used = new Map<string, number>();
  const current = (): Element[] => stack[stack.length - 1]?.children ?? root;
  for (const run of runs) {
    if (run.type === 'text') current().push({ type: 'text', text: run.value });
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
      const pc = element('pc', { id: run.id }, []);
      current().push(pc);
      stack.push({ id: run.id, children: pc.elements ?? [] });
    } else {
      stack.pop();
    }
  }
  return root;
}

function isBalanced(runs: readonly Run[]): boolean {
  const stack: string[] = [];
  for (const run of runs) {
    if (run.type === 'open') stack.push(run.id);
    if (run.type === 'close' && stack.pop() !== run.id) return false;
  }
  return stack.length === 0;
}

export function parseXliff(text: string, file: string): TmFile {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new UserError(`not well-formed XML: ${error.message}`, { file, line: error.line });
  }
  if (root.name !== 'xliff' || !String(root.attributes.version ?? '').startsWith('2.')) {
    throw new UserError('expected an XLIFF 2.x document (<xliff version="2.1">)', { file });
  }
  const srcLang = root.attributes.srcLang;
  const trgLang = root.attributes.trgLang;
  if (!isLocale(srcLang) || !isLocale(trgLang)) {
    throw new UserError(`srcLang/trgLang must be one of en, th, zh (found ${String(srcLang)}/${String(trgLang)})`, {
      file,
    });
  }
  const fileElement = child(root, 'file');
  const units: TmUnit[] = [];
  for (const unit of elements(fileElement)) {
    if (unit.name !== 'unit') continue;
    const id = unit.attributes.id ?? '';
    const segment = child(unit, 'segment');
    const source = child(segment, 'source');
    const target = child(segment, 'target');
    const state = (segment?.attributes.state ?? 'initial') as TargetState;
    if (!id || !source || !STATES.includes(state)) {
      throw new UserError(`unit ${JSON.stringify(id)} needs an id, a <segment> with a <source> and a valid state`, {
        file,
      });
    }
    let origin: string | undefined;
    const notes: TmNote[] = [];
    for (const note of elements(child(unit, 'notes'))) {
      if (note.name !== 'note') continue;
      const text = note.children.filter((t) => typeof t === 'string').join('');
      const category = note.attributes.category;
      if (category === 'origin' && origin === undefined) origin = text.trim();
      else notes.push(category !== undefined ? { category, text } : { text });
    }
    const block = unit.attributes.name;
    const reviewer = unit.attributes['sb:reviewer'];
    const reviewedAt = unit.attributes['sb:reviewedAt'];
    units.push({
      id,
      ...(block !== undefined ? { block } : {}),
      source: elementsToRuns(source.children),
      ...(target ? { target: elementsToRuns(target.children) } : {}),
      state,
      ...(origin ? { origin } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      ...(reviewer !== undefined ? { reviewer } : {}),
      ...(reviewedAt !== undefined ? { reviewedAt } : {}),
    });
  }
  const original = fileElement?.attributes.original;
  return {
    release: fileElement?.attributes.id ?? '',
    ...(original !== undefined ? { original } : {}),
    srcLang,
    trgLang,
    units,
  };
}

/** Inline content → runs. Text (CDATA included) is kept whole, white space alone too: between two codes it is content. */
function elementsToRuns(nodes: readonly XmlNode[]): Run[] {
  const runs: Run[] = [];
  const walk = (list: readonly XmlNode[]): void => {
    for (const node of list) {
      if (typeof node === 'string') runs.push({ type: 'text', value: node });
      else if (node.name === 'ph') {
        const term = node.attributes['sb:term'];
        runs.push(term !== undefined ? { type: 'lock', term } : { type: 'ph', id: String(node.attributes.id) });
      } else if (node.name === 'pc') {
        const id = String(node.attributes.id);
        runs.push({ type: 'open', id });
        walk(node.children);
        runs.push({ type: 'close', id });
      } else if (node.name === 'sc') runs.push({ type: 'open', id: String(node.attributes.id) });
      else if (node.name === 'ec')
        runs.push({ type: 'close', id: String(node.attributes.startRef ?? node.attributes.id) });
    }
  };
  walk(nodes);
  return normalizeRuns(runs);
}

function elements(node: XmlElement | undefined): XmlElement[] {
  return (node?.children ?? []).filter((n): n is XmlElement => typeof n !== 'string');
}

function child(node: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const n of node?.children ?? []) if (typeof n !== 'string' && n.name === name) return n;
  return undefined;
}

function element(name: string, attributes: Record<string, string>, elements?: Element[]): Element {
  return { type: 'element', name, attributes, ...(elements ? { elements } : {}) };
}

/** Interleave structural children with newline + indentation text nodes. */
function indent(nodes: Element[], depth: number): Element[] {
  const out: Element[] = [];
  for (const node of nodes) out.push({ type: 'text', text: `\n${'  '.repeat(depth)}` }, node);
  out.push({ type: 'text', text: `\n${'  '.repeat(depth - 1)}` });
  return out;
}
