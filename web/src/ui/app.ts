// A minimal viewer: one status line. The web-views helper's app.ts (views, controls, layout,
// status bar, errors) replaces this file at merge; main.ts calls only mountApp.
import type { AppConnection, SceneReader } from "../state/types";
import { cut } from "../connection/text";

export function mountApp(root: HTMLElement, state: SceneReader, connection: AppConnection): void {
  const line = document.createElement("div");
  line.id = "status-line";
  root.replaceChildren(line);
  const draw = () => {
    const s = connection.status;
    let text: string;
    if (s.phase === "closed" && s.close) text = `disconnected: ${s.close.meaning} (${s.close.code})${s.close.reason ? `: ${s.close.reason}` : ""}`;
    else if (s.phase === "connecting") text = `connecting to ${s.url}…`;
    else {
      const n = state.scene ? state.scene.views.length : 0;
      text = `connected to ${s.serverImplementation ?? "?"}; ${n} views`;
      if (s.tick) text += `; tick ${s.tick.index}${s.tick.time !== undefined ? `, t = ${Number(s.tick.time.toPrecision(6))}` : ""}`;
    }
    line.textContent = cut(text, 2000); // plain text, never markup (§7.9)
  };
  connection.onStatus(draw);
  connection.onChanges(draw);
  draw();
}
