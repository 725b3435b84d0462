// Persists new targets into the translation memory as they arrive: one XLIFF file per release and locale,
// rewritten atomically, so a run killed half-way keeps every batch that completed.
import type { Glossary } from '../pipeline/lock/glossary.ts';
import { remember, tmPath, type TranslationMemory } from '../pipeline/tm/memory.ts';
import { stringifyXliff, type TmFile } from '../pipeline/tm/xliff.ts';
import { writeFileAtomic } from '../pipeline/fs.ts';
import { runsKey } from '../pipeline/runs.ts';
import type { Target, TranslationRequest } from '../pipeline/types.ts';

export class MemoryWriter {
  /** Serializes writes: batches may complete concurrently. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly memory: TranslationMemory,
    private readonly dir: string,
    private readonly glossary: Glossary,
  ) {}

  /** Stores the targets of every request they answer (a key shared by several releases is stored in each). */
  save(requests: readonly TranslationRequest[], targets: ReadonlyMap<string, Target>): Promise<void> {
    const run = this.queue.then(() => this.write(requests, targets));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(requests: readonly TranslationRequest[], targets: ReadonlyMap<string, Target>): Promise<void> {
    const touched = new Set<string>();
    const order = new Map<string, number>();
    requests.forEach((request, index) => order.set(`${request.release}\u0000${request.to}\u0000${request.segment}`, index));
    for (const request of requests) {
      const target = targets.get(request.key);
      if (!target) continue;
      const file = tmPath(this.dir, request.release, request.to);
      let tm = this.memory.files.get(file);
      if (!tm) {
        tm = { release: request.release, srcLang: request.from, trgLang: request.to, units: [] } satisfies TmFile;
        this.memory.files.set(file, tm);
      }
      const unit = { id: request.segment, source: request.source, target: target.runs, state: target.state, origin: target.origin };
      const index = tm.units.findIndex((u) => u.id === request.segment);
      if (index >= 0) tm.units[index] = unit;
      else tm.units.push(unit);
      remember(this.memory, request.from, request.to, runsKey(request.source), target);
      touched.add(file);
    }
    const display = (term: string) => this.glossary.byId.get(term)?.forms.en ?? term;
    for (const file of [...touched].sort()) {
      const tm = this.memory.files.get(file);
      if (!tm) continue;
      // Document order, whatever order the batches came back in; units of segments no longer in the release stay last.
      const position = (id: string) => order.get(`${tm.release}\u0000${tm.trgLang}\u0000${id}`) ?? Number.MAX_SAFE_INTEGER;
      tm.units.sort((a, b) => position(a.id) - position(b.id));
      await writeFileAtomic(file, stringifyXliff(tm, display));
    }
  }
}
