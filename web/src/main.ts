// The viewer's entry point: connects to the server that served this page, on the same port, with
// the token the page's URL carries (#token=... or ?token=..., §2.9), and mounts the UI.
import { SceneState } from "./state/scene_state";
import { stateToWire } from "./state/wire_form";
import { BrowserConnection } from "./connection/browser";
import { mountApp } from "./ui/app";
import { uiConnection } from "./ui_bridge";
import { socketUrl } from "./main_url";

const root = document.getElementById("app");
if (root) {
  const state = new SceneState();
  const observe = new URLSearchParams(location.search).get("access") === "observe";
  const connection = new BrowserConnection(state, { url: socketUrl(location), access: observe ? "observe" : undefined });
  const app = mountApp(root, state, uiConnection(connection));
  // milliseconds from navigation start until a scene with fields was applied (bench/page_load.mjs)
  let firstSceneMs: number | null = null;
  let helloMs: number | null = null;
  connection.onStatus((st) => {
    if (helloMs === null && st.phase === "open") helloMs = performance.now();
  });
  connection.onChanges(() => {
    if (firstSceneMs === null && state.scene && state.scene.fields.length > 0) firstSceneMs = performance.now();
  });
  // What tests and a curious person read from the console (no token in it).
  (window as unknown as Record<string, unknown>).__scenewire = {
    state,
    connection,
    app,
    summary: () => ({
      phase: connection.status.phase,
      tick: connection.status.tick,
      close: connection.status.close,
      reports: connection.status.reports,
      server: connection.status.serverImplementation,
      serverMinor: connection.status.serverMinor,
      run: connection.status.run,
      access: connection.status.access,
      runState: connection.status.runState,
      fields: state.scene ? Object.fromEntries(state.scene.fields.map((f: Record<string, any>) => [f.id, f.values.shape])) : null,
      views: state.scene ? state.scene.views.map((v: Record<string, any>) => v.id) : null,
      status: state.status?.message ?? null,
      firstSceneMs,
      helloMs,
      error: state.error?.message ?? null,
    }),
    wire: () => stateToWire(state),
  };
  addEventListener("pagehide", () => connection.leave());
  connection.connect();
}
