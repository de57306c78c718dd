// The status bar (as the Qt window's, python/scenewire/frontend/panels/status.py): the role on a shared
// run at the left (§2.5), the status line (§7.8, cleared after its timeout), errors that stay until
// dismissed (§7.9, the latest and how many), run-control buttons (§6.8), the run state (§7.15) and the
// model time of the last tick shown (§7.12) with its unit at the right. Server text is shown as plain text.

export const MAX_ERRORS_KEPT = 100;
const MAX_SHOWN_CHARS = 16 * 1024;

/** Text from the other side as a person should read it: control characters escaped, length bounded (§7.9). */
export function shown(text: unknown): string {
  let s = String(text ?? "");
  if (s.length > MAX_SHOWN_CHARS) s = `${s.slice(0, MAX_SHOWN_CHARS)}… (${s.length} characters, cut)`;
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ""): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  e.className = cls;
  if (text) e.textContent = text;
  return e;
}

export class StatusBar {
  readonly root = el("div", "sw-status");
  readonly role = el("div", "sw-role");
  readonly roleTag = el("span", "sw-role-tag");
  readonly roleButton = el("button", "sw-role-button");
  readonly message = el("div", "sw-status-message");
  readonly errorBox = el("div", "sw-error");
  readonly errorText = el("span", "sw-error-text");
  readonly dismiss = el("button", "sw-error-dismiss", "✕");
  readonly runButtons = el("div", "sw-run-buttons");
  readonly pauseButton = el("button", "sw-run-pause", "Pause");
  readonly stepButton = el("button", "sw-run-step", "Step");
  readonly run = el("div", "sw-run");
  readonly clock = el("div", "sw-clock");
  errors: string[] = [];
  errorCount = 0;
  private clear: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.role.append(this.roleTag, this.roleButton);
    this.role.hidden = true;
    this.errorBox.append(this.errorText, this.dismiss);
    this.errorBox.hidden = true;
    this.dismiss.title = "Dismiss";
    this.dismiss.addEventListener("click", () => this.dismissErrors());
    this.pauseButton.title = "Pause or resume the run (Space)";
    this.stepButton.title = "Advance the run one tick, then wait paused (.)";
    this.runButtons.append(this.pauseButton, this.stepButton);
    this.runButtons.hidden = true;
    this.run.hidden = true;
    this.clock.hidden = true;
    this.clock.title = "simulation time of the last tick shown";
    this.root.append(this.role, this.message, this.errorBox, this.runButtons, this.run, this.clock);
  }

  showStatus(message: unknown, timeoutMs?: unknown): void {
    const text = shown(message);
    this.message.textContent = text;
    this.message.title = text;
    if (this.clear) clearTimeout(this.clear);
    this.clear = null;
    if (typeof timeoutMs === "number" && timeoutMs > 0) this.clear = setTimeout(() => { this.message.textContent = ""; }, timeoutMs);
  }

  showError(message: unknown): void {
    const text = shown(message);
    this.errors.push(text);
    this.errors.splice(0, Math.max(0, this.errors.length - MAX_ERRORS_KEPT));
    this.errorCount++;
    this.errorText.textContent = this.errorCount === 1 ? text : `${text}  (${this.errorCount} errors)`;
    this.errorBox.title = this.errors.slice(-20).join("\n");
    this.errorBox.hidden = false;
  }

  dismissErrors(): void {
    this.errors = [];
    this.errorCount = 0;
    this.errorText.textContent = "";
    this.errorBox.hidden = true;
  }

  /** The model time of the last tick drawn, with its unit when the scene names one; or the tick's number. */
  showTick(tick: { index: number; time?: number } | null, unit: string | null): void {
    if (!tick) { this.clock.hidden = true; return; }
    this.clock.textContent = typeof tick.time === "number"
      ? `t = ${Number(tick.time.toPrecision(6))}${unit ? ` ${unit}` : ""}`
      : `tick ${tick.index}`;
    this.clock.title = `simulation time of the last tick shown (tick ${tick.index})`;
    this.clock.hidden = false;
  }

  /** §7.15: "paused", "stopped", a speed limit; hidden while the run goes freely. */
  showRun(state: { state: string; ticks_per_s?: number } | null): void {
    this.pauseButton.textContent = state?.state === "paused" ? "Resume" : "Pause";
    if (!state || (state.state === "running" && (state.ticks_per_s === undefined || state.ticks_per_s === Infinity))) {
      this.run.hidden = true;
      return;
    }
    const parts = state.state === "running" ? [] : [state.state];
    if (typeof state.ticks_per_s === "number" && Number.isFinite(state.ticks_per_s)) parts.push(`≤ ${Number(state.ticks_per_s.toPrecision(6))} ticks/s`);
    this.run.textContent = parts.join(" · ");
    this.run.hidden = false;
  }

  /** §2.5 / §7.14: who steers and how many watch, and the button to take or give up control. */
  showAccess(access: "control" | "observe", waiting: boolean, clients: number): void {
    const viewers = clients === 1 ? "1 viewer" : `${clients} viewers`;
    const kind = access === "control" ? "control" : waiting ? "waiting" : "observe";
    this.role.dataset.state = kind;
    this.roleTag.textContent = kind === "control" ? `Controlling${clients > 1 ? ` · ${viewers}` : ""}`
      : kind === "waiting" ? "Observing · waiting for control" : `Observing · ${viewers}`;
    this.roleButton.textContent = kind === "control" ? "Give up control" : kind === "waiting" ? "Cancel request" : "Take control";
    this.role.hidden = false;
  }
}
