// The scene state a frontend holds (spec §7.10): the scene, the effective layout, the frontend
// state, the last status and error. `apply` takes one decoded update and returns what it changed;
// an update that does not fit leaves the state as it was and is reported as an apply note.
import type { Changes, FieldState, Growth, NdArray, SceneReader } from "./types";
import { ProtocolError } from "../wire/errors";
import { encode, sortedKeys } from "../wire/msgpack";
import { makeNdArray, sizeOf } from "../wire/ndarray";
import { decodeAs, decodeRecord } from "../protocol/records";
import { CONTROL, VIEW, heldValue, missingPanelRefs, missingViewRefs } from "../protocol/elements";
import { convertArray, convertData, implicitCoords } from "./convert";
import { defaultLayout } from "./layout";

/** An apply note (§7.10): local to the frontend, shown to the person, never sent. */
export type NoteCode = "unknown_id" | "unknown_property" | "does_not_fit";

/** Most implicit coordinates one field_append may make (§7.3 step 5). */
export const MAX_IMPLICIT_COORDS = 64 * 1024 * 1024;

export function emptyChanges(): Changes {
  return {
    scene: false, layout: false, fields: new Set(), views: new Set(), controls: new Set(), actions: new Set(),
    operators: new Set(), panels: new Set(), stateKeys: new Set(), metadata: false, status: null, errors: [], grown: new Map(),
  };
}

/** Joins `b` into `a` (several updates applied before one redraw). */
export function mergeChanges(a: Changes, b: Changes): Changes {
  if (b.scene) { a.grown.clear(); a.fields.clear(); }
  for (const id of b.fields) {
    const g = b.grown.get(id), old = a.grown.get(id);
    if (!g || (a.fields.has(id) && !old) || (old && old.dim !== g.dim)) a.grown.delete(id); // replaced: redraw whole
    else a.grown.set(id, old ? { dim: g.dim, appended: old.appended + g.appended, trimmed: old.trimmed + g.trimmed } : g);
  }
  a.scene ||= b.scene; a.layout ||= b.layout; a.metadata ||= b.metadata;
  for (const k of ["fields", "views", "controls", "actions", "operators", "panels", "stateKeys"] as const) for (const x of b[k]) a[k].add(x);
  if (b.status) a.status = b.status;
  a.errors.push(...b.errors);
  return a;
}

