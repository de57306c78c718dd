// node e2e/interact.mjs URL: the served neuron demo, steered from the page as a person would.
// Clicks a segment half way along the axon (the session adds its trace: v_trace gains a series) and types a stimulus
// into the slider's box (the session answers with a status "stimulus 1.5 nA"). One JSON line.
import { launch, openViewer, report, summary, waitUntil } from "./harness.mjs";

const [url] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await openViewer(browser, url);
  const first = await waitUntil(page, (s) => s.phase === "open" && s.fields && s.fields.v_trace && s.tick, { what: "the scene" });
  // the views are built on the next animation frame after the scene (D39): wait for the morphology's
  await page.waitForFunction(() => {
    const view = window.__scenewire.app.views.get("cell_view");
    return Boolean(view && view.geometryRecord);
  }, null, { timeout: 30000 });
  const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await settle();
  // its place on screen, from the view itself; clicked again (as a person would) if a late layout moved it
  let target = null, traced = null;
  for (let attempt = 0; attempt < 3 && !traced; attempt++) {
    target = await page.evaluate(() => {
      const scene = window.__scenewire.state.scene;
      const geometry = scene.geometries.find((g) => g.kind === "morphology");
      const ids = geometry.entity_ids;
      // an axon segment half way along (the demo traces the soma and the axon's end already)
      const axon = ids.map((id, i) => [String(id), i]).filter(([id]) => id.startsWith("axon"));
      const index = axon[Math.floor(axon.length / 2)][1];
      const [x, y] = window.__scenewire.app.views.get("cell_view").segmentPixel(index);
      return { index, entity: ids[index], x, y };
    });
    const box = await page.locator('[data-view-id="cell_view"] canvas').first().boundingBox();
    await page.mouse.click(box.x + target.x, box.y + target.y);
    traced = await waitUntil(page, (s) => s.fields.v_trace[1] > first.fields.v_trace[1], { timeoutMs: 10000, what: "a trace of the clicked segment" })
      .catch(async (e) => { if (attempt === 2) throw e; await settle(); return null; });
  }
  // the legend is drawn on the next animation frame after the new trace arrived
  const legendHas = (entity) => Array.from(document.querySelectorAll('[data-view-id="trace_view"]')).some((e) => e.innerText.includes(entity));
  await page.waitForFunction(legendHas, target.entity, { timeout: 30000 });
  const labels = await page.evaluate(() => Array.from(document.querySelectorAll('[data-view-id="trace_view"]')).map((e) => e.innerText).join(" "));
  const stim = page.locator('[data-control-id="stim"] input[type=number]');
  await stim.fill("1.5");
  await stim.press("Enter");
  const steered = await waitUntil(page, (s) => s.status === "stimulus 1.5 nA", { what: "the session's answer to the slider" });
  report({ first, target, traced: traced.fields.v_trace, labels, status: steered.status, problems: page.problems, last: await summary(page) });
} catch (e) {
  report({ error: String(e) }, 1);
} finally {
  await browser.close().catch(() => {});
}
