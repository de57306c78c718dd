// The one place web-core's connection meets the UI: mountApp (src/ui/app.ts) hears connection events
// (open, tick, access, run_state, closed, local_error); BrowserConnection reports a whole status
// object on every change. uiConnection() turns status changes into those events, and keeps a command
// that cannot leave (no connection) from throwing into a click handler: the person sees why instead.
import type { AppConnection, Changes, ConnectionEvent, ConnectionStatus, UiConnection } from "./state/types";

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
    onChanges: (cb: (changes: Changes) => void) => conn.onChanges(cb),
    onEvent: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    get minor() {
      return conn.status.serverMinor;
    },
  };
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
