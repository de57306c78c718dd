// Driving the served viewer in real Chromium (Debian's /usr/bin/chromium) with playwright-core.
// Plain ES module: Node runs it without a build. Reused by every browser test (pytest starts
// `scenewire serve` through tests/web_harness.py and runs a script of this folder against the
// page URL it printed); see web/README.md.
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
