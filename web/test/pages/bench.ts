// The views' benchmark, run in the page (page.html?scene=bench) by bench/bench_web_views.py through
// test/pages/bench.mjs: main-thread time of one colour update of a 100 000-segment morphology (upload and
// draw, decode excluded: it is the core's), against colouring on the CPU (an RGBA per segment) in the same
// run; and of one 50-series trace append to a line plot, whole-window decimation included.
import { mountApp } from "../../src/ui/app";
import { mapValue } from "../../src/views/colormap";
import type { MorphologyView } from "../../src/views/morphology";
import type { LinePlotView } from "../../src/views/line_plot";
import { FakeConnection, FakeScene, changes, field, nd } from "./fake";
import { axisTo } from "./scenes";

function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }

/** n segments in rows of 100 short ones: a lawn of cylinders, all in view. */
export function lawnScene(n: number, series: number, window: number): Record<string, any> {
  const pos = new Float32Array(3 * n), ori = new Float32Array(9 * n), rad = new Float32Array(n).fill(0.4), len = new Float32Array(n).fill(1.6);
  const R = axisTo([1, 0, 0]);
  for (let i = 0; i < n; i++) { pos.set([(i % 400) * 2, Math.floor(i / 400) * 2, 0], 3 * i); ori.set(R, 9 * i); }
  const ids = Array.from({ length: n }, (_, i) => `s${i}`);
  const t = Float64Array.from({ length: window }, (_, i) => i * 0.025);
  const v = new Float32Array(window * series);
  for (let i = 0; i < v.length; i++) v[i] = -65 + 10 * Math.sin(i / 97);
  return {
    fields: [
      field("v", ["segment"], nd("float32", [n], new Float32Array(n)), {}, "mV"),
      field("traces", ["time", "trace"], nd("float32", [window, series], v), { time: nd("float64", [window], t) }, "mV"),
    ],
    geometries: [{ kind: "morphology", id: "cell", positions: nd("float32", [n, 3], pos), orientations: nd("float32", [n, 3, 3], ori),
      radii: nd("float32", [n], rad), lengths: nd("float32", [n], len), xlocs: nd("float32", [n], new Float32Array(n).fill(0.5)),
      entity_ids: ids, section_names: ids }],
    views: [
      { kind: "morphology", id: "m", geometry_id: "cell", color_field_id: "v", colormap: "viridis", color_limits: [-80, 40], bindings: {} },
      { kind: "line_plot", id: "p", field_id: "traces", x_dim: "time", series_dim: "trace", selectors: {}, rolling_window: (window - 1) * 0.025, x_unit: "ms", y_unit: "mV", bindings: {} },
    ],
    operators: [], controls: [], actions: [], metadata: {},
  };
}

