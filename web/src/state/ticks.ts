// Ticks (spec §7.12 rule 3): once a connection has seen a `tick_end`, a tick's updates are held
// until the update that closes it and then applied together, so that nothing draws half a tick.
// `status` and `error` are shown as they arrive. A tick over the held limit (§11.1) cannot be
// applied whole: the client shows why and closes 1009.

/** The held-tick limit of §11.1 (the Python window's). */
export const MAX_HELD_UPDATES = 16384;
export const MAX_HELD_BYTES = 128 * 1024 * 1024;

export interface TickOutcome {
  /** updates to apply now, in order (one batch: draw after all of them) */
  apply: Record<string, any>[];
  /** the tick that closed with this update, if any */
  closed: { index: number | bigint; time?: number } | null;
  /** set when the open tick went over the limit: show it and close with 1009 */
  overLimit: string | null;
}

export class TickGate {
  private held: Record<string, any>[] = [];
  private heldBytes = 0;
  /** whether a tick_end was seen on this connection (from then on ticks are held) */
  ticking = false;
  lastTick: { index: number | bigint; time?: number } | null = null;

  constructor(private maxUpdates = MAX_HELD_UPDATES, private maxBytes = MAX_HELD_BYTES) {}

  /** Takes one decoded update and the size of its frame. */
  push(update: Record<string, any>, frameBytes: number): TickOutcome {
    const tick = update.tick_end as TickOutcome["closed"] | undefined;
    const out: TickOutcome = { apply: [], closed: null, overLimit: null };
    const passesThrough = update.kind === "status" || update.kind === "error";
    if (!this.ticking && !tick) { out.apply.push(update); return out; }
    if (tick) {
      out.apply = passesThrough ? [update, ...this.held] : [...this.held, update];
      this.held = [];
      this.heldBytes = 0;
      this.ticking = true;
      this.lastTick = out.closed = tick;
      return out;
    }
    if (passesThrough) { out.apply.push(update); return out; }
    this.held.push(update);
    this.heldBytes += frameBytes;
    if (this.held.length > this.maxUpdates || this.heldBytes > this.maxBytes) {
      const after = this.lastTick ? `after tick ${this.lastTick.index}` : "the first tick";
      out.overLimit = `a tick over this client's limit: ${after} held ${this.held.length} updates, ${this.heldBytes} bytes `
        + `(limit ${this.maxUpdates} updates, ${this.maxBytes} bytes); it is not applied`;
      this.held = [];
      this.heldBytes = 0;
    }
    return out;
  }

  /** Updates of a tick that never closed (the connection ended): dropped, not applied. */
  reset(): number {
    const n = this.held.length;
    this.held = [];
    this.heldBytes = 0;
    this.ticking = false;
    return n;
  }
}
