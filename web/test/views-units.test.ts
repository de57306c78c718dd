import { test } from "node:test";
import assert from "node:assert/strict";
import { decimateMinMax, lowerBound } from "../src/views/decimate";
import { colorAt, dataLimits, lutBytes, mapValue, niceTicks, position } from "../src/views/colormap";
import { columnStretches, defaultCells, defaultLayout, gridCells, rowStretches } from "../src/ui/layout";

test("decimation keeps a one-sample spike and a one-sample dip at any column count", () => {
  const n = 100_000;
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) { x[i] = i * 0.025; y[i] = -65 + Math.sin(i / 500); }
  y[31_337] = 40; // one spike sample
  y[77_001] = -90; // one dip sample
  for (const columns of [50, 300, 1000]) {
    const d = decimateMinMax(x, y, 0, n, x[0], x[n - 1], columns);
    assert.ok(d.x.length <= 5 * columns + 8, `${d.x.length} points for ${columns} columns`);
    assert.ok(d.y.includes(40), "the spike survives");
    assert.ok(d.y.includes(-90), "the dip survives");
    assert.equal(d.x[0], x[0]);
    assert.equal(d.x[d.x.length - 1], x[n - 1]);
    for (let i = 1; i < d.x.length; i++) assert.ok(d.x[i] >= d.x[i - 1], "x stays ascending");
  }
});

test("decimation passes short series through and keeps NaN gaps", () => {
  const x = [0, 1, 2, 3], y = [1, NaN, 3, 4];
  const d = decimateMinMax(x, y, 0, 4, 0, 3, 100);
  assert.deepEqual([...d.y].map(String), ["1", "NaN", "3", "4"]);
  const n = 10_000, xs = new Float64Array(n), ys = new Float64Array(n).fill(1);
  for (let i = 0; i < n; i++) xs[i] = i;
  ys[5000] = NaN;
  const g = decimateMinMax(xs, ys, 0, n, 0, n - 1, 10);
  assert.ok(g.y.some((v) => Number.isNaN(v)), "a gap stays a gap");
});

test("lowerBound finds a rolling window's start", () => {
  const a = [0, 1, 2, 3, 4, 5];
  assert.equal(lowerBound(a, 2.5), 3);
  assert.equal(lowerBound(a, -1), 0);
  assert.equal(lowerBound(a, 9), 6);
});

test("colour map positions follow §8.13 rule 3", () => {
  assert.equal(position(5, 0, 10), 0.5);
  assert.equal(position(-Infinity, 0, 10), 0);
  assert.equal(position(Infinity, 0, 10), 1);
  assert.equal(position(Infinity, 3, 3), 0.5);
  assert.ok(Number.isNaN(position(NaN, 0, 1)));
  assert.deepEqual(mapValue(NaN, "viridis", [0, 1]), [1, 0, 1, 1]);
  assert.deepEqual(colorAt("grays", 0.25), [0.25, 0.25, 0.25]);
  assert.deepEqual(mapValue(1, "no-such-map", [0, 1]), [0.9932, 0.9062, 0.1439, 1]);
  const [r, g, b] = colorAt("hot", 0.5);
  assert.ok(Math.abs(r - 1) < 1e-12 && Math.abs(g - (0.5 - 0.3651) / (0.7460 - 0.3651)) < 1e-12 && b === 0);
});

test("the 256-entry table stays within 1/255 of the rule", () => {
  for (const name of ["viridis", "coolwarm", "hot"]) {
    const lut = lutBytes(name);
    for (let k = 0; k < 1000; k++) {
      const t = k / 999, f = t * 255, i = Math.min(254, Math.floor(f)), w = f - i;
      const exact = colorAt(name, t);
      for (let c = 0; c < 3; c++) {
        const got = ((1 - w) * lut[4 * i + c] + w * lut[4 * (i + 1) + c]) / 255;
        assert.ok(Math.abs(got - exact[c]) <= 1 / 255 + 1e-9, `${name} t=${t} channel ${c}`);
      }
    }
  }
});

test("limits from the data skip NaN and infinities; none gives [0, 1]", () => {
  const a = { dtype: "float32", shape: [4], data: new Float32Array([NaN, -3, Infinity, 7]) };
  assert.deepEqual(dataLimits([a]), [-3, 7]);
  assert.deepEqual(dataLimits([{ dtype: "float64", shape: [1], data: new Float64Array([NaN]) }]), [0, 1]);
  assert.deepEqual(dataLimits([{ dtype: "int64", shape: [2], data: new BigInt64Array([5n, -2n]) }]), [-2, 5]);
  assert.deepEqual(niceTicks(-80, 40, 6), [-80, -60, -40, -20, 0, 20, 40]);
});

test("a panel_grid's repeated id spans its bounding box", () => {
  const cells = gridCells([["a", "b"], ["a", "c"]]);
  assert.deepEqual(cells.get("a"), [0, 0, 2, 1]);
  assert.deepEqual(cells.get("b"), [0, 1, 1, 1]);
  assert.deepEqual(cells.get("c"), [1, 1, 1, 1]);
});

