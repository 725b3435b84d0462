// #14 item 15: an empty front matter stays empty in the output, never `null`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeIdentity, project } from './cli.ts';

describe('bad input: empty front matter', () => {
  it('a file that is only `---⏎---` comes out as `---⏎---`', async () => {
    const dir = project({ 'empty.md': '---\n---\n' });
    const result = await localizeIdentity(dir, 'empty.md');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/th/empty.md'), 'utf8')).toBe('---\n---\n');
  });

  it('an empty front matter before text keeps its two lines and no `null`', async () => {
    const dir = project({ 'note.md': '---\n---\n\nThe first shop opens on Monday.\n' });
    const result = await localizeIdentity(dir, 'note.md');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/th/note.md'), 'utf8')).toBe('---\n---\n\nThe first shop opens on Monday.\n');
  });

  it('a front matter of comments only keeps its comments and gains no `null`', async () => {
    const dir = project({ 'note.md': '---\n# draft, not dated yet\n---\n\nThe first shop opens on Monday.\n' });
    const result = await localizeIdentity(dir, 'note.md');
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out/th/note.md'), 'utf8')).toBe(
      '---\n# draft, not dated yet\n---\n\nThe first shop opens on Monday.\n',
    );
  });
});
