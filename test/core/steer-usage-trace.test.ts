// Steering, live usage and trace context through the real core against the fake engine: the rules
// of turn-controller.ts for them, one behaviour per test (the model-based test runs them at random).
import { describe, expect, it } from "vitest";
import type { ErrorFrame, UserMessageFrame } from "../../generated/types.js";
import type { Logger } from "../../src/core/logger.js";
import { startCore, terminals, useCoreClock, type CoreHarness } from "../support/core-harness.js";

let h: CoreHarness;
useCoreClock(() => h);

const TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
const OTHER_TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
const steer = (turnId: string, extra: Partial<UserMessageFrame> = {}): UserMessageFrame => ({ type: "user_message", id: "s-1", content: "also this", expectedTurnId: turnId, ...extra });

async function running(options: Parameters<typeof startCore>[0] = {}) {
  h = startCore(options);
  const opened = await h.open("s");
  await h.core.userMessage(opened.session, { type: "user_message", content: "hi" });
  await h.settle();
  return opened;
}

describe("steering", () => {
  it("adds the input to the running turn: its user message item answers the frame, and the turn goes on", async () => {
    const { session, sink } = await running();
    await h.core.userMessage(session, steer("turn-1", { images: [{ dataUrl: "data:image/png;base64,AAAA" }] }));
    await h.settle();
    expect(h.engine.steers).toEqual([expect.objectContaining({ turnId: "turn-1", accepted: true, input: [{ type: "text", text: "also this" }, { type: "image", dataUrl: "data:image/png;base64,AAAA" }] })]);
    expect(sink.frames.filter((f) => f.type === "item")).toEqual([
      expect.objectContaining({ event: "started", turnId: "turn-1", item: expect.objectContaining({ type: "user_message", text: "also this", inReplyTo: "s-1" }) }),
      expect.objectContaining({ event: "completed", turnId: "turn-1", item: expect.objectContaining({ inReplyTo: "s-1" }) }),
    ]);
    expect(session.turn).toMatchObject({ state: "running", turnId: "turn-1" });
    expect(h.engine.turnStarts).toHaveLength(1);
  });

  it("completes the answer the steer cut short at once, with its text so far, and drops what the engine says of it later", async () => {
    const { session, sink } = await running();
    h.engine.item("thread-1", "turn-1", "started", { type: "agent_message", id: "msg-1", text: "" });
    h.engine.delta("thread-1", "turn-1", "msg-1", "working on");
    await h.core.userMessage(session, steer("turn-1"));
    await h.settle();
    h.engine.delta("thread-1", "turn-1", "msg-1", " late");
    h.engine.item("thread-1", "turn-1", "completed", { type: "agent_message", id: "msg-1", text: "working on late" });
    h.engine.endTurn("thread-1", "turn-1");
    const shown = sink.frames.flatMap((f) => (f.type === "item" && f.event !== "delta" ? [`${f.event} ${f.item.type} ${"text" in f.item ? f.item.text : ""}`] : []));
    expect(shown).toEqual(["started agent_message ", "completed agent_message working on", "started user_message also this", "completed user_message also this"]);
    expect(sink.frames.filter((f) => f.type === "item" && f.event === "delta")).toHaveLength(1);
  });

  it("naming an ended turn, or with no turn at all, is turn_not_steerable and reaches no engine", async () => {
    const { session, sink } = await running();
    h.engine.endTurn("thread-1", "turn-1");
    await h.core.userMessage(session, steer("turn-1"));
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "turn_not_steerable", inReplyTo: "s-1", turnId: "turn-1", retryable: false });
    expect((sink.frames.at(-1) as ErrorFrame).message).toMatch(/turn turn-1 is not running \(no turn is running\)/);
    expect(h.engine.steers).toEqual([]);
    expect(h.engine.turnStarts).toHaveLength(1);
  });

  it("the engine refusing (a review or compaction turn) is turn_not_steerable with its reason; the turn runs on", async () => {
    const { session, sink } = await running();
    h.engine.notSteerable.add("turn-1");
    await h.core.userMessage(session, steer("turn-1"));
    await h.settle();
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "turn_not_steerable", turnId: "turn-1" });
    expect((sink.frames.at(-1) as ErrorFrame).message).toMatch(/cannot steer a review turn/);
    expect(session.turn.state).toBe("running");
  });

  it("a turn being stopped takes no steering; configOverrides are refused with their path", async () => {
    const { session, sink } = await running();
    await h.core.userMessage(session, steer("turn-1", { configOverrides: { model: "other" } }));
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "override_not_allowed", path: "/configOverrides" });
    h.engine.interruptEndsTurn = false;
    h.core.cancel(session, { type: "cancel" });
    await h.core.userMessage(session, steer("turn-1"));
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "turn_not_steerable" });
    expect((sink.frames.at(-1) as ErrorFrame).message).toMatch(/being stopped/);
    expect(h.engine.steers).toEqual([]);
  });
});

