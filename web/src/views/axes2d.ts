// Axes for the canvas-drawn 2-D views (raster, image): a plot box inside margins, nice ticks, labels.
import { niceTicks, tickLabel } from "./colormap";

export interface Box { left: number; top: number; width: number; height: number; }

export const MARGIN = { left: 58, right: 16, top: 10, bottom: 42 };

/** A canvas sized to its host in device pixels, its context scaled to CSS pixels. */
export function fitCanvas(canvas: HTMLCanvasElement, host: HTMLElement): CanvasRenderingContext2D {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, host.clientWidth), h = Math.max(1, host.clientHeight);
  if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
    canvas.width = Math.round(w * dpr);
    canvas.height = Math.round(h * dpr);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
  }
  const ctx = canvas.getContext("2d")!;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

export function plotBox(width: number, height: number, rightExtra = 0): Box {
  return { left: MARGIN.left, top: MARGIN.top, width: Math.max(10, width - MARGIN.left - MARGIN.right - rightExtra), height: Math.max(10, height - MARGIN.top - MARGIN.bottom) };
}

/** Draw the frame, ticks and labels of a plot box spanning x in xr and y in yr (y up). */
export function drawAxes(ctx: CanvasRenderingContext2D, box: Box, xr: [number, number], yr: [number, number], xLabel: string, yLabel: string): void {
  ctx.save();
  ctx.strokeStyle = "#222";
  ctx.fillStyle = "#222";
  ctx.lineWidth = 1;
  ctx.font = "11px sans-serif";
  ctx.beginPath();
  ctx.moveTo(box.left + 0.5, box.top);
  ctx.lineTo(box.left + 0.5, box.top + box.height + 0.5);
  ctx.lineTo(box.left + box.width, box.top + box.height + 0.5);
  ctx.stroke();
  const X = (v: number) => box.left + ((v - xr[0]) / (xr[1] - xr[0])) * box.width;
  const Y = (v: number) => box.top + box.height - ((v - yr[0]) / (yr[1] - yr[0])) * box.height;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const v of niceTicks(xr[0], xr[1], Math.max(2, Math.floor(box.width / 80)))) {
    const x = Math.round(X(v)) + 0.5;
    ctx.beginPath(); ctx.moveTo(x, box.top + box.height); ctx.lineTo(x, box.top + box.height + 5); ctx.stroke();
    ctx.fillText(tickLabel(v), x, box.top + box.height + 7);
  }
  ctx.textAlign = "right";
  ctx.textBaseline = "middle";
  for (const v of niceTicks(yr[0], yr[1], Math.max(2, Math.floor(box.height / 50)))) {
    const y = Math.round(Y(v)) + 0.5;
    ctx.beginPath(); ctx.moveTo(box.left - 5, y); ctx.lineTo(box.left, y); ctx.stroke();
    ctx.fillText(tickLabel(v), box.left - 7, y);
  }
  ctx.textAlign = "center";
  ctx.textBaseline = "bottom";
  if (xLabel) ctx.fillText(xLabel, box.left + box.width / 2, box.top + box.height + 40);
  if (yLabel) {
    ctx.translate(14, box.top + box.height / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textBaseline = "middle";
    ctx.fillText(yLabel, 0, 0);
  }
  ctx.restore();
}

export function axisLabel(label: unknown, unit: unknown): string {
  const l = typeof label === "string" ? label : "", u = typeof unit === "string" ? unit : "";
  return l && u ? `${l} (${u})` : l || (u ? `(${u})` : "");
}
