// The surface view (§8.3.3, §8.14 rule 5): a grid's heights as a three.js mesh, coloured through the colour
// map texture; grid point (i, j) at (x, y, z) = (cols[j], h, rows[i]). A click picks the nearest grid
// point and sets the frontend state keys "<view>.<row dim>" and "<view>.<col dim>" (no command is sent).
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import type { Changes, FieldState, NdArray, SceneReader, Send, ViewAdapter, ViewContext } from "../state/types";
import { lutBytes, num, resolveColormap, viewLimits } from "./colormap";
import { cameraRecord, placeCamera } from "./camera";
import { ColorBar, ViewFrame, fieldOrNull, strides } from "./common";
import { BACKGROUND, srgb } from "./morphology";

const VERTEX = /* glsl */ `
in float value;
out float vValue;
out vec3 vNormal;
out vec3 vView;
void main() {
  vValue = value;
  vec4 view = modelViewMatrix * vec4(position, 1.0);
  vView = -view.xyz;
  vNormal = normalMatrix * normal;
  gl_Position = projectionMatrix * view;
}`;

const FRAGMENT = /* glsl */ `
precision highp float;
uniform sampler2D lut;
uniform vec2 limits;
uniform int shading; // 0 smooth, 1 flat, 2 none
in float vValue;
in vec3 vNormal;
in vec3 vView;
out vec4 outColor;
void main() {
  vec3 base;
  if (isnan(vValue) || !(vValue <= 0.0 || vValue > 0.0)) base = vec3(1.0, 0.0, 1.0);
  else {
    float t = limits.y > limits.x ? clamp((vValue - limits.x) / (limits.y - limits.x), 0.0, 1.0) : 0.5;
    base = texture(lut, vec2((t * 255.0 + 0.5) / 256.0, 0.5)).rgb;
  }
  float light = 1.0;
  if (shading != 2) {
    vec3 n = shading == 1 ? normalize(cross(dFdx(vView), dFdy(vView))) : normalize(vNormal);
    light = 0.45 + 0.55 * abs(dot(n, normalize(vView)));
  }
  outColor = vec4(base * light, 1.0);
}`;

/** A grid field's value at (i, j), its dims matched to the grid's by name in either order, other dims at their last index. */
export function gridReader(field: FieldState, rowDim: string, colDim: string, rows: number, cols: number): ((i: number, j: number) => number) | string {
  const r = field.dims.indexOf(rowDim), c = field.dims.indexOf(colDim);
  if (r < 0 || c < 0) return `the field ${field.id} lacks the grid's dims ${rowDim}, ${colDim}`;
  const shape = field.values.shape;
  if (shape[r] !== rows || shape[c] !== cols) return `the field ${field.id} has shape ${JSON.stringify(shape)}, the grid ${rows}x${cols}`;
  if (shape.some((s, d) => d !== r && d !== c && s === 0)) return () => NaN;
  const st = strides(shape);
  let base = 0;
  shape.forEach((s, d) => { if (d !== r && d !== c) base += (s - 1) * st[d]; });
  const data = field.values.data;
  return (i, j) => num(data, base + i * st[r] + j * st[c]);
}

export class SurfaceView implements ViewAdapter {
  readonly frame: ViewFrame;
  renderer: THREE.WebGLRenderer | null = null;
  readonly scene = new THREE.Scene();
  readonly camera = new THREE.PerspectiveCamera(40, 1, 0.01, 1e7);
  controls: OrbitControls | null = null;
  mesh: THREE.Mesh | null = null;
  private marker = new THREE.Mesh(new THREE.SphereGeometry(1, 16, 8), new THREE.MeshBasicMaterial({ color: 0xffffff }));
  private readonly lut = new THREE.DataTexture(lutBytes("viridis"), 256, 1, THREE.RGBAFormat);
  private readonly material: THREE.ShaderMaterial;
  private readonly colorBar = new ColorBar();
  private readonly host = document.createElement("div");
  private resizeObserver: ResizeObserver | null = null;
  private raf = 0;
  private grid: { rowDim: string; colDim: string; rows: NdArray; cols: NdArray } | null = null;
  private press: [number, number] | null = null;
  private framed = false;
  private span = 1;

