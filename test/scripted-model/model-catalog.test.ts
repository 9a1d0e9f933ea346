import { describe, expect, it } from "vitest";
import { catalogFromDebugModels } from "../../src/scripted-model/index.js";

const entry = (slug: string): Record<string, unknown> => ({ slug, display_name: slug.toUpperCase(), apply_patch_tool_type: "freeform", context_window: 272_000 });

describe("catalogFromDebugModels", () => {
  it("copies the gpt-5.5 entry under the scripted slug, without the search tool (MCP tools listed directly)", () => {
    const stdout = JSON.stringify({ models: [entry("gpt-6-sol"), { ...entry("gpt-5.5"), supports_search_tool: true }] });
    expect(catalogFromDebugModels(stdout, "scripted")).toStrictEqual({
      models: [{ slug: "scripted", display_name: "GPT-5.5", apply_patch_tool_type: "freeform", context_window: 272_000, supports_search_tool: false }],
    });
  });

  it("says what is wrong with output it cannot use", () => {
    expect(() => catalogFromDebugModels("WARNING: x", "s")).toThrow("`codex debug models` did not print JSON");
    expect(() => catalogFromDebugModels("{}", "s")).toThrow('printed no "models" array');
    expect(() => catalogFromDebugModels(JSON.stringify({ models: [entry("a"), entry("b")] }), "s")).toThrow('has no "gpt-5.5" entry to copy (found a, b)');
  });
});
