// A throwaway silkbridge project for the engine path: a small glossary, three short English releases that share
// sentences, an empty translation memory; and the calls every scenario makes (localize, report, XLIFF files).
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { localize, type LocalizeOptions } from '../../scripts/commands/localize.ts';
import type { RunReport } from '../../pipeline/run/report.ts';
import { parseXliff, type TmFile } from '../../pipeline/tm/xliff.ts';
import { loadGlossary } from '../../pipeline/lock/glossary.ts';
import { runsToHtml } from '../../pipeline/providers/html-codec.ts';
import { afterEach, beforeEach } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions, type RecordedCall } from '../../emulator/server.ts';

export const GLOSSARY = `version: 1
terms:
  - id: siam-lotus-bank
    type: organization
    forms: { en: Siam Lotus Bank, th: ธนาคารสยามโลตัส, zh: 暹罗莲花银行 }
    status: approved
    note: "The bank's registered Thai and Chinese names."
  - id: paylink-qr
    type: product
    keep: PayLink QR
    status: approved
    note: "Product name, written the same in every locale."
  - id: somchai-rattanakul
    type: person
    forms: { en: Somchai Rattanakul, th: สมชาย รัตนกุล, zh: 颂猜·拉塔纳恭 }
    status: approved
    note: "Chief executive; names as the bank publishes them."
`;

/** The boilerplate every release ends with: the same sentences three times over. */
const ABOUT = `## About Siam Lotus Bank

Siam Lotus Bank is a commercial bank headquartered in Bangkok. It serves more than 4 million customers through 320 branches across Thailand.

Media contact: press@siamlotus.example
`;

export const RELEASES: Record<string, string> = {
  'paylink-launch': `---
title: Siam Lotus Bank launches PayLink QR for small merchants
lang: en
---

BANGKOK, 3 March 2025 — Siam Lotus Bank today announced *PayLink QR*, a free payment service for small merchants across Thailand.

Merchants can register in five minutes and accept payments from 12 million customers. The service charges no fee on transactions below 500 baht.

"Small shops are the heart of our economy," said Somchai Rattanakul, chief executive of Siam Lotus Bank. Details are in the [product guide](https://example.com/paylink).

${ABOUT}`,
  'wallet-partnership': `---
title: Siam Lotus Bank and Chiang Mai Transit open PayLink QR on city buses
lang: en
---

CHIANG MAI, 14 April 2025 — Riders on 45 city bus routes can now pay their fare with *PayLink QR*.

The pilot starts in Chiang Mai on 1 May 2025. Fares stay at 20 baht, and riders who pay by QR receive 10% back.

"We want every trip to be as simple as a smile," said Somchai Rattanakul. Details are in the [product guide](https://example.com/paylink).

${ABOUT}`,
  'branch-expansion': `---
title: Siam Lotus Bank opens 12 digital branches in the North
lang: en
---

CHIANG RAI, 2 June 2025 — Siam Lotus Bank will open **12 digital branches** in northern Thailand by the end of the year.

Each branch offers video banking in Thai, English and Chinese. Customers can book an appointment at www.siamlotus.example/branches.

${ABOUT}`,
};

export interface Project {
  dir: string;
  /** Runs `localize` in the project against the emulator on `port`; the summary lines land in `lines`. */
  localize(
    port: number,
    extra?: Partial<LocalizeOptions>,
  ): Promise<{ code: number; report: RunReport; lines: string[] }>;
  write(path: string, content: string): Promise<void>;
  read(path: string): Promise<string>;
  /** Every XLIFF file of the memory, parsed, by `<slug>/<locale>.xlf`. */
  memory(): Promise<Map<string, TmFile>>;
  /** Relative paths of every file under `path` (empty when it does not exist). */
  files(path: string): Promise<string[]>;
  /** Per target locale, the HTML each translated unit of the memory was sent to the engine as. */
  persisted(): Promise<Record<TargetLocale, string[]>>;
  remove(): Promise<void>;
}

