// The sans-I/O client connection (spec §2.3-2.4, §5, §7.12, §7.14-15, §12.4): bytes in, events out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ClientConnection, type ConnectionEvent } from "../src/connection/connection";
import { TickGate } from "../src/state/ticks";
import { decodeMessage, encodeMessage, type Message } from "../src/protocol/messages";
import { mayReconnect } from "../src/connection/close_codes";
import { sendable, withoutToken } from "../src/connection/browser";
import { socketUrl } from "../src/main_url";
import { float } from "../src/wire/float";
import { readBytes } from "./jsonform";

const serverHello = (minor = 1, extra: Record<string, unknown> = {}) =>
  encodeMessage({ kind: "hello", protocol: "scenewire", major: 1, minor, role: "server", implementation: "test", capabilities: [], ...extra });
const status = (message: string, tick?: number) => encodeMessage({ kind: "status", message, ...(tick !== undefined ? { tick_end: { index: tick } } : {}) });
const patch = (key: string, tick?: number) => encodeMessage({ kind: "state_patch", updates: { [key]: 1 }, ...(tick !== undefined ? { tick_end: { index: tick } } : {}) });

function open(minor = 1, extra: Record<string, unknown> = { access: "control", run: "0123456789abcdef0123456789abcdef" }): ClientConnection {
  const c = new ClientConnection({ access: "control" });
  c.hello();
  const ev = c.receive(serverHello(minor, minor >= 1 ? extra : {}));
  assert.equal(ev[0]!.type, "hello");
  return c;
}
const types = (evs: ConnectionEvent[]) => evs.map((e) => (e.type === "close" ? `close ${e.code}` : e.type === "report" ? `report ${e.code}` : e.type));

test("the client hello is the canonical 1.1 hello with the role asked for", () => {
  const c = new ClientConnection({ access: "observe", implementation: "x" });
  const h = decodeMessage(c.hello());
  assert.deepEqual({ ...h }, { kind: "hello", protocol: "scenewire", major: 1, minor: 1, role: "client", implementation: "x", capabilities: [], access: "observe" });
});

test("a server hello of another major closes 4001; another role 1002; another first message 1002", () => {
  let c = new ClientConnection(); c.hello();
  assert.deepEqual(types(c.receive(encodeMessage({ kind: "hello", protocol: "scenewire", major: 2, minor: 0, role: "server", implementation: "v2", capabilities: [] }))), ["close 4001"]);
  c = new ClientConnection(); c.hello();
  assert.deepEqual(types(c.receive(encodeMessage({ kind: "hello", protocol: "scenewire", major: 1, minor: 0, role: "client", implementation: "x", capabilities: [] }))), ["close 1002"]);
  c = new ClientConnection(); c.hello();
  assert.deepEqual(types(c.receive(status("hi"))), ["close 1002"]);
  c = new ClientConnection(); c.hello();
  assert.deepEqual(types(c.receive(new Uint8Array([0xc1]))), ["close 1002"]);
  c = new ClientConnection(); c.hello();
  assert.deepEqual(types(c.receiveText()), ["close 1003"]);
});

test("an error before the server's hello is its reason for the close that follows", () => {
  const c = new ClientConnection(); c.hello();
  const ev = c.receive(encodeMessage({ kind: "error", code: "version_mismatch", message: "this server speaks 1.x" }));
  assert.deepEqual(types(ev), ["report version_mismatch"]);
  const closed = c.closed(4001, "");
  assert.equal(closed.reason, "this server speaks 1.x");
});

test("after the hello: a frame that does not decode is reported and the connection stays", () => {
  const c = open();
  assert.deepEqual(types(c.receive(readBytes("invalid/unknown_kind.msgpack"))), ["report unknown_kind"]);
  assert.deepEqual(types(c.receive(readBytes("invalid/duplicate_key.msgpack"))), ["report duplicate_key"]);
  assert.equal(c.phase, "open");
});

test("a command or a second hello from the server is dropped as unexpected_message (§2.4)", () => {
  const c = open();
  assert.deepEqual(types(c.receive(readBytes("valid/reset.msgpack"))), ["report unexpected_message"]);
  assert.deepEqual(types(c.receive(serverHello())), ["report unexpected_message"]);
});

