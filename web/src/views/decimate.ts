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

/**
 * Column boundaries for aligned decimation: bins[c] is the first sample index of column c of `columns`
 * equal columns over [x0, x1] (x ascending), bins[columns] = end. Every series of a plot shares them.
 */
export function columnBins(x: ArrayLike<number>, start: number, end: number, x0: number, x1: number, columns: number): Int32Array {
  const bins = new Int32Array(columns + 1);
  const w = (x1 - x0) / columns;
  let lo = start;
  for (let c = 0; c < columns; c++) {
    const edge = x0 + c * w;
    let a = lo, b = end;
    while (a < b) { const mid = (a + b) >>> 1; if (x[mid] < edge) a = mid + 1; else b = mid; }
    bins[c] = c === 0 ? start : a;
    lo = bins[c];
  }
  bins[columns] = end;
  return bins;
}

/**
 * Aligned min/max decimation: for each non-empty column, two points, the column's smallest and largest
 * y in the order they occur, at x = the column's quarter and three-quarter marks. Every series of a plot
 * gets the same x (uPlot's aligned data), a spike of one sample keeps its height, and the y range of
 * what is drawn equals the y range of the samples (§8.3.4's axis is computed from it unchanged).
 * y is read as data[base + i * stride] (a line of an n-d field, no copy). A column of NaN only is a gap (null).
 */
export function minMaxColumns(
  data: ArrayLike<number>, base: number, stride: number, bins: Int32Array, out: Array<number | null>,
): void {
  let k = 0;
  const columns = bins.length - 1;
  for (let c = 0; c < columns; c++) {
    const a = bins[c], b = bins[c + 1];
    if (a === b) continue;
    let lo = NaN, hi = NaN, ilo = -1, ihi = -1;
    for (let i = a; i < b; i++) {
      const v = data[base + i * stride];
      if (v !== v) continue;
      if (ilo < 0 || v < lo) { lo = v; ilo = i; }
      if (ihi < 0 || v > hi) { hi = v; ihi = i; }
    }
    if (ilo < 0) { out[k++] = null; out[k++] = null; }
    else if (ilo <= ihi) { out[k++] = lo; out[k++] = hi; }
    else { out[k++] = hi; out[k++] = lo; }
  }
  out.length = k;
}

/** The x of minMaxColumns's points: two per non-empty column. */
export function columnXs(bins: Int32Array, x0: number, x1: number): number[] {
  const columns = bins.length - 1, w = (x1 - x0) / columns, out: number[] = [];
  for (let c = 0; c < columns; c++) if (bins[c] !== bins[c + 1]) out.push(x0 + (c + 0.25) * w, x0 + (c + 0.75) * w);
  return out;
}
