// `organization: <id>` reads the About text (and contact defaults) from organizations/<id>.yaml and segments the text
// as the release's own `about:`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../pipeline/errors.ts';
import { parse } from '../../pipeline/parse/index.ts';
import { extractBlocks } from '../../pipeline/parse/blocks.ts';

const ABOUT = 'Acme Media publishes news about Tencent in Bangkok. It was founded in 2010.';
const root = mkdtempSync(join(tmpdir(), 'sb-org-'));
mkdirSync(join(root, 'content/releases'), { recursive: true });
mkdirSync(join(root, 'content/organizations'));
writeFileSync(join(root, 'content/organizations/acme.yaml'), `name: Acme Media\nabout: ${ABOUT}\n`);
const release = join(root, 'content/releases/a.md');

describe('organization file', () => {
  it('gives the same blocks and contact name as an inline `about:`', () => {
    const byFile = parse('---\ntitle: T\nlang: en\norganization: acme\n---\n\nBody.\n', release);
    const inline = parse(`---\ntitle: T\nlang: en\nabout: ${ABOUT}\n---\n\nBody.\n`, release);
    expect(extractBlocks(byFile)).toEqual(extractBlocks(inline));
    expect(byFile.frontmatter?.contact).toEqual({ organization: 'Acme Media' });
  });

  it('fills the contact keys the release does not give from the file, the release winning key by key', () => {
    writeFileSync(
      join(root, 'content/organizations/beta.yaml'),
      `name: Beta\nabout: ${ABOUT}\ncontact:\n  name: Dao\n  email: press@beta.example\n`,
    );
    const text = '---\nlang: en\norganization: beta\ncontact: { name: Ivy }\n---\n\nBody.\n';
    expect(parse(text, release).frontmatter?.contact).toEqual({
      organization: 'Beta',
      name: 'Ivy',
      email: 'press@beta.example',
    });
  });

  it('a contact that is not a mapping is a user error naming the organization file and line', () => {
    const file = join(root, 'content/organizations/gamma.yaml');
    writeFileSync(file, `name: Gamma\nabout: ${ABOUT}\ncontact: press@gamma.example\n`);
    const read = () => parse('---\nlang: en\norganization: gamma\n---\n\nBody.\n', release);
    expect(read).toThrow(expect.objectContaining({ place: expect.objectContaining({ file, line: 3 }) }));
  });

  it('a missing file is a user error naming the release and the line', () => {
    const read = () => parse('---\ntitle: T\nlang: en\norganization: nobody\n---\n\nBody.\n', release);
    expect(read).toThrow(UserError);
    expect(read).toThrow(expect.objectContaining({ place: expect.objectContaining({ file: release, line: 4 }) }));
  });

  it('refuses `about` and `organization` together', () => {
    expect(() => parse(`---\nabout: x\norganization: acme\n---\n\nBody.\n`, release)).toThrow(/keep one of them/);
  });
});
