// A strict MessagePack decoder (spec §10 "decoders accept", §11 limits, §12.3 stage 1) and the
// canonical encoder (§10). Hand-written rather than @msgpack/msgpack's: the protocol needs the
// duplicate-key and non-string-key faults, counts checked against the bytes left before any
// allocation, the depth limit while parsing, one error code per fault, and ext 120 decoded into a
// typed-array view of the frame (docs/decisions.md D33).
import { fail } from "./errors";
import { WireFloat, float } from "./float";
import { EXT_NDARRAY, decodeNdArray, encodeNdArray, isNdArray } from "./ndarray";
import { MAX_DEPTH, MAX_FRAME_BYTES } from "./limits";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8enc = new TextEncoder();

export interface DecodeOptions {
  maxFrameBytes?: number;
  maxDepth?: number;
}

/**
 * Decodes one frame into plain values: map -> object (string keys), array -> array, int ->
 * number (bigint past 2^53), float -> number (a whole one as WireFloat), bin -> Uint8Array,
 * ext 120 -> NdArray. Throws ProtocolError with the §12 code of the first fault met.
 */
export function decode(frame: Uint8Array, opts: DecodeOptions = {}): unknown {
  const maxFrame = opts.maxFrameBytes ?? MAX_FRAME_BYTES;
  if (frame.length > maxFrame) fail("limit_exceeded", `frame of ${frame.length} bytes over the limit of ${maxFrame}`);
  if (frame.length === 0) fail("malformed_msgpack", "empty frame");
  const r = new Reader(frame, opts.maxDepth ?? MAX_DEPTH);
  const v = r.value(0);
  if (r.pos !== frame.length) fail("malformed_msgpack", `${frame.length - r.pos} bytes after the message`);
  return v;
}

class Reader {
  pos = 0;
  private dv: DataView;
  constructor(private b: Uint8Array, private maxDepth: number) {
    this.dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  }

  private need(n: number): void {
    if (this.pos + n > this.b.length) fail("malformed_msgpack", "truncated value");
  }
  private u8(): number { this.need(1); return this.b[this.pos++]!; }
  private u16(): number { this.need(2); const v = this.dv.getUint16(this.pos); this.pos += 2; return v; }
  private u32(): number { this.need(4); const v = this.dv.getUint32(this.pos); this.pos += 4; return v; }

  private int64(signed: boolean): number | bigint {
    this.need(8);
    const v = signed ? this.dv.getBigInt64(this.pos) : this.dv.getBigUint64(this.pos);
    this.pos += 8;
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }

