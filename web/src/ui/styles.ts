// The viewer's stylesheet, injected once per document: the Qt window's look (light frames around panels,
// a dark 3-D canvas, white plots, a status bar along the bottom).
import uplotCss from "uplot/dist/uPlot.min.css" with { type: "text" };

const CSS = `
.sw-app { position: absolute; inset: 0; display: flex; flex-direction: column; background: #efefef;
  font: 13px/1.35 "DejaVu Sans", "Segoe UI", system-ui, sans-serif; color: #1b1b1b; }
.sw-banner { background: #fde2e1; color: #8e0000; border-bottom: 1px solid #c62828; padding: 6px 10px; }
.sw-grid { flex: 1; display: grid; gap: 6px; padding: 4px 6px; min-height: 0; }
.sw-waiting { margin: auto; color: #555; font-size: 15px; }
.sw-panel { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.sw-panel-title { font-size: 12px; padding: 0 0 2px 0; min-height: 16px; }
.sw-panel-body { flex: 1; display: flex; flex-direction: column; gap: 4px; min-height: 0; border: 1px solid #c8c8c8;
  border-radius: 2px; background: #e8e8e8; padding: 5px; }
.sw-panel-controls .sw-panel-body { flex: 0 0 auto; }
.sw-view-slot { flex: 1; display: flex; min-height: 0; min-width: 0; }
.sw-view { flex: 1; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
.sw-view-title { text-align: center; font-size: 14px; padding: 2px; background: #fff; }
.sw-view-body { flex: 1; position: relative; min-height: 120px; background: #fff; }
.sw-view-why { color: #8a4b00; background: #fff3d6; padding: 2px 6px; font-size: 12px; }
.sw-canvas-host { position: absolute; inset: 0; overflow: hidden; }
.sw-dark { background: #11141b; }
.sw-gl { display: block; width: 100%; height: 100%; outline: none; }
.sw-hover { position: absolute; pointer-events: none; color: #fff; font-size: 12px; background: rgba(0,0,0,0.45);
  padding: 1px 4px; border-radius: 2px; white-space: nowrap; }
.sw-scalebar { position: absolute; right: 92px; bottom: 14px; display: flex; flex-direction: column; align-items: center;
  color: #d9dee6; font-size: 11px; pointer-events: none; }
.sw-scalebar-line { height: 2px; background: #d9dee6; margin-top: 2px; }
.sw-colorbar { position: relative; width: 70px; display: flex; }
.sw-colorbar canvas { width: 14px; height: 100%; display: block; }
.sw-colorbar-labels { position: relative; flex: 1; font-size: 11px; }
.sw-colorbar-labels span { position: absolute; left: 4px; transform: translateY(-50%); white-space: nowrap; }
.sw-colorbar-labels .sw-colorbar-unit { left: 30px; writing-mode: vertical-rl; transform: translateY(-50%) rotate(180deg); }
.sw-colorbar-overlay { position: absolute; right: 8px; top: 10px; bottom: 10px; color: #d9dee6; }
.sw-with-colorbar .sw-colorbar { position: absolute; right: 0; top: 10px; bottom: 42px; color: #222; }
.sw-plot-host { position: absolute; inset: 0; overflow: hidden; padding: 4px; }
.sw-canvas2d canvas:first-child { display: block; }
.sw-graph-svg { position: absolute; left: 0; top: 0; bottom: 0; right: 76px; width: calc(100% - 76px); height: 100%; }
.sw-node { cursor: pointer; }
.sw-node text { pointer-events: none; user-select: none; }
.sw-uplot { font-size: 12px; }
.sw-uplot .u-legend { font-size: 12px; }
.sw-controls { display: flex; flex-direction: column; gap: 4px; }
.sw-controls-grid { display: grid; grid-template-columns: auto 1fr auto; gap: 4px 8px; align-items: center; }
.sw-control { display: contents; }
.sw-control-label { grid-column: 1; }
.sw-control > :nth-child(2):last-child { grid-column: 2 / span 2; justify-self: start; }
.sw-slider { width: 100%; min-width: 120px; }
.sw-number { width: 80px; }
.sw-action { padding: 3px 8px; background: #f6f6f6; border: 1px solid #b5b5b5; border-radius: 3px; }
.sw-action:hover:not(:disabled) { background: #fff; }
.sw-status { display: flex; align-items: center; gap: 10px; padding: 3px 8px; min-height: 24px; border-top: 1px solid #d4d4d4; }
.sw-status-message { flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.sw-error { flex: 2; display: flex; align-items: center; gap: 4px; background: #fde2e1; border: 1px solid #c62828;
  border-radius: 3px; padding: 1px 2px 1px 6px; color: #8e0000; }
.sw-error-text { flex: 1; white-space: pre-wrap; word-break: break-word; }
.sw-error-dismiss { border: none; background: transparent; color: #8e0000; cursor: pointer; }
.sw-run { color: #8a4b00; font-weight: bold; }
.sw-run-buttons button { margin-left: 2px; }
.sw-clock { color: #333; min-width: 9em; text-align: right; font-variant-numeric: tabular-nums; }
.sw-role { display: flex; gap: 6px; align-items: center; }
.sw-role-tag { padding: 1px 6px; border-radius: 3px; border: 1px solid; }
.sw-role[data-state=control] .sw-role-tag { background: #e3f4e4; border-color: #2e7d32; color: #1b5e20; }
.sw-role[data-state=observe] .sw-role-tag { background: #e6eef8; border-color: #3d6fa8; color: #1f4470; }
.sw-role[data-state=waiting] .sw-role-tag { background: #fff3d6; border-color: #b7791f; color: #7a4d0b; }
[hidden] { display: none !important; }
`;

const injected = new WeakSet<Document>();

export function injectStyles(doc: Document): void {
  if (injected.has(doc)) return;
  injected.add(doc);
  const style = doc.createElement("style");
  style.textContent = uplotCss + CSS;
  doc.head.append(style);
}
