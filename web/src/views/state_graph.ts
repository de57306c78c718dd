// The state_graph view (§8.3.5): nodes and edges in SVG, each coloured by its field's last value through
// the view's colour map (limits over every field the view names, §8.13). A click on a node sends
// entity_clicked with the node's id.
import type { Changes, SceneReader, Send, ViewAdapter, ViewContext } from "../state/types";
import { css, mapValue, num, resolveColormap, viewLimits } from "./colormap";
import { ColorBar, ViewFrame, fieldOrNull } from "./common";

const SVG = "http://www.w3.org/2000/svg";
const UNCOLORED = "rgb(200, 204, 210)";

export class StateGraphView implements ViewAdapter {
  readonly frame: ViewFrame;
  private readonly host = document.createElement("div");
  private readonly svg = document.createElementNS(SVG, "svg");
  private readonly colorBar = new ColorBar();

  constructor(readonly viewId: string, readonly state: SceneReader, readonly send: Send, readonly ctx?: ViewContext) {
    this.frame = new ViewFrame("state_graph", viewId);
  }

  build(parent: HTMLElement): void {
    parent.append(this.frame.root);
    this.host.className = "sw-plot-host sw-graph sw-with-colorbar";
    this.svg.setAttribute("class", "sw-graph-svg");
    this.host.append(this.svg, this.colorBar.root);
    this.frame.body.append(this.host);
    this.draw();
  }

  apply(changes: Changes): void {
    const view = this.state.resolvedView(this.viewId);
    const ids = new Set<string>([...(view.nodes ?? []), ...(view.edges ?? [])].map((x: any) => x.field_id).filter((x: unknown) => typeof x === "string"));
    if (changes.scene || changes.views.has(this.viewId) || changes.stateKeys.size || [...ids].some((id) => changes.fields.has(id))) this.draw();
  }

  close(): void { this.frame.root.remove(); }

  /** The last element of a field as a number, or null without one. */
  private value(id: unknown): number | null {
    const f = fieldOrNull(this.state, id);
    if (!f || f.values.data.length === 0) return null;
    return num(f.values.data, f.values.data.length - 1);
  }

  draw(): void {
    const view = this.state.resolvedView(this.viewId);
    this.frame.setTitle(view.title);
    const nodes: Array<Record<string, any>> = view.nodes ?? [], edges: Array<Record<string, any>> = view.edges ?? [];
    const name = resolveColormap(view.colormap);
    const fieldIds = [...nodes, ...edges].map((x) => x.field_id).filter((x) => typeof x === "string");
    const limits = viewLimits(view.color_limits, fieldIds.map((id) => fieldOrNull(this.state, id)?.values));
    const colour = (fid: unknown) => {
      if (typeof fid !== "string") return UNCOLORED;
      const v = this.value(fid);
      return v === null ? UNCOLORED : css(mapValue(v, name, limits));
    };
    // positions: the given ones, the others on a circle
    const pos = new Map<string, [number, number]>();
    nodes.forEach((n, i) => {
      const p = n.position;
      pos.set(n.id, Array.isArray(p) && p.length === 2 ? [Number(p[0]), -Number(p[1])] : [Math.cos((2 * Math.PI * i) / nodes.length), Math.sin((2 * Math.PI * i) / nodes.length)]);
    });
    const xs = [...pos.values()].map((p) => p[0]), ys = [...pos.values()].map((p) => p[1]);
    const x0 = Math.min(...xs, 0), x1 = Math.max(...xs, 0), y0 = Math.min(...ys, 0), y1 = Math.max(...ys, 0);
    const span = Math.max(x1 - x0, y1 - y0, 1e-9);
    const r = 0.09 * span + 1e-9;
    this.svg.setAttribute("viewBox", `${x0 - 2 * r} ${y0 - 2 * r} ${x1 - x0 + 4 * r} ${y1 - y0 + 4 * r}`);
    this.svg.replaceChildren();
    const el = (tag: string, attrs: Record<string, string | number>) => {
      const e = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      return e;
    };
    const defs = el("defs", {});
    const arrow = el("marker", { id: `arrow-${this.viewId}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" });
    arrow.append(el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#555" }));
    defs.append(arrow);
    this.svg.append(defs);
    for (const e of edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b) continue;
      const dx = b[0] - a[0], dy = b[1] - a[1], d = Math.hypot(dx, dy) || 1;
      const line = el("line", {
        x1: a[0] + (dx / d) * r, y1: a[1] + (dy / d) * r, x2: b[0] - (dx / d) * r, y2: b[1] - (dy / d) * r,
        stroke: typeof e.field_id === "string" ? colour(e.field_id) : "#555", "stroke-width": r * 0.12, "marker-end": `url(#arrow-${this.viewId})`,
      });
      this.svg.append(line);
      if (typeof e.label === "string") {
        const t = el("text", { x: (a[0] + b[0]) / 2, y: (a[1] + b[1]) / 2 - r * 0.25, "font-size": r * 0.5, "text-anchor": "middle", fill: "#333" });
        t.textContent = e.label;
        this.svg.append(t);
      }
    }
    for (const n of nodes) {
      const [x, y] = pos.get(n.id)!;
      const g = el("g", { class: "sw-node", "data-node": n.id });
      const fill = colour(n.field_id);
      const selected = this.state.frontendState.get("selection") === n.id;
      g.append(el("circle", { cx: x, cy: y, r, fill, stroke: selected ? "#e8590c" : "#333", "stroke-width": r * (selected ? 0.14 : 0.06) }));
      const rgb = fill.match(/\d+/g)?.map(Number) ?? [200, 200, 200];
      const dark = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 128;
      const t = el("text", { x, y: y + r * 0.18, "font-size": r * 0.5, "text-anchor": "middle", fill: dark ? "#fff" : "#111" });
      t.textContent = typeof n.label === "string" ? n.label : n.id;
      g.append(t);
      g.addEventListener("click", () => {
        this.send({ kind: "entity_clicked", entity_id: n.id, view_id: this.viewId });
        this.ctx?.setLocalState({ selection: n.id }); // §7.7: a click on a node selects it
      });
      this.svg.append(g);
    }
    if (fieldIds.length) this.colorBar.show(name, limits, null); else this.colorBar.hide();
  }
}

export function stateGraphView(viewId: string, state: SceneReader, send: Send, ctx?: ViewContext): ViewAdapter {
  return new StateGraphView(viewId, state, send, ctx);
}
