// The contract between the client's core (wire, protocol, state, connection: web-core) and its
// views and UI (web-views). Scene records are plain objects keyed exactly as on the wire
// (spec §8: snake_case keys, unknown keys dropped as §13 says); an ndarray (§9) is an NdArray.

/** The typed array an ndarray's dtype maps to (float16 is widened to Float32Array). */
export type TypedArray =
  | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array
  | BigInt64Array | BigUint64Array | Float32Array | Float64Array;

/** A decoded ndarray (§9): data in C order, a view into the frame's bytes where alignment allows. */
export interface NdArray {
  dtype: string;
  shape: number[];
  data: TypedArray;
}

/** A field as the state holds it (§8.1): its declaration plus its current values and coordinates. */
export interface FieldState {
  id: string;
  dtype: string;
  dims: string[];
  values: NdArray;
  /** dim name -> coordinate values (numbers or labels), for the dims that have them */
  coords: Record<string, NdArray | string[]>;
  /** the declaration's other keys as on the wire (units, max_length, ...) */
  decl: Record<string, unknown>;
}

/** A field that only grew: `appended` entries at the end of `dim`, then `trimmed` from its front. */
export interface Growth {
  dim: string;
  appended: number;
  trimmed: number;
}

/** What one or more applied updates changed, so a view redraws only that (mirrors Python's Changes). */
export interface Changes {
  scene: boolean;
  layout: boolean;
  fields: Set<string>;
  views: Set<string>;
  controls: Set<string>;
  actions: Set<string>;
  operators: Set<string>;
  panels: Set<string>;
  stateKeys: Set<string>;
  metadata: boolean;
  status: Record<string, unknown> | null;
  errors: Array<Record<string, unknown>>;
  grown: Map<string, Growth>;
}

/** What views and UI read; web-core's SceneState implements it. */
export interface SceneReader {
  /** the scene record of the last scene_ready, patched since (null before the first) */
  readonly scene: Record<string, any> | null;
  /** the effective layout (§8.10, §8.11): panels in order, each with its views */
  readonly layout: Record<string, any>;
  readonly frontendState: Map<string, unknown>;
  field(id: string): FieldState;
  view(id: string): Record<string, any>;
  control(id: string): Record<string, any>;
  /** a view's properties with its selectors and state bindings resolved */
  resolvedView(id: string): Record<string, any>;
}

/** Sends a command (§6) as a plain object keyed as on the wire, e.g. {kind: "set_control", ...}. */
export type Send = (command: Record<string, unknown>) => void;

/** One drawn view (§8.3 variant), built into a DOM element; `apply` redraws what `changes` touched. */
export interface ViewAdapter {
  build(parent: HTMLElement): void;
  apply(changes: Changes): void;
  close(): void;
}

export type ViewFactory = (viewId: string, state: SceneReader, send: Send, ctx?: ViewContext) => ViewAdapter;

// ---- Added by web-core (issue 20) -------------------------------------------------------------
// Free-form values (metadata, attrs, params, payload, frontend state, set_control.value) keep the
// MessagePack type they came with: an integer is a number (a bigint past 2^53), a float with a
// whole value (1.0) is a WireFloat (src/wire/float.ts, a Number object: arithmetic and toFixed
// work, `typeof` says "object"; read numbers through asNumber()), any other float a number.
// Record fields of wire type float, resolved view properties and scalar control values are plain
// numbers. Changes after a scene_ready: `scene` is true and the id sets are empty: rebuild all.

/** An entry of Changes.errors: an `error` message applied, or an apply note (§7.10). */
export interface Report {
  source: "error" | "note";
  /** the error's code (null when it has none) or the note's code */
  code: string | null;
  message: string;
  /** notes: the update kind and target id they are about */
  update?: string;
  target?: string | null;
}

