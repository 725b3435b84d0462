// What a suite needs from outside the project: ../shared, a Debian package, a browser. On a user's machine a
// missing need skips the suite and says why; CI sets SILKBRIDGE_STRICT=1, which turns every such skip into a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const STRICT = process.env.SILKBRIDGE_STRICT === '1';

/** The project root and the shared folder beside it. */
export const REPO = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(REPO, '../shared');

/** True when `available`; otherwise prints what is skipped and how to get it, or throws under SILKBRIDGE_STRICT=1. */
export function needs(what: string, available: boolean, install: string): boolean {
  if (available) return true;
  const line = `skipped: ${what} is not available (${install})`;
  if (STRICT) throw new Error(`${line}; SILKBRIDGE_STRICT=1 makes a skip a failure`);
  process.stderr.write(`${line}\n`);
  return false;
}

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** `describe.skipIf(!needsShared('corpus'))(…)`: the suite reads ../shared/<path>. */
export function needsShared(path = ''): boolean {
  return needs(`../shared/${path}`, existsSync(resolve(SHARED, path)), 'clone the project beside its shared/ folder');
}

/** A Debian command-line tool. */
export function needsCommand(command: string, debianPackage: string): boolean {
  return needs(command, hasCommand(command), `apt-get install ${debianPackage}`);
}

/** The text of ../shared/<path>, or '' when it is absent: for values read at import by suites that skip on `needsShared`. */
export function readShared(path: string): string {
  const file = resolve(SHARED, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
