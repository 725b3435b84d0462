// #14 item 5: a release that starts with a byte-order mark reads as if it had none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, localizeIdentity, project } from './cli.ts';

const RELEASE = '---\ntitle: A coffee shop opens in Bangkok\nlang: en\n---\n\nThe first shop opens on Monday.\n';

describe('bad input: byte-order mark', () => {
  it('a BOM before the front matter does not turn the closing `---` into `----`', async () => {
    const dir = project({ 'bom.md': `\uFEFF${RELEASE}` });
    const result = await localizeIdentity(dir, 'bom.md');
    expect(result.status, result.stderr).toBe(0);
    const output = readFileSync(join(dir, 'out/th/bom.md'), 'utf8');
    expect(output.charCodeAt(0)).not.toBe(0xfeff);
    expect(output.split('\n').slice(0, 5)).toEqual([
      '---',
      'title: A coffee shop opens in Bangkok',
      'lang: th',
      '---',
      '',
    ]);
  });

  it('the output of a BOM release reads back (segments finds the front matter closed)', async () => {
    const dir = project({ 'bom.md': `\uFEFF${RELEASE}` });
    expect((await localizeIdentity(dir, 'bom.md')).status).toBe(0);
    const segments = await cli(dir, ['segments', 'out/th/bom.md', '--json', '--glossary', 'glossary.yaml']);
    expect(segments.status, segments.stderr).toBe(0);
    const blocks = (JSON.parse(segments.stdout) as { block: string }[]).map((segment) => segment.block);
    expect(blocks).toEqual(['fm:title', 'b1']);
  });
});
