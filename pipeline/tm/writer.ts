// Persists new targets into the translation memory as they arrive: one XLIFF file per release and locale,
// rewritten atomically under the file's writer lock, on the file as it is on disk then (another localize, the
// review server or an import may have written it), so a run killed half-way keeps every batch that completed and
// concurrent writers lose no unit.
import { lockForm, type Glossary } from '../lock/glossary.ts';
import { stat } from 'node:fs/promises';
import {
  markWritten,
  RANK,
  readTmFile,
  remember,
  sameStamp,
  tmPath,
  writtenStamp,
  type TranslationMemory,
} from './index.ts';
import { withFileLock } from './lock.ts';
import { stringifyXliff, type TmFile, type TmUnit } from './xliff.ts';
import { runsKey } from '../runs.ts';
import { writeFileAtomic } from '../fs.ts';
import { sourceKeyOf } from '../translate/index.ts';
import type { Target, TranslationRequest } from '../types.ts';

interface Plan {
  /** Request indices by key. */
  byKey: Map<string, number[]>;
  /** Request index by release, locale and segment id. */
  order: Map<string, number>;
}

export class MemoryWriter {
  /** Serializes writes: batches may complete concurrently. */
  private queue: Promise<void> = Promise.resolve();
  private readonly plans = new WeakMap<readonly TranslationRequest[], Plan>();
  private readonly ids = new WeakMap<TmFile, Map<string, number>>();
  /** Keys of the requests whose target this writer stored: all that a run changed in the memory's index. */
  readonly stored = new Set<string>();

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
    const { byKey, order } = this.plan(requests);
    // The requests these targets answer, in request order (as a scan of all the requests would meet them), by file.
    const answered: number[] = [];
    for (const key of targets.keys()) answered.push(...(byKey.get(key) ?? []));
    answered.sort((a, b) => a - b);
    const byFile = new Map<string, TranslationRequest[]>();
    for (const index of answered) {
      const request = requests[index] as TranslationRequest;
      const target = targets.get(request.key) as Target;
      remember(this.memory, request.from, request.to, sourceKeyOf(request), target);
      this.stored.add(request.key);
      const file = tmPath(this.dir, request.release, request.to);
      const list = byFile.get(file);
      if (list) list.push(request);
      else byFile.set(file, [request]);
    }
    const display = (term: string) => lockForm(this.glossary, term, 'en');
    for (const file of [...byFile.keys()].sort()) {
      const list = byFile.get(file) ?? [];
      await withFileLock(file, async () => {
        const tm = await this.current(file, list[0] as TranslationRequest);
        for (const request of list) this.put(tm, request, targets.get(request.key) as Target);
        // Document order, whatever order the batches came back in; units of segments no longer in the release stay last.
        const prefix = `${tm.release}\u0000${tm.trgLang}\u0000`;
        const position = new Map(
          tm.units.map((unit) => [unit, order.get(prefix + unit.id) ?? Number.MAX_SAFE_INTEGER]),
        );
        tm.units.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
        this.ids.delete(tm);
        markWritten(tm, writeFileAtomic(file, stringifyXliff(tm, display)));
      });
    }
  }

  /**
   * The file as it is on disk, under its lock: the copy this writer wrote last while no one else has written since
   * (same size and time), else read again, so another writer's units are kept.
   */
  private async current(file: string, request: TranslationRequest): Promise<TmFile> {
    const held = this.memory.files.get(file);
    const now = await stat(file).catch(() => undefined);
    if (held && now && sameStamp(writtenStamp(held), now)) return held;
    const tm =
      (await readTmFile(file)) ??
      ({ release: request.release, srcLang: request.from, trgLang: request.to, units: [] } satisfies TmFile);
    if (request.original !== undefined) tm.original ??= request.original;
    this.memory.files.set(file, tm);
    return tm;
  }

  /** Sets a unit's target; a reviewed or final target of the same source is never replaced by a lesser one. */
  private put(tm: TmFile, request: TranslationRequest, target: Target): void {
    const ids = this.unitIds(tm);
    const at = ids.get(request.segment);
    const existing = at === undefined ? undefined : tm.units[at];
    if (
      existing?.target &&
      RANK[existing.state] > RANK[target.state] &&
      RANK[existing.state] >= RANK.reviewed &&
      runsKey(existing.source) === sourceKeyOf(request)
    ) {
      return;
    }
    // Notes and kept content of the unit stay; the approval belonged to the old target.
    const { reviewer: _reviewer, reviewedAt: _reviewedAt, ...rest } = existing ?? { id: request.segment };
    const unit: TmUnit = {
      ...rest,
      id: request.segment,
      ...(request.block !== undefined
        ? { block: request.block }
        : existing?.block !== undefined
          ? { block: existing.block }
          : {}),
      source: request.source,
      target: target.runs,
      state: target.state,
      origin: target.origin,
    };
    if (at !== undefined) tm.units[at] = unit;
    else ids.set(request.segment, tm.units.push(unit) - 1);
  }

  /**
   * Requests by key and positions by release, locale and segment, computed once per list: an engine run saves
   * each of its batches against the list of every pending request, and scanning that list per batch made a
   * cold run over a large corpus quadratic.
   */
  private plan(requests: readonly TranslationRequest[]): Plan {
    let plan = this.plans.get(requests);
    if (!plan) {
      plan = { byKey: new Map(), order: new Map() };
      for (const [index, request] of requests.entries()) {
        const list = plan.byKey.get(request.key);
        if (list) list.push(index);
        else plan.byKey.set(request.key, [index]);
        plan.order.set(`${request.release}\u0000${request.to}\u0000${request.segment}`, index);
      }
      this.plans.set(requests, plan);
    }
    return plan;
  }

  /** Unit positions of a file by segment id, rebuilt after the units are sorted. */
  private unitIds(tm: TmFile): Map<string, number> {
    let ids = this.ids.get(tm);
    if (!ids) {
      ids = new Map();
      // The first unit of an id wins, as a search from the start would find it.
      for (const [index, unit] of tm.units.entries()) if (!ids.has(unit.id)) ids.set(unit.id, index);
      this.ids.set(tm, ids);
    }
    return ids;
  }
}
