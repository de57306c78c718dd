// Records (spec §4): one declarative table per record, read by one decoder (stage 3 of §12.3:
// missing_field, wrong_type, invalid_value per field, then the record's cross-field rules) and by
// one encoder that writes the canonical form (§10: float fields as float64, absent not nil).
import type { NdArray } from "../state/types";
import { fail } from "../wire/errors";
import { asNumber, float, isInt, isNumber } from "../wire/float";
import { isNdArray } from "../wire/ndarray";

/** An ndarray constraint of §4.3. */
export type NdConstraint = "any" | "any1" | "numeric1" | "float1" | "floatN3" | "floatN33" | "colour";

/** A wire type of §4.1. */
export type WireType =
  | "string" | "int" | "uint" | "uint1" | "float" | "positive" | "bool" | "range" | "point" | "any" | "map"
  | { nd: NdConstraint }
  | { array: WireType }
  | { mapOf: WireType }
  | { record: RecordSpec }
  | { variant: Record<string, RecordSpec> };

export interface RecordSpec {
  name: string;
  /** key -> [wire type, required] */
  fields: Record<string, [WireType, boolean]>;
  /** cross-field rules of the record (invalid_value); run after every field decoded */
  check?: (rec: Record<string, any>) => void;
  /** canonical form of fields whose wire type the table cannot say (a control's value) */
  wire?: (rec: Record<string, any>, out: Record<string, unknown>) => void;
}

const NUMERIC = new Set(["int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "float16", "float32", "float64"]);
const FLOATS = new Set(["float32", "float64"]);
const COLOURS = new Set(["uint8", "float32"]);

export function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !isNdArray(v) && !(v instanceof Uint8Array)
    && !(v instanceof Number);
}

function checkNd(c: NdConstraint, a: NdArray, path: string): void {
  const nd = a.shape.length;
  const bad = (why: string) => fail("wrong_type", `${path}: ${why}`);
  switch (c) {
    case "any": return;
    case "any1": if (nd < 1) bad("an array of at least one dimension is needed"); return;
    case "numeric1":
      if (!NUMERIC.has(a.dtype)) bad(`dtype ${a.dtype} is not numeric`);
      if (nd !== 1) bad(`${nd}-d, 1-d needed`);
      return;
    case "float1":
      if (!FLOATS.has(a.dtype)) bad(`dtype ${a.dtype}, float32 or float64 needed`);
      if (nd !== 1) bad(`${nd}-d, 1-d needed`);
      return;
    case "floatN3": case "floatN33":
      if (!FLOATS.has(a.dtype)) bad(`dtype ${a.dtype}, float32 or float64 needed`);
      if (nd !== (c === "floatN3" ? 2 : 3)) bad(`${nd}-d`);
      if (a.shape[1] !== 3 || (c === "floatN33" && a.shape[2] !== 3)) fail("invalid_value", `${path}: trailing sizes ${a.shape.slice(1)}`);
      return;
    case "colour":
      if (!COLOURS.has(a.dtype)) bad(`dtype ${a.dtype}, uint8 or float32 needed`);
      if (nd !== 2) bad(`${nd}-d`);
      if (a.shape[1] !== 4) fail("invalid_value", `${path}: trailing size ${a.shape[1]}, 4 needed`);
      return;
  }
}

function twoNumbers(v: unknown, path: string, what: string): [number, number] {
  if (!Array.isArray(v)) fail("wrong_type", `${path}: a ${what} is an array of two numbers`);
  if (v.length !== 2) fail("invalid_value", `${path}: a ${what} of ${v.length} elements`);
  if (!isNumber(v[0]) || !isNumber(v[1])) fail("wrong_type", `${path}: a ${what} element that is not a number`);
  return [asNumber(v[0])!, asNumber(v[1])!];
}

/** Decodes `v` as wire type `t`; `path` names it in the message of a fault. */
export function decodeAs(t: WireType, v: unknown, path: string): any {
  if (typeof t === "string") {
    switch (t) {
      case "string": if (typeof v !== "string") fail("wrong_type", `${path} must be a string`); return v;
      case "int": case "uint": case "uint1": {
        if (!isInt(v)) fail("wrong_type", `${path} must be an integer`);
        const min = t === "int" ? null : t === "uint" ? 0 : 1;
        if (min !== null && v < min) fail("invalid_value", `${path} below ${min}`);
        return v;
      }
      case "float": case "positive": {
        if (!isNumber(v)) fail("wrong_type", `${path} must be a number`);
        const x = asNumber(v)!;
        if (t === "positive" && !(x > 0)) fail("invalid_value", `${path} must be above 0`);
        return x;
      }
      case "bool": if (typeof v !== "boolean") fail("wrong_type", `${path} must be a bool`); return v;
      case "range": {
        const r = twoNumbers(v, path, "range");
        if (!Number.isFinite(r[0]) || !Number.isFinite(r[1]) || r[0] > r[1]) fail("invalid_value", `${path}: range [${r}] needs finite low <= high`);
        return r;
      }
      case "point": return twoNumbers(v, path, "point");
      case "any": return v;
      case "map": if (!isMap(v)) fail("wrong_type", `${path} must be a map`); return v;
    }
  }
  if ("nd" in t) {
    if (!isNdArray(v)) fail("wrong_type", `${path} must be an ndarray`);
    checkNd(t.nd, v, path);
    return v;
  }
  if ("array" in t) {
    if (!Array.isArray(v)) fail("wrong_type", `${path} must be an array`);
    return v.map((x, i) => decodeAs(t.array, x, `${path}[${i}]`));
  }
  if ("mapOf" in t) {
    if (!isMap(v)) fail("wrong_type", `${path} must be a map`);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) setKey(out, k, decodeAs(t.mapOf, x, `${path}.${k}`));
    return out;
  }
  if ("record" in t) return decodeRecord(t.record, v, path);
  return decodeVariant(t.variant, v, path);
}

