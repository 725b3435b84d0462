// The fast printer (pipeline/assemble/print-inline.ts) against the meaning of its output: whatever it writes must
// parse back to exactly the tree that printing the whole tree stands for (the source tree with each container's
// content rebuilt from the runs). Random translations move every kind of code and put Markdown's special
// characters everywhere; where the printer declines, assembly prints the tree, which the other suites cover.
// Text that looks like a URL or an e-mail address is left out: GFM links it when read back however it is escaped
// (remark-stringify's output too), so neither printer can keep it text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../pipeline/assemble/index.ts';
import { inlineContext, printInline, type InlineContext } from '../../pipeline/assemble/print-inline.ts';
import { matchersFor, prepareText, type PreparedRelease } from '../../pipeline/index.ts';
import { glossaryOf } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { parseMarkdown } from '../../pipeline/markdown.ts';
import { containers } from '../../pipeline/parse/blocks.ts';
import { buildInline } from '../../pipeline/parse/inline.ts';
import type { Block, Locale, Run } from '../../pipeline/types.ts';
import { random } from '../random.ts';

const here = import.meta.dirname;
const everything = readFileSync(resolve(here, '../fixtures/roundtrip/everything.md'), 'utf8');
const seed = readFileSync(resolve(here, '../../content/releases/digital-silk-road.md'), 'utf8');
const glossary = glossaryOf([]);

/** Containers of every kind and depth, with every inline code the printer knows. */
const tricky = `# ATX heading with *em* and \`code\` #

Setext heading with **strong**
------------------------------

Para with *em*, **strong**, ~~del~~, [link](https://example.com "T"), \`code\`, <b>html</b>, ![img](i.png), [ref][r], [short], [collapsed][], footnote[^1], <https://auto.example>, www.example.com, <press@example.com> and a break\\
next line.

> Quote with *em* and a break  
> next line, [link](u).
>
> - quoted item *em*  
>   broken.

- Item with **strong** and [link](u)
  continued.
  1. Nested *em* and \`c\`  
     broken here.

| A *em* | B \`c\` |
| --- | :-: |
| cell [l](u) | ~~d~~ **s** |

[r]: https://ref.example
[short]: https://short.example
[collapsed]: https://collapsed.example
[^1]: Footnote text with *em*.
`;

const prepare = (markdown: string): PreparedRelease =>
  prepareText(markdown, 'fuzz.md', matchersFor(glossary, createMatcher), { from: 'en' });

/** A tree without positions, adjacent text merged: what two ways of writing the same Markdown share. */
function shape(node: Nodes): unknown {
  const { position: _position, ...rest } = node as Nodes & { children?: Nodes[] };
  if (!('children' in rest) || !rest.children) return rest;
  const children: Nodes[] = [];
  for (const child of rest.children) {
    const previous = children[children.length - 1];
    if (child.type === 'text' && previous?.type === 'text')
      children[children.length - 1] = { ...previous, value: previous.value + child.value };
    else children.push(child);
  }
  return { ...rest, children: children.map(shape) };
}

/** The source tree with container `index`'s content rebuilt from `runs`: what the printed text must parse to. */
function expectedTree(release: PreparedRelease, index: number, runs: Run[]): Root {
  const tree = parseMarkdown(release.doc.text);
  const node = containers(tree)[index];
  if (!node) throw new Error(`no container ${index}`);
  node.children = buildInline(
    runs,
    release.blocks.filter((b) => b.kind !== 'frontmatter')[index]?.codes ?? {},
  ) as typeof node.children;
  return tree;
}

/** The source text with container `index`'s content replaced by `printed`. */
function splice(release: PreparedRelease, index: number, printed: string): string {
  const node = containers(release.doc.tree)[index];
  const start = node?.children[0]?.position?.start.offset ?? 0;
  const end = node?.children[node.children.length - 1]?.position?.end.offset ?? 0;
  return release.doc.text.slice(0, start) + printed + release.doc.text.slice(end);
}

/** The context assembly gives the printer for container `index`. */
function contextOf(release: PreparedRelease, index: number): InlineContext {
  const node = containers(release.doc.tree)[index];
  if (!node) throw new Error(`no container ${index}`);
  return inlineContext(release.doc.text, node, node.children[0]?.position?.start.offset ?? 0);
}

const WORDS = [
  'word',
  '\n',
  'Tencent',
  ' ',
  '  ',
  '\t',
  '*',
  '**',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '#',
  '##',
  '>',
  '-',
  '+',
  '=',
  '1.',
  '2)',
  '&amp;',
  '&',
  '&#x20;',
  'https:',
  '|',
  '\\',
  '~',
  '~~',
  '<',
  '<div>',
  '中文',
  '。',
  '，',
  '“',
  '”',
  '《',
  'ไทย',
  'ค่ะ',
  '.',
  ',',
  ':',
  "'",
  '"',
  ' #',
  '$',
  '^',
  '{',
  '}',
];

