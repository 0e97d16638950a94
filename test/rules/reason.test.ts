// A rule's reason template, rendered from a hit's captures and evidence and the rule's fixed values.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileReason } from "../../src/rules/reason.js";

const fixed = { zone: "tail", window: 3 };

test("placeholders take the evidence, then the captures, then the rule's fixed values", () => {
  const reason = compileReason("{what} in the last {window} blocks of the {zone} ({share})", fixed);
  assert.equal(reason({ what: "credit line", share: 0.5 }, { share: 0.9 }), "credit line in the last 3 blocks of the tail (0.9)");
  assert.equal(reason(undefined, { what: "widget", window: 5 }), "widget in the last 5 blocks of the tail ({share})");
});

test("a placeholder with no value stays as written, and text without placeholders is returned as is", () => {
  assert.equal(compileReason("kept {missing} and {zone}", fixed)(undefined), "kept {missing} and tail");
  assert.equal(compileReason("plain reason", fixed)({ x: 1 }), "plain reason");
});

test("values are rendered as text, false and 0 included", () => {
  assert.equal(compileReason("{a}/{b}/{c}", {})({ a: 0, b: false }, { c: "" }), "0/false/");
});
