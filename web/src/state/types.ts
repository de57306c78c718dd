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

export type ViewFactory = (viewId: string, state: SceneReader, send: Send) => ViewAdapter;
