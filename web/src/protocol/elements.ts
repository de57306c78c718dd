// The scene elements of spec §8 as record tables, with each element's own rules and the scene's
// cross-references (§8.12). All checks are linear: ids are looked up in Sets (§11).
import type { NdArray } from "../state/types";
import { fail } from "../wire/errors";
import { float, isInt, isNumber, asNumber } from "../wire/float";
import { type RecordSpec, type WireType, distinct, decodeAs } from "./records";

const S = "string", OPT = false, REQ = true;
const strings: WireType = { array: "string" };

function oneOf(v: unknown, allowed: readonly string[], what: string): void {
  if (v !== undefined && !allowed.includes(v as string)) fail("invalid_value", `${what} ${JSON.stringify(v)} is not one of ${allowed.join(", ")}`);
}

export const FIELD: RecordSpec = {
  name: "field",
  fields: {
    id: [S, REQ], values: [{ nd: "any" }, REQ], dims: [strings, REQ],
    coords: [{ mapOf: { nd: "numeric1" } }, REQ], unit: [S, OPT], attrs: ["map", REQ],
  },
  check(f) {
    checkFieldShape(f.id, f.values, f.dims, f.coords);
  },
};

/** §8.1: one distinct dim per axis, coordinates only for dims and as long as their axis. */
export function checkFieldShape(id: string, values: NdArray, dims: string[], coords: Record<string, NdArray>): void {
  if (dims.length !== values.shape.length) fail("invalid_value", `field ${id}: ${dims.length} dims for ${values.shape.length}-d values`);
  distinct(dims, `field ${id} dims`);
  for (const [dim, c] of Object.entries(coords)) {
    const axis = dims.indexOf(dim);
    if (axis < 0) fail("invalid_value", `field ${id}: coords for ${JSON.stringify(dim)}, not one of its dims`);
    if (c.shape[0] !== values.shape[axis]) fail("invalid_value", `field ${id}: coords of ${dim} hold ${c.shape[0]} entries, the axis ${values.shape[axis]}`);
  }
}

const MORPHOLOGY_GEOMETRY: RecordSpec = {
  name: "morphology geometry",
  fields: {
    kind: [S, REQ], id: [S, REQ], positions: [{ nd: "floatN3" }, REQ], orientations: [{ nd: "floatN33" }, REQ],
    radii: [{ nd: "float1" }, REQ], lengths: [{ nd: "float1" }, REQ], xlocs: [{ nd: "float1" }, REQ],
    entity_ids: [strings, REQ], section_names: [strings, REQ], colors: [{ nd: "colour" }, OPT], labels: [strings, OPT],
  },
  check(g) {
    const n = g.entity_ids.length;
    for (const k of ["positions", "orientations", "radii", "lengths", "xlocs", "colors"]) {
      if (g[k] && (g[k] as NdArray).shape[0] !== n) fail("invalid_value", `geometry ${g.id}: ${k} has ${(g[k] as NdArray).shape[0]} entries for ${n} segments`);
    }
    for (const k of ["section_names", "labels"]) {
      if (g[k] && g[k].length !== n) fail("invalid_value", `geometry ${g.id}: ${k} has ${g[k].length} entries for ${n} segments`);
    }
  },
};

const GRID_GEOMETRY: RecordSpec = {
  name: "grid geometry",
  fields: { kind: [S, REQ], id: [S, REQ], dims: [strings, REQ], coords: [{ mapOf: { nd: "numeric1" } }, REQ] },
  check(g) {
    if (g.dims.length !== 2 || g.dims[0] === g.dims[1]) fail("invalid_value", `grid ${g.id}: two distinct dims needed`);
    const keys = Object.keys(g.coords);
    if (keys.length !== 2 || !keys.includes(g.dims[0]) || !keys.includes(g.dims[1])) fail("invalid_value", `grid ${g.id}: coords for exactly its two dims needed`);
  },
};

export const GEOMETRY: Record<string, RecordSpec> = { morphology: MORPHOLOGY_GEOMETRY, grid: GRID_GEOMETRY };

const GRAPH_NODE: RecordSpec = {
  name: "graph node",
  fields: { id: [S, REQ], label: [S, OPT], field_id: [S, OPT], position: ["point", OPT] },
};
const GRAPH_EDGE: RecordSpec = {
  name: "graph edge",
  fields: { source: [S, REQ], target: [S, REQ], label: [S, OPT], field_id: [S, OPT] },
};

