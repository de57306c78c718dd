// Bundles the viewer (src/main.ts -> dist/app.js, beside index.html) and the Node tests
// (test/*.test.ts -> dist-test/*.test.mjs; Node 20 runs no TypeScript itself).
import { build } from "esbuild";
import { copyFile, mkdir, readdir, rm } from "node:fs/promises";

const tests = process.argv.includes("--tests");
// --outdir DIR: where the viewer goes (default dist/; `npm run bundle` writes the copy that travels
// in the Python package, python/scenewire/web_bundle/, which a test compares with a fresh build)
const at = process.argv.indexOf("--outdir");
const outdir = at >= 0 ? process.argv[at + 1] : "dist";
if (process.argv.includes("--bench")) {
  // bench/*.ts -> dist-bench/*.mjs (Node) and dist-bench/*.js (a script for a browser page)
  const benches = (await readdir("bench")).filter((f) => f.endsWith(".ts")).map((f) => `bench/${f}`);
  const common = { entryPoints: benches, outdir: "dist-bench", bundle: true, logLevel: "warning", minify: true };
  await build({ ...common, platform: "node", format: "esm", target: "node20", outExtension: { ".js": ".mjs" } });
  await build({ ...common, platform: "browser", format: "iife", target: "es2022" });
} else if (tests) {
  await rm("dist-test", { recursive: true, force: true });
  const entries = (await readdir("test")).filter((f) => f.endsWith(".test.ts")).map((f) => `test/${f}`);
  await build({
    entryPoints: entries, outdir: "dist-test", outExtension: { ".js": ".mjs" }, bundle: true,
    platform: "node", format: "esm", target: "node20", sourcemap: "inline", logLevel: "warning",
  });
  // scripts the Python tests run against live peers (test/tools/*.ts -> dist-test/tools/*.mjs)
  const tools = (await readdir("test/tools")).filter((f) => f.endsWith(".ts")).map((f) => `test/tools/${f}`);
  await build({
    entryPoints: tools, outdir: "dist-test/tools", outExtension: { ".js": ".mjs" }, bundle: true,
    platform: "node", format: "esm", target: "node20", logLevel: "warning",
  });
} else {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: ["src/main.ts"], outfile: `${outdir}/app.js`, bundle: true, format: "esm", target: "es2022",
    minify: true, sourcemap: false, legalComments: "none", logLevel: "warning",
  });
  await copyFile("src/index.html", `${outdir}/index.html`);
}
