// Prints mapValue(v, name, limits) and lutBytes(name) for the values and maps given as JSON on argv[2],
// so that tests/web/test_views.py compares them with scenewire.scene.colormaps (Python) value by value.
import { lutBytes, mapValue } from "../../src/views/colormap";

const { maps, values, limits } = JSON.parse(process.argv[2]) as { maps: string[]; values: Array<number | string>; limits: [number, number] };
const num = (v: number | string) => (typeof v === "string" ? Number(v) : v); // "NaN", "Infinity", "-Infinity"
const out: Record<string, { colors: number[][]; lut: number[] }> = {};
for (const name of maps) out[name] = { colors: values.map((v) => mapValue(num(v), name, limits)), lut: [...lutBytes(name)] };
console.log(JSON.stringify(out));
