// The client side of a scenewire connection, sans I/O (spec §2): bytes in, events out. It checks
// the server's hello (§2.3 step 7, §5), keeps the role and run id of 1.1 (§2.5, §7.14), the run
// state (§7.15), drops what a client must drop (§2.4, §13) and holds ticks (§7.12). The browser
// glue (browser.ts) only moves bytes and timers; tests drive this class directly.
import { ProtocolError } from "../wire/errors";
import { MAX_FRAME_BYTES } from "../wire/limits";
import { COMMAND_KINDS, KINDS, UPDATE_KINDS, type Message, decodeMessage, decodeValue, encodeMessage, messageToWire } from "../protocol/messages";
import { TickGate } from "../state/ticks";
import { CLOSE } from "./close_codes";

export const SUBPROTOCOL = "scenewire.v1";
export const MAJOR = 1;
export const MINOR = 1;
/** §2.3 step 7: a client SHOULD close 4002 when no server hello arrives within 10 s. */
export const HELLO_TIMEOUT_MS = 10_000;

export type Access = "control" | "observe";

export type ConnectionEvent =
  | { type: "hello"; hello: Message }
  | { type: "apply"; updates: Message[]; tick: { index: number | bigint; time?: number } | null }
  | { type: "access"; access: Access; waiting: boolean; clients: number }
  | { type: "run_state"; state: "running" | "paused" | "stopped"; ticks_per_s?: number }
  | { type: "report"; code: string; message: string }
  | { type: "close"; code: number; reason: string };

export type CloseEventOut = Extract<ConnectionEvent, { type: "close" }>;

export interface ClientOptions {
  implementation?: string;
  /** the role asked for (1.1); absent: control */
  access?: Access;
  /** the minor version this client says in its hello (1; 0 behaves as a 1.0 client) */
  minor?: number;
  maxFrameBytes?: number;
}

type Phase = "idle" | "hello_sent" | "open" | "closed";

export class ClientConnection {
  phase: Phase = "idle";
  serverHello: Message | null = null;
  /** an `error` the server sent before its hello: its reason for the close that follows (§2.3) */
  errorBeforeHello: Message | null = null;
  access: { access: Access; waiting: boolean; clients: number } | null = null;
  runState: { state: string; ticks_per_s?: number } | null = null;
  readonly ticks = new TickGate();
  private readonly minor: number;

  constructor(private opts: ClientOptions = {}) {
    this.minor = opts.minor ?? MINOR;
  }

  /** The server's minor version (after its hello). */
  get serverMinor(): number {
    return Number(this.serverHello?.minor ?? 0);
  }

  /** Whether both sides speak 1.1 (run_control, control_request, access and run_state flow). */
  get is11(): boolean {
    return this.minor >= 1 && this.serverMinor >= 1;
  }

  /** The client hello, the first frame (§2.3 step 3). */
  hello(): Uint8Array {
    if (this.phase !== "idle") throw new Error("hello already sent");
    this.phase = "hello_sent";
    const h: Message = {
      kind: "hello", protocol: "scenewire", major: MAJOR, minor: this.minor, role: "client",
      implementation: this.opts.implementation ?? "scenewire-web/0.1.0", capabilities: [],
    };
    if (this.minor >= 1 && this.opts.access) h.access = this.opts.access;
    return encodeMessage(h);
  }

  /** A text frame: close 1003 (§2.1). */
  receiveText(): ConnectionEvent[] {
    return [this.close(CLOSE.UNSUPPORTED_DATA, "a text frame: scenewire sends binary frames only")];
  }

  /** One binary frame from the server. */
  receive(frame: Uint8Array): ConnectionEvent[] {
    if (this.phase === "closed") return [];
    const limit = this.opts.maxFrameBytes ?? MAX_FRAME_BYTES;
    if (frame.length > limit) return [this.close(CLOSE.TOO_BIG, `a frame of ${frame.length} bytes, over this client's limit of ${limit}`)];
    return this.phase === "open" ? this.afterHello(frame) : this.beforeHello(frame);
  }

