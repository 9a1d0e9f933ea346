// The history cursor on its own: what a replay after a reconnect hands out, drops, or reports as
// lost (spec: "Sequence numbers and resume"). Pure; no network.
import { describe, expect, it } from "vitest";
import type { ServerFrame, SessionFrame } from "../../generated/types.js";
import { HistoryCursor } from "../../src/client/history-cursor.js";

const S = "s1";
const delta = (seq: number) => ({ type: "item", seq, sessionId: S, turnId: "t1", event: "delta", itemId: "m1", itemType: "agent_message", field: "text", delta: "x" }) as ServerFrame;
const heartbeat = (seq: number) => ({ type: "heartbeat", seq, sessionId: S, sentAtMs: 1, timestamp: "1970-01-01T00:00:00.001Z" }) as ServerFrame;
const session = (seq: number, lost: number | null): SessionFrame => ({
  type: "session",
  seq,
  sessionId: S,
  protocolVersion: "1.0.0",
  resumed: true,
  replay: lost === null ? null : { fromSeq: seq + lost + 1, toSeq: seq + lost + 3, count: 3, lost },
  turn: null,
  heartbeatIntervalMs: 15000,
  maxFrameBytes: 1 << 20,
});

describe("HistoryCursor", () => {
  it("hands out the next history frame and drops one the consumer already has", () => {
    const cursor = new HistoryCursor(3);
    expect(cursor.admit(delta(2))).toStrictEqual({ kind: "duplicate" });
    expect(cursor.admit(delta(3))).toStrictEqual({ kind: "duplicate" });
    expect(cursor.admit(delta(4))).toStrictEqual({ kind: "next" });
    expect(cursor.admit(delta(4))).toStrictEqual({ kind: "duplicate" });
    expect(cursor.lastSeq).toBe(4);
  });

  it("hands out control frames, which repeat the previous seq, without moving", () => {
    const cursor = new HistoryCursor(4);
    expect(cursor.admit(heartbeat(4))).toStrictEqual({ kind: "next" });
    expect(cursor.admit(heartbeat(2))).toStrictEqual({ kind: "next" });
    expect(cursor.lastSeq).toBe(4);
  });

  it("reports the frames a session frame says were lost, once, and moves past them", () => {
    const cursor = new HistoryCursor(10);
    expect(cursor.resumed(session(10, 0))).toBeUndefined();
    expect(cursor.resumed(session(10, null))).toBeUndefined();
    expect(cursor.resumed(session(10, 5))).toStrictEqual({ fromSeq: 11, toSeq: 15, count: 5 });
    expect(cursor.lastSeq).toBe(15);
    expect(cursor.admit(delta(16))).toStrictEqual({ kind: "next" });
  });

  it("reports a jump in the numbering as a gap instead of skipping it", () => {
    const cursor = new HistoryCursor(10);
    expect(cursor.admit(delta(14))).toStrictEqual({ kind: "after_gap", gap: { fromSeq: 11, toSeq: 13, count: 3 } });
    expect(cursor.lastSeq).toBe(14);
    expect(cursor.admit(delta(15))).toStrictEqual({ kind: "next" });
  });

  it("counts errors as history only on a bound stream (they carry the sessionId)", () => {
    const cursor = new HistoryCursor(1);
    const unbound = { type: "error", seq: 0, code: "invalid_json", message: "bad", retryable: false } as ServerFrame;
    expect(cursor.admit(unbound)).toStrictEqual({ kind: "next" });
    expect(cursor.admit({ ...unbound, seq: 1, sessionId: S } as ServerFrame)).toStrictEqual({ kind: "duplicate" });
    expect(cursor.admit({ ...unbound, seq: 2, sessionId: S } as ServerFrame)).toStrictEqual({ kind: "next" });
  });
});
