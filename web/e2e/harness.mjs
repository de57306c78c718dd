// Driving the served viewer in real Chromium (Debian's /usr/bin/chromium) with playwright-core.
// Plain ES module: Node runs it without a build. Reused by every browser test (pytest starts
// `scenewire serve` through tests/web_harness.py and runs a script of this folder against the
// page URL it printed); see web/README.md.
import { inflateSync } from "node:zlib";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.SCENEWIRE_CHROMIUM ?? "/usr/bin/chromium";

/** Headless Chromium with software WebGL (SwiftShader), so three.js draws without a GPU. */
export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist"],
  });
}

/**
 * Opens `url` in a new page of `browser`; the page's console errors, page errors and failed
 * requests are collected in `page.problems` (a test asserts there are none).
 */
export async function openViewer(browser, url, { width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  page.problems = [];
  page.on("console", (m) => { if (m.type() === "error") page.problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => page.problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => page.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  await page.goto(url, { waitUntil: "load" });
  return page;
}

/** What the page holds now: window.__scenewire.summary() (phase, tick, close, fields, views, status, error). */
export async function summary(page) {
  return page.evaluate(() => (window.__scenewire ? window.__scenewire.summary() : null));
}

/** Waits until `test(summary)` holds (polling the page), or throws after `timeoutMs` with the last summary. */
export async function waitUntil(page, test, { timeoutMs = 30000, what = "the condition" } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < deadline) {
    last = await summary(page);
    if (last && test(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; the page holds ${JSON.stringify(last)}`);
}

/** The text of the page's status line (what a person reads). */
export async function statusText(page) {
  return page.evaluate(() => document.body.innerText);
}

/** Prints one JSON line for the pytest side to read, and exits with `code`. */
export function report(result, code = 0) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(code);
}

/**
 * The page's pixels as RGBA bytes: {width, height, data, at(x, y) -> [r, g, b, a]}, from a PNG
 * screenshot of `clip` ({x, y, width, height} in CSS pixels) or the whole viewport.
 */
export async function pixels(page, clip) {
  return decodePng(await page.screenshot({ type: "png", ...(clip ? { clip } : {}) }));
}

/** A PNG (8-bit RGB or RGBA, not interlaced: what Chromium writes) decoded to RGBA bytes. */
export function decodePng(png) {
  let pos = 8, width = 0, height = 0, channels = 4;
  const idat = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos), type = png.toString("ascii", pos + 4, pos + 8), body = png.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = body.readUInt32BE(0); height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0 || (body[9] !== 2 && body[9] !== 6)) throw new Error("only 8-bit RGB(A) non-interlaced PNGs");
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === "IDAT") idat.push(body);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels, data = new Uint8Array(width * height * 4), prev = new Uint8Array(stride), row = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i], a = i >= channels ? row[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
      let v;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c); }
      row[i] = v & 0xff;
    }
    for (let xx = 0; xx < width; xx++) {
      for (let k = 0; k < 3; k++) data[(y * width + xx) * 4 + k] = row[xx * channels + k];
      data[(y * width + xx) * 4 + 3] = channels === 4 ? row[xx * channels + 3] : 255;
    }
    prev.set(row);
  }
  return { width, height, data, at: (x, y) => Array.from(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)) };
}
