// A stored translation that lost, duplicated or altered a lock, or wrote a forbidden form, is an error for that
// segment: the run names it and exits 1.
import { describe, expect, it } from 'vitest';
import { matchersFor, prepareText } from '../../pipeline/index.ts';
import { parseGlossary } from '../../pipeline/lock/glossary.ts';
import { createMatcher } from '../../pipeline/lock/matcher.ts';
import { stringifyXliff } from '../../pipeline/tm/xliff.ts';
import type { Run } from '../../pipeline/types.ts';
import { localize } from '../../scripts/commands/localize.ts';
import { collect, tempProject } from './helpers.ts';

const GLOSSARY = `version: 1
terms:
  - id: honor-of-kings
    type: work
    forms: { en: Honor of Kings, th: Honor of Kings, zh: 王者荣耀 }
    forbidden: { th: [RoV, Arena of Valor] }
    status: approved
    note: "Tencent's title; the Thai-market RoV is a different game."
  - id: tencent
    type: organization
    forms: { en: Tencent, th: เทนเซ็นต์, zh: 腾讯 }
    status: approved
    note: "Official names."
`;
const SOURCE = 'Honor of Kings is a Tencent game.\n';
const text = (value: string): Run => ({ type: 'text', value });
const lock = (term: string): Run => ({ type: 'lock', term });

async function runWith(target: Run[]): Promise<{ code: number; lines: string[] }> {
  const release = prepareText(SOURCE, 'game.md', matchersFor(parseGlossary(GLOSSARY, 'g.yaml'), createMatcher));
  const segment = release.segments[0];
  if (!segment) throw new Error('the source has no segment');
  const xliff = stringifyXliff({
    release: 'game',
    srcLang: 'en',
    trgLang: 'th',
    units: [{ id: segment.id, source: segment.source, target, state: 'translated', origin: 'google' }],
  });
  const dir = tempProject({ 'glossary.yaml': GLOSSARY, 'game.md': SOURCE, 'tm/game/th.xlf': xliff });
  const { lines, log } = collect();
  const code = await localize({
    cwd: dir,
    input: 'game.md',
    to: ['th'],
    out: 'out',
    glossary: 'glossary.yaml',
    memory: 'tm',
    provider: 'memory',
    log,
  });
  return { code, lines };
}

describe('locks at verification', () => {
  it('passes a target with every lock once', async () => {
    const { code, lines } = await runWith([lock('honor-of-kings'), text(' เป็นเกมของ'), lock('tencent')]);
    expect(code, lines.join('\n')).toBe(0);
  });

  it.each([
    [
      'drops a lock',
      [lock('honor-of-kings'), text(' เป็นเกมของบริษัทจีน')],
      /game th \w+: error locks: The glossary term "เทนเซ็นต์" \(tencent\) is in the source once but locked in the target not at all/,
    ],
    [
      'duplicates a lock',
      [lock('honor-of-kings'), text(' '), lock('honor-of-kings'), text(' เป็นเกมของ'), lock('tencent')],
      /game th \w+: error locks: The target has the glossary term "Honor of Kings" \(honor-of-kings\) 2 times, the source once/,
    ],
    [
      'alters a lock into plain text',
      [text('Honour of Kings เป็นเกมของ'), lock('tencent')],
      /game th \w+: error locks: The glossary term "Honor of Kings" \(honor-of-kings\) is in the source once but locked in the target not at all/,
    ],
    [
      'uses a forbidden form',
      [lock('honor-of-kings'), text(' (RoV) เป็นเกมของ'), lock('tencent')],
      /game th \w+: error locks: The target writes "RoV", a forbidden form of the glossary term "Honor of Kings"/,
    ],
  ])('reports an error for the segment when the target %s', async (_, target, message) => {
    const { code, lines } = await runWith(target as Run[]);
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(message as RegExp);
  });
});
