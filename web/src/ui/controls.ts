// The controls panel (§8.6, §8.7): one editor per control by its value spec, a button per action.
// A person's change sends set_control (only for send_to_session controls, with a value that fits the
// spec, §6.2); a change that comes from the session (scene_patch) is shown without being sent back.
import type { SceneReader, Send } from "../state/types";

const FLOAT_SLIDER_STEPS = 1000;

function decimals(step: number | undefined, span: number): number {
  const unit = step && Number.isFinite(step) ? step : span / FLOAT_SLIDER_STEPS;
  return Math.max(0, Math.min(6, unit > 0 ? -Math.floor(Math.log10(unit)) : 3));
}

interface Editor { row: HTMLElement; show(value: unknown): void; setEnabled(on: boolean): void; }

/** Whether `v` fits a scalar spec (§8.5): a number inside [min, max], whole when integer. */
export function fitsScalar(spec: Record<string, any>, v: number): boolean {
  return Number.isFinite(v) && v >= spec.min && v <= spec.max && (!spec.integer || Number.isInteger(v));
}

export class ControlsPanel {
  readonly root = document.createElement("div");
  private readonly editors = new Map<string, Editor>();
  private readonly buttons: HTMLButtonElement[] = [];
  private enabled = true;

  constructor(
    private readonly panel: Record<string, any>,
    private readonly state: SceneReader,
    private readonly send: Send,
    private readonly onError: (message: string) => void,
  ) {
    this.root.className = "sw-controls";
  }

  build(): void {
    this.root.replaceChildren();
    this.editors.clear();
    this.buttons.length = 0;
    const grid = document.createElement("div");
    grid.className = "sw-controls-grid";
    for (const id of this.panel.control_ids ?? []) {
      let control: Record<string, any>;
      try { control = this.state.control(id); } catch { continue; }
      if (!control) continue;
      const editor = this.editor(control);
      this.editors.set(id, editor);
      grid.append(editor.row);
    }
    this.root.append(grid);
    const actions: Array<Record<string, any>> = this.state.scene?.actions ?? [];
    for (const id of this.panel.action_ids ?? []) {
      const action = actions.find((a) => a.id === id);
      if (!action) continue;
      const b = document.createElement("button");
      b.className = "sw-action";
      b.dataset.actionId = id;
      const keys = (action.shortcuts ?? []).filter((s: unknown) => typeof s === "string");
      b.textContent = keys.length ? `${action.label}  [${keys.join(", ")}]` : String(action.label);
      b.addEventListener("click", () => this.send({ kind: "invoke_action", action_id: id, payload: action.payload ?? {} }));
      this.buttons.push(b);
      this.root.append(b);
    }
    this.setEnabled(this.enabled);
  }

  /** Show the session's values of these controls (no set_control is sent for them). */
  update(ids: Iterable<string>): void {
    for (const id of ids) {
      const e = this.editors.get(id);
      if (!e) continue;
      try { e.show(this.state.control(id).value); } catch { /* gone with the scene */ }
    }
  }

  /** Observers' controls are read-only (§2.5): their changes would never reach the session. */
  setEnabled(on: boolean): void {
    this.enabled = on;
    for (const e of this.editors.values()) e.setEnabled(on);
    for (const b of this.buttons) b.disabled = !on;
    this.root.title = on ? "" : "Read-only: this viewer observes the run; take control in the status bar to steer.";
  }

  private changed(control: Record<string, any>, value: unknown): void {
    if (control.send_to_session) this.send({ kind: "set_control", control_id: control.id, value });
  }

