// Who gets in, what a client may ask for, and what happens past each limit. Real engine, real
// sockets.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import http2 from "node:http2";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ErrorFrame, SessionFrame, StatusFrame } from "../../generated/types.js";
import { connect } from "../../src/client/index.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const TOKEN = "test-token-0123456789abcdef";

const SCRIPT: Script = {
  turns: [
    { match: "^hello", responses: [[{ type: "text", text: "Hello." }]] },
    { match: "^slow", responses: [[{ type: "text", text: "tick ".repeat(200), chunkChars: 5, delayMs: 20 }]] },
    { match: "^flood", responses: [[{ type: "text", text: "x".repeat(400_000), chunkChars: 2000 }]] },
  ],
};

const streams: RawStream[] = [];
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
});
function open(server: TestServer, options: Parameters<typeof RawStream.open>[1] = {}): RawStream {
  const stream = RawStream.open(server.url, options);
  streams.push(stream);
  return stream;
}

async function get(server: TestServer, path: string, token?: string): Promise<{ status: number; body: string }> {
  const session = http2.connect(server.url);
  try {
    const req = session.request({ ":path": path, ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) });
    let body = "";
    let status = 0;
    req.on("response", (h) => (status = Number(h[":status"])));
    req.on("data", (d: Buffer) => (body += d.toString()));
    await new Promise((resolve) => req.on("close", resolve));
    return { status, body };
  } finally {
    session.close();
  }
}

describe("token authentication", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, [], { env: { CODEX_API_TOKEN: TOKEN } });
  });
  afterAll(async () => server?.close());

  it("refuses a stream without the token, or with a wrong one, with 401 and touches no session", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong-token-0123456789" }, { authorization: TOKEN }];
    for (const headers of attempts) {
      const stream = open(server, { headers });
      stream.send({ type: "user_message", sessionId: "intruder", content: "hello" });
      await stream.closed();
      expect(stream.status).toBe(401);
    }
    expect(server.api.core.stats().sessions).toBe(0);
  });

  it("lets the right token in (raw stream and client library); /healthz and /readyz need none", async () => {
    const stream = open(server, { headers: { authorization: `Bearer ${TOKEN}` } });
    stream.send({ type: "user_message", sessionId: "friend", content: "hello" });
    expect(await stream.next(isTerminal)).toMatchObject({ state: "completed" });
    const connection = await connect(server.url, { token: TOKEN });
    const session = await connection.openSession();
    const result = await session.run("hello again");
    expect(result.status).toBe("completed");
    await session.close();
    await connection.close();
    expect((await get(server, "/healthz")).status).toBe(200);
    expect((await get(server, "/readyz")).status).toBe(200);
    expect((await get(server, "/metrics")).status).toBe(401);
  });
});