test("access and run_state from a 1.0 server are unexpected; from a 1.1 server they set the role and run state", () => {
  let c = open(0);
  assert.deepEqual(types(c.receive(readBytes("1.1/valid/access_observe.msgpack"))), ["report unexpected_message"]);
  assert.throws(() => c.send({ kind: "run_control", action: "pause" }), /1.1 server/);
  c = open(1);
  assert.equal(c.access?.access, "control");
  assert.deepEqual(types(c.receive(readBytes("1.1/valid/access_observe.msgpack"))), ["access"]);
  assert.equal(c.access?.access, "observe");
  assert.deepEqual(types(c.receive(encodeMessage({ kind: "run_state", state: "paused", ticks_per_s: float(25) }))), ["run_state"]);
  assert.deepEqual(c.runState, { state: "paused", ticks_per_s: 25 });
});

test("ticks: updates apply one by one until a tick_end is seen, then whole ticks; status passes through", () => {
  const c = open();
  const applied = (evs: ConnectionEvent[]) => evs.flatMap((e) => (e.type === "apply" ? [e.updates.map((u: Message) => u.kind === "status" ? u.message : Object.keys(u.updates)[0]).join("+")] : []));
  assert.deepEqual(applied(c.receive(patch("a"))), ["a"]);
  assert.deepEqual(applied(c.receive(patch("b", 0))), ["b"]);
  assert.deepEqual(applied(c.receive(patch("c"))), []);
  assert.deepEqual(applied(c.receive(status("now"))), ["now"]);
  assert.deepEqual(applied(c.receive(patch("d"))), []);
  assert.deepEqual(applied(c.receive(status("t=1", 1))), ["t=1+c+d"]);
  // a tick that never closes is not applied
  c.receive(patch("e"));
  c.closed(1006, "");
  assert.equal(c.ticks.reset(), 0);
});

test("a tick over the held limit is shown and closes 1009 (§11.1)", () => {
  const gate = new TickGate(3, 1 << 20);
  gate.push({ kind: "state_patch", updates: {}, tick_end: { index: 0 } }, 10);
  for (let i = 0; i < 3; i++) assert.equal(gate.push({ kind: "state_patch", updates: {} }, 10).overLimit, null);
  assert.match(gate.push({ kind: "state_patch", updates: {} }, 10).overLimit!, /after tick 0 held 4 updates/);
});

test("commands: checked as a server checks them, canonical bytes, refused before the hello", () => {
  const c = new ClientConnection(); c.hello();
  assert.throws(() => c.send({ kind: "reset" }), /before the server's hello/);
  c.receive(serverHello(1, { access: "control", run: "0123456789abcdef0123456789abcdef" }));
  assert.deepEqual([...c.send({ kind: "set_control", control_id: "amp", value: float(1) })], [...readBytesOf({ kind: "set_control", control_id: "amp", value: float(1) })]);
  const b = c.send({ kind: "set_control", control_id: "amp", value: float(1) });
  assert.equal(b[b.length - 9], 0xcb); // 1.0 stays a float64 (§10 rule 3)
  const i = c.send({ kind: "set_control", control_id: "n", value: 1 });
  assert.equal(i[i.length - 1], 0x01);
  assert.throws(() => c.send({ kind: "entity_clicked", entity_id: "s", segment: -1 }), /invalid_value/);
  assert.throws(() => c.send({ kind: "scene_ready" }), /not a command/);
});

function readBytesOf(m: Record<string, unknown>): Uint8Array { return encodeMessage(m as Message); }

test("reconnects only after closes that allow it; the token is never shown", () => {
  assert.equal(mayReconnect(1006), true);
  assert.equal(mayReconnect(1011), true);
  for (const code of [1000, 4000, 4001, 4002, 4003]) assert.equal(mayReconnect(code), false);
  assert.equal(withoutToken("ws://h:1/?token=s3cret"), "ws://h:1/?token=%E2%80%A6");
  assert.equal(socketUrl(new URL("http://127.0.0.1:8765/#token=a%2Bb")), "ws://127.0.0.1:8765/?token=a%2Bb");
  assert.equal(socketUrl(new URL("https://example.org/?token=t")), "wss://example.org/?token=t");
  assert.equal(socketUrl(new URL("http://localhost:8765/")), "ws://localhost:8765/");
});

test("a page closes with the codes the WebSocket API lets it send (spec §12.4)", () => {
  assert.deepEqual([1000, 1002, 1003, 1009, 1011, 4001, 4002].map(sendable), [1000, 1000, 1000, 1000, 1000, 4001, 4002]);
});
