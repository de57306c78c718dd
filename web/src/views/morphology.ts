// The morphology view (§8.3.2, §8.14): a neuron's segments as instanced cylinders in three.js.
// Geometry goes to the GPU once per scene; a colour update uploads one float32 per segment, which the
// shader places on the colour map (a 256-entry texture, §8.13) between two uniform limits. A click
// picks the segment under the pointer from an id buffer and sends entity_clicked (§6.5); hovering shows
// the segment's label; a scale bar and a colour bar sit at the right as in the Qt window.
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import type { Changes, FieldState, SceneReader, Send, ViewAdapter, ViewContext } from "../state/types";
import { NO_COLOR_FIELD, lutBytes, num, resolveColormap, viewLimits } from "./colormap";
import { cameraRecord, placeCamera } from "./camera";
import { ColorBar, ViewFrame, fieldOrNull, newestPerEntry } from "./common";

export const BACKGROUND = 0x11141b; // the Qt window's canvas background

/** A colour given as sRGB bytes, kept as they are (the renderer writes colours without conversion). */
export function srgb(hex: number): THREE.Color {
  return new THREE.Color().setRGB(((hex >> 16) & 255) / 255, ((hex >> 8) & 255) / 255, (hex & 255) / 255, THREE.LinearSRGBColorSpace);
}
const CLICK_SLOP_PX = 4;
export const SELECTION_KEY = "selection"; // the reserved frontend state key of §7.7
const OUTLINE_SCALE = 1.5;
/** segments are drawn (and picked) with at least this radius, in CSS pixels, as in the Qt window */
export const MIN_RADIUS_PX = 1;

const VERTEX = /* glsl */ `
in float iValue;
in vec4 iColor;
out float vValue;
out vec4 vColor;
out vec3 vNormal;
out vec3 vView;
uniform float pixelScale; // CSS pixels per scene unit at unit distance from the eye
vec3 widened(vec3 p) {
  // a radius of at least MIN_RADIUS_PX, as the Qt window draws: thin dendrites do not vanish between pixels
  vec4 centre = viewMatrix * modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  float radius = length(instanceMatrix[0].xyz);
  float px = radius * pixelScale / max(-centre.z, 1e-6);
  float k = max(1.0, ${MIN_RADIUS_PX.toFixed(2)} / max(px, 1e-6));
  return vec3(p.x * k, p.y, p.z * k);
}
void main() {
  vValue = iValue;
  vColor = iColor;
  vec4 world = modelMatrix * instanceMatrix * vec4(widened(position), 1.0);
  vec4 view = viewMatrix * world;
  vView = -view.xyz;
  mat3 nm = mat3(instanceMatrix);
  vNormal = normalize(mat3(viewMatrix) * normalize(nm * normal));
  gl_Position = projectionMatrix * view;
}`;

const FRAGMENT = /* glsl */ `
precision highp float;
uniform sampler2D lut;
uniform vec2 limits;
uniform int mode; // 0: colour map of iValue, 1: iColor
in float vValue;
in vec4 vColor;
in vec3 vNormal;
in vec3 vView;
out vec4 outColor;
void main() {
  vec3 base;
  if (mode == 1) {
    base = vColor.rgb;
  } else if (isnan(vValue) || !(vValue <= 0.0 || vValue > 0.0)) {
    base = vec3(1.0, 0.0, 1.0);
  } else {
    float t = limits.y > limits.x ? clamp((vValue - limits.x) / (limits.y - limits.x), 0.0, 1.0) : 0.5;
    base = texture(lut, vec2((t * 255.0 + 0.5) / 256.0, 0.5)).rgb;
  }
  // lit from the eye: a surface facing the camera shows the colour map's colour exactly
  float facing = abs(dot(normalize(vNormal), normalize(vView)));
  outColor = vec4(base * (0.45 + 0.55 * facing), 1.0);
}`;

const PICK_VERTEX = /* glsl */ `
uniform float pixelScale;
flat out int vId;
vec3 widened(vec3 p) {
  vec4 centre = viewMatrix * modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  float radius = length(instanceMatrix[0].xyz);
  float px = radius * pixelScale / max(-centre.z, 1e-6);
  float k = max(1.0, ${MIN_RADIUS_PX.toFixed(2)} / max(px, 1e-6));
  return vec3(p.x * k, p.y, p.z * k);
}
void main() {
  vId = gl_InstanceID + 1;
  gl_Position = projectionMatrix * viewMatrix * modelMatrix * instanceMatrix * vec4(widened(position), 1.0);
}`;

