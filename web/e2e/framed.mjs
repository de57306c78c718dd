// node e2e/framed.mjs HOST FRAME_HTML: a page served from http://HOST:PORT/ (a notebook's stand-in)
// holds FRAME_HTML (the <iframe> a Jupyter cell shows); reports whether the framed viewer reached its
// scene, one JSON line: {framed: true, summary} or {framed: false, why}.
import { createServer } from "node:http";
import { launch, report } from "./harness.mjs";

const [host, frameHtml] = process.argv.slice(2);
const outer = createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html><body><h1>notebook</h1>${frameHtml}</body></html>`);
});
await new Promise((resolve) => outer.listen(0, host, resolve));
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const blocked = [];
  page.on("console", (m) => { if (/Refused to frame/i.test(m.text())) blocked.push(m.text()); });
  await page.goto(`http://${host}:${outer.address().port}/`, { waitUntil: "load" });
  const deadline = Date.now() + 30000;
  let last = null;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f !== page.mainFrame());
    last = frame ? await frame.evaluate(() => (window.__scenewire ? window.__scenewire.summary() : null)).catch(() => null) : null;
    if (last && last.phase === "open" && last.tick && last.fields && Object.keys(last.fields).length > 0) {
      report({ framed: true, summary: last });
    }
    if (blocked.length) report({ framed: false, why: blocked[0] });
    // a frame the server's frame-ancestors refuses shows Chromium's error page instead of the viewer
    if (frame && frame.url().startsWith("chrome-error:")) report({ framed: false, why: `frame-ancestors refused it (${frame.url()})` });
    await page.waitForTimeout(100);
  }
  report({ framed: false, why: blocked[0] ?? `no scene in the frame; it holds ${JSON.stringify(last)}` });
} catch (e) {
  report({ framed: false, why: String(e) }, 1);
} finally {
  await browser.close().catch(() => {});
  outer.close();
}
