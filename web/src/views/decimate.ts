// Min/max decimation for line plots: per pixel column, the first, smallest, largest and last sample
// (in their order along x), so a one-sample spike stays visible at any zoom and the line still joins up.

export interface Decimated { x: Float64Array; y: Float64Array; }

/**
 * Reduce samples (x ascending) between indices [start, end) to at most 4 per column of `columns`
 * equal columns spanning [x0, x1]. NaN y values are kept as gaps (one per column where they occur).
 * Fewer samples than 4 per column are returned as they are.
 */
export function decimateMinMax(
  x: ArrayLike<number>, y: ArrayLike<number>, start: number, end: number,
  x0: number, x1: number, columns: number,
): Decimated {
  const n = end - start;
  if (n <= 4 * columns || !(x1 > x0) || columns < 1) {
    const xs = new Float64Array(n), ys = new Float64Array(n);
    for (let i = 0; i < n; i++) { xs[i] = x[start + i]; ys[i] = y[start + i]; }
    return { x: xs, y: ys };
  }
  const xs = new Float64Array(5 * columns + 8), ys = new Float64Array(5 * columns + 8);
  let k = 0;
  const scale = columns / (x1 - x0);
  let i = start;
  while (i < end) {
    const col = Math.min(columns - 1, Math.max(-1, Math.floor((x[i] - x0) * scale)));
    let first = i, last = i, lo = -1, hi = -1, gap = -1;
    for (; i < end; i++) {
      const c = Math.min(columns - 1, Math.max(-1, Math.floor((x[i] - x0) * scale)));
      if (c !== col) break;
      const v = y[i];
      last = i;
      if (Number.isNaN(v)) { if (gap < 0) gap = i; continue; }
      if (lo < 0 || v < y[lo]) lo = i;
      if (hi < 0 || v > y[hi]) hi = i;
    }
    const picks = [first, lo, hi, gap, last].filter((p) => p >= 0).sort((a, b) => a - b);
    let prev = -1;
    for (const p of picks) {
      if (p === prev) continue;
      prev = p;
      if (k >= xs.length) break;
      xs[k] = x[p]; ys[k] = y[p]; k++;
    }
  }
  return { x: xs.subarray(0, k), y: ys.subarray(0, k) };
}

/** First index i in [0, n) with a[i] >= v (a ascending); n when none. */
export function lowerBound(a: ArrayLike<number>, v: number, n = a.length): number {
  let lo = 0, hi = n;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (a[mid] < v) lo = mid + 1; else hi = mid; }
  return lo;
}
