// `node --expose-gc scripts/run.js <command> …`, as the npm scripts and scripts/bin.js run the command line: from
// its cached bundle (./cli-bundle.js), or through tsx when the bundle cannot be built or written here.
import { cliEntry } from './cli-bundle.js';

let entry;
try {
  entry = await cliEntry();
} catch (error) {
  process.stderr.write(`silkbridge: running from the sources (the command line bundle failed: ${error.message})\n`);
  const { register } = await import('tsx/esm/api');
  register();
  entry = new URL('./cli.ts', import.meta.url).href;
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
