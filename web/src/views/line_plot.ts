// The line_plot view (§8.3.4) through uPlot: each entry along series_dim is a line, other dims fixed by
// the selectors, x from x_dim's coordinates; the rolling window by a binary search on x; the samples
// min/max-decimated to two points per pixel column (decimate.ts), so an append of 50 long traces costs
// a few thousand points to draw and a one-sample spike keeps its height. The y axis follows §8.3.4's rules.
import uPlot from "uplot";
import type { Changes, FieldState, SceneReader, Send, ViewAdapter } from "../state/types";
import { num } from "./colormap";
import { ViewFrame, fieldOrNull, strides } from "./common";
import { columnBins, columnXs, lowerBound, minMaxColumns } from "./decimate";

/** matplotlib's tab10, the Qt window's line colours */
export const SERIES_COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

/** §8.3.4's y axis: given limits (equal ones moved out), else the shown finite data padded 4 %, else [0, 1]. */
export function yAxisLimits(given: unknown, lo: number, hi: number): [number, number] {
  const spread = (a: number, b: number): [number, number] => {
    if (a !== b) return [a, b];
    const d = a === 0 ? 1 : 0.05 * Math.abs(a);
    return [a - d, b + d];
  };
  if (Array.isArray(given) && given.length === 2 && Number.isFinite(given[0]) && Number.isFinite(given[1])) {
    return spread(Number(given[0]), Number(given[1]));
  }
  if (!(lo <= hi)) return [0, 1];
  const [a, b] = spread(lo, hi);
  const p = 0.04 * (b - a);
  return [a - p, b + p];
}

/** The lines a line_plot view draws from a field: x, and for each series where its samples lie. */
export interface Lines {
  x: ArrayLike<number>;
  n: number;
  data: ArrayLike<number>;
  /** per series: offset of its first sample and the step between samples */
  series: Array<{ label: string; base: number; stride: number }>;
}

/** Read the view's lines out of the field (no copy), or say why there are none. */
export function viewLines(view: Record<string, any>, field: FieldState): Lines | string {
  const dims = field.dims, shape = field.values.shape;
  const xd = dims.indexOf(view.x_dim);
  if (xd < 0) return `the field ${field.id} has no dim ${JSON.stringify(view.x_dim)}`;
  const sd = typeof view.series_dim === "string" ? dims.indexOf(view.series_dim) : -1;
  if (typeof view.series_dim === "string" && sd < 0) return `the field ${field.id} has no dim ${JSON.stringify(view.series_dim)}`;
  const st = strides(shape);
  let base = 0;
  const selectors: Record<string, unknown> = view.selectors ?? {};
  for (let d = 0; d < dims.length; d++) {
    if (d === xd || d === sd) continue;
    const sel = selectors[dims[d]];
    const i = typeof sel === "number" && Number.isInteger(sel) && sel >= 0 ? sel : 0;
    if (i >= shape[d]) return { x: [], n: 0, data: [], series: [] }; // a selector beyond its axis: no line
    base += i * st[d];
  }
  const n = shape[xd];
  const coord = field.coords[view.x_dim];
  let x: ArrayLike<number>;
  if (coord && !Array.isArray(coord) && coord.data.length === n && !(coord.data instanceof BigInt64Array || coord.data instanceof BigUint64Array)) {
    x = coord.data as ArrayLike<number>;
  } else {
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = coord && !Array.isArray(coord) ? num(coord.data, i) : i;
    x = xs;
  }
  const count = sd >= 0 ? shape[sd] : 1;
  const labels: unknown[] = Array.isArray(view.series_labels) ? view.series_labels : [];
  const series = [];
  for (let s = 0; s < count; s++) {
    const label = typeof labels[s] === "string" ? (labels[s] as string) : sd >= 0 ? `${view.series_dim}[${s}]` : field.id;
    series.push({ label, base: base + (sd >= 0 ? s * st[sd] : 0), stride: st[xd] });
  }
  let data = field.values.data as ArrayLike<number>;
  if (field.values.data instanceof BigInt64Array || field.values.data instanceof BigUint64Array) data = Float64Array.from(field.values.data, Number);
  return { x, n, data, series };
}

function axisLabel(label: unknown, unit: unknown): string {
  const l = typeof label === "string" ? label : "", u = typeof unit === "string" ? unit : "";
  return l && u ? `${l} (${u})` : l || (u ? `(${u})` : "");
}

export class LinePlotView implements ViewAdapter {
  readonly frame: ViewFrame;
  plot: uPlot | null = null;
  private signature = "";
  private resizeObserver: ResizeObserver | null = null;
  private readonly host = document.createElement("div");
  private readonly outs: Array<Array<number | null>> = [];
  /** the y range drawn (tests read it) */
  yRange: [number, number] = [0, 1];
  /** points drawn per series after decimation (tests read it) */
  drawnPoints = 0;

  constructor(readonly viewId: string, readonly state: SceneReader, readonly send: Send) {
    this.frame = new ViewFrame("line_plot", viewId);
  }

