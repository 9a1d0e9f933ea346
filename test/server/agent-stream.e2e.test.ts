// The agent stream end to end: real HTTP/2 on port 0, the real codex engine, the scripted model.
// Every scenario runs once per framing.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandPromptFrame, ErrorFrame, ItemFrame, ServerFrame, SessionFrame, StatusFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream, type FramingName } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const patch = (file: string, text: string) => `*** Begin Patch\n*** Add File: ${file}\n+${text}\n*** End Patch\n`;

const SCRIPT: Script = {
  turns: [
    {
      match: "^full turn",
      responses: [
        [
          { type: "text", text: "I will run a command and then write a file.", chunkChars: 5, delayMs: 5 },
          { type: "exec", command: "echo hello-from-command", escalate: true, justification: "say hello" },
        ],
        [{ type: "patch", patch: patch("full.txt", "written after approval") }],
        [{ type: "text", text: "All done." }],
      ],
    },
    {
      match: "^deny continue",
      responses: [[{ type: "exec", command: "echo should-not-run > denied.txt", escalate: true, justification: "try" }], [{ type: "text", text: "Understood, I will not run it." }]],
    },
    { match: "^deny stop", responses: [[{ type: "patch", patch: patch("stopped.txt", "must not exist") }], [{ type: "text", text: "unreachable" }]] },
    {
      match: "^session allow",
      responses: [
        [{ type: "exec", command: "echo again >> again.txt", escalate: true, justification: "first" }],
        [{ type: "exec", command: "echo again >> again.txt", escalate: true, justification: "second" }],
        [{ type: "text", text: "Ran it twice." }],
      ],
    },
    { match: "^stream forever", responses: [[{ type: "text", text: "tick ".repeat(400), chunkChars: 5, delayMs: 40 }]] },
    { match: "^pending prompt", responses: [[{ type: "exec", command: "echo never", escalate: true, justification: "wait for me" }]] },
    {
      match: "^long sleep",
      responses: [[{ type: "exec", command: "sh -c 'echo $$ > sleep.pid; exec sleep 30'", escalate: true, justification: "sleep", yieldTimeMs: 500 }], [{ type: "text", text: "still sleeping" }]],
    },
    { match: "^remember", responses: [[{ type: "text", text: "I will remember it." }]] },
    { match: "^recall", responses: [[{ type: "text", text: "You told me earlier." }]] },
  ],
};