describe("live usage", () => {
  it("each model request's usage is a usage frame with the turn's sum so far; the terminal status keeps the sum", async () => {
    const { sink } = await running();
    const last = { inputTokens: 100, cachedInputTokens: 10, outputTokens: 5, reasoningOutputTokens: 1, totalTokens: 105 };
    const rateLimits = { primary: { usedPercent: 43, windowMinutes: 300, resetsAt: "2026-12-02T12:00:00.000Z" } };
    h.engine.emit({ kind: "usage", threadId: "thread-1", turnId: "turn-1", last, total: last, contextWindow: 258_400 });
    h.engine.emit({ kind: "usage", threadId: "thread-1", turnId: "turn-1", last, total: { ...last, totalTokens: 210 }, contextWindow: 258_400 });
    // Rate limits reported after the usage: the same counts again, with them.
    h.engine.emit({ kind: "rate_limits", rateLimits });
    h.engine.endTurn("thread-1", "turn-1");
    const usage = sink.frames.filter((f) => f.type === "usage");
    const doubled = { inputTokens: 200, cachedInputTokens: 20, outputTokens: 10, reasoningOutputTokens: 2, totalTokens: 210 };
    expect(usage).toEqual([
      expect.objectContaining({ turnId: "turn-1", last, turn: last, total: last, contextWindow: 258_400 }),
      expect.objectContaining({ turn: doubled }),
      expect.objectContaining({ turn: doubled, rateLimits }),
    ]);
    expect(usage[1]).not.toHaveProperty("rateLimits");
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ usage: doubled })]);
  });
});

describe("trace context", () => {
  function recording(): Logger & { lines: { message: string; fields: Record<string, unknown> }[] } {
    const lines: { message: string; fields: Record<string, unknown> }[] = [];
    const record = (fields: object, message: string) => void lines.push({ message, fields: fields as Record<string, unknown> });
    return { lines, debug: record, info: record, warn: record, error: record };
  }

  it("the stream's trace goes with the thread and turn starts, steering and the interrupt, and the turn's log lines carry its id", async () => {
    const log = recording();
    h = startCore({ log });
    const { session } = await h.open("s");
    const trace = { traceparent: TRACEPARENT, tracestate: "k=v" };
    await h.core.userMessage(session, { type: "user_message", content: "hi" }, trace);
    await h.settle();
    await h.core.userMessage(session, steer("turn-1"), trace);
    await h.settle();
    h.core.cancel(session, { type: "cancel" });
    await h.settle();
    expect(h.engine.traces).toEqual([
      { call: "startThread", trace },
      { call: "startTurn", trace },
    ]);
    expect(h.engine.steers[0]!.trace).toEqual(trace);
    expect(h.engine.interrupts[0]!.trace).toEqual(trace);
    const turnLines = log.lines.filter((l) => ["turn requested", "turn started", "turn steered", "turn ended"].includes(l.message));
    expect(turnLines.map((l) => [l.message, l.fields.traceId])).toEqual([
      ["turn requested", "4bf92f3577b34da6a3ce929d0e0e4736"],
      ["turn started", "4bf92f3577b34da6a3ce929d0e0e4736"],
      ["turn steered", "4bf92f3577b34da6a3ce929d0e0e4736"],
      ["turn ended", "4bf92f3577b34da6a3ce929d0e0e4736"],
    ]);
  });

  it("a message's own trace wins over the stream's; one with an all-zero trace id is invalid_frame at its path", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    const zeros = `00-${"0".repeat(32)}-00f067aa0ba902b7-01`;
    await h.core.userMessage(session, { type: "user_message", id: "m-0", content: "hi", trace: { traceparent: zeros } }, { traceparent: TRACEPARENT });
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "invalid_frame", path: "/trace/traceparent", inReplyTo: "m-0" });
    expect(h.engine.traces).toEqual([]);
    await h.core.userMessage(session, { type: "user_message", content: "hi", trace: { traceparent: OTHER_TRACEPARENT } }, { traceparent: TRACEPARENT });
    await h.settle();
    expect(h.engine.traces.map((t) => t.trace)).toEqual([{ traceparent: OTHER_TRACEPARENT }, { traceparent: OTHER_TRACEPARENT }]);
  });
});
