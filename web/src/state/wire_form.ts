// A scene state in its wire form (conformance/README.md "The state"): what the state vectors
// compare, and what a test reads from the page (window.__scenewire).
import { MESSAGES } from "../protocol/messages";
import { LAYOUT, SCENE, VIEW, heldValueWire } from "../protocol/elements";
import { recordToWire } from "../protocol/records";
import type { SceneState } from "./scene_state";

export function sceneToWire(scene: Record<string, any>): Record<string, unknown> {
  const out = recordToWire(SCENE, scene);
  (out.controls as Record<string, unknown>[]).forEach((c, i) => {
    c.value = heldValueWire(scene.controls[i].spec, scene.controls[i].value);
  });
  return out;
}

export function stateToWire(s: SceneState): Record<string, unknown> {
  const views: Record<string, unknown> = {};
  if (s.scene) for (const v of s.scene.views) views[v.id] = recordToWire(VIEW[v.kind]!, s.resolvedView(v.id));
  return {
    scene: s.scene ? sceneToWire(s.scene) : null,
    layout: recordToWire(LAYOUT, s.layout),
    frontend_state: Object.fromEntries(s.frontendState),
    views,
    status: s.status ? recordToWire(MESSAGES.status!, s.status) : null,
    error: s.error ? recordToWire(MESSAGES.error!, s.error) : null,
  };
}
