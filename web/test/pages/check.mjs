// The views' checks in real headless Chromium: node test/pages/check.mjs OUTDIR runs every check on the
// test pages, writes OUTDIR/results.json (what was measured; tests/web/test_views.py judges it, with
// Python's colour maps) and a screenshot of each page. Build first: node test/pages/build-pages.mjs.
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { launch, open, serve } from "./browser.mjs";

const out = process.argv[2] ?? "check-out";
await mkdir(out, { recursive: true });
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist-pages");
const { server, url } = await serve(root);
const browser = await launch();
const results = {};

/** RGBA of CSS pixel (x, y) of a canvas, read back through a 2-D canvas. */
function pixel(page, selector, x, y) {
  return page.evaluate(([selector, x, y]) => {
    const c = document.querySelector(selector);
    const r = c.getBoundingClientRect(), sx = c.width / r.width, sy = c.height / r.height;
    const t = document.createElement("canvas");
    t.width = c.width; t.height = c.height;
    const ctx = t.getContext("2d");
    ctx.drawImage(c, 0, 0);
    return [...ctx.getImageData(Math.floor(x * sx), Math.floor(y * sy), 1, 1).data];
  }, [selector, x, y]);
}

const frames = (page, n = 2) => page.evaluate((n) => new Promise((ok) => {
  const step = (k) => { if (k) requestAnimationFrame(() => step(k - 1)); else ok(); };
  step(n);
}), n);
const sent = (page) => page.evaluate(() => window.sw.connection.sent.splice(0));
const GL = '[data-view-id="m"] canvas.sw-gl';

