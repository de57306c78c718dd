// What the 2-D canvas views (raster §8.3.6, image §8.3.7) share: a titled frame around a host that holds
// the canvas, redrawn on the next animation frame when their field, view or state keys change or the host
// is resized. A subclass draws (`draw`) and may add elements beside the canvas (`extras`).
import type { Changes, SceneReader, Send, ViewAdapter } from "../state/types";
import { ViewFrame } from "./common";

export abstract class CanvasView implements ViewAdapter {
  readonly frame: ViewFrame;
  protected readonly host = document.createElement("div");
  protected readonly canvas = document.createElement("canvas");
  private resizeObserver: ResizeObserver | null = null;
  private raf = 0;

  constructor(kind: string, readonly viewId: string, readonly state: SceneReader, readonly send: Send) {
    this.frame = new ViewFrame(kind, viewId);
  }

  /** the host's classes and what it holds besides the canvas (a colour bar) */
  protected extras(): { className: string; elements: HTMLElement[] } {
    return { className: "sw-plot-host sw-canvas2d", elements: [] };
  }

  build(parent: HTMLElement): void {
    parent.append(this.frame.root);
    const { className, elements } = this.extras();
    this.host.className = className;
    this.host.append(this.canvas, ...elements);
    this.frame.body.append(this.host);
    this.resizeObserver = new ResizeObserver(() => this.requestDraw());
    this.resizeObserver.observe(this.host);
    this.requestDraw();
  }

  apply(changes: Changes): void {
    const view = this.state.resolvedView(this.viewId);
    if (changes.scene || changes.views.has(this.viewId) || changes.fields.has(view.field_id) || changes.stateKeys.size) this.requestDraw();
  }

  close(): void { cancelAnimationFrame(this.raf); this.resizeObserver?.disconnect(); this.frame.root.remove(); }

  requestDraw(): void { if (!this.raf) this.raf = requestAnimationFrame(() => { this.raf = 0; this.draw(); }); }

  abstract draw(): void;
}
