// Review, compaction, fork and rollback through the real core against the fake engine, with
// fake timers: the rules of history-controller.ts and the review/compact starts of
// turn-controller.ts, one behaviour per test.
import { describe, expect, it, vi } from "vitest";
import type { ErrorFrame, ServerFrame, StatusFrame } from "../../generated/types.js";
import { startCore, terminals, useCoreClock, type CoreHarness } from "../support/core-harness.js";

let h: CoreHarness;
useCoreClock(() => h);

const errors = (frames: readonly ServerFrame[]) => frames.filter((f): f is ErrorFrame => f.type === "error");

/** A session that ran `n` completed turns (turn-1 … turn-n on thread-1). */
async function sessionWithTurns(n: number, id = "s") {
  const opened = await h.open(id);
  for (let i = 0; i < n; i++) {
    await h.core.userMessage(opened.session, { type: "user_message", content: `turn ${i + 1}` });
    await h.settle();
    const turn = opened.session.turn;
    if (turn.state !== "running") throw new Error(`turn ${i + 1} did not start`);
    h.engine.endTurn("thread-1", turn.turnId);
  }
  return opened;
}

describe("review", () => {
  it("is a turn: status started answering the frame, the engine's review of the target, one terminal status", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.review(session, { type: "review", id: "r-1", target: { type: "base_branch", branch: "main" } });
    await h.settle();
    expect(h.engine.reviews).toEqual([{ threadId: "thread-1", target: { type: "base_branch", branch: "main" } }]);
    expect(sink.frames[0]).toMatchObject({ type: "status", state: "started", turnId: "turn-1", inReplyTo: "r-1" });
    h.engine.endTurn("thread-1", "turn-1", { status: "completed", finalMessage: "No findings." });
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "completed", finalMessage: "No findings." })]);
    expect(session.turnIds).toEqual(["turn-1"]);
  });

  it("items the engine sends before the review's turn has started (its enteredReviewMode) follow status started", async () => {
    h = startCore();
    h.engine.mode = "manual";
    const { session, sink } = await h.open("s");
    await h.core.review(session, { type: "review", target: { type: "uncommitted_changes" } });
    await h.settle();
    h.engine.pendingThreads.shift()!.resolve({ threadId: "" });
    await h.settle();
    const entered = { type: "other" as const, id: "rv-1", engineType: "enteredReviewMode", summary: "current changes" };
    h.engine.item("thread-1", "turn-1", "started", entered);
    h.engine.item("thread-1", "turn-1", "completed", entered);
    h.engine.item("thread-1", "turn-9", "completed", { ...entered, id: "other-turn" });
    h.engine.pendingTurns.shift()!.resolve({ turnId: "" });
    await h.settle();
    expect(sink.frames.map((f) => [f.type, "event" in f ? f.event : "state" in f ? f.state : ""])).toEqual([
      ["status", "started"],
      ["item", "started"],
      ["item", "completed"],
    ]);
  });

  it("a review whose end comes before its start answer (the engine could not begin it) ends at once when it starts", async () => {
    h = startCore();
    h.engine.mode = "manual";
    const { session, sink } = await h.open("s");
    await h.core.review(session, { type: "review", target: { type: "uncommitted_changes" } });
    await h.settle();
    h.engine.pendingThreads.shift()!.resolve({ threadId: "" });
    await h.settle();
    h.engine.endTurn("thread-1", "turn-1", { status: "failed", reason: "engine_error", message: "not a git repository", retryable: false });
    h.engine.pendingTurns.shift()!.resolve({ turnId: "" });
    await h.settle();
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ turnId: "turn-1", state: "failed", message: "not a git repository" })]);
    expect(session.turn.state).toBe("idle");
  });

  it("while a turn runs is refused turn_in_progress; a cancel stops a review like any turn", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    await h.core.review(session, { type: "review", target: { type: "uncommitted_changes" } });
    await h.settle();
    await h.core.review(session, { type: "review", id: "r-2", target: { type: "uncommitted_changes" } });
    expect(errors(sink.frames)).toEqual([expect.objectContaining({ code: "turn_in_progress", inReplyTo: "r-2", frameType: "review" })]);
    expect(h.core.cancel(session, { type: "cancel" })).toBe(true);
    await h.settle();
    expect(h.engine.interrupts).toEqual([{ threadId: "thread-1", turnId: "turn-1" }]);
    expect(terminals(sink.frames)).toEqual([expect.objectContaining({ state: "interrupted", reason: "cancelled" })]);
  });

  it("an engine refusal is engine_error and leaves the session idle", async () => {
    h = startCore();
    const { session, sink } = await h.open("s");
    h.engine.refuse.add("review");
    await h.core.review(session, { type: "review", id: "r-1", target: { type: "commit", sha: "abc1234" } });
    await h.settle();
    expect(errors(sink.frames)).toEqual([expect.objectContaining({ code: "engine_error", inReplyTo: "r-1" })]);
    expect(session.turn.state).toBe("idle");
  });
});

