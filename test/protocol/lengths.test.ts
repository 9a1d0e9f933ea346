// maxLength/minLength count code points (JSON Schema), not UTF-16 units: the generated
// validators' fast path on `.length` must give the same answers for astral characters.
import { describe, expect, it } from "vitest";
import { checkClientFrame } from "../../src/protocol/index.js";

const emoji = "🚀"; // one code point, two UTF-16 units

describe("string length limits", () => {
  it.each([
    ["256 astral characters (512 UTF-16 units) fit maxLength 256", emoji.repeat(256), true],
    ["257 astral characters do not", emoji.repeat(257), false],
    ["256 ASCII characters fit", "a".repeat(256), true],
    ["257 ASCII characters do not", "a".repeat(257), false],
    ["one astral character fits minLength 1", emoji, true],
    ["the empty string does not", "", false],
  ])("%s", (_what, sessionId, valid) => {
    const result = checkClientFrame({ type: "cancel", sessionId });
    expect(result.ok).toBe(valid);
    if (!result.ok) expect(result.problem.path).toBe("/sessionId");
  });
});
