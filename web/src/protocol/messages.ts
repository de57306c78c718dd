// The message kinds of spec §3, §5-§7 (1.1 included), decoded from a frame in the stages of §12.3
// and encoded canonically (§10).
import { fail } from "../wire/errors";
import { type DecodeOptions, decode, encode } from "../wire/msgpack";
import { type RecordSpec, type WireType, decodeAs, decodeRecord, isMap, recordToWire } from "./records";
import { PANEL, SCENE, TICK, checkLayout } from "./elements";

const S = "string", OPT = false, REQ = true;
const strings: WireType = { array: "string" };
const tick: [WireType, boolean] = [{ record: TICK }, OPT];

export const COMMANDS = ["reset", "set_control", "invoke_action", "key_pressed", "entity_clicked", "stop_session"] as const;
export const UPDATES = ["scene_ready", "field_replace", "field_append", "scene_patch", "panel_patch", "layout_replace", "state_patch", "status", "error"] as const;
/** 1.1: a command (§6.8), a client message that is no command (§6.7), two server messages (§7.14-15). */
export const KINDS_1_1 = ["run_control", "control_request", "access", "run_state"] as const;
export const KINDS_1_0 = new Set<string>(["hello", ...COMMANDS, ...UPDATES]);
export const KINDS = new Set<string>([...KINDS_1_0, ...KINDS_1_1]);
export const COMMAND_KINDS = new Set<string>([...COMMANDS, "run_control"]);
export const UPDATE_KINDS = new Set<string>(UPDATES);

function enumCheck(key: string, allowed: readonly string[]) {
  return (r: Record<string, any>) => {
    if (r[key] !== undefined && !allowed.includes(r[key])) fail("invalid_value", `${key} ${JSON.stringify(r[key])} is not one of ${allowed.join(", ")}`);
  };
}

const RUN_ID = /^[0-9a-f]{32}$/;
export const HELLO_1_0: RecordSpec = {
  name: "hello",
  fields: {
    kind: [S, REQ], protocol: [S, REQ], major: ["uint", REQ], minor: ["uint", REQ], role: [S, REQ],
    implementation: [S, REQ], capabilities: [strings, REQ],
  },
  check(h) {
    if (h.protocol !== "scenewire") fail("invalid_value", `protocol ${JSON.stringify(h.protocol)}, not "scenewire"`);
    enumCheck("role", ["client", "server"])(h);
  },
};
const HELLO_1_1_KEYS: RecordSpec = {
  name: "hello",
  fields: { access: [S, OPT], run: [S, OPT] },
  check(h) {
    enumCheck("access", ["control", "observe"])(h);
    if (h.run !== undefined && !RUN_ID.test(h.run)) fail("invalid_value", "run is not 32 lowercase hex digits");
  },
};

