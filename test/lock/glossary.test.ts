import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryError, loadGlossary, parseGlossary } from '../../pipeline/lock/glossary.ts';
import { FIXTURES, fixtureGlossary } from './helpers.ts';

describe('parseGlossary', () => {
  it('reads the fixture glossary: forms, keep, variants, forbidden, defaults and lines', async () => {
    const g = await loadGlossary(path.join(FIXTURES, 'glossary.yaml'));
    expect(g.byId.size).toBe(g.terms.length);
    const pay = g.byId.get('wechat-pay');
    expect(pay).toMatchObject({
      type: 'brand',
      forms: { en: 'WeChat Pay', th: 'วีแชทเพย์', zh: '微信支付' },
      variants: { en: ['Wechat Pay'] },
      caseSensitive: true,
      forbidden: {},
      status: 'approved',
      keep: false,
      line: 27,
    });
    expect(g.byId.get('line-man')).toMatchObject({
      keep: true,
      forms: { en: 'LINE MAN', th: 'LINE MAN', zh: 'LINE MAN' },
    });
    expect(g.byId.get('honor-of-kings')?.forbidden).toEqual({ th: ['RoV', 'Arena of Valor'] });
    expect(g.byId.get('fanny-liao')?.status).toBe('proposed');
  });

  it('accepts an empty glossary', () => {
    expect(parseGlossary('version: 1\nterms:\n', 'empty.yaml').terms).toEqual([]);
    expect(parseGlossary('version: 1\nterms: []\n', 'empty.yaml').terms).toEqual([]);
  });

  it('reads case_sensitive: false', () => {
    const g = parseGlossary(
      'version: 1\nterms:\n  - {id: a, type: other, keep: Ab, case_sensitive: false, status: approved, note: n}\n',
      'a.yaml',
    );
    expect(g.terms[0]?.caseSensitive).toBe(false);
  });

  const broken = readdirSync(path.join(FIXTURES, 'broken')).filter((f) => f.endsWith('.yaml'));

  // Each broken file says on its first line where and how it is broken: `# expect line N: message part`.
  for (const name of broken) {
    it(`rejects broken/${name} with its file and line`, () => {
      const file = path.join(FIXTURES, 'broken', name);
      const text = readFileSync(file, 'utf8');
      const [, line, part] = /^# expect line (\d+): (.*)$/m.exec(text) ?? [];
      let caught: unknown;
      try {
        parseGlossary(text, file);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GlossaryError);
      const error = caught as GlossaryError;
      expect(error.file).toBe(file);
      expect(error.line).toBe(Number(line));
      expect(error.message.startsWith(`${file}:${line}: `)).toBe(true);
      expect(error.message).toContain(part);
    });
  }

  it('loads the fixture the same way parse does', () => {
    expect(fixtureGlossary().terms.map((t) => t.id)).toContain('srettha-thavisin');
  });
});
