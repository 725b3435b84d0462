// Stores a checked import: one write per memory file, under its writer lock and atomically (`editTmFile`), so a
// file's units are merged all together or not at all, and no other writer's unit is lost.
import { baseUnit, emptyTmFile, withoutApproval, withUnits } from '../review/edits.ts';
import { editTmFile } from '../tm/edit.ts';
import { tmPath } from '../tm/index.ts';
import type { TmUnit } from '../tm/xliff.ts';
import type { ImportPlan } from './check.ts';

export interface MergeOptions {
  memoryDir: string;
  reviewer: string;
  /** When the approvals happen, ISO 8601. */
  at: string;
}

/** Writes the plan's units; returns how many were stored. */
export async function mergePlan(plan: ImportPlan, options: MergeOptions): Promise<number> {
  if (plan.units.length === 0) return 0;
  const { prepared, file } = plan.release;
  await editTmFile(tmPath(options.memoryDir, prepared.doc.slug, plan.locale), (tm) => {
    const current = tm ?? emptyTmFile(prepared, file, plan.locale);
    const units = plan.units.map((planned): TmUnit => {
      const existing = current.units.find((unit) => unit.id === planned.segment.id);
      const unit: TmUnit = {
        ...withoutApproval(baseUnit(planned.segment, existing)),
        target: planned.target,
        state: planned.state,
        origin: planned.origin,
      };
      return planned.state === 'reviewed' ? { ...unit, reviewer: options.reviewer, reviewedAt: options.at } : unit;
    });
    return withUnits(current, prepared, units);
  });
  return plan.units.length;
}
