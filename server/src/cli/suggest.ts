/** "Did you mean …": the known names nearest to a mistyped one, by edit distance. */

/** Levenshtein distance, case-insensitive (a wrong capital is one of the commonest slips). */
export function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The known names within `maxDistance` of `name` (at most three, nearest first).
 * The bound grows with the name's length, so a long code may differ in a few letters.
 */
export function nearest(name: string, known: string[], maxDistance = Math.max(2, Math.floor(name.length / 4))): string[] {
  return known
    .map((k) => ({ k, d: editDistance(name, k) }))
    .filter((x) => x.d <= maxDistance)
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k))
    .slice(0, 3)
    .map((x) => x.k);
}
