// node e2e/shared_run.mjs URL: two pages on one shared run (protocol 1.1, `scenewire serve --shared`):
// the first controls, the second observes (?access=observe); the observer asks for control, the
// controller pauses the run and then gives control up. One JSON line with what each page held.
import { launch, openViewer, report, waitUntil } from "./harness.mjs";

const [url] = process.argv.slice(2);
const observeUrl = url.replace(/\/(#|$)/, "/?access=observe$1");
const browser = await launch();
const send = (page, command) => page.evaluate((c) => window.__scenewire.connection.send(c), command);
const ready = (s) => s.phase === "open" && s.access && s.fields && Object.keys(s.fields).length > 0;
try {
  const a = await openViewer(browser, url);
  const first = await waitUntil(a, ready, { what: "the first page's scene and role" });
  const b = await openViewer(browser, observeUrl);
  const observer = await waitUntil(b, (s) => ready(s) && s.access.clients === 2, { what: "the observer's scene and role" });
  await waitUntil(a, (s) => s.access.clients === 2, { what: "the controller told of two clients" });
  await send(b, { kind: "control_request", want: true });
  const waiting = await waitUntil(b, (s) => s.access.waiting, { what: "the observer's request waiting" });
  await send(a, { kind: "run_control", action: "pause" });
  const paused = await waitUntil(b, (s) => s.runState && s.runState.state === "paused", { what: "the observer told of the pause" });
  await send(a, { kind: "control_request", want: false });
  const took = await waitUntil(b, (s) => s.access.access === "control" && !s.access.waiting, { what: "control passed" });
  const gave = await waitUntil(a, (s) => s.access.access === "observe", { what: "the first page observing" });
  report({ first, observer, waiting, paused, took, gave, problems: [...a.problems, ...b.problems] });
} catch (e) {
  report({ error: String(e) }, 1);
} finally {
  await browser.close().catch(() => {});
}
