// Where each panel of the effective layout (§8.10, §8.11) goes: a CSS grid, as the Qt window's QGridLayout
// places its frames (python/scenewire/frontend/window.py grid_cells/default_cells/row_stretches).

/** A panel's cell: row, column, row span, column span (0-based). */
export type Cell = [number, number, number, number];

/** Panel id -> cell from a `panel_grid`: a repeated id spans its bounding box. */
export function gridCells(grid: string[][]): Map<string, Cell> {
  const boxes = new Map<string, [number, number, number, number]>();
  grid.forEach((row, r) => row.forEach((pid, c) => {
    const b = boxes.get(pid);
    if (!b) boxes.set(pid, [r, c, r, c]);
    else { b[0] = Math.min(b[0], r); b[1] = Math.min(b[1], c); b[2] = Math.max(b[2], r); b[3] = Math.max(b[3], c); }
  }));
  const out = new Map<string, Cell>();
  for (const [pid, [r0, c0, r1, c1]] of boxes) out.set(pid, [r0, c0, r1 - r0 + 1, c1 - c0 + 1]);
  return out;
}

/** Without a grid: view panels stacked (two columns from four on), controls in a column at the right. */
export function defaultCells(panels: Array<{ id: string; kind: string }>): Map<string, Cell> {
  const views = panels.filter((p) => p.kind !== "controls").map((p) => p.id);
  const controls = panels.filter((p) => p.kind === "controls").map((p) => p.id);
  const columns = views.length <= 3 ? 1 : 2;
  const rows = Math.max(1, Math.ceil(views.length / columns));
  const cells = new Map<string, Cell>();
  views.forEach((pid, i) => cells.set(pid, [Math.floor(i / columns), i % columns, 1, 1]));
  if (views.length && columns === 2 && views.length % 2) cells.set(views[views.length - 1], [rows - 1, 0, 1, 2]);
  controls.forEach((pid, j) => cells.set(pid, [controls.length > 1 ? j : 0, columns, controls.length === 1 ? rows : 1, 1]));
  return cells;
}

/** Rows whose one-row panels are all controls keep their natural height (0); the others share the rest (1). */
export function rowStretches(cells: Map<string, Cell>, kinds: Map<string, string>): number[] {
  const rows = new Map<number, Set<string>>();
  for (const [pid, [row, , nrows]] of cells) {
    for (let r = row; r < row + nrows; r++) if (!rows.has(r)) rows.set(r, new Set());
    if (nrows === 1) rows.get(row)!.add(kinds.get(pid) ?? "");
  }
  const n = Math.max(0, ...[...rows.keys()].map((r) => r + 1));
  const out = Array.from({ length: n }, (_, r) => {
    const found = rows.get(r);
    return found && found.size === 1 && found.has("controls") ? 0 : 1;
  });
  return out.some((s) => s) ? out : out.map(() => 1);
}

/** Columns holding only controls keep their width (0); the others share the rest (1). */
export function columnStretches(cells: Map<string, Cell>, kinds: Map<string, string>): number[] {
  const cols = new Map<number, Set<string>>();
  for (const [pid, [, col, , ncols]] of cells) {
    for (let c = col; c < col + ncols; c++) {
      if (!cols.has(c)) cols.set(c, new Set());
      cols.get(c)!.add(kinds.get(pid) ?? "");
    }
  }
  const n = Math.max(0, ...[...cols.keys()].map((c) => c + 1));
  return Array.from({ length: n }, (_, c) => {
    const found = cols.get(c);
    return found && found.size === 1 && found.has("controls") ? 0 : 1;
  });
}

/** The cells of a layout record: its `panel_grid` when present, else the default arrangement. */
export function layoutCells(layout: Record<string, any>): Map<string, Cell> {
  const panels: Array<{ id: string; kind: string }> = layout?.panels ?? [];
  return Array.isArray(layout?.panel_grid) && layout.panel_grid.length ? gridCells(layout.panel_grid) : defaultCells(panels);
}

/** CSS grid-template tracks from stretches: 0 is "auto" (natural size), 1 a share of the rest. */
export function tracks(stretches: number[]): string {
  return stretches.map((s) => (s ? "minmax(0, 1fr)" : "auto")).join(" ");
}

const PANEL_KIND: Record<string, string> = {
  morphology: "view_3d", surface: "view_3d", line_plot: "line_plot", state_graph: "state_graph",
  raster: "line_plot", image: "line_plot",
};

/** The default layout of §8.11 for a scene without one (the core derives it too; test pages use this). */
export function defaultLayout(scene: Record<string, any>): Record<string, any> {
  const panels: Array<Record<string, any>> = (scene.views ?? []).map((v: Record<string, any>) => {
    const p: Record<string, any> = { id: `panel:${v.id}`, kind: PANEL_KIND[v.kind] ?? "line_plot", view_ids: [v.id], control_ids: [], action_ids: [] };
    if (typeof v.title === "string") p.title = v.title;
    return p;
  });
  const controls = scene.controls ?? [], actions = scene.actions ?? [];
  if (controls.length || actions.length) {
    panels.push({ id: "panel:controls", kind: "controls", title: "Controls", view_ids: [],
      control_ids: controls.map((c: any) => c.id), action_ids: actions.map((a: any) => a.id) });
  }
  const out: Record<string, any> = { panels };
  if (typeof scene.metadata?.title === "string") out.title = scene.metadata.title;
  return out;
}
