// Reads files one after another into one reused buffer. A Buffer per file lives in malloc's heap until V8 collects
// it: the manifest check reads every release a re-run may leave alone, and at N = 2,000 those buffers left the main
// thread's malloc heap ~7 MB larger for the whole run (docs/performance.md).
import { closeSync, openSync, readSync } from 'node:fs';

const FIRST_SIZE = 64 * 1024;

/** A reader whose result is a view of its buffer, valid until its next call. */
export function createFileReader(): (file: string) => Buffer {
  let scratch = Buffer.allocUnsafeSlow(FIRST_SIZE);
  return (file) => {
    const fd = openSync(file, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === scratch.length) {
          const larger = Buffer.allocUnsafeSlow(scratch.length * 2);
          scratch.copy(larger, 0, 0, length);
          scratch = larger;
        }
        const read = readSync(fd, scratch, length, scratch.length - length, null);
        if (read === 0) return scratch.subarray(0, length);
        length += read;
      }
    } finally {
      closeSync(fd);
    }
  };
}