try {
  // ---- the neuron: morphology, line plot, controls, status bar ----
  {
    const { page, problems } = await open(browser, url, "neuron");
    const r = (results.neuron = { problems });
    await frames(page);
    await page.screenshot({ path: join(out, "neuron.png") });
    const segs = [0, 3, 9, 20, 40, 50, 16];
    r.segments = [];
    for (const i of segs) {
      const [x, y] = await page.evaluate((i) => window.sw.app.views.get("m").segmentPixel(i), i);
      const value = await page.evaluate((i) => window.sw.state.field("v").values.data[i], i);
      r.segments.push({ index: i, value: Number.isNaN(value) ? "NaN" : value, pixel: await pixel(page, GL, x, y), at: [x, y] });
    }
    r.limits = [-80, 40];
    r.colormap = "coolwarm";
    // a colour update: every segment to 40 mV, one float each
    r.uploadsBefore = await page.evaluate(() => window.sw.app.views.get("m").uploads);
    await page.evaluate(() => {
      const { state, connection, nd } = window.sw;
      const n = state.field("v").values.shape[0];
      connection.emit(state.replace("v", nd("float32", [n], new Float32Array(n).fill(40))));
    });
    await frames(page);
    r.uploadsAfter = await page.evaluate(() => window.sw.app.views.get("m").uploads);
    r.afterUpdate = await pixel(page, GL, ...r.segments[0].at);
    // a click on segment 20 sends entity_clicked; a click on the background sends nothing
    const box = await page.locator(GL).boundingBox();
    await sent(page);
    const [cx, cy] = r.segments[3].at;
    await page.mouse.click(box.x + cx, box.y + cy);
    r.clicked = await sent(page);
    const selection = () => page.evaluate(() => ({ key: window.sw.state.frontendState.get("selection") ?? null, outlined: window.sw.app.views.get("m").outline?.count ?? 0 }));
    r.selected = await selection();
    await frames(page);
    await page.screenshot({ path: join(out, "neuron-selected.png") });
    r.clickedEntity = await page.evaluate(() => window.sw.state.scene.geometries[0].entity_ids[20]);
    await page.mouse.click(box.x + 20, box.y + 20);
    r.missed = await sent(page);
    r.unselected = await selection();
    // a segment far thinner than a pixel is still drawn and picked (the least radius, as in the Qt window)
    const thin = await page.evaluate(() => window.sw.app.views.get("m").segmentPixel(60));
    r.thinPixel = await pixel(page, GL, thin[0], thin[1]);
    await page.mouse.click(box.x + thin[0], box.y + thin[1]);
    r.thinClicked = await sent(page);
    // hovering names the segment
    await page.mouse.move(box.x + cx + 1, box.y + cy);
    await frames(page, 3);
    r.hover = await page.evaluate(() => { const h = document.querySelector(".sw-hover"); return h.hidden ? null : h.textContent; });
    r.scaleBar = await page.evaluate(() => document.querySelector(".sw-scalebar-text").textContent);
    r.colorBarTicks = await page.evaluate(() => [...document.querySelectorAll('[data-view-id="m"] .sw-colorbar-tick')].map((e) => e.textContent));

    // the line plot: both spikes' heights survive decimation; the axis per §8.3.4
    r.plot = await page.evaluate(() => {
      const v = window.sw.app.views.get("p");
      const u = v.plot;
      const samples = window.sw.state.field("traces").values.shape[0];
      return { yRange: v.yRange, drawnPoints: v.drawnPoints, samples, width: u.bbox.width, top: u.valToPos(40, "y", true), bbox: u.bbox };
    });
    r.plot.orangeNearTop = await page.evaluate(({ top, bbox }) => {
      const c = document.querySelector('[data-view-id="p"] canvas');
      const ctx = c.getContext("2d");
      const img = ctx.getImageData(bbox.left, Math.round(top) - 3, bbox.width, 7).data;
      let n = 0;
      for (let k = 0; k < img.length; k += 4) if (img[k] > 200 && img[k + 1] > 100 && img[k + 1] < 160 && img[k + 2] < 60) n++;
      return n;
    }, r.plot);
    // an append: the x axis follows
    await page.evaluate(() => {
      const { state, connection, nd, traces } = window.sw;
      const { t, v } = traces(8000);
      const c = state.replace("traces", nd("float32", [t.length, 2], v), { time: nd("float64", [t.length], t) });
      c.grown.set("traces", { dim: "time", appended: 8000 - 5440, trimmed: 0 });
      connection.emit(c);
    });
    await frames(page);
    r.plotAfterAppend = await page.evaluate(() => { const u = window.sw.app.views.get("p").plot; return [u.scales.x.min, u.scales.x.max]; });

    // controls: each sends what §6.2-§6.4 say
    await sent(page);
    const stim = page.locator('[data-control-id="stim"] input[type=number]');
    await stim.fill("1.25"); await stim.press("Enter"); await stim.blur();
    await page.locator('[data-control-id="noise"] input[type=checkbox]').click();
    await page.locator('[data-control-id="model"] select').selectOption("passive");
    const gain = page.locator('[data-control-id="gain"] input[type=number]');
    await gain.fill("7"); await gain.blur();
    await stim.fill("5"); await stim.blur(); // outside [0, 2]: refused here
    await page.locator('[data-action-id="reset"]').click();
    await page.locator("body").click({ position: { x: 1190, y: 790 } }).catch(() => {});
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press("r");
    await page.keyboard.press("a");
    await page.keyboard.press("Shift+A");
    await page.keyboard.press("Space");
    await page.keyboard.press(".");
    r.commands = await sent(page);
    r.sliderShows = await page.evaluate(() => document.querySelector('[data-control-id="stim"] input[type=range]').value);
    // a value from the session is shown, never sent back
    await page.evaluate(() => {
      const { state, connection, changes } = window.sw;
      state.control("stim").value = 1.5;
      connection.emit(changes({ controls: new Set(["stim"]) }));
    });
    r.fromSession = { shows: await page.evaluate(() => document.querySelector('[data-control-id="stim"] input[type=number]').value), sent: await sent(page) };

    // the status bar
    await page.evaluate(() => {
      const { connection, changes } = window.sw;
      connection.event({ kind: "tick", tick: { index: 5464, time: 136.6 } });
      connection.event({ kind: "run_state", state: "paused", ticks_per_s: 25 });
      connection.emit(changes({ status: { message: "held at t = 136.6 ms\u001b[2J" } }));
      connection.emit(changes({ errors: [{ message: "session_error: boom" }] }));
      connection.emit(changes({ errors: [{ message: "session_error: <b>twice</b>" }] }));
    });
    r.status = await page.evaluate(() => ({
      clock: document.querySelector(".sw-clock").textContent,
      run: document.querySelector(".sw-run").textContent,
      pause: document.querySelector(".sw-run-pause").textContent,
      message: document.querySelector(".sw-status-message").textContent,
      error: document.querySelector(".sw-error").hidden ? null : document.querySelector(".sw-error-text").textContent,
      boldTags: document.querySelectorAll(".sw-error b").length,
    }));
    await page.screenshot({ path: join(out, "neuron-status.png") });
    await page.click(".sw-error-dismiss");
    r.status.afterDismiss = await page.evaluate(() => document.querySelector(".sw-error").hidden);

    // an observer: controls read-only, nothing sent; the role shows
    await page.evaluate(() => window.sw.connection.event({ kind: "access", access: "observe", waiting: false, clients: 3 }));
    await page.locator('[data-action-id="reset"]').click({ force: true }).catch(() => {});
    await page.keyboard.press("r");
    r.observer = await page.evaluate(() => ({
      role: document.querySelector(".sw-role-tag").textContent,
      button: document.querySelector(".sw-role-button").textContent,
      sliderDisabled: document.querySelector('[data-control-id="stim"] input[type=range]').disabled,
      enabledInputs: [...document.querySelectorAll(".sw-controls input, .sw-controls select, .sw-controls button")].filter((e) => !e.disabled).map((e) => e.outerHTML),
      sent: window.sw.connection.sent.splice(0),
    }));
    await page.click(".sw-role-button");
    r.observer.request = await sent(page);
    await page.evaluate(() => window.sw.connection.event({ kind: "closed", code: 1006, reason: "the server went away" }));
    r.closed = await page.evaluate(() => ({ banner: document.querySelector(".sw-banner").hidden ? null : document.querySelector(".sw-banner").textContent }));
    await page.screenshot({ path: join(out, "neuron-closed.png") });
    await page.close();
  }

  // ---- the surface: colours through the map, a click picks a grid point and moves the slice ----
  {
    const { page, problems } = await open(browser, url, "surface");
    const r = (results.surface = { problems });
    await frames(page);
    await page.screenshot({ path: join(out, "surface.png") });
    await page.evaluate(() => {
      const { state, connection, changes } = window.sw;
      state.frontendState.set("shade", "none");
      connection.emit(changes({ stateKeys: new Set(["shade"]) }));
    });
    await frames(page);
    const sel = '[data-view-id="s"] canvas.sw-gl';
    r.points = [];
    for (const [i, j] of [[5, 5], [15, 20], [25, 33]]) {
      const at = await page.evaluate(([i, j]) => window.sw.app.views.get("s").pointPixel(i, j), [i, j]);
      const value = await page.evaluate(([i, j]) => window.sw.state.field("h").values.data[i * 40 + j], [i, j]);
      r.points.push({ i, j, value, at, pixel: await pixel(page, sel, at[0], at[1]) });
    }
    r.limits = await page.evaluate(() => { const d = window.sw.state.field("h").values.data; let lo = Infinity, hi = -Infinity; for (const v of d) { lo = Math.min(lo, v); hi = Math.max(hi, v); } return [lo, hi]; });
    const before = await page.evaluate(() => window.sw.app.views.get("slice").yRange);
    const box = await page.locator(sel).boundingBox();
    const [x, y] = r.points[1].at;
    await page.mouse.click(box.x + x, box.y + y);
    await frames(page);
    r.click = await page.evaluate(() => ({ row: window.sw.state.frontendState.get("s.y"), col: window.sw.state.frontendState.get("s.x"), sent: window.sw.connection.sent.splice(0) }));
    r.slice = { before, after: await page.evaluate(() => window.sw.app.views.get("slice").yRange) };
    await page.screenshot({ path: join(out, "surface-picked.png") });
    await page.close();
  }

  // ---- raster, image, state graph ----
  {
    const { page, problems } = await open(browser, url, "plots");
    const r = (results.plots = { problems });
    await frames(page);
    await page.screenshot({ path: join(out, "plots.png") });
    r.raster = await page.evaluate(() => { const v = window.sw.app.views.get("r"); return { drawn: v.drawn, xRange: v.xRange }; });
    const im = await page.evaluate(() => window.sw.app.views.get("im").box);
    r.image = { cells: [] };
    for (const [i, j] of [[0, 0], [39, 29], [20, 10], [7, 5]]) {
      const x = im.left + ((i + 0.5) / 40) * im.width, y = im.top + im.height - ((j + 0.5) / 30) * im.height;
      const value = await page.evaluate(([i, j]) => window.sw.state.field("sheet").values.data[j * 40 + i], [i, j]);
      r.image.cells.push({ i, j, value: Number.isNaN(value) ? "NaN" : value, pixel: await pixel(page, '[data-view-id="im"] canvas', x, y) });
    }
    r.image.limits = [0, 40 * 30 - 1];
    r.graph = await page.evaluate(() => [...document.querySelectorAll('[data-view-id="gr"] .sw-node')].map((g) => ({ id: g.dataset.node, fill: g.querySelector("circle").getAttribute("fill") })));
    await page.locator('[data-view-id="gr"] .sw-node[data-node="O"] circle').click();
    r.graphClick = await sent(page);
    await page.close();
  }
} finally {
  await writeFile(join(out, "results.json"), JSON.stringify(results, null, 1));
  await browser.close();
  server.close();
}
