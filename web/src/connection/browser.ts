// The one file that touches a WebSocket: it moves bytes between the socket and ClientConnection,
// applies batches to the SceneState, runs the hello timeout and reconnects with backoff (§2.5
// "Reconnecting": 0.25 s doubling to 5 s, never after 1000 or 4000-4003, asking for the role it
// had, comparing the run id). Works with the browser's WebSocket and Node's (tests).
import type { AppConnection, Changes, ConnectionStatus } from "../state/types";
import { SceneState, emptyChanges, mergeChanges } from "../state/scene_state";
import { type Access, ClientConnection, type CloseEventOut, type ConnectionEvent, HELLO_TIMEOUT_MS, SUBPROTOCOL } from "./connection";
import { closeMeaning, mayReconnect } from "./close_codes";
import { heldValueWire } from "../protocol/elements";
import { isNumber } from "../wire/float";

type WS = WebSocket;
type WSCtor = new (url: string, protocols?: string | string[]) => WS;

export interface BrowserOptions {
  /** ws:// or wss:// URL, token included in its query when the server wants one (§2.9) */
  url: string;
  access?: Access;
  reconnect?: boolean;
  WebSocket?: WSCtor;
  implementation?: string;
}

/** Keeps the last reports shown, so that a flood of dropped frames does not grow memory. */
const MAX_REPORTS = 50;