test("without a grid: views stacked left, controls at the right over every row", () => {
  const layout = defaultLayout({
    views: [{ id: "m", kind: "morphology", title: "cell" }, { id: "p", kind: "line_plot" }],
    controls: [{ id: "amp" }], actions: [{ id: "r" }], metadata: { title: "demo" },
  });
  assert.equal(layout.title, "demo");
  assert.deepEqual(layout.panels.map((p: any) => [p.id, p.kind]),
    [["panel:m", "view_3d"], ["panel:p", "line_plot"], ["panel:controls", "controls"]]);
  assert.equal(layout.panels[0].title, "cell");
  assert.ok(!("title" in layout.panels[1]));
  const cells = defaultCells(layout.panels);
  assert.deepEqual(cells.get("panel:m"), [0, 0, 1, 1]);
  assert.deepEqual(cells.get("panel:p"), [1, 0, 1, 1]);
  assert.deepEqual(cells.get("panel:controls"), [0, 1, 2, 1]);
  const kinds = new Map<string, string>(layout.panels.map((p: any) => [p.id, p.kind]));
  assert.deepEqual(columnStretches(cells, kinds), [1, 0]);
  const five = defaultCells(["a", "b", "c", "d", "e"].map((id) => ({ id, kind: "line_plot" })));
  assert.deepEqual(five.get("e"), [2, 0, 1, 2], "an odd last view takes the whole row");
  const g = gridCells([["v", "v"], ["c", "c"]]);
  assert.deepEqual(rowStretches(g, new Map([["v", "view_3d"], ["c", "controls"]])), [1, 0]);
});

import { columnBins, columnXs, minMaxColumns } from "../src/views/decimate";

test("aligned min/max decimation keeps spikes in every series, strided, in occurrence order", () => {
  const n = 20_000, series = 3;
  const x = new Float64Array(n);
  const y = new Float32Array(n * series); // C order (time, series): series s at s + i * series
  for (let i = 0; i < n; i++) { x[i] = i; for (let s = 0; s < series; s++) y[i * series + s] = s; }
  y[12_345 * series + 1] = 99; // a spike in series 1
  y[5 * series + 2] = NaN;
  const bins = columnBins(x, 0, n, 0, n, 200);
  const xs = columnXs(bins, 0, n);
  assert.equal(xs.length, 400);
  const out: Array<number | null> = [];
  minMaxColumns(y, 1, series, bins, out);
  assert.equal(out.length, xs.length);
  assert.ok(out.includes(99));
  assert.equal(Math.max(...(out as number[])), 99);
  minMaxColumns(y, 0, series, bins, out);
  assert.ok(out.every((v) => v === 0), "a flat line stays flat");
  const dip = new Float64Array([5, 1, 9, 2]);
  const b1 = columnBins([0, 1, 2, 3], 0, 4, 0, 4, 1);
  minMaxColumns(dip, 0, 1, b1, out);
  assert.deepEqual(out, [1, 9], "min came first");
  minMaxColumns(new Float64Array([5, 9, 1, 2]), 0, 1, b1, out);
  assert.deepEqual(out, [9, 1], "max came first");
});

import { newestPerEntry } from "../src/views/common";
import { viewLines, yAxisLimits } from "../src/views/line_plot";
import { keyName } from "../src/ui/keys";

test("a colour field shows its newest sample per segment (§8.3.2)", () => {
  const trace = { dtype: "float32", shape: [3, 4], data: Float32Array.from({ length: 12 }, (_, i) => i) };
  assert.deepEqual([...newestPerEntry(trace, 3, new Float32Array(3))], [3, 7, 11]);
  const empty = { dtype: "float32", shape: [3, 0], data: new Float32Array(0) };
  assert.ok([...newestPerEntry(empty, 3, new Float32Array(3))].every(Number.isNaN));
  assert.throws(() => newestPerEntry(trace, 5, new Float32Array(5)), /3 entries along its first axis, the geometry 5/);
});

test("the line plot's y axis follows §8.3.4", () => {
  assert.deepEqual(yAxisLimits([-80, 40], 0, 1), [-80, 40]);
  assert.deepEqual(yAxisLimits([0, 0], 0, 1), [-1, 1]);
  assert.deepEqual(yAxisLimits([10, 10], 0, 1), [9.5, 10.5]);
  assert.deepEqual(yAxisLimits(undefined, Infinity, -Infinity), [0, 1]);
  const [lo, hi] = yAxisLimits(undefined, -70, 30);
  assert.ok(Math.abs(lo - -74) < 1e-12 && Math.abs(hi - 34) < 1e-12);
});

test("line plot lines: selectors fix other dims; one beyond its axis draws no line", () => {
  const field = {
    id: "f", dtype: "float32", dims: ["trial", "time", "cell"], decl: {},
    values: { dtype: "float32", shape: [2, 3, 2], data: Float32Array.from({ length: 12 }, (_, i) => i) },
    coords: { time: { dtype: "float64", shape: [3], data: new Float64Array([0, 0.5, 1]) } },
  };
  const lines = viewLines({ x_dim: "time", series_dim: "cell", selectors: { trial: 1 } }, field);
  assert.ok(typeof lines !== "string");
  if (typeof lines === "string") return;
  assert.deepEqual([...(lines.x as Float64Array)], [0, 0.5, 1]);
  const series1 = [0, 1, 2].map((i) => lines.data[lines.series[1].base + i * lines.series[1].stride]);
  assert.deepEqual(series1, [7, 9, 11]);
  const none = viewLines({ x_dim: "time", series_dim: "cell", selectors: { trial: 2 } }, field);
  assert.ok(typeof none !== "string" && none.series.length === 0);
  assert.match(viewLines({ x_dim: "t" }, field) as string, /has no dim "t"/);
});

test("key names follow §6.4", () => {
  const k = (key: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) =>
    keyName({ key, ctrlKey: false, altKey: false, shiftKey: false, ...mods });
  assert.equal(k("A", { shiftKey: true }), "Shift+a");
  assert.equal(k("!", { shiftKey: true }), "!");
  assert.equal(k(" "), "Space");
  assert.equal(k("ArrowLeft", { ctrlKey: true, altKey: true }), "Ctrl+Alt+Left");
  assert.equal(k("s", { ctrlKey: true }), "Ctrl+s");
  assert.equal(k("Shift", { shiftKey: true }), null);
  assert.equal(k("F5"), "F5");
});
