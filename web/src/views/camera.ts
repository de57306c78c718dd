// A 3-D view's first camera as the session asks for it (§8.14 rule 6, protocol 1.1): azimuth and
// elevation in degrees about the centre of what the view shows, and a distance in scene units (else
// what frames it). Without a `camera` record each view keeps its own first framing.
import * as THREE from "three";

export interface CameraRecord {
  azimuth: number;
  elevation: number;
  distance?: number;
}

export function cameraRecord(view: Record<string, any>): CameraRecord | null {
  const c = view.camera;
  return c && typeof c.azimuth === "number" && typeof c.elevation === "number" ? (c as CameraRecord) : null;
}

/**
 * Places `camera` at centre + distance · (cos e · sin a, sin e, cos e · cos a), looking at `center`, +y up
 * (at elevation ±90 the screen's up is the limit rule 6 gives). `radius` is the bounding sphere's: without
 * a distance the camera backs off until the whole sphere fits the view.
 */
export function placeCamera(camera: THREE.PerspectiveCamera, record: CameraRecord, center: THREE.Vector3, radius: number): void {
  const a = (record.azimuth * Math.PI) / 180, e = (record.elevation * Math.PI) / 180;
  const dir = new THREE.Vector3(Math.cos(e) * Math.sin(a), Math.sin(e), Math.cos(e) * Math.cos(a));
  const tan = Math.tan((camera.fov * Math.PI) / 360);
  const fit = (Math.max(radius, 1e-3) / Math.min(tan, tan * camera.aspect)) * 1.05;
  const d = record.distance ?? fit;
  camera.position.copy(center).addScaledVector(dir, d);
  if (Math.abs(record.elevation) >= 89.999) {
    const s = record.elevation > 0 ? -1 : 1;
    camera.up.set(s * Math.sin(a), 0, s * Math.cos(a));
  } else {
    camera.up.set(0, 1, 0);
  }
  camera.near = Math.max(d / 1000, 1e-3);
  camera.far = d * 100 + radius * 2;
  camera.lookAt(center);
  camera.updateProjectionMatrix();
}
