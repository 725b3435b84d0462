import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeError, InternalError, SilkbridgeError, UserError } from '../../pipeline/errors.ts';
import { GlossaryError } from '../../pipeline/lock/glossary.ts';
import { LockError, unmaskRuns } from '../../pipeline/lock/mask.ts';
import { glossaryOf } from '../../pipeline/lock/glossary.ts';
import { InlineError } from '../../pipeline/parse/inline.ts';
import { HtmlCodecError, runsToHtml } from '../../pipeline/providers/html-codec.ts';
import { loadCheckedGlossary } from '../../pipeline/run/load.ts';
import { compileLocale, SentenceRuleError } from '../../pipeline/segment/sentences.ts';
import { SENTENCE_RULES } from '../../pipeline/segment/rules/index.ts';

describe('one error hierarchy', () => {
  it('a glossary error reaches the run with its file and line, not re-wrapped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-errors-'));
    const file = join(dir, 'glossary.yaml');
    writeFileSync(file, 'version: 1\nterms:\n  - id: Not_Kebab\n');
    const error = await loadCheckedGlossary(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GlossaryError);
    expect((error as GlossaryError).place).toEqual({ file, line: 3 });
    expect((error as GlossaryError).message.startsWith(`${file}:3: `)).toBe(true);
  });

  it('bad input errors are UserErrors, contract breaks are InternalErrors, all of one base', () => {
    const lock = (() => {
      try {
        unmaskRuns([{ type: 'lock', term: 'gone' }], glossaryOf([]), 'en');
      } catch (error) {
        return error;
      }
    })();
    expect(lock).toBeInstanceOf(LockError);
    expect(lock).toBeInstanceOf(UserError);
    expect(() => runsToHtml([{ type: 'lock', term: 'x' }], {})).toThrow(InternalError);
    expect(() => runsToHtml([{ type: 'lock', term: 'x' }], {})).toThrow(HtmlCodecError);
    const rule = SENTENCE_RULES.en.rules[0];
    if (!rule) throw new Error('the English rule set is empty');
    let ruleError: unknown;
    try {
      compileLocale({ ...SENTENCE_RULES.en, rules: [rule, rule] });
    } catch (error) {
      ruleError = error;
    }
    expect(ruleError).toBeInstanceOf(SentenceRuleError);
    expect((ruleError as SentenceRuleError).place).toEqual({ file: 'pipeline/segment/rules/en.ts', locale: 'en' });
    expect((ruleError as SentenceRuleError).message).toBe(
      `pipeline/segment/rules/en.ts: rule "${rule.name}": is declared twice`,
    );
    expect(new InlineError('x')).toBeInstanceOf(SilkbridgeError);
  });

  it('a caller adds the file a parser did not know, once, without repeating it', () => {
    const error = new InlineError('code 1 is never closed', { line: 4 }).locate({ file: 'a.md', line: 9 });
    expect(error.message).toBe('a.md:4: code 1 is never closed');
    expect(error.locate({ file: 'b.md' }).message).toBe('a.md:4: code 1 is never closed');
  });

  it('the top-level line names the release, locale and segment the message does not', () => {
    expect(describeError(new UserError('no date', { release: 'launch', locale: 'th', segment: 'abc123' }))).toBe(
      'no date (release launch, locale th, segment abc123)',
    );
    expect(describeError(new UserError('launch (th): no date', { release: 'launch', locale: 'th' }))).toBe(
      'launch (th): no date',
    );
    expect(describeError(new InternalError('lost a lock', { file: 'x.ts' }))).toBe(
      'internal error — please report it with the command you ran: x.ts: lost a lock',
    );
    expect(new InternalError('x').exitCode).toBe(70);
  });
});
