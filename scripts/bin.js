#!/usr/bin/env node
// `npx silkbridge …`: runs the command line (scripts/run.js) in a node started with the npm scripts' flags
// (./node-flags.js), which only a start-up can set.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NODE_FLAGS } from './node-flags.js';

const cli = fileURLToPath(new URL('./run.js', import.meta.url));
const child = spawn(process.execPath, [...NODE_FLAGS, cli, ...process.argv.slice(2)], { stdio: 'inherit' });
// Ctrl-C reaches the child from the terminal itself; a signal sent to this process alone is passed on.
const forward = (signal) => () => child.kill(signal);
const handlers = { SIGINT: () => undefined, SIGTERM: forward('SIGTERM'), SIGHUP: forward('SIGHUP') };
for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
child.on('exit', (code, signal) => {
  if (signal) {
    for (const [name, handler] of Object.entries(handlers)) process.off(name, handler);
    process.kill(process.pid, signal);
  } else process.exit(code ?? 1);
});
