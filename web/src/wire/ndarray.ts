// The ndarray extension (spec §9): type 120, a header then C-order little-endian data.
// Decoding returns a typed-array view of the frame's bytes where the data offset is aligned to the
// item size (no copy); otherwise one copy. float16 is widened to float32 (exact).
import type { NdArray, TypedArray } from "../state/types";
import { fail } from "./errors";
import { MAX_DTYPE_NAME, MAX_NDIM } from "./limits";

export const EXT_NDARRAY = 120;

type Ctor = { new (buf: ArrayBuffer, off: number, len: number): TypedArray; new (len: number): TypedArray; BYTES_PER_ELEMENT: number };

/** dtype name -> [item size, typed array it decodes into] (§9.2). */
export const DTYPES: Record<string, [number, Ctor]> = {
  bool: [1, Uint8Array as unknown as Ctor], int8: [1, Int8Array as unknown as Ctor],
  uint8: [1, Uint8Array as unknown as Ctor], int16: [2, Int16Array as unknown as Ctor],
  uint16: [2, Uint16Array as unknown as Ctor], int32: [4, Int32Array as unknown as Ctor],
  uint32: [4, Uint32Array as unknown as Ctor], int64: [8, BigInt64Array as unknown as Ctor],
  uint64: [8, BigUint64Array as unknown as Ctor], float16: [2, Float32Array as unknown as Ctor],
  float32: [4, Float32Array as unknown as Ctor], float64: [8, Float64Array as unknown as Ctor],
};

const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const SPAN_MAX = 2n ** 63n - 1n;

/** Decodes an ndarray payload (§9.4); every fault is bad_ndarray. */
export function decodeNdArray(p: Uint8Array): NdArray {
  if (p.length < 2) fail("bad_ndarray", "payload shorter than 2 bytes");
  const ndim = p[0]!, nameLen = p[1]!;
  if (ndim > MAX_NDIM) fail("bad_ndarray", `ndim ${ndim} > ${MAX_NDIM}`);
  if (nameLen === 0 || nameLen > MAX_DTYPE_NAME) fail("bad_ndarray", `dtype name length ${nameLen}`);
  const head = 2 + nameLen + 4 * ndim;
  const dataAt = (head + 7) & ~7;
  if (p.length < dataAt) fail("bad_ndarray", "payload shorter than its header");
  let dtype = "";
  for (let i = 0; i < nameLen; i++) dtype += String.fromCharCode(p[2 + i]!);
  const entry = Object.prototype.hasOwnProperty.call(DTYPES, dtype) ? DTYPES[dtype] : undefined;
  if (!entry) fail("bad_ndarray", `unknown dtype ${JSON.stringify(dtype)}`);
  const [itemSize, ctor] = entry;
  for (let i = head; i < dataAt; i++) if (p[i] !== 0) fail("bad_ndarray", "non-zero padding byte");
  const dv = new DataView(p.buffer, p.byteOffset, p.byteLength);
  const shape: number[] = [];
  let count = 1n, span = BigInt(itemSize);
  for (let i = 0; i < ndim; i++) {
    const d = dv.getUint32(2 + nameLen + 4 * i, true);
    shape.push(d);
    count *= BigInt(d);
    if (d !== 0) span *= BigInt(d);
    if (span > SPAN_MAX) fail("bad_ndarray", "dims span more than 2^63 - 1 bytes");
    if (count * BigInt(itemSize) > BigInt(p.length)) count = BigInt(p.length) + 1n; // stop growing
  }
  const n = Number(count);
  const dataLen = p.length - dataAt;
  if (count * BigInt(itemSize) !== BigInt(dataLen)) fail("bad_ndarray", `data is ${dataLen} bytes, the dims need ${count * BigInt(itemSize)}`);
  const bytes = p.subarray(dataAt);
  if (dtype === "bool") for (let i = 0; i < n; i++) if (bytes[i]! > 1) fail("bad_ndarray", `bool element ${bytes[i]}`);
  let data: TypedArray;
  if (dtype === "float16") data = widenFloat16(bytes, n);
  else if (!LITTLE && itemSize > 1) data = swapped(bytes, ctor, itemSize, n);
  else if ((bytes.byteOffset % itemSize) === 0) data = new ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset, n);
  else data = new ctor(bytes.slice().buffer, 0, n); // unaligned in the frame: one copy
  return new WireNdArray(dtype, shape, data);
}

