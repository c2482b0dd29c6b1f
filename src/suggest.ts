/**
 * "Did you mean …?" for mistyped commands, options and rule ids.
 *
 * Distance is Damerau-Levenshtein in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of two adjacent characters each cost 1. Transpositions are
 * the commonest typo (`lnit`, `--fromat`), which plain Levenshtein (what fastest-levenshtein
 * computes) counts as 2; candidates are a few dozen short words, so speed does not matter and
 * fifteen lines beat a dependency.
 */

/** Edit distance between `a` and `b` (optimal string alignment; cost 1 per edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The closest candidate to `input`, when it is close enough to be a typo: at most a third of its
 * length (at least 1, at most 3) edits away, compared without case. A candidate that starts with
 * the input (`--data` → `--database-url`) counts as close when the input has 3 or more characters.
 * Ties go to the earlier candidate.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const needle = input.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    const hay = c.toLowerCase();
    const dist = hay === needle ? 0 : editDistance(needle, hay);
    if (dist < bestDistance && dist <= limit) {
      best = c;
      bestDistance = dist;
    }
  }
  if (best !== undefined) return best;
  if (needle.replace(/^-+/, '').length >= 3) {
    const prefixed = list.filter((c) => c.toLowerCase().startsWith(needle));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/** ` (did you mean "X"?)`, or '' when nothing is close. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