  private beforeHello(frame: Uint8Array): ConnectionEvent[] {
    let msg: Message;
    try {
      msg = decodeMessage(frame, { maxFrameBytes: this.opts.maxFrameBytes });
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      return [this.close(CLOSE.PROTOCOL_ERROR, `the server's first frame does not decode: ${e.message}`)];
    }
    if (msg.kind === "error") {
      this.errorBeforeHello = msg;
      return [{ type: "report", code: msg.code ?? "error", message: msg.message }];
    }
    if (msg.kind !== "hello") return [this.close(CLOSE.PROTOCOL_ERROR, `the first message must be a hello, got ${msg.kind}`)];
    if (msg.major !== MAJOR) return [this.close(CLOSE.VERSION, `this client speaks scenewire ${MAJOR}.${this.minor}; the server speaks ${msg.major}.${msg.minor}`)];
    if (msg.role !== "server") return [this.close(CLOSE.PROTOCOL_ERROR, `the server's hello says role ${msg.role}`)];
    this.serverHello = msg;
    this.phase = "open";
    const events: ConnectionEvent[] = [{ type: "hello", hello: msg }];
    if (this.is11 && msg.access) this.access = { access: msg.access, waiting: false, clients: this.access?.clients ?? 1 };
    return events;
  }

  private afterHello(frame: Uint8Array): ConnectionEvent[] {
    let msg: Message;
    try {
      msg = decodeMessage(frame, { maxFrameBytes: this.opts.maxFrameBytes });
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      return [{ type: "report", code: e.code, message: `a frame was dropped: ${e.message}` }];
    }
    const k = msg.kind;
    if (k === "hello" || COMMAND_KINDS.has(k) || k === "control_request") {
      return [{ type: "report", code: "unexpected_message", message: `the server sent a ${k}; dropped` }];
    }
    if (k === "access" || k === "run_state") {
      if (!this.is11) return [{ type: "report", code: "unexpected_message", message: `a ${k} message from a server whose hello says minor 0; dropped` }];
      if (k === "access") {
        this.access = { access: msg.access, waiting: msg.waiting, clients: Number(msg.clients) };
        return [{ type: "access", ...this.access }];
      }
      this.runState = { state: msg.state, ...(msg.ticks_per_s !== undefined ? { ticks_per_s: msg.ticks_per_s } : {}) };
      return [{ type: "run_state", ...(this.runState as { state: "running" }) }];
    }
    if (!UPDATE_KINDS.has(k)) return [{ type: "report", code: "unknown_kind", message: `unknown kind ${k}` }];
    const out = this.ticks.push(msg, frame.length);
    const events: ConnectionEvent[] = [];
    if (out.apply.length) events.push({ type: "apply", updates: out.apply as Message[], tick: out.closed });
    if (out.overLimit) {
      events.push({ type: "report", code: "limit_exceeded", message: out.overLimit });
      events.push(this.close(CLOSE.TOO_BIG, "a tick over this client's limit"));
    }
    return events;
  }

  /** The bytes of a command (§6) or control_request; throws when it may not be sent now. */
  send(command: Record<string, unknown>): Uint8Array {
    if (this.phase !== "open") throw new Error(`cannot send ${String(command.kind)} before the server's hello`);
    const kind = String(command.kind);
    if (!KINDS.has(kind) || !(COMMAND_KINDS.has(kind) || kind === "control_request")) throw new Error(`${kind} is not a command`);
    if ((kind === "run_control" || kind === "control_request") && !this.is11) throw new Error(`${kind} needs a 1.1 server (its hello says minor ${this.serverMinor})`);
    const msg = decodeValue(messageToWire(command as Message)); // the same checks a server makes
    return encodeMessage(msg);
  }

  /** The server closed (or the socket ended): what to show. Held ticks are dropped (§7.12). */
  closed(code: number, reason: string): CloseEventOut {
    this.phase = "closed";
    this.ticks.reset();
    const why = reason || (this.errorBeforeHello ? String(this.errorBeforeHello.message) : "");
    return { type: "close", code, reason: why };
  }

  /** §2.3 step 7: no server hello in time. */
  helloTimedOut(): CloseEventOut | null {
    return this.phase === "hello_sent" ? this.close(CLOSE.HELLO_TIMEOUT, `no server hello within ${HELLO_TIMEOUT_MS / 1000} s`) : null;
  }

  /** The person closes the viewer: close 1000 (§2.7). */
  leave(): CloseEventOut {
    return this.close(CLOSE.NORMAL, "the viewer was closed");
  }

  private close(code: number, reason: string): CloseEventOut {
    this.phase = "closed";
    this.ticks.reset();
    return { type: "close", code, reason };
  }
}