describe("compact", () => {
  it("runs as the turn the engine announces: started (answering the frame), then one terminal status", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(1);
    await h.core.compact(session, { type: "compact", id: "k-1" });
    await h.settle();
    expect(h.engine.compactions).toEqual(["thread-1"]);
    const start = sink.frames.find((f): f is StatusFrame => f.type === "status" && f.state === "started" && f.inReplyTo === "k-1");
    expect(start).toBeDefined();
    h.engine.endTurn("thread-1", start!.turnId);
    expect(terminals(sink.frames).at(-1)).toMatchObject({ turnId: start!.turnId, state: "completed" });
    expect(session.turnIds).toEqual(["turn-1", start!.turnId]);
  });

  it("fails with engine_error when the engine accepts it but starts no turn within the watchdog's time", async () => {
    h = startCore({ turnIdleTimeoutMs: 10_000 });
    const { session, sink } = await sessionWithTurns(1);
    h.engine.compactionStartsTurn = false;
    await h.core.compact(session, { type: "compact", id: "k-1" });
    await h.settle();
    expect(session.turn.state).toBe("starting");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(errors(sink.frames)).toEqual([expect.objectContaining({ code: "engine_error", inReplyTo: "k-1" })]);
    expect(session.turn.state).toBe("idle");
  });
});

describe("fork_session", () => {
  it("creates a session on the engine's forked thread holding the turns through atTurnId, and answers session_forked", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(3);
    await h.core.forkSession(session, { type: "fork_session", id: "f-1", atTurnId: "turn-2", newSessionId: "s-fork" });
    await h.settle();
    expect(h.engine.forks).toEqual([expect.objectContaining({ threadId: "thread-1", lastTurnId: "turn-2" })]);
    expect(sink.frames.at(-1)).toMatchObject({ type: "session_forked", inReplyTo: "f-1", newSessionId: "s-fork", atTurnId: "turn-2", turnIds: ["turn-1", "turn-2"] });
    expect(h.core.hasSession("s-fork")).toBe(true);
    // The fork is a real session: it can be opened, and its turns run on the forked thread.
    const fork = await h.open("s-fork");
    expect(fork.sink.ack).toMatchObject({ resumed: true });
    await h.core.userMessage(fork.session, { type: "user_message", content: "in the fork" });
    await h.settle();
    expect(h.engine.turnStarts.at(-1)).toMatchObject({ threadId: h.engine.forks[0]!.forkId });
    expect(session.turnIds).toEqual(["turn-1", "turn-2", "turn-3"]);
  });

  it("without atTurnId forks through the last turn, with a server-assigned id", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(2);
    await h.core.forkSession(session, { type: "fork_session" });
    await h.settle();
    const forked = sink.frames.at(-1);
    expect(forked).toMatchObject({ type: "session_forked", atTurnId: "turn-2", turnIds: ["turn-1", "turn-2"] });
    expect(h.core.hasSession((forked as { newSessionId: string }).newSessionId)).toBe(true);
  });

  it("is refused: turn_not_found for an unknown turn or a session without turns, session_exists for a taken id, turn_in_progress while a turn runs", async () => {
    h = startCore();
    const empty = await h.open("empty");
    await h.core.forkSession(empty.session, { type: "fork_session", id: "f-0" });
    const { session, sink } = await sessionWithTurns(1);
    await h.core.forkSession(session, { type: "fork_session", id: "f-1", atTurnId: "nope" });
    await h.core.forkSession(session, { type: "fork_session", id: "f-2", newSessionId: "empty" });
    await h.core.userMessage(session, { type: "user_message", content: "busy" });
    await h.core.forkSession(session, { type: "fork_session", id: "f-3" });
    await h.settle();
    expect(errors(empty.sink.frames)).toEqual([expect.objectContaining({ code: "turn_not_found", inReplyTo: "f-0" })]);
    expect(errors(sink.frames).map((e) => [e.code, e.inReplyTo])).toEqual([
      ["turn_not_found", "f-1"],
      ["session_exists", "f-2"],
      ["turn_in_progress", "f-3"],
    ]);
    expect(h.engine.forks).toEqual([]);
  });

  it("counts against the session limit and the caller's new-session allowance", async () => {
    h = startCore({ maxSessions: 1 });
    const { session, sink } = await sessionWithTurns(1);
    await h.core.forkSession(session, { type: "fork_session", id: "f-1" });
    expect(errors(sink.frames).at(-1)).toMatchObject({ code: "overloaded", inReplyTo: "f-1", retryAfterMs: expect.any(Number) });
    h.close();
    h = startCore();
    const other = await sessionWithTurns(1, "t");
    await h.core.forkSession(other.session, { type: "fork_session", id: "f-2" }, () => 250);
    expect(errors(other.sink.frames).at(-1)).toMatchObject({ code: "rate_limited", inReplyTo: "f-2", retryAfterMs: 250 });
    expect(h.engine.forks).toEqual([]);
  });

  it("keeps turns out while the engine forks, and an engine refusal is engine_error", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(1);
    h.engine.mode = "manual";
    await h.core.forkSession(session, { type: "fork_session", id: "f-1" });
    await h.settle();
    await h.core.userMessage(session, { type: "user_message", id: "m-1", content: "too early" });
    expect(errors(sink.frames).at(-1)).toMatchObject({ code: "turn_in_progress", inReplyTo: "m-1" });
    expect(h.core.cancel(session, { type: "cancel" })).toBe(false);
    h.engine.pendingHistory.shift()!.fail("rpc_error", "thread is busy");
    await h.settle();
    expect(errors(sink.frames).at(-1)).toMatchObject({ code: "engine_error", inReplyTo: "f-1", message: expect.stringContaining("thread is busy") });
    expect(session.turn.state).toBe("idle");
  });
});

