// Review, compaction, fork and rollback end to end: real HTTP/2, the real codex engine, the
// scripted model. What the engine does for each is in docs/engine-notes.md §9; these tests check
// what a client sees and what the model is sent.
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorFrame, ItemFrame, RolledBackFrame, ServerFrame, SessionForkedFrame, StatusFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

// In this engine version a review's final message is JSON (the engine renders it as text).
const REVIEW = {
  findings: [
    {
      title: "[P1] Greeting overwritten",
      body: "README.md loses its heading line.",
      confidence_score: 0.8,
      priority: 1,
      code_location: { absolute_file_path: "/README.md", line_range: { start: 1, end: 1 } },
    },
  ],
  overall_correctness: "patch is incorrect",
  overall_explanation: "The change drops the heading.",
  overall_confidence_score: 0.8,
};

const SCRIPT: Script = {
  turns: [
    { match: "^Review the current code changes", responses: [[{ type: "text", text: JSON.stringify(REVIEW) }]] },
    { match: "^slow review", responses: [[{ type: "text", text: "looking… ".repeat(300), chunkChars: 4, delayMs: 40 }]] },
    { match: "CONTEXT CHECKPOINT COMPACTION", responses: [[{ type: "text", text: "SUMMARY-OF-GAMMA: the user said gamma one." }]] },
    { match: "^(alpha|beta|gamma|in the fork|after)", responses: [[{ type: "text", text: "noted" }]] },
  ],
};

