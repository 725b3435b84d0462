// The XLIFF 2 silkbridge writes validates against the OASIS XLIFF 2.0 schemas in ../shared/xliff (xmllint): the
// export with its matches module, the memory files `localize` writes, those an import writes, and the committed ones.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXliff, stringifyXliff } from '../../pipeline/tm/xliff.ts';
import { readFileSync } from 'node:fs';
import { localize } from '../../scripts/commands/localize.ts';
import { needsCommand, needsShared, REPO, SHARED } from '../support/needs.ts';
import { exchangeHarness, PATHS } from './helpers.ts';

const ready = needsCommand('xmllint', 'libxml2-utils') && needsShared('xliff/xliff_core_2.0.xsd');

/**
 * A schema that imports the core and the modules the files use, so that xmllint checks <mtc:matches> strictly
 * (the core alone lets other namespaces through unchecked). Built in a temp folder: the schemas stay in ../shared.
 */
function wrapperSchema(): string {
  const dir = mkdtempSync(join(tmpdir(), 'silkbridge-xsd-'));
  const at = (path: string) => `file://${resolve(SHARED, 'xliff', path)}`;
  const file = join(dir, 'xliff-with-modules.xsd');
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="${at('xliff_core_2.0.xsd')}"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:matches:2.0" schemaLocation="${at('modules/matches.xsd')}"/>
  <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="${at('modules/metadata.xsd')}"/>
</xs:schema>
`,
  );
  return file;
}

function validate(files: string[]): { status: number | null; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', wrapperSchema(), ...files], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function xlfUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.xlf'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const harness = exchangeHarness();

describe.skipIf(!ready)('XLIFF 2 against the OASIS schemas', () => {
  it('checks the matches module: a match without its required ref is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkbridge-bad-'));
    const bad = join(dir, 'bad.xlf');
    writeFileSync(
      bad,
      `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="th"><file id="f"><unit id="u">
<mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match similarity="80"><source>a</source><target>b</target></mtc:match></mtc:matches>
<segment><source>a</source></segment></unit></file></xliff>`,
    );
    const { status, output } = validate([bad]);
    expect(status).not.toBe(0);
    expect(output).toMatch(/ref/);
  });

  it('validates the export, matches and notes included', async () => {
    const files = await harness.project.export({ to: ['th', 'zh', 'en'], state: 'all' });
    const text = files.map((file) => readFileSync(join(harness.project.dir, file), 'utf8')).join('');
    expect(text).toContain('<mtc:match ');
    expect(text).toContain('<note category="origin">');
    const { status, output } = validate(files.map((file) => join(harness.project.dir, file)));
    expect(output).not.toMatch(/fails to validate|error/i);
    expect(status).toBe(0);
  });

  it('validates the memory files localize writes, with every kind of inline code, and after an import', async () => {
    const { dir } = harness.project;
    writeFileSync(
      join(dir, 'content/releases/codes.md'),
      '---\ntitle: Siam Lotus Bank codes\nlang: en\n---\n\n' +
        'Siam Lotus Bank has *emphasis*, **strong**, `code`, a [link](https://example.com), ' +
        '![an image](a.png), <b>html</b> and ~~struck~~ text.  \nA line break, then PayLink QR.\n',
    );
    const code = await localize({
      cwd: dir,
      ...PATHS,
      to: ['th', 'zh'],
      out: 'out',
      provider: 'pseudo',
      saveMemory: true,
      log: () => undefined,
    });
    expect(code).toBe(0);
    const written = readFileSync(join(dir, 'content/translations/codes/th.xlf'), 'utf8');
    expect(written).toMatch(/<pc id=/);
    expect(written).toMatch(/<ph id="\d+"\/>/);
    // A reviewer's approval and comment, written through an import of the export.
    const [file] = await harness.project.export({ to: ['th'] }).then((f) => f.filter((p) => p.includes('codes')));
    const path = join(dir, file as string);
    const tm = parseXliff(readFileSync(path, 'utf8'), path);
    for (const unit of tm.units) unit.state = 'reviewed';
    writeFileSync(path, stringifyXliff(tm));
    expect((await harness.project.import([file as string])).code).toBe(0);
    expect(readFileSync(join(dir, 'content/translations/codes/th.xlf'), 'utf8')).toContain('sb:reviewedAt=');
    const { status, output } = validate(xlfUnder(join(dir, 'content/translations')));
    expect(output).not.toMatch(/fails to validate/);
    expect(status).toBe(0);
  });

  it('validates what the memory writer writes for codes that do not nest, a <cp>, comments and an approval', () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkbridge-tm-'));
    const file = join(dir, 'th.xlf');
    writeFileSync(
      file,
      stringifyXliff({
        release: 'r',
        original: 'content/releases/r.md',
        srcLang: 'en',
        trgLang: 'th',
        units: [
          {
            id: 'aaaaaaaaaaaa',
            block: 'b1',
            source: [
              { type: 'open', id: '1' },
              { type: 'text', value: 'a\u0001b ' },
              { type: 'open', id: '2' },
              { type: 'text', value: 'c' },
              { type: 'close', id: '2' },
              { type: 'close', id: '1' },
              { type: 'lock', term: 'siam-lotus-bank' },
            ],
            target: [
              { type: 'open', id: '1' },
              { type: 'open', id: '2' },
              { type: 'close', id: '1' },
              { type: 'text', value: 'ก\u0001ข' },
              { type: 'close', id: '2' },
              { type: 'lock', term: 'siam-lotus-bank' },
            ],
            state: 'reviewed',
            origin: 'Ada',
            notes: [{ category: 'comment', text: 'checked' }],
            reviewer: 'Ada',
            reviewedAt: '2026-01-02T03:04:05.000Z',
          },
        ],
      }),
    );
    const written = readFileSync(file, 'utf8');
    expect(written).toMatch(/<sc id="1"\/>.*<ec startRef="1"\/>.*<cp hex="0001"\/>/s);
    const { status, output } = validate([file]);
    expect(output).not.toMatch(/fails to validate/);
    expect(status).toBe(0);
  });

  it('validates the committed memory', () => {
    const files = xlfUnder(join(REPO, 'content/translations'));
    expect(files.length).toBeGreaterThan(0);
    const { status, output } = validate(files);
    expect(output).not.toMatch(/fails to validate/);
    expect(status).toBe(0);
  });
});
