// node e2e/viewer_check.mjs URL MODE: opens the served viewer and reports what it saw, one JSON line.
//   MODE "live":   waits for the scene and for two later ticks; reports the summary and the page's state keys
//   MODE "closed": waits until the page shows a closed connection; reports the summary and the status text
//   MODE "dies":   waits for the scene, prints {"ready": true}, then waits (after the test kills the
//                  server) until the page shows the connection lost
import { launch, openViewer, report, statusText, summary, waitUntil } from "./harness.mjs";

const [url, mode = "live"] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await openViewer(browser, url);
  if (mode === "live") {
    const first = await waitUntil(page, (s) => s.phase === "open" && s.fields && Object.keys(s.fields).length > 0 && s.tick, { what: "the scene and a tick" });
    const later = await waitUntil(page, (s) => s.tick && s.tick.index >= first.tick.index + 2, { what: "two more ticks" });
    const wire = await page.evaluate(() => window.__scenewire.wire());
    report({ first, later, status: await statusText(page), sceneFields: wire.scene.fields.map((f) => f.id), problems: page.problems });
  } else if (mode === "closed") {
    const s = await waitUntil(page, (x) => x.phase === "closed" && x.close, { what: "a closed connection" });
    report({ summary: s, status: await statusText(page), problems: page.problems });
  } else if (mode === "dies") {
    await waitUntil(page, (s) => s.phase === "open" && s.fields && Object.keys(s.fields).length > 0 && s.tick, { what: "the scene" });
    process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
    const s = await waitUntil(page, (x) => x.close && x.close.code !== 1000, { timeoutMs: 60000, what: "the connection lost" });
    report({ summary: s, status: await statusText(page), problems: page.problems });
  } else {
    report({ error: `unknown mode ${mode}` }, 2);
  }
} catch (e) {
  report({ error: String(e), summary: null }, 1);
} finally {
  await browser.close().catch(() => {});
}
