import { describe, expect, it } from "vitest";
import type { RequestPermissionProfile } from "../../generated/engine/v2/index.js";
import { APPROVAL_DECISIONS, commandDecision, fileChangeDecision, permissionsResponse, permissionsView } from "../../src/engine/approvals.js";

describe("approval decisions", () => {
  it("offers all four protocol decisions", () => {
    expect(APPROVAL_DECISIONS).toEqual(["allow", "allow_for_session", "deny", "deny_and_stop"]);
  });

  it("maps them to the engine's command and file change answers (deny_and_stop is cancel)", () => {
    expect(APPROVAL_DECISIONS.map(commandDecision)).toEqual(["accept", "acceptForSession", "decline", "cancel"]);
    expect(APPROVAL_DECISIONS.map(fileChangeDecision)).toEqual(["accept", "acceptForSession", "decline", "cancel"]);
  });
});

describe("permissions", () => {
  // As observed with features.request_permissions_tool (docs/engine-notes.md §2), plus a file system request.
  const requested: RequestPermissionProfile = {
    network: { enabled: true },
    fileSystem: {
      read: ["/data"],
      write: null,
      entries: [
        { path: { type: "path", path: "/srv/out" }, access: "write" },
        { path: { type: "glob_pattern", pattern: "/logs/*.log" }, access: "read" },
        { path: { type: "special", value: { kind: "tmpdir" } }, access: "write" },
        { path: { type: "path", path: "/secret" }, access: "deny" },
      ],
    },
  };

  it("shows what is asked for", () => {
    expect(permissionsView(requested)).toEqual({ network: true, readPaths: ["/data", "/logs/*.log"], writePaths: ["/srv/out", ":tmpdir"] });
    expect(permissionsView({ network: null, fileSystem: null })).toEqual({ readPaths: [], writePaths: [] });
  });

  it("grants what was asked for, for the turn or the session, and nothing on deny", () => {
    expect(permissionsResponse(requested, "allow")).toEqual({ permissions: { network: requested.network, fileSystem: requested.fileSystem }, scope: "turn" });
    expect(permissionsResponse({ network: { enabled: true }, fileSystem: null }, "allow_for_session")).toEqual({
      permissions: { network: { enabled: true } },
      scope: "session",
    });
    expect(permissionsResponse(requested, "deny")).toEqual({ permissions: {}, scope: "turn" });
    expect(permissionsResponse(requested, "deny_and_stop")).toEqual({ permissions: {}, scope: "turn" });
  });
});
