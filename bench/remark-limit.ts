// The limit: what any Markdown-preserving tool does at least — read each release, parse it with remark and the
// plugins silkbridge uses (pipeline/markdown.ts), print it back, write it. Nothing else.
// Run as a child of bench/run.ts: tsx bench/remark-limit.ts CORPUS_DIR OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, stringifyMarkdown } from '../pipeline/markdown.ts';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  process.stderr.write('usage: tsx bench/remark-limit.ts CORPUS_DIR OUT_DIR\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
let files = 0;
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.md'))
  .sort()) {
  writeFileSync(join(out, name), stringifyMarkdown(parseMarkdown(readFileSync(join(dir, name), 'utf8'))));
  files++;
}
process.stdout.write(`${JSON.stringify({ files })}\n`);