function swapped(bytes: Uint8Array, ctor: Ctor, size: number, n: number): TypedArray {
  const copy = new Uint8Array(bytes.length);
  for (let i = 0; i < n; i++) for (let b = 0; b < size; b++) copy[i * size + b] = bytes[i * size + size - 1 - b]!;
  return new ctor(copy.buffer, 0, n);
}

/** IEEE binary16 bits -> the same value as a float (exact). */
export function float16ToNumber(h: number): number {
  const s = h & 0x8000 ? -1 : 1, e = (h >> 10) & 0x1f, f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

/** A float -> binary16 bits, rounded to nearest, ties to even (§7.11); NaN stays a quiet NaN. */
export function numberToFloat16(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  let a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a < 2 ** -24 * 0.5) return sign; // below half the smallest subnormal (ties handled below)
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e -= 1; else if (2 ** (e + 1) <= a) e += 1;
  if (e < -14) { // subnormal: units of 2^-24
    const m = roundEven(a / 2 ** -24);
    return sign | m; // m == 1024 becomes the smallest normal, which the bits express
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e += 1; }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | m;
}

function roundEven(v: number): number {
  const f = Math.floor(v), d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function widenFloat16(bytes: Uint8Array, n: number): Float32Array {
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = float16ToNumber(bytes[2 * i]! | (bytes[2 * i + 1]! << 8));
  return out;
}

/** The little-endian wire bytes of an array's elements (float16 narrowed back, exact). */
export function ndarrayBytes(a: NdArray): Uint8Array {
  const d = a.data;
  if (a.dtype === "float16") {
    const out = new Uint8Array(d.length * 2);
    for (let i = 0; i < d.length; i++) {
      const h = numberToFloat16(d[i] as number);
      out[2 * i] = h & 0xff; out[2 * i + 1] = h >> 8;
    }
    return out;
  }
  const bytes = new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  if (LITTLE || d.BYTES_PER_ELEMENT === 1) return bytes;
  const size = d.BYTES_PER_ELEMENT, out = new Uint8Array(bytes.length);
  for (let i = 0; i < d.length; i++) for (let b = 0; b < size; b++) out[i * size + b] = bytes[i * size + size - 1 - b]!;
  return out;
}

/** The ext 120 payload of an array (§9.1), zero padding. */
export function encodeNdArray(a: NdArray): Uint8Array {
  const nameLen = a.dtype.length, head = 2 + nameLen + 4 * a.shape.length, dataAt = (head + 7) & ~7;
  const data = ndarrayBytes(a);
  const out = new Uint8Array(dataAt + data.length);
  out[0] = a.shape.length; out[1] = nameLen;
  for (let i = 0; i < nameLen; i++) out[2 + i] = a.dtype.charCodeAt(i);
  const dv = new DataView(out.buffer);
  a.shape.forEach((d, i) => dv.setUint32(2 + nameLen + 4 * i, d, true));
  out.set(data, dataAt);
  return out;
}

/** Number of elements of a shape. */
export function sizeOf(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** A new array of `dtype`, `shape` holding `data` (its length must be the shape's size). */
export function makeNdArray(dtype: string, shape: number[], data?: TypedArray): NdArray {
  const entry = DTYPES[dtype];
  if (!entry) throw new Error(`unknown dtype ${dtype}`);
  return new WireNdArray(dtype, shape, data ?? new entry[1](sizeOf(shape)));
}

/** The one class of decoded arrays, so that a free-form map with keys dtype/shape/data is not one. */
export class WireNdArray implements NdArray {
  constructor(public dtype: string, public shape: number[], public data: TypedArray) {}
}

export function isNdArray(v: unknown): v is NdArray {
  return v instanceof WireNdArray;
}