export function decodeVariant(variants: Record<string, RecordSpec>, v: unknown, path: string): Record<string, any> {
  if (!isMap(v)) fail("wrong_type", `${path} must be a map`);
  const kind = v["kind"];
  if (kind === undefined || kind === null) fail("missing_field", `${path}.kind is missing`);
  if (typeof kind !== "string") fail("wrong_type", `${path}.kind must be a string`);
  const spec = Object.prototype.hasOwnProperty.call(variants, kind) ? variants[kind] : undefined;
  if (!spec) fail("invalid_value", `${path}: unknown kind ${JSON.stringify(kind)}`);
  return decodeRecord(spec, v, path);
}

function setKey(out: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__") Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  else out[k] = v;
}

/** Decodes a record: required keys present, optional nil as absent, unknown keys dropped (§4.2, §13). */
export function decodeRecord(spec: RecordSpec, v: unknown, path: string): Record<string, any> {
  if (!isMap(v)) fail("wrong_type", `${path} must be a map`);
  const out: Record<string, any> = {};
  for (const [key, [t, required]] of Object.entries(spec.fields)) {
    const has = Object.prototype.hasOwnProperty.call(v, key);
    const x = has ? v[key] : undefined;
    if (!has) {
      if (required) fail("missing_field", `${path}.${key} is missing`);
      continue;
    }
    if (x === null) {
      if (!required) continue;
      if (t !== "any") fail("wrong_type", `${path}.${key} is nil`);
    }
    out[key] = decodeAs(t, x, `${path}.${key}`);
  }
  spec.check?.(out);
  return out;
}

/** The canonical wire form of a decoded value of type `t` (floats tagged, records' own keys only). */
export function toWire(t: WireType, v: any): unknown {
  if (v === undefined) return undefined;
  if (typeof t === "string") {
    switch (t) {
      case "float": case "positive": return float(v);
      case "range": case "point": return [float(v[0]), float(v[1])];
      default: return v;
    }
  }
  if ("nd" in t) return v;
  if ("array" in t) return (v as unknown[]).map((x) => toWire(t.array, x));
  if ("mapOf" in t) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) setKey(out, k, toWire(t.mapOf, x));
    return out;
  }
  if ("record" in t) return recordToWire(t.record, v);
  const spec = t.variant[v.kind];
  return spec ? recordToWire(spec, v) : v;
}

export function recordToWire(spec: RecordSpec, rec: Record<string, any>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, [t]] of Object.entries(spec.fields)) {
    if (rec[key] !== undefined && rec[key] !== null) out[key] = toWire(t, rec[key]);
    else if (rec[key] === null && t === "any" && key in rec) out[key] = null;
  }
  spec.wire?.(rec, out);
  return out;
}

/** invalid_value unless the ids are distinct (a Set: linear, §11). */
export function distinct(ids: string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) fail("invalid_value", `${what}: ${JSON.stringify(id)} twice`);
    seen.add(id);
  }
}
