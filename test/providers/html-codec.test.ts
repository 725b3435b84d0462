import { describe, expect, it } from 'vitest';
import { codeMismatch, htmlToRuns, HtmlCodecError, runsToHtml } from '../../pipeline/providers/html-codec.ts';
import { normalizeRuns } from '../../pipeline/runs.ts';
import type { Run } from '../../pipeline/types.ts';
import { GLOSSARY, SEED, sentences, SHARED_TEXTS, THAI, toRuns } from './helpers.ts';

const t = (value: string): Run => ({ type: 'text', value });
const open = (id: string): Run => ({ type: 'open', id });
const close = (id: string): Run => ({ type: 'close', id });
const ph = (id: string): Run => ({ type: 'ph', id });
const lock = (term: string): Run => ({ type: 'lock', term });
const FORMS = { tencent: 'เทนเซ็นต์', wechat: '微信', odd: 'A <b> & "C" \'D\'' };

function roundTrip(runs: Run[]): Run[] {
  const back = htmlToRuns(runsToHtml(runs, FORMS));
  if ('error' in back) throw new Error(back.error);
  return back.runs;
}

describe('runsToHtml / htmlToRuns round trip', () => {
  const shapes: Record<string, Run[]> = {
    'plain text': [t('Hello world')],
    'XML specials and quotes': [t(`a < b && c > d "quoted" 'single' `)],
    'text that looks like markup or entities': [t('<b id="1">x</b> &amp; &#39; &lt;span translate="no"&gt;')],
    Thai: [t('นายกรัฐมนตรีหารือผู้บริหาร '), lock('tencent'), t(' ณ ทำเนียบรัฐบาล')],
    Chinese: [t('腾讯云与泰国正大集团的合作'), ph('1'), t('。')],
    'nested pairs and a placeholder': [
      t('A '),
      open('1'),
      t('b '),
      open('2'),
      t('c'),
      close('2'),
      ph('3'),
      close('1'),
      t(' d'),
    ],
    'pair at both edges': [open('1'), t('all bold'), close('1')],
    'empty pair': [t('x'), open('1'), close('1'), t('y')],
    'lone open (pair continues in the next segment)': [t('First '), open('7'), t('half')],
    'lone close (pair began in the previous segment)': [t('second half'), close('7'), t(' rest')],
    'crossing pairs': [open('1'), t('a'), open('2'), t('b'), close('1'), t('c'), close('2')],
    'repeated lock with special form': [lock('odd'), t(' and '), lock('odd')],
    'ids with quotes and ampersands': [open('a"&b'), t('x'), close('a"&b'), ph('<p>')],
    'locks only': [lock('tencent'), lock('wechat')],
    'white space kept exactly': [t('  two  spaces\tand tab\n'), ph('1'), t('  ')],
    'emoji and astral characters': [t('😀 𠀋 '), lock('tencent')],
    empty: [],
  };
  for (const [name, runs] of Object.entries(shapes)) {
    it(name, () => expect(roundTrip(runs)).toEqual(normalizeRuns(runs)));
  }

  it('adjacent and empty text runs come back merged', () => {
    expect(roundTrip([t('a'), t(''), t('b'), ph('1')])).toEqual([t('ab'), ph('1')]);
  });

  it.skipIf(!SHARED_TEXTS)('every sentence of the seed release and of a Thai release (../shared)', () => {
    const all = [...sentences(SEED), ...sentences(THAI)].map(toRuns);
    expect(all.length).toBeGreaterThan(60);
    for (const runs of all) expect(roundTrip(runs)).toEqual(normalizeRuns(runs));
  });
});

describe('runsToHtml', () => {
  it('writes pairs as <b id>, placeholders as <img id>, locks as translate="no" spans holding the locked form', () => {
    const html = runsToHtml([open('1'), t('WeChat & "Pay"'), close('1'), ph('2'), lock('tencent')], {
      tencent: GLOSSARY.tencent?.forms.th ?? '',
    });
    expect(html).toBe(
      '<b id="1">WeChat &amp; "Pay"</b><img id="2"><span translate="no" data-t="tencent">เทนเซ็นต์</span>',
    );
  });

  it('marks a lone open or close so the engine cannot pair it with something else', () => {
    expect(runsToHtml([open('4'), t('x')], {})).toBe('<img id="4" data-k="open">x');
    expect(runsToHtml([t('x'), close('4')], {})).toBe('x<img id="4" data-k="close">');
  });

  it('refuses a lock without a locked form', () => {
    expect(() => runsToHtml([lock('missing')], {})).toThrow(HtmlCodecError);
  });
});

describe('htmlToRuns on engine replies', () => {
  it('unescapes named and numeric entities as Google returns them', () => {
    const back = htmlToRuns('Tom &amp; Jerry&#39;s &quot;show&quot; &lt;3&gt; &#x4E2D;&#25991; &copy;&nbsp;2025');
    expect(back).toEqual({ runs: [t('Tom & Jerry\'s "show" <3> 中文 ©\u00a02025')] });
  });

  it('ignores what the engine wrote inside a lock: the lock renders at assembly', () => {
    expect(htmlToRuns('x <span translate="no" data-t="tencent">whatever</span> y')).toEqual({
      runs: [t('x '), lock('tencent'), t(' y')],
    });
  });

  it('accepts attributes re-quoted or reordered, and a stray </img>', () => {
    expect(htmlToRuns(`<b id=1>a</b><img id='2'></img><span data-t='w' translate=no>z</span>`)).toEqual({
      runs: [open('1'), t('a'), close('1'), ph('2'), lock('w')],
    });
  });

  it('reads a lone `<` that starts no tag as text', () => {
    expect(htmlToRuns('a < b')).toEqual({ runs: [t('a < b')] });
  });

  const broken: Record<string, string> = {
    'an unknown tag': 'a <i>b</i>',
    'a pair without id': '<b>a</b>',
    'a close without open': 'a</b>',
    'an unclosed pair': '<b id="1">a',
    'a duplicated pair': '<b id="1">a</b><b id="1">b</b>',
    'a duplicated placeholder': '<img id="2"> <img id="2">',
    'a placeholder without id': '<img>',
    'an unknown edge marker': '<img id="1" data-k="middle">',
    'a span the engine unwrapped': '<span>Tencent</span>',
    'a lock without term': '<span translate="no">x</span>',
    'an unclosed lock': '<span translate="no" data-t="t">x',
    'a tag inside a lock': '<span translate="no" data-t="t"><b id="1">x</b></span>',
    'a stray </span>': 'x</span>',
  };
  for (const [name, html] of Object.entries(broken)) {
    it(`rejects ${name}`, () => expect(htmlToRuns(html)).toHaveProperty('error'));
  }
});

describe('codeMismatch', () => {
  const source = [t('a'), open('1'), t('b'), close('1'), ph('2'), lock('tencent'), lock('tencent')];
  it('accepts moved codes and locks', () => {
    expect(
      codeMismatch(source, [lock('tencent'), ph('2'), t('x'), lock('tencent'), open('1'), close('1')]),
    ).toBeUndefined();
  });
  it('names lost, repeated and unexpected codes', () => {
    expect(codeMismatch(source, [open('1'), close('1'), lock('tencent')])).toBe('lost ph 2, lost lock tencent');
    expect(codeMismatch(source, [open('1'), close('1'), ph('2'), ph('2'), lock('tencent'), lock('tencent')])).toBe(
      'repeated ph 2',
    );
    expect(codeMismatch(source, [...source, ph('9')])).toBe('unexpected ph 9');
  });
});