  private editor(control: Record<string, any>): Editor {
    const row = document.createElement("div");
    row.className = "sw-control";
    row.dataset.controlId = control.id;
    const label = document.createElement("label");
    label.className = "sw-control-label";
    label.textContent = String(control.label);
    row.append(label);
    const spec = control.spec ?? {};
    switch (spec.kind) {
      case "scalar": return this.scalar(control, spec, row);
      case "bool": {
        const box = document.createElement("input");
        box.type = "checkbox";
        box.checked = control.value === true;
        box.addEventListener("change", () => this.changed(control, box.checked));
        row.append(box);
        return { row, show: (v) => { box.checked = v === true; }, setEnabled: (on) => { box.disabled = !on; } };
      }
      case "choice": {
        const select = document.createElement("select");
        for (const o of spec.options ?? []) {
          const opt = document.createElement("option");
          opt.value = opt.textContent = String(o);
          select.append(opt);
        }
        select.value = String(control.value);
        select.addEventListener("change", () => this.changed(control, select.value));
        row.append(select);
        return { row, show: (v) => { select.value = String(v); }, setEnabled: (on) => { select.disabled = !on; } };
      }
      case "xy": {
        const boxes = [0, 1].map((k) => {
          const b = document.createElement("input");
          b.type = "number";
          const r = k === 0 ? spec.x_range : spec.y_range;
          b.min = String(r[0]); b.max = String(r[1]); b.step = "any";
          b.value = String(Array.isArray(control.value) ? control.value[k] : 0);
          return b;
        });
        const send = () => {
          const v = boxes.map((b) => Number(b.value));
          const ok = v.every((x, k) => { const r = k === 0 ? spec.x_range : spec.y_range; return Number.isFinite(x) && x >= r[0] && x <= r[1]; });
          if (ok) this.changed(control, v); else this.onError(`${control.label}: [${v.join(", ")}] is outside its ranges`);
        };
        boxes.forEach((b) => { b.addEventListener("change", send); row.append(b); });
        return { row, show: (v) => { if (Array.isArray(v)) boxes.forEach((b, k) => { b.value = String(v[k]); }); }, setEnabled: (on) => boxes.forEach((b) => { b.disabled = !on; }) };
      }
      default: {
        const text = document.createElement("span");
        text.textContent = JSON.stringify(control.value);
        row.append(text);
        return { row, show: (v) => { text.textContent = JSON.stringify(v); }, setEnabled: () => {} };
      }
    }
  }

  /** A slider and a number box kept in step; a scalar without a finite range gets the box alone (§8.5). */
  private scalar(control: Record<string, any>, spec: Record<string, any>, row: HTMLElement): Editor {
    const span = spec.max - spec.min;
    const finite = Number.isFinite(span);
    const step = typeof spec.step === "number" && spec.step > 0 ? spec.step : spec.integer ? 1 : undefined;
    const box = document.createElement("input");
    box.type = "number";
    box.className = "sw-number";
    if (Number.isFinite(spec.min)) box.min = String(spec.min);
    if (Number.isFinite(spec.max)) box.max = String(spec.max);
    box.step = step ? String(step) : "any";
    const places = decimals(step, finite ? span : 1);
    const fmt = (v: number) => (spec.integer ? String(Math.round(v)) : v.toFixed(places));
    let slider: HTMLInputElement | null = null;
    if (finite) {
      slider = document.createElement("input");
      slider.type = "range";
      slider.className = "sw-slider";
      slider.min = String(spec.min);
      slider.max = String(spec.max);
      slider.step = step ? String(step) : String(span / FLOAT_SLIDER_STEPS);
      row.append(slider);
    }
    row.append(box);
    let current = control.value;
    const show = (v: unknown) => {
      if (typeof v !== "number") return;
      current = v;
      box.value = fmt(v);
      if (slider) slider.value = String(v);
    };
    show(control.value);
    const commit = (raw: number) => {
      let v = spec.integer ? Math.round(raw) : raw;
      if (step && finite) v = spec.min + Math.round((v - spec.min) / step) * step; // onto the step grid, no float drift
      if (!spec.integer) v = Number(v.toPrecision(12));
      if (!fitsScalar(spec, v)) { this.onError(`${control.label}: ${raw} is not a value it takes`); show(current); return; }
      show(v);
      this.changed(control, v);
    };
    slider?.addEventListener("input", () => { box.value = fmt(Number(slider!.value)); });
    slider?.addEventListener("change", () => commit(Number(slider!.value)));
    box.addEventListener("change", () => commit(Number(box.value)));
    return { row, show, setEnabled: (on) => { box.disabled = !on; if (slider) slider.disabled = !on; } };
  }
}
