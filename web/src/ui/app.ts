// mountApp: the viewer's window in a page, as the Qt window lays it out: the layout's panels in a grid
// (§8.10, §8.11), each view drawn by its adapter (src/views), the controls panel, and the status bar.
// It reads the scene through a SceneReader and talks through a UiConnection (src/state/types.ts).
import type { Changes, ConnectionEvent, SceneReader, Send, UiConnection, ViewAdapter, ViewContext } from "../state/types";
import { viewFactory } from "../views/registry";
import { ControlsPanel } from "./controls";
import { keyName } from "./keys";
import { columnStretches, layoutCells, rowStretches, tracks } from "./layout";
import { StatusBar, shown } from "./status";
import { injectStyles } from "./styles";

export const PAUSE_KEY = "Space";
export const STEP_KEY = ".";

/** What mountApp hands back: the parts a page, a test or the harness may look at. */
export interface AppHandle {
  readonly root: HTMLElement;
  readonly views: Map<string, ViewAdapter>;
  readonly status: StatusBar;
  readonly controls: ControlsPanel[];
  /** the role this viewer has (1.1 shared runs); "control" until a server says otherwise */
  readonly access: "control" | "observe";
  close(): void;
}

/** The unit of the model time: metadata "time_unit", else the one time unit the scene's time views name. */
export function timeUnit(scene: Record<string, any> | null): string | null {
  if (!scene) return null;
  if (typeof scene.time_unit === "string") return scene.time_unit;  // §8.12 (1.1): the session says
  if (typeof scene.metadata?.time_unit === "string") return scene.metadata.time_unit;
  const units = new Set<string>();
  for (const v of scene.views ?? []) {
    if (v.kind === "raster" && typeof v.time_unit === "string") units.add(v.time_unit);
    if (v.kind === "line_plot" && typeof v.x_unit === "string" && /time|^t$/i.test(String(v.x_dim))) units.add(v.x_unit);
  }
  return units.size === 1 ? [...units][0] : null;
}

function emptyChanges(): Changes {
  return {
    scene: false, layout: false, fields: new Set(), views: new Set(), controls: new Set(), actions: new Set(),
    operators: new Set(), panels: new Set(), stateKeys: new Set(), metadata: false, status: null, errors: [], grown: new Map(),
  };
}

class App implements AppHandle {
  readonly root: HTMLElement;
  readonly views = new Map<string, ViewAdapter>();
  readonly status = new StatusBar();
  readonly controls: ControlsPanel[] = [];
  access: "control" | "observe" = "control";
  private readonly grid = document.createElement("div");
  private readonly waiting = document.createElement("div");
  private readonly banner = document.createElement("div");
  private runState: { state: string; ticks_per_s?: number } | null = null;
  private lastTick: { index: number; time?: number } | null = null;
  private readonly unsubscribe: Array<() => void> = [];
  private readonly ctx: ViewContext;
  private readonly onKey = (e: KeyboardEvent) => this.key(e);

  constructor(parent: HTMLElement, private readonly state: SceneReader, private readonly connection: UiConnection) {
    injectStyles(parent.ownerDocument);
    this.root = document.createElement("div");
    this.root.className = "sw-app";
    this.grid.className = "sw-grid";
    this.waiting.className = "sw-waiting";
    this.waiting.textContent = "Waiting for the scene…";
    this.banner.className = "sw-banner";
    this.banner.hidden = true;
    this.root.append(this.banner, this.grid, this.status.root);
    parent.append(this.root);
    this.ctx = { setLocalState: (values) => this.setLocalState(values) };
    this.status.pauseButton.addEventListener("click", () => this.togglePause());
    this.status.stepButton.addEventListener("click", () => this.send({ kind: "run_control", action: "step", steps: 1 }));
    this.status.roleButton.addEventListener("click", () => this.connection.send({ kind: "control_request", want: this.status.role.dataset.state === "observe" }));
    this.unsubscribe.push(connection.onChanges((c) => this.apply(c)));
    this.unsubscribe.push(connection.onEvent((e) => this.event(e)));
    parent.ownerDocument.addEventListener("keydown", this.onKey);
    this.status.runButtons.hidden = !((connection.minor ?? 0) >= 1);
    this.rebuild();
  }

  /** Commands go out only while this viewer controls the run (an observer's would be refused, §2.5). */
  private readonly send: Send = (command) => {
    if (this.access !== "control") return;
    this.connection.send(command);
  };

  close(): void {
    this.unsubscribe.forEach((u) => u());
    this.root.ownerDocument.removeEventListener("keydown", this.onKey);
    for (const v of this.views.values()) v.close();
    this.views.clear();
    this.root.remove();
  }

