// The spec's x-json-bounds on free-form JSON forwarded to the engine (configOverrides.outputSchema):
// depth and size are checked after the schema, with the field's path.
import { describe, expect, it } from "vitest";
import { JSON_BOUNDS } from "../../generated/protocol.js";
import { checkClientFrame } from "../../src/protocol/index.js";

/** An object nested exactly `depth` levels deep (`{}` is depth 1). */
function deep(depth: number): unknown {
  let value: unknown = {};
  for (let i = 1; i < depth; i++) value = { a: value };
  return value;
}

const frames = {
  user_message: (outputSchema: unknown) => ({ type: "user_message", content: "hi", configOverrides: { outputSchema } }),
  open_session: (outputSchema: unknown) => ({ type: "open_session", configOverrides: { outputSchema } }),
};

describe.each(Object.entries(frames))("%s configOverrides.outputSchema", (type, frame) => {
  const bound = JSON_BOUNDS[type as keyof typeof JSON_BOUNDS][0]!;

  it("comes from the spec: 32 levels, 64 KiB", () => {
    expect(bound).toEqual({ path: ["configOverrides", "outputSchema"], maxDepth: 32, maxBytes: 65536 });
  });

  it("accepts exactly the deepest nesting allowed and refuses one level more, with the path", () => {
    expect(checkClientFrame(frame(deep(32))).ok).toBe(true);
    const refused = checkClientFrame(frame(deep(33)));
    expect(refused).toMatchObject({ ok: false, problem: { code: "invalid_frame", path: "/configOverrides/outputSchema", frameType: type } });
    expect(!refused.ok && refused.problem.message).toMatch(/nested more than 32 levels deep/);
  });

  it("counts arrays as levels too", () => {
    let value: unknown = [];
    for (let i = 1; i < 33; i++) value = [value];
    expect(checkClientFrame(frame({ items: value })).ok).toBe(false);
  });

  it("accepts exactly the largest size allowed (compact UTF-8 JSON) and refuses one byte more", () => {
    const sized = (bytes: number) => ({ d: "é".repeat((bytes - 8) / 2) }); // {"d":""} is 8 bytes; é is 2
    expect(Buffer.byteLength(JSON.stringify(sized(65536)))).toBe(65536);
    expect(checkClientFrame(frame(sized(65536))).ok).toBe(true);
    const refused = checkClientFrame(frame({ ...sized(65536), e: 1 }));
    expect(!refused.ok && refused.problem.message).toMatch(/65542 bytes as JSON; at most 65536/);
  });

  it("checks a value nested a hundred thousand deep without running out of stack", () => {
    const text = `{"type":"${type}",${type === "user_message" ? '"content":"hi",' : ""}"configOverrides":{"outputSchema":${"[".repeat(100_000)}${"]".repeat(100_000)}}}`;
    const value = JSON.parse(text.replace('"outputSchema":[', '"outputSchema":{"x":[').replace(/]}}$/, "]}}}")) as unknown;
    expect(checkClientFrame(value)).toMatchObject({ ok: false, problem: { path: "/configOverrides/outputSchema" } });
  });

  it("lets null through (it clears the schema)", () => {
    expect(checkClientFrame(frame(null)).ok).toBe(true);
  });
});
