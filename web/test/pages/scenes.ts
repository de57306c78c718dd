// Scenes for the test pages, as a session would send them: a branched neuron with its traces and
// controls, a surface with a slice plot, a raster, an image and a state graph.
import { field, nd } from "./fake";

/** A rotation whose third column is the unit vector d (§8.14 rule 3), in C order. */
export function axisTo(d: [number, number, number]): number[] {
  const n = Math.hypot(...d);
  const z = d.map((x) => x / n) as [number, number, number];
  const helper: [number, number, number] = Math.abs(z[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
  const cross = (a: number[], b: number[]) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
  let x = cross(helper, z);
  const xn = Math.hypot(...x);
  x = x.map((v) => v / xn);
  const y = cross(z, x);
  return [x[0], y[0], z[0], x[1], y[1], z[1], x[2], y[2], z[2]];
}

export interface Cell {
  positions: number[]; orientations: number[]; radii: number[]; lengths: number[]; xlocs: number[];
  entity_ids: string[]; section_names: string[];
}

/** A soma, two dendrite trees and an axon: segments along straight sections. */
export function buildCell(): Cell {
  const cell: Cell = { positions: [], orientations: [], radii: [], lengths: [], xlocs: [], entity_ids: [], section_names: [] };
  const section = (name: string, start: [number, number, number], dir: [number, number, number], count: number, seglen: number, radius: number) => {
    const n = Math.hypot(...dir);
    const d = dir.map((v) => v / n) as [number, number, number];
    for (let k = 0; k < count; k++) {
      const s = (k + 0.5) * seglen;
      cell.positions.push(start[0] + d[0] * s, start[1] + d[1] * s, start[2] + d[2] * s);
      cell.orientations.push(...axisTo(d));
      cell.radii.push(radius);
      cell.lengths.push(seglen);
      cell.xlocs.push((k + 0.5) / count);
      cell.entity_ids.push(`${name}(${((k + 0.5) / count).toFixed(3)})`);
      cell.section_names.push(name);
    }
    return [start[0] + d[0] * count * seglen, start[1] + d[1] * count * seglen, start[2] + d[2] * count * seglen] as [number, number, number];
  };
  section("soma", [0, -10, 0], [0, 1, 0], 1, 20, 10);
  const a = section("dend[0]", [-6, 10, 0], [-1, 1.2, 0], 6, 10, 2.5);
  section("dend[1]", a, [-1, 0.3, 0], 5, 10, 1.8);
  section("dend[2]", a, [0.1, 1, 0], 5, 10, 1.8);
  const b = section("dend[3]", [6, 10, 0], [1, 1.1, 0], 6, 10, 2.5);
  section("dend[4]", b, [1, 0.2, 0.2], 5, 10, 1.8);
  section("dend[5]", b, [0.2, 1, -0.2], 5, 10, 1.8);
  section("axon", [0, -10, 0], [0, -1, 0], 25, 10, 1.5);
  section("thin", [10, -5, 0], [1, -1, 0], 4, 10, 0.02); // far below a pixel: drawn at the least radius
  return cell;
}

export function morphologyGeometry(id: string, cell: Cell): Record<string, any> {
  const n = cell.entity_ids.length;
  return {
    kind: "morphology", id,
    positions: nd("float32", [n, 3], Float32Array.from(cell.positions)),
    orientations: nd("float32", [n, 3, 3], Float32Array.from(cell.orientations)),
    radii: nd("float32", [n], Float32Array.from(cell.radii)),
    lengths: nd("float32", [n], Float32Array.from(cell.lengths)),
    xlocs: nd("float32", [n], Float32Array.from(cell.xlocs)),
    entity_ids: cell.entity_ids, section_names: cell.section_names,
  };
}

/** Voltage per segment: a ramp from -80 to 40 mV along the segments, the last dendrite segment NaN. */
export function rampValues(n: number, nanAt: number): Float32Array {
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = -80 + (120 * i) / (n - 1);
  v[nanAt] = NaN;
  return v;
}

/** Two traces (soma, axon) of an action-potential train: `samples` long, dt 0.025 ms, one spike per 15 ms. */
export function traces(samples: number): { t: Float64Array; v: Float32Array } {
  const t = new Float64Array(samples), v = new Float32Array(samples * 2);
  for (let i = 0; i < samples; i++) {
    const time = i * 0.025;
    t[i] = time;
    const phase = time % 15;
    const soma = phase < 0.6 ? -65 + 95 * Math.sin((Math.PI * phase) / 0.6) : -70 + 10 * (phase / 15);
    v[2 * i] = soma;
    v[2 * i + 1] = phase < 0.6 ? soma + 10 : soma - 6;
  }
  return { t, v };
}

export function neuronScene(): Record<string, any> {
  const cell = buildCell();
  const n = cell.entity_ids.length;
  const { t, v } = traces(5440);
  return {
    fields: [
      field("v", ["segment"], nd("float32", [n], rampValues(n, 16)), {}, "mV"),
      field("traces", ["time", "trace"], nd("float32", [t.length, 2], v), { time: nd("float64", [t.length], t) }, "mV"),
    ],
    geometries: [morphologyGeometry("cell", cell)],
    views: [
      { kind: "morphology", id: "m", geometry_id: "cell", color_field_id: "v", colormap: "coolwarm", color_limits: [-80, 40], bindings: {} },
      { kind: "line_plot", id: "p", field_id: "traces", x_dim: "time", series_dim: "trace", selectors: {}, series_labels: ["soma(0.500)", "axon(0.992)"],
        x_label: "time", x_unit: "ms", y_label: "V", y_unit: "mV", title: "voltage traces", bindings: {} },
    ],
    operators: [],
    controls: [
      { id: "stim", label: "stimulus into the soma (nA)", spec: { kind: "scalar", min: 0, max: 2, integer: false, step: 0.05 }, value: 0.8, send_to_session: true },
      { id: "noise", label: "noise", spec: { kind: "bool" }, value: false, send_to_session: true },
      { id: "model", label: "channels", spec: { kind: "choice", options: ["hh", "passive"] }, value: "hh", send_to_session: true },
      { id: "gain", label: "gain (unbounded)", spec: { kind: "scalar", min: 0, max: Infinity, integer: true }, value: 3, send_to_session: true },
    ],
    actions: [{ id: "reset", label: "Reset", payload: { hard: true }, shortcuts: ["r"] }],
    layout: {
      title: "branched neuron",
      panels: [
        { id: "cell", kind: "view_3d", title: "cell", view_ids: ["m"], control_ids: [], action_ids: [] },
        { id: "traces", kind: "line_plot", title: "traces", view_ids: ["p"], control_ids: [], action_ids: [] },
        { id: "controls", kind: "controls", title: "controls", view_ids: [], control_ids: ["stim", "noise", "model", "gain"], action_ids: ["reset"] },
      ],
      panel_grid: [["cell", "traces"], ["cell", "controls"]],
    },
    metadata: { title: "branched neuron" },
  };
}

export function surfaceScene(): Record<string, any> {
  const R = 30, C = 40;
  const rows = Float64Array.from({ length: R }, (_, i) => i * 2), cols = Float64Array.from({ length: C }, (_, j) => j * 2);
  const h = new Float64Array(R * C);
  for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) h[i * C + j] = 12 * Math.sin((i + 4) / 6) * Math.cos(j / 8);
  return {
    fields: [field("h", ["y", "x"], nd("float64", [R, C], h), { y: nd("float64", [R], rows), x: nd("float64", [C], cols) }, "mm")],
    geometries: [{ kind: "grid", id: "g", dims: ["y", "x"], coords: { y: nd("float64", [R], rows), x: nd("float64", [C], cols) } }],
    views: [
      { kind: "surface", id: "s", grid_id: "g", height_field_id: "h", colormap: "viridis", shading: "smooth", show_axes: true, title: "height", bindings: { shading: "shade" } },
      { kind: "line_plot", id: "slice", field_id: "h", x_dim: "x", selectors: { y: 0 }, title: "row through the picked point", x_label: "x", y_label: "h", y_unit: "mm", bindings: { "selectors.y": "s.y" } },
    ],
    operators: [], controls: [], actions: [], metadata: { title: "surface" },
  };
}

export function plotsScene(): Record<string, any> {
  const E = 3000, units = 50;
  const times = new Float64Array(E), who = new Int32Array(E);
  for (let e = 0; e < E; e++) { times[e] = e * 0.1; who[e] = (e * 37) % units; }
  const NX = 40, NY = 30;
  const img = new Float32Array(NX * NY); // dims [y, x]: C order y major
  for (let j = 0; j < NY; j++) for (let i = 0; i < NX; i++) img[j * NX + i] = i + j * NX;
  img[5 * NX + 7] = NaN;
  return {
    fields: [
      field("spikes", ["spike"], nd("int32", [E], who), { spike: nd("float64", [E], times) }),
      field("sheet", ["y", "x"], nd("float32", [NY, NX], img), {
        x: nd("float64", [NX], Float64Array.from({ length: NX }, (_, i) => i * 0.5)),
        y: nd("float64", [NY], Float64Array.from({ length: NY }, (_, j) => j * 0.5)),
      }, "mV"),
      field("c", ["t"], nd("float64", [3], new Float64Array([0.1, 0.2, 0.9]))),
      field("o", ["t"], nd("float64", [1], new Float64Array([0.0]))),
      field("i", [], nd("float64", [], new Float64Array([1.0]))),
    ],
    geometries: [],
    views: [
      { kind: "raster", id: "r", field_id: "spikes", event_dim: "spike", unit_count: units, marker: "tick", time_label: "time", time_unit: "ms", unit_label: "neuron", rolling_window: 100, title: "spikes", bindings: {} },
      { kind: "image", id: "im", field_id: "sheet", x_dim: "x", y_dim: "y", colormap: "magma", x_label: "x", x_unit: "mm", y_label: "y", y_unit: "mm", value_label: "V", title: "sheet", bindings: {} },
      { kind: "state_graph", id: "gr", colormap: "viridis", title: "channel states",
        nodes: [{ id: "C", field_id: "c", position: [0, 0] }, { id: "O", field_id: "o", position: [1, 0] }, { id: "I", label: "inactivated", field_id: "i", position: [0.5, 0.8] }],
        edges: [{ source: "C", target: "O", label: "k1" }, { source: "O", target: "I" }, { source: "I", target: "C" }], bindings: {} },
    ],
    operators: [], controls: [], actions: [], metadata: { title: "plots" },
    layout: {
      panels: [
        { id: "a", kind: "line_plot", view_ids: ["r"], control_ids: [], action_ids: [] },
        { id: "b", kind: "line_plot", view_ids: ["im"], control_ids: [], action_ids: [] },
        { id: "c", kind: "state_graph", view_ids: ["gr"], control_ids: [], action_ids: [] },
      ],
      panel_grid: [["a", "a"], ["b", "c"]],
    },
  };
}