  private bytes(n: number): Uint8Array {
    this.need(n);
    const s = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  private str(n: number): string {
    const s = this.bytes(n);
    try {
      return utf8.decode(s);
    } catch {
      return fail("malformed_msgpack", "invalid UTF-8 in a str");
    }
  }

  private count(n: number): number {
    if (n > this.b.length - this.pos) fail("malformed_msgpack", `a container claims ${n} entries, more than the bytes left`);
    return n;
  }

  value(depth: number): unknown {
    const t = this.u8();
    if (t <= 0x7f) return t;
    if (t >= 0xe0) return t - 0x100;
    if ((t & 0xf0) === 0x80) return this.map(t & 0x0f, depth);
    if ((t & 0xf0) === 0x90) return this.array(t & 0x0f, depth);
    if ((t & 0xe0) === 0xa0) return this.str(t & 0x1f);
    switch (t) {
      case 0xc0: return null;
      case 0xc2: return false;
      case 0xc3: return true;
      case 0xc4: return this.bytes(this.u8()).slice();
      case 0xc5: return this.bytes(this.u16()).slice();
      case 0xc6: return this.bytes(this.u32()).slice();
      case 0xc7: { const n = this.u8(); return this.ext(n); }
      case 0xc8: { const n = this.u16(); return this.ext(n); }
      case 0xc9: { const n = this.u32(); return this.ext(n); }
      case 0xca: { this.need(4); const v = this.dv.getFloat32(this.pos); this.pos += 4; return float(v); }
      case 0xcb: { this.need(8); const v = this.dv.getFloat64(this.pos); this.pos += 8; return float(v); }
      case 0xcc: return this.u8();
      case 0xcd: return this.u16();
      case 0xce: return this.u32();
      case 0xcf: return this.int64(false);
      case 0xd0: { this.need(1); return this.dv.getInt8(this.pos++); }
      case 0xd1: { this.need(2); const v = this.dv.getInt16(this.pos); this.pos += 2; return v; }
      case 0xd2: { this.need(4); const v = this.dv.getInt32(this.pos); this.pos += 4; return v; }
      case 0xd3: return this.int64(true);
      case 0xd4: return this.ext(1);
      case 0xd5: return this.ext(2);
      case 0xd6: return this.ext(4);
      case 0xd7: return this.ext(8);
      case 0xd8: return this.ext(16);
      case 0xd9: return this.str(this.u8());
      case 0xda: return this.str(this.u16());
      case 0xdb: return this.str(this.u32());
      case 0xdc: return this.array(this.u16(), depth);
      case 0xdd: return this.array(this.u32(), depth);
      case 0xde: return this.map(this.u16(), depth);
      case 0xdf: return this.map(this.u32(), depth);
      default: return fail("malformed_msgpack", "reserved byte c1");
    }
  }

  private ext(n: number): unknown {
    this.need(1);
    const type = this.dv.getInt8(this.pos++);
    const payload = this.bytes(n);
    if (type !== EXT_NDARRAY) fail("unknown_extension", `extension type ${type}`);
    return decodeNdArray(payload);
  }

  private enter(depth: number): number {
    if (depth + 1 > this.maxDepth) fail("limit_exceeded", `nesting deeper than ${this.maxDepth}`);
    return depth + 1;
  }

  private array(n: number, depth: number): unknown[] {
    const d = this.enter(depth);
    const out = new Array<unknown>(this.count(n));
    for (let i = 0; i < n; i++) out[i] = this.value(d);
    return out;
  }

  private map(n: number, depth: number): Record<string, unknown> {
    const d = this.enter(depth);
    this.count(n);
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const k = this.value(d);
      if (typeof k !== "string") fail("wrong_type", "a map key that is not a string");
      if (Object.prototype.hasOwnProperty.call(out, k)) fail("duplicate_key", `the key ${JSON.stringify(k)} twice in one map`);
      const v = this.value(d);
      if (k === "__proto__") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      else out[k] = v;
    }
    return out;
  }
}

