// The XML reader (saxes underneath): mixed content kept in order, namespaces resolved whatever the prefix, syntax
// errors with their line, nesting bounded; the serializer declares what kept foreign content needs.
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseXml, serializeNodes, XmlSyntaxError } from '../../pipeline/tm/xml.ts';
import { parseXliff, stringifyXliff } from '../../pipeline/tm/xliff.ts';
import type { Run } from '../../pipeline/types.ts';

const syntaxError = (xml: string): XmlSyntaxError => {
  try {
    parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
  throw new Error(`no error for ${xml}`);
};

describe('parseXml', () => {
  it('keeps mixed content in order, white space alone included, and decodes entities, references and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- head --><a x="1 &amp; &#x32;" y=\'q"\'><b>x</b> <c/>\n &lt;&#233;&gt; <![CDATA[<raw> &amp;]]><!-- c --></a>\n',
    );
    const attr = (local: string, value: string) => ({ uri: '', local, prefix: '', value });
    expect(root).toEqual({
      uri: '',
      local: 'a',
      prefix: '',
      line: 2,
      attributes: [attr('x', '1 & 2'), attr('y', 'q"')],
      children: [
        { uri: '', local: 'b', prefix: '', line: 2, attributes: [], children: ['x'] },
        ' ',
        { uri: '', local: 'c', prefix: '', line: 2, attributes: [], children: [] },
        '\n <é> <raw> &amp;',
      ],
    });
  });

  it('resolves namespaces whatever the prefix', () => {
    const a = parseXml('<x:a xmlns:x="urn:n" xmlns:y="urn:m" y:k="v"><b xmlns="urn:n"/></x:a>');
    expect([a.uri, a.local, a.attributes]).toEqual([
      'urn:n',
      'a',
      [{ uri: 'urn:m', local: 'k', prefix: 'y', value: 'v' }],
    ]);
    expect(a.children[0]).toMatchObject({ uri: 'urn:n', local: 'b' });
  });

  it('rejects what is not well-formed, with the line', () => {
    const cases: [string, number][] = [
      ['<a>\n<b>\n</a>', 3],
      ['<a>\n\n<b>', 3],
      ['<a>x &nbsp; y</a>', 1],
      ['<a>x & y</a>', 1],
      ['<a/>\n<b/>', 2],
      ['<a x="1" x="2"/>', 1],
      ['<a>\n<p:b/></a>', 2],
      ['<a>&#1;</a>', 1],
    ];
    for (const [xml, line] of cases) expect(syntaxError(xml).line, xml).toBe(line);
  });

  it(`refuses elements nested deeper than ${MAX_DEPTH}, with the line`, () => {
    const deep = `<a>\n${'<b>'.repeat(100_000)}${'</b>'.repeat(100_000)}</a>`;
    const error = syntaxError(deep);
    expect(error.message).toMatch(/nested deeper than 100/);
    expect(error.line).toBe(2);
  });

  it('writes kept foreign elements with the namespace declarations they need', () => {
    const root = parseXml('<r xmlns:m="urn:m"><m:meta m:k="1"><m:x>t &amp; u</m:x></m:meta></r>');
    const xml = serializeNodes(root.children, new Map([['', 'urn:x']]));
    expect(xml).toBe('<m:meta xmlns:m="urn:m" m:k="1"><m:x>t &amp; u</m:x></m:meta>');
    expect(parseXml(xml)).toMatchObject({ uri: 'urn:m', local: 'meta' });
  });
});

describe('parseXliff on the new reader', () => {
  const text = (value: string): Run => ({ type: 'text', value });

  it('keeps the space between two codes and between two locks', () => {
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
    ).toThrow(/^cut\.xlf:3: not well-formed XML: /);
  });
});