const PICK_FRAGMENT = /* glsl */ `
precision highp float;
flat in int vId;
out vec4 outColor;
void main() {
  outColor = vec4(float(vId & 255), float((vId >> 8) & 255), float((vId >> 16) & 255), 255.0) / 255.0;
}`;

const OUTLINE_FRAGMENT = /* glsl */ `
precision highp float;
out vec4 outColor;
void main() { outColor = vec4(1.0); }`;

/** The largest 1, 2 or 5 times a power of ten that is at most `longest`. */
export function niceLength(longest: number): number {
  if (!(longest > 0) || !Number.isFinite(longest)) return 0;
  const p = 10 ** Math.floor(Math.log10(longest));
  for (const s of [5, 2, 1]) if (s * p <= longest * (1 + 1e-9)) return s * p;
  return p;
}

function lengthLabel(um: number): string {
  return um >= 1000 ? `${um / 1000} mm` : `${Number(um.toPrecision(6))} µm`;
}

export class MorphologyView implements ViewAdapter {
  readonly frame: ViewFrame;
  renderer: THREE.WebGLRenderer | null = null;
  readonly scene = new THREE.Scene();
  readonly camera = new THREE.PerspectiveCamera(40, 1, 0.1, 1e7);
  controls: OrbitControls | null = null;
  mesh: THREE.InstancedMesh | null = null;
  readonly material: THREE.ShaderMaterial;
  readonly pickMaterial: THREE.ShaderMaterial;
  private readonly lut: THREE.DataTexture;
  private lutName = "";
  private values: Float32Array = new Float32Array(0);
  private valueAttr: THREE.InstancedBufferAttribute | null = null;
  private colorAttr: THREE.InstancedBufferAttribute | null = null;
  private geometryRecord: Record<string, any> | null = null;
  private geometryId = "";
  private n = 0;
  private readonly colorBar = new ColorBar();
  private readonly hover = document.createElement("div");
  private readonly scaleBar = document.createElement("div");
  private readonly scaleLine = document.createElement("div");
  private readonly scaleText = document.createElement("div");
  private readonly canvasHost = document.createElement("div");
  private center = new THREE.Vector3();
  private framed = false;
  private dirty = true;
  private raf = 0;
  private press: [number, number] | null = null;
  private hoverAt: [number, number] | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private pickTarget = new THREE.WebGLRenderTarget(1, 1);
  /** colour uploads so far (tests and the benchmark read it) */
  uploads = 0;
  selected: string | null = null;
  /** the selected entity's segments, drawn larger and white behind their own (a rim), as in the Qt window */
  outline: THREE.InstancedMesh | null = null;
  private readonly outlineMaterial: THREE.ShaderMaterial;
  private segmentsOf = new Map<string, number[]>();
  /** shared by both materials: CSS pixels per scene unit at unit distance, from the fov and the canvas's height */
  private readonly pixelScale = { value: 1 };

