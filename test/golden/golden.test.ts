// Golden outputs: each case under test/golden/<case>/ is localized (memory only, every locale) and published, and
// every output is compared byte for byte with expected.<locale>.md and expected.<locale>.html beside it.
// UPDATE_GOLDEN=1 rewrites the expected files instead; review the diff by eye before committing it.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReleases } from '../../pipeline/run/index.ts';
import { LOCALES } from '../../pipeline/types.ts';
import { publish } from '../../scripts/commands/publish.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const scratch = mkdtempSync(join(tmpdir(), 'silkbridge-golden-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A case reads `input.md` and `memory/` beside it, or the project paths its `case.json` names. */
interface GoldenCase {
  name: string;
  dir: string;
  input: string;
  memory: string;
}

function cases(): GoldenCase[] {
  const here = import.meta.dirname;
  return readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => {
      const dir = join(here, name);
      const config = join(dir, 'case.json');
      const paths: { input?: string; memory?: string } = existsSync(config)
        ? JSON.parse(readFileSync(config, 'utf8'))
        : {};
      return {
        name,
        dir,
        input: paths.input ? join(ROOT, paths.input) : join(dir, 'input.md'),
        memory: paths.memory ? join(ROOT, paths.memory) : join(dir, 'memory'),
      };
    });
}

function compare(expectedFile: string, actual: string): void {
  if (UPDATE) writeFileSync(expectedFile, actual);
  expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  // Compared as whole strings so a failure shows the diff; byte for byte since both are the full text.
  expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
}

describe('golden outputs', () => {
  const all = cases();

  it('has the seed, a Thai-source and a Chinese-source case', () => {
    expect(all.map((c) => c.name).sort()).toEqual(['chinese-source', 'seed', 'thai-source']);
  });

  for (const golden of all) {
    it(`${golden.name}: localize writes expected.<locale>.md, publish writes expected.<locale>.html`, async () => {
      const out = join(scratch, golden.name, 'out');
      const dist = join(scratch, golden.name, 'dist');
      const common = { cwd: ROOT, input: golden.input, glossary: 'content/glossary.yaml', memory: golden.memory };
      const slugs: string[] = [];
      const problems: string[] = [];
      await runReleases(
        { ...common, to: [...LOCALES], provider: 'memory', out, jobs: 1, env: {} },
        async ({ release, locales }) => {
          slugs.push(release.doc.slug);
          for (const [locale, result] of locales)
            if (result.missing.length > 0 || result.report.qa.errors > 0) problems.push(`${locale}: not clean`);
        },
      );
      expect(problems).toEqual([]);
      expect(slugs).toHaveLength(1);
      const code = await publish({
        ...common,
        out: dist,
        templates: 'locales',
        log: () => undefined,
        logError: (line) => problems.push(line),
      });
      expect(problems).toEqual([]);
      expect(code).toBe(0);
      const slug = slugs[0] as string;
      for (const locale of LOCALES) {
        compare(join(golden.dir, `expected.${locale}.md`), readFileSync(join(out, locale, `${slug}.md`), 'utf8'));
        compare(join(golden.dir, `expected.${locale}.html`), readFileSync(join(dist, locale, `${slug}.html`), 'utf8'));
      }
    });
  }
});
