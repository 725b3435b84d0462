// Nothing is invented: a segment no provider can translate stops that locale's output and names it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localize } from '../../scripts/commands/localize.ts';
import { parseXliff } from '../../pipeline/tm/xliff.ts';
import { collect, tempProject, TINY_GLOSSARY } from './helpers.ts';

const release =
  '---\ntitle: Launch\nlang: en\n---\n\nWeChat Pay launches in Bangkok. A second sentence nobody translated.\n';

describe('missing translations', () => {
  it('exits 1, writes no file for the locale, and names release, locale and segments', async () => {
    const dir = tempProject({ 'content/glossary.yaml': TINY_GLOSSARY, 'content/releases/launch.md': release });
    const { lines, log } = collect();
    const code = await localize({
      cwd: dir,
      input: 'content/releases',
      to: ['th', 'en'],
      out: 'out',
      glossary: 'content/glossary.yaml',
      memory: 'content/translations',
      provider: 'memory',
      log,
    });
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'out/th/launch.md'))).toBe(false);
    expect(existsSync(join(dir, 'out/en/launch.md'))).toBe(true);
    const problem = lines.find((line) => line.startsWith('launch th: error missing: '));
    expect(problem).toMatch(
      /3 segment\(s\) have no translation \([0-9a-f]{12}, [0-9a-f]{12}, [0-9a-f]{12}\); th not written/,
    );
  });

  it('pseudo fills every gap, keeps the lock, and --save-memory stores it as XLIFF', async () => {
    const dir = tempProject({ 'content/glossary.yaml': TINY_GLOSSARY, 'content/releases/launch.md': release });
    const { log } = collect();
    const code = await localize({
      cwd: dir,
      input: 'content/releases',
      to: ['zh'],
      out: 'out',
      glossary: 'content/glossary.yaml',
      memory: 'content/translations',
      provider: 'pseudo',
      saveMemory: true,
      log,
    });
    expect(code).toBe(0);
    const zh = readFileSync(join(dir, 'out/zh/launch.md'), 'utf8');
    expect(zh).toContain('⟦微信支付 ĺààûûñçĥééš ííñ Ɓààñĝķööķ.⟧');
    const tm = parseXliff(readFileSync(join(dir, 'content/translations/launch/zh.xlf'), 'utf8'), 'zh.xlf');
    expect(tm.units).toHaveLength(3);
    expect(tm.units[1]?.target?.[1]).toEqual({ type: 'lock', term: 'wechat-pay' });
    expect(tm.units.every((unit) => unit.origin === 'pseudo' && unit.state === 'translated')).toBe(true);
  });
});
