// How far apart two words are, for "did you mean" and for a heading typed with a typo.

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * Whether two texts are at most `limit` edits apart: `editDistance(a, b) <= limit`, with
 * only the cells near the diagonal worked out and the work given up once every cell of a
 * row is past the limit, for comparing many texts where few are close.
 */
export function withinEditDistance(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const outside = limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 ? i : outside;
    let least = current[from - 1];
    for (let j = from; j <= to; j++) {
      const above = j <= i - 1 + limit ? previous[j] : outside;
      const value = Math.min(above + 1, current[j - 1] + 1, previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < least) least = value;
    }
    if (least > limit) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= limit;
}

/**
 * Edits between two texts when two letters swapped count as one, as a typist makes them
 * ("Fatcs" is one typo from "Facts", not two): the optimal string alignment distance.
 */
export function typoDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
    }
    [beforePrevious, previous] = [previous, current];
  }
  return previous[b.length];
}

/** The single closest candidate within a typo's reach (`typoDistance`), or undefined when none or several fit. */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const needle = value.toLowerCase();
  const limit = Math.max(1, Math.min(3, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const distance = typoDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return best !== undefined && bestDistance <= limit && !tie ? best : undefined;
}