/** A random translation of a block: random text around the block's codes, in a random order that still nests. */
function randomRuns(block: Block, next: () => number): Run[] {
  type Item = { text: string } | { ph: string } | { pair: string; children: Item[] };
  const text = (): Item => ({
    text: Array.from({ length: Math.floor(next() * 5) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(''),
  });
  const root: Item[] = [text(), text()];
  const lists: Item[][] = [root];
  const ids = Object.keys(block.codes).sort(() => next() - 0.5);
  for (const id of ids) {
    const list = lists[Math.floor(next() * lists.length)] as Item[];
    if (block.codes[id]?.kind === 'standalone') {
      list.splice(Math.floor(next() * (list.length + 1)), 0, { ph: id }, text());
    } else {
      const from = Math.floor(next() * (list.length + 1));
      const to = from + Math.floor(next() * (list.length - from + 1));
      const children = [...list.slice(from, to), text()];
      list.splice(from, to - from, { pair: id, children }, text());
      lists.push(children);
    }
  }
  const runs: Run[] = [];
  const walk = (items: Item[]) => {
    for (const item of items) {
      if ('text' in item) runs.push({ type: 'text', value: item.text });
      else if ('ph' in item) runs.push({ type: 'ph', id: item.ph });
      else {
        runs.push({ type: 'open', id: item.pair });
        walk(item.children);
        runs.push({ type: 'close', id: item.pair });
      }
    }
  };
  walk(root);
  return runs;
}

/** Rounds multiply by SILKBRIDGE_FUZZ_SCALE for a deeper run by hand; the default stays far from the timeout. */
const FUZZ_SCALE = Number(process.env.SILKBRIDGE_FUZZ_SCALE ?? '1');
const FUZZ_TIMEOUT_MS = 30_000;

describe('printInline', () => {
  const cases = [
    ['tricky', tricky, 12 * FUZZ_SCALE],
    ['everything.md', everything, 6 * FUZZ_SCALE],
    ['the seed release', seed, 4 * FUZZ_SCALE],
  ] as const;
  for (const [name, markdown, rounds] of cases) {
    it(
      `writes only what parses back to the intended tree: ${rounds} random translations of every container of ${name}`,
      () => {
        const release = prepare(markdown);
        const blocks = release.blocks.filter((block) => block.kind !== 'frontmatter');
        const next = random(7);
        let printed = 0;
        let declined = 0;
        for (let round = 0; round < rounds; round++) {
          for (const [index, block] of blocks.entries()) {
            const runs = randomRuns(block, next);
            const out = printInline(runs, block.codes, contextOf(release, index));
            if (out === undefined) {
              declined++;
              continue;
            }
            printed++;
            const got = shape(parseMarkdown(splice(release, index, out)));
            expect(
              got,
              `round ${round}, block ${block.id}: ${JSON.stringify(runs)} printed as ${JSON.stringify(out)}`,
            ).toEqual(shape(expectedTree(release, index, runs)));
          }
        }
        // Random runs are harsher than translations (see the assemble tests below), but a printer that declined
        // them all would prove nothing.
        expect(printed).toBeGreaterThan(declined / 2);
      },
      FUZZ_TIMEOUT_MS,
    );
  }

  it('writes the source content back byte for byte when nothing changed (identity) in the seed release', () => {
    const release = prepare(seed);
    release.blocks
      .filter((block) => block.kind !== 'frontmatter')
      .forEach((block, index) => {
        const node = containers(release.doc.tree)[index];
        const source = release.doc.text.slice(
          node?.children[0]?.position?.start.offset,
          node?.children[node.children.length - 1]?.position?.end.offset,
        );
        expect(printInline(block.runs, block.codes, contextOf(release, index))).toBe(source);
      });
  });

  it('escapes what would become syntax, and declines what it cannot write safely', () => {
    const print = (value: string, kind: InlineContext['kind'] = 'paragraph') =>
      printInline([{ type: 'text', value }], {}, { kind, linePrefix: '', singleLine: kind !== 'paragraph' });
    expect(print('2025. A year')).toBe('2025\\. A year');
    expect(print('- not a list')).toBe('\\- not a list');
    expect(print('1) not a list, + nor this')).toBe('1\\) not a list, + nor this');
    expect(print('> not a quote')).toBe('\\> not a quote');
    expect(print('= not an underline')).toBe('\\= not an underline');
    expect(print('a *b* [c] <d> `e` _f_ ~g~ | h \\ i')).toBe(
      'a \\*b\\* \\[c\\] \\<d> \\`e\\` \\_f\\_ \\~g\\~ \\| h \\\\ i',
    );
    expect(print('AT&amp;T and AT&T')).toBe('AT\\&amp;T and AT&T');
    expect(print('Title #', 'heading')).toBe('Title \\#');
    expect(print(' leading space')).toBeUndefined();
    expect(print('trailing space ')).toBeUndefined();
    expect(print('two  \nlines')).toBeUndefined();
    expect(print('a soft\n- break')).toBe('a soft\n\\- break');
  });
});

describe('assemble', () => {
  const assembleWith = (release: PreparedRelease, locale: Locale, targetFor: (runs: Run[]) => Run[]) =>
    assemble({
      doc: release.doc,
      blocks: release.blocks,
      segments: release.segments,
      targets: new Map(release.segments.map((s) => [s.id, targetFor(s.source)])),
      locale,
      glossary,
    });

  it('keeps the source text outside the translated content byte for byte', () => {
    const release = prepare(tricky);
    // Letters become Thai, except in URLs, addresses and `[label]` references, which a translation keeps.
    const thai = (value: string) =>
      /:\/\/|@|www\.|^(?:short|collapsed)$/.test(value) ? value : value.replace(/[a-z]/g, 'ก');
    const out = assembleWith(release, 'th', (runs) =>
      runs.map((run) => (run.type === 'text' ? { type: 'text', value: thai(run.value) } : run)),
    );
    // Markers as the source wrote them (remark-stringify would have normalized them), content translated.
    expect(out).toContain('Sกกกกก กกกกกกก กกกก **กกกกกก**');
    expect(out).toContain('\n------------------------------\n');
    expect(out).toContain('| --- | :-: |');
    expect(out).toContain('[r]: https://ref.example');
    expect(containers(parseMarkdown(out)).map((node) => node.type)).toEqual(
      containers(release.doc.tree).map((node) => node.type),
    );
  });
});
