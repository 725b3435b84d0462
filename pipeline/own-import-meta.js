// Shared by the two esbuild bundles (the worker's, pipeline/run/workers/bundle.ts, and the command line's,
// scripts/cli-bundle.js, which runs before any TypeScript loader and so is plain JavaScript).
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `text` of the source file at `path` with `import.meta.url`, `.dirname` and `.filename` as that file's own, so
 * that paths a module finds from its own place still hold once it is bundled elsewhere. */
export function ownImportMeta(path, text) {
  return text.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) =>
    JSON.stringify(key === 'url' ? pathToFileURL(path).href : key === 'dirname' ? dirname(path) : path),
  );
}
