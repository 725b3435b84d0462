// The shared vocabulary of every stage. Nothing else in the project redeclares these.
import type { Nodes, Root } from 'mdast';
import type { Document as YamlDocument } from 'yaml';

/** The locales silkbridge publishes. */
export const LOCALES = ['en', 'th', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * One inline element of a segment's content.
 * - `text`: translatable characters.
 * - `open`/`close`: a paired inline code (emphasis, strong, link …); `id` is unique within the block.
 * - `ph`: a standalone inline code (inline code, image, break, inline HTML …).
 * - `lock`: a glossary term, rendered in its locked form for the output locale at assembly.
 */
export type Run =
  | { type: 'text'; value: string }
  | { type: 'open'; id: string }
  | { type: 'close'; id: string }
  | { type: 'ph'; id: string }
  | { type: 'lock'; term: string };

/**
 * The Markdown node behind an inline code, without its children, and the Markdown it was written as when it was
 * read from a file: `[open, close]` around a paired code's content (`[open, close, content]` where the content is
 * also syntax, as in a `[label]` reference), `[whole]` for a standalone one.
 */
export type Code = { kind: 'paired' | 'standalone'; node: Nodes; markdown?: readonly string[] };

/** A glossary term found in the source: where it is and which entry it is. */
export interface Lock {
  term: string;
  /** The source text the term replaced (its variant or form as written). */
  matched: string;
}

/**
 * A translatable run of inline content: a paragraph, heading, table cell or front-matter text field.
 * Segments are spans of its runs.
 */
export interface Block {
  /** Stable within the document: `b<n>` in document order, or `fm:<key>` for front matter. */
  id: string;
  /** The runs of the whole block, locks already applied once the lock stage ran. */
  runs: Run[];
  /** The inline codes of the block by id. */
  codes: Record<string, Code>;
  /** The glossary terms locked in `runs`, one per `lock` run, in order (empty before the lock stage). */
  locks: Lock[];
  /** Markdown container the block sits in, for context (`heading`, `paragraph`, `tableCell`, `frontmatter`). */
  kind: 'heading' | 'paragraph' | 'tableCell' | 'frontmatter';
}

/** One translation unit: a sentence (or a heading, a cell) of a block. */
export interface Segment {
  /** Stable id: hash of the normalized masked text plus its occurrence among identical texts. */
  id: string;
  blockId: string;
  /**
   * `[start, end)` offsets into the block's text (`blockText`: text runs as they are, every other run one U+FFFC),
   * leading and trailing white space excluded.
   */
  range: [number, number];
  /** The segment's runs: the block's runs within `range`. */
  source: Run[];
  /** `runsKey(source)`: what the translation memory is indexed by, computed once. */
  key: string;
  /** Glossary terms locked in this segment, in order. */
  locks: Lock[];
}

/** Where a target came from. `reviewed` means a person approved it. */
export type TargetState = 'initial' | 'translated' | 'reviewed' | 'final';

export interface Target {
  runs: Run[];
  state: TargetState;
  /** Which provider produced it: `memory`, `memory:fuzzy`, `google`, `pseudo`, `identity`, or a person. */
  origin: string;
}

/** Where a target came from and how far it got, without its text: what publishing decides on. */
export type TargetStatus = Pick<Target, 'state' | 'origin'>;

/** A parsed release. */
export interface Doc {
  /** File the release was read from. */
  path: string;
  /** Output file name without extension: front matter `slug`, else the file name. */
  slug: string;
  /** Source locale. */
  locale: Locale;
  /** Front matter as parsed YAML (plain data), or undefined when the file has none. */
  frontmatter: Record<string, unknown> | undefined;
  tree: Root;
  /** The Markdown as read: the tree's positions point into it, and assembly keeps what it does not translate. */
  text: string;
  /** The front matter as parsed, comments and key order kept: assembly renders each locale from a clone. */
  frontmatterDocument?: YamlDocument;
  /** `\r\n` when the file was read with CRLF line ends (`text` has LF); outputs are written with it. */
  lineEnding?: '\r\n';
}

export type Severity = 'error' | 'warning';

/** The one shape every QA check and every lint reports. */
export interface Finding {
  check: string;
  severity: Severity;
  message: string;
  release?: string;
  locale?: Locale;
  segment?: string;
  /** File and 1-based line, when the finding is about a file. */
  file?: string;
  line?: number;
  suggestion?: string;
}

/** One segment to translate. Identical `key`s are translated once. */
export interface TranslationRequest {
  /** `from>to:` plus the masked source key (see `runsKey`): equal keys are the same work. */
  key: string;
  source: Run[];
  from: Locale;
  to: Locale;
  /** The locked form, in `to`, of every lock in `source`, by term id: engines are told to keep these. */
  lockForms: Record<string, string>;
  /** Where the segment sits (first occurrence), for memory look-ups and messages. */
  release: string;
  segment: string;
  /** The segment's block id and the release's file relative to the project, for the memory's `unit/@name` and `file/@original`. */
  block?: string;
  original?: string;
}

export interface ProviderStats {
  /** Characters (code points of the text sent) billed by engine providers. */
  chars: number;
  requests: number;
}

export interface ProviderContext {
  stats: ProviderStats;
  /** Called as soon as a batch of targets is final, so the caller can persist it before the run ends. */
  onTargets?: (targets: Map<string, Target>) => Promise<void>;
  /** Called for a key the provider will not return (engine output lost or mangled a code/lock, or it could not be sent). */
  onRejected?: (key: string, reason: string) => void;
  /** Called while engine work is in flight. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The one interface every provider implements. `translate` returns a target for each key it could translate;
 * a key it cannot translate is simply absent (the next provider in the chain, or the "missing" report, takes it).
 */
export interface TranslationProvider {
  id: string;
  /** `engine` providers cost money and are counted in `chars_sent`; `memory` ones do not. */
  kind: 'memory' | 'engine' | 'local';
  translate(requests: TranslationRequest[], ctx: ProviderContext): Promise<Map<string, Target>>;
  /** Characters `translate` would bill for these requests, for `--dry-run`. Engine providers only. */
  estimate?(requests: TranslationRequest[]): number;
  /** Begins what the first `translate` would wait for (an engine's client); called by a run with a core to spare. */
  start?(): void;
  close?(): Promise<void>;
}
