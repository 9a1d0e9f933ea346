// What the client sees when things go wrong: the engine dies mid-turn, the server shuts down,
// the client goes quiet. Real engine, real sockets.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ErrorFrame, SessionFrame, StatusFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const SCRIPT: Script = {
  turns: [
    { match: "^remember", responses: [[{ type: "text", text: "Noted." }]] },
    { match: "^stream", responses: [[{ type: "text", text: "tick ".repeat(400), chunkChars: 5, delayMs: 40 }]] },
    { match: "^recall", responses: [[{ type: "text", text: "You said it before." }]] },
    { match: "^stall", responses: [[{ type: "delay", ms: 4000 }, { type: "text", text: "too late" }]] },
  ],
};

const streams: RawStream[] = [];
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
});

function open(server: TestServer): RawStream {
  const stream = RawStream.open(server.url);
  streams.push(stream);
  return stream;
}

describe("engine crash", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT);
  });
  afterAll(async () => server?.close());

  it("a killed engine gives a retryable error and one failed status; the next turn keeps the history", async () => {
    const stream = open(server);
    stream.send({ type: "user_message", sessionId: "crash-1", content: "remember the word walrus" });
    await stream.next((f) => isTerminal(f));
    stream.send({ type: "user_message", sessionId: "crash-1", content: "stream for a while" });
    await stream.next((f) => f.type === "item" && f.event === "delta" && f.itemType === "agent_message", 30_000, stream.frames.length - 1);
    const pid = server.api.engine.enginePid!;
    process.kill(pid, "SIGKILL");
    const failed = await stream.next<StatusFrame>((f) => f.type === "status" && f.state === "failed", 15_000);
    expect(failed).toMatchObject({ reason: "engine_exited", retryable: true });
    const error = stream.frames.find((f): f is ErrorFrame => f.type === "error");
    expect(error).toMatchObject({ code: "engine_unavailable", retryable: true });
    expect(error!.seq).toBeLessThan(failed.seq);
    // The engine comes back by itself.
    await waitUntil(() => server.api.engine.ready && server.api.engine.enginePid !== pid);
    const before = stream.frames.length;
    stream.send({ type: "user_message", sessionId: "crash-1", content: "recall the word" });
    const done = await stream.next<StatusFrame>(isTerminal, 30_000, before);
    expect(done.state).toBe("completed");
    const request = server.api.scriptedModel!.requests.find((r) => JSON.stringify(r.body).includes("recall the word"));
    expect(JSON.stringify(request!.body)).toContain("remember the word walrus");
    const terminals = stream.frames.filter((f) => isTerminal(f));
    expect(terminals.map((f) => (f as StatusFrame).state)).toEqual(["completed", "failed", "completed"]);
  });
});

describe("client liveness", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--heartbeat-interval-ms", "150", "--heartbeat-timeout-ms", "600"]);
  });
  afterAll(async () => server?.close());

  it("a client that goes quiet is closed with heartbeat_timeout; its session is kept for a reconnect", async () => {
    const quiet = open(server);
    quiet.send({ type: "user_message", sessionId: "quiet-1", content: "remember quietly" });
    const status = await quiet.next<StatusFrame>(isTerminal);
    const terminate = await quiet.next((f) => f.type === "terminate", 5_000);
    expect(terminate).toMatchObject({ reason: "heartbeat_timeout", reconnect: true, seq: status.seq });
    expect(quiet.frames.some((f) => f.type === "heartbeat")).toBe(true);
    const again = open(server);
    again.send({ type: "open_session", sessionId: "quiet-1", lastSeq: 0 });
    const session = await again.next<SessionFrame>((f) => f.type === "session");
    expect(session).toMatchObject({ resumed: true, replay: { fromSeq: 1, toSeq: status.seq, lost: 0 } });
    const replayed = await again.next<StatusFrame>((f) => f.seq === status.seq && f.type === "status");
    expect(replayed).toEqual(status);
  });
});

describe("watchdog and session TTL", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--turn-idle-timeout-ms", "1000", "--session-ttl-ms", "1000"]);
  });
  afterAll(async () => server?.close());

  it("a turn whose engine sends nothing for turnIdleTimeoutMs fails with reason watchdog, and the session goes on", async () => {
    const stream = open(server);
    stream.send({ type: "user_message", sessionId: "stall-1", content: "stall please" });
    const failed = await stream.next<StatusFrame>(isTerminal, 15_000);
    expect(failed).toMatchObject({ state: "failed", reason: "watchdog", retryable: true });
    const before = stream.frames.length;
    stream.send({ type: "user_message", sessionId: "stall-1", content: "remember that it recovered" });
    const next = await stream.next<StatusFrame>(isTerminal, 15_000, before);
    expect(next, stream.describe() + JSON.stringify(stream.frames.slice(before))).toMatchObject({ state: "completed" });
  });

  it("a session without a stream is closed after its TTL; resuming it then says session_expired", async () => {
    const stream = open(server);
    stream.send({ type: "user_message", sessionId: "ttl-1", content: "remember briefly" });
    await stream.next(isTerminal);
    stream.close();
    await waitUntil(() => !hasSession(server, "ttl-1"), 10_000);
    const again = open(server);
    again.send({ type: "open_session", sessionId: "ttl-1", lastSeq: 3 });
    expect(await again.next((f) => f.type === "error")).toMatchObject({ code: "session_expired", seq: 0 });
  });
});

describe("graceful shutdown", () => {
  it("a running turn past the grace period ends interrupted (shutdown), then every stream gets terminate", async () => {
    const server = await startTestServer(SCRIPT, ["--shutdown-grace-ms", "300"]);
    const stream = open(server);
    stream.send({ type: "user_message", sessionId: "bye-1", content: "stream until shutdown" });
    await stream.next((f) => f.type === "item" && f.event === "delta");
    const idle = open(server);
    idle.send({ type: "open_session", sessionId: "bye-2" });
    await idle.next((f) => f.type === "session");
    await server.close();
    expect(stream.frames.find(isTerminal)).toMatchObject({ state: "interrupted", reason: "shutdown" });
    expect(stream.frames[stream.frames.length - 1]).toMatchObject({ type: "terminate", reason: "shutdown", reconnect: true });
    expect(idle.frames[idle.frames.length - 1]).toMatchObject({ type: "terminate", reason: "shutdown" });
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function hasSession(server: TestServer, id: string): boolean {
  return server.api.core.hasSession(id);
}
