// What the memory does not interpret survives a rewrite: the seed read with another prefix for the same namespaces
// is the same memory; <mrk> keeps its text and its markup; notes, foreign attributes and elements stay; what cannot
// be kept is refused with the file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXliff, stringifyXliff } from '../../pipeline/tm/xliff.ts';
import { runsText } from '../../pipeline/runs.ts';
import { REPO } from '../support/needs.ts';

const seed = readFileSync(join(REPO, 'content/translations/digital-silk-road/th.xlf'), 'utf8');
const plain = (tm: ReturnType<typeof parseXliff>) => JSON.parse(JSON.stringify(tm));

const NS = 'xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:sb="urn:silkbridge:xliff:1"';
const file = (unit: string, extra = '') =>
  `<?xml version="1.0"?>\n<xliff ${NS} xmlns:m="urn:example:meta" version="2.1" srcLang="en" trgLang="th"${extra}>\n<file id="r">\n${unit}\n</file>\n</xliff>\n`;

describe('reading XLIFF by namespace, not by prefix', () => {
  it('reads the seed with x:term for sb:term exactly as the seed', () => {
    const renamed = seed.replace('xmlns:sb=', 'xmlns:x=').replaceAll('sb:term=', 'x:term=');
    expect(renamed).not.toContain('sb:');
    const a = parseXliff(seed, 'th.xlf');
    expect(a.units.length).toBeGreaterThan(40);
    expect(plain(parseXliff(renamed, 'th.xlf'))).toEqual(plain(a));
  });

  it('reads xlf:-prefixed XLIFF elements', () => {
    const prefixed = seed
      .replace('xmlns="urn:oasis:names:tc:xliff:document:2.0"', 'xmlns:xlf="urn:oasis:names:tc:xliff:document:2.0"')
      .replace(/<(\/?)(xliff|file|unit|notes|note|segment|source|target|ph|pc|sc|ec)\b/g, '<$1xlf:$2');
    expect(plain(parseXliff(prefixed, 'th.xlf'))).toEqual(plain(parseXliff(seed, 'th.xlf')));
  });

  it('writes the seed back byte for byte', () => {
    expect(stringifyXliff(parseXliff(seed, 'th.xlf'))).toBe(seed);
  });
});

describe('content the memory does not own', () => {
  const unit = `<unit id="u1" name="b1" m:flag="yes">
      <m:meta><m:item key="k">v</m:item></m:meta>
      <notes><note category="origin">google</note><note category="comment" id="n1">Check the name.</note></notes>
      <segment state="translated">
        <source>Hello world.</source>
        <target xml:lang="th">สวัสดี <mrk id="m1" type="comment" value="tone">ชาว</mrk>โลก</target>
      </segment>
    </unit>`;

  it('keeps the text inside <mrk> in the target', () => {
    const tm = parseXliff(file(unit), 'r.xlf');
    expect(runsText(tm.units[0]?.target ?? [])).toBe('สวัสดี ชาวโลก');
    expect(plain(tm).units[0].notes).toEqual([{ category: 'comment', text: 'Check the name.' }]);
  });

  it('writes back <mrk>, notes, foreign attributes and elements when another unit is added', () => {
    const tm = parseXliff(file(unit, ' m:owner="desk"'), 'r.xlf');
    tm.units.push({
      id: 'u2',
      source: [{ type: 'text', value: 'New.' }],
      target: [{ type: 'text', value: 'ใหม่' }],
      state: 'translated',
      origin: 'google',
    });
    const written = stringifyXliff(tm);
    expect(written).toContain(
      '<target xml:lang="th">สวัสดี <mrk id="m1" type="comment" value="tone">ชาว</mrk>โลก</target>',
    );
    expect(written).toContain('<note category="comment" id="n1">Check the name.</note>');
    expect(written).toContain('<m:meta xmlns:m="urn:example:meta"><m:item key="k">v</m:item></m:meta>');
    expect(written).toMatch(/<unit id="u1" name="b1" xmlns:m="urn:example:meta" m:flag="yes">/);
    expect(written).toMatch(/<xliff [^>]*xmlns:m="urn:example:meta" m:owner="desk"/);
    const again = parseXliff(written, 'r.xlf');
    expect(plain(again)).toEqual(plain(tm));
    expect(stringifyXliff(again)).toBe(written);
  });

  it('drops the <mrk> only with the target it annotated, when the target is replaced', () => {
    const tm = parseXliff(file(unit), 'r.xlf');
    const first = tm.units[0];
    if (!first) throw new Error('no unit');
    tm.units[0] = { ...first, target: [{ type: 'text', value: 'สวัสดีโลก' }] };
    const written = stringifyXliff(tm);
    expect(written).not.toContain('<mrk');
    expect(written).toContain('<m:meta');
    expect(written).toContain('Check the name.');
  });

  it('refuses what it cannot keep, naming file and line', () => {
    expect(() => parseXliff(file('<group id="g">\n<unit id="a"/></group>'), 'g.xlf')).toThrow(
      /^g\.xlf:4: <group> is not supported/,
    );
    const two = '<unit id="a"><segment><source>a</source></segment>\n<segment><source>b</source></segment></unit>';
    expect(() => parseXliff(file(two), 't.xlf')).toThrow(/^t\.xlf:5: unit "a" has more than one <segment>/);
  });
});
