// Loaded with `node --import` into a benchmark child when /usr/bin/time is missing: at exit, writes the process's
// peak RSS (KB) and CPU seconds to $BENCH_USAGE_FILE in /usr/bin/time's "%M %U %S" layout.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
  });
}
