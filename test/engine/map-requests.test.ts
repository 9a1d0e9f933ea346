import { describe, expect, it } from "vitest";
import { applySettings, sandboxPolicy, threadParams, turnParams, userInput, type AppliedSettings } from "../../src/engine/map-requests.js";

describe("userInput", () => {
  it("maps text, data-URL images and local images", () => {
    expect(userInput({ type: "text", text: "hi" })).toEqual({ type: "text", text: "hi", text_elements: [] });
    expect(userInput({ type: "image", dataUrl: "data:image/png;base64,AA==" })).toEqual({ type: "image", url: "data:image/png;base64,AA==" });
    expect(userInput({ type: "localImage", path: "/tmp/a.png" })).toEqual({ type: "localImage", path: "/tmp/a.png" });
  });
});

describe("sandboxPolicy", () => {
  it("gives each mode's policy with no network", () => {
    expect(sandboxPolicy("read-only")).toEqual({ type: "readOnly", networkAccess: false });
    expect(sandboxPolicy("workspace-write")).toEqual({ type: "workspaceWrite", writableRoots: [], networkAccess: false, excludeTmpdirEnvVar: false, excludeSlashTmp: false });
    expect(sandboxPolicy("danger-full-access")).toEqual({ type: "dangerFullAccess" });
  });
});

describe("threadParams", () => {
  it("sends only what is set; instructions become developer instructions", () => {
    expect(threadParams({ cwd: "/w" })).toEqual({ cwd: "/w" });
    expect(threadParams({ cwd: "/w", model: "m", approvalPolicy: "never", sandbox: "read-only", instructions: "Be brief." })).toEqual({
      cwd: "/w",
      model: "m",
      approvalPolicy: "never",
      sandbox: "read-only",
      developerInstructions: "Be brief.",
    });
  });
});

describe("turnParams", () => {
  const applied: AppliedSettings = { cwd: "/w", model: "m", approvalPolicy: "on-request", sandbox: "workspace-write", reasoningEffort: "medium" };
  const input = [{ type: "text" as const, text: "go" }];

  it("sends no override when the thread already has those settings (they are sticky)", () => {
    expect(turnParams("t", input, { cwd: "/w", model: "m", approvalPolicy: "on-request", sandbox: "workspace-write", reasoningEffort: "medium" }, applied)).toEqual({
      threadId: "t",
      input: [{ type: "text", text: "go", text_elements: [] }],
    });
  });

  it("sends what changed, and the output schema of this turn", () => {
    const schema = { type: "object", properties: { ok: { type: "boolean" } } };
    expect(turnParams("t", input, { cwd: "/x", model: "m2", approvalPolicy: "never", sandbox: "read-only", reasoningEffort: "high", outputSchema: schema }, applied)).toEqual({
      threadId: "t",
      input: [{ type: "text", text: "go", text_elements: [] }],
      cwd: "/x",
      model: "m2",
      approvalPolicy: "never",
      sandboxPolicy: { type: "readOnly", networkAccess: false },
      effort: "high",
      outputSchema: schema,
    });
  });

  it("remembers what a turn set", () => {
    expect(applySettings(applied, { cwd: "/x", sandbox: "read-only" })).toEqual({ ...applied, cwd: "/x", sandbox: "read-only" });
  });
});
