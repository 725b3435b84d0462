// The command line as one cached esbuild bundle, so that a run starts without tsx, whose loader was most of the
// CPU time of a short run (docs/performance.md). Commands' lazy imports stay lazy (split chunks) and packages stay
// in node_modules. Built on first use, and again whenever a file it was built from has changed.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ownImportMeta } from '../pipeline/own-import-meta.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ENTRY = join(ROOT, 'scripts/cli.ts');
export const CLI_CACHE = join(ROOT, 'node_modules/.cache/silkbridge/cli');
/** Older builds are removed only after this long: a run started from one may still load its chunks. */
const OLD_BUILD_MS = 24 * 3600 * 1000;
const STAMP = 'current.json';

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 24);

/** What a build depends on besides its sources: this file, the bundler and its version. */
function builderKey() {
  const esbuild = readFileSync(join(ROOT, 'node_modules/esbuild/package.json'));
  return hash(Buffer.concat([readFileSync(fileURLToPath(import.meta.url)), esbuild]));
}

/** The URL of the command line's bundled entry (exporting `main`), built first when missing or stale. */
export async function cliEntry(dir = CLI_CACHE) {
  const stamp = readStamp(dir);
  if (stamp && isCurrent(stamp)) return pathToFileURL(join(dir, stamp.build, 'cli.mjs')).href;
  return pathToFileURL(await rebuild(dir)).href;
}

function readStamp(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Built in this checkout (the bundle holds its files' absolute URLs: a copy of node_modules would otherwise run
 * the other checkout's files), with the same builder, from sources that still have the content it read. */
function isCurrent(stamp) {
  if (stamp.root !== ROOT || stamp.builder !== builderKey() || typeof stamp.inputs !== 'object') return false;
  try {
    return Object.entries(stamp.inputs).every(([path, digest]) => hash(readFileSync(join(ROOT, path))) === digest);
  } catch {
    return false;
  }
}

async function rebuild(dir) {
  const { build } = await import('esbuild');
  const name = `build-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  const inputs = {};
  // Hashed as read, so that a file edited during the build leaves a stamp that no longer matches.
  const record = (path, text) => {
    inputs[relative(ROOT, path)] = hash(text);
    return text;
  };
  const builder = builderKey();
  await build({
    entryPoints: { cli: ENTRY },
    absWorkingDir: ROOT,
    outdir: join(dir, name),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'silkbridge-sources',
        setup(bundler) {
          bundler.onLoad({ filter: /\.[jt]s$/ }, (args) => {
            if (args.path.split(/[\\/]/).includes('node_modules')) return undefined;
            const text = record(args.path, readFileSync(args.path, 'utf8'));
            return { contents: ownImportMeta(args.path, text), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
          });
        },
      },
    ],
  });
  const temp = join(dir, `${STAMP}.${name}.tmp`);
  writeFileSync(temp, JSON.stringify({ build: name, root: ROOT, builder, inputs }));
  renameSync(temp, join(dir, STAMP));
  removeOldBuilds(dir, name);
  return join(dir, name, 'cli.mjs');
}

function removeOldBuilds(dir, keep) {
  const now = Date.now();
  for (const entry of readdirSync(dir)) {
    if (entry === keep || !entry.startsWith('build-')) continue;
    try {
      if (now - statSync(join(dir, entry)).mtimeMs > OLD_BUILD_MS) rmSync(join(dir, entry), { recursive: true });
    } catch {
      // another run removed it first
    }
  }
}