describe.each<FramingName>(["ndjson", "length-prefixed"])("agent stream over %s", (framing) => {
  let server: TestServer;
  const streams: RawStream[] = [];
  let n = 0;

  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted"]);
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await server?.close();
  });

  function open(sessionId = `${framing}-${++n}`, session?: RawStream["session"]): { stream: RawStream; sessionId: string } {
    const stream = RawStream.open(server.url, { framing, session });
    streams.push(stream);
    return { stream, sessionId };
  }

  async function turn(stream: RawStream, sessionId: string, content: string, onPrompt?: (p: CommandPromptFrame) => string | undefined) {
    const start = stream.frames.length;
    stream.send({ type: "user_message", id: `m-${content.slice(0, 8)}`, sessionId, content });
    const answered = new Set<string>();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const frame = await stream.next((f) => (isTerminal(f) || f.type === "command_prompt") && !answered.has(key(f)), deadline - Date.now(), start);
      if (isTerminal(frame)) return { status: frame as StatusFrame, frames: stream.frames.slice(start) };
      const prompt = frame as CommandPromptFrame;
      answered.add(key(prompt));
      const decision = onPrompt?.(prompt);
      if (decision !== undefined) stream.send({ type: "approve", sessionId, commandId: prompt.commandId, decision });
    }
  }

  it("streams a full turn: text deltas before the end, a command after approval with its output, a file change on disk", async () => {
    const { stream, sessionId } = open();
    const { status, frames } = await turn(stream, sessionId, "full turn please", () => "allow");
    expect(status.state).toBe("completed");
    expect(frames[0]).toMatchObject({ type: "session", sessionId, resumed: false, seq: 0 });
    const history = frames.filter((f) => f.type !== "session" && f.type !== "heartbeat");
    expect(history.map((f) => f.seq)).toEqual(history.map((_, i) => i + 1));
    const deltas = history.filter((f): f is ItemFrame => f.type === "item" && f.event === "delta" && f.itemType === "agent_message");
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.every((d) => d.seq < status.seq)).toBe(true);
    const prompts = history.filter((f): f is CommandPromptFrame => f.type === "command_prompt");
    expect(prompts.map((p) => p.kind)).toEqual(["command", "file_change"]);
    expect(prompts[0]).toMatchObject({ command: ["/bin/bash", "-c", "echo hello-from-command"], explanation: "say hello" });
    expect(prompts[1]!.changes).toEqual([expect.objectContaining({ kind: "add", diff: expect.stringContaining("written after approval") })]);
    const command = completedItem(history, "command_execution");
    expect(command).toMatchObject({ status: "completed", exitCode: 0, output: expect.stringContaining("hello-from-command") });
    expect(readFileSync(join(server.workspace, "full.txt"), "utf8")).toContain("written after approval");
    expect(status).toMatchObject({ finalMessage: "All done.", usage: { totalTokens: expect.any(Number) }, durationMs: expect.any(Number) });
  });

  it("deny: the command does not run, the agent is told, and the turn completes", async () => {
    const { stream, sessionId } = open();
    const { status, frames } = await turn(stream, sessionId, "deny continue", () => "deny");
    expect(status.state).toBe("completed");
    expect(completedItem(frames, "command_execution")).toMatchObject({ status: "declined" });
    expect(existsSync(join(server.workspace, "denied.txt"))).toBe(false);
    const followUp = server.api.scriptedModel!.requests.find((r) => JSON.stringify(r.body).includes("rejected by user"));
    expect(followUp, "the model's next request carries the refusal").toBeDefined();
  });

  it("deny_and_stop: the turn ends interrupted and the file is not written", async () => {
    const { stream, sessionId } = open();
    const { status } = await turn(stream, sessionId, "deny stop", () => "deny_and_stop");
    expect(status).toMatchObject({ state: "interrupted", reason: "denied" });
    expect(existsSync(join(server.workspace, "stopped.txt"))).toBe(false);
  });

  it("allow_for_session: the same command is not prompted again", async () => {
    const { stream, sessionId } = open();
    const { status, frames } = await turn(stream, sessionId, "session allow", () => "allow_for_session");
    expect(status.state).toBe("completed");
    expect(frames.filter((f) => f.type === "command_prompt")).toHaveLength(1);
    expect(readFileSync(join(server.workspace, "again.txt"), "utf8")).toBe("again\nagain\n");
  });

  it("cancel while text streams: one terminal status (interrupted), and the streaming message is completed", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "user_message", sessionId, content: "stream forever" });
    await stream.next((f) => f.type === "item" && f.event === "delta");
    stream.send({ type: "cancel", sessionId });
    const status = await stream.next<StatusFrame>(isTerminal, 10_000);
    expect(status).toMatchObject({ state: "interrupted", reason: "cancelled" });
    const message = stream.frames.find((f) => f.type === "item" && f.event === "started" && f.item.type === "agent_message") as ItemFrame;
    const id = "item" in message ? message.item.id : "";
    const completed = stream.frames.find((f) => f.type === "item" && f.event === "completed" && f.item.id === id);
    expect(completed, "the open message is closed").toBeDefined();
    expect(completed!.seq).toBeLessThan(status.seq);
    await expectNoSecondTerminal(stream, status);
  });

  it("cancel while an approval is pending: interrupted, and the prompt is resolved", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "user_message", sessionId, content: "pending prompt" });
    const prompt = await stream.next<CommandPromptFrame>((f) => f.type === "command_prompt");
    stream.send({ type: "cancel", sessionId });
    const status = await stream.next<StatusFrame>(isTerminal, 10_000);
    expect(status.state).toBe("interrupted");
    stream.send({ type: "approve", sessionId, commandId: prompt.commandId, decision: "allow" });
    const error = await stream.next<ErrorFrame>((f) => f.type === "error");
    expect(error).toMatchObject({ code: "command_already_resolved", commandId: prompt.commandId });
  });

  it("cancel while `sleep 30` runs: interrupted, and the sleep process is gone", async () => {
    const { stream, sessionId } = open();
    const pidFile = join(server.workspace, "sleep.pid");
    stream.send({ type: "user_message", sessionId, content: "long sleep" });
    const prompt = await stream.next<CommandPromptFrame>((f) => f.type === "command_prompt");
    stream.send({ type: "approve", sessionId, commandId: prompt.commandId, decision: "allow" });
    const pid = await waitFor(() => (existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").trim()) || undefined : undefined));
    expect(isAlive(pid)).toBe(true);
    stream.send({ type: "cancel", sessionId });
    const status = await stream.next<StatusFrame>(isTerminal, 15_000);
    expect(status.state).toBe("interrupted");
    await waitFor(() => (isAlive(pid) ? undefined : true), 10_000);
  });

  it("cancel with no turn running is acknowledged, not an error", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "open_session", sessionId });
    await stream.next((f) => f.type === "session");
    stream.send({ type: "cancel", id: "c-idle", sessionId });
    const ack = await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === "c-idle");
    expect(ack.seq).toBe(0);
    expect(stream.frames.filter((f) => f.type === "error")).toEqual([]);
  });

  it("two sessions on one connection and on two connections: each sees only its own frames", async () => {
    const a = open();
    const b = open(undefined, a.stream.session);
    const c = open();
    const results = await Promise.all([
      turn(a.stream, a.sessionId, "remember apples", () => "allow"),
      turn(b.stream, b.sessionId, "remember bananas", () => "allow"),
      turn(c.stream, c.sessionId, "full turn for c", () => "allow"),
    ]);
    for (const [i, { stream, sessionId }] of [a, b, c].entries()) {
      expect(results[i]!.status.state).toBe("completed");
      const foreign = stream.frames.filter((f) => "sessionId" in f && f.sessionId !== undefined && f.sessionId !== sessionId);
      expect(foreign).toEqual([]);
    }
  });

  it("a reconnect with the same sessionId continues the conversation", async () => {
    const first = open();
    const { sessionId } = first;
    await turn(first.stream, sessionId, "remember the word zebra");
    first.stream.close();
    const second = open(sessionId);
    const requestsBefore = server.api.scriptedModel!.requests.length;
    const { status, frames } = await turn(second.stream, sessionId, "recall the word");
    expect(status.state).toBe("completed");
    expect(frames[0]).toMatchObject({ type: "session", resumed: true });
    const request = server.api.scriptedModel!.requests.slice(requestsBefore).find((r) => JSON.stringify(r.body).includes("recall the word"));
    expect(JSON.stringify(request!.body)).toContain("remember the word zebra");
  });

  it("a second stream for the same session takes it over; the first gets terminate (superseded)", async () => {
    const first = open();
    first.stream.send({ type: "open_session", sessionId: first.sessionId });
    await first.stream.next((f) => f.type === "session");
    const second = open(first.sessionId);
    second.stream.send({ type: "open_session", sessionId: first.sessionId });
    await second.stream.next<SessionFrame>((f) => f.type === "session" && f.resumed);
    const terminate = await first.stream.next((f) => f.type === "terminate");
    expect(terminate).toMatchObject({ reason: "superseded", sessionId: first.sessionId });
    await first.stream.closed();
  });

  it("invalid frames get their error frame and the stream keeps working", async () => {
    const { stream, sessionId } = open();
    stream.send({ type: "open_session", sessionId });
    await stream.next((f) => f.type === "session");
    stream.send({ type: "approve", sessionId, commandId: "x", decision: "maybe" });
    stream.send({ type: "launch_rockets", sessionId });
    stream.send({ type: "user_message", sessionId });
    stream.send({ type: "approve", sessionId, commandId: "nope", decision: "allow" });
    stream.send({ type: "user_message", sessionId: "someone-else", content: "hi" });
    const errors = await waitFor(() => {
      const e = stream.frames.filter((f): f is ErrorFrame => f.type === "error");
      return e.length >= 5 ? e : undefined;
    });
    expect(errors.map((e) => [e.code, e.path ?? null])).toEqual([
      ["invalid_frame", "/decision"],
      ["unknown_frame_type", "/type"],
      ["invalid_frame", "/content"],
      ["command_not_found", null],
      ["session_mismatch", null],
    ]);
    for (const e of errors) expect(e.message.length).toBeGreaterThan(15);
    const { status } = await turn(stream, sessionId, "remember that errors are fine");
    expect(status.state).toBe("completed");
  });
});

