// The main thread's heap budget (scripts/heap-budget.ts): a full collection once the heap has grown by the budget,
// none before, and nothing at all where `gc` is not exposed.
import { getHeapStatistics } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { createHeapBudget } from '../../pipeline/run/heap-budget.ts';

const scope = globalThis as { gc?: () => void };
const exposed = scope.gc;

afterEach(() => {
  scope.gc = exposed;
});

describe('the heap budget', () => {
  it('collects once the heap has grown by the budget, and not before', () => {
    let collections = 0;
    scope.gc = () => void collections++;
    const keepInBudget = createHeapBudget(8 * 1024 * 1024);
    keepInBudget();
    expect(collections).toBe(0);
    // Live strings of the whole heap so far plus twice the budget: V8 collecting the garbage of earlier test files
    // (they share this process) cannot hide the growth.
    const count = Math.ceil((getHeapStatistics().used_heap_size + 2 * 8 * 1024 * 1024) / 4096);
    const held = Array.from({ length: count }, (_, i) => Buffer.alloc(4096, i).toString('latin1'));
    keepInBudget();
    expect(collections).toBe(1);
    expect(held).toHaveLength(count);
  });
});
