// The colouring rule of spec §8.13, exactly as scenewire.scene.colormaps.map_values does it, plus the
// 256-entry lookup table a shader samples (within 1/255 of the rule, as §8.13 allows).
import { COLORMAP_POINTS } from "./colormap_points";
import type { NdArray, TypedArray } from "../state/types";

export const DEFAULT_COLORMAP = "viridis";
export const NAN_COLOR: readonly [number, number, number, number] = [1, 0, 1, 1];
export const NO_COLOR_FIELD: readonly [number, number, number, number] = [0.8, 0.8, 0.8, 1];
export const COLORMAP_NAMES: readonly string[] = Object.keys(COLORMAP_POINTS);

const warned = new Set<string>();

/** The map drawn for `name`: itself when listed, else viridis (logged once per unknown name). */
export function resolveColormap(name: unknown): string {
  if (typeof name === "string" && name in COLORMAP_POINTS) return name;
  const key = String(name);
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(`scenewire: unknown colour map ${JSON.stringify(key)}, drawn as viridis (§8.13)`);
  }
  return DEFAULT_COLORMAP;
}

/** RGB of map `name` at t in [0, 1]: linear interpolation in sRGB between the two control points around t. */
export function colorAt(name: string, t: number): [number, number, number] {
  const rows = COLORMAP_POINTS[resolveColormap(name)];
  if (!(t > rows[0][0])) return [rows[0][1], rows[0][2], rows[0][3]];
  const last = rows[rows.length - 1];
  if (t >= last[0]) return [last[1], last[2], last[3]];
  let i = 1;
  while (rows[i][0] < t) i++;
  const a = rows[i - 1], b = rows[i];
  const f = (t - a[0]) / (b[0] - a[0]);
  return [a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2]), a[3] + f * (b[3] - a[3])];
}

/** Where value v sits on the map (§8.13 rule 3): clamped to [0, 1]; NaN for NaN; 0.5 when low == high. */
export function position(v: number, low: number, high: number): number {
  if (Number.isNaN(v)) return NaN;
  if (!(high > low)) return 0.5;
  const t = (v - low) / (high - low);
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** The reference colour (r, g, b, a in 0..1) of one value, NaN magenta. */
export function mapValue(v: number, name: string, limits: readonly [number, number]): [number, number, number, number] {
  const t = position(v, limits[0], limits[1]);
  if (Number.isNaN(t)) return [...NAN_COLOR] as [number, number, number, number];
  return [...colorAt(name, t), 1];
}

/** `n` colours at t = i / (n - 1) as RGBA bytes, for a texture (a shader interpolates between them). */
export function lutBytes(name: string, n = 256): Uint8Array {
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) {
    const c = colorAt(name, i / (n - 1));
    out[4 * i] = Math.round(c[0] * 255);
    out[4 * i + 1] = Math.round(c[1] * 255);
    out[4 * i + 2] = Math.round(c[2] * 255);
    out[4 * i + 3] = 255;
  }
  return out;
}

/** CSS colour of an RGB(A) in 0..1. */
export function css(c: readonly number[]): string {
  return `rgb(${Math.round(c[0] * 255)}, ${Math.round(c[1] * 255)}, ${Math.round(c[2] * 255)})`;
}

function isBig(a: TypedArray): a is BigInt64Array | BigUint64Array {
  return a instanceof BigInt64Array || a instanceof BigUint64Array;
}

/** Element i as a float64 (bool and 64-bit integers included). */
export function num(a: TypedArray, i: number): number {
  return isBig(a) ? Number(a[i]) : (a[i] as number);
}

/** Limits "from the data" (§8.13 rule 2): finite min and max over every element of these arrays; none: [0, 1]. */
export function dataLimits(arrays: Iterable<NdArray | null | undefined>): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const arr of arrays) {
    if (!arr) continue;
    const d = arr.data;
    if (isBig(d)) {
      for (let i = 0; i < d.length; i++) { const v = Number(d[i]); if (v < lo) lo = v; if (v > hi) hi = v; }
    } else {
      for (let i = 0; i < d.length; i++) {
        const v = d[i];
        if (v < lo) lo = v; // NaN compares false; +-inf are filtered below
        if (v > hi) hi = v;
      }
      if (lo === -Infinity || hi === Infinity) {
        lo = Infinity; hi = -Infinity;
        for (let i = 0; i < d.length; i++) { const v = d[i]; if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; } }
      }
    }
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** A view's limits: its `color_limits` when a valid range, else from the data. */
export function viewLimits(given: unknown, arrays: Iterable<NdArray | null | undefined>): [number, number] {
  if (Array.isArray(given) && given.length === 2 && Number.isFinite(given[0]) && Number.isFinite(given[1]) && given[0] <= given[1]) {
    return [Number(given[0]), Number(given[1])];
  }
  return dataLimits(arrays);
}

/** Ticks for an axis or colour bar: "nice" steps (1, 2, 5 x 10^k) between low and high, about `count` of them. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (!(high > low) || !Number.isFinite(high - low)) return [low];
  const raw = (high - low) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

/** A tick label: short, no float noise. */
export function tickLabel(v: number): string {
  return Number(v.toPrecision(6)).toString();
}
