// Peak memory that does not grow with the number of releases. V8 lets a heap grow to about four times its live
// size before it collects it in full, so on a long run the main thread's heap kept growing on garbage (what the
// workers send survives its young generation) long after its live size had stopped: 66 MB live, collected at
// 269 MB, a peak that depended on the length of the run and the size of the memory. Where `gc` is exposed (the npm
// scripts run node with --expose-gc), the main thread collects its heap in full whenever it has grown by the
// budget since the last full collection: about 50 ms every few hundred releases, no measurable CPU. The workers'
// heaps are left to V8: a full collection between two releases also drops the optimized code that embeds objects
// of the releases already done (V8's "weak objects" deoptimization: 32 in a warm run of 1,000 releases, 474 with a
// 32 MB budget in each worker), and optimizing the parser and the stages again cost 15–20 % more CPU.
// Without `gc` (tests, plain `node`), V8 decides alone.
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
