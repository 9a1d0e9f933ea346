// The reconnect policy on its own: the backoff schedule, the option check, and which stream
// endings call for a reconnect. Pure functions; no network.
import { describe, expect, it } from "vitest";
import type { TerminateFrame } from "../../generated/types.js";
import { CodexApiError } from "../../src/client/codex-api-error.js";
import { backoffDelayMs, DEFAULT_RECONNECT_POLICY, reconnectPolicyOf, reconnectWanted } from "../../src/client/reconnect-policy.js";

const policy = { maxAttempts: 10, initialDelayMs: 100, maxDelayMs: 5000 };
const attempts = Array.from({ length: policy.maxAttempts }, (_, i) => i + 1);

describe("backoffDelayMs", () => {
  it("grows from initialDelayMs by doubling, up to maxDelayMs", () => {
    const ceilings = attempts.map((n) => backoffDelayMs(policy, n, () => 1));
    expect(ceilings).toStrictEqual([100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000, 5000]);
  });

  it("is jittered within the upper half of each ceiling, and deterministic for a given random", () => {
    const low = attempts.map((n) => backoffDelayMs(policy, n, () => 0));
    const high = attempts.map((n) => backoffDelayMs(policy, n, () => 0.999999));
    expect(low).toStrictEqual([50, 100, 200, 400, 800, 1600, 2500, 2500, 2500, 2500]);
    for (const [i, n] of attempts.entries()) {
      const delay = backoffDelayMs(policy, n);
      expect(delay).toBeGreaterThanOrEqual(low[i]!);
      expect(delay).toBeLessThan(high[i]! + 1e-6);
      expect(backoffDelayMs(policy, n, () => 0.37)).toBe(backoffDelayMs(policy, n, () => 0.37));
    }
  });

  it("does not grow past maxDelayMs however many attempts", () => {
    expect(backoffDelayMs(policy, 5000, () => 1)).toBe(5000);
  });

  it("with the defaults waits between about 8 and 16 s in all before giving up", () => {
    const total = (random: () => number) =>
      Array.from({ length: DEFAULT_RECONNECT_POLICY.maxAttempts }, (_, i) => backoffDelayMs(DEFAULT_RECONNECT_POLICY, i + 1, random)).reduce((a, b) => a + b);
    expect(total(() => 0)).toBe(8150);
    expect(total(() => 1)).toBe(16300);
  });
});

describe("reconnectPolicyOf", () => {
  it("is on by default, fills in what is not given, and is off with false", () => {
    expect(reconnectPolicyOf(undefined)).toStrictEqual(DEFAULT_RECONNECT_POLICY);
    expect(reconnectPolicyOf({ maxAttempts: 3 })).toStrictEqual({ ...DEFAULT_RECONNECT_POLICY, maxAttempts: 3 });
    expect(reconnectPolicyOf(false)).toBeUndefined();
  });

  it("refuses nonsense with a message that says what to fix", () => {
    expect(() => reconnectPolicyOf({ maxAttempts: 0 })).toThrow("reconnect.maxAttempts must be a positive integer, got 0");
    expect(() => reconnectPolicyOf({ initialDelayMs: 1.5 })).toThrow("reconnect.initialDelayMs must be a positive integer");
    expect(() => reconnectPolicyOf({ initialDelayMs: 500, maxDelayMs: 100 })).toThrow("reconnect.maxDelayMs (100) must be at least reconnect.initialDelayMs (500)");
  });
});

describe("reconnectWanted", () => {
  const terminate = (reason: TerminateFrame["reason"], reconnect: boolean): TerminateFrame => ({ type: "terminate", seq: 7, reason, message: reason, reconnect });

  it("reconnects after a network failure or a response that ended without terminate", () => {
    expect(reconnectWanted({ state: "failed", error: new CodexApiError("unavailable", "ECONNRESET") })).toBe(true);
    expect(reconnectWanted({ state: "failed", error: new CodexApiError("stream_closed", "closed") })).toBe(true);
    expect(reconnectWanted({ state: "ended", terminate: undefined })).toBe(true);
  });

  it("does not reconnect when the server broke the protocol", () => {
    expect(reconnectWanted({ state: "failed", error: new CodexApiError("invalid_frame", "bad frame") })).toBe(false);
    expect(reconnectWanted({ state: "failed", error: new CodexApiError("truncated", "cut inside a frame") })).toBe(false);
  });

  it("follows terminate's reconnect flag, except for superseded and client_closed", () => {
    expect(reconnectWanted({ state: "ended", terminate: terminate("shutdown", true) })).toBe(true);
    expect(reconnectWanted({ state: "ended", terminate: terminate("heartbeat_timeout", true) })).toBe(true);
    expect(reconnectWanted({ state: "ended", terminate: terminate("slow_consumer", true) })).toBe(true);
    expect(reconnectWanted({ state: "ended", terminate: terminate("session_expired", false) })).toBe(false);
    expect(reconnectWanted({ state: "ended", terminate: terminate("superseded", false) })).toBe(false);
    expect(reconnectWanted({ state: "ended", terminate: terminate("superseded", true) })).toBe(false);
    expect(reconnectWanted({ state: "ended", terminate: terminate("client_closed", true) })).toBe(false);
  });
});
