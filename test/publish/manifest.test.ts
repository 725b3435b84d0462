import { describe, expect, it } from 'vitest';
import { countWords, manifestEntry, sha256, stringifyManifest } from '../../pipeline/publish/manifest.ts';
import type { Target } from '../../pipeline/types.ts';

const target = (state: Target['state'], origin: string): Target => ({ runs: [], state, origin });

describe('countWords', () => {
  it('counts words in Thai and Chinese, which have no spaces between words, and not the front matter', () => {
    expect(countWords('---\ntitle: not counted at all\n---\n\nDigital Silk Road, 2025.\n', 'en')).toBe(4);
    expect(countWords('เส้นทางสายไหมดิจิทัล\n', 'th')).toBeGreaterThanOrEqual(3);
    expect(countWords('数字丝绸之路促进文化交流。\n', 'zh')).toBeGreaterThanOrEqual(4);
  });

  it('never merges the last word of one block with the first of the next', () => {
    expect(countWords('# Title\n\nBody text\n\n- one\n- two\n', 'en')).toBe(5);
  });
});

describe('manifestEntry', () => {
  it('hashes the exact text, counts segments by provenance and summarizes QA', () => {
    const targets = new Map<string, Target>([
      ['a', target('final', 'source')],
      ['b', target('reviewed', 'human')],
      ['c', target('reviewed', 'google')],
      ['d', target('translated', 'google')],
      ['e', target('translated', 'memory')],
    ]);
    const entry = manifestEntry({
      locale: 'en',
      paths: { md: 'en/x.md', html: 'en/x.html' },
      markdown: 'One two.\n',
      html: '<p>One two.</p>',
      targets,
      findings: [
        { check: 'length', severity: 'warning', message: 'm' },
        { check: 'numbers', severity: 'error', message: 'm' },
      ],
    });
    expect(entry).toEqual({
      md: 'en/x.md',
      html: 'en/x.html',
      sha256: { md: sha256('One two.\n'), html: sha256('<p>One two.</p>') },
      words: 2,
      segments: { total: 5, reviewed: 2, memory: 1, engine: 1, source: 1 },
      qa: { errors: 1, warnings: 1 },
    });
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('stringifyManifest', () => {
  it('sorts every key, so the same publish gives the same bytes whatever the order of work', () => {
    const a = stringifyManifest({ releases: { b: { zh: entry(), en: entry() }, a: {} } });
    const b = stringifyManifest({ releases: { a: {}, b: { en: entry(), zh: entry() } } });
    expect(a).toBe(b);
    expect(a.indexOf('"a"')).toBeLessThan(a.indexOf('"b"'));
    expect(a).toMatch(/"html": "h",\n\s+"md": "m",\n\s+"qa"/);
    expect(a.endsWith('}\n')).toBe(true);
  });
});

function entry() {
  return {
    md: 'm',
    html: 'h',
    sha256: { md: '1', html: '2' },
    words: 1,
    segments: { total: 1, reviewed: 1, memory: 0, engine: 0, source: 0 },
    qa: { errors: 0, warnings: 0 },
  };
}
