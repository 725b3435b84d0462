// Agreement between a segmentation and the hand-checked one: boundary precision, recall, F1, exact sentences.
// Boundaries are compared as counts of non-space characters before them, so white space never matters.

export interface Agreement {
  sentences: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  exactSentences: number;
}

export const EMPTY_AGREEMENT: Agreement = {
  sentences: 0,
  truePositives: 0,
  falsePositives: 0,
  falseNegatives: 0,
  exactSentences: 0,
};

function dense(sentence: string): number {
  return sentence.replace(/\s+/g, '').length;
}

/** Internal boundaries of a segmentation, as non-space character counts, plus the total. */
function boundaries(sentences: readonly string[]): { inner: number[]; total: number } {
  const inner: number[] = [];
  let total = 0;
  for (const sentence of sentences) {
    const length = dense(sentence);
    if (length === 0) continue;
    if (total > 0) inner.push(total);
    total += length;
  }
  return { inner, total };
}

export function compare(expected: readonly string[], actual: readonly string[]): Agreement {
  const want = boundaries(expected);
  const got = boundaries(actual);
  if (want.total !== got.total) {
    throw new Error(`compare: segmentations cover different texts (${want.total} vs ${got.total} characters)`);
  }
  const gotSet = new Set(got.inner);
  const wantSet = new Set(want.inner);
  const truePositives = want.inner.filter((b) => gotSet.has(b)).length;
  const edges = [0, ...want.inner, want.total];
  const allGot = [0, ...got.inner, got.total];
  let exactSentences = 0;
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i] as number;
    const end = edges[i + 1] as number;
    if (allGot.includes(start) && allGot.includes(end) && !got.inner.some((b) => b > start && b < end)) {
      exactSentences++;
    }
  }
  return {
    sentences: edges.length - 1,
    truePositives,
    falsePositives: got.inner.filter((b) => !wantSet.has(b)).length,
    falseNegatives: want.inner.length - truePositives,
    exactSentences,
  };
}

export function add(a: Agreement, b: Agreement): Agreement {
  return {
    sentences: a.sentences + b.sentences,
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
    exactSentences: a.exactSentences + b.exactSentences,
  };
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  exact: number;
}

export function scores(a: Agreement): Scores {
  const precision =
    a.truePositives + a.falsePositives === 0 ? 1 : a.truePositives / (a.truePositives + a.falsePositives);
  const recall = a.truePositives + a.falseNegatives === 0 ? 1 : a.truePositives / (a.truePositives + a.falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, exact: a.sentences === 0 ? 1 : a.exactSentences / a.sentences };
}