/** How the viewer's connection stands, for the status bar and the error display. */
export interface ConnectionStatus {
  /** connecting: socket opening or hello sent; open: the server's hello arrived; closed: ended */
  phase: "connecting" | "open" | "closed";
  /** the URL the page connects to, without its token (§2.9: never shown or logged) */
  url: string;
  serverImplementation: string | null;
  serverMinor: number | null;
  /** 1.1: the run's id (§2.5), and whether a reconnect found the same run */
  run: string | null;
  sameRun: boolean | null;
  /** 1.1: this client's role (§7.14) */
  access: { access: "control" | "observe"; waiting: boolean; clients: number } | null;
  /** 1.1: the run's state and speed limit (§7.15) */
  runState: { state: "running" | "paused" | "stopped"; ticks_per_s?: number } | null;
  /** the last tick applied (§7.12): index and model time in the session's unit */
  tick: { index: number; time?: number } | null;
  /** set once closed: code, reason as the server gave it, and what the code means (§12.4) */
  close: { code: number; reason: string; meaning: string } | null;
  /** frames the client dropped or refused (decode faults, unexpected messages), newest last */
  reports: Array<{ code: string; message: string }>;
  /** a reconnect is scheduled (after a close that allows one, §2.5 "Reconnecting") */
  reconnecting: boolean;
}

/** What BrowserConnection offers beside the state: commands out, and what changed in (src/ui_bridge.ts
 * turns it into the UiConnection mountApp takes). */
export interface AppConnection {
  readonly status: ConnectionStatus;
  /** sends a command (§6) or control_request/run_control (1.1, only when status.serverMinor >= 1) */
  send: Send;
  /** called after each batch of updates is applied (one tick, §7.12): redraw what changed */
  onChanges(listener: (changes: Changes) => void): () => void;
  /** called whenever `status` changes */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
  /** a local change of frontend state (a click that selects, a surface pick, §7.7) */
  setFrontendState(key: string, value: unknown): void;
  /** closes with 1000 (§2.7) */
  leave(): void;
}


// ---- added by web-views: what mountApp (src/ui/app.ts) needs of the connection ----

/** The tick that closed the last applied batch (§7.12): its number and model time, when the session has a clock. */
export interface TickInfo {
  index: number;
  time?: number;
}

/** What the connection reports besides scene changes; the UI shows each (status bar, role, run state). */
export type ConnectionEvent =
  /** the server's hello was accepted: its minor version, implementation text, run id (1.1), role (1.1) */
  | { kind: "open"; minor: number; implementation?: string; run?: string; access?: "control" | "observe" }
  /** a tick was applied to the state (its changes reach onChanges at the next animation frame) */
  | { kind: "tick"; tick: TickInfo }
  /** §7.14: this client's role on a shared run */
  | { kind: "access"; access: "control" | "observe"; waiting: boolean; clients: number }
  /** §7.15: whether the run advances, and its speed limit */
  | { kind: "run_state"; state: "running" | "paused" | "stopped"; ticks_per_s?: number }
  /** the connection ended (close code and reason §12.4, and what the code means), or never opened (code 1006) */
  | { kind: "closed"; code: number; reason: string; meaning?: string }
  /** a fault on this side the person should see (a frame that failed to decode, ...) */
  | { kind: "local_error"; message: string };

/** What the UI needs of the connection: send commands, hear applied changes and connection events (src/ui_bridge.ts
 * makes one of web-core's AppConnection). */
export interface UiConnection {
  send: Send;
  /** what the state's applied ticks changed, merged, at most once per animation frame; returns an unsubscribe */
  onChanges(cb: (changes: Changes) => void): () => void;
  onEvent(cb: (event: ConnectionEvent) => void): () => void;
  /** the server's hello minor version, once known (run_control and control_request need >= 1) */
  readonly minor: number | null;
}

/** What the UI offers a view beyond sending commands (added by web-views; the factory's 4th argument is optional). */
export interface ViewContext {
  /**
   * Set frontend state keys locally (a surface click sets "<view>.<dim>", §8.3.3) and redraw the views
   * that read them, as if a state_patch had set them; nothing is sent.
   */
  setLocalState(values: Record<string, unknown>): void;
}
