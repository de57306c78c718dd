// A hand-built SceneReader and UiConnection for the views' test pages: a scene as spec §8 says it is
// held (records keyed as on the wire, ndarrays as typed arrays), and a connection that records what is sent.
import type { Changes, ConnectionEvent, FieldState, NdArray, SceneReader, TypedArray, UiConnection } from "../../src/state/types";
import { defaultLayout } from "../../src/ui/layout";

export function nd(dtype: string, shape: number[], data: TypedArray): NdArray {
  return { dtype, shape, data };
}

export function field(id: string, dims: string[], values: NdArray, coords: Record<string, NdArray> = {}, unit?: string): Record<string, any> {
  return { id, dims, values, coords, attrs: {}, ...(unit ? { unit } : {}) };
}

export function changes(over: Partial<Changes> = {}): Changes {
  return {
    scene: false, layout: false, fields: new Set(), views: new Set(), controls: new Set(), actions: new Set(),
    operators: new Set(), panels: new Set(), stateKeys: new Set(), metadata: false, status: null, errors: [], grown: new Map(),
    ...over,
  };
}

/** The scene held as a plain record; resolvedView applies bindings from frontendState (§8.3.1, values taken as given). */
export class FakeScene implements SceneReader {
  scene: Record<string, any> | null;
  readonly frontendState = new Map<string, unknown>();

  constructor(scene: Record<string, any>) { this.scene = scene; }

  get layout(): Record<string, any> { return this.scene?.layout ?? defaultLayout(this.scene ?? {}); }

  field(id: string): FieldState {
    const f = (this.scene?.fields ?? []).find((x: any) => x.id === id);
    if (!f) throw new Error(`no field ${id}`);
    return { id: f.id, dtype: f.values.dtype, dims: f.dims, values: f.values, coords: f.coords, decl: { unit: f.unit, ...f.attrs } };
  }

  view(id: string): Record<string, any> {
    const v = (this.scene?.views ?? []).find((x: any) => x.id === id);
    if (!v) throw new Error(`no view ${id}`);
    return v;
  }

  control(id: string): Record<string, any> {
    const c = (this.scene?.controls ?? []).find((x: any) => x.id === id);
    if (!c) throw new Error(`no control ${id}`);
    return c;
  }

  resolvedView(id: string): Record<string, any> {
    const v = { ...this.view(id) };
    for (const [prop, key] of Object.entries(v.bindings ?? {})) {
      if (!this.frontendState.has(key as string)) continue;
      const value = this.frontendState.get(key as string);
      if (prop.startsWith("selectors.")) v.selectors = { ...v.selectors, [prop.slice(10)]: value };
      else v[prop] = value;
    }
    return v;
  }

  /** Replace a field's values (as a field_replace would) and return the Changes a core would report. */
  replace(id: string, values: NdArray, coords?: Record<string, NdArray>): Changes {
    const f = this.scene!.fields.find((x: any) => x.id === id);
    f.values = values;
    if (coords) f.coords = coords;
    return changes({ fields: new Set([id]) });
  }
}

export class FakeConnection implements UiConnection {
  readonly sent: Array<Record<string, unknown>> = [];
  minor: number | null = 1;
  private changeCbs: Array<(c: Changes) => void> = [];
  private eventCbs: Array<(e: ConnectionEvent) => void> = [];
  send = (command: Record<string, unknown>) => { this.sent.push(structuredClone(command)); };
  onChanges(cb: (c: Changes) => void) { this.changeCbs.push(cb); return () => { this.changeCbs = this.changeCbs.filter((x) => x !== cb); }; }
  onEvent(cb: (e: ConnectionEvent) => void) { this.eventCbs.push(cb); return () => { this.eventCbs = this.eventCbs.filter((x) => x !== cb); }; }
  emit(c: Changes) { for (const cb of this.changeCbs) cb(c); }
  event(e: ConnectionEvent) { for (const cb of this.eventCbs) cb(e); }
}
