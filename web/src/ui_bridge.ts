// The one place web-core's connection meets the UI: mountApp (src/ui/app.ts) hears connection events
// (open, tick, access, run_state, closed, local_error); BrowserConnection reports a whole status
// object on every change. uiConnection() turns status changes into those events, and keeps a command
// that cannot leave (no connection) from throwing into a click handler: the person sees why instead.
// Changes reach the UI at most once per animation frame, merged: the state takes every frame at once,
// but drawing each of them (uPlot's canvas, three.js in software WebGL) would hold the page's main
// thread longer than frames arrive, and then nothing else the page does (a click, a command going out)
// gets its turn.
import type { AppConnection, Changes, ConnectionEvent, ConnectionStatus, UiConnection } from "./state/types";
import { emptyChanges, mergeChanges } from "./state/scene_state";

/** Errors kept in one frame's merged changes (a flood of them between two frames shows its newest). */
const MAX_ERRORS_PER_FRAME = 50;

export function uiConnection(conn: AppConnection): UiConnection {
  const listeners = new Set<(e: ConnectionEvent) => void>();
  const emit = (e: ConnectionEvent): void => { for (const l of listeners) l(e); };
  let prev: ConnectionStatus = conn.status;
  conn.onStatus((now) => {
    for (const e of eventsBetween(prev, now)) emit(e);
    prev = now;
  });
  return {
    send: (command) => {
      try {
        conn.send(command);
      } catch (err) {
        emit({ kind: "local_error", message: `${String(command.kind)} was not sent: ${err instanceof Error ? err.message : String(err)}` });
      }
    },
    onChanges: (cb: (changes: Changes) => void) => perFrame(conn, cb),
    onEvent: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    get minor() {
      return conn.status.serverMinor;
    },
  };
}

/** Calls `cb` once per animation frame with every change since the last call, merged in order. */
export function perFrame(
  conn: Pick<AppConnection, "onChanges">,
  cb: (changes: Changes) => void,
  nextFrame: (run: () => void) => unknown = defaultNextFrame,
): () => void {
  let pending: Changes | null = null;
  let live = true;
  const flush = (): void => {
    const changes = pending;
    pending = null;
    if (changes && live) cb(changes);
  };
  const off = conn.onChanges((c) => {
    if (pending === null) {
      pending = emptyChanges();
      nextFrame(flush);
    }
    mergeChanges(pending, c);
    if (pending.errors.length > MAX_ERRORS_PER_FRAME) pending.errors.splice(0, pending.errors.length - MAX_ERRORS_PER_FRAME);
  });
  return () => {
    live = false;
    pending = null;
    off();
  };
}

function defaultNextFrame(run: () => void): void {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(run);
  else setTimeout(run, 0);
}

/** The events a status change means, in the order a person would read them. */
export function eventsBetween(prev: ConnectionStatus, now: ConnectionStatus): ConnectionEvent[] {
  const out: ConnectionEvent[] = [];
  if (now.phase === "open" && prev.phase !== "open") {
    out.push({
      kind: "open",
      minor: now.serverMinor ?? 0,
      implementation: now.serverImplementation ?? undefined,
      run: now.run ?? undefined,
      access: now.access?.access,
    });
  }
  if (now.access && now.access !== prev.access) out.push({ kind: "access", ...now.access });
  if (now.runState && now.runState !== prev.runState) out.push({ kind: "run_state", ...now.runState });
  if (now.tick && now.tick !== prev.tick) out.push({ kind: "tick", tick: now.tick });
  for (const r of now.reports.slice(prev.reports.length)) out.push({ kind: "local_error", message: `${r.code}: ${r.message}` });
  if (now.phase === "closed" && now.close && (prev.phase !== "closed" || prev.close !== now.close)) {
    out.push({ kind: "closed", code: now.close.code, reason: now.close.reason, meaning: now.close.meaning });
  }
  return out;
}