  constructor(readonly viewId: string, readonly state: SceneReader, readonly send: Send, readonly ctx?: ViewContext) {
    this.frame = new ViewFrame("surface", viewId);
    this.lut.magFilter = this.lut.minFilter = THREE.LinearFilter;
    this.lut.needsUpdate = true;
    this.material = new THREE.ShaderMaterial({
      glslVersion: THREE.GLSL3, vertexShader: VERTEX, fragmentShader: FRAGMENT, side: THREE.DoubleSide,
      uniforms: { lut: { value: this.lut }, limits: { value: new THREE.Vector2(0, 1) }, shading: { value: 0 } },
    });
    this.scene.background = srgb(BACKGROUND);
    this.marker.visible = false;
    this.scene.add(this.marker);
  }

  build(parent: HTMLElement): void {
    parent.append(this.frame.root);
    this.host.className = "sw-canvas-host sw-dark";
    this.frame.body.append(this.host);
    this.renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
    this.renderer.outputColorSpace = THREE.LinearSRGBColorSpace;
    this.renderer.setPixelRatio(window.devicePixelRatio || 1);
    const canvas = this.renderer.domElement;
    canvas.className = "sw-gl";
    this.host.append(canvas);
    this.colorBar.root.classList.add("sw-colorbar-overlay");
    this.host.append(this.colorBar.root);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.addEventListener("change", () => { this.framed = true; this.requestDraw(); });
    canvas.addEventListener("pointerdown", (e) => { this.press = [e.clientX, e.clientY]; });
    canvas.addEventListener("pointerup", (e) => {
      const p = this.press; this.press = null;
      if (!p || Math.hypot(e.clientX - p[0], e.clientY - p[1]) > 4) return;
      const r = canvas.getBoundingClientRect();
      this.clickAt(e.clientX - r.left, e.clientY - r.top);
    });
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(this.host);
    this.rebuild();
    this.resize();
  }

  apply(changes: Changes): void {
    const view = this.state.resolvedView(this.viewId);
    if (changes.scene || changes.views.has(this.viewId) || changes.fields.has(view.height_field_id) ||
        changes.fields.has(view.color_field_id) || changes.stateKeys.size) this.rebuild();
  }

  close(): void {
    cancelAnimationFrame(this.raf);
    this.resizeObserver?.disconnect();
    this.controls?.dispose();
    this.mesh?.geometry.dispose();
    this.material.dispose();
    this.renderer?.dispose();
    this.frame.root.remove();
  }

