// Telling MessagePack floats from integers in JavaScript, where both are `number` (§10 rule 3).

/**
 * A float whose value is whole (1.0, -0.0): a JS number would re-encode it as the integer 1, so
 * the decoder keeps it as a Number object in free-form values (metadata, attrs, params, payload,
 * frontend state). It behaves as a number in arithmetic and formatting (`+x`, `x.toFixed(2)`,
 * `x < 3`); `typeof` says "object", so compare through `asNumber`. A non-whole float (0.25, NaN,
 * inf) needs no tag: it cannot be an integer. Record fields of wire type float are plain numbers.
 */
export class WireFloat extends Number {}

/** The float64 `x`, tagged only where a plain number would read as an integer. */
export function float(x: number): number | WireFloat {
  return Number.isInteger(x) || Object.is(x, -0) ? new WireFloat(x) : x;
}

/** A number (plain, bigint or WireFloat) as a JS number; anything else: undefined. */
export function asNumber(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof WireFloat) return v.valueOf();
  if (typeof v === "bigint") return Number(v);
  return undefined;
}

/** True for a MessagePack integer as the decoder gives it (a whole number or a bigint). */
export function isInt(v: unknown): v is number | bigint {
  return (typeof v === "number" && Number.isInteger(v) && !Object.is(v, -0)) || typeof v === "bigint";
}

/** True for a MessagePack float as the decoder gives it (a WireFloat or a non-whole number). */
export function isFloat(v: unknown): boolean {
  return v instanceof WireFloat || (typeof v === "number" && !isInt(v));
}

/** True for any number: an integer or a float (never a bool). */
export function isNumber(v: unknown): boolean {
  return typeof v === "number" || typeof v === "bigint" || v instanceof WireFloat;
}

/** A free-form tree with every WireFloat replaced by its plain number (for display and views). */
export function plain(v: unknown): unknown {
  if (v instanceof WireFloat) return v.valueOf();
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x);
    return out;
  }
  return v;
}
