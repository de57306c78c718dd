// The client core's figures for issue 20 (docs/benchmarks.md): decode and apply times of the
// frames a viewer meets most, against @msgpack/msgpack decoding the same bytes (the baseline, in
// the same run), and whether an array's bytes were copied. Runs in Node and in Chromium.
//   node build.mjs --bench && node dist-bench/decode_bench.mjs
//   node bench/in_chromium.mjs   (the same functions in headless Chromium)
import { Decoder, ExtensionCodec } from "@msgpack/msgpack";
import { decodeMessage, encodeMessage } from "../src/protocol/messages";
import { SceneState } from "../src/state/scene_state";
import { makeNdArray } from "../src/wire/ndarray";
import { float } from "../src/wire/float";

const ext = new ExtensionCodec();
ext.register({ type: 120, encode: () => null, decode: (data: Uint8Array) => data });
const baseline = new Decoder({ extensionCodec: ext });

function timeIt(fn: () => void, minMs = 300): number {
  for (let i = 0; i < 5; i++) fn();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) { fn(); n++; }
  return (performance.now() - t0) / n;
}

function fieldReplace(id: string, n: number): Uint8Array {
  const values = makeNdArray("float32", [n]);
  for (let i = 0; i < n; i++) values.data[i] = -65 + (i % 100);
  return encodeMessage({ kind: "field_replace", field_id: id, values });
}

function scene(n: number, series: number, len: number): Uint8Array {
  const v = makeNdArray("float32", [n]);
  const trace = makeNdArray("float32", [series, 0]);
  const t = makeNdArray("float64", [0]);
  return encodeMessage({
    kind: "scene_ready",
    scene: {
      fields: [
        { id: "v", values: v, dims: ["segment"], coords: {}, attrs: {} },
        { id: "trace", values: trace, dims: ["series", "time"], coords: { time: t }, attrs: {} },
      ],
      geometries: [], views: [], operators: [], controls: [], actions: [], metadata: { title: "bench", len: float(len) },
    },
  });
}

export function runBench(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // 1. a 4 MB field_replace (1 Mi float32): our decoder vs the baseline; copied or not
  for (const id of ["v", "vv", "vvv", "vvvv"]) {
    const frame = fieldReplace(id, 1 << 20);
    const msg = decodeMessage(frame);
    const data = msg.values.data as Float32Array;
    const copied = data.buffer !== frame.buffer;
    const ours = timeIt(() => decodeMessage(frame));
    const theirs = timeIt(() => baseline.decode(frame));
    out[`field_replace_4MB_id_${id}`] = { bytes: frame.length, dataOffset: data.byteOffset, copied, oursMs: ours, baselineMs: theirs, ratio: ours / theirs };
  }
  // 2. one colour update for 100 000 segments: decode + apply to the state
  const state = new SceneState();
  state.apply(decodeMessage(scene(100_000, 50, 2000)));
  const colour = fieldReplace("v", 100_000);
  out.colour_update_100k = {
    bytes: colour.length,
    decodeApplyMs: timeIt(() => state.apply(decodeMessage(colour))),
    baselineDecodeMs: timeIt(() => baseline.decode(colour)),
  };
  // 3. a 50-series trace append (one sample each) to traces of 2000 samples, trimmed by max_length
  let tick = 0;
  const append = () => {
    const values = makeNdArray("float32", [50, 1]);
    const coords = makeNdArray("float64", [1]);
    coords.data[0] = tick++;
    return encodeMessage({ kind: "field_append", field_id: "trace", append_dim: "time", values, coord_values: coords, max_length: 2000 });
  };
  for (let i = 0; i < 2000; i++) state.apply(decodeMessage(append()));
  const frames = Array.from({ length: 4096 }, append);
  let k = 0;
  out.trace_append_50x2000 = {
    bytes: frames[0]!.length,
    decodeApplyMs: timeIt(() => state.apply(decodeMessage(frames[k++ % frames.length]!))),
    baselineDecodeMs: timeIt(() => baseline.decode(frames[k++ % frames.length]!)),
    shape: state.field("trace").values.shape,
  };
  return out;
}

declare const process: { argv: string[] } | undefined;
if (typeof window === "undefined" && typeof process !== "undefined" && process.argv[1]?.endsWith("decode_bench.mjs")) console.log(JSON.stringify(runBench(), null, 1));
(globalThis as Record<string, unknown>).runBench = runBench;
