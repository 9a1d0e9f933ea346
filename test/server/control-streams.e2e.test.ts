// Control streams over real HTTP/2 (spec "Control streams"), against the fake engine: an approve or
// cancel on a stream bound to no session acts on the session it names without taking it over,
// answers on its own stream (heartbeat, or the coded error), and the stream ends. The session's
// stream keeps streaming and is never superseded by it.
import { afterEach, describe, expect, it } from "vitest";
import type { CommandPromptFrame, ErrorFrame, ServerFrame, StatusFrame, TerminateFrame } from "../../generated/types.js";
import { connect } from "../../src/client/index.js";
import { checkServerFrame } from "../../src/protocol/index.js";
import { RawStream } from "../support/raw-stream.js";
import { startFakeEngineServer, type FakeEngineServer } from "../support/server-harness.js";

const TOKEN = "control-token-0123456789abcdef";

let server: FakeEngineServer | undefined;
const streams: RawStream[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  await server?.close();
  server = undefined;
});

function open(headers: Record<string, string> = {}): RawStream {
  const stream = RawStream.open(server!.url, { headers });
  streams.push(stream);
  return stream;
}

/** A session with a running turn (thread-1, turn-1) on its own stream. */
async function sessionWithTurn(sessionId: string, headers: Record<string, string> = {}): Promise<RawStream> {
  const main = open(headers);
  main.send({ type: "user_message", sessionId, content: "hi" });
  await main.next((f) => f.type === "status" && f.state === "started");
  return main;
}

/** Sends one frame on a new stream; returns every frame it got, once the server ended it. */
async function control(frame: object, headers: Record<string, string> = {}): Promise<ServerFrame[]> {
  const stream = open(headers);
  stream.send(frame);
  await stream.closed(10_000);
  for (const f of stream.frames) expect(checkServerFrame(f)).toMatchObject({ ok: true });
  return stream.frames;
}

const ending = (frames: ServerFrame[]) => frames.at(-1) as TerminateFrame;

