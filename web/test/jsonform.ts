// The JSON form of conformance/README.md, as one canonical string per value so that a decoded
// value and a vector's `decoded` compare exactly (1 and 1.0 differ; key order does not matter).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { WireFloat, float, isInt } from "../src/wire/float";
import { isNdArray, ndarrayBytes } from "../src/wire/ndarray";

export const CONFORMANCE = new URL("../../conformance/", import.meta.url);
export const readJson = (rel: string): string => readFileSync(new URL(rel, CONFORMANCE), "utf8");
export const readBytes = (rel: string): Uint8Array => new Uint8Array(readFileSync(new URL(rel, CONFORMANCE)));

const b64 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64");
const fmt = (x: number) => (Number.isNaN(x) ? "nan" : x === Infinity ? "inf" : x === -Infinity ? "-inf" : Object.is(x, -0) ? "-0" : String(x));
const obj = (entries: [string, string][]) => "{" + entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([k, v]) => JSON.stringify(k) + ":" + v).join(",") + "}";

function ndForm(dtype: string, shape: number[], data: Uint8Array | null, sha: string | null): string {
  const digest = data && data.length >= 65536 ? createHash("sha256").update(data).digest("hex") : sha;
  return `nd(${dtype};${shape.join(",")};${digest ? "sha:" + digest : "data:" + b64(data!)})`;
}

/** The canonical form of a value as the decoder (or the state) holds it. */
export function canon(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (v instanceof WireFloat) return "f:" + fmt(v.valueOf());
  if (isInt(v)) return "i:" + String(v);
  if (typeof v === "number") return "f:" + fmt(v);
  if (v instanceof Uint8Array) return "bin(" + b64(v) + ")";
  if (isNdArray(v)) return ndForm(v.dtype, v.shape, ndarrayBytes(v), null);
  if (Array.isArray(v)) return "[" + v.map(canon).join(",") + "]";
  if (v instanceof Map) return obj([...v.entries()].map(([k, x]) => [String(k), canon(x)]));
  return obj(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([k, x]) => [k, canon(x)]));
}

/** Parses JSON-form text into the same canonical string (numbers keep int vs float). */
export function canonJson(text: string): string {
  return canonParsed(parse(text));
}

type J = null | boolean | string | { num: string } | J[] | { obj: [string, J][] };

export function parse(text: string): J {
  let i = 0;
  const ws = () => { while (/\s/.test(text[i] ?? "")) i++; };
  const value = (): J => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++; const out: [string, J][] = []; ws();
      if (text[i] === "}") { i++; return { obj: out }; }
      for (;;) { ws(); const k = value() as string; ws(); i++; out.push([k, value()]); ws(); if (text[i++] === "}") return { obj: out }; }
    }
    if (c === "[") {
      i++; const out: J[] = []; ws();
      if (text[i] === "]") { i++; return out; }
      for (;;) { out.push(value()); ws(); if (text[i++] === "]") return out; }
    }
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const s = JSON.parse(text.slice(i, j + 1)) as string; i = j + 1; return s;
    }
    if (text.startsWith("true", i)) { i += 4; return true; }
    if (text.startsWith("false", i)) { i += 5; return false; }
    if (text.startsWith("null", i)) { i += 4; return null; }
    const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400))!;
    i += m[0].length;
    return { num: m[0] };
  };
  return value();
}

/** A parsed JSON value as a plain JS object (for reading manifests; numbers lose int vs float). */
export function canonParsed(j: J): string {
  if (j === null || typeof j === "boolean" || typeof j === "string") return j === null ? "null" : typeof j === "string" ? JSON.stringify(j) : String(j);
  if (Array.isArray(j)) return "[" + j.map(canonParsed).join(",") + "]";
  if ("num" in j) return /[.eE]/.test(j.num) ? "f:" + fmt(Number(j.num)) : "i:" + BigInt(j.num).toString();
  const entries = j.obj;
  if (entries.length === 1) {
    const [k, x] = entries[0]!;
    if (k === "$float") return "f:" + (x as string);
    if (k === "$bin") return "bin(" + (x as string) + ")";
    if (k === "$map") return obj((x as { obj: [string, J][] }).obj.map(([k2, x2]) => [k2, canonParsed(x2)]));
    if (k === "$ndarray") {
      const o = Object.fromEntries((x as { obj: [string, J][] }).obj);
      const shape = (o.shape as { num: string }[]).map((n) => Number(n.num));
      const data = o.data !== undefined ? new Uint8Array(Buffer.from(o.data as string, "base64")) : null;
      return ndForm(o.dtype as string, shape, data, (o.sha256 as string) ?? null);
    }
  }
  return obj(entries.map(([k, x]) => [k, canonParsed(x)]));
}

export const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
export const unhex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));

/** A parsed JSON-form value as the decoder would give it (for set_frontend_state steps). */
export function fromJson(j: J): unknown {
  if (j === null || typeof j === "boolean" || typeof j === "string") return j;
  if (Array.isArray(j)) return j.map(fromJson);
  if ("num" in j) {
    if (/[.eE]/.test(j.num)) return float(Number(j.num));
    const b = BigInt(j.num);
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  }
  const e = j.obj;
  if (e.length === 1) {
    const [k, x] = e[0]!;
    if (k === "$float") return float(x === "nan" ? NaN : x === "inf" ? Infinity : -Infinity);
    if (k === "$bin") return new Uint8Array(Buffer.from(x as string, "base64"));
    if (k === "$map") return Object.fromEntries((x as { obj: [string, J][] }).obj.map(([k2, x2]) => [k2, fromJson(x2)]));
    if (k === "$ndarray") throw new Error("an $ndarray in a local state change");
  }
  return Object.fromEntries(e.map(([k2, x2]) => [k2, fromJson(x2)]));
}
