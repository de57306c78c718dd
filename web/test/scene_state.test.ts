// SceneState beyond the state vectors: what views read (Changes.grown, FieldState, resolved views)
// and how changes of several updates join into one redraw.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SceneState, emptyChanges, mergeChanges } from "../src/state/scene_state";
import { ClientConnection } from "../src/connection/connection";
import { makeNdArray } from "../src/wire/ndarray";
import { WireFloat, asNumber, float } from "../src/wire/float";
import { decodeMessage, encodeMessage, type Message } from "../src/protocol/messages";

const roundTrip = (m: Record<string, unknown>): Message => decodeMessage(encodeMessage(m as Message));

function sceneWithTrace(): SceneState {
  const s = new SceneState();
  s.apply(roundTrip({
    kind: "scene_ready",
    scene: {
      fields: [{ id: "tr", values: makeNdArray("float32", [2, 0]), dims: ["series", "time"], coords: { time: makeNdArray("float64", [0]) }, attrs: {} }],
      geometries: [],
      views: [{ kind: "line_plot", id: "p", field_id: "tr", x_dim: "time", series_dim: "series", selectors: {}, bindings: { title: "t" } }],
      operators: [], actions: [],
      controls: [{ id: "g", label: "Gain", spec: { kind: "scalar", min: float(0), max: float(10), integer: false }, value: float(2), send_to_session: true }],
      metadata: {},
    },
  }));
  return s;
}

function append(n: number, start: number, max?: number): Message {
  const values = makeNdArray("float32", [2, n]);
  const coords = makeNdArray("float64", [n]);
  for (let i = 0; i < n; i++) { coords.data[i] = start + i; values.data[i] = start + i; values.data[n + i] = -(start + i); }
  return roundTrip({ kind: "field_append", field_id: "tr", append_dim: "time", values, coord_values: coords, ...(max ? { max_length: max } : {}) });
}

test("appends report what grew and what was trimmed; the field keeps the newest max_length", () => {
  const s = sceneWithTrace();
  let ch = s.apply(append(3, 0, 4));
  assert.deepEqual(ch.grown.get("tr"), { dim: "time", appended: 3, trimmed: 0 });
  ch = s.apply(append(2, 3, 4));
  assert.deepEqual(ch.grown.get("tr"), { dim: "time", appended: 2, trimmed: 1 });
  const f = s.field("tr");
  assert.deepEqual(f.values.shape, [2, 4]);
  assert.deepEqual([...f.values.data], [1, 2, 3, 4, -1, -2, -3, -4]);
  assert.deepEqual([...(f.coords.time as { data: Float64Array }).data], [1, 2, 3, 4]);
});

test("joined changes: appends add up, a replace in the batch makes the field redraw whole", () => {
  const s = sceneWithTrace();
  const all = emptyChanges();
  mergeChanges(all, s.apply(append(1, 0)));
  mergeChanges(all, s.apply(append(2, 1)));
  assert.deepEqual(all.grown.get("tr"), { dim: "time", appended: 3, trimmed: 0 });
  mergeChanges(all, s.apply(roundTrip({ kind: "field_replace", field_id: "tr", values: makeNdArray("float32", [2, 1]) })));
  mergeChanges(all, s.apply(append(1, 5)));
  assert.equal(all.grown.has("tr"), false);
  assert.ok(all.fields.has("tr"));
});

test("a float control's value is a plain number; a bound title resolves; frontend state keeps 1.0 a float", () => {
  const s = sceneWithTrace();
  assert.equal(typeof s.control("g").value, "number");
  const ch = s.apply(roundTrip({ kind: "state_patch", updates: { t: "Bound", x: float(1) } }));
  assert.deepEqual([...ch.views], ["p"]);
  assert.equal(s.resolvedView("p").title, "Bound");
  assert.equal(s.view("p").title, undefined);
  assert.ok(s.frontendState.get("x") instanceof WireFloat);
  assert.equal(asNumber(s.frontendState.get("x")), 1);
  assert.equal(s.apply(roundTrip({ kind: "state_patch", updates: { x: 1 } })).stateKeys.has("x"), true); // 1 is not 1.0
});

test("the client closes 4002 when no server hello arrives in time, and only then", () => {
  const c = new ClientConnection();
  assert.equal(c.helloTimedOut(), null);
  c.hello();
  assert.deepEqual(c.helloTimedOut(), { type: "close", code: 4002, reason: "no server hello within 10 s" });
});
