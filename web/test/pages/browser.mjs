// Headless Chromium (Debian's /usr/bin/chromium through playwright-core) on the test pages, served over
// loopback HTTP from dist-pages/ (ES modules do not load from file://). Shared by check.mjs and bench/.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript" };

export async function serve(root) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.SCENEWIRE_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-gpu-vsync", "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
      ...(process.env.SCENEWIRE_CHROMIUM_ARGS ?? "").split(" ").filter(Boolean)],
  });
}

/** Open page.html?scene=NAME at a fixed size and wait for its first frames. */
export async function open(browser, base, scene, size = { width: 1200, height: 800 }) {
  const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  await page.goto(`${base}/page.html?scene=${scene}`);
  await page.waitForFunction(() => window.swReady === true, null, { timeout: 30_000 });
  return { page, problems };
}
