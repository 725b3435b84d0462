import { describe, expect, it } from 'vitest';
import { parseXml, XmlSyntaxError } from '../../pipeline/tm/xml.ts';
import { parseXliff, stringifyXliff } from '../../pipeline/tm/xliff.ts';
import type { Run } from '../../pipeline/types.ts';

describe('parseXml', () => {
  it('keeps mixed content in order, white space alone included, and decodes entities, references and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- head --><a x="1 &amp; &#x32;" y=\'q"\'><b>x</b> <c/>\n &lt;&#233;&gt; <![CDATA[<raw> &amp;]]><!-- c --></a>\n',
    );
    expect(root).toEqual({
      name: 'a',
      attributes: { x: '1 & 2', y: 'q"' },
      children: [
        { name: 'b', attributes: {}, children: ['x'] },
        ' ',
        { name: 'c', attributes: {}, children: [] },
        '\n <é> ',
        '<raw> &amp;',
      ],
    });
  });

  it('rejects what is not well-formed, with the line', () => {
    const cases: [string, RegExp, number][] = [
      ['<a>\n<b>\n</a>', /does not match <b>/, 3],
      ['<a>\n\n<b>', /<b> never closed/, 3],
      ['<a>x &nbsp; y</a>', /unknown entity/, 1],
      ['<a>x & y</a>', /bare '&'/, 1],
      ['<a/>\n<b/>', /second root/, 2],
      ['text', /text outside the root/, 1],
      ['<a x="1" x="2"/>', /attribute x repeated/, 1],
      ['<a><!-- open</a>', /comment never closed/, 1],
    ];
    for (const [xml, message, line] of cases) {
      const error = (() => {
        try {
          parseXml(xml);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error, xml).toBeInstanceOf(XmlSyntaxError);
      expect((error as XmlSyntaxError).message, xml).toMatch(message);
      expect((error as XmlSyntaxError).line, xml).toBe(line);
    }
  });
});

describe('parseXliff on the new reader', () => {
  const text = (value: string): Run => ({ type: 'text', value });

  it('keeps the space between two codes and between two locks, which xml-js dropped', () => {
    const source: Run[] = [
      { type: 'open', id: '1' },
      text('a'),
      { type: 'close', id: '1' },
      text(' '),
      { type: 'open', id: '2' },
      text('b'),
      { type: 'close', id: '2' },
    ];
    const target: Run[] = [{ type: 'lock', term: 'x' }, text(' '), { type: 'lock', term: 'y' }];
    const tm = {
      release: 'r',
      srcLang: 'en' as const,
      trgLang: 'th' as const,
      units: [{ id: 'u1', source, target, state: 'translated' as const, origin: 'human' }],
    };
    expect(parseXliff(stringifyXliff(tm), 'r.xlf')).toEqual(tm);
  });

  it('names the file and line of a syntax error', () => {
    expect(() =>
      parseXliff('<xliff version="2.1" srcLang="en" trgLang="zh">\n<file id="a">\n<unit></file>', 'cut.xlf'),
    ).toThrow(/cut\.xlf:3: not well-formed XML: close tag <\/file> does not match <unit>/);
  });
});
