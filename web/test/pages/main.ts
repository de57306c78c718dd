// The test pages' entry: page.html?scene=neuron|surface|plots mounts the viewer on a fake scene and
// exposes it as window.sw for the Chromium checks (test/pages/check.mjs) and the benchmark.
import { mountApp } from "../../src/ui/app";
import { mapValue, lutBytes, colorAt } from "../../src/views/colormap";
import { FakeConnection, FakeScene, changes, nd } from "./fake";
import { neuronScene, plotsScene, surfaceScene, traces } from "./scenes";

import { runBench } from "./bench";

const which = new URLSearchParams(location.search).get("scene") ?? "neuron";
(window as any).swBench = runBench;
const scenes: Record<string, () => Record<string, any>> = { neuron: neuronScene, surface: surfaceScene, plots: plotsScene };
if (which !== "bench") {
  const state = new FakeScene(scenes[which]());
  const connection = new FakeConnection();
  const app = mountApp(document.getElementById("app")!, state, connection);
  (window as any).sw = { app, state, connection, changes, nd, mapValue, lutBytes, colorAt, traces };
}
// ready once the first frames are drawn (the views draw on animation frames)
requestAnimationFrame(() => requestAnimationFrame(() => { (window as any).swReady = true; }));
