// The image view (§8.3.7): a 2-D field as pixels through the colour map, j upwards, spanning half a step
// beyond the first and last coordinates, with a colour bar labelled by the value's label and unit.
import type { SceneReader, Send, ViewAdapter } from "../state/types";
import { CanvasView } from "./canvas_view";
import { lutBytes, num, resolveColormap, viewLimits, position } from "./colormap";
import { ColorBar, fieldOrNull, strides } from "./common";
import { axisLabel, drawAxes, fitCanvas, plotBox } from "./axes2d";

function extent(coord: unknown, n: number): [number, number] {
  const data = coord && !Array.isArray(coord) ? (coord as { data: ArrayLike<number> }).data : null;
  const first = data ? num(data as any, 0) : 0, last = data ? num(data as any, n - 1) : n - 1;
  const step = n > 1 ? (last - first) / (n - 1) : 1;
  return [first - step / 2, last + step / 2];
}

export class ImageView extends CanvasView {
  private readonly pixels = document.createElement("canvas");
  private readonly colorBar = new ColorBar();
  /** the plot box of the last draw (tests find a pixel's place from it) */
  box = { left: 0, top: 0, width: 0, height: 0 };

  constructor(viewId: string, state: SceneReader, send: Send) {
    super("image", viewId, state, send);
  }

  protected override extras(): { className: string; elements: HTMLElement[] } {
    return { className: "sw-plot-host sw-canvas2d sw-with-colorbar", elements: [this.colorBar.root] };
  }

  override draw(): void {
    const view = this.state.resolvedView(this.viewId);
    this.frame.setTitle(view.title);
    const ctx = fitCanvas(this.canvas, this.host);
    const W = this.host.clientWidth, H = this.host.clientHeight;
    ctx.clearRect(0, 0, W, H);
    const box = plotBox(W, H, 70);
    this.box = box;
    const xl = axisLabel(view.x_label, view.x_unit), yl = axisLabel(view.y_label, view.y_unit);
    const field = fieldOrNull(this.state, view.field_id);
    let why: string | null = null;
    const xd = field ? field.dims.indexOf(view.x_dim) : -1, yd = field ? field.dims.indexOf(view.y_dim) : -1;
    if (!field) why = `no field ${JSON.stringify(view.field_id)}`;
    else if (field.dims.length !== 2 || xd < 0 || yd < 0) why = `the field ${field.id} has dims ${JSON.stringify(field.dims)}, not ${view.x_dim} and ${view.y_dim}`;
    if (why || !field) { this.frame.say(why); this.colorBar.hide(); drawAxes(ctx, box, [0, 1], [0, 1], xl, yl); return; }
    this.frame.say(null);
    const nx = field.values.shape[xd], ny = field.values.shape[yd];
    const st = strides(field.values.shape);
    const name = resolveColormap(view.colormap);
    const limits = viewLimits(view.color_limits, [field.values]);
    const lut = lutBytes(name);
    this.pixels.width = Math.max(1, nx);
    this.pixels.height = Math.max(1, ny);
    const pctx = this.pixels.getContext("2d")!;
    const img = pctx.createImageData(this.pixels.width, this.pixels.height);
    const data = field.values.data;
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const v = num(data, i * st[xd] + j * st[yd]);
        const t = position(v, limits[0], limits[1]);
        const o = 4 * ((ny - 1 - j) * nx + i); // j upwards
        if (Number.isNaN(t)) { img.data[o] = 255; img.data[o + 1] = 0; img.data[o + 2] = 255; img.data[o + 3] = 255; continue; }
        // the map at t, interpolated in the 256-entry table (within 1/255 of the rule, §8.13)
        const f = t * 255, k = Math.min(254, Math.floor(f)), w = f - k;
        for (let c = 0; c < 3; c++) img.data[o + c] = Math.round((1 - w) * lut[4 * k + c] + w * lut[4 * k + 4 + c]);
        img.data[o + 3] = 255;
      }
    }
    pctx.putImageData(img, 0, 0);
    const xr = extent(field.coords[view.x_dim], nx), yr = extent(field.coords[view.y_dim], ny);
    if (nx && ny) {
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(this.pixels, box.left, box.top, box.width, box.height);
    }
    drawAxes(ctx, box, xr, yr, xl, yl);
    const unit = typeof view.value_unit === "string" ? view.value_unit : typeof field.decl?.unit === "string" ? field.decl.unit : null;
    this.colorBar.show(name, limits, axisLabel(view.value_label, unit) || null);
  }
}

export function imageView(viewId: string, state: SceneReader, send: Send): ViewAdapter {
  return new ImageView(viewId, state, send);
}
