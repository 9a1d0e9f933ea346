import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyOverrides, type OperatorPolicy, type SessionSettings } from "../../src/core/session-settings.js";

let root: string;
let outside: string;
let base: SessionSettings;
let policy: OperatorPolicy;

beforeAll(async () => {
  root = await realpath(await mkdtemp(join(tmpdir(), "codex-api-settings-")));
  outside = await realpath(await mkdtemp(join(tmpdir(), "codex-api-outside-")));
  await mkdir(join(root, "repo/sub"), { recursive: true });
  await writeFile(join(root, "repo/file.txt"), "x");
  await symlink(outside, join(root, "repo/escape"));
  base = { cwd: join(root, "repo"), approvalPolicy: "on-request", sandbox: "workspace-write" };
  policy = { allowedRoots: [join(root, "repo")], allowedSandboxes: ["read-only", "workspace-write"], allowedApprovalPolicies: ["untrusted", "on-request", "never"] };
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe("configOverrides", () => {
  it.each([
    ["suggest", "untrusted", "read-only"],
    ["auto-edit", "on-request", "workspace-write"],
    ["full-auto", "never", "workspace-write"],
  ] as const)("the alias %s means policy %s with sandbox %s", async (alias, policyName, sandbox) => {
    const result = await applyOverrides(base, { approvalPolicy: alias }, policy);
    expect(result).toMatchObject({ ok: true, settings: { approvalPolicy: policyName, sandbox } });
  });

  it("an explicit sandbox wins over the one an alias implies", async () => {
    const result = await applyOverrides(base, { approvalPolicy: "suggest", sandbox: "workspace-write" }, policy);
    expect(result).toMatchObject({ ok: true, settings: { approvalPolicy: "untrusted", sandbox: "workspace-write" } });
  });

  it("refuses a sandbox the operator does not allow", async () => {
    const result = await applyOverrides(base, { sandbox: "danger-full-access" }, policy);
    expect(result).toMatchObject({ ok: false, code: "override_not_allowed" });
    expect(result.ok || result.message).toMatch(/danger-full-access is not allowed.*allowed: read-only, workspace-write/);
  });

  it("resolves a relative cwd inside the allowed roots", async () => {
    const result = await applyOverrides(base, { cwd: "sub" }, policy);
    expect(result).toMatchObject({ ok: true, settings: { cwd: join(root, "repo/sub") } });
  });

  it.each([
    ["..", "a .. escape"],
    ["escape", "a symlink escape"],
    ["/", "an absolute path outside"],
    ["missing", "a path that does not exist"],
  ])("refuses cwd %s (%s) with path_not_allowed", async (cwd) => {
    const result = await applyOverrides(base, { cwd }, policy);
    expect(result).toMatchObject({ ok: false, code: "path_not_allowed" });
  });

  it("refuses a cwd that is a file", async () => {
    expect(await applyOverrides(base, { cwd: "file.txt" }, policy)).toMatchObject({ ok: false, code: "path_not_allowed" });
  });

  it("outputSchema null clears it; fields not given keep their value", async () => {
    const withSchema = await applyOverrides(base, { outputSchema: { type: "object" }, model: "m1" }, policy);
    expect(withSchema.ok && withSchema.settings.outputSchema).toEqual({ type: "object" });
    const cleared = await applyOverrides(withSchema.ok ? withSchema.settings : base, { outputSchema: null }, policy);
    expect(cleared).toMatchObject({ ok: true, settings: { model: "m1" } });
    expect(cleared.ok && "outputSchema" in cleared.settings).toBe(false);
  });
});
