// Leave-one-file-out cross-validation of boundary models for the Thai spaces the rules leave undecided, on the
// tuning data only (thai-dev tuning files and the Thai fixtures; never the held-out part). For each of the 16 files,
// each model is trained on the other 15 and decides the left-out file's undecided spaces (a break when its score
// reaches the threshold, still subject to minLength), through the segmenter itself (sentenceBreaksJudged); the
// agreement of rules + model is summed over the 16 left-out files. Round four: no variant added a boundary without
// a wrong split (docs/segmentation-thai.md).
// Usage: npx tsx bench/thai-boundary-model.ts [variant-name-substring]
import { explainSentenceBreaks, sentenceBreaksJudged } from '../pipeline/segment/sentences.ts';
import { add, compare, EMPTY_AGREEMENT, type Agreement, scores } from '../test/segment/agreement.ts';
import { denseBefore, trueBoundaries, tuningTexts, type TuningText } from './thai-candidates.ts';
import { features, verbFeatures } from './thai-features.ts';
import { induceVerbs, unmarkedThai } from './thai-verbs.ts';

interface Example {
  file: string;
  /** The rule that decided it alone: `fallback` for the spaces the model may decide. */
  rule: string;
  text: string;
  offset: number;
  last: number;
  features: string[];
  label: boolean;
}

function examples(texts: readonly TuningText[]): Example[] {
  const out: Example[] = [];
  for (const item of texts) {
    const gold = trueBoundaries(item.expected);
    let last = 0;
    for (const d of explainSentenceBreaks(item.text, 'th', item.protect)) {
      if (d.rule !== 'protected' && d.rule !== 'empty') {
        out.push({
          file: item.file,
          rule: d.rule,
          text: item.text,
          offset: d.offset,
          last,
          features: features(item.text, d.offset, last),
          label: gold.has(denseBefore(item.text, d.offset)),
        });
      }
      if (d.break) last = d.offset;
    }
  }
  return out;
}

type Scorer = (feats: string[]) => number;

/**
 * L2 logistic regression, full-batch Adagrad from zero (deterministic); positives weighted `posWeight` times, as
 * they are ~1.5 % of the spaces.
 */
export function logistic(train: readonly Example[], lambda: number, posWeight = 1, epochs = 400, rate = 0.3): Scorer {
  const w = new Map<string, number>();
  const acc = new Map<string, number>();
  const n = train.reduce((s, ex) => s + (ex.label ? posWeight : 1), 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map<string, number>();
    for (const ex of train) {
      const z = ex.features.reduce((s, f) => s + (w.get(f) ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - (ex.label ? 1 : 0)) * (ex.label ? posWeight : 1);
      for (const f of ex.features) grad.set(f, (grad.get(f) ?? 0) + g);
    }
    for (const [f, g0] of grad) {
      const cur = w.get(f) ?? 0;
      const g = g0 / n + (f === 'bias' ? 0 : lambda * cur);
      const a = (acc.get(f) ?? 0) + g * g;
      acc.set(f, a);
      w.set(f, cur - (rate * g) / (Math.sqrt(a) + 1e-8));
    }
  }
  return (feats) => 1 / (1 + Math.exp(-feats.reduce((s, f) => s + (w.get(f) ?? 0), 0)));
}

/**
 * A decision list: conjunctions of one or two features with positives from at least `minFiles` files and at most
 * `maxNegatives` negatives in training; score 1 when one fires.
 */
function decisionList(
  train: readonly Example[],
  minFiles: number,
  maxNegatives = 0,
): { scorer: Scorer; rules: string[][] } {
  const posFiles = new Map<string, Set<string>>();
  const negs = new Map<string, number>();
  const keyOf = (fs: string[]): string[] => {
    const keys = [...fs];
    for (let i = 0; i < fs.length; i++) for (let j = i + 1; j < fs.length; j++) keys.push(`${fs[i]}&${fs[j]}`);
    return keys;
  };
  for (const ex of train) {
    for (const k of keyOf(ex.features)) {
      if (ex.label) {
        const set = posFiles.get(k) ?? new Set();
        set.add(ex.file);
        posFiles.set(k, set);
      } else negs.set(k, (negs.get(k) ?? 0) + 1);
    }
  }
  const chosen = [...posFiles]
    .filter(([k, files]) => files.size >= minFiles && (negs.get(k) ?? 0) <= maxNegatives)
    .sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))
    .map(([k]) => k);
  const set = new Set(chosen);
  return { scorer: (fs) => (keyOf(fs).some((k) => set.has(k)) ? 1 : 0), rules: chosen.map((k) => k.split('&')) };
}

function evaluate(
  texts: readonly TuningText[],
  scorer: Scorer | undefined,
  threshold: number,
  verbs?: ReadonlySet<string>,
): Agreement {
  let total = EMPTY_AGREEMENT;
  for (const item of texts) {
    const breaks = sentenceBreaksJudged(item.text, 'th', item.protect, (work, offset, last) => {
      if (!scorer) return false;
      const fs = features(work, offset, last);
      if (verbs) fs.push(...verbFeatures(work, offset, last, verbs));
      return scorer(fs) >= threshold;
    });
    const edges = [0, ...breaks, item.text.length];
    const actual = edges.slice(0, -1).map((s, i) => item.text.slice(s, edges[i + 1]).trim());
    total = add(total, compare(item.expected, actual));
  }
  return total;
}

