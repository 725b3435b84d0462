// Multiset difference for the short lists checks compare (codes, links): a handful of items, so a linear scan.

/** `a` minus `b` as multisets, in the order of `a`: what `a` has more of than `b`. */
export function minus(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return [...a];
  const rest = [...b];
  return a.filter((item) => {
    const i = rest.indexOf(item);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}