export const MESSAGES: Record<string, RecordSpec> = {
  hello: HELLO_1_0,
  reset: { name: "reset", fields: { kind: [S, REQ] } },
  stop_session: { name: "stop_session", fields: { kind: [S, REQ] } },
  set_control: { name: "set_control", fields: { kind: [S, REQ], control_id: [S, REQ], value: ["any", REQ] } },
  invoke_action: { name: "invoke_action", fields: { kind: [S, REQ], action_id: [S, REQ], payload: ["map", REQ] } },
  key_pressed: { name: "key_pressed", fields: { kind: [S, REQ], key: [S, REQ] } },
  entity_clicked: { name: "entity_clicked", fields: { kind: [S, REQ], entity_id: [S, REQ], view_id: [S, OPT], segment: ["uint", OPT] } },
  control_request: { name: "control_request", fields: { kind: [S, REQ], want: ["bool", REQ] } },
  run_control: {
    name: "run_control",
    fields: { kind: [S, REQ], action: [S, REQ], steps: ["int", OPT], ticks_per_s: ["float", OPT] },
    check(r) {
      enumCheck("action", ["pause", "resume", "step", "speed"])(r);
      if (r.steps !== undefined && (r.action !== "step" || r.steps < 1 || r.steps > 1_000_000)) fail("invalid_value", "steps out of place or outside 1..1000000");
      if (r.ticks_per_s !== undefined && (r.action !== "speed" || !Number.isFinite(r.ticks_per_s) || !(r.ticks_per_s > 0))) fail("invalid_value", "ticks_per_s out of place, not finite or not above 0");
    },
  },
  scene_ready: { name: "scene_ready", fields: { kind: [S, REQ], scene: [{ record: SCENE }, REQ], tick_end: tick } },
  field_replace: {
    name: "field_replace",
    fields: {
      kind: [S, REQ], field_id: [S, REQ], values: [{ nd: "any" }, REQ], coords: [{ mapOf: { nd: "numeric1" } }, OPT],
      attrs_update: ["map", OPT], tick_end: tick,
    },
  },
  field_append: {
    name: "field_append",
    fields: {
      kind: [S, REQ], field_id: [S, REQ], append_dim: [S, REQ], values: [{ nd: "any1" }, REQ],
      coord_values: [{ nd: "numeric1" }, REQ], max_length: ["uint1", OPT], attrs_update: ["map", OPT], tick_end: tick,
    },
  },
  scene_patch: {
    name: "scene_patch",
    fields: {
      kind: [S, REQ], view_updates: [{ mapOf: "map" }, REQ], operator_updates: [{ mapOf: "map" }, REQ],
      control_updates: [{ mapOf: "map" }, REQ], metadata_updates: ["map", REQ], tick_end: tick,
    },
  },
  panel_patch: {
    name: "panel_patch",
    fields: {
      kind: [S, REQ], panel_id: [S, REQ], control_ids: [strings, OPT], action_ids: [strings, OPT], view_ids: [strings, OPT],
      title: [S, OPT], tick_end: tick,
    },
  },
  layout_replace: {
    name: "layout_replace",
    fields: { kind: [S, REQ], panels: [{ array: { record: PANEL } }, REQ], panel_grid: [{ array: strings }, OPT], tick_end: tick },
    check: (m) => checkLayout(m.panels, m.panel_grid),
  },
  state_patch: { name: "state_patch", fields: { kind: [S, REQ], updates: ["map", REQ], tick_end: tick } },
  status: { name: "status", fields: { kind: [S, REQ], message: [S, REQ], timeout_ms: ["uint", OPT], tick_end: tick } },
  error: { name: "error", fields: { kind: [S, REQ], message: [S, REQ], code: [S, OPT], tick_end: tick } },
  access: {
    name: "access",
    fields: { kind: [S, REQ], access: [S, REQ], waiting: ["bool", REQ], clients: ["uint1", REQ] },
    check(a) {
      enumCheck("access", ["control", "observe"])(a);
      if (a.access === "control" && a.waiting) fail("invalid_value", "a controller's request cannot wait");
    },
  },
  run_state: {
    name: "run_state",
    fields: { kind: [S, REQ], state: [S, REQ], ticks_per_s: ["positive", OPT] },
    check: enumCheck("state", ["running", "paused", "stopped"]),
  },
};

/** A decoded message: a plain object keyed as on the wire, `kind` naming it. */
export type Message = Record<string, any> & { kind: string };

/** Stage 2 (§3): the envelope, then stage 3: the fields of its kind. */
export function decodeValue(v: unknown): Message {
  if (!isMap(v)) fail("bad_envelope", "the message is not a map");
  if (!Object.prototype.hasOwnProperty.call(v, "kind")) fail("bad_envelope", "the message has no kind");
  const kind = v["kind"];
  if (typeof kind !== "string") fail("bad_envelope", "kind is not a string");
  if (!KINDS.has(kind)) fail("unknown_kind", `unknown message kind ${JSON.stringify(kind)}`);
  const msg = decodeRecord(MESSAGES[kind]!, v, kind) as Message;
  if (kind === "hello" && typeof msg.minor === "number" && msg.minor >= 1) Object.assign(msg, decodeRecord(HELLO_1_1_KEYS, v, "hello"));
  return msg;
}

/** Decodes one frame into a message; throws ProtocolError with the §12 code of its fault. */
export function decodeMessage(frame: Uint8Array, opts?: DecodeOptions): Message {
  return decodeValue(decode(frame, opts));
}

/** A message's canonical wire form (float fields tagged, only its own keys). */
export function messageToWire(msg: Message): Record<string, unknown> {
  const spec = MESSAGES[msg.kind];
  if (!spec) throw new Error(`unknown message kind ${msg.kind}`);
  const out = recordToWire(spec, msg);
  if (msg.kind === "hello") Object.assign(out, recordToWire(HELLO_1_1_KEYS, msg));
  return out;
}

/** The canonical bytes of a message (§10). */
export function encodeMessage(msg: Message): Uint8Array {
  return encode(messageToWire(msg));
}

export { decodeAs };