  /** Build every panel from the layout (a new scene, a new layout, a changed panel). */
  rebuild(): void {
    for (const v of this.views.values()) v.close();
    this.views.clear();
    this.controls.length = 0;
    this.grid.replaceChildren();
    const scene = this.state.scene;
    if (!scene) { this.grid.append(this.waiting); this.grid.style.gridTemplate = ""; return; }
    const layout = this.state.layout ?? { panels: [] };
    if (typeof layout.title === "string") this.root.ownerDocument.title = `${shown(layout.title)} · scenewire`;
    const panels: Array<Record<string, any>> = layout.panels ?? [];
    const cells = layoutCells(layout);
    const kinds = new Map(panels.map((p) => [p.id as string, p.kind as string]));
    this.grid.style.gridTemplateRows = tracks(rowStretches(cells, kinds));
    this.grid.style.gridTemplateColumns = tracks(columnStretches(cells, kinds));
    for (const panel of panels) {
      const cell = cells.get(panel.id);
      if (!cell) continue; // a panel the grid leaves out is not shown
      const frame = document.createElement("section");
      frame.className = `sw-panel sw-panel-${panel.kind}`;
      frame.dataset.panelId = panel.id;
      frame.style.gridArea = `${cell[0] + 1} / ${cell[1] + 1} / span ${cell[2]} / span ${cell[3]}`;
      const label = document.createElement("div");
      label.className = "sw-panel-title";
      label.textContent = typeof panel.title === "string" ? panel.title : "";
      const body = document.createElement("div");
      body.className = "sw-panel-body";
      frame.append(label, body);
      this.grid.append(frame);
      if (panel.kind === "controls") {
        const c = new ControlsPanel(panel, this.state, this.send, (m) => this.status.showError(m));
        c.build();
        c.setEnabled(this.access === "control");
        body.append(c.root);
        this.controls.push(c);
      } else {
        for (const vid of panel.view_ids ?? []) {
          const adapter = viewFactory(vid, this.state, this.send, this.ctx);
          const slot = document.createElement("div");
          slot.className = "sw-view-slot";
          body.append(slot);
          adapter.build(slot);
          this.views.set(vid, adapter);
        }
      }
    }
  }

  apply(changes: Changes): void {
    if (changes.scene || changes.layout || changes.panels.size || changes.actions.size) this.rebuild();
    else {
      for (const v of this.views.values()) {
        try { v.apply(changes); } catch (err) { this.status.showError(`drawing failed: ${(err as Error).message}`); }
      }
      if (changes.controls.size) for (const c of this.controls) c.update(changes.controls);
    }
    if (changes.status) this.status.showStatus(changes.status.message, changes.status.timeout_ms);
    for (const e of changes.errors) this.status.showError(e.message);
  }

  private event(e: ConnectionEvent): void {
    switch (e.kind) {
      case "open":
        this.banner.hidden = true;
        this.status.runButtons.hidden = !(e.minor >= 1);
        if (e.access) this.setAccess(e.access);
        break;
      case "tick":
        this.lastTick = e.tick;
        this.status.showTick(e.tick, timeUnit(this.state.scene));
        break;
      case "access":
        this.setAccess(e.access);
        this.status.showAccess(e.access, e.waiting, e.clients);
        break;
      case "run_state":
        this.runState = e;
        this.status.showRun(e);
        break;
      case "closed": {
        const why = e.reason ? `: ${e.reason}` : "";
        const what = e.meaning ? `: ${e.meaning}` : "";
        const text = e.code === 1000 ? `The session ended${why}` : `Disconnected${what} (close code ${e.code})${why}`;
        this.banner.textContent = shown(text);
        this.banner.hidden = false;
        this.status.showError(text);
        this.status.runButtons.hidden = true;
        break;
      }
      case "local_error":
        this.status.showError(e.message);
        break;
    }
  }

  private setAccess(access: "control" | "observe"): void {
    this.access = access;
    for (const c of this.controls) c.setEnabled(access === "control");
    this.status.runButtons.classList.toggle("sw-disabled", access !== "control");
    this.status.pauseButton.disabled = this.status.stepButton.disabled = access !== "control";
  }

  private togglePause(): void {
    this.send({ kind: "run_control", action: this.runState?.state === "paused" ? "resume" : "pause" });
  }

  /** A key no control took: an action's shortcut, run control (1.1), or key_pressed (§6.4, §8.7). */
  private key(e: KeyboardEvent): void {
    const t = e.target as HTMLElement | null;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    if (e.repeat) return;
    const name = keyName(e);
    if (!name || name === "Home") return; // Home puts a 3-D view's camera back
    const action = (this.state.scene?.actions ?? []).find((a: any) => Array.isArray(a.shortcuts) && a.shortcuts.includes(name));
    if (action) this.send({ kind: "invoke_action", action_id: action.id, payload: action.payload ?? {} });
    else if ((name === PAUSE_KEY || name === STEP_KEY) && (this.connection.minor ?? 0) >= 1) {
      if (name === PAUSE_KEY) this.togglePause(); else this.send({ kind: "run_control", action: "step", steps: 1 });
    } else this.send({ kind: "key_pressed", key: name });
    if (name === "Space") e.preventDefault();
  }

  /** Frontend state set here (a surface click, §8.3.3): held in the state's map, and every view redraws. */
  private setLocalState(values: Record<string, unknown>): void {
    const map = this.state.frontendState as Map<string, unknown>;
    const changes = emptyChanges();
    for (const [k, v] of Object.entries(values)) {
      if (v === null || v === undefined) map.delete(k); else map.set(k, v); // nil unsets (§7.7)
      changes.stateKeys.add(k);
    }
    this.apply(changes);
  }
}

/** Mount the viewer into `root`; it follows `connection` until closed. */
export function mountApp(root: HTMLElement, state: SceneReader, connection: UiConnection): AppHandle {
  return new App(root, state, connection);
}