describe("a control stream", () => {
  it("approve: acknowledged with a heartbeat answering it, then ends; the session's stream goes on, not superseded", async () => {
    server = await startFakeEngineServer();
    const main = await sessionWithTurn("s1");
    const commandId = server.engine.approval("thread-1", "turn-1");
    await main.next((f) => f.type === "command_prompt" && f.commandId === commandId);
    const answer = await control({ type: "approve", id: "a-1", sessionId: "s1", commandId, decision: "allow" });
    expect(answer.map((f) => f.type)).toEqual(["heartbeat", "terminate"]);
    expect(answer[0]).toMatchObject({ type: "heartbeat", seq: 0, sessionId: "s1", inReplyTo: "a-1", timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
    expect(ending(answer)).toMatchObject({ reason: "client_closed", reconnect: false, seq: 0 });
    expect(ending(answer)).not.toHaveProperty("sessionId");
    expect(server.engine.approvals.get(commandId)!.answers).toEqual(["allow"]);
    // The session's stream still carries the turn to its end.
    server.engine.endTurn("thread-1", "turn-1");
    const status = await main.next<StatusFrame>((f) => f.type === "status" && f.state !== "started");
    expect(status).toMatchObject({ state: "completed", message: "Agent run completed." });
    expect(main.frames.some((f) => f.type === "terminate")).toBe(false);
    expect(main.frames.some((f) => f.type === "error")).toBe(false);
    expect(main.ended).toBe(false);
  });

  it("approve of an unknown commandId: command_not_found on the control stream only, then it ends", async () => {
    server = await startFakeEngineServer();
    const main = await sessionWithTurn("s2");
    const answer = await control({ type: "approve", id: 7, sessionId: "s2", commandId: "never-asked", decision: "allow" });
    expect(answer.map((f) => f.type)).toEqual(["error", "terminate"]);
    expect(answer[0]).toMatchObject({ code: "command_not_found", inReplyTo: 7, commandId: "never-asked", frameType: "approve", retryable: false, seq: 0 });
    expect((answer[0] as ErrorFrame).message).toContain("never-asked");
    // Not in the session's history: the main stream heard nothing of it.
    main.send({ type: "heartbeat", id: "probe" });
    await main.next((f) => f.type === "heartbeat" && f.inReplyTo === "probe");
    expect(main.frames.filter((f) => f.type === "error")).toEqual([]);
  });

  it("answer: answers a question of the session (acknowledged, then ends); a misfit is invalid_answer there, not in the session's history", async () => {
    server = await startFakeEngineServer();
    const main = await sessionWithTurn("s1");
    const promptId = server.engine.question("thread-1", "turn-1");
    await main.next((f) => f.type === "question_prompt" && f.promptId === promptId);
    const misfit = await control({ type: "answer", id: "q-0", sessionId: "s1", promptId, answers: { colour: ["Green"], name: ["x"] } });
    expect(misfit.map((f) => f.type)).toEqual(["error", "terminate"]);
    expect(misfit[0]).toMatchObject({ code: "invalid_answer", promptId, inReplyTo: "q-0", seq: 0 });
    const answer = await control({ type: "answer", id: "q-1", sessionId: "s1", promptId, answers: { colour: ["Red"], name: ["Ada"] } });
    expect(answer.map((f) => f.type)).toEqual(["heartbeat", "terminate"]);
    expect(answer[0]).toMatchObject({ sessionId: "s1", inReplyTo: "q-1" });
    expect(server.engine.questions.get(promptId)!.answers).toEqual([{ action: "accept", answers: { colour: ["Red"], name: ["Ada"] } }]);
    server.engine.endTurn("thread-1", "turn-1");
    await main.next((f) => f.type === "status" && f.state === "completed");
    expect(main.frames.filter((f) => f.type === "error" || f.type === "terminate")).toEqual([]);
  });

  it("names a session this server does not hold: no_session, and no session is created", async () => {
    server = await startFakeEngineServer();
    for (const frame of [
      { type: "approve", sessionId: "ghost", commandId: "c", decision: "allow" },
      { type: "cancel", sessionId: "ghost" },
    ]) {
      const answer = await control(frame);
      expect(answer.map((f) => f.type)).toEqual(["error", "terminate"]);
      expect(answer[0]).toMatchObject({ code: "no_session", message: expect.stringContaining("ghost") });
    }
    expect(server.api.core.hasSession("ghost")).toBe(false);
  });

  it("cancel: acknowledged; the session's stream sees its turn interrupted and is not superseded", async () => {
    server = await startFakeEngineServer();
    const main = await sessionWithTurn("s3");
    const answer = await control({ type: "cancel", id: "c-1", sessionId: "s3" });
    expect(answer.map((f) => f.type)).toEqual(["heartbeat", "terminate"]);
    expect(answer[0]).toMatchObject({ sessionId: "s3", inReplyTo: "c-1" });
    const status = await main.next<StatusFrame>((f) => f.type === "status" && f.state !== "started");
    expect(status).toMatchObject({ state: "interrupted", reason: "cancelled", message: "Agent run cancelled by client." });
    // The session is still the main stream's: a new turn there works.
    main.send({ type: "user_message", sessionId: "s3", content: "again" });
    await main.next((f) => f.type === "status" && f.state === "started" && f.turnId !== status.turnId);
    expect(main.frames.some((f) => f.type === "terminate")).toBe(false);
  });

  it("uses the codex-session-id header when the frame names no session, and refuses a frame naming another", async () => {
    server = await startFakeEngineServer();
    const main = await sessionWithTurn("routed", { "codex-session-id": "routed" });
    const commandId = server.engine.approval("thread-1", "turn-1");
    await main.next((f) => f.type === "command_prompt");
    const mismatch = await control({ type: "approve", sessionId: "other", commandId, decision: "allow" }, { "codex-session-id": "routed" });
    expect(mismatch.map((f) => f.type)).toEqual(["error", "terminate"]);
    expect(mismatch[0]).toMatchObject({ code: "session_mismatch" });
    const answer = await control({ type: "approve", commandId, decision: "deny" }, { "codex-session-id": "routed" });
    expect(answer[0]).toMatchObject({ type: "heartbeat", sessionId: "routed" });
    expect(server.engine.approvals.get(commandId)!.answers).toEqual(["deny"]);
  });

  it("ignores what follows its one frame; only user_message and open_session take a session over", async () => {
    server = await startFakeEngineServer();
    const main = await sessionWithTurn("s4");
    const stream = open();
    stream.send({ type: "cancel", sessionId: "ghost-4" });
    stream.send({ type: "user_message", sessionId: "s4", content: "hijack?" });
    await stream.closed(10_000);
    expect(stream.frames.map((f) => f.type)).toEqual(["error", "terminate"]);
    expect(main.frames.some((f) => f.type === "terminate")).toBe(false);
    // A user_message as the first frame still takes the session over, as before.
    const takeover = open();
    takeover.send({ type: "open_session", sessionId: "s4" });
    await takeover.next((f) => f.type === "session");
    expect(await main.next<TerminateFrame>((f) => f.type === "terminate")).toMatchObject({ reason: "superseded" });
  });

  it("an approve naming no session at all is refused no_session and the stream stays open and unbound, as before", async () => {
    server = await startFakeEngineServer();
    const stream = open();
    stream.send({ type: "approve", id: "x", commandId: "c", decision: "allow" });
    expect(await stream.next<ErrorFrame>((f) => f.type === "error")).toMatchObject({ code: "no_session", inReplyTo: "x" });
    stream.send({ type: "open_session", sessionId: "later" });
    expect(await stream.next((f) => f.type === "session")).toMatchObject({ sessionId: "later" });
  });

  it("needs the token like any other stream: without it 401, and nothing is answered", async () => {
    server = await startFakeEngineServer([], { env: { CODEX_API_TOKEN: TOKEN } });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const main = await sessionWithTurn("s5", auth);
    const commandId = server.engine.approval("thread-1", "turn-1");
    await main.next<CommandPromptFrame>((f) => f.type === "command_prompt");
    const refused = open();
    refused.send({ type: "approve", sessionId: "s5", commandId, decision: "allow" });
    await refused.closed(10_000);
    expect(refused.status).toBe(401);
    expect(server.engine.approvals.get(commandId)!.answers).toEqual([]);
    const answer = await control({ type: "approve", sessionId: "s5", commandId, decision: "allow" }, auth);
    expect(answer[0]).toMatchObject({ type: "heartbeat", sessionId: "s5" });
    expect(server.engine.approvals.get(commandId)!.answers).toEqual(["allow"]);
  });
});

describe("the client library's control streams", () => {
  it("approve(), answer() and cancel() act on a session another connection holds, and report the server's refusals as CodexApiError", async () => {
    server = await startFakeEngineServer();
    const holder = await connect(server.url);
    const other = await connect(server.url);
    try {
      const session = await holder.openSession({ sessionId: "lib-1" });
      await session.send({ type: "user_message", content: "hi" });
      const commandId = await (async () => {
        for await (const frame of session) if (frame.type === "status" && frame.state === "started") return server!.engine.approval("thread-1", "turn-1");
        throw new Error("no turn");
      })();
      const promptId = server.engine.question("thread-1", "turn-1");
      await expect(other.answer("lib-1", promptId, { answers: { colour: ["Green"], name: ["x"] } })).rejects.toMatchObject({ code: "invalid_answer" });
      expect(await other.answer("lib-1", promptId, { action: "decline" }, { id: "lib-q" })).toMatchObject({ type: "heartbeat", inReplyTo: "lib-q" });
      expect(server.engine.questions.get(promptId)!.answers).toEqual([{ action: "decline" }]);
      const ack = await other.approve("lib-1", commandId, "allow", { id: "lib-a" });
      expect(ack).toMatchObject({ type: "heartbeat", sessionId: "lib-1", inReplyTo: "lib-a" });
      expect(server.engine.approvals.get(commandId)!.answers).toEqual(["allow"]);
      await expect(other.approve("lib-1", commandId, "deny")).rejects.toMatchObject({ name: "CodexApiError", code: "command_already_resolved" });
      await expect(other.cancel("nobody")).rejects.toMatchObject({ code: "no_session", retryable: false });
      await other.cancel("lib-1");
      // The holder's stream sees the turn end, and it is still the session's stream.
      for await (const frame of session) {
        if (frame.type === "terminate") throw new Error(`the holder's stream ended: ${frame.reason}`);
        if (frame.type === "status" && frame.state !== "started") {
          expect(frame).toMatchObject({ state: "interrupted", message: "Agent run cancelled by client." });
          break;
        }
      }
      await session.close();
    } finally {
      await other.close();
      await holder.close();
    }
  });
});
