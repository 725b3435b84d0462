// One way to start a browser in tests: Debian's chromium through playwright-core (no browser download). Suites
// that use it are guarded with `needsCommand('chromium', 'chromium')`.
import { execFileSync } from 'node:child_process';
import { type Browser, chromium } from 'playwright-core';

/** Launches the chromium on PATH, headless; `--no-sandbox` only when running as root, where the sandbox cannot start. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return chromium.launch({ executablePath, headless: true, args });
}
