// #14 item 11: what is keyed and matched is normalised first — lone surrogates become U+FFFD (what the memory
// stores), sources and glossary forms are Unicode NFC — so a stored translation is found again and a term is
// locked however its accents were typed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, localizeIdentity, project } from './cli.ts';

interface Totals {
  segments: number;
  memory: number;
  local: number;
}

/** Runs memory then pseudo, storing what pseudo makes, and returns the report's totals. */
async function run(dir: string, input: string): Promise<Totals> {
  const result = await localizeIdentity(
    dir,
    input,
    '--provider',
    'memory,pseudo',
    '--save-memory',
    '--report',
    'r.json',
  );
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { totals: Totals }).totals;
}

const COMPOSED = 'Caf\u00e9 Lumi\u00e8re';
const DECOMPOSED = 'Cafe\u0301 Lumie\u0300re';
const THAI_FORM = 'คาเฟ่ ลูมิแยร์';

describe('bad input: lone surrogates and Unicode normalisation', () => {
  it('a title with a lone surrogate (YAML "\\ud800") is found in the memory on the next run, not re-made', async () => {
    const dir = project({ 'r.md': '---\ntitle: "Launch \\ud800 day"\nlang: en\n---\n\nThe shop opens.\n' });
    expect(await run(dir, 'r.md')).toMatchObject({ segments: 2, local: 2 });
    expect(await run(dir, 'r.md')).toMatchObject({ segments: 2, memory: 2, local: 0 });
  });

  it('a source typed with combining accents matches the composed glossary form', async () => {
    const dir = project({ 'r.md': `---\ntitle: Opening\nlang: en\n---\n\nThe ${DECOMPOSED} shop opens.\n` });
    expect((await localizeIdentity(dir, 'r.md', '--provider', 'pseudo')).status).toBe(0);
    expect(readFileSync(join(dir, 'out/th/r.md'), 'utf8')).toContain(THAI_FORM);
  });

  it('a glossary form typed with combining accents matches the composed source', async () => {
    const dir = project({
      'r.md': `---\ntitle: Opening\nlang: en\n---\n\nThe ${COMPOSED} shop opens.\n`,
      'glossary.yaml': GLOSSARY.replace(COMPOSED, DECOMPOSED),
    });
    expect(readFileSync(join(dir, 'glossary.yaml'), 'utf8')).toContain(DECOMPOSED);
    expect((await localizeIdentity(dir, 'r.md', '--provider', 'pseudo')).status).toBe(0);
    expect(readFileSync(join(dir, 'out/th/r.md'), 'utf8')).toContain(THAI_FORM);
  });

  it('retyping a sentence with combining accents keeps its memory entry', async () => {
    const sentence = (name: string) => `---\ntitle: Opening\nlang: en\n---\n\nA caf\u00e9 near the stati${name}.\n`;
    const dir = project({ 'r.md': sentence('on') });
    expect(await run(dir, 'r.md')).toMatchObject({ local: 2 });
    writeFileSync(join(dir, 'r.md'), sentence('on').replace('caf\u00e9', 'cafe\u0301'));
    expect(await run(dir, 'r.md')).toMatchObject({ memory: 2, local: 0 });
  });
});
