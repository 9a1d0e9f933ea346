// Sessions, turns and prompts through the real core against the fake engine, with fake timers:
// the rules of session-registry.ts and turn-controller.ts, one behaviour per test. The bugs of
// issue #10 (a, b, f) each have a test here that failed before their fix.
import { describe, expect, it, vi } from "vitest";
import type { ErrorFrame, StatusFrame } from "../../generated/types.js";
import { startCore, terminals, useCoreClock, type CoreHarness } from "../support/core-harness.js";

let h: CoreHarness;
useCoreClock(() => h);

const message = (content = "hello", id?: string) => ({ type: "user_message" as const, content, ...(id === undefined ? {} : { id }) });
const started = (frames: readonly { type: string }[]) => frames.filter((f): f is StatusFrame => f.type === "status" && (f as StatusFrame).state === "started");

describe("a turn", () => {
  it("starts with one status started (answering the message's id) and ends with exactly one terminal status", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message("hi", "m-1"));
    await h.settle();
    const [start] = started(sink.frames);
    expect(start).toMatchObject({ turnId: "turn-1", inReplyTo: "m-1" });
    h.engine.item("thread-1", "turn-1", "started", { type: "agent_message", id: "msg", text: "" });
    h.engine.delta("thread-1", "turn-1", "msg", "Hel");
    h.engine.delta("thread-1", "turn-1", "msg", "lo");
    h.engine.endTurn("thread-1", "turn-1");
    h.engine.endTurn("thread-1", "turn-1");
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "completed", finalMessage: null })]);
    // The message the engine never completed is closed with what its deltas said.
    expect(sink.frames.at(-2)).toMatchObject({ type: "item", event: "completed", item: { type: "agent_message", text: "Hello" } });
    expect(sink.frames.map((f) => f.seq)).toEqual(sink.frames.map((_, i) => i + 1));
  });

  it("a second message while one runs is refused turn_in_progress; the running turn is untouched", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.core.userMessage(session, message("again", "m-2"));
    expect(sink.frames.find((f) => f.type === "error")).toMatchObject({ code: "turn_in_progress", inReplyTo: "m-2", retryable: true });
    expect(h.engine.turnStarts).toHaveLength(1);
  });

  it("an internal fault while starting is `internal`, not blamed on the engine", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    h.engine.startThread = () => Promise.reject(new TypeError("a bug of ours"));
    await h.core.userMessage(session, message());
    await h.settle();
    expect(sink.frames).toEqual([expect.objectContaining({ type: "error", code: "internal", retryable: true })]);
    expect((sink.frames[0] as ErrorFrame).message).not.toMatch(/engine/);
  });

  it("an engine refusal is engine_error; a timeout or exit is retryable engine_unavailable", async () => {
    h = startCore();
    h.engine.mode = "manual";
    const { session, sink } = await h.open("s");
    for (const [code, expected, retryable] of [
      ["rpc_error", "engine_error", false],
      ["timeout", "engine_unavailable", true],
      ["exited", "engine_unavailable", true],
    ] as const) {
      await h.core.userMessage(session, message());
      await h.settle();
      h.engine.pendingThreads.shift()!.fail(code);
      await h.settle();
      expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: expected, retryable });
      expect(session.turn.state).toBe("idle");
    }
  });
});

