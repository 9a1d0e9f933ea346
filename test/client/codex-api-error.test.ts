import { describe, expect, it } from "vitest";
import { CodexApiError } from "../../src/client/codex-api-error.js";

describe("CodexApiError.from", () => {
  it("returns a CodexApiError as it is", () => {
    const error = new CodexApiError("overloaded", "too many sessions");
    expect(CodexApiError.from(error)).toBe(error);
  });

  it("takes an error frame's code, message, retryability and path", () => {
    const frame = { type: "error", seq: 5, sessionId: "s1", code: "invalid_frame", message: "/decision must be one of …", retryable: false, path: "/decision" };
    expect(CodexApiError.from(frame)).toMatchObject({ code: "invalid_frame", message: "/decision must be one of …", retryable: false, path: "/decision", frame });
  });

  it.each([
    ["shutdown", true, "shutting_down"],
    ["session_expired", false, "session_expired"],
    ["superseded", false, "stream_closed"],
    ["heartbeat_timeout", true, "stream_closed"],
  ])("maps a terminate frame with reason %s (reconnect %s) to %s, retryable as reconnect says", (reason, reconnect, code) => {
    const frame = { type: "terminate", seq: 3, reason, message: "bye", reconnect };
    const error = CodexApiError.from(frame);
    expect(error).toMatchObject({ code, retryable: reconnect, frame });
    expect(error.message).toContain(reason);
  });

  it("maps an abort to aborted, not retryable", () => {
    const controller = new AbortController();
    controller.abort();
    expect(CodexApiError.from(controller.signal.reason)).toMatchObject({ code: "aborted", retryable: false });
  });

  it("maps a refused or reset connection to unavailable, retryable, keeping the cause", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const error = CodexApiError.from(refused);
    expect(error).toMatchObject({ code: "unavailable", retryable: true, cause: refused });
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("maps anything else to unknown, not retryable", () => {
    expect(CodexApiError.from(new TypeError("boom"))).toMatchObject({ code: "unknown", message: "boom", retryable: false });
    expect(CodexApiError.from("a string")).toMatchObject({ code: "unknown", message: "a string" });
    // Looks like an error frame but breaks the spec: not trusted as one.
    expect(CodexApiError.from({ type: "error", code: "nope" })).toMatchObject({ code: "unknown" });
  });

  it("defaults retryable from the code tables: the spec's for wire codes, the client's for its own", () => {
    expect(new CodexApiError("turn_in_progress", "x").retryable).toBe(true);
    expect(new CodexApiError("invalid_json", "x").retryable).toBe(false);
    expect(new CodexApiError("unavailable", "x").retryable).toBe(true);
    expect(new CodexApiError("bad_response", "x").retryable).toBe(false);
    expect(new CodexApiError("unavailable", "x", { retryable: false }).retryable).toBe(false);
  });
});
