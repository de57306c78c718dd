// Every message vector of conformance/manifest.json and conformance/1.1/manifest.json (spec §15.1):
// valid ones decode to their JSON form and re-encode to the canonical bytes; invalid ones fail
// with their one error code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeMessage, encodeMessage, messageToWire } from "../src/protocol/messages";
import { ProtocolError } from "../src/wire/errors";
import { canon, canonParsed, hex, parse, readBytes, readJson } from "./jsonform";

interface Entry { name: string; file: string; decoded?: unknown; canonical_file?: string; error?: string }

for (const dir of ["", "1.1/"]) {
  const text = readJson(`${dir}manifest.json`);
  const manifest = JSON.parse(text) as { valid: Entry[]; invalid: Entry[] };
  // the decoded forms again, from the text, keeping 1 apart from 1.0
  const parsed = parse(text) as { obj: [string, any][] };
  const validJ = (parsed.obj.find(([k]) => k === "valid")![1] as { obj: [string, any][] }[]);
  manifest.valid.forEach((e, i) => {
    test(`valid ${dir}${e.name}`, () => {
      const msg = decodeMessage(readBytes(dir + e.file));
      const decodedJ = validJ[i]!.obj.find(([k]) => k === "decoded")![1];
      assert.equal(canon(messageToWire(msg)), canonParsed(decodedJ));
      assert.equal(hex(encodeMessage(msg)), hex(readBytes(dir + (e.canonical_file ?? e.file))));
    });
  });
  for (const e of manifest.invalid) {
    test(`invalid ${dir}${e.name} -> ${e.error}`, () => {
      assert.throws(() => decodeMessage(readBytes(dir + e.file)), (err: unknown) => {
        assert.ok(err instanceof ProtocolError, String(err));
        assert.equal(err.code, e.error, err.message);
        return true;
      });
    });
  }
}
