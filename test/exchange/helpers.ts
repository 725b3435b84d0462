// A throwaway project for the exchange: the review's releases and emulator-like memory, plus a release the memory
// lacks (its sentence has a fuzzy match), and the commands called as the CLI calls them.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { reviewExport } from '../../scripts/commands/review-export.ts';
import { reviewImport } from '../../scripts/commands/review-import.ts';
import type { ExchangeFormat, ExportState, ImportState } from '../../pipeline/exchange/index.ts';
import type { Locale } from '../../pipeline/types.ts';
import { REVIEWER, seedMemory, writeProject } from '../review/helpers.ts';

export const NOW = new Date('2026-03-04T05:06:07.000Z');
export const PATHS = { input: 'content/releases', memory: 'content/translations', glossary: 'content/glossary.yaml' };

export interface ExchangeProject {
  dir: string;
  export(options?: { to?: Locale[]; state?: ExportState; format?: ExchangeFormat }): Promise<string[]>;
  import(
    files: string[],
    options?: { state?: ImportState; reviewer?: string },
  ): Promise<{ code: number; lines: string[] }>;
  /** Every memory file's text by path: to compare before and after. */
  memory(): Promise<Record<string, string>>;
}

export function exchangeHarness(): { readonly project: ExchangeProject } {
  let current: ExchangeProject | undefined;
  beforeEach(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'silkbridge-exchange-'));
    await writeProject(dir);
    await seedMemory(dir);
    await writeFile(
      join(dir, 'content/releases/phuket-update.md'),
      '---\nlang: en\n---\n\nSiam Lotus Bank opens a new office in Phuket tomorrow.\n',
    );
    current = {
      dir,
      async export(options = {}) {
        const lines: string[] = [];
        await reviewExport({
          cwd: dir,
          ...PATHS,
          to: options.to ?? ['th'],
          state: options.state ?? 'translated',
          format: options.format ?? 'xliff2',
          out: 'exchange',
          log: (line) => lines.push(line),
          info: () => undefined,
        });
        return lines;
      },
      async import(files, options = {}) {
        const lines: string[] = [];
        const code = await reviewImport({
          cwd: dir,
          ...PATHS,
          files,
          reviewer: options.reviewer ?? REVIEWER,
          state: options.state ?? 'reviewed',
          now: () => NOW,
          info: (line) => lines.push(line),
        });
        return { code, lines };
      },
      async memory() {
        const out: Record<string, string> = {};
        const root = join(dir, PATHS.memory);
        for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
          if (entry.isFile() && entry.name.endsWith('.xlf')) {
            const path = join(entry.parentPath, entry.name);
            out[path.slice(root.length + 1)] = await readFile(path, 'utf8');
          }
        }
        return out;
      },
    };
  });
  afterEach(async () => {
    if (current) await rm(current.dir, { recursive: true, force: true });
    current = undefined;
  });
  return {
    get project() {
      if (!current) throw new Error('exchangeHarness: no project outside a test');
      return current;
    },
  };
}