  constructor(readonly viewId: string, readonly state: SceneReader, readonly send: Send, readonly ctx?: ViewContext) {
    this.frame = new ViewFrame("morphology", viewId);
    this.lut = new THREE.DataTexture(lutBytes("viridis"), 256, 1, THREE.RGBAFormat);
    this.lut.magFilter = THREE.LinearFilter;
    this.lut.minFilter = THREE.LinearFilter;
    this.lut.needsUpdate = true;
    this.material = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3, vertexShader: VERTEX, fragmentShader: FRAGMENT,
      uniforms: { lut: { value: this.lut }, limits: { value: new THREE.Vector2(0, 1) }, mode: { value: 0 }, pixelScale: this.pixelScale },
    });
    this.pickMaterial = new THREE.ShaderMaterial({ glslVersion: THREE.GLSL3, vertexShader: PICK_VERTEX, fragmentShader: PICK_FRAGMENT, uniforms: { pixelScale: this.pixelScale } });
    this.outlineMaterial = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3, vertexShader: PICK_VERTEX.replace("flat out int vId;", "flat out int vId; // unused"),
      fragmentShader: OUTLINE_FRAGMENT, side: THREE.BackSide, uniforms: { pixelScale: this.pixelScale },
    });
    this.scene.background = srgb(BACKGROUND);
  }

  build(parent: HTMLElement): void {
    parent.append(this.frame.root);
    const host = this.canvasHost;
    host.className = "sw-canvas-host sw-dark";
    this.frame.body.append(host);
    this.renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    this.renderer.setPixelRatio(window.devicePixelRatio || 1);
    this.renderer.outputColorSpace = THREE.LinearSRGBColorSpace; // colours are sRGB bytes already: no conversion
    const canvas = this.renderer.domElement;
    canvas.className = "sw-gl";
    host.append(canvas);
    this.hover.className = "sw-hover";
    this.hover.hidden = true;
    this.scaleBar.className = "sw-scalebar";
    this.scaleLine.className = "sw-scalebar-line";
    this.scaleText.className = "sw-scalebar-text";
    this.scaleBar.append(this.scaleText, this.scaleLine);
    this.colorBar.root.classList.add("sw-colorbar-overlay");
    host.append(this.hover, this.scaleBar, this.colorBar.root);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.addEventListener("change", () => { this.framed = true; this.requestDraw(); });
    canvas.addEventListener("pointerdown", (e) => { this.press = [e.clientX, e.clientY]; });
    canvas.addEventListener("pointerup", (e) => this.onRelease(e));
    canvas.addEventListener("pointermove", (e) => { this.hoverAt = this.local(e); this.requestDraw(); });
    canvas.addEventListener("pointerleave", () => { this.hoverAt = null; this.hover.hidden = true; });
    canvas.tabIndex = 0;
    canvas.addEventListener("keydown", (e) => { if (e.key === "Home") { this.framed = false; this.frameCell(); this.requestDraw(); e.stopPropagation(); } });
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(host);
    this.rebuild();
    this.resize();
  }

  apply(changes: Changes): void {
    if (changes.stateKeys.has(SELECTION_KEY)) this.showSelection();
    const view = this.state.resolvedView(this.viewId);
    if (changes.scene || changes.views.has(this.viewId) || this.geometryId !== view.geometry_id) this.rebuild();
    else if (typeof view.color_field_id === "string" && (changes.fields.has(view.color_field_id) || changes.stateKeys.size)) this.recolor();
    else if (changes.stateKeys.size) this.recolor();
  }

  close(): void {
    cancelAnimationFrame(this.raf);
    this.resizeObserver?.disconnect();
    this.controls?.dispose();
    this.mesh?.geometry.dispose();
    this.material.dispose();
    this.pickMaterial.dispose();
    this.lut.dispose();
    this.pickTarget.dispose();
    this.renderer?.dispose();
    this.frame.root.remove();
  }

  // ---- geometry ----

  private findGeometry(id: unknown): Record<string, any> | null {
    const geos: Array<Record<string, any>> = this.state.scene?.geometries ?? [];
    return geos.find((g) => g.id === id && g.kind === "morphology") ?? null;
  }

  /** Build the instances from the geometry record (once per scene or view change). */
  rebuild(): void {
    const view = this.state.resolvedView(this.viewId);
    this.frame.setTitle(view.title);
    const geo = this.findGeometry(view.geometry_id);
    this.geometryId = String(view.geometry_id);
    if (geo !== this.geometryRecord) {
      this.geometryRecord = geo;
      if (this.mesh) { this.scene.remove(this.mesh); this.mesh.geometry.dispose(); this.mesh = null; }
      this.n = 0;
      if (!geo) { this.frame.say(`no morphology geometry ${JSON.stringify(view.geometry_id)}`); this.requestDraw(); return; }
      const n = geo.entity_ids.length;
      this.n = n;
      const cyl = new THREE.CylinderGeometry(1, 1, 1, 10, 1, false);
      const mesh = new THREE.InstancedMesh(cyl, this.material, n);
      const P = geo.positions.data, R = geo.orientations.data, rad = geo.radii.data, len = geo.lengths.data;
      const m = new THREE.Matrix4(), q = new THREE.Matrix4().makeRotationX(Math.PI / 2), s = new THREE.Matrix4(), t = new THREE.Matrix4();
      const lo = new THREE.Vector3(Infinity, Infinity, Infinity), hi = new THREE.Vector3(-Infinity, -Infinity, -Infinity);
      for (let i = 0; i < n; i++) {
        const r = num(rad, i), l = num(len, i);
        const o = 9 * i;
        // R acts on column vectors, stored in C order (§8.14 rule 3); three's set() takes row-major arguments
        t.set(num(R, o), num(R, o + 1), num(R, o + 2), num(P, 3 * i),
              num(R, o + 3), num(R, o + 4), num(R, o + 5), num(P, 3 * i + 1),
              num(R, o + 6), num(R, o + 7), num(R, o + 8), num(P, 3 * i + 2),
              0, 0, 0, 1);
        s.makeScale(r, l, r); // the unit cylinder's axis is +y: scale, then turn y to the local z
        m.multiplyMatrices(t, q).multiply(s);
        mesh.setMatrixAt(i, m);
        const reach = l / 2 + r;
        for (let k = 0; k < 3; k++) {
          const c = num(P, 3 * i + k);
          lo.setComponent(k, Math.min(lo.getComponent(k), c - reach));
          hi.setComponent(k, Math.max(hi.getComponent(k), c + reach));
        }
      }
      mesh.instanceMatrix.needsUpdate = true;
      this.segmentsOf = new Map();
      geo.entity_ids.forEach((e: string, i: number) => { const list = this.segmentsOf.get(e); if (list) list.push(i); else this.segmentsOf.set(e, [i]); });
      this.values = new Float32Array(n);
      this.valueAttr = new THREE.InstancedBufferAttribute(this.values, 1);
      this.valueAttr.setUsage(THREE.DynamicDrawUsage);
      cyl.setAttribute("iValue", this.valueAttr);
      this.colorAttr = new THREE.InstancedBufferAttribute(this.geometryColors(geo, n), 4);
      cyl.setAttribute("iColor", this.colorAttr);
      mesh.frustumCulled = false;
      this.mesh = mesh;
      this.scene.add(mesh);
      this.bounds = n ? [lo, hi] : [new THREE.Vector3(-1, -1, -1), new THREE.Vector3(1, 1, 1)];
      this.framed = false;
      this.frameCell();
      this.showSelection();
    }
    this.recolor();
  }

  private bounds: [THREE.Vector3, THREE.Vector3] = [new THREE.Vector3(-1, -1, -1), new THREE.Vector3(1, 1, 1)];

  /** The geometry's `colors` as float RGBA (light grey without them, §8.13 rule 6). */
  private geometryColors(geo: Record<string, any>, n: number): Float32Array {
    const out = new Float32Array(4 * n);
    const c = geo.colors;
    if (c && c.data && c.data.length === 4 * n) {
      const scale = c.dtype === "uint8" ? 1 / 255 : 1;
      for (let i = 0; i < 4 * n; i++) out[i] = num(c.data, i) * scale;
    } else {
      for (let i = 0; i < n; i++) out.set(NO_COLOR_FIELD, 4 * i);
    }
    return out;
  }

  /** The first view (§8.14): along -z, the cell's x and y extents fitted to the viewport. */
  frameCell(): void {
    if (this.framed) return;
    const [lo, hi] = this.bounds;
    this.center.addVectors(lo, hi).multiplyScalar(0.5);
    const w = Math.max(hi.x - lo.x, 1e-3), h = Math.max(hi.y - lo.y, 1e-3), depth = hi.z - lo.z;
    const tan = Math.tan((this.camera.fov * Math.PI) / 360);
    const d = Math.max(h / 2 / tan, w / 2 / (tan * this.camera.aspect)) * 1.08 + depth / 2;
    const asked = cameraRecord(this.state.resolvedView(this.viewId));
    if (asked) {
      placeCamera(this.camera, asked, this.center, lo.distanceTo(hi) / 2);  // the session's camera (§8.14 rule 6)
    } else {
      this.camera.position.set(this.center.x, this.center.y, this.center.z + d);
      this.camera.near = Math.max(d / 1000, 1e-3);
      this.camera.far = d * 100 + depth;
      this.camera.up.set(0, 1, 0);
      this.camera.lookAt(this.center);
      this.camera.updateProjectionMatrix();
    }
    if (this.controls) { this.controls.target.copy(this.center); this.controls.update(); }
    this.framed = false;
  }

  // ---- colour ----

  /** Upload one float per segment and set the limits (no geometry work): the per-update path. */
  recolor(): void {
    const view = this.state.resolvedView(this.viewId);
    const mat = this.material.uniforms;
    if (!this.mesh || !this.valueAttr) return;
    const colorId = view.color_field_id;
    const field: FieldState | null = typeof colorId === "string" ? fieldOrNull(this.state, colorId) : null;
    if (typeof colorId !== "string") {
      mat.mode.value = 1;
      this.colorBar.hide();
      this.frame.say(null);
    } else if (!field) {
      mat.mode.value = 1;
      this.colorAttr!.array.fill(0.8);
      for (let i = 3; i < this.colorAttr!.array.length; i += 4) (this.colorAttr!.array as Float32Array)[i] = 1;
      this.colorAttr!.needsUpdate = true;
      this.colorBar.hide();
      this.frame.say(`no colour field ${JSON.stringify(colorId)}`);
    } else {
      try {
        newestPerEntry(field.values, this.n, this.values);
      } catch (err) {
        mat.mode.value = 1;
        const c = this.colorAttr!.array as Float32Array;
        for (let i = 0; i < this.n; i++) c.set(NO_COLOR_FIELD, 4 * i);
        this.colorAttr!.needsUpdate = true;
        this.colorBar.hide();
        this.frame.say(`drawn grey: ${(err as Error).message}`);
        this.requestDraw();
        return;
      }
      this.frame.say(null);
      mat.mode.value = 0;
      const name = resolveColormap(view.colormap);
      if (name !== this.lutName) {
        this.lutName = name;
        (this.lut.image.data as Uint8Array).set(lutBytes(name));
        this.lut.needsUpdate = true;
      }
      const limits = viewLimits(view.color_limits, [field.values]);
      mat.limits.value.set(limits[0], limits[1]);
      this.valueAttr.needsUpdate = true;
      this.uploads++;
      const unit = typeof field.decl?.unit === "string" ? field.decl.unit : null;
      this.colorBar.show(name, limits, unit);
    }
    this.requestDraw();
  }

  // ---- drawing ----

  requestDraw(): void {
    this.dirty = true;
    if (!this.raf) this.raf = requestAnimationFrame(() => { this.raf = 0; this.draw(); });
  }

  /** Draw now (tests and the benchmark call it to measure the upload and draw). */
  draw(): void {
    if (!this.renderer) return;
    this.dirty = false;
    this.renderer.render(this.scene, this.camera);
    this.updateScaleBar();
    if (this.hoverAt) this.updateHover(this.hoverAt);
  }

  private resize(): void {
    if (!this.renderer) return;
    const w = Math.max(1, this.canvasHost.clientWidth), h = Math.max(1, this.canvasHost.clientHeight);
    this.renderer.setSize(w, h, false);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    this.pixelScale.value = h / (2 * Math.tan((this.camera.fov * Math.PI) / 360));
    if (!this.framed) this.frameCell();
    this.requestDraw();
  }

  private updateScaleBar(): void {
    const h = this.canvasHost.clientHeight, w = this.canvasHost.clientWidth;
    const d = this.camera.position.distanceTo(this.controls?.target ?? this.center);
    const pxPerUm = h / (2 * d * Math.tan((this.camera.fov * Math.PI) / 360));
    const um = niceLength((0.25 * w) / pxPerUm);
    if (!this.n || !(um > 0)) { this.scaleBar.hidden = true; return; }
    this.scaleBar.hidden = false;
    this.scaleLine.style.width = `${Math.round(um * pxPerUm)}px`;
    this.scaleText.textContent = lengthLabel(um);
  }

  private local(e: PointerEvent | MouseEvent): [number, number] {
    const r = (e.target as HTMLElement).getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  /** The segment under CSS pixel (x, y) of the canvas, or null: one pixel of an id buffer. */
  pick(x: number, y: number): number | null {
    if (!this.renderer || !this.mesh) return null;
    const w = this.canvasHost.clientWidth, h = this.canvasHost.clientHeight;
    if (x < 0 || y < 0 || x >= w || y >= h) return null;
    const cam = this.camera;
    cam.setViewOffset(w, h, Math.floor(x), Math.floor(y), 1, 1);
    this.mesh.material = this.pickMaterial;
    const bg = this.scene.background;
    this.scene.background = null;
    const r = this.renderer;
    r.setRenderTarget(this.pickTarget);
    r.setClearColor(0x000000, 0);
    r.clear();
    r.render(this.scene, cam);
    const px = new Uint8Array(4);
    r.readRenderTargetPixels(this.pickTarget, 0, 0, 1, 1, px);
    r.setRenderTarget(null);
    this.scene.background = bg;
    this.mesh.material = this.material;
    cam.clearViewOffset();
    const id = px[0] + (px[1] << 8) + (px[2] << 16);
    return id > 0 && id <= this.n ? id - 1 : null;
  }

  /** What hovering over segment i shows: its label, or section(x). */
  segmentLabel(i: number): string {
    const g = this.geometryRecord!;
    if (Array.isArray(g.labels) && typeof g.labels[i] === "string") return g.labels[i];
    return `${g.section_names[i]}(${Number(num(g.xlocs.data, i).toPrecision(3))})`;
  }

  private updateHover([x, y]: [number, number]): void {
    const i = this.pick(x, y);
    if (i === null) { this.hover.hidden = true; return; }
    this.hover.textContent = this.segmentLabel(i);
    this.hover.style.left = `${x + 12}px`;
    this.hover.style.top = `${y + 12}px`;
    this.hover.hidden = false;
  }

  private onRelease(e: PointerEvent): void {
    const press = this.press;
    this.press = null;
    if (!press || Math.hypot(e.clientX - press[0], e.clientY - press[1]) > CLICK_SLOP_PX) return;
    const [x, y] = this.local(e);
    this.clickAt(x, y);
  }

  /** A click at CSS pixel (x, y): select the entity there and tell the session (§6.5); on empty space, unselect (§7.7). */
  clickAt(x: number, y: number): number | null {
    const i = this.pick(x, y);
    if (i === null || !this.geometryRecord) {
      if (this.state.frontendState.get(SELECTION_KEY) !== undefined) this.ctx?.setLocalState({ [SELECTION_KEY]: null });
      return null;
    }
    const entity = this.geometryRecord.entity_ids[i];
    this.send({ kind: "entity_clicked", entity_id: entity, view_id: this.viewId, segment: i });
    if (this.ctx) this.ctx.setLocalState({ [SELECTION_KEY]: entity });
    else { this.selected = entity; this.showSelection(); }
    return i;
  }

  /** Outline the segments of the selected entity (frontend state "selection", set by a click or a state_patch). */
  showSelection(): void {
    const fromState = this.state.frontendState.get(SELECTION_KEY);
    if (this.ctx || fromState !== undefined) this.selected = typeof fromState === "string" ? fromState : null;
    if (this.outline) { this.scene.remove(this.outline); this.outline.dispose(); this.outline = null; }
    const segs = this.selected !== null ? this.segmentsOf.get(this.selected) : undefined;
    if (segs && this.mesh) {
      const ring = new THREE.InstancedMesh(this.mesh.geometry, this.outlineMaterial, segs.length);
      const m = new THREE.Matrix4(), grow = new THREE.Matrix4().makeScale(OUTLINE_SCALE, 1.02, OUTLINE_SCALE);
      segs.forEach((i, k) => { this.mesh!.getMatrixAt(i, m); ring.setMatrixAt(k, m.multiply(grow)); });
      ring.frustumCulled = false;
      this.outline = ring;
      this.scene.add(ring);
    }
    this.requestDraw();
  }

  /** Where segment i's centre is drawn, in CSS pixels of the canvas (tests click there). */
  segmentPixel(i: number): [number, number] {
    const g = this.geometryRecord!;
    const p = new THREE.Vector3(num(g.positions.data, 3 * i), num(g.positions.data, 3 * i + 1), num(g.positions.data, 3 * i + 2));
    p.project(this.camera);
    return [((p.x + 1) / 2) * this.canvasHost.clientWidth, ((1 - p.y) / 2) * this.canvasHost.clientHeight];
  }
}

export function morphologyView(viewId: string, state: SceneReader, send: Send, ctx?: ViewContext): ViewAdapter {
  return new MorphologyView(viewId, state, send, ctx);
}
