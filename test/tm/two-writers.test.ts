// Two localize processes writing one memory at once, on overlapping releases (B is A plus one paragraph each),
// through the emulator: afterwards a memory-only run of either set finds every unit.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../emulator/server.ts';
import { ARGS, createProject, emulatorEnv, type Project } from '../engine/project.ts';

const CLI = fileURLToPath(new URL('../../scripts/cli.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const RELEASES = 12;

let project: Project;
let emulator: Emulator | undefined;
beforeEach(async () => {
  project = await createProject();
});
afterEach(async () => {
  await emulator?.stop();
  emulator = undefined;
  await project.remove();
});

const release = (n: number, extra: string) =>
  `---\ntitle: Harbour report ${n}\nslug: harbour-${n}\nlang: en\n---\n\nThe harbour at berth ${n} handled more ships this spring. Crews worked longer shifts in week ${n}.\n\nThe port authority thanked ${n} volunteers.\n${extra}`;

function run(port: number, input: string): Promise<{ code: number | null; output: string }> {
  const args = ['--import', TSX, CLI, 'localize', '--input', input, '--to', 'th', '--provider', 'google'];
  args.push('--glossary', ARGS.glossary, '--memory', ARGS.memory, '--out', `out-${input.replaceAll('/', '-')}`);
  const child = spawn(process.execPath, args, {
    cwd: project.dir,
    env: emulatorEnv(port, { TRANSLATE_MAX_CODE_POINTS: '120', SILKBRIDGE_CACHE_DIR: 'off' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  return once(child, 'exit').then(([code]) => ({ code: code as number | null, output }));
}

describe('two localize processes on one memory', () => {
  it('lose no unit, and the memory then answers every segment of both', async () => {
    for (let n = 0; n < RELEASES; n++) {
      await project.write(`a/harbour-${n}.md`, release(n, ''));
      await project.write(`b/harbour-${n}.md`, release(n, `\nA new berth opened in district ${n} on Monday.\n`));
    }
    emulator = await startEmulator({ port: 0, latencyMs: 20 });
    const [a, b] = await Promise.all([run(emulator.port, 'a'), run(emulator.port, 'b')]);
    expect(a.code, a.output).toBe(0);
    expect(b.code, b.output).toBe(0);
    const units = [...(await project.memory()).values()].flatMap((tm) => tm.units);
    // Per release: title, three sentences, and B's added one.
    expect(units.filter((unit) => unit.target)).toHaveLength(RELEASES * 5);
    for (const input of ['a', 'b']) {
      const { code, report } = await project.localize(emulator.port, {
        input,
        to: ['th'],
        provider: 'memory',
        out: `check-${input}`,
        env: { ...process.env, SILKBRIDGE_CACHE_DIR: 'off' },
      });
      const missing = report.releases.reduce((sum, r) => sum + (r.locales.th?.missing ?? 0), 0);
      expect(missing, input).toBe(0);
      expect(code, input).toBe(0);
    }
  }, 120_000);
});
