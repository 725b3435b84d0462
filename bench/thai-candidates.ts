// The Thai candidate spaces of the tuning data (thai-dev tuning files and the Thai fixtures, never the held-out
// part), each with the rule that decided it and the hand-marked answer: the data of the boundary model's training
// and cross-validation (bench/thai-boundary-model.ts).
import { explainSentenceBreaks } from '../pipeline/segment/sentences.ts';
import { loadCases } from '../test/segment/corpus.ts';
import { heldOutFiles, loadMarks, markedTexts } from '../test/segment/marks.ts';

/** One paragraph of tuning data: the group it is left out with in cross-validation, its text and true breaks. */
export interface TuningText {
  /** The corpus or fixture file: the unit of leave-one-file-out. */
  file: string;
  id: string;
  text: string;
  protect: [number, number][];
  expected: string[];
}

/** The ten tuning files' marked paragraphs and every Thai fixture passage (corpus and invented). */
export function tuningTexts(): TuningText[] {
  const held = new Set(heldOutFiles('thai-dev'));
  const marked = loadMarks('thai-dev')
    .filter((file) => !held.has(file.source))
    .flatMap((file) =>
      markedTexts(file).map((item) => ({
        file: file.source,
        id: item.id,
        text: item.text,
        protect: [] as [number, number][],
        expected: item.expected,
      })),
    );
  const fixtures = loadCases('th').map((item) => ({
    file: `fixtures/${item.id.slice(0, item.id.lastIndexOf(':'))}`,
    id: item.id,
    text: item.text,
    protect: item.protect,
    expected: item.expected,
  }));
  return [...marked, ...fixtures];
}

/** Non-space characters before each true boundary (as test/segment/agreement.ts compares them). */
export function trueBoundaries(expected: readonly string[]): Set<number> {
  const out = new Set<number>();
  let total = 0;
  for (const sentence of expected) {
    const length = sentence.replace(/\s+/g, '').length;
    if (length === 0) continue;
    if (total > 0) out.add(total);
    total += length;
  }
  return out;
}

export function denseBefore(text: string, offset: number): number {
  return text.slice(0, offset).replace(/\s+/g, '').length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = new Map<string, [number, number]>();
  const show = process.argv.slice(2);
  for (const item of tuningTexts()) {
    const gold = trueBoundaries(item.expected);
    for (const decision of explainSentenceBreaks(item.text, 'th', item.protect)) {
      const truth = gold.has(denseBefore(item.text, decision.offset));
      const key = `${decision.rule} ${decision.break ? 'break' : 'keep'}`;
      const pair = counts.get(key) ?? [0, 0];
      pair[truth ? 0 : 1]++;
      counts.set(key, pair);
      if (truth && show.includes(decision.rule)) {
        const o = decision.offset;
        console.log(
          `${item.id} @${o} [${decision.rule}] …${item.text.slice(Math.max(0, o - 60), o)}|${item.text.slice(o, o + 60)}…`,
        );
      }
    }
  }
  for (const [key, [yes, no]] of [...counts].sort()) console.log(`${key.padEnd(40)} true ${yes}  false ${no}`);
}