describe("cancel", () => {
  it("of the running turn interrupts it: one status interrupted (cancelled)", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    expect(h.core.cancel(session, { type: "cancel", turnId: "turn-1" })).toBe(true);
    await h.settle();
    expect(h.engine.interrupts).toEqual([{ threadId: "thread-1", turnId: "turn-1" }]);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "interrupted", reason: "cancelled" })]);
  });

  it("(issue #10 b) naming an older turn while the new one is starting does nothing", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message("first"));
    await h.settle();
    h.engine.endTurn("thread-1", "turn-1");
    h.engine.mode = "manual";
    await h.core.userMessage(session, message("second"));
    expect(session.turn.state).toBe("starting");
    // A cancel for turn-1 that crossed the new message on the wire.
    expect(h.core.cancel(session, { type: "cancel", turnId: "turn-1" })).toBe(false);
    h.engine.pendingTurns.shift()!.resolve({ turnId: "" });
    await h.settle();
    expect(session.turn).toMatchObject({ state: "running", turnId: "turn-2" });
    expect(h.engine.interrupts).toEqual([]);
    h.engine.endTurn("thread-1", "turn-2");
    expect(terminals(sink.frames).map((s) => [s.turnId, s.state])).toEqual([
      ["turn-1", "completed"],
      ["turn-2", "completed"],
    ]);
  });

  it("without a turn id, while starting, stops the turn as soon as it has started", async () => {
    h = startCore();
    h.engine.mode = "manual";
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    h.engine.pendingThreads.shift()!.resolve({ threadId: "" });
    await h.settle();
    expect(h.core.cancel(session, { type: "cancel" })).toBe(true);
    h.engine.pendingTurns.shift()!.resolve({ turnId: "" });
    await h.settle();
    expect(started(sink.frames)).toHaveLength(1);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "interrupted", reason: "cancelled" })]);
  });

  it("(found by the model-based test) the deadline of a confirmed interrupt never ends the next turn", async () => {
    h = startCore({ interruptGraceMs: 2_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message("first"));
    await h.settle();
    // The fake engine confirms the interrupt before interruptTurn returns.
    h.core.cancel(session, { type: "cancel" });
    await h.core.userMessage(session, message("second"));
    await h.settle();
    expect(session.turn).toMatchObject({ state: "running", turnId: "turn-2" });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(session.turn).toMatchObject({ state: "running", turnId: "turn-2" });
    expect(terminals(sink.frames).map((s) => s.turnId)).toEqual(["turn-1"]);
  });

  it("ends the turn itself when the engine does not confirm the interrupt in time", async () => {
    h = startCore({ interruptGraceMs: 2_000 });
    h.engine.interruptEndsTurn = false;
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    h.core.cancel(session, { type: "cancel" });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(terminals(sink.frames)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "interrupted" })]);
  });
});

