import path from 'node:path';
import { formatFinding } from '../../pipeline/findings.ts';
import { describe, expect, it } from 'vitest';
import {
  CASE_CLASH,
  checkCaseClashes,
  checkDuplicateForms,
  checkForbiddenAllowed,
  checkMissingForms,
  checkNestedForms,
  checkProposed,
  checkWrongScript,
  DUPLICATE_FORM,
  FORBIDDEN_ALLOWED,
  GLOSSARY_CHECKS,
  lintGlossary,
  lintGlossaryFile,
  MISSING_FORM,
  NESTED_FORM,
  PROPOSED,
  SCHEMA,
  WRONG_SCRIPT,
} from '../../pipeline/lock/lint.ts';
import { FIXTURES, fixtureGlossary, glossary, term } from './helpers.ts';

const thai = (id: string, en: string, th: string, zh: string, line = 1) =>
  term(id, en, { forms: { en, th, zh }, line });

describe('lint rules', () => {
  it('duplicate-form: the same source spelling in two entries is an error, reported once per pair', () => {
    const g = glossary(term('tencent', 'Tencent', { line: 3 }), term('tencent-holdings', 'Tencent', { line: 9 }));
    const findings = checkDuplicateForms(g);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: DUPLICATE_FORM, severity: 'error', file: 'test.yaml', line: 9 });
    expect(findings[0]?.message).toContain('"Tencent" (en, th, zh)');
    // A variant counts as a source spelling too.
    const viaVariant = glossary(
      term('big-c', 'BIG C'),
      term('bigc-mart', 'Big C Mart', { variants: { en: ['BIG C'] } }),
    );
    expect(checkDuplicateForms(viaVariant)).toHaveLength(1);
  });

  it('duplicate-form: silent for distinct spellings and for a variant equal to its own form', () => {
    expect(
      checkDuplicateForms(glossary(term('a', 'WeTV'), term('b', 'WeChat', { variants: { en: ['WeChat'] } }))),
    ).toEqual([]);
  });

  it('case-clash: an error when one entry ignores case, a warning when both are case-sensitive', () => {
    const loose = checkCaseClashes(glossary(term('line', 'LINE', { caseSensitive: false }), term('line-app', 'Line')));
    expect(loose).toHaveLength(1);
    expect(loose[0]).toMatchObject({ check: CASE_CLASH, severity: 'error' });
    const strict = checkCaseClashes(glossary(term('line', 'LINE'), term('line-app', 'Line')));
    expect(strict).toHaveLength(1);
    expect(strict[0]).toMatchObject({ check: CASE_CLASH, severity: 'warning' });
  });

  it('case-clash: silent within one entry and for different words', () => {
    expect(
      checkCaseClashes(glossary(term('big-c', 'BIG C', { variants: { en: ['Big C'] } }), term('line', 'LINE'))),
    ).toEqual([]);
  });

  it('nested-form: a warning once per pair, saying the longest wins', () => {
    const g = glossary(
      thai('tencent', 'Tencent', 'เทนเซ็นต์', '腾讯', 2),
      thai('tencent-cloud', 'Tencent Cloud', 'เทนเซ็นต์ คลาวด์', '腾讯云', 8),
    );
    const findings = checkNestedForms(g);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: NESTED_FORM, severity: 'warning', line: 8 });
    expect(findings[0]?.message).toContain('longest match wins');
    expect(findings[0]?.message).toContain('"Tencent" inside "Tencent Cloud" (en)');
    expect(findings[0]?.message).toContain('"腾讯" inside "腾讯云" (zh)');
  });

  it('nested-form: silent when the inner spelling is only part of a word', () => {
    expect(checkNestedForms(glossary(term('line', 'Line'), term('online-store', 'Online Store')))).toEqual([]);
    expect(checkNestedForms(glossary(term('wetv', 'WeTV'), term('douyin', 'Douyin')))).toEqual([]);
  });

  it('missing-form: an empty form for a locale is an error', () => {
    const g = glossary(thai('douyin', 'Douyin', ' ', '抖音'));
    expect(checkMissingForms(g)).toMatchObject([
      { check: MISSING_FORM, severity: 'error', message: '"douyin" has no th form' },
    ]);
    expect(checkMissingForms(glossary(thai('douyin', 'Douyin', 'โต่วอิน', '抖音')))).toEqual([]);
  });

  it('wrong-script: Han in th, Thai in zh, Thai or Han in en are errors', () => {
    const g = glossary(
      thai('a', 'Douyin', '抖音', '抖音'),
      thai('b', 'Douyin', 'โต่วอิน', 'โต่วอิน'),
      thai('c', '抖音', 'โต่วอิน', '抖音'),
      term('d', 'Douyin', { forms: { en: 'Douyin', th: 'โต่วอิน', zh: '抖音' }, variants: { en: ['โต่วอิน'] } }),
    );
    const findings = checkWrongScript(g);
    expect(findings.map((f) => f.message)).toEqual([
      '"a": th spelling "抖音" contains han characters',
      '"b": zh spelling "โต่วอิน" contains thai characters',
      '"c": en spelling "抖音" contains han characters',
      '"d": en spelling "โต่วอิน" contains thai characters',
    ]);
    expect(findings.every((f) => f.check === WRONG_SCRIPT && f.severity === 'error')).toBe(true);
  });

  it('wrong-script: silent for Latin brands in every locale', () => {
    expect(checkWrongScript(glossary(term('wetv', 'WeTV'), thai('tencent', 'Tencent', 'Tencent', '腾讯')))).toEqual([]);
  });

  it('forbidden-allowed: a forbidden form equal to an allowed one is an error', () => {
    const own = glossary(term('hok', 'Honor of Kings', { forbidden: { th: ['Honor of Kings'] } }));
    expect(checkForbiddenAllowed(own)).toMatchObject([{ check: FORBIDDEN_ALLOWED, severity: 'error' }]);
    const other = glossary(
      term('hok', 'Honor of Kings', { forbidden: { th: ['Arena of Valor'] } }),
      term('aov', 'Arena of Valor', { line: 7 }),
    );
    expect(checkForbiddenAllowed(other)[0]?.message).toBe(
      '"hok": forbidden th form "Arena of Valor" is the th spelling of "aov" (line 7)',
    );
  });

  it('forbidden-allowed: silent when the forbidden forms are used nowhere', () => {
    expect(
      checkForbiddenAllowed(glossary(term('hok', 'Honor of Kings', { forbidden: { th: ['RoV', 'Arena of Valor'] } }))),
    ).toEqual([]);
  });

  it('proposed: a warning per proposed entry, silent for approved ones', () => {
    expect(checkProposed(glossary(term('a', 'A', { status: 'proposed' }), term('b', 'B')))).toMatchObject([
      { check: PROPOSED, severity: 'warning', message: '"a" is proposed, not yet approved' },
    ]);
  });
});

describe('lintGlossary', () => {
  it('registers every check once', () => {
    expect(new Set(GLOSSARY_CHECKS.map((c) => c.id)).size).toBe(GLOSSARY_CHECKS.length);
  });

  it('finds no errors in the fixture glossary, lists its proposed entries and not its nested ones', () => {
    expect(checkNestedForms(fixtureGlossary())).toHaveLength(3);
    const findings = lintGlossary(fixtureGlossary());
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.check)).toEqual(Array(3).fill(PROPOSED));
    expect(findings.every((f) => f.file?.endsWith('glossary.yaml') && (f.line ?? 0) > 0)).toBe(true);
  });

  it('turns a schema violation into one finding with file and line', async () => {
    const file = path.join(FIXTURES, 'broken', 'unknown-key.yaml');
    const { glossary: g, findings } = await lintGlossaryFile(file);
    expect(g).toBeUndefined();
    expect(findings).toEqual([
      { check: SCHEMA, severity: 'error', file, line: 9, message: expect.stringContaining('unknown key "colour"') },
    ]);
    expect(findings.map(formatFinding)[0]).toMatch(/unknown-key\.yaml:9: error glossary\/schema: /);
  });
});
