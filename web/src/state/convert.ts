// Converting values to a field's dtype (spec §7.11): one rule for every language, so that every
// receiver holds the same bytes. A value the rule refuses makes the whole update not fit (null).
import type { NdArray, TypedArray } from "./types";
import { makeNdArray, numberToFloat16 } from "../wire/ndarray";

const INT_RANGE: Record<string, [bigint, bigint]> = {
  int8: [-128n, 127n], uint8: [0n, 255n], int16: [-32768n, 32767n], uint16: [0n, 65535n],
  int32: [-(2n ** 31n), 2n ** 31n - 1n], uint32: [0n, 2n ** 32n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n], uint64: [0n, 2n ** 64n - 1n],
};
const FLOAT = new Set(["float16", "float32", "float64"]);

export const isIntDtype = (d: string): boolean => d in INT_RANGE;
export const isFloatDtype = (d: string): boolean => FLOAT.has(d);

/** Converts `data` (elements of dtype `from`) to dtype `to`, or null when one value does not fit. */
export function convertData(data: TypedArray, from: string, to: string): TypedArray | null {
  if (from === to) return data;
  if (from === "bool" || to === "bool") return null;
  const n = data.length;
  const out = makeNdArray(to, [n]).data;
  if (FLOAT.has(to)) {
    for (let i = 0; i < n; i++) {
      const x = Number(data[i]!);
      if (to === "float16") out[i] = fromF16Rounded(x);
      else out[i] = x; // Float32Array and Float64Array round to nearest, ties to even
    }
    return out;
  }
  const [lo, hi] = INT_RANGE[to]!;
  const big = to === "int64" || to === "uint64";
  for (let i = 0; i < n; i++) {
    const v = data[i]!;
    let b: bigint;
    if (typeof v === "bigint") b = v;
    else if (FLOAT.has(from)) {
      if (!Number.isFinite(v) || !Number.isInteger(v)) return null;
      b = BigInt(v);
    } else b = BigInt(v);
    if (b < lo || b > hi) return null;
    out[i] = (big ? b : Number(b)) as never;
  }
  return out;
}

/** A float16 array holds widened values: round to binary16 and widen back (exact). */
function fromF16Rounded(x: number): number {
  const h = numberToFloat16(x);
  const s = h & 0x8000 ? -1 : 1, e = (h >> 10) & 0x1f, f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/** An array converted to `to` (§7.11), or null. */
export function convertArray(a: NdArray, to: string): NdArray | null {
  const data = convertData(a.data, a.dtype, to);
  return data === null ? null : data === a.data ? a : makeNdArray(to, a.shape.slice(), data);
}

/** The implicit coordinates start..end-1 of a dim without coordinates, in `dtype`, or null (§7.3 step 5). */
export function implicitCoords(start: number, end: number, dtype: string): TypedArray | null {
  const n = Math.max(0, end - start);
  const src = new Float64Array(n);
  for (let i = 0; i < n; i++) src[i] = start + i;
  return convertData(src, "float64", dtype);
}