describe("prompts", () => {
  it("are resolved exactly once: answered, then a late answer is already resolved", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    const id = h.engine.approval("thread-1", "turn-1");
    expect(sink.frames.at(-1)).toMatchObject({ type: "command_prompt", commandId: id });
    h.core.approve(session, { type: "approve", commandId: id, decision: "allow" });
    h.core.approve(session, { type: "approve", id: "late", commandId: id, decision: "deny" });
    expect(h.engine.approvals.get(id)!.answers).toEqual(["allow"]);
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "command_already_resolved", inReplyTo: "late" });
    h.core.approve(session, { type: "approve", commandId: "never-asked", decision: "allow" });
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "command_not_found" });
  });

  it("time out denied (fail closed), with an error naming them; the watchdog does not fire while one waits", async () => {
    h = startCore({ approvalTimeoutMs: 10_000, turnIdleTimeoutMs: 4_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    const id = h.engine.approval("thread-1", "turn-1");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.engine.approvals.get(id)!.answers).toEqual(["deny"]);
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "approval_timeout", commandId: id });
    expect(terminals(sink.frames)).toEqual([]);
  });

  it("of a turn that ends are resolved with it: none is answered twice, and their deadlines are gone", async () => {
    h = startCore({ approvalTimeoutMs: 10_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    const ids = [h.engine.approval("thread-1", "turn-1"), h.engine.approval("thread-1", "turn-1")];
    h.engine.endTurn("thread-1", "turn-1", { status: "failed", reason: "model_error", message: "boom", retryable: true });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(session.prompts.size).toBe(0);
    expect(sink.frames.filter((f) => f.type === "error")).toEqual([]);
    for (const id of ids) expect(h.core.approve(session, { type: "approve", commandId: id, decision: "allow" })).toBeUndefined();
    expect(sink.frames.filter((f) => f.type === "error").map((f) => (f as ErrorFrame).code)).toEqual(["command_already_resolved", "command_already_resolved"]);
  });

  it("past maxPendingApprovals are denied at once with overloaded and a retryAfterMs", async () => {
    h = startCore({ maxPendingApprovals: 1 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    h.engine.approval("thread-1", "turn-1");
    const second = h.engine.approval("thread-1", "turn-1");
    expect(h.engine.approvals.get(second)!.answers).toEqual(["deny"]);
    expect(sink.frames.at(-1)).toMatchObject({ type: "error", code: "overloaded", commandId: second, retryAfterMs: expect.any(Number) });
  });
});

describe("session expiry", () => {
  it("(issue #10 a) counts the TTL from when the session became idle, not from when its stream left", async () => {
    h = startCore({ sessionTtlMs: 5_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    h.core.detach(session, sink);
    // The turn runs on for longer than the TTL without a stream.
    await vi.advanceTimersByTimeAsync(14_500);
    h.engine.endTurn("thread-1", "turn-1");
    await vi.advanceTimersByTimeAsync(4_000);
    h.core.sweep();
    expect(h.core.hasSession("s")).toBe(true);
    const again = await h.open("s", 0);
    expect(again.sink.ack!.replay).toMatchObject({ lost: 0 });
    expect(terminals(again.sink.frames)).toEqual([expect.objectContaining({ state: "completed" })]);
    h.core.detach(again.session, again.sink);
    await vi.advanceTimersByTimeAsync(5_000);
    h.core.sweep();
    expect(h.core.hasSession("s")).toBe(false);
    expect(h.engine.closedThreads).toEqual(["thread-1"]);
  });

  it("never while a turn runs, however long", async () => {
    h = startCore({ sessionTtlMs: 1_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    h.core.detach(session, sink);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.core.hasSession("s")).toBe(true);
  });

  it("a session that never ran a turn goes after the unused TTL, a used one after the full TTL", async () => {
    h = startCore({ sessionTtlMs: 30_000, unusedSessionTtlMs: 2_000 });
    const unused = await h.open("unused");
    const used = await h.open("used");
    await h.core.userMessage(used.session, message());
    await h.settle();
    h.engine.endTurn("thread-1", "turn-1");
    h.core.detach(unused.session, unused.sink);
    h.core.detach(used.session, used.sink);
    await vi.advanceTimersByTimeAsync(2_000);
    h.core.sweep();
    expect([h.core.hasSession("unused"), h.core.hasSession("used")]).toEqual([false, true]);
    await vi.advanceTimersByTimeAsync(28_000);
    h.core.sweep();
    expect(h.core.hasSession("used")).toBe(false);
  });
});

describe("opening", () => {
  it("(issue #10 f) the session frame answers the frame that opened it", async () => {
    h = startCore();
    const sinkOf = async (inReplyTo?: string) => {
      const { RecordingSink } = await import("../support/core-harness.js");
      const sink = new RecordingSink();
      await h.core.open({ sessionId: "s", inReplyTo }, sink);
      return sink;
    };
    expect((await sinkOf("o-1")).ack).toMatchObject({ sessionId: "s", inReplyTo: "o-1" });
    expect((await sinkOf()).ack).not.toHaveProperty("inReplyTo");
  });

  it("a second stream takes the session over: the first is told it was superseded and gets nothing more", async () => {
    h = startCore();
    const first = await h.open("s");
    const second = await h.open("s", 0);
    expect(first.sink.supersededCount).toBe(1);
    await h.core.userMessage(second.session, message());
    await h.settle();
    expect(first.sink.frames).toEqual([]);
    expect(started(second.sink.frames)).toHaveLength(1);
  });
});

describe("engine exit and shutdown", () => {
  it("an engine exit fails every running turn once, retryably, with an engine_unavailable error before it", async () => {
    h = startCore();
    const a = await h.open("a");
    const b = await h.open("b");
    await h.core.userMessage(a.session, message());
    await h.core.userMessage(b.session, message());
    await h.settle();
    h.engine.exit();
    for (const { sink } of [a, b]) {
      expect(sink.frames.slice(-2)).toEqual([
        expect.objectContaining({ type: "error", code: "engine_unavailable" }),
        expect.objectContaining({ type: "status", state: "failed", reason: "engine_exited", retryable: true }),
      ]);
    }
  });

  it("shutdown lets running turns finish within the grace period, then interrupts the rest, without polling", async () => {
    h = startCore({ interruptGraceMs: 1_000 });
    h.engine.interruptEndsTurn = false;
    const a = await h.open("a");
    const b = await h.open("b");
    await h.core.userMessage(a.session, message());
    await h.core.userMessage(b.session, message());
    await h.settle();
    let done = false;
    const shutdown = h.core.shutdown(10_000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(3_000);
    h.engine.endTurn("thread-1", "turn-1");
    await vi.advanceTimersByTimeAsync(6_999);
    expect(terminals(b.sink.frames)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.engine.interrupts.map((i) => i.turnId)).toEqual(["turn-2"]);
    await vi.advanceTimersByTimeAsync(1_000);
    await shutdown;
    expect(done).toBe(true);
    expect(terminals(a.sink.frames)).toEqual([expect.objectContaining({ state: "completed" })]);
    expect(terminals(b.sink.frames)).toEqual([expect.objectContaining({ state: "interrupted", reason: "shutdown" })]);
    await h.core.userMessage(a.session, message("after", "late"));
    expect(a.sink.frames.at(-1)).toMatchObject({ type: "error", code: "shutting_down", inReplyTo: "late" });
  });
});

describe("the watchdog", () => {
  it("fails a turn the engine is silent about for turnIdleTimeoutMs, counted from its last event", async () => {
    h = startCore({ turnIdleTimeoutMs: 10_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    await vi.advanceTimersByTimeAsync(6_000);
    h.engine.delta("thread-1", "turn-1", "msg", "still here");
    await vi.advanceTimersByTimeAsync(9_000);
    expect(terminals(sink.frames)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "failed", reason: "watchdog", retryable: true })]);
    expect(h.engine.interrupts).toEqual([{ threadId: "thread-1", turnId: "turn-1" }]);
  });

  it("does not count time waiting for a prompt's answer, nor fire right after a long wait ends", async () => {
    h = startCore({ turnIdleTimeoutMs: 10_000, approvalTimeoutMs: 60_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    const id = h.engine.approval("thread-1", "turn-1");
    await vi.advanceTimersByTimeAsync(45_000);
    h.core.approve(session, { type: "approve", commandId: id, decision: "allow" });
    await vi.advanceTimersByTimeAsync(9_000);
    expect(terminals(sink.frames)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ reason: "watchdog" })]);
  });
});

describe("an unreachable model", () => {
  const retry = (message: string) => h.engine.emit({ kind: "model_retry", threadId: "thread-1", turnId: "turn-1", message });
  const errors = (frames: readonly { type: string }[]) => frames.filter((f): f is ErrorFrame => f.type === "error");

  it("each retry reaches the client at once with the engine's words and the attempt; the turn goes on", async () => {
    h = startCore({ modelRetryTimeoutMs: 60_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    retry("Reconnecting... 1/5");
    retry("Reconnecting... 2/5");
    expect(errors(sink.frames)).toEqual([
      expect.objectContaining({ code: "model_unavailable", retryable: true, turnId: "turn-1", attempt: 1, message: "the model could not be reached (attempt 1); the engine retries: Reconnecting... 1/5" }),
      expect.objectContaining({ code: "model_unavailable", attempt: 2, message: expect.stringContaining("Reconnecting... 2/5") }),
    ]);
    h.engine.delta("thread-1", "turn-1", "msg", "answer");
    h.engine.endTurn("thread-1", "turn-1");
    await vi.advanceTimersByTimeAsync(120_000);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "completed" })]);
  });

  it("fails the turn (model_error, retryable) once the model stays unreachable for modelRetryTimeoutMs, and interrupts the engine's turn", async () => {
    h = startCore({ modelRetryTimeoutMs: 30_000, turnIdleTimeoutMs: 600_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    retry("Reconnecting... waiting for network");
    await vi.advanceTimersByTimeAsync(15_000);
    retry("Reconnecting... waiting for network");
    await vi.advanceTimersByTimeAsync(14_999);
    expect(terminals(sink.frames)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(terminals(sink.frames)).toEqual([
      expect.objectContaining({
        state: "failed",
        reason: "model_error",
        retryable: true,
        message: "the model could not be reached for 30000 ms (2 retries); the engine's last words: Reconnecting... waiting for network",
      }),
    ]);
    expect(h.engine.interrupts).toEqual([{ threadId: "thread-1", turnId: "turn-1" }]);
    // The engine's own end of the turn, later, changes nothing.
    h.engine.endTurn("thread-1", "turn-1", { status: "interrupted" });
    retry("Reconnecting... late");
    expect(terminals(sink.frames)).toHaveLength(1);
    expect(errors(sink.frames)).toHaveLength(2);
  });

  it("counts the period from the first retry since the model last answered", async () => {
    h = startCore({ modelRetryTimeoutMs: 30_000 });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    retry("Reconnecting... 1/5");
    await vi.advanceTimersByTimeAsync(25_000);
    h.engine.delta("thread-1", "turn-1", "msg", "the stream came back");
    await vi.advanceTimersByTimeAsync(10_000);
    retry("Reconnecting... 1/5");
    await vi.advanceTimersByTimeAsync(29_000);
    expect(terminals(sink.frames)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "failed", reason: "model_error" })]);
  });

  it("bounds the engine's words it passes on", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    retry(`upstream said: ${"x".repeat(100_000)}`);
    expect(errors(sink.frames)[0]!.message.length).toBeLessThan(2_200);
  });
});

describe("the log", () => {
  type Entry = { level: string; fields: Record<string, unknown>; message: string };
  function recorder(): { entries: Entry[]; log: { debug: Recorder; info: Recorder; warn: Recorder; error: Recorder } } {
    const entries: Entry[] = [];
    const at = (level: string): Recorder => (fields, message) => entries.push({ level, fields: fields as Record<string, unknown>, message });
    return { entries, log: { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") } };
  }
  type Recorder = (fields: object, message: string) => void;
  const endings = (entries: Entry[]) => entries.filter((e) => e.message === "turn ended");

  it("says why a turn failed, at warn, with the message the client got; a completed turn stays at info", async () => {
    const { entries, log } = recorder();
    h = startCore({ log });
    const { session, sink } = await h.open("s");
    await h.core.userMessage(session, message());
    await h.settle();
    h.engine.endTurn("thread-1", "turn-1", { status: "failed", reason: "model_error", message: "stream disconnected before completion: upstream 502", retryable: true });
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "failed", message: "stream disconnected before completion: upstream 502" })]);
    expect(endings(entries)).toStrictEqual([
      {
        level: "warn",
        message: "turn ended",
        fields: { sessionId: "s", turnId: "turn-1", state: "failed", reason: "model_error", error: "stream disconnected before completion: upstream 502", retryable: true },
      },
    ]);
    await h.core.userMessage(session, message());
    await h.settle();
    h.engine.endTurn("thread-1", "turn-2");
    expect(endings(entries)[1]).toStrictEqual({ level: "info", message: "turn ended", fields: { sessionId: "s", turnId: "turn-2", state: "completed", reason: undefined } });
  });

  it("gives the engine's exit and the watchdog their message too", async () => {
    const { entries, log } = recorder();
    h = startCore({ log, turnIdleTimeoutMs: 1000 });
    const a = await h.open("a");
    await h.core.userMessage(a.session, message());
    await h.settle();
    h.engine.exit();
    const b = await h.open("b");
    await h.core.userMessage(b.session, message());
    await h.settle();
    await vi.advanceTimersByTimeAsync(1500);
    const failed = [...terminals(a.sink.frames), ...terminals(b.sink.frames)];
    expect(failed.map((f) => [f.reason, f.state])).toStrictEqual([
      ["engine_exited", "failed"],
      ["watchdog", "failed"],
    ]);
    expect(endings(entries).map((e) => [e.level, e.fields.reason, e.fields.error])).toStrictEqual(failed.map((f) => ["warn", f.reason, f.message]));
    for (const f of failed) expect(f.message).toMatch(/^the Codex engine /);
  });
});
