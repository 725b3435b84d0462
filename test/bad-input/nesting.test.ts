// #14 item 6: deep nesting is refused before remark parses it (whose recursion overflowed the stack or ran for
// minutes), with the file and line, and in bounded time.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../pipeline/errors.ts';
import { MAX_NESTING_DEPTH } from '../../pipeline/parse/nesting.ts';
import { parse } from '../../pipeline/parse/index.ts';
import { expectOneCleanLine, filesUnder, localizeIdentity, project } from './cli.ts';

const LEVELS = 10_000;
const HEADER = '---\ntitle: Deep\nlang: en\n---\n\nA first paragraph.\n\n';
/** Line of the nested text in every case: after the header's 7 lines. */
const LINE = 8;

/** 10,000 levels of each kind of nesting, as a hostile input would write them. */
const BOMBS: Record<string, string> = {
  'block quotes': `${'>'.repeat(LEVELS)} deep\n`,
  'block quotes with spaces': `${'> '.repeat(LEVELS)}deep\n`,
  'bullet lists': `${'- '.repeat(LEVELS)}deep\n`,
  'ordered lists': `${'1. '.repeat(LEVELS)}deep\n`,
  emphasis: `${'*'.repeat(LEVELS)}deep${'*'.repeat(LEVELS)}\n`,
  'alternating emphasis': `${'*a _b '.repeat(LEVELS / 2)}deep${' b_ a*'.repeat(LEVELS / 2)}\n`,
  strong: `${'**'.repeat(LEVELS)}deep${'**'.repeat(LEVELS)}\n`,
  strikethrough: `${'~~a '.repeat(LEVELS)}deep${' a~~'.repeat(LEVELS)}\n`,
  links: `${'['.repeat(LEVELS)}deep${'](https://example.com)'.repeat(LEVELS)}\n`,
};

function parseError(text: string): UserError {
  try {
    parse(text, 'deep.md');
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected the text to be refused');
}

describe('bad input: deep nesting', () => {
  for (const [kind, bomb] of Object.entries(BOMBS)) {
    it(`10,000 nested ${kind} are refused quickly, naming the file and line`, async () => {
      const started = performance.now();
      const error = parseError(HEADER + bomb);
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(error.message).toMatch(
        new RegExp(`^deep\\.md:${LINE}: nested too deeply: more than ${MAX_NESTING_DEPTH} `),
      );
    });
  }

  it('10,000 nested block quotes through the CLI: exit 1, one line, no stack, nothing written', async () => {
    const dir = project({ 'deep.md': HEADER + BOMBS['block quotes'] });
    const result = await localizeIdentity(dir, 'deep.md');
    expect(expectOneCleanLine(result)).toMatch(/deep\.md:8: nested too deeply/);
    expect(filesUnder(dir, 'out')).toEqual([]);
  });

  it('10,000 nested emphasis through the CLI: exit 1, one line, no stack', async () => {
    const dir = project({ 'deep.md': HEADER + BOMBS.emphasis });
    expect(expectOneCleanLine(await localizeIdentity(dir, 'deep.md'))).toMatch(/deep\.md:8: nested too deeply/);
  });

  it(`nesting up to ${MAX_NESTING_DEPTH} levels is read`, async () => {
    const depth = MAX_NESTING_DEPTH;
    const doc = parse(
      `${HEADER}${'> '.repeat(depth)}quoted\n\n${'- '.repeat(depth)}listed\n\n${'*'.repeat(depth)}x${'*'.repeat(depth)}\n`,
      'ok.md',
    );
    expect(doc.tree.children.map((node) => node.type)).toEqual([
      'yaml',
      'paragraph',
      'blockquote',
      'list',
      'paragraph',
    ]);
  });

  it('the seed release and the round-trip fixture are read (ordinary Markdown is not counted as deep)', async () => {
    for (const path of ['../../content/releases/digital-silk-road.md', '../fixtures/roundtrip/everything.md']) {
      const file = resolve(import.meta.dirname, path);
      expect(() => parse(readFileSync(file, 'utf8'), file)).not.toThrow();
    }
  });
});
