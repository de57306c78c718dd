// src/ui_bridge.ts: the UI hears the connection's changes at most once per animation frame, merged,
// so that a page drawing slower than frames arrive keeps its main thread for clicks and commands.
import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyChanges } from "../src/state/scene_state";
import { perFrame } from "../src/ui_bridge";
import type { Changes } from "../src/state/types";

/** A connection whose changes the test emits, and a frame clock the test advances. */
function fixture() {
  const listeners = new Set<(c: Changes) => void>();
  const conn = { onChanges: (l: (c: Changes) => void) => { listeners.add(l); return () => { listeners.delete(l); }; } };
  const frames: Array<() => void> = [];
  const emit = (edit: (c: Changes) => void): void => {
    const c = emptyChanges();
    edit(c);
    for (const l of listeners) l(c);
  };
  const frame = (): void => { for (const run of frames.splice(0)) run(); };
  return { conn, frames, emit, frame, listeners };
}

test("many changes between two frames reach the UI once, merged", () => {
  const { conn, frames, emit, frame } = fixture();
  const heard: Changes[] = [];
  perFrame(conn, (c) => heard.push(c), (run) => frames.push(run));
  for (let i = 0; i < 100; i++) emit((c) => { c.fields.add(i % 2 ? "v" : "v_trace"); c.grown.set("v_trace", { dim: "time", appended: 1, trimmed: 0 }); });
  emit((c) => { c.status = { message: "held" }; c.errors.push({ message: "boom" }); });
  assert.equal(heard.length, 0, "nothing is drawn before the frame");
  assert.equal(frames.length, 1, "one frame asked for, however many changes came");
  frame();
  assert.equal(heard.length, 1);
  assert.deepEqual([...heard[0].fields].sort(), ["v", "v_trace"]);
  assert.deepEqual(heard[0].status, { message: "held" });
  assert.deepEqual(heard[0].errors, [{ message: "boom" }]);
  emit((c) => c.controls.add("stim"));
  frame();
  assert.equal(heard.length, 2, "a change after the frame asks for the next one");
  assert.deepEqual([...heard[1].controls], ["stim"]);
  assert.equal(heard[1].fields.size, 0, "what the last frame drew is not drawn again");
});

test("a flood of errors between two frames keeps its newest fifty", () => {
  const { conn, frames, emit, frame } = fixture();
  const heard: Changes[] = [];
  perFrame(conn, (c) => heard.push(c), (run) => frames.push(run));
  for (let i = 0; i < 1000; i++) emit((c) => c.errors.push({ message: `e${i}` }));
  frame();
  assert.equal(heard[0].errors.length, 50);
  assert.equal(heard[0].errors[49].message, "e999");
});

test("after unsubscribing, a pending frame draws nothing and no listener is left", () => {
  const { conn, frames, emit, frame, listeners } = fixture();
  const heard: Changes[] = [];
  const off = perFrame(conn, (c) => heard.push(c), (run) => frames.push(run));
  emit((c) => c.fields.add("v"));
  off();
  frame();
  assert.equal(heard.length, 0);
  assert.equal(listeners.size, 0);
});
