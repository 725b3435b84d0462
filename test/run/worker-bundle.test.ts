// The worker's code as one bundle (scripts/worker-bundle.ts): it runs in a worker without a TypeScript loader,
// finds its packages, and every source file keeps its own import.meta.url.
import { once } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { startWorker, withoutPreloads, WORKER_MAX_OLD_GENERATION_MB } from '../../pipeline/run/workers/pool.ts';
import { bundleWorker } from '../../pipeline/run/workers/bundle.ts';
import { bundleFiles, summarizeProfile, type CpuProfile } from '../../bench/profile-summary.ts';

const REPO = resolve(import.meta.dirname, '../..');

describe('bundleWorker', () => {
  it('runs in a worker with no loader, with packages and each file’s import.meta.url', async () => {
    const entry = pathToFileURL(resolve(REPO, 'test/run/fixtures/bundle-entry.ts'));
    const code = await bundleWorker(entry);
    expect(code.protocol).toBe('data:');
    const worker = new Worker(code, { execArgv: [] });
    const [message] = (await once(worker, 'message')) as [
      { cache: string; yaml: unknown; url: string; dirname: string },
    ];
    await worker.terminate();
    expect(message.yaml).toEqual({ a: [1, 2] });
    expect(message.url).toBe(entry.href);
    expect(message.dirname).toBe(resolve(REPO, 'test/run/fixtures'));
    expect(message.cache.startsWith(resolve(REPO, 'node_modules/.cache/silkbridge/tm-'))).toBe(true);
  });
});

describe('withoutPreloads', () => {
  it('drops the flags that preload a module, in both spellings, and keeps the rest', () => {
    const argv = [
      '--expose-gc',
      '--import',
      'tsx',
      '--cpu-prof',
      '--cpu-prof-dir',
      'prof',
      '--require=./hook.cjs',
      '-r',
      'x',
      '--loader',
      'y',
      '--import=./bench/heap-hook.ts',
      '--enable-source-maps',
    ];
    expect(withoutPreloads(argv)).toEqual([
      '--expose-gc',
      '--cpu-prof',
      '--cpu-prof-dir',
      'prof',
      '--enable-source-maps',
    ]);
  });
});

describe('startWorker', () => {
  // Each V8 heap's growth between full collections follows its old-generation limit (4× the live size from 2 GB
  // up, at most 2× below): the worker's limit must hold on both paths, including the one that drops refused flags.
  it.each([[[]], [['--expose-gc']]])(
    'keeps the old-generation limit that bounds heap growth (flags %j)',
    async (execArgv) => {
      const worker = startWorker(new URL('data:text/javascript,setInterval(() => {}, 1000)'), undefined, execArgv);
      await once(worker, 'online');
      const limits = worker.resourceLimits;
      await worker.terminate();
      expect(WORKER_MAX_OLD_GENERATION_MB).toBeLessThan(2048);
      expect(limits?.maxOldGenerationSizeMb).toBe(WORKER_MAX_OLD_GENERATION_MB);
    },
  );
});

describe('profile summary of a worker bundle', () => {
  it('attributes a frame in the bundle (a data: URL cut at 1,024 characters) to its source file', async () => {
    const bundle = await bundleWorker(new URL('../../pipeline/run/workers/worker.ts', import.meta.url));
    const lines = decodeURIComponent(bundle.href.slice(bundle.href.indexOf(',') + 1)).split('\n');
    const marker = lines.indexOf('// pipeline/segment/sentences.ts');
    expect(marker).toBeGreaterThan(0);
    const url = bundle.href.slice(0, 1024);
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
        { id: 2, callFrame: { functionName: 'sentenceBreaks', url, lineNumber: marker + 3 } },
      ],
      samples: [2, 2],
      timeDeltas: [1000, 1000],
      startTime: 0,
      endTime: 2000,
    };
    const summary = summarizeProfile(profile, 5, await bundleFiles(profile));
    expect(summary.files).toEqual([{ name: 'pipeline/segment/sentences.ts', ms: 2, share: 1 }]);
    expect(summary.inclusive[0]?.name).toBe('sentenceBreaks pipeline/segment/sentences.ts');
  });
});
