// Length in Unicode code points, as Google bills and limits a request: one place for the provider and the emulator.
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
