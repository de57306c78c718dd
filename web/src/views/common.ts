// What several views share: reading a field safely, the newest sample per entry, a panel body with a
// title and a "why nothing is drawn" line, and the colour bar drawn beside a coloured view.
import type { FieldState, NdArray, SceneReader } from "../state/types";
import { css, colorAt, niceTicks, num, tickLabel } from "./colormap";

/** The field, or null when the scene has none of that id (a view draws what it can, §8.12). */
export function fieldOrNull(state: SceneReader, id: unknown): FieldState | null {
  if (typeof id !== "string") return null;
  try { return state.field(id) ?? null; } catch { return null; }
}

/** C-order strides (in elements) of a shape. */
export function strides(shape: number[]): number[] {
  const out = new Array(shape.length).fill(1);
  for (let d = shape.length - 2; d >= 0; d--) out[d] = out[d + 1] * shape[d + 1];
  return out;
}

/**
 * One value per entry of the first axis, every other axis at its last index (§8.3.2), written into `out`.
 * An empty other axis gives NaN for every entry. Throws (with the reason) when the first axis is not n long.
 */
export function newestPerEntry(values: NdArray, n: number, out: Float32Array): Float32Array {
  const shape = values.shape;
  if (shape.length === 0 || shape[0] !== n) {
    throw new Error(`the colour field has ${shape.length ? shape[0] : 0} entries along its first axis, the geometry ${n}`);
  }
  if (values.data instanceof Uint8Array && values.dtype === "bool") { /* bool as 0/1: fine as numbers */ }
  if (shape.slice(1).some((s) => s === 0)) return out.fill(NaN);
  const st = strides(shape);
  let offset = 0;
  for (let d = 1; d < shape.length; d++) offset += (shape[d] - 1) * st[d];
  const step = st[0] ?? 1;
  const data = values.data;
  if (data instanceof Float32Array && step === 1 && offset === 0) { out.set(data.subarray(0, n)); return out; }
  for (let i = 0; i < n; i++) out[i] = num(data, offset + i * step);
  return out;
}

/** A view's element: a title line over a body, and a line that says why nothing is drawn (hidden until needed). */
export class ViewFrame {
  readonly root = document.createElement("div");
  readonly title = document.createElement("div");
  readonly body = document.createElement("div");
  readonly why = document.createElement("div");

  constructor(kind: string, viewId: string) {
    this.root.className = `sw-view sw-view-${kind}`;
    this.root.dataset.viewId = viewId;
    this.title.className = "sw-view-title";
    this.body.className = "sw-view-body";
    this.why.className = "sw-view-why";
    this.why.hidden = true;
    this.root.append(this.title, this.body, this.why);
  }

  setTitle(text: unknown): void {
    const t = typeof text === "string" ? text : "";
    this.title.textContent = t; // plain text: a server's "<img>" is text
    this.title.hidden = !t;
  }

  /** Say why the view draws nothing (or a part of it); null clears. */
  say(why: string | null): void {
    this.why.textContent = why ?? "";
    this.why.hidden = !why;
  }
}

/** A vertical colour bar: the map from low (bottom) to high (top), labelled ticks, the unit in the middle. */
export class ColorBar {
  readonly root = document.createElement("div");
  private readonly canvas = document.createElement("canvas");
  private readonly labels = document.createElement("div");
  private key = "";

  constructor() {
    this.root.className = "sw-colorbar";
    this.labels.className = "sw-colorbar-labels";
    this.canvas.width = 1;
    this.canvas.height = 256;
    this.root.append(this.canvas, this.labels);
  }

  show(colormap: string, limits: [number, number], unit: string | null): void {
    const key = JSON.stringify([colormap, limits, unit]);
    if (key === this.key) return;
    this.key = key;
    const ctx = this.canvas.getContext("2d")!;
    const img = ctx.createImageData(1, 256);
    for (let i = 0; i < 256; i++) {
      const c = colorAt(colormap, (255 - i) / 255);
      img.data.set([Math.round(c[0] * 255), Math.round(c[1] * 255), Math.round(c[2] * 255), 255], 4 * i);
    }
    ctx.putImageData(img, 0, 0);
    this.labels.replaceChildren();
    const [lo, hi] = limits;
    const ticks = hi > lo ? niceTicks(lo, hi, 6) : [lo];
    const place = (v: number, text: string, cls: string) => {
      const el = document.createElement("span");
      el.className = cls;
      el.textContent = text;
      el.style.top = `${hi > lo ? (100 * (hi - v)) / (hi - lo) : 50}%`;
      this.labels.append(el);
    };
    for (const v of ticks) place(v, tickLabel(v), "sw-colorbar-tick");
    if (unit) place((lo + hi) / 2, unit, "sw-colorbar-unit");
    this.root.hidden = false;
  }

  hide(): void { this.root.hidden = true; this.key = ""; }
}

export { css };
