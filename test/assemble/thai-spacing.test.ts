import { describe, expect, it } from 'vitest';
import { spaceLatinLocks } from '../../pipeline/assemble/thai-spacing.ts';
import { runsText } from '../../pipeline/runs.ts';
import type { Run } from '../../pipeline/types.ts';

const forms: Record<string, string> = { tencent: 'Tencent', bangkok: 'กรุงเทพฯ', wetv: 'WeTV', '5g': '5G' };
const render = (runs: Run[]) =>
  runsText(
    spaceLatinLocks(runs, (t) => forms[t] ?? t),
    (t) => forms[t] ?? t,
  );
const text = (value: string): Run => ({ type: 'text', value });
const lock = (term: string): Run => ({ type: 'lock', term });

describe('Thai spacing around Latin locked forms', () => {
  it('sets a Latin form off from Thai text on both sides', () => {
    expect(render([text('โมเดลของ'), lock('tencent'), text('และอาลีบาบา')])).toBe('โมเดลของ Tencent และอาลีบาบา');
  });

  it('leaves Thai forms, existing spaces, punctuation and code boundaries alone', () => {
    expect(render([text('ที่'), lock('bangkok'), text('เมื่อวาน')])).toBe('ที่กรุงเทพฯเมื่อวาน');
    expect(render([text('ของ '), lock('wetv'), text(' ได้')])).toBe('ของ WeTV ได้');
    expect(render([text('“'), lock('wetv'), text('”')])).toBe('“WeTV”');
    expect(render([{ type: 'open', id: '1' }, lock('tencent'), { type: 'close', id: '1' }, text('ได้')])).toBe(
      'Tencentได้',
    );
  });

  it('treats a form ending in a digit as Latin', () => {
    expect(render([text('เครือข่าย'), lock('5g'), text('ทั่วประเทศ')])).toBe('เครือข่าย 5G ทั่วประเทศ');
  });
});