describe("review, compaction, fork and rollback through the engine", () => {
  let server: TestServer;
  const streams: RawStream[] = [];

  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "never"]);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: server.workspace, stdio: "ignore" });
    git("init", "-q");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "empty");
    git("add", "README.md");
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "readme");
    appendFileSync(`${server.workspace}/README.md`, "an uncommitted line\n");
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await server?.close();
  });

  function open(sessionId: string): RawStream {
    const stream = RawStream.open(server.url);
    streams.push(stream);
    stream.send({ type: "open_session", sessionId });
    return stream;
  }

  /** Sends a frame that starts a turn; resolves with its frames once it ended. */
  async function runTurn(stream: RawStream, frame: Record<string, unknown>): Promise<{ started: StatusFrame; status: StatusFrame; frames: ServerFrame[] }> {
    const from = stream.frames.length;
    stream.send(frame);
    const started = await stream.next<StatusFrame>((f) => f.type === "status" && f.state === "started" && f.inReplyTo === frame.id, 30_000, from);
    const status = await stream.next<StatusFrame>((f) => isTerminal(f) && (f as StatusFrame).turnId === started.turnId, 60_000, from);
    return { started, status, frames: stream.frames.slice(from) };
  }

  const say = (stream: RawStream, sessionId: string, content: string) => runTurn(stream, { type: "user_message", id: content, sessionId, content });

  /** The model request that answered the user message `text`. */
  function requestFor(text: string): string {
    const found = server.api.scriptedModel!.requests.findLast((r) => r.userText === text);
    expect(found, `a model request for ${JSON.stringify(text)}`).toBeDefined();
    return JSON.stringify(found!.body);
  }

  const others = (frames: ServerFrame[]) =>
    frames.flatMap((f) => (f.type === "item" && f.event === "completed" && f.item.type === "other" ? [f.item] : []));

  it("review of uncommitted changes: a turn with the review items, the review as the final message", async () => {
    const stream = open("review-1");
    const { started, status, frames } = await runTurn(stream, { type: "review", id: "r-1", sessionId: "review-1", target: { type: "uncommitted_changes" } });
    expect(status).toMatchObject({ state: "completed", finalMessage: expect.stringContaining("[P1] Greeting overwritten") });
    expect(status.finalMessage).toContain("The change drops the heading.");
    expect(others(frames).map((i) => i.engineType)).toEqual(["enteredReviewMode", "exitedReviewMode"]);
    expect(others(frames)[0]).toMatchObject({ summary: "current changes" });
    expect(others(frames)[1]!.summary).toContain("[P1] Greeting overwritten");
    // Every item of the review is of the turn the client was told of (the engine's inner turn id is mapped).
    expect(frames.filter((f): f is ItemFrame => f.type === "item").every((f) => f.turnId === started.turnId)).toBe(true);
    const request = server.api.scriptedModel!.requests.findLast((r) => r.userText?.startsWith("Review the current code changes"));
    expect(JSON.stringify(request!.body)).toContain("# Review guidelines");
    // The review stays in the conversation: the next turn's request carries it.
    await say(stream, "review-1", "after the review");
    expect(requestFor("after the review")).toContain("[P1] Greeting overwritten");
    // A rollback may remove it (the engine knows a review by another id there: docs/engine-notes.md §9).
    stream.send({ type: "rollback", id: "r-back", sessionId: "review-1", beforeTurnId: started.turnId });
    const rolled = await stream.next<RolledBackFrame>((f) => (f.type === "rolled_back" || f.type === "error") && f.inReplyTo === "r-back");
    expect(rolled).toMatchObject({ type: "rolled_back", removedTurnIds: [started.turnId, expect.any(String)] });
    await say(stream, "review-1", "after the rollback");
    expect(requestFor("after the rollback")).not.toContain("[P1] Greeting overwritten");
  });

  it("a review can be cancelled: it ends interrupted, once", async () => {
    const stream = open("review-2");
    const from = stream.frames.length;
    stream.send({ type: "review", id: "r-2", sessionId: "review-2", target: { type: "custom", instructions: "slow review of everything" } });
    const started = await stream.next<StatusFrame>((f) => f.type === "status" && f.state === "started", 30_000, from);
    // The engine streams no deltas of the reviewer's message (docs/engine-notes.md §9): its start is the sign of life.
    await stream.next((f) => f.type === "item" && f.event === "started" && f.item.type === "agent_message", 30_000, from);
    stream.send({ type: "cancel", sessionId: "review-2" });
    const status = await stream.next<StatusFrame>(isTerminal, 15_000, from);
    expect(status).toMatchObject({ turnId: started.turnId, state: "interrupted", reason: "cancelled" });
    // The session takes a new turn afterwards (the engine's review turn is really gone).
    const next = await say(stream, "review-2", "after the cancelled review");
    expect(next.status.state).toBe("completed");
  });

  it("fork at a turn: a new session whose first turn sees the earlier turns up to that one, and no later one", async () => {
    const stream = open("alpha");
    const one = await say(stream, "alpha", "alpha one");
    const two = await say(stream, "alpha", "alpha two");
    await say(stream, "alpha", "alpha three");
    stream.send({ type: "fork_session", id: "f-1", sessionId: "alpha", atTurnId: two.started.turnId, newSessionId: "alpha-fork" });
    const forked = await stream.next<SessionForkedFrame>((f) => f.type === "session_forked" || f.type === "error");
    expect(forked).toMatchObject({ type: "session_forked", inReplyTo: "f-1", newSessionId: "alpha-fork", atTurnId: two.started.turnId, turnIds: [one.started.turnId, two.started.turnId] });

    const fork = open("alpha-fork");
    const ack = await fork.next((f) => f.type === "session");
    expect(ack).toMatchObject({ sessionId: "alpha-fork", resumed: true });
    await say(fork, "alpha-fork", "in the fork");
    const request = requestFor("in the fork");
    expect(request).toContain("alpha one");
    expect(request).toContain("alpha two");
    expect(request).not.toContain("alpha three");
    // The original goes on unchanged.
    await say(stream, "alpha", "after the fork");
    expect(requestFor("after the fork")).toContain("alpha three");
    expect(requestFor("after the fork")).not.toContain("in the fork");
  });

  it("rollback: the next model request no longer carries the removed turns; unknown turns are refused", async () => {
    const stream = open("beta");
    const one = await say(stream, "beta", "beta one");
    const two = await say(stream, "beta", "beta two");
    stream.send({ type: "rollback", id: "b-0", sessionId: "beta", beforeTurnId: "no-such-turn" });
    const refused = await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === "b-0");
    expect(refused).toMatchObject({ code: "turn_not_found", retryable: false });
    expect(refused.message).toContain(two.started.turnId);

    stream.send({ type: "rollback", id: "b-1", sessionId: "beta", turns: 1 });
    const rolled = await stream.next<RolledBackFrame>((f) => (f.type === "rolled_back" || f.type === "error") && f.inReplyTo === "b-1");
    expect(rolled).toMatchObject({ type: "rolled_back", beforeTurnId: two.started.turnId, removedTurnIds: [two.started.turnId] });
    await say(stream, "beta", "after rollback");
    const request = requestFor("after rollback");
    expect(request).toContain("beta one");
    expect(request).not.toContain("beta two");
    expect(one.status.state).toBe("completed");
  });

  it("compact: a turn with a contextCompaction item; later turns see the summary", async () => {
    const stream = open("gamma");
    await say(stream, "gamma", "gamma one");
    const { status, frames } = await runTurn(stream, { type: "compact", id: "k-1", sessionId: "gamma" });
    expect(status.state).toBe("completed");
    expect(others(frames).map((i) => i.engineType)).toContain("contextCompaction");
    await say(stream, "gamma", "after compaction");
    expect(requestFor("after compaction")).toContain("SUMMARY-OF-GAMMA");
    // The compaction turn is a turn of the conversation: a rollback may name it.
    stream.send({ type: "rollback", id: "k-2", sessionId: "gamma", beforeTurnId: status.turnId });
    const rolled = await stream.next<RolledBackFrame>((f) => (f.type === "rolled_back" || f.type === "error") && f.inReplyTo === "k-2");
    expect(rolled).toMatchObject({ type: "rolled_back", removedTurnIds: [status.turnId, expect.any(String)] });
  });
});

describe("a review where the engine cannot review (no git repository)", () => {
  let server: TestServer;
  let stream: RawStream | undefined;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "never"]);
  });
  afterAll(async () => {
    stream?.close();
    await server?.close();
  });

  it("fails the turn with engine_error and the engine's words (the engine sends no turn end of its own); the session goes on", async () => {
    stream = RawStream.open(server.url);
    stream.send({ type: "review", id: "r-1", sessionId: "no-git", target: { type: "base_branch", branch: "main" } });
    const status = await stream.next<StatusFrame>(isTerminal, 30_000);
    expect(status).toMatchObject({ state: "failed", reason: "engine_error", retryable: false, message: expect.stringContaining("is not a git repository") });
    stream.send({ type: "user_message", id: "m-1", sessionId: "no-git", content: "after the failed review" });
    const next = await stream.next<StatusFrame>((f) => isTerminal(f) && (f as StatusFrame).turnId !== status.turnId, 30_000);
    expect(next.state).toBe("completed");
  });
});

