// `localize --check`, the CI gate: sends and writes nothing; exit 1 naming every output that is missing or stale,
// or that would need an engine or a translation nobody has.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize, type LocalizeOptions } from '../../scripts/commands/localize.ts';
import { collect, tempProject, TINY_GLOSSARY } from '../localize/helpers.ts';

const RELEASE = '---\nlang: en\n---\n\nPay with WeChat Pay today. It is fast.\n';

function project(): string {
  return tempProject({ 'glossary.yaml': TINY_GLOSSARY, 'releases/pay.md': RELEASE });
}

async function run(dir: string, extra: Partial<LocalizeOptions> = {}) {
  const { lines, log } = collect();
  const code = await localize({
    cwd: dir,
    input: 'releases',
    to: ['th', 'en'],
    provider: 'identity',
    out: 'out',
    glossary: 'glossary.yaml',
    memory: 'memory',
    env: {},
    log,
    ...extra,
  });
  return { code, lines };
}

describe('localize --check', () => {
  it('fails on outputs not written yet, naming each, and writes nothing', async () => {
    const dir = project();
    const { code, lines } = await run(dir, { check: true });
    expect(code).toBe(1);
    expect(lines).toContain('out/th/pay.md: missing: not written yet');
    expect(lines).toContain('out/en/pay.md: missing: not written yet');
    expect(lines.at(-1)).toMatch(/^check failed: 2 output\(s\) under out not current \(2 missing\)/);
    expect(readdirSync(dir).sort()).toEqual(['glossary.yaml', 'releases']);
  });

  it('passes once localize has written every output, and fails again when one is edited', async () => {
    const dir = project();
    expect((await run(dir)).code).toBe(0);
    const clean = await run(dir, { check: true });
    expect(clean.code).toBe(0);
    expect(clean.lines).toEqual(['check: every output under out is current; nothing needs an engine']);

    const th = join(dir, 'out/th/pay.md');
    const before = readFileSync(th, 'utf8');
    writeFileSync(th, `${before}Edited by hand.\n`);
    const stale = await run(dir, { check: true });
    expect(stale.code).toBe(1);
    expect(stale.lines[0]).toBe('out/th/pay.md: stale: differs from what localize would write');
    expect(readFileSync(th, 'utf8')).toBe(`${before}Edited by hand.\n`);
  });

  it('fails when a segment has no translation, saying which provider would fill it', async () => {
    const dir = project();
    expect((await run(dir)).code).toBe(0);
    const { code, lines } = await run(dir, { check: true, provider: 'memory' });
    expect(code).toBe(1);
    expect(lines[0]).toBe(
      'out/th/pay.md: untranslated: 2 segment(s) have no translation; `--provider memory,google` would fill them (GOOGLE_CLOUD_PROJECT or TRANSLATE_EMULATOR_HOST)',
    );
    expect(existsSync(join(dir, 'memory'))).toBe(false);
  });

  it('fails when a segment would be sent to an engine, and sends nothing', async () => {
    const dir = project();
    expect((await run(dir)).code).toBe(0);
    // Nothing listens on port 9: a request would fail the run rather than pass it.
    const env = { TRANSLATE_EMULATOR_HOST: '127.0.0.1:9' };
    const { code, lines } = await run(dir, { check: true, provider: 'memory,google', env });
    expect(code).toBe(1);
    expect(lines[0]).toBe('out/th/pay.md: needs-engine: 2 segment(s) would be sent to an engine');
    expect(existsSync(join(dir, 'memory'))).toBe(false);
  });
});
