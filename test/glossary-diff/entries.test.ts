// Entry-level diff of two glossaries, on edits of the project's real glossary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffEntries } from '../../pipeline/glossary-diff/entries.ts';
import { parseGlossary } from '../../pipeline/lock/glossary.ts';
import { GLOSSARY, ROOT } from './helpers.ts';

const text = readFileSync(join(ROOT, GLOSSARY), 'utf8');
const base = parseGlossary(text, 'old.yaml');
const edited = (...edits: [string, string][]) =>
  parseGlossary(
    edits.reduce((t, [from, to]) => t.replace(from, to), text),
    'new.yaml',
  );

describe('diffEntries', () => {
  it('finds nothing between a glossary and itself', () => {
    expect(diffEntries(base, parseGlossary(text, 'again.yaml'))).toEqual({ added: [], removed: [], changed: [] });
  });

  it('names the locale of a changed form', () => {
    const after = edited(['th: เทนเซ็นต์', 'th: เทนเซนต์']);
    expect(diffEntries(base, after).changed).toEqual([
      { id: 'tencent', changes: [{ field: 'form', locale: 'th', before: 'เทนเซ็นต์', after: 'เทนเซนต์' }] },
    ]);
  });

  it('lists variants, forbidden forms, status, type and case sensitivity that changed', () => {
    const after = edited(
      ['variants: { en: [CP Group, C.P. Group] }', 'variants: { en: [CP Group, C.P. Group, Charoen Pokphand] }'],
      ['forbidden: { th: [RoV, Arena of Valor] }', 'forbidden: { th: [RoV] }'],
    );
    const changed = diffEntries(base, after).changed;
    expect(changed).toContainEqual({
      id: 'charoen-pokphand-group',
      changes: [
        {
          field: 'variants',
          locale: 'en',
          before: ['CP Group', 'C.P. Group'],
          after: ['CP Group', 'C.P. Group', 'Charoen Pokphand'],
        },
      ],
    });
    expect(changed).toContainEqual({
      id: 'honor-of-kings',
      changes: [{ field: 'forbidden', locale: 'th', before: ['RoV', 'Arena of Valor'], after: ['RoV'] }],
    });

    const retyped = edited(
      ['  - id: alibaba\n    type: organization', '  - id: alibaba\n    type: brand\n    case_sensitive: false'],
      [
        'status: approved\n    note: "The publisher of the digital-silk-road',
        'status: proposed\n    note: "The publisher of the digital-silk-road',
      ],
    );
    const fields = diffEntries(base, retyped).changed.flatMap((term) =>
      term.changes.map((c) => `${term.id}.${c.field}`),
    );
    expect(fields).toEqual(['alibaba.type', 'alibaba.case_sensitive', 'chinese-headlines-new-media.status']);
  });

  it('lists entries added and removed with their forms', () => {
    const after = edited([
      '  - id: wetv\n    type: brand\n    keep: WeTV\n',
      '  - id: china-animation\n    type: brand\n    forms: { en: China Animation, th: ไชน่าแอนิเมชัน, zh: 中国动漫 }\n',
    ]);
    const diff = diffEntries(base, after);
    expect(diff.added.map((t) => [t.id, t.forms.th])).toEqual([['china-animation', 'ไชน่าแอนิเมชัน']]);
    expect(diff.removed.map((t) => [t.id, t.forms.zh])).toEqual([['wetv', 'WeTV']]);
    expect(diff.changed).toEqual([]);
  });
});