export async function runBench(opts: { segments: number; series: number; window: number; append: number; repeat: number }): Promise<Record<string, unknown>> {
  const { segments: n, series, window, append, repeat } = opts;
  const state = new FakeScene(lawnScene(n, series, window));
  const connection = new FakeConnection();
  const app = mountApp(document.getElementById("app")!, state, connection);
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const morph = app.views.get("m") as MorphologyView;
  const plot = app.views.get("p") as LinePlotView;
  const gl = morph.renderer!.getContext();
  const px = new Uint8Array(4);
  const sync = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px); // wait for the GPU (process)
  const values = Array.from({ length: repeat + 2 }, (_, k) => Float32Array.from({ length: n }, (_, i) => -80 + ((i * 7 + k * 13) % 120)));

  // ours: one float32 per segment to the GPU, mapped in the shader
  const ours: number[] = [], oursSynced: number[] = [];
  for (let k = 0; k < repeat; k++) {
    sync();
    const t0 = performance.now();
    morph.apply(state.replace("v", nd("float32", [n], values[k])));
    morph.draw();
    const t1 = performance.now();
    sync();
    ours.push(t1 - t0);
    oursSynced.push(performance.now() - t0);
  }
  // baseline: an RGBA per segment mapped on the CPU (§8.13's rule, value by value) and uploaded as 4 floats
  const colorAttr = (morph.mesh!.geometry.getAttribute("iColor") as any);
  const rgba = colorAttr.array as Float32Array;
  const cpu: number[] = [], cpuSynced: number[] = [];
  morph.material.uniforms.mode.value = 1;
  for (let k = 0; k < repeat; k++) {
    sync();
    const t0 = performance.now();
    const vals = values[k];
    for (let i = 0; i < n; i++) rgba.set(mapValue(vals[i], "viridis", [-80, 40]), 4 * i);
    colorAttr.needsUpdate = true;
    morph.draw();
    const t1 = performance.now();
    sync();
    cpu.push(t1 - t0);
    cpuSynced.push(performance.now() - t0);
  }
  morph.material.uniforms.mode.value = 0;

  // a 50-series trace append: `append` samples at the end, as many trimmed from the front (max_length)
  const f = state.scene!.fields.find((x: any) => x.id === "traces");
  let tLast = (window - 1) * 0.025;
  const appendTimes: number[] = [], applyTimes: number[] = [];
  for (let k = 0; k < repeat; k++) {
    const old = f.values.data as Float32Array, oldT = f.coords.time.data as Float64Array;
    const v = new Float32Array(old.length), t = new Float64Array(window);
    v.set(old.subarray(append * series));
    t.set(oldT.subarray(append));
    for (let i = 0; i < append; i++) {
      tLast += 0.025;
      t[window - append + i] = tLast;
      for (let s = 0; s < series; s++) v[(window - append + i) * series + s] = -65 + 10 * Math.sin((tLast * 40 + s) / 97) + (i === 0 && s === k % series ? 100 : 0);
    }
    f.values = nd("float32", [window, series], v);
    f.coords = { time: nd("float64", [window], t) };
    const c = changes({ fields: new Set(["traces"]) });
    c.grown.set("traces", { dim: "time", appended: append, trimmed: append });
    const t0 = performance.now();
    plot.apply(c);
    applyTimes.push(performance.now() - t0); // decimation and setData, before uPlot draws
    await Promise.resolve(); // uPlot commits its redraw in a microtask
    appendTimes.push(performance.now() - t0);
  }

  // long tasks while 60 ticks/s play (a colour update and a trace append each), 3 s
  const longTasks: number[] = [];
  const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
  obs.observe({ type: "longtask", buffered: false });
  let ticks = 0;
  const start = performance.now();
  // 60 ticks/s for 3 s (fewer when a tick takes longer than its 16.7 ms: then it says how many it played)
  while (ticks < 180 && performance.now() - start < 6000) {
    const due = start + (ticks * 1000) / 60;
    await new Promise((ok) => setTimeout(ok, Math.max(0, due - performance.now())));
    morph.apply(state.replace("v", nd("float32", [n], values[ticks % values.length])));
    const c = changes({ fields: new Set(["traces"]) });
    c.grown.set("traces", { dim: "time", appended: append, trimmed: append });
    plot.apply(c);
    ticks++;
  }
  const streamSeconds = (performance.now() - start) / 1000;
  await new Promise((ok) => setTimeout(ok, 200));
  obs.disconnect();
  return {
    segments: n, series, window, append, repeat,
    colourOurs: median(ours), colourOursSynced: median(oursSynced), colourCpu: median(cpu), colourCpuSynced: median(cpuSynced),
    appendMedian: median(appendTimes), appendApplyMedian: median(applyTimes), appendMax: Math.max(...appendTimes), drawnPoints: plot.drawnPoints,
    ticks, streamSeconds, longTasks: longTasks.length, longestTask: longTasks.length ? Math.max(...longTasks) : 0,
    renderer: (() => { const d = gl.getExtension("WEBGL_debug_renderer_info"); return d ? gl.getParameter(d.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER); })(),
  };
}
