// node bench/page_load.mjs URL [N]: page load to the server's hello and to the first applied scene (with fields) in headless
// Chromium, N fresh pages against a running `scenewire serve`, and the bundle's size raw and gzip.
// The first drawn frame is the views' (web-views): this is the core's part of the path.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { launch, openViewer, waitUntil } from "../e2e/harness.mjs";

const [url, n = "5"] = process.argv.slice(2);
const app = await readFile(new URL("../../python/scenewire/web_bundle/app.js", import.meta.url));
const browser = await launch();
const times = [];
try {
  for (let i = 0; i < Number(n); i++) {
    const page = await openViewer(browser, url);
    const s = await waitUntil(page, (x) => x.firstSceneMs !== null);
    times.push([s.helloMs, s.firstSceneMs].map((t) => Math.round(t)));
    await page.evaluate(() => window.__scenewire.connection.leave());
    await page.context().close();
  }
} finally {
  await browser.close();
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
console.log(JSON.stringify({
  helloAndSceneMs: times, medianHelloMs: median(times.map((t) => t[0])), medianSceneMs: median(times.map((t) => t[1])),
  bundleBytes: app.length, bundleGzipBytes: gzipSync(app).length,
}));
