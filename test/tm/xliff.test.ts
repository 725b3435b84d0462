import { describe, expect, it } from 'vitest';
import { parseXliff, stringifyXliff, type TmFile } from '../../pipeline/tm/xliff.ts';
import type { Run } from '../../pipeline/types.ts';

const text = (value: string): Run => ({ type: 'text', value });

const tm: TmFile = {
  release: 'digital-silk-road',
  original: 'content/releases/digital-silk-road.md',
  srcLang: 'en',
  trgLang: 'zh',
  units: [
    {
      id: '3fa9c1d2e0b1',
      block: 'b4',
      source: [
        text('According to the report '),
        { type: 'open', id: '1' },
        { type: 'lock', term: 'dsr-report' },
        { type: 'close', id: '1' },
        text(', '),
        { type: 'lock', term: 'douyin' },
        text(' & <co> "grew" 90%.'),
      ],
      target: [
        text('根据'),
        { type: 'open', id: '1' },
        { type: 'lock', term: 'dsr-report' },
        { type: 'close', id: '1' },
        text('报告，'),
        { type: 'lock', term: 'douyin' },
        text('增长了90%。'),
      ],
      state: 'reviewed',
      origin: 'human',
    },
    {
      id: 'a1',
      source: [
        text('Call '),
        { type: 'ph', id: '1' },
        text(' twice: '),
        { type: 'lock', term: 'x' },
        text(' and '),
        { type: 'lock', term: 'x' },
      ],
      target: [{ type: 'lock', term: 'x' }, text('和'), { type: 'lock', term: 'x' }, { type: 'ph', id: '1' }],
      state: 'translated',
      origin: 'google',
    },
    { id: 'b2', source: [text('No target yet.')], state: 'initial' },
    // A target whose codes cross is stored with <sc>/<ec> and read back unchanged.
    {
      id: 'c3',
      source: [
        { type: 'open', id: '1' },
        text('a '),
        { type: 'open', id: '2' },
        text('b'),
        { type: 'close', id: '2' },
        { type: 'close', id: '1' },
      ],
      target: [
        { type: 'open', id: '1' },
        text('a '),
        { type: 'open', id: '2' },
        text('b'),
        { type: 'close', id: '1' },
        { type: 'close', id: '2' },
      ],
      state: 'translated',
      origin: 'google',
    },
  ],
};

describe('XLIFF 2.1', () => {
  it('round-trips units, codes, locks, state and origin', () => {
    const xml = stringifyXliff(tm);
    expect(parseXliff(xml, 'zh.xlf')).toEqual(tm);
  });

  it('writes standard inline codes and escapes text', () => {
    const xml = stringifyXliff(tm, (term) => (term === 'douyin' ? 'Douyin' : term));
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xml).toContain('version="2.1" srcLang="en" trgLang="zh"');
    expect(xml).toContain('<segment state="reviewed">');
    expect(xml).toContain('<pc id="1"><ph id="l1" sb:term="dsr-report"');
    expect(xml).toContain('&amp; &lt;co&gt; "grew" 90%.</source>');
    expect(xml).toContain('disp="Douyin"');
    expect(xml).toContain('<sc id="1"/>');
  });

  it('gives the target the source lock ids, per term and occurrence', () => {
    const xml = stringifyXliff(tm);
    const target = xml.slice(xml.indexOf('<target><ph id="l1" sb:term="x"'));
    expect(target).toMatch(/^<target><ph id="l1" sb:term="x"[^>]*\/>和<ph id="l2" sb:term="x"/);
  });

  it('rejects what is not XLIFF 2 with the file name', () => {
    expect(() => parseXliff('<xliff version="1.2"/>', 'old.xlf')).toThrow(/old\.xlf: expected an XLIFF 2\.x document/);
    expect(() => parseXliff('<xliff version="2.1" srcLang="en" trgLang="zh"><file id="a"><unit>', 'cut.xlf')).toThrow(
      /cut\.xlf/,
    );
    expect(() => parseXliff('<xliff version="2.1" srcLang="en" trgLang="th"/>', 'nons.xlf')).toThrow(
      /nons\.xlf: expected an XLIFF 2\.x document/,
    );
    expect(() =>
      parseXliff(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr"/>',
        'fr.xlf',
      ),
    ).toThrow(/fr\.xlf:1: srcLang\/trgLang/);
  });
});
