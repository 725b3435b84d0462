// An unchanged re-run is mostly a node start: it must not load what it does not use. With the config and the
// glossary cached and every release unchanged, the command line loads no YAML, XML or Markdown parser, no zod and
// no file locking (docs/performance.md, "Issue 18, re-run targets"). Loaded modules are logged by a loader hook in
// the real process, as `npx silkbridge` starts it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';
import { REPO } from './run-cli.ts';

const dir = tempProject({
  'silkbridge.config.yaml': 'input: releases\nlocales: [th, zh]\nglossary: terms.yaml\nmemory: memory\nout: out\n',
  'terms.yaml': TINY_GLOSSARY,
  'releases/a.md': '---\nlang: en\n---\n\n# Launch\n\nPay with WeChat Pay.\n',
  'releases/b.md': '---\nlang: en\n---\n\nShops in Bangkok take WeChat Pay.\n',
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The packages a `localize` run loaded. */
function localize(): { status: number | null; stderr: string; packages: Set<string> } {
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  writeFileSync(
    join(dir, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}
`,
  );
  writeFileSync(
    join(dir, 'register.mjs'),
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`,
  );
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', './register.mjs', join(REPO, 'scripts/run.js'), 'localize', '--provider', 'identity'],
    {
      cwd: dir,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, SILKBRIDGE_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1' },
    },
  );
  const packages = new Set(
    readFileSync(log, 'utf8')
      .split('\n')
      .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(url)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  return { status: run.status, stderr: run.stderr, packages };
}

describe('an unchanged re-run', { timeout: 60_000 }, () => {
  it('loads no parser, no zod and no file locking', () => {
    const first = localize();
    expect(first.status, first.stderr).toBe(0);
    // The first run did parse: the check below would catch a hook that saw nothing.
    expect([...first.packages]).toEqual(expect.arrayContaining(['yaml', 'zod', 'unified']));
    const again = localize();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/unchanged/);
    const parsers = ['yaml', 'zod', 'saxes', 'unified', 'proper-lockfile', 'esbuild'];
    expect([...again.packages].filter((name) => parsers.includes(name))).toEqual([]);
  });
});