export type TargetLocale = 'th' | 'zh';
/** Google's code for each target locale, as the emulator records it. */
export const LANG: Record<TargetLocale, string> = { th: 'th', zh: 'zh-CN' };

/** The strings of the calls the emulator answered with OK, for one Google target language, in call order. */
export function sentOk(calls: readonly RecordedCall[], lang: string): string[] {
  return calls
    .filter((call) => call.status === 'OK' && call.targetLanguageCode === lang)
    .flatMap((call) => call.contents);
}

export const ARGS = {
  input: 'content/releases',
  to: ['th', 'zh'],
  provider: 'memory,google',
  out: 'out',
  report: 'report.json',
  glossary: 'content/glossary.yaml',
  memory: 'content/translations',
} as const;

/** Environment for a run against the emulator on `port`, with `extra` variables. */
export function emulatorEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, METADATA_SERVER_DETECTION: 'none', TRANSLATE_EMULATOR_HOST: `127.0.0.1:${port}`, ...extra };
}

export async function createProject(): Promise<Project> {
  const dir = await mkdtemp(join(tmpdir(), 'silkbridge-engine-'));
  const write = async (path: string, content: string): Promise<void> => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  };
  await write(ARGS.glossary, GLOSSARY);
  for (const [slug, text] of Object.entries(RELEASES)) await write(`content/releases/${slug}.md`, text);
  await mkdir(join(dir, ARGS.memory), { recursive: true });

  const files = async (path: string): Promise<string[]> => {
    try {
      const entries = await readdir(join(dir, path), { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(join(dir, path).length + 1))
        .sort();
    } catch {
      return [];
    }
  };

  const memory = async (): Promise<Map<string, TmFile>> => {
    const out = new Map<string, TmFile>();
    for (const file of await files(ARGS.memory)) {
      if (!file.endsWith('.xlf')) continue;
      const path = join(dir, ARGS.memory, file);
      out.set(file, parseXliff(await readFile(path, 'utf8'), path));
    }
    return out;
  };

  return {
    dir,
    write,
    read: (path) => readFile(join(dir, path), 'utf8'),
    files,
    async localize(port, extra = {}) {
      const lines: string[] = [];
      const code = await localize({
        cwd: dir,
        ...ARGS,
        to: [...ARGS.to],
        env: emulatorEnv(port),
        log: (line) => lines.push(line),
        ...extra,
      });
      const reportFile = extra.report ?? ARGS.report;
      const report = JSON.parse(await readFile(join(dir, reportFile), 'utf8')) as RunReport;
      return { code, report, lines };
    },
    memory,
    async persisted() {
      const glossary = await loadGlossary(join(dir, ARGS.glossary));
      const out: Record<TargetLocale, string[]> = { th: [], zh: [] };
      for (const tm of (await memory()).values()) {
        const locale = tm.trgLang as TargetLocale;
        const forms: Record<string, string> = {};
        for (const term of glossary.terms) forms[term.id] = term.forms[locale];
        for (const unit of tm.units) if (unit.target) out[locale].push(runsToHtml(unit.source, forms));
      }
      return out;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh project before each test and the emulators a test starts, all removed after it. Call once per file, at
 * the top level; read `harness.project` inside tests.
 */
export function engineHarness(): { readonly project: Project; emulator(opts?: EmulatorOptions): Promise<Emulator> } {
  let current: Project | undefined;
  const started: Emulator[] = [];
  beforeEach(async () => {
    current = await createProject();
  });
  afterEach(async () => {
    for (const e of started.splice(0)) await e.stop();
    await current?.remove();
  });
  return {
    get project(): Project {
      if (!current) throw new Error('engineHarness: no project outside a test');
      return current;
    },
    async emulator(opts = {}) {
      const emulator = await startEmulator({ port: 0, ...opts });
      started.push(emulator);
      return emulator;
    },
  };
}
