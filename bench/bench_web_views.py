"""The browser views' cost (issue 20, Performance), in headless Chromium, ratios in one run.

``.venv/bin/python bench/bench_web_views.py [--repeat 5] [--segments 100000]``

Builds the views' test pages (``web/test/pages``, needs ``npm ci`` in ``web/``) and runs
``web/test/pages/bench.mjs`` in Debian's Chromium (WebGL through SwiftShader, the software GPU: no GPU
here). In the page, with the viewer mounted on a hand-built scene (no server, no decoding: the codec is
the client core's):

- **colour update**: main-thread time of one ``field_replace`` of a 100 000-segment colour field
  applied to the morphology view and drawn (``apply`` + ``renderer.render``: one float32 a segment
  into the instance buffer, the upload and the draw call issued); "synced" adds the wait for the GPU
  process to finish the frame (a 1-pixel ``readPixels``). Baseline in the same run: colouring on the
  CPU, an RGBA per segment by §8.13's rule, uploaded as 4 float32 and drawn by the same mesh.
- **trace append**: main-thread time of one append of 40 samples to a 50-series trace field with a
  10 000-sample rolling window, up to uPlot's redraw (its microtask), the window's min/max decimation
  to the plot's pixel columns included.
- **long tasks**: Chromium's long-task API while 60 ticks a second (a colour update and a trace append
  each) play for 3 s.

Chromium runs with ``--disable-accelerated-2d-canvas``: with SwiftShader, a GPU-rastered 2-D canvas
stalls the page for seconds at a time, which no machine with a GPU does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
from pathlib import Path

WEB = Path(__file__).resolve().parents[1] / "web"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--series", type=int, default=50)
    parser.add_argument("--window", type=int, default=10_000)
    args = parser.parse_args()
    subprocess.run(["node", "test/pages/build-pages.mjs"], cwd=WEB, check=True)
    opts = {"repeat": args.repeat, "segments": args.segments, "series": args.series, "window": args.window}
    env = {**os.environ, "SCENEWIRE_CHROMIUM_ARGS": "--disable-accelerated-2d-canvas"}
    out = subprocess.run(
        ["node", "test/pages/bench.mjs", json.dumps(opts)], cwd=WEB, env=env, capture_output=True, text=True, check=True
    )
    r = json.loads(out.stdout.strip().splitlines()[-1])
    print(f"Chromium {r['chromium']}, WebGL: {r['renderer']}\n")
    print(f"| colour update, {r['segments']:,} segments | main thread (ms) | x ours | with the GPU's frame (ms) |")
    print("|---|---:|---:|---:|")
    ours = f"{r['colourOurs']:.2f} | 1.00 | {r['colourOursSynced']:.0f}"
    print(f"| ours: one float32 a segment, mapped in the shader | {ours} |")
    ratio = r["colourCpu"] / r["colourOurs"]
    print(f"| baseline: RGBA mapped on the CPU | {r['colourCpu']:.2f} | {ratio:.1f} | {r['colourCpuSynced']:.0f} |")
    print()
    print(f"trace append ({r['series']} series, {r['window']} samples shown, {r['append']} appended): median")
    print(f"{r['appendMedian']:.2f} ms (decimation + setData {r['appendApplyMedian']:.2f} ms, the rest uPlot's draw),")
    print(f"max {r['appendMax']:.2f} ms; {r['drawnPoints']} points a series drawn")
    print(f"60 ticks/s stream: {r['ticks']} ticks in {r['streamSeconds']:.1f} s, {r['longTasks']} long tasks,")
    print(f"longest {r['longestTask']:.0f} ms")


if __name__ == "__main__":
    main()