/** §8.14 rule 6 (1.1): where a 3-D view's camera starts; angles in degrees, distance in scene units. */
const CAMERA: RecordSpec = {
  name: "camera",
  fields: { azimuth: ["float", REQ], elevation: ["float", REQ], distance: ["positive", OPT] },
  check(c) {
    if (!Number.isFinite(c.azimuth)) fail("invalid_value", `camera azimuth ${c.azimuth} is not finite`);
    if (!(c.elevation >= -90 && c.elevation <= 90)) fail("invalid_value", `camera elevation ${c.elevation} is not in [-90, 90]`);
    if (c.distance !== undefined && !Number.isFinite(c.distance)) fail("invalid_value", `camera distance ${c.distance} is not finite`);
  },
};

const COMMON_VIEW: Record<string, [WireType, boolean]> = { kind: [S, REQ], id: [S, REQ], title: [S, OPT], bindings: [{ mapOf: S }, REQ] };

/** §8.3.1: a binding names a property of the view (or a line plot's "selectors.<dim>"). */
function checkBindings(view: Record<string, any>, spec: RecordSpec): void {
  for (const name of Object.keys(view.bindings)) {
    if (name === "id" || name === "kind" || name === "bindings") fail("invalid_value", `view ${view.id}: ${name} cannot be bound`);
    if (Object.prototype.hasOwnProperty.call(spec.fields, name)) continue;
    if (view.kind === "line_plot" && name.startsWith("selectors.") && name.length > "selectors.".length) continue;
    fail("invalid_value", `view ${view.id}: a binding for ${JSON.stringify(name)}, not a bindable property`);
  }
}

function viewSpec(name: string, fields: Record<string, [WireType, boolean]>, rules?: (v: Record<string, any>) => void): RecordSpec {
  const spec: RecordSpec = {
    name,
    fields: { ...COMMON_VIEW, ...fields },
    check(v) {
      rules?.(v);
      checkBindings(v, spec);
    },
  };
  return spec;
}

export const SHADINGS = ["smooth", "flat", "none"] as const;
export const MARKERS = ["tick", "dot"] as const;

/** The view variants of §8.3 (raster and image are 1.1). */
export const VIEW: Record<string, RecordSpec> = {
  morphology: viewSpec("morphology view", {
    geometry_id: [S, REQ], color_field_id: [S, OPT], colormap: [S, REQ], color_limits: ["range", OPT],
    camera: [{ record: CAMERA }, OPT],
  }),
  surface: viewSpec("surface view", {
    grid_id: [S, REQ], height_field_id: [S, REQ], color_field_id: [S, OPT], colormap: [S, REQ],
    color_limits: ["range", OPT], shading: [S, REQ], show_axes: ["bool", REQ],
    height_scale: ["positive", OPT], camera: [{ record: CAMERA }, OPT],
  }, (v) => {
    oneOf(v.shading, SHADINGS, "shading");
    if (v.height_scale !== undefined && !Number.isFinite(v.height_scale)) fail("invalid_value", `view ${v.id}: height_scale ${v.height_scale} is not finite`);
  }),
  line_plot: viewSpec("line_plot view", {
    field_id: [S, REQ], x_dim: [S, REQ], series_dim: [S, OPT], selectors: [{ mapOf: "uint" }, REQ],
    series_labels: [strings, OPT], x_label: [S, OPT], y_label: [S, OPT], x_unit: [S, OPT], y_unit: [S, OPT],
    rolling_window: ["positive", OPT], y_limits: ["range", OPT],
  }, (v) => {
    if (v.series_dim !== undefined && v.series_dim === v.x_dim) fail("invalid_value", `view ${v.id}: series_dim equals x_dim`);
  }),
  state_graph: viewSpec("state_graph view", {
    nodes: [{ array: { record: GRAPH_NODE } }, REQ], edges: [{ array: { record: GRAPH_EDGE } }, REQ],
    colormap: [S, REQ], color_limits: ["range", OPT],
  }, (v) => {
    const ids = v.nodes.map((n: Record<string, any>) => n.id as string);
    distinct(ids, `view ${v.id} nodes`);
    const known = new Set(ids);
    for (const e of v.edges) {
      if (!known.has(e.source) || !known.has(e.target)) fail("invalid_value", `view ${v.id}: an edge ${e.source} -> ${e.target} between unknown nodes`);
    }
  }),
  raster: viewSpec("raster view", {
    field_id: [S, REQ], event_dim: [S, REQ], unit_count: ["uint1", OPT], marker: [S, REQ], time_label: [S, OPT],
    time_unit: [S, OPT], unit_label: [S, OPT], rolling_window: ["positive", OPT],
  }, (v) => oneOf(v.marker, MARKERS, "marker")),
  image: viewSpec("image view", {
    field_id: [S, REQ], x_dim: [S, REQ], y_dim: [S, REQ], colormap: [S, REQ], color_limits: ["range", OPT],
    x_label: [S, OPT], y_label: [S, OPT], x_unit: [S, OPT], y_unit: [S, OPT], value_label: [S, OPT], value_unit: [S, OPT],
  }, (v) => {
    if (v.x_dim === v.y_dim) fail("invalid_value", `view ${v.id}: y_dim equals x_dim`);
  }),
};

