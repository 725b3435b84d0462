// The flags node runs the command line with: the npm scripts (package.json, which cannot import this), scripts/bin.js
// and the benchmark. --expose-gc lets the main thread keep its heap in budget (pipeline/run/heap-budget.ts);
// --single-threaded-gc keeps V8's collector off helper threads, which on a machine whose cores the release workers
// already fill only contend with them (docs/performance.md).
export const NODE_FLAGS = ['--expose-gc', '--single-threaded-gc'];
