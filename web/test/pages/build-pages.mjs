// Bundles the views' test pages (test/pages/main.ts -> dist-pages/pages.js) and the colour map dump
// that tests/web compares with Python's map_values. Run from web/: node test/pages/build-pages.mjs
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";

await mkdir("dist-pages", { recursive: true });
await build({ entryPoints: ["test/pages/main.ts"], outfile: "dist-pages/pages.js", bundle: true, format: "esm", target: "es2022", sourcemap: "inline", logLevel: "warning" });
await build({ entryPoints: ["test/pages/colormap_dump.ts"], outfile: "dist-pages/colormap_dump.mjs", bundle: true, platform: "node", format: "esm", logLevel: "warning" });
await copyFile("test/pages/page.html", "dist-pages/page.html");