/** The view kinds a 1.0 decoder knows (§13: raster and image are refused by one). */
export const VIEW_KINDS_1_0 = new Set(["morphology", "surface", "line_plot", "state_graph"]);

export const VALUE_SPEC: Record<string, RecordSpec> = {
  scalar: {
    name: "scalar spec",
    fields: { kind: [S, REQ], min: ["float", REQ], max: ["float", REQ], integer: ["bool", REQ], step: ["positive", OPT] },
    check(s) {
      if (!(s.min < s.max)) fail("invalid_value", `scalar spec: min ${s.min} is not below max ${s.max}`);
    },
  },
  choice: {
    name: "choice spec",
    fields: { kind: [S, REQ], options: [strings, REQ] },
    check(s) {
      if (s.options.length === 0) fail("invalid_value", "choice spec without options");
      distinct(s.options, "choice options");
    },
  },
  bool: { name: "bool spec", fields: { kind: [S, REQ] } },
  xy: { name: "xy spec", fields: { kind: [S, REQ], x_range: ["range", REQ], y_range: ["range", REQ] } },
};

/** Whether `value` fits `spec` (§8.5). */
export function fits(spec: Record<string, any>, value: unknown): boolean {
  switch (spec.kind) {
    case "scalar": {
      if (!isNumber(value)) return false;
      const x = asNumber(value)!;
      if (!(spec.min <= x && x <= spec.max)) return false;
      return !spec.integer || Number.isInteger(x) || isInt(value);
    }
    case "choice": return typeof value === "string" && spec.options.includes(value);
    case "bool": return typeof value === "boolean";
    case "xy": {
      if (!Array.isArray(value) || value.length !== 2 || !isNumber(value[0]) || !isNumber(value[1])) return false;
      const [x, y] = [asNumber(value[0])!, asNumber(value[1])!];
      return spec.x_range[0] <= x && x <= spec.x_range[1] && spec.y_range[0] <= y && y <= spec.y_range[1];
    }
  }
  return false;
}

/** A scalar's value held as §7.10 says: an integer for an integer spec, else a float. */
export function heldValue(spec: Record<string, any>, value: unknown): unknown {
  if (spec.kind !== "scalar") return value;
  const x = asNumber(value)!;
  if (spec.integer) return typeof value === "bigint" ? value : Number.isSafeInteger(x) ? x : Number.isInteger(x) ? BigInt(x) : x;
  return x;
}

export const CONTROL: RecordSpec = {
  name: "control",
  fields: { id: [S, REQ], label: [S, REQ], spec: [{ variant: VALUE_SPEC }, REQ], value: ["any", REQ], send_to_session: ["bool", REQ] },
  check(c) {
    if (!fits(c.spec, c.value)) fail("invalid_value", `control ${c.id}: its value does not fit its spec`);
  },
};

/** A control's value in the form a scene state holds and writes it (§7.10: 3.0 of an integer scalar is 3). */
export function heldValueWire(spec: Record<string, any>, value: unknown): unknown {
  if (spec.kind !== "scalar") return value;
  const held = heldValue(spec, value);
  return spec.integer ? held : float(held as number);
}

export const ACTION: RecordSpec = {
  name: "action",
  fields: { id: [S, REQ], label: [S, REQ], payload: ["map", REQ], shortcuts: [strings, REQ] },
};

export const OPERATOR: RecordSpec = {
  name: "operator",
  fields: { id: [S, REQ], kind: [S, REQ], inputs: [strings, REQ], output: [S, OPT], params: ["map", REQ] },
};

export const PANEL_KINDS = ["view_3d", "line_plot", "controls", "state_graph"] as const;
export const PANEL: RecordSpec = {
  name: "panel",
  fields: { id: [S, REQ], kind: [S, REQ], title: [S, OPT], view_ids: [strings, REQ], control_ids: [strings, REQ], action_ids: [strings, REQ] },
  check: (p) => oneOf(p.kind, PANEL_KINDS, "panel kind"),
};