  build(parent: HTMLElement): void {
    parent.append(this.frame.root);
    this.host.className = "sw-plot-host";
    this.frame.body.append(this.host);
    this.resizeObserver = new ResizeObserver(() => {
      if (this.plot) { this.plot.setSize(this.size()); this.refresh(false); }
    });
    this.resizeObserver.observe(this.host);
    this.refresh(true);
  }

  apply(changes: Changes): void {
    const view = this.state.resolvedView(this.viewId);
    const touched = changes.scene || changes.views.has(this.viewId) || changes.fields.has(view.field_id) || changes.stateKeys.size > 0;
    if (touched) this.refresh(changes.scene || changes.views.has(this.viewId));
  }

  close(): void {
    this.resizeObserver?.disconnect();
    this.plot?.destroy();
    this.frame.root.remove();
  }

  private size(): { width: number; height: number } {
    return { width: Math.max(100, this.host.clientWidth), height: Math.max(80, this.host.clientHeight - 30) };
  }

  /** Recompute the lines and the axis and hand them to uPlot; rebuild the plot when its series changed. */
  refresh(rebuild = false): void {
    const view = this.state.resolvedView(this.viewId);
    this.frame.setTitle(view.title);
    const field = fieldOrNull(this.state, view.field_id);
    const lines = field ? viewLines(view, field) : `no field ${JSON.stringify(view.field_id)}`;
    if (typeof lines === "string") { this.frame.say(lines); this.setPlot([], [[]], [0, 1], view, rebuild); return; }
    this.frame.say(null);
    const { x, n } = lines;
    let start = 0;
    const w = view.rolling_window;
    if (n && typeof w === "number" && w > 0 && Number.isFinite(w)) start = lowerBound(x, x[n - 1] - w, n);
    const x0 = n ? x[start] : 0, x1 = n ? x[n - 1] : 1;
    // one column per pixel of the plotting area (the host's width until the plot has laid out its axes)
    const area = this.plot ? this.plot.bbox.width / (window.devicePixelRatio || 1) : this.size().width;
    const columns = Math.max(16, Math.round(area));
    let xs: number[];
    const data: Array<ArrayLike<number | null>> = [];
    let lo = Infinity, hi = -Infinity;
    if (n - start <= 2 * columns || !(x1 > x0)) {
      xs = Array.from({ length: n - start }, (_, i) => x[start + i]);
      lines.series.forEach((s, k) => {
        const out = (this.outs[k] ??= []);
        out.length = n - start;
        for (let i = start; i < n; i++) {
          const v = lines.data[s.base + i * s.stride];
          out[i - start] = Number.isNaN(v) ? null : v;
          if (Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
        }
        data.push(out);
      });
    } else {
      const bins = columnBins(x, start, n, x0, x1 + (x1 - x0) * 1e-9, columns);
      xs = columnXs(bins, x0, x1);
      lines.series.forEach((s, k) => {
        const out = (this.outs[k] ??= []);
        minMaxColumns(lines.data, s.base, s.stride, bins, out);
        for (const v of out) if (v !== null && Number.isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
        data.push(out);
      });
    }
    this.drawnPoints = xs.length;
    this.yRange = yAxisLimits(view.y_limits, lo, hi);
    this.setPlot(lines.series.map((s) => s.label), [xs, ...data], this.yRange, view, rebuild, n ? [x0, x1] : null);
  }

  private setPlot(labels: string[], data: Array<ArrayLike<number | null>>, y: [number, number], view: Record<string, any>, rebuild: boolean, xr: [number, number] | null = null): void {
    const signature = JSON.stringify([labels, view.x_label, view.y_label, view.x_unit, view.y_unit]);
    if (!this.plot || rebuild || signature !== this.signature) {
      this.plot?.destroy();
      this.signature = signature;
      const opts: uPlot.Options = {
        ...this.size(),
        scales: {
          x: { time: false, range: (_u, min, max) => { const r = this.xr; return r && r[1] > r[0] ? [r[0], r[1]] : [min, max]; } },
          y: { range: () => this.yRange },
        },
        axes: [
          { label: axisLabel(view.x_label, view.x_unit), stroke: "#222", grid: { stroke: "#e6e6e6" } },
          { label: axisLabel(view.y_label, view.y_unit), stroke: "#222", grid: { stroke: "#e6e6e6" } },
        ],
        series: [{}, ...labels.map((label, i) => ({ label, stroke: SERIES_COLORS[i % SERIES_COLORS.length], width: 1.5, spanGaps: false, points: { show: false } }))],
        legend: { show: labels.length > 0 && labels.length <= 20, live: false },
        cursor: { drag: { x: false, y: false } },
      };
      this.xr = xr;
      this.plot = new uPlot(opts, data as uPlot.AlignedData, this.host);
      (this.plot.root as HTMLElement).classList.add("sw-uplot");
      // the plotting area is known now: decimate again to its pixel columns
      if (labels.length) this.refresh(false);
      return;
    }
    this.xr = xr;
    this.plot.setData(data as uPlot.AlignedData, true);
  }

  private xr: [number, number] | null = null;
}

export function linePlotView(viewId: string, state: SceneReader, send: Send): ViewAdapter {
  return new LinePlotView(viewId, state, send);
}
