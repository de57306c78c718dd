// The default layout of spec §8.11, derived from the scene alone (never from bound values).

const PANEL_KIND: Record<string, string> = {
  morphology: "view_3d", surface: "view_3d", line_plot: "line_plot", state_graph: "state_graph",
  raster: "line_plot", image: "line_plot",
};

export function defaultLayout(scene: Record<string, any>): Record<string, any> {
  const panels: Record<string, any>[] = scene.views.map((v: Record<string, any>) => {
    const p: Record<string, any> = { id: `panel:${v.id}`, kind: PANEL_KIND[v.kind] ?? "line_plot", view_ids: [v.id], control_ids: [], action_ids: [] };
    if (v.title !== undefined) p.title = v.title;
    return p;
  });
  if (scene.controls.length || scene.actions.length) {
    panels.push({
      id: "panel:controls", kind: "controls", title: "Controls", view_ids: [],
      control_ids: scene.controls.map((c: Record<string, any>) => c.id), action_ids: scene.actions.map((a: Record<string, any>) => a.id),
    });
  }
  const layout: Record<string, any> = { panels };
  if (typeof scene.metadata.title === "string") layout.title = scene.metadata.title;
  return layout;
}
