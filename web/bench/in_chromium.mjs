// node bench/in_chromium.mjs: bench/decode_bench.ts's figures in headless Chromium (build first:
// node build.mjs --bench). Prints Node's and Chromium's figures from the same run, one JSON object.
import { readFile } from "node:fs/promises";
import { launch } from "../e2e/harness.mjs";

const script = await readFile(new URL("../dist-bench/decode_bench.js", import.meta.url), "utf8");
const { runBench } = await import("../dist-bench/decode_bench.mjs");
const node = runBench();
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: script });
  const chromium = await page.evaluate(() => globalThis.runBench());
  console.log(JSON.stringify({ node, chromium }, null, 1));
} finally {
  await browser.close();
}