describe("limits, confinement and metrics", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, [
      "--max-sessions", "6",
      "--max-running-turns", "1",
      "--max-streams-per-connection", "2",
      "--max-frames-per-second", "5",
      "--frame-burst", "5",
      "--max-queued-bytes", "65536",
    ]);
    await mkdir(join(server.workspace, "sub"));
    await symlink("/etc", join(server.workspace, "sub/escape"));
    await writeFile(join(server.workspace, "pic.png"), "not really a png");
  });
  afterAll(async () => server?.close());

  it("a cwd or image path outside the workspace (.., symlink) and a sandbox above the cap are refused", async () => {
    const stream = open(server);
    stream.send({ type: "open_session", sessionId: "conf-1", configOverrides: { cwd: "sub/escape" } });
    const refused = await stream.next<ErrorFrame>((f) => f.type === "error");
    expect(refused).toMatchObject({ code: "path_not_allowed", seq: 0 });
    // It names the setting, not where the symlink leads (docs/security.md).
    expect(refused.message).toContain("sub/escape");
    expect(refused.message).not.toContain("/etc");
    stream.send({ type: "open_session", sessionId: "conf-1" });
    await stream.next((f) => f.type === "session");
    stream.send({ type: "user_message", sessionId: "conf-1", content: "hello", imagePaths: ["../../../../etc/hostname"] });
    stream.send({ type: "user_message", sessionId: "conf-1", content: "hello", configOverrides: { sandbox: "danger-full-access" } });
    const errors = await stream.next<ErrorFrame>((f) => f.type === "error" && f.code === "override_not_allowed");
    expect(stream.frames.filter((f): f is ErrorFrame => f.type === "error").map((e) => e.code)).toEqual(["path_not_allowed", "path_not_allowed", "override_not_allowed"]);
    expect(errors.message).toMatch(/danger-full-access is not allowed/);
    expect(stream.frames.some((f) => f.type === "status")).toBe(false);
  });

  it("past maxRunningTurns a new turn gets a retryable overloaded error; the running one is unharmed", async () => {
    const a = open(server);
    const b = open(server);
    a.send({ type: "user_message", sessionId: "busy-a", content: "slow please" });
    await a.next((f) => f.type === "status" && f.state === "started");
    b.send({ type: "user_message", id: "b-1", sessionId: "busy-b", content: "hello" });
    const overloaded = await b.next<ErrorFrame>((f) => f.type === "error");
    expect(overloaded).toMatchObject({ code: "overloaded", retryable: true, inReplyTo: "b-1", retryAfterMs: expect.any(Number) });
    expect(await a.next(isTerminal)).toMatchObject({ state: "completed" });
  });

  it("past maxStreamsPerConnection a stream gets 503 overloaded; other connections are unaffected", async () => {
    const first = open(server);
    const second = open(server, { session: first.session });
    const third = open(server, { session: first.session });
    for (const s of [first, second]) s.send({ type: "heartbeat", id: "hi" });
    await first.next((f) => f.type === "heartbeat");
    await second.next((f) => f.type === "heartbeat");
    third.endRequest();
    await third.closed();
    expect(third.status).toBe(503);
    const other = open(server);
    other.send({ type: "heartbeat", id: "other" });
    await other.next((f) => f.type === "heartbeat" && f.inReplyTo === "other");
  });

  it("frames past the per-stream rate get rate_limited with a retry-after; the stream carries on", async () => {
    const stream = open(server);
    stream.sendBytes(Array.from({ length: 12 }, (_, i) => `${JSON.stringify({ type: "heartbeat", id: `h${i}` })}\n`).join(""));
    const limited = await stream.next<ErrorFrame>((f) => f.type === "error" && f.code === "rate_limited");
    expect(limited).toMatchObject({ retryable: true, retryAfterMs: expect.any(Number) });
    await new Promise((resolve) => setTimeout(resolve, limited.retryAfterMs! + 50));
    stream.send({ type: "heartbeat", id: "later" });
    await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === "later");
  });

  it("a client that stops reading is cut off (slow_consumer); its turn finishes and every frame waits for the reconnect", async () => {
    const stream = open(server);
    stream.stream.pause();
    stream.send({ type: "user_message", sessionId: "slow-reader", content: "flood" });
    // The turn runs to its end while nobody reads.
    await waitUntil(() => server.api.scriptedModel!.requests.some((r) => r.userText?.startsWith("flood")));
    await waitUntil(() => server.api.core.stats().runningTurns === 0);
    stream.stream.resume();
    await stream.closed();
    const terminate = stream.frames.find((f) => f.type === "terminate");
    expect(terminate).toMatchObject({ reason: "slow_consumer", reconnect: true });
    const again = open(server);
    again.send({ type: "open_session", sessionId: "slow-reader", lastSeq: 0 });
    const session = await again.next<SessionFrame>((f) => f.type === "session");
    expect(session.replay).toMatchObject({ fromSeq: 1, lost: 0 });
    const status = await again.next<StatusFrame>(isTerminal);
    expect(status.state).toBe("completed");
    const seqs = again.frames.filter((f) => f.type !== "session" && f.type !== "heartbeat").map((f) => f.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it("GET /metrics reports streams, sessions, frames, errors and turn durations", async () => {
    const { status, body } = await get(server, "/metrics");
    expect(status).toBe(200);
    for (const name of [
      "codex_api_open_streams",
      "codex_api_sessions",
      "codex_api_running_turns",
      "codex_api_pending_approvals",
      'codex_api_frames_in_total{type="user_message"}',
      'codex_api_frames_out_total{type="item"}',
      'codex_api_errors_total{code="overloaded"}',
      'codex_api_errors_total{code="rate_limited"}',
      "codex_api_engine_restarts_total 0",
      'codex_api_replays_total{result="hit"}',
      'codex_api_turn_duration_seconds_count{state="completed"}',
      "codex_api_time_to_first_item_seconds_count",
    ]) {
      expect(body).toContain(name);
    }
  });

  it("past maxSessions a new session is refused with overloaded", async () => {
    const opened: RawStream[] = [];
    let refusal: ErrorFrame | undefined;
    for (let i = 0; i < 8 && refusal === undefined; i++) {
      const s = open(server);
      opened.push(s);
      s.send({ type: "open_session", sessionId: `many-${i}` });
      const first = await s.next((f) => f.type === "session" || f.type === "error");
      if (first.type === "error") refusal = first;
    }
    expect(refusal).toMatchObject({ code: "overloaded", retryable: true });
    expect(server.api.core.stats().sessions).toBe(6);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
