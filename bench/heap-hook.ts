// Loaded with `node --import` into a benchmark child to measure its live memory rather than its peak RSS (which
// also holds the garbage V8 has not collected yet): every 250 ms it forces a full collection and records the main
// thread's heap in use; at exit it writes the highest value, in MB, to $BENCH_HEAP_FILE. The forced collections
// slow the run down, so the timed runs never load it.
import { writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const file = process.env.BENCH_HEAP_FILE;
if (file) {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let highest = 0;
  const sample = () => {
    gc();
    highest = Math.max(highest, process.memoryUsage().heapUsed);
  };
  setInterval(sample, 250).unref();
  process.on('exit', () => {
    sample();
    writeFileSync(file, `${(highest / 1024 / 1024).toFixed(1)}\n`);
  });
}