/** The URL as it may be shown: the token left out (§2.9). */
export function withoutToken(url: string): string {
  try {
    const u = new URL(url);
    if (u.searchParams.has("token")) u.searchParams.set("token", "…");
    return u.toString();
  } catch {
    return url.replace(/token=[^&#]*/g, "token=…");
  }
}

export class BrowserConnection implements AppConnection {
  status: ConnectionStatus;
  private conn!: ClientConnection;
  private ws: WS | null = null;
  private changeListeners = new Set<(c: Changes) => void>();
  private statusListeners = new Set<(s: ConnectionStatus) => void>();
  private helloTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private backoffMs = 250;
  private access: Access | undefined;
  private left = false;

  constructor(readonly state: SceneState, private opts: BrowserOptions) {
    this.access = opts.access;
    this.status = {
      phase: "connecting", url: withoutToken(opts.url), serverImplementation: null, serverMinor: null, run: null,
      sameRun: null, access: null, runState: null, tick: null, close: null, reports: [], reconnecting: false,
    };
  }

  connect(): void {
    const Ctor = this.opts.WebSocket ?? (globalThis.WebSocket as unknown as WSCtor);
    this.conn = new ClientConnection({ access: this.access, implementation: this.opts.implementation });
    this.update({ phase: "connecting", close: null, reconnecting: false });
    const ws = new Ctor(this.opts.url, SUBPROTOCOL);
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    ws.onopen = () => {
      ws.send(this.conn.hello() as Uint8Array<ArrayBuffer>);
      this.helloTimer = setTimeout(() => { const ev = this.conn.helloTimedOut(); if (ev) this.handle([ev]); }, HELLO_TIMEOUT_MS);
    };
    ws.onmessage = (ev: MessageEvent) => {
      if (ws !== this.ws) return;
      this.handle(typeof ev.data === "string" ? this.conn.receiveText() : this.conn.receive(new Uint8Array(ev.data as ArrayBuffer)));
    };
    ws.onclose = (ev: CloseEvent) => {
      if (ws !== this.ws) return;
      this.ws = null;
      this.clearHelloTimer();
      this.ended(this.conn.closed(ev.code, ev.reason));
    };
  }

  private clearHelloTimer(): void {
    if (this.helloTimer !== null) clearTimeout(this.helloTimer);
    this.helloTimer = null;
  }

  private handle(events: ConnectionEvent[]): void {
    for (const ev of events) {
      switch (ev.type) {
        case "hello": {
          this.clearHelloTimer();
          this.backoffMs = 250;
          const run = (ev.hello.run as string | undefined) ?? null;
          const sameRun = this.status.run !== null && run !== null ? run === this.status.run : null;
          this.update({
            phase: "open", serverImplementation: String(ev.hello.implementation), serverMinor: Number(ev.hello.minor),
            run, sameRun, access: this.conn.access, runState: null,
          });
          break;
        }
        case "apply": {
          const all = emptyChanges();
          for (const u of ev.updates) mergeChanges(all, this.state.apply(u));
          if (ev.tick) this.update({ tick: { index: Number(ev.tick.index), ...(ev.tick.time !== undefined ? { time: ev.tick.time } : {}) } });
          for (const l of this.changeListeners) l(all);
          break;
        }
        case "access":
          if (this.access !== undefined || ev.access === "control") this.access = ev.access; // ask again for the role it had
          this.update({ access: { access: ev.access, waiting: ev.waiting, clients: ev.clients } });
          break;
        case "run_state":
          this.update({ runState: { state: ev.state, ...(ev.ticks_per_s !== undefined ? { ticks_per_s: ev.ticks_per_s } : {}) } });
          break;
        case "report":
          this.update({ reports: [...this.status.reports, { code: ev.code, message: ev.message }].slice(-MAX_REPORTS) });
          break;
        case "close":
          if (this.ws) {
            const ws = this.ws;
            this.ws = null;
            this.clearHelloTimer();
            ws.close(sendable(ev.code), utf8Cut(sendable(ev.code) === ev.code ? ev.reason : `${closeMeaning(ev.code)}: ${ev.reason}`, 123));
          }
          this.ended(ev);
          break;
      }
    }
  }

  private ended(ev: CloseEventOut): void {
    const retry = !this.left && this.opts.reconnect !== false && mayReconnect(ev.code);
    this.update({ phase: "closed", close: { code: ev.code, reason: ev.reason, meaning: closeMeaning(ev.code) }, reconnecting: retry });
    if (retry) {
      this.retryTimer = setTimeout(() => { this.retryTimer = null; if (!this.left) this.connect(); }, this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, 5000);
    }
  }

  private update(patch: Partial<ConnectionStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const l of this.statusListeners) l(this.status);
  }

  send = (command: Record<string, unknown>): void => {
    if (!this.ws || this.conn.phase !== "open") throw new Error(`not connected: ${String(command.kind)} not sent`);
    if (command.kind === "control_request") this.access = command.want ? "control" : "observe";
    if (command.kind === "set_control" && isNumber(command.value)) {
      // §7.10: a float for a non-integer scalar, even when the number is whole (1.0, not 1)
      const control = this.state.scene?.controls.find((c: Record<string, any>) => c.id === command.control_id);
      if (control?.spec.kind === "scalar") command = { ...command, value: heldValueWire(control.spec, command.value) };
    }
    this.ws.send(this.conn.send(command) as Uint8Array<ArrayBuffer>);
  };

  onChanges(listener: (c: Changes) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onStatus(listener: (s: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  setFrontendState(key: string, value: unknown): void {
    const ch = this.state.setFrontendState(key, value);
    for (const l of this.changeListeners) l(ch);
  }

  leave(): void {
    this.left = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    if (this.ws) this.handle([this.conn.leave()]);
  }
}

/** A page may close with 1000 or 3000-4999 only (spec §12.4): 1002, 1003, 1009, 1011 become 1000. */
export function sendable(code: number): number {
  return code === 1000 || (code >= 3000 && code <= 4999) ? code : 1000;
}

/** A close reason cut to `max` bytes of UTF-8 on a character boundary (§2.2). */
function utf8Cut(s: string, max: number): string {
  const enc = new TextEncoder();
  if (enc.encode(s).length <= max) return s;
  let out = "";
  for (const ch of s) {
    if (enc.encode(out + ch).length > max) break;
    out += ch;
  }
  return out;
}
