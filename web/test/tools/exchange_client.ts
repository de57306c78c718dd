// node --experimental-websocket dist-test/tools/exchange_client.mjs URL [observe]
// The web client (BrowserConnection, SceneState) against `scenewire peer` (spec §15.5): it applies
// what arrives and does what the peer's status lines ask (control_request, set_control,
// stop_session); prints one JSON line with how the connection ended and what it reported.
import { SceneState } from "../../src/state/scene_state";
import { BrowserConnection } from "../../src/connection/browser";
import { heldValueWire } from "../../src/protocol/elements";

const [url, access] = process.argv.slice(2);
const state = new SceneState();
const conn = new BrowserConnection(state, { url: url!, reconnect: false, access: access === "observe" ? "observe" : undefined });
const sent: string[] = [];
let asked = "";

function send(command: Record<string, unknown>): void {
  conn.send(command);
  sent.push(String(command.kind));
}

conn.onChanges(() => {
  const line = String(state.status?.message ?? "");
  if (line === asked) return;
  if (line.includes("now send control_request")) {
    asked = line;
    send({ kind: "control_request", want: true });
  } else if (line.includes("now send set_control")) {
    asked = line;
    const control = state.scene?.controls.find((c: Record<string, any>) => c.send_to_session);
    if (control) send({ kind: "set_control", control_id: control.id, value: heldValueWire(control.spec, control.value) });
    send({ kind: "stop_session" });
  } else if (line.includes("now send stop_session")) {
    asked = line;
    send({ kind: "stop_session" });
  }
});

conn.onStatus((s) => {
  if (s.phase !== "closed") return;
  const fields = state.scene ? state.scene.fields.map((f: Record<string, any>) => f.id) : null;
  process.stdout.write(`${JSON.stringify({ close: s.close, reports: s.reports, sent, access: s.access, tick: s.tick, fields })}\n`);
  process.exit(0);
});
conn.connect();
setTimeout(() => { process.stdout.write(`${JSON.stringify({ error: "timed out", sent })}\n`); process.exit(1); }, 30000);