  /** Heights and colours from the fields (positions and values rewritten in place when the grid's size holds). */
  rebuild(): void {
    const view = this.state.resolvedView(this.viewId);
    this.frame.setTitle(view.title);
    const g = (this.state.scene?.geometries ?? []).find((x: any) => x.id === view.grid_id && x.kind === "grid");
    const fail = (why: string) => {
      this.frame.say(why);
      if (this.mesh) this.mesh.visible = false;
      this.colorBar.hide();
      this.requestDraw();
    };
    if (!g) return fail(`no grid geometry ${JSON.stringify(view.grid_id)}`);
    const [rowDim, colDim] = g.dims as string[];
    const rowsC: NdArray = g.coords[rowDim], colsC: NdArray = g.coords[colDim];
    const R = rowsC.shape[0], C = colsC.shape[0];
    const hField = fieldOrNull(this.state, view.height_field_id);
    const cId = typeof view.color_field_id === "string" ? view.color_field_id : view.height_field_id;
    const cField = fieldOrNull(this.state, cId);
    if (!hField) return fail(`no height field ${JSON.stringify(view.height_field_id)}`);
    if (!cField) return fail(`no colour field ${JSON.stringify(cId)}`);
    const h = gridReader(hField, rowDim, colDim, R, C);
    if (typeof h === "string") return fail(h);
    // the session's vertical exaggeration (§8.14 rule 5, 1.1), heights drawn times it
    const heightScale = typeof view.height_scale === "number" && view.height_scale > 0 ? view.height_scale : 1;
    const c = gridReader(cField, rowDim, colDim, R, C);
    if (typeof c === "string") return fail(c);
    this.frame.say(null);
    this.grid = { rowDim, colDim, rows: rowsC, cols: colsC };
    let geo = this.mesh?.geometry as THREE.BufferGeometry | undefined;
    if (!geo || geo.getAttribute("position").count !== R * C) {
      if (this.mesh) { this.scene.remove(this.mesh); geo?.dispose(); }
      geo = new THREE.BufferGeometry();
      geo.setAttribute("position", new THREE.BufferAttribute(new Float32Array(3 * R * C), 3));
      geo.setAttribute("value", new THREE.BufferAttribute(new Float32Array(R * C), 1));
      this.mesh = new THREE.Mesh(geo, this.material);
      this.scene.add(this.mesh);
      this.framed = false;
    }
    const pos = geo.getAttribute("position").array as Float32Array;
    const val = geo.getAttribute("value").array as Float32Array;
    const index: number[] = [];
    for (let i = 0; i < R; i++) {
      for (let j = 0; j < C; j++) {
        const k = i * C + j;
        pos[3 * k] = num(colsC.data, j);
        pos[3 * k + 1] = h(i, j) * heightScale;
        pos[3 * k + 2] = num(rowsC.data, i);
        val[k] = c(i, j);
        if (i + 1 < R && j + 1 < C) {
          index.push(k, k + C, k + 1, k + 1, k + C, k + C + 1);
        }
      }
    }
    // a NaN height leaves the cells around that point undrawn (§8.14 rule 5)
    const keep: number[] = [];
    for (let t = 0; t < index.length; t += 3) {
      if (Number.isFinite(pos[3 * index[t] + 1]) && Number.isFinite(pos[3 * index[t + 1] + 1]) && Number.isFinite(pos[3 * index[t + 2] + 1])) {
        keep.push(index[t], index[t + 1], index[t + 2]);
      }
    }
    geo.setIndex(keep);
    geo.getAttribute("position").needsUpdate = true;
    geo.getAttribute("value").needsUpdate = true;
    geo.computeVertexNormals();
    geo.computeBoundingBox();
    geo.computeBoundingSphere();
    this.mesh!.visible = true;
    this.material.uniforms.shading.value = view.shading === "flat" ? 1 : view.shading === "none" ? 2 : 0;
    const name = resolveColormap(view.colormap);
    (this.lut.image.data as Uint8Array).set(lutBytes(name));
    this.lut.needsUpdate = true;
    const limits = viewLimits(view.color_limits, [cField.values]);
    this.material.uniforms.limits.value.set(limits[0], limits[1]);
    this.colorBar.show(name, limits, typeof cField.decl?.unit === "string" ? cField.decl.unit : null);
    this.updateMarker(R, C);
    if (!this.framed) this.frameGrid();
    this.requestDraw();
  }

  private frameGrid(): void {
    const box = this.mesh?.geometry.boundingBox;
    if (!box || box.isEmpty()) return;
    const center = box.getCenter(new THREE.Vector3()), size = box.getSize(new THREE.Vector3());
    this.span = Math.max(size.x, size.z, size.y, 1e-6);
    const tan = Math.tan((this.camera.fov * Math.PI) / 360);
    const d = Math.max(size.z / 2 / tan, size.x / 2 / (tan * this.camera.aspect)) * 1.15 + size.y / 2;
    const asked = cameraRecord(this.state.resolvedView(this.viewId));
    if (asked) {
      placeCamera(this.camera, asked, center, size.length() / 2);  // the session's camera (§8.14 rule 6)
    } else {
      // from the front (+z) and above (about 55 degrees down), row 0 at the back, column 0 at the left
      this.camera.position.set(center.x, center.y + d * 0.82, center.z + d * 0.57);
      this.camera.near = d / 1000; this.camera.far = d * 100;
      this.camera.lookAt(center);
      this.camera.updateProjectionMatrix();
    }
    if (this.controls) { this.controls.target.copy(center); this.controls.update(); }
    this.framed = false;
  }

