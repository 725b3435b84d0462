// How many of the CommonMark spec's 652 examples render the same HTML after remark's parse → stringify, and
// after the whole pipeline with the identity translation. Run: npx tsx bench/commonmark.ts
import spec from 'commonmark-spec';
import { parseMarkdown, stringifyMarkdown } from '../pipeline/markdown.ts';
import { identityRoundTrip, toHtml } from '../test/roundtrip/identity.ts';

const same = (markdown: string, transform: (md: string) => string): boolean => {
  try {
    return toHtml(transform(markdown)) === toHtml(markdown);
  } catch {
    return false;
  }
};
let remark = 0;
let pipeline = 0;
const lost: number[] = [];
for (const example of spec.tests) {
  const markdown = example.markdown.replaceAll('→', '\t');
  const r = same(markdown, (md) => stringifyMarkdown(parseMarkdown(md)));
  const p = same(markdown, (md) => identityRoundTrip(md));
  if (r) remark++;
  if (p) pipeline++;
  if (r && !p) lost.push(example.number);
}
console.log(
  `CommonMark ${spec.tests.length} examples: remark parse→stringify keeps ${remark}, pipeline (identity) keeps ${pipeline}`,
);
console.log(`kept by remark but not by the pipeline: ${lost.length ? lost.map((n) => `#${n}`).join(', ') : 'none'}`);
