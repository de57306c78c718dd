import { test } from "node:test";
import assert from "node:assert/strict";
import type { Growth } from "../src/state/types";

test("the test build runs TypeScript under node --test", () => {
  const g: Growth = { dim: "time", appended: 2, trimmed: 0 };
  assert.equal(g.appended, 2);
});
