// Thai print sets Latin words off with spaces ("ผ่าน WeChat Pay ได้"). A translation stores locks, not forms, so when
// a locked form is Latin and Thai text touches it, the space is added here; a glossary change from a Thai form to a
// Latin one (เทนเซ็นต์ → Tencent) then needs no re-translation to read right.
import { normalizeRuns } from '../runs.ts';
import type { Run } from '../types.ts';

const THAI = /\p{Script=Thai}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

export function spaceLatinLocks(runs: readonly Run[], formOf: (term: string) => string): Run[] {
  const out: Run[] = [];
  runs.forEach((run, index) => {
    if (run.type !== 'lock') {
      out.push(run);
      return;
    }
    const form = formOf(run.term);
    const before = runs[index - 1];
    const after = runs[index + 1];
    if (before?.type === 'text' && THAI.test(before.value.slice(-1)) && LATIN_OR_DIGIT.test(form[0] ?? '')) {
      out.push({ type: 'text', value: ' ' });
    }
    out.push(run);
    if (after?.type === 'text' && THAI.test(after.value[0] ?? '') && LATIN_OR_DIGIT.test(form.slice(-1))) {
      out.push({ type: 'text', value: ' ' });
    }
  });
  return normalizeRuns(out);
}
