// A worker thread's code as one ES module, built by esbuild (tsx's own compiler), so that the worker starts
// without a TypeScript loader, which is slow in a worker (docs/performance.md).
// Packages stay outside the bundle as absolute file URLs, resolved here as this thread resolves them, and each
// source file keeps its own `import.meta.url`: so the module runs from a data: URL, with nothing written to disk.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { ownImportMeta } from '../../own-import-meta.js';

/** `entry` and the project files it imports, as a data: URL to start a Worker with. */
export async function bundleWorker(entry: URL): Promise<URL> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    // Paths in the bundle's `// file` comments relative to the project (bench/profile-summary.ts reads them).
    absWorkingDir: fileURLToPath(new URL('../../../', import.meta.url)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    plugins: [standalone],
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`esbuild wrote no bundle for ${fileURLToPath(entry)}`);
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** Packages as absolute URLs (a data: module resolves nothing else) and `import.meta.url`, `.dirname` and
 * `.filename` as each file's own. */
const standalone: Plugin = {
  name: 'silkbridge-standalone',
  setup(bundler) {
    // Every project file sees the same node_modules, so resolving from here is resolving from the importer.
    bundler.onResolve({ filter: /^[^./]/ }, (args) => ({ path: import.meta.resolve(args.path), external: true }));
    bundler.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: ownImportMeta(args.path, await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