  private updateMarker(R: number, C: number): void {
    const fs = this.state.frontendState;
    const g = this.grid;
    const i = g ? fs.get(`${this.viewId}.${g.rowDim}`) : undefined, j = g ? fs.get(`${this.viewId}.${g.colDim}`) : undefined;
    const inside = Number.isInteger(i) && Number.isInteger(j) && (i as number) >= 0 && (i as number) < R && (j as number) >= 0 && (j as number) < C;
    this.marker.visible = !!inside && !!this.mesh;
    if (inside && this.mesh) {
      const pos = this.mesh.geometry.getAttribute("position");
      const k = (i as number) * C + (j as number);
      this.marker.position.set(pos.getX(k), pos.getY(k), pos.getZ(k));
      this.marker.scale.setScalar(this.span * 0.012);
    }
  }

  /** A click at CSS pixel (x, y): the grid point nearest to where the ray meets the surface, or null. */
  clickAt(x: number, y: number): [number, number] | null {
    if (!this.mesh || !this.grid || !this.mesh.visible) return null;
    const w = this.host.clientWidth, h = this.host.clientHeight;
    const ray = new THREE.Raycaster();
    ray.setFromCamera(new THREE.Vector2((x / w) * 2 - 1, 1 - (y / h) * 2), this.camera);
    const hit = ray.intersectObject(this.mesh, false)[0];
    if (!hit || !hit.face) return null;
    const pos = this.mesh.geometry.getAttribute("position");
    let best = -1, bestD = Infinity;
    for (const k of [hit.face.a, hit.face.b, hit.face.c]) {
      const d = hit.point.distanceToSquared(new THREE.Vector3(pos.getX(k), pos.getY(k), pos.getZ(k)));
      if (d < bestD) { bestD = d; best = k; }
    }
    const C = this.grid.cols.shape[0];
    const i = Math.floor(best / C), j = best % C;
    this.ctx?.setLocalState({ [`${this.viewId}.${this.grid.rowDim}`]: i, [`${this.viewId}.${this.grid.colDim}`]: j });
    return [i, j];
  }

  /** Where grid point (i, j) is drawn, in CSS pixels of the canvas (tests click there). */
  pointPixel(i: number, j: number): [number, number] | null {
    if (!this.mesh || !this.grid) return null;
    const pos = this.mesh.geometry.getAttribute("position"), k = i * this.grid.cols.shape[0] + j;
    const p = new THREE.Vector3(pos.getX(k), pos.getY(k), pos.getZ(k)).project(this.camera);
    return [((p.x + 1) / 2) * this.host.clientWidth, ((1 - p.y) / 2) * this.host.clientHeight];
  }

  requestDraw(): void {
    if (!this.raf) this.raf = requestAnimationFrame(() => { this.raf = 0; this.draw(); });
  }

  draw(): void {
    this.renderer?.render(this.scene, this.camera);
  }

  private resize(): void {
    if (!this.renderer) return;
    const w = Math.max(1, this.host.clientWidth), h = Math.max(1, this.host.clientHeight);
    this.renderer.setSize(w, h, false);
    this.camera.aspect = w / h;
    this.camera.updateProjectionMatrix();
    this.requestDraw();
  }
}

export function surfaceView(viewId: string, state: SceneReader, send: Send, ctx?: ViewContext): ViewAdapter {
  return new SurfaceView(viewId, state, send, ctx);
}
