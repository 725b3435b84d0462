// Agreement of the sentence segmenter, and of raw Intl.Segmenter, with the hand-checked fixtures.
// Usage: npx tsx bench/segment-agreement.ts [--verbose] [--tuning]   (--verbose prints every passage that differs;
// --tuning reads only the thai-dev tuning files and the Thai fixtures, never the held-out part, for rule work)
import { Command } from 'commander';
import { splitSentences } from '../pipeline/segment/sentences.ts';
import { LOCALES, type Locale } from '../pipeline/types.ts';
import { add, compare, EMPTY_AGREEMENT, scores, type Agreement } from '../test/segment/agreement.ts';
import { loadCases, type Case } from '../test/segment/corpus.ts';
import { heldOutFiles, loadMarks, markedTexts } from '../test/segment/marks.ts';

type Segmenter = (text: string, locale: Locale, protect: [number, number][]) => string[];

const ours: Segmenter = (text, locale, protect) => splitSentences(text, locale, protect);
const icu: Segmenter = (text, locale) =>
  [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((piece) => piece.segment);

function measure(cases: readonly Case[], segment: Segmenter, verbose: boolean, label: string): Agreement {
  let total = EMPTY_AGREEMENT;
  for (const item of cases) {
    const actual = segment(item.text, item.locale, item.protect).map((sentence) => sentence.trim());
    const agreement = compare(item.expected, actual);
    total = add(total, agreement);
    if (verbose && (agreement.falsePositives > 0 || agreement.falseNegatives > 0)) {
      console.log(`  [${label}] ${item.id}${item.passage.knownWrong ? ' (known wrong)' : ''}`);
      for (const sentence of actual) console.log(`      | ${sentence}`);
    }
  }
  return total;
}

function row(name: string, agreement: Agreement): string {
  const { precision, recall, f1, exact } = scores(agreement);
  const pct = (value: number): string => `${(value * 100).toFixed(1)}%`.padStart(7);
  const counts = `tp ${agreement.truePositives} fp ${agreement.falsePositives} fn ${agreement.falseNegatives}`;
  return `  ${name.padEnd(16)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  exact ${pct(exact)}  (${counts})`;
}

/** The hand-marked thai-dev paragraphs as cases: held-out and tuning files apart. */
function markedCases(heldOut: boolean): Case[] {
  const held = new Set(heldOutFiles('thai-dev'));
  return loadMarks('thai-dev')
    .filter((file) => held.has(file.source) === heldOut)
    .flatMap((file) =>
      markedTexts(file).map((item) => ({
        id: item.id,
        locale: 'th' as const,
        text: item.text,
        protect: [],
        passage: { line: 0 },
        expected: item.expected,
      })),
    );
}

export function main(argv: readonly string[]): void {
  const {
    verbose = false,
    tuning = false,
    icu: showIcu = false,
  } = new Command('segment-agreement')
    .description('sentence-boundary agreement with the hand-marked passages, silkbridge against Intl.Segmenter')
    .option('--tuning', 'only the thai-dev tuning files and the Thai fixtures, never the held-out part')
    .option('--verbose', "print each passage where silkbridge's boundaries differ from the marks")
    .option('--icu', "with --verbose, Intl.Segmenter's differences too")
    .parse(argv, { from: 'user' })
    .opts<{ verbose?: boolean; tuning?: boolean; icu?: boolean }>();
  const marked: [string, () => Case[]][] = [
    ['thai-dev held out', () => markedCases(true)],
    ['thai-dev tuning', () => markedCases(false)],
  ];
  for (const [group, load] of tuning ? marked.slice(1) : marked) {
    const cases = load();
    const sentences = cases.reduce((sum, item) => sum + item.expected.length, 0);
    console.log(`th ${group}: ${cases.length} paragraphs, ${sentences} hand-marked sentences`);
    console.log(row('silkbridge', measure(cases, ours, verbose, 'silkbridge')));
    console.log(row('Intl.Segmenter', measure(cases, icu, verbose && showIcu, 'icu')));
  }
  for (const locale of tuning ? (['th'] as const) : LOCALES) {
    const all = loadCases(locale);
    const groups: [string, Case[]][] = [
      ['corpus', all.filter((item) => item.passage.text === undefined)],
      ['invented', all.filter((item) => item.passage.text !== undefined)],
    ];
    for (const [group, cases] of groups) {
      if (cases.length === 0) continue;
      const sentences = cases.reduce((sum, item) => sum + item.expected.length, 0);
      const knownWrong = cases.filter((item) => item.passage.knownWrong).length;
      console.log(
        `${locale} ${group}: ${cases.length} passages, ${sentences} hand-checked sentences, ${knownWrong} known wrong`,
      );
      console.log(row('silkbridge', measure(cases, ours, verbose, 'silkbridge')));
      console.log(row('Intl.Segmenter', measure(cases, icu, verbose && showIcu, 'icu')));
    }
  }
}

main(process.argv.slice(2));
