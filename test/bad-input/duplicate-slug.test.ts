// #14 item 7: two releases with the same slug would write one output and one memory file; the run refuses the
// second, naming both files, whatever the command.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneCleanLine, filesUnder, localizeIdentity, project } from './cli.ts';

const release = (text: string) => `---\ntitle: ${text}\nlang: en\nslug: launch\n---\n\n${text} opens on Monday.\n`;

describe('bad input: two releases with one slug', () => {
  it('localize refuses the second release with the same slug, naming both files', async () => {
    const dir = project({ 'in/a.md': release('The Bangkok shop'), 'in/b/c.md': release('The Chiang Mai shop') });
    const result = await localizeIdentity(dir, 'in', '--save-memory');
    const line = expectOneCleanLine(result);
    expect(line).toContain('in/a.md');
    expect(line).toContain('in/b/c.md');
    expect(line).toContain('same slug "launch"');
    // The second release overwrote nothing and mixed nothing into the first one's memory file.
    const output = join(dir, 'out/th/launch.md');
    if (existsSync(output)) expect(readFileSync(output, 'utf8')).not.toContain('Chiang Mai');
    for (const file of filesUnder(dir, 'memory'))
      expect(readFileSync(join(dir, 'memory', file), 'utf8')).not.toContain('Chiang Mai');
  });

  it('releases whose slugs differ only by their folders still run', async () => {
    const dir = project({
      'in/a/launch.md': '---\ntitle: One\nlang: en\nslug: one\n---\n\nOne.\n',
      'in/b/launch.md': '---\ntitle: Two\nlang: en\nslug: two\n---\n\nTwo.\n',
    });
    const result = await localizeIdentity(dir, 'in');
    expect(result.status, result.stderr).toBe(0);
    expect(filesUnder(dir, 'out')).toEqual(['th/one.md', 'th/two.md']);
  });
});