function fmt(a: Agreement): string {
  const { precision, recall } = scores(a);
  const tp = a.truePositives;
  return `P ${precision.toFixed(3)} (${tp}/${tp + a.falsePositives})  R ${recall.toFixed(3)} (${tp}/${tp + a.falseNegatives})`;
}

const texts = tuningTexts();
const everything = examples(texts);
const all = everything.filter((e) => e.rule === 'fallback');
const files = [...new Set(texts.map((t) => t.file))];
console.log(
  `${texts.length} paragraphs in ${files.length} files; ${all.length} undecided spaces, ${all.filter((e) => e.label).length} true`,
);
console.log(`rules alone${' '.repeat(30)}${fmt(evaluate(texts, undefined, 1))}`);

type Trainer = (train: Example[]) => Scorer;
/**
 * Name, trainer, whether it trains on every space (rule-decided ones too) or only the undecided ones, thresholds,
 * and whether the clause-shape features of a verb lexicon induced from the other files' unmarked text are added.
 */
const VARIANTS: [string, Trainer, boolean, number[], boolean?][] = [
  ['logistic, undecided, λ=0.01', (tr) => logistic(tr, 0.01), false, [0.5, 0.7, 0.9]],
  ['logistic, undecided, λ=0.001, pos×10', (tr) => logistic(tr, 0.001, 10), false, [0.5, 0.7, 0.9]],
  ['logistic, all spaces, λ=0.001', (tr) => logistic(tr, 0.001), true, [0.5, 0.7, 0.9]],
  ['logistic, all spaces, λ=0.001, pos×5', (tr) => logistic(tr, 0.001, 5), true, [0.5, 0.7, 0.9]],
  ['decision list, ≥2 files, 0 neg', (tr) => decisionList(tr, 2).scorer, false, [1]],
  ['decision list, ≥2 files, ≤1 neg', (tr) => decisionList(tr, 2, 1).scorer, false, [1]],
  ['logistic + verbs, undecided, λ=0.01', (tr) => logistic(tr, 0.01), false, [0.5, 0.7, 0.9], true],
  ['logistic + verbs, undecided, λ=0.001, pos×10', (tr) => logistic(tr, 0.001, 10), false, [0.5, 0.7, 0.9], true],
  ['logistic + verbs, all spaces, λ=0.001', (tr) => logistic(tr, 0.001), true, [0.5, 0.7, 0.9], true],
  ['decision list + verbs, ≥2 files, 0 neg', (tr) => decisionList(tr, 2).scorer, false, [1], true],
];
const unmarked = unmarkedThai();
/** The corpus file of a fixture or marks file name (`fixtures/x.th.txt` → `x.th.txt`). */
const corpusFile = (file: string): string => file.replace(/^fixtures\//, '');
const only = process.argv[2];
for (const [name, train, wide, thresholds, withVerbs] of VARIANTS) {
  if (only && !name.includes(only)) continue;
  const totals = thresholds.map(() => EMPTY_AGREEMENT);
  const pooled: { score: number; label: boolean }[] = [];
  for (const file of files) {
    const verbs = withVerbs
      ? induceVerbs(unmarked.filter((u) => u.file !== corpusFile(file)).map((u) => u.text))
      : undefined;
    const withShape = (e: Example): Example =>
      verbs ? { ...e, features: [...e.features, ...verbFeatures(e.text, e.offset, e.last, verbs)] } : e;
    const scorer = train((wide ? everything : all).filter((e) => e.file !== file).map(withShape));
    const left = texts.filter((t) => t.file === file);
    thresholds.forEach((th, i) => {
      totals[i] = add(totals[i] as Agreement, evaluate(left, scorer, th, verbs));
    });
    for (const e of all.filter((x) => x.file === file)) {
      pooled.push({ score: scorer(withShape(e).features), label: e.label });
    }
  }
  for (const [i, th] of thresholds.entries()) {
    console.log(`${name.padEnd(38)} ≥${th.toFixed(1)}  ${fmt(totals[i] as Agreement)}`);
  }
  // Where the true undecided spaces rank among all left-out scores (1 = highest); ties keep file order.
  pooled.sort((a, b) => b.score - a.score);
  const ranks = pooled.flatMap((p, i) => (p.label ? [i + 1] : []));
  const fired = pooled.filter((p) => p.score >= Math.min(...thresholds)).length;
  // A decision list scores 0 or 1: its ranks would only be file order.
  const where = name.startsWith('logistic') ? `; true ones rank ${ranks.join(' ')} of ${pooled.length}` : '';
  console.log(`   ${fired} undecided spaces reach the lowest threshold${where}`);
}
