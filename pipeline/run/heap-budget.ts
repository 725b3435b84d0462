// Peak memory that does not grow with the number of releases: while workers parse and `gc` is exposed (the npm
// scripts run node with --expose-gc), the main thread collects its heap in full whenever it has grown by the
// budget, since V8 would let garbage from the workers pile up to several times the live size. A thread that
// parses is left to V8 (the workers, and the main thread of a one-thread run), because a forced collection there
// drops optimized code. Without `gc` (tests, plain `node`), V8 decides alone.
// Figures and what was tried: docs/performance.md.
import { getHeapStatistics } from 'node:v8';

/** Heap growth a thread may have between two full collections. */
export const HEAP_BUDGET_BYTES = 32 * 1024 * 1024;

/** A check to call between releases: collects the heap when it has outgrown the budget. */
export function createHeapBudget(budget: number = HEAP_BUDGET_BYTES): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return () => undefined;
  let base = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size - base < budget) return;
    gc();
    base = getHeapStatistics().used_heap_size;
  };
}