describe("framing edge cases", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--max-frame-bytes", "2048"]);
  });
  afterAll(async () => server?.close());

  it("NDJSON: a line that is not JSON and an oversized line get errors; the next frame still works", async () => {
    const stream = RawStream.open(server.url);
    stream.sendBytes('{"type":"heartbeat","id":"a"}\n{not json}\n' + `{"type":"heartbeat","pad":"${"x".repeat(5000)}"}\n` + '{"type":"heartbeat","id":"b"}\n');
    await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === "b");
    const errors = stream.frames.filter((f): f is ErrorFrame => f.type === "error").map((e) => e.code);
    expect(errors).toEqual(["invalid_json", "frame_too_large"]);
    stream.close();
  });

  it("length-prefixed: a bad length is fatal — error, then terminate (protocol_error)", async () => {
    const stream = RawStream.open(server.url, { framing: "length-prefixed" });
    stream.sendBytes(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x7b]));
    const terminate = await stream.next((f) => f.type === "terminate");
    expect(terminate).toMatchObject({ reason: "protocol_error", reconnect: true });
    expect(stream.frames.find((f) => f.type === "error")).toMatchObject({ code: "frame_too_large" });
    await stream.closed();
  });

  it("a body that ends inside a frame gets truncated", async () => {
    const stream = RawStream.open(server.url);
    stream.sendBytes('{"type":"heartbeat"');
    stream.endRequest();
    await stream.next((f) => f.type === "terminate");
    expect(stream.frames.find((f) => f.type === "error")).toMatchObject({ code: "truncated" });
  });

  it("an unsupported content type gets HTTP 415 naming the supported ones", async () => {
    const stream = RawStream.open(server.url, { headers: { "content-type": "text/plain" } });
    stream.endRequest();
    await stream.closed();
    expect(stream.status).toBe(415);
  });
});