/** §8.10: distinct panel ids; a grid of equal, non-empty rows naming only these panels. */
export function checkLayout(panels: Record<string, any>[], grid: string[][] | undefined): void {
  const ids = panels.map((p) => p.id as string);
  distinct(ids, "panel ids");
  if (grid === undefined) return;
  if (grid.length === 0) fail("invalid_value", "a panel_grid without rows");
  const known = new Set(ids);
  for (const row of grid) {
    if (row.length === 0) fail("invalid_value", "an empty panel_grid row");
    if (row.length !== grid[0]!.length) fail("invalid_value", "panel_grid rows of unequal length");
    for (const cell of row) if (!known.has(cell)) fail("invalid_value", `panel_grid names no panel ${JSON.stringify(cell)}`);
  }
}

export const LAYOUT: RecordSpec = {
  name: "layout",
  fields: { title: [S, OPT], panels: [{ array: { record: PANEL } }, REQ], panel_grid: [{ array: strings }, OPT] },
  check: (l) => checkLayout(l.panels, l.panel_grid),
};

export const TICK: RecordSpec = { name: "tick", fields: { index: ["uint", REQ], time: ["float", OPT] } };

/** Ids a panel names that the scene lacks, or null (§8.12, §7.5). */
export function missingPanelRefs(panel: Record<string, any>, views: Set<string>, controls: Set<string>, actions: Set<string>): string | null {
  for (const id of panel.view_ids ?? []) if (!views.has(id)) return `view ${id}`;
  for (const id of panel.control_ids ?? []) if (!controls.has(id)) return `control ${id}`;
  for (const id of panel.action_ids ?? []) if (!actions.has(id)) return `action ${id}`;
  return null;
}

/** The fields and geometry a view names that the scene lacks, or null (§8.12). */
export function missingViewRefs(v: Record<string, any>, fields: Set<string>, geometries: Map<string, string>): string | null {
  const field = (id: string | undefined) => (id !== undefined && !fields.has(id) ? `field ${id}` : null);
  switch (v.kind) {
    case "morphology":
      if (geometries.get(v.geometry_id) !== "morphology") return `morphology geometry ${v.geometry_id}`;
      return field(v.color_field_id);
    case "surface":
      if (geometries.get(v.grid_id) !== "grid") return `grid geometry ${v.grid_id}`;
      return field(v.height_field_id) ?? field(v.color_field_id);
    case "state_graph":
      for (const x of [...v.nodes, ...v.edges]) { const m = field(x.field_id); if (m) return m; }
      return null;
    default:
      return field(v.field_id);
  }
}

export function makeSceneSpec(views: Record<string, RecordSpec>): RecordSpec {
  return {
    name: "scene",
    fields: {
      fields: [{ array: { record: FIELD } }, REQ], geometries: [{ array: { variant: GEOMETRY } }, REQ],
      views: [{ array: { variant: views } }, REQ], operators: [{ array: { record: OPERATOR } }, REQ],
      controls: [{ array: { record: CONTROL } }, REQ], actions: [{ array: { record: ACTION } }, REQ],
      layout: [{ record: LAYOUT }, OPT], metadata: ["map", REQ], time_unit: [S, OPT],
    },
    check: checkScene,
  };
}

/** §8.12's cross-references. */
export function checkScene(s: Record<string, any>): void {
  const ids = (xs: Record<string, any>[]) => xs.map((x) => x.id as string);
  for (const k of ["fields", "geometries", "views", "operators", "controls", "actions"]) distinct(ids(s[k]), `${k} ids`);
  const fields = new Set(ids(s.fields));
  const geometries = new Map<string, string>(s.geometries.map((g: Record<string, any>) => [g.id, g.kind]));
  for (const v of s.views) {
    const m = missingViewRefs(v, fields, geometries);
    if (m) fail("invalid_value", `view ${v.id} names a ${m} the scene lacks`);
  }
  for (const o of s.operators) for (const f of o.inputs) if (!fields.has(f)) fail("invalid_value", `operator ${o.id} reads a field ${f} the scene lacks`);
  if (s.layout) {
    const views = new Set(ids(s.views)), controls = new Set(ids(s.controls)), actions = new Set(ids(s.actions));
    for (const p of s.layout.panels) {
      const m = missingPanelRefs(p, views, controls, actions);
      if (m) fail("invalid_value", `panel ${p.id} names a ${m} the scene lacks`);
    }
  }
}

export const SCENE = makeSceneSpec(VIEW);

/** Decodes one view record (used by scene_patch and bindings: the view with a value in place). */
export function decodeView(v: unknown): Record<string, any> {
  return decodeAs({ variant: VIEW }, v, "view");
}