/** Canonical encoding (§10) of a plain value tree as `decode` gives one. */
export function encode(value: unknown): Uint8Array {
  const w = new Writer();
  w.value(value);
  return w.result();
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** Keys sorted by their UTF-8 bytes (§10 rule 1), not by UTF-16 code units. */
export function sortedKeys(keys: string[]): string[] {
  return keys.map((k) => [k, utf8enc.encode(k)] as const).sort((a, b) => compareBytes(a[1], b[1])).map((x) => x[0]);
}

class Writer {
  private buf = new Uint8Array(256);
  private dv = new DataView(this.buf.buffer);
  private pos = 0;

  result(): Uint8Array { return this.buf.slice(0, this.pos); }

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
    this.dv = new DataView(b.buffer);
  }
  private u8(v: number): void { this.room(1); this.buf[this.pos++] = v; }
  private u16(v: number): void { this.room(2); this.dv.setUint16(this.pos, v); this.pos += 2; }
  private u32(v: number): void { this.room(4); this.dv.setUint32(this.pos, v); this.pos += 4; }
  private raw(b: Uint8Array): void { this.room(b.length); this.buf.set(b, this.pos); this.pos += b.length; }

  private int(v: number | bigint): void {
    const n = typeof v === "bigint" ? v : BigInt(v);
    if (n >= 0n) {
      if (n <= 0x7fn) this.u8(Number(n));
      else if (n <= 0xffn) { this.u8(0xcc); this.u8(Number(n)); }
      else if (n <= 0xffffn) { this.u8(0xcd); this.u16(Number(n)); }
      else if (n <= 0xffffffffn) { this.u8(0xce); this.u32(Number(n)); }
      else { this.u8(0xcf); this.room(8); this.dv.setBigUint64(this.pos, n); this.pos += 8; }
    } else if (n >= -32n) this.u8(Number(n) & 0xff);
    else if (n >= -0x80n) { this.u8(0xd0); this.u8(Number(n) & 0xff); }
    else if (n >= -0x8000n) { this.u8(0xd1); this.u16(Number(n) & 0xffff); }
    else if (n >= -0x80000000n) { this.u8(0xd2); this.u32(Number(n) >>> 0); }
    else { this.u8(0xd3); this.room(8); this.dv.setBigInt64(this.pos, n); this.pos += 8; }
  }

  private float64(x: number): void {
    this.u8(0xcb);
    this.room(8);
    if (Number.isNaN(x)) { this.dv.setUint32(this.pos, 0x7ff80000); this.dv.setUint32(this.pos + 4, 0); }
    else this.dv.setFloat64(this.pos, x);
    this.pos += 8;
  }

  private str(s: string): void {
    const b = utf8enc.encode(s), n = b.length;
    if (n <= 31) this.u8(0xa0 | n);
    else if (n <= 0xff) { this.u8(0xd9); this.u8(n); }
    else if (n <= 0xffff) { this.u8(0xda); this.u16(n); }
    else { this.u8(0xdb); this.u32(n); }
    this.raw(b);
  }

  private ext(type: number, p: Uint8Array): void {
    const n = p.length, fixed: Record<number, number> = { 1: 0xd4, 2: 0xd5, 4: 0xd6, 8: 0xd7, 16: 0xd8 };
    if (fixed[n] !== undefined) this.u8(fixed[n]!);
    else if (n <= 0xff) { this.u8(0xc7); this.u8(n); }
    else if (n <= 0xffff) { this.u8(0xc8); this.u16(n); }
    else { this.u8(0xc9); this.u32(n); }
    this.u8(type & 0xff);
    this.raw(p);
  }

  value(v: unknown): void {
    if (v === null || v === undefined) this.u8(0xc0);
    else if (v === true) this.u8(0xc3);
    else if (v === false) this.u8(0xc2);
    else if (typeof v === "number") {
      if (Number.isInteger(v) && !Object.is(v, -0)) this.int(v); else this.float64(v);
    } else if (typeof v === "bigint") this.int(v);
    else if (v instanceof WireFloat) this.float64(v.valueOf());
    else if (typeof v === "string") this.str(v);
    else if (v instanceof Uint8Array) {
      const n = v.length;
      if (n <= 0xff) { this.u8(0xc4); this.u8(n); } else if (n <= 0xffff) { this.u8(0xc5); this.u16(n); } else { this.u8(0xc6); this.u32(n); }
      this.raw(v);
    } else if (isNdArray(v)) this.ext(EXT_NDARRAY, encodeNdArray(v));
    else if (Array.isArray(v)) {
      const n = v.length;
      if (n <= 15) this.u8(0x90 | n); else if (n <= 0xffff) { this.u8(0xdc); this.u16(n); } else { this.u8(0xdd); this.u32(n); }
      for (const x of v) this.value(x);
    } else if (typeof v === "object") {
      const obj = v as Record<string, unknown>;
      const keys = sortedKeys(Object.keys(obj).filter((k) => obj[k] !== undefined));
      const n = keys.length;
      if (n <= 15) this.u8(0x80 | n); else if (n <= 0xffff) { this.u8(0xde); this.u16(n); } else { this.u8(0xdf); this.u32(n); }
      for (const k of keys) { this.str(k); this.value(obj[k]); }
    } else throw new TypeError(`cannot encode a ${typeof v}`);
  }
}
