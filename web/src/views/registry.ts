// The §8.3 view variants and what draws each; an unknown kind (a later minor, §13) gets a placeholder.
import type { Changes, SceneReader, Send, ViewAdapter, ViewFactory } from "../state/types";
import { ViewFrame } from "./common";
import { imageView } from "./image";
import { linePlotView } from "./line_plot";
import { morphologyView } from "./morphology";
import { rasterView } from "./raster";
import { stateGraphView } from "./state_graph";
import { surfaceView } from "./surface";

export const VIEW_FACTORIES: Readonly<Record<string, ViewFactory>> = {
  morphology: morphologyView,
  surface: surfaceView,
  line_plot: linePlotView,
  state_graph: stateGraphView,
  raster: rasterView,
  image: imageView,
};

/** A view this client cannot draw: says so in its place. */
class UnknownView implements ViewAdapter {
  private readonly frame: ViewFrame;
  constructor(viewId: string, kind: string) {
    this.frame = new ViewFrame("unknown", viewId);
    this.frame.say(`this viewer cannot draw a view of kind ${JSON.stringify(kind)}`);
  }
  build(parent: HTMLElement): void { parent.append(this.frame.root); }
  apply(_changes: Changes): void {}
  close(): void { this.frame.root.remove(); }
}

export const viewFactory: ViewFactory = (viewId, state, send, ctx) => {
  const kind = String(state.view(viewId)?.kind);
  const make = VIEW_FACTORIES[kind];
  return make ? make(viewId, state, send, ctx) : new UnknownView(viewId, kind);
};

export type { SceneReader, Send };