describe("rollback", () => {
  it("by turn id: the engine reverts before it, rolled_back lists the removed turns, and later forks/rollbacks see the shorter conversation", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(3);
    await h.core.rollback(session, { type: "rollback", id: "b-1", beforeTurnId: "turn-2" });
    await h.settle();
    expect(h.engine.reverts).toEqual([{ threadId: "thread-1", beforeTurnId: "turn-2" }]);
    expect(sink.frames.at(-1)).toMatchObject({ type: "rolled_back", inReplyTo: "b-1", beforeTurnId: "turn-2", removedTurnIds: ["turn-2", "turn-3"] });
    expect(session.turnIds).toEqual(["turn-1"]);
    await h.core.rollback(session, { type: "rollback", id: "b-2", beforeTurnId: "turn-3" });
    expect(errors(sink.frames).at(-1)).toMatchObject({ code: "turn_not_found", inReplyTo: "b-2", turnId: "turn-3" });
  });

  it("by count: the last n turns; more than the session has is turn_not_found", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(2);
    await h.core.rollback(session, { type: "rollback", id: "b-1", turns: 3 });
    expect(errors(sink.frames).at(-1)).toMatchObject({ code: "turn_not_found", inReplyTo: "b-1" });
    await h.core.rollback(session, { type: "rollback", id: "b-2", turns: 1 });
    await h.settle();
    expect(sink.frames.at(-1)).toMatchObject({ type: "rolled_back", removedTurnIds: ["turn-2"] });
  });

  it("needs exactly one of beforeTurnId and turns (invalid_frame), and no running turn", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(1);
    await h.core.rollback(session, { type: "rollback", id: "b-1" });
    await h.core.rollback(session, { type: "rollback", id: "b-2", turns: 1, beforeTurnId: "turn-1" });
    await h.core.userMessage(session, { type: "user_message", content: "busy" });
    await h.core.rollback(session, { type: "rollback", id: "b-3", turns: 1 });
    expect(errors(sink.frames).map((e) => [e.code, e.inReplyTo])).toEqual([
      ["invalid_frame", "b-1"],
      ["invalid_frame", "b-2"],
      ["turn_in_progress", "b-3"],
    ]);
    expect(h.engine.reverts).toEqual([]);
  });

  it("an engine that exits while reverting: engine_unavailable, the turns are kept", async () => {
    h = startCore();
    const { session, sink } = await sessionWithTurns(2);
    h.engine.mode = "manual";
    await h.core.rollback(session, { type: "rollback", id: "b-1", turns: 1 });
    await h.settle();
    h.engine.exit();
    await h.settle();
    expect(errors(sink.frames).at(-1)).toMatchObject({ code: "engine_unavailable", inReplyTo: "b-1", retryable: true });
    expect(session.turnIds).toEqual(["turn-1", "turn-2"]);
    expect(session.turn.state).toBe("idle");
  });
});