/** Same value, with 1 and 1.0 apart and arrays compared by their bytes. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    const x = encode(a), y = encode(b);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  } catch {
    return false;
  }
}

function merge(into: Record<string, unknown>, updates: Record<string, unknown>): boolean {
  let changed = false;
  for (const [k, v] of Object.entries(updates)) {
    const has = Object.prototype.hasOwnProperty.call(into, k);
    if (v === null) {
      if (has) { delete into[k]; changed = true; }
    } else if (!has || !sameValue(into[k], v)) {
      if (k === "__proto__") Object.defineProperty(into, k, { value: v, enumerable: true, writable: true, configurable: true });
      else into[k] = v;
      changed = true;
    }
  }
  return changed;
}

class DoesNotFit extends Error {}
function refuse(why: string): never {
  throw new DoesNotFit(why);
}

export class SceneState implements SceneReader {
  scene: Record<string, any> | null = null;
  frontendState = new Map<string, unknown>();
  status: Record<string, any> | null = null;
  error: Record<string, any> | null = null;
  private fields = new Map<string, Record<string, any>>();
  private views = new Map<string, Record<string, any>>();
  private controls = new Map<string, Record<string, any>>();
  private operators = new Map<string, Record<string, any>>();
  private resolved = new Map<string, Record<string, any>>();
  private fieldStates = new Map<string, FieldState>();
  private noted = new Set<string>();
  private derived: Record<string, any> = { panels: [] };

  get layout(): Record<string, any> {
    return this.scene?.layout ?? this.derived;
  }

  field(id: string): FieldState {
    let fs = this.fieldStates.get(id);
    if (!fs) {
      const f = this.fields.get(id);
      if (!f) throw new Error(`no field ${id}`);
      const { id: _i, values, dims, coords, ...decl } = f;
      fs = { id, dtype: values.dtype, dims, values, coords, decl };
      this.fieldStates.set(id, fs);
    }
    return fs;
  }

  /** Whether the scene has the field (views check before `field`, which throws for an unknown id). */
  hasField(id: string): boolean { return this.fields.has(id); }

  view(id: string): Record<string, any> {
    const v = this.views.get(id);
    if (!v) throw new Error(`no view ${id}`);
    return v;
  }

  control(id: string): Record<string, any> {
    const c = this.controls.get(id);
    if (!c) throw new Error(`no control ${id}`);
    return c;
  }

  resolvedView(id: string): Record<string, any> {
    const v = this.resolved.get(id);
    if (!v) throw new Error(`no view ${id}`);
    return v;
  }

  /** Applies one decoded update (§7.10); kinds that are no update of the scene change nothing. */
  apply(msg: Record<string, any>): Changes {
    const ch = emptyChanges();
    switch (msg.kind) {
      case "scene_ready": this.sceneReady(msg.scene, ch); break;
      case "field_replace": this.guard(ch, msg.kind, msg.field_id, () => this.fieldReplace(msg, ch)); break;
      case "field_append": this.guard(ch, msg.kind, msg.field_id, () => this.fieldAppend(msg, ch)); break;
      case "scene_patch": this.scenePatch(msg, ch); break;
      case "panel_patch": this.guard(ch, msg.kind, msg.panel_id, () => this.panelPatch(msg, ch)); break;
      case "layout_replace": this.guard(ch, msg.kind, null, () => this.layoutReplace(msg, ch)); break;
      case "state_patch": for (const [k, v] of Object.entries(msg.updates as Record<string, unknown>)) this.setKey(k, v, ch); this.resolveAll(ch); break;
      case "status": { const { tick_end: _t, ...s } = msg; this.status = s; ch.status = s; break; }
      case "error": {
        const { tick_end: _t, ...e } = msg;
        this.error = e;
        ch.errors.push({ source: "error", code: e.code ?? null, message: e.message });
        break;
      }
      default: break; // access, run_state, hello, commands: not the state's
    }
    return ch;
  }

  /** A local change of frontend state (a click that selects): `null` unsets the key. */
  setFrontendState(key: string, value: unknown): Changes {
    const ch = emptyChanges();
    this.setKey(key, value, ch);
    this.resolveAll(ch);
    return ch;
  }

  private note(ch: Changes, code: NoteCode, update: string, target: string | null, message: string): void {
    const key = `${code}\u0000${update}\u0000${target ?? ""}\u0000${target === null ? 0 : 1}`;
    if (this.noted.has(key)) return;
    this.noted.add(key);
    ch.errors.push({ source: "note", code, update, target, message });
  }

  private guard(ch: Changes, kind: string, target: string | null, body: () => void): void {
    if (!this.scene) return this.note(ch, "unknown_id", kind, target, `${kind} before any scene`);
    try {
      body();
    } catch (e) {
      if (e instanceof DoesNotFit) this.note(ch, "does_not_fit", kind, target, e.message);
      else if (e instanceof UnknownId) this.note(ch, "unknown_id", kind, target, e.message);
      else throw e;
    }
  }

  private sceneReady(scene: Record<string, any>, ch: Changes): void {
    for (const c of scene.controls) c.value = heldValue(c.spec, c.value);
    this.scene = scene;
    this.fields = new Map(scene.fields.map((f: Record<string, any>) => [f.id, f]));
    this.views = new Map(scene.views.map((v: Record<string, any>) => [v.id, v]));
    this.controls = new Map(scene.controls.map((c: Record<string, any>) => [c.id, c]));
    this.operators = new Map(scene.operators.map((o: Record<string, any>) => [o.id, o]));
    this.fieldStates.clear();
    this.noted.clear();
    for (const k of this.frontendState.keys()) ch.stateKeys.add(k);
    this.frontendState.clear();
    this.derived = scene.layout ? { panels: [] } : defaultLayout(scene);
    this.resolved.clear();
    for (const v of scene.views) this.resolved.set(v.id, this.resolve(v));
    ch.scene = ch.layout = ch.metadata = true; // everything is new: views rebuild whole
  }

  private knownField(id: string): Record<string, any> {
    const f = this.fields.get(id);
    if (!f) throw new UnknownId(`no field ${JSON.stringify(id)} in the scene`);
    return f;
  }

  private fieldReplace(msg: Record<string, any>, ch: Changes): void {
    const f = this.knownField(msg.field_id);
    const values: NdArray = msg.values;
    if (values.shape.length !== f.dims.length) refuse(`field ${f.id}: ${values.shape.length}-d values for ${f.dims.length} dims`);
    let coords: Record<string, NdArray> = {};
    if (msg.coords) {
      for (const [dim, c] of Object.entries(msg.coords as Record<string, NdArray>)) {
        const axis = f.dims.indexOf(dim);
        if (axis < 0) refuse(`field ${f.id}: coords for ${dim}, not one of its dims`);
        if (c.shape[0] !== values.shape[axis]) refuse(`field ${f.id}: coords of ${dim} do not fit its axis`);
        coords[dim] = c;
      }
    } else {
      for (const [dim, c] of Object.entries(f.coords as Record<string, NdArray>)) {
        if (c.shape[0] === values.shape[f.dims.indexOf(dim)]) coords[dim] = c;
      }
    }
    f.values = values;
    f.coords = coords;
    if (msg.attrs_update) merge(f.attrs, msg.attrs_update);
    this.fieldStates.delete(f.id);
    ch.fields.add(f.id);
  }

  private fieldAppend(msg: Record<string, any>, ch: Changes): void {
    const f = this.knownField(msg.field_id);
    const old: NdArray = f.values;
    const a = f.dims.indexOf(msg.append_dim);
    if (a < 0) refuse(`field ${f.id} has no dim ${msg.append_dim}`);
    const add: NdArray = msg.values;
    if (add.shape.length !== old.shape.length) refuse(`field ${f.id}: ${add.shape.length}-d values for a ${old.shape.length}-d field`);
    for (let i = 0; i < old.shape.length; i++) if (i !== a && add.shape[i] !== old.shape[i]) refuse(`field ${f.id}: appended values of shape ${add.shape}, the field ${old.shape}`);
    const k = add.shape[a]!;
    const cv: NdArray = msg.coord_values;
    if (cv.shape[0] !== k) refuse(`field ${f.id}: ${cv.shape[0]} coord_values for ${k} entries`);
    const conv = convertArray(add, old.dtype);
    if (!conv) refuse(`field ${f.id}: values do not convert to ${old.dtype}`);
    const nOld = old.shape[a]!, nNew = nOld + k;
    const keep = msg.max_length !== undefined ? Math.min(nNew, Number(msg.max_length)) : nNew;
    const start = nNew - keep;
    const oldCoord: NdArray | undefined = f.coords[msg.append_dim];
    const coordDtype = oldCoord ? oldCoord.dtype : cv.dtype;
    const newCoordPart = oldCoord ? convertData(cv.data, cv.dtype, oldCoord.dtype) : cv.data;
    if (!newCoordPart) refuse(`field ${f.id}: coord_values do not convert to ${coordDtype}`);
    const oldKept = Math.max(0, nOld - start);
    let oldCoordPart;
    if (oldCoord) oldCoordPart = oldCoord.data.subarray(nOld - oldKept);
    else {
      if (oldKept > MAX_IMPLICIT_COORDS) refuse(`field ${f.id}: ${oldKept} implicit coordinates, over ${MAX_IMPLICIT_COORDS}`);
      oldCoordPart = implicitCoords(nOld - oldKept, nOld, coordDtype);
      if (!oldCoordPart) refuse(`field ${f.id}: the implicit coordinates 0..${nOld - 1} do not fit ${coordDtype}`);
    }
    const newKept = keep - oldKept;
    const coordData = makeNdArray(coordDtype, [keep]);
    coordData.data.set(oldCoordPart as never, 0);
    coordData.data.set(newCoordPart.subarray(k - newKept) as never, oldKept);
    // values: per outer index, the kept old rows then the kept new rows (C order)
    const shape = old.shape.slice();
    shape[a] = keep;
    const outer = sizeOf(old.shape.slice(0, a)), inner = sizeOf(old.shape.slice(a + 1));
    const out = makeNdArray(old.dtype, shape);
    if (outer > 0 && inner > 0) {
      for (let o = 0; o < outer; o++) {
        const dst = o * keep * inner;
        out.data.set(old.data.subarray((o * nOld + nOld - oldKept) * inner, (o * nOld + nOld) * inner) as never, dst);
        out.data.set(conv.data.subarray((o * k + k - newKept) * inner, (o * k + k) * inner) as never, dst + oldKept * inner);
      }
    }
    f.values = out;
    f.coords = { ...f.coords, [msg.append_dim]: coordData };
    if (msg.attrs_update) merge(f.attrs, msg.attrs_update);
    this.fieldStates.delete(f.id);
    ch.fields.add(f.id);
    const g: Growth = { dim: msg.append_dim, appended: newKept, trimmed: Math.min(nOld, start) };
    ch.grown.set(f.id, g);
  }

  private scenePatch(msg: Record<string, any>, ch: Changes): void {
    if (!this.scene) return this.note(ch, "unknown_id", "scene_patch", null, "scene_patch before any scene");
    const scene = this.scene;
    const fieldIds = new Set<string>(this.fields.keys());
    const geometries = new Map<string, string>(scene.geometries.map((g: Record<string, any>) => [g.id, g.kind]));
    const titleBefore = scene.layout ? null : JSON.stringify(this.derived);
    for (const id of sortedKeys(Object.keys(msg.view_updates))) {
      const v = this.views.get(id);
      if (!v) { this.note(ch, "unknown_id", "scene_patch", id, `no view ${id}`); continue; }
      const spec = VIEW[v.kind]!;
      const next = this.patched(v, msg.view_updates[id], spec.fields, id, ch);
      if (!next) continue;
      let decoded: Record<string, any>;
      try {
        decoded = decodeRecord(spec, next, `view ${id}`);
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw e;
        this.note(ch, "does_not_fit", "scene_patch", id, e.message);
        continue;
      }
      const missing = missingViewRefs(decoded, fieldIds, geometries);
      if (missing) { this.note(ch, "does_not_fit", "scene_patch", id, `view ${id} names a ${missing} the scene lacks`); continue; }
      const i = scene.views.indexOf(v);
      scene.views[i] = decoded;
      this.views.set(id, decoded);
      this.resolved.set(id, this.resolve(decoded));
      ch.views.add(id);
    }
    for (const id of sortedKeys(Object.keys(msg.operator_updates))) {
      const o = this.operators.get(id);
      if (!o) { this.note(ch, "unknown_id", "scene_patch", id, `no operator ${id}`); continue; }
      if (merge(o.params, msg.operator_updates[id])) ch.operators.add(id);
    }
    for (const id of sortedKeys(Object.keys(msg.control_updates))) {
      const c = this.controls.get(id);
      if (!c) { this.note(ch, "unknown_id", "scene_patch", id, `no control ${id}`); continue; }
      const next = this.patched(c, msg.control_updates[id], CONTROL.fields, id, ch);
      if (!next) continue;
      let decoded: Record<string, any>;
      try {
        decoded = decodeRecord(CONTROL, next, `control ${id}`);
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw e;
        this.note(ch, "does_not_fit", "scene_patch", id, e.message);
        continue;
      }
      decoded.value = heldValue(decoded.spec, decoded.value);
      scene.controls[scene.controls.indexOf(c)] = decoded;
      this.controls.set(id, decoded);
      ch.controls.add(id);
    }
    if (merge(scene.metadata, msg.metadata_updates)) ch.metadata = true;
    if (titleBefore !== null) {
      this.derived = defaultLayout(scene);
      if (JSON.stringify(this.derived) !== titleBefore) ch.layout = true;
    }
  }

  /** The element with a patch entry's properties set (nil removes), or null when nothing may apply. */
  private patched(el: Record<string, any>, updates: Record<string, unknown>, props: Record<string, unknown>, id: string, ch: Changes): Record<string, any> | null {
    const next: Record<string, any> = { ...el };
    for (const p of sortedKeys(Object.keys(updates))) {
      if (p === "id" || p === "kind" || !Object.prototype.hasOwnProperty.call(props, p)) {
        this.note(ch, "unknown_property", "scene_patch", `${id}.${p}`, `${id} has no property ${p}`);
        continue;
      }
      if (updates[p] === null) delete next[p];
      else next[p] = updates[p];
    }
    return next;
  }

  private panelPatch(msg: Record<string, any>, ch: Changes): void {
    const scene = this.scene!;
    const layout = this.layout;
    const panel = layout.panels.find((p: Record<string, any>) => p.id === msg.panel_id);
    if (!panel) throw new UnknownId(`no panel ${msg.panel_id} in the layout`);
    const missing = missingPanelRefs(msg, new Set(this.views.keys()), new Set(this.controls.keys()), new Set(scene.actions.map((a: Record<string, any>) => a.id)));
    if (missing) refuse(`panel ${msg.panel_id} would name a ${missing} the scene lacks`);
    const next = { ...panel };
    for (const k of ["view_ids", "control_ids", "action_ids"]) if (msg[k] !== undefined) next[k] = msg[k];
    if (msg.title !== undefined) { if (msg.title === "") delete next.title; else next.title = msg.title; }
    const own = { ...layout, panels: layout.panels.map((p: Record<string, any>) => (p === panel ? next : p)) };
    scene.layout = own;
    ch.panels.add(msg.panel_id);
  }

  private layoutReplace(msg: Record<string, any>, ch: Changes): void {
    const scene = this.scene!;
    const views = new Set(this.views.keys()), controls = new Set(this.controls.keys());
    const actions = new Set<string>(scene.actions.map((a: Record<string, any>) => a.id));
    for (const p of msg.panels) {
      const missing = missingPanelRefs(p, views, controls, actions);
      if (missing) refuse(`panel ${p.id} names a ${missing} the scene lacks`);
    }
    const layout: Record<string, any> = { panels: msg.panels };
    if (this.layout.title !== undefined) layout.title = this.layout.title;
    if (msg.panel_grid !== undefined) layout.panel_grid = msg.panel_grid;
    scene.layout = layout;
    ch.layout = true;

  }

  private setKey(key: string, value: unknown, ch: Changes): void {
    const has = this.frontendState.has(key);
    if (value === null || value === undefined) {
      if (has) { this.frontendState.delete(key); ch.stateKeys.add(key); }
    } else if (!has || !sameValue(this.frontendState.get(key), value)) {
      this.frontendState.set(key, value);
      ch.stateKeys.add(key);
    }
  }

  private resolveAll(ch: Changes): void {
    if (!this.scene || ch.stateKeys.size === 0) return;
    for (const v of this.scene.views) {
      if (Object.keys(v.bindings).length === 0) continue;
      const r = this.resolve(v);
      if (!sameValue(r, this.resolved.get(v.id))) ch.views.add(v.id);
      this.resolved.set(v.id, r);
    }
  }

  /** A view with its bound properties resolved (§7.10 "Bindings", §8.3.1). */
  private resolve(v: Record<string, any>): Record<string, any> {
    const spec = VIEW[v.kind]!;
    const out: Record<string, any> = { ...v };
    const dims: [string, string][] = [];
    for (const [prop, key] of Object.entries(v.bindings as Record<string, string>)) {
      if (prop.startsWith("selectors.") && !Object.prototype.hasOwnProperty.call(spec.fields, prop)) { dims.push([prop.slice(10), key]); continue; }
      if (!this.frontendState.has(key)) continue;
      try {
        const value = decodeAs(spec.fields[prop]![0], this.frontendState.get(key), prop);
        decodeRecord(spec, { ...v, [prop]: value }, `view ${v.id}`);
        out[prop] = value;
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw e;
      }
    }
    if (dims.length) {
      out.selectors = { ...out.selectors };
      for (const [dim, key] of dims) {
        const x = this.frontendState.get(key);
        if ((typeof x === "number" && Number.isInteger(x) && x >= 0 && !Object.is(x, -0)) || (typeof x === "bigint" && x >= 0n)) out.selectors[dim] = x;
      }
    }
    return out;
  }
}

class UnknownId extends Error {}

