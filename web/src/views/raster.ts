// The raster view (§8.3.6): one tick (or dot) per event at its time along x and its unit along y, from
// a 1-D field of unit indices whose coordinates are the times. The window is found by a binary search.
import type { SceneReader, Send, ViewAdapter } from "../state/types";
import { CanvasView } from "./canvas_view";
import { num } from "./colormap";
import { fieldOrNull } from "./common";
import { axisLabel, drawAxes, fitCanvas, plotBox } from "./axes2d";
import { lowerBound } from "./decimate";

export const MAX_EVENTS_DRAWN = 200_000;

export class RasterView extends CanvasView {
  /** x span and events drawn in the last draw (tests read them) */
  xRange: [number, number] = [0, 1];
  drawn = 0;

  constructor(viewId: string, state: SceneReader, send: Send) {
    super("raster", viewId, state, send);
  }

  override draw(): void {
    const view = this.state.resolvedView(this.viewId);
    this.frame.setTitle(view.title);
    const ctx = fitCanvas(this.canvas, this.host);
    const W = this.host.clientWidth, H = this.host.clientHeight;
    ctx.clearRect(0, 0, W, H);
    const field = fieldOrNull(this.state, view.field_id);
    const box = plotBox(W, H);
    const xl = axisLabel(view.time_label, view.time_unit), yl = axisLabel(view.unit_label, null);
    let why: string | null = null;
    if (!field) why = `no field ${JSON.stringify(view.field_id)}`;
    else if (field.dims.length !== 1 || field.dims[0] !== view.event_dim) why = `the field ${field.id} is not 1-D along ${JSON.stringify(view.event_dim)}`;
    else if (!/int/.test(field.values.dtype)) why = `the field ${field.id} holds ${field.values.dtype}, not unit indices`;
    if (why || !field) { this.frame.say(why); drawAxes(ctx, box, [0, 1], [0, 1], xl, yl); return; }
    const n = field.values.shape[0];
    const coord = field.coords[view.event_dim];
    const times = (coord && !Array.isArray(coord) ? coord.data : Float64Array.from({ length: n }, (_, i) => i)) as ArrayLike<number>;
    const w = view.rolling_window;
    const windowed = typeof w === "number" && w > 0 && Number.isFinite(w);
    const tFirst = n ? times[0] : 0, tLast = n ? times[n - 1] : 1;
    let start = n && windowed ? lowerBound(times, tLast - w, n) : 0;
    let s0 = windowed ? Math.max(tFirst, tLast - w) : tFirst;
    let s1 = windowed ? s0 + w : tLast;
    if (!(s1 > s0)) { s0 -= 0.5; s1 += 0.5; }
    const pad = 0.02 * (s1 - s0);
    this.xRange = [s0 - pad, s1 + pad];
    let left = 0;
    if (n - start > MAX_EVENTS_DRAWN) { left = n - start - MAX_EVENTS_DRAWN; start = n - MAX_EVENTS_DRAWN; }
    let top = typeof view.unit_count === "number" ? view.unit_count - 1 : 0;
    if (typeof view.unit_count !== "number") for (let i = start; i < n; i++) top = Math.max(top, num(field.values.data, i));
    const yr: [number, number] = [-0.5, top + 0.5];
    this.frame.say(left ? `${left} older events in the window not drawn (the newest ${MAX_EVENTS_DRAWN} are)` : null);
    drawAxes(ctx, box, this.xRange, yr, xl, yl);
    const X = (t: number) => box.left + ((t - this.xRange[0]) / (this.xRange[1] - this.xRange[0])) * box.width;
    const Y = (u: number) => box.top + box.height - ((u - yr[0]) / (yr[1] - yr[0])) * box.height;
    const half = Math.max(1, Math.min(6, (0.4 * box.height) / (top + 1)));
    ctx.fillStyle = "#1f3a5f";
    const dot = view.marker === "dot";
    for (let i = start; i < n; i++) {
      const x = X(times[i]), y = Y(num(field.values.data, i));
      if (dot) { ctx.fillRect(x - 1.5, y - 1.5, 3, 3); } else { ctx.fillRect(Math.round(x) - 0.5, y - half, 1.2, 2 * half); }
    }
    this.drawn = n - start;
  }
}

export function rasterView(viewId: string, state: SceneReader, send: Send): ViewAdapter {
  return new RasterView(viewId, state, send);
}
