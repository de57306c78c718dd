// Runs the views' benchmark (bench.ts) in headless Chromium and prints its figures as JSON.
// node test/pages/bench.mjs '{"segments":100000,"series":50,"window":10000,"append":40,"repeat":21}'
import { launch, serve } from "./browser.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const opts = JSON.parse(process.argv[2] ?? "{}");
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist-pages");
const { server, url } = await serve(root);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: opts.width ?? 640, height: opts.height ?? 400 }, deviceScaleFactor: 1 });
  page.on("console", (m) => process.stderr.write(`page: ${m.text()}\n`));
  page.on("pageerror", (e) => process.stderr.write(`page error: ${e}\n`));
  await page.goto(`${url}/page.html?scene=bench`);
  await page.waitForFunction(() => typeof window.swBench === "function");
  const result = await page.evaluate((o) => window.swBench(o), { segments: 100000, series: 50, window: 10000, append: 40, repeat: 21, ...opts });
  result.chromium = browser.version();
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  server.close();
}