describe("approval timeout", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted", "--approval-timeout-ms", "700"]);
  });
  afterAll(async () => server?.close());

  it("an unanswered prompt is denied after the timeout and the client is told", async () => {
    const stream = RawStream.open(server.url);
    stream.send({ type: "user_message", sessionId: "t1", content: "deny continue" });
    const prompt = await stream.next<CommandPromptFrame>((f) => f.type === "command_prompt");
    expect(prompt.timeoutMs).toBe(700);
    const error = await stream.next<ErrorFrame>((f) => f.type === "error", 10_000);
    expect(error).toMatchObject({ code: "approval_timeout", commandId: prompt.commandId, retryable: false });
    const status = await stream.next<StatusFrame>(isTerminal, 20_000);
    expect(status.state).toBe("completed");
    expect(completedItem(stream.frames, "command_execution")).toMatchObject({ status: "declined" });
    expect(existsSync(join(server.workspace, "denied.txt"))).toBe(false);
    stream.close();
  });
});

function key(f: ServerFrame): string {
  return `${f.type}:${f.seq}`;
}

function completedItem(frames: ServerFrame[], type: string) {
  const frame = frames.find((f) => f.type === "item" && f.event === "completed" && f.item.type === type);
  return frame !== undefined && frame.type === "item" && "item" in frame ? frame.item : undefined;
}

async function expectNoSecondTerminal(stream: RawStream, status: StatusFrame): Promise<void> {
  // Give late engine events a moment to show up, then check nothing for that turn followed.
  stream.send({ type: "heartbeat", id: "after-terminal" });
  await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === "after-terminal");
  expect(stream.frames.filter((f) => isTerminal(f) && f.type === "status" && f.turnId === status.turnId)).toHaveLength(1);
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
