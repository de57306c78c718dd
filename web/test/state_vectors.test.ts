// Every state vector of conformance/state/ and conformance/state/1.1/ (spec §15.4): replay each
// sequence from an empty state and compare what each step changed and the whole state after it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeMessage } from "../src/protocol/messages";
import { sortedKeys } from "../src/wire/msgpack";
import { SceneState } from "../src/state/scene_state";
import { stateToWire } from "../src/state/wire_form";
import type { Changes } from "../src/state/types";
import { canon, canonParsed, fromJson, parse, readJson, unhex } from "./jsonform";

type J = ReturnType<typeof parse>;
const get = (j: J, key: string): J | undefined => (j as { obj: [string, J][] }).obj.find(([k]) => k === key)?.[1];

function changesToWire(ch: Changes): Record<string, unknown> {
  const ids = (s: Set<string>) => sortedKeys([...s]);
  return {
    scene: ch.scene, layout: ch.layout, metadata: ch.metadata, status: ch.status !== null,
    fields: ids(ch.fields), views: ids(ch.views), controls: ids(ch.controls), actions: ids(ch.actions),
    operators: ids(ch.operators), panels: ids(ch.panels), state_keys: ids(ch.stateKeys),
    errors: ch.errors.map((e) => e.code ?? null),
  };
}

for (const dir of ["state/", "state/1.1/"]) {
  const manifest = JSON.parse(readJson(`${dir}manifest.json`)) as { sequences: { name: string; file: string }[] };
  for (const seq of manifest.sequences) {
    test(`state ${dir}${seq.name}`, () => {
      const doc = parse(readJson(dir + seq.file));
      const steps = get(doc, "steps") as J[];
      const state = new SceneState();
      steps.forEach((step, i) => {
        const frame = get(step, "frame");
        let ch: Changes;
        if (frame !== undefined) ch = state.apply(decodeMessage(unhex(frame as string)));
        else {
          const s = get(step, "set_frontend_state")!;
          ch = state.setFrontendState(get(s, "key") as string, fromJson(get(s, "value")!));
        }
        const note = `${seq.name} step ${i}: ${get(step, "note") ?? ""}`;
        assert.equal(canon(changesToWire(ch)), canonParsed(get(step, "changes")!), `changes, ${note}`);
        assert.equal(canon(stateToWire(state)), canonParsed(get(step, "state")!), `state, ${note}`);
      });
    });
  }
}
