// HTTP/2 edge cases against the real server: a stream reset in the middle of a frame, a body that
// ends inside a frame, a client that opens a stream and says nothing, and a burst of streams up to
// and past maxStreamsPerConnection. Each framing where framing matters.
import http2, { constants, type ClientHttp2Session } from "node:http2";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ErrorFrame, ServerFrame, SessionFrame, StatusFrame, TerminateFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { FRAMINGS, isTerminal, RawStream, type FramingName } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const SCRIPT: Script = { turns: [{ responses: [[{ type: "text", text: "Still here.", chunkChars: 4 }]] }] };
const STREAM_LIMIT = 50;

const opened: RawStream[] = [];
const sessions: ClientHttp2Session[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  for (const s of sessions.splice(0)) s.destroy();
});

function open(server: TestServer, options: Parameters<typeof RawStream.open>[1] = {}): RawStream {
  const stream = RawStream.open(server.url, options);
  opened.push(stream);
  return stream;
}

function connect(server: TestServer): ClientHttp2Session {
  const session = http2.connect(server.url);
  session.on("error", () => undefined);
  session.setMaxListeners(0);
  sessions.push(session);
  return session;
}

async function get(server: TestServer, path: string): Promise<{ status: number; body: string }> {
  const session = connect(server);
  const req = session.request({ ":path": path });
  let body = "";
  let status = 0;
  req.on("response", (h) => (status = Number(h[":status"])));
  req.on("data", (d: Buffer) => (body += d.toString()));
  await new Promise((resolve) => req.on("close", resolve));
  return { status, body };
}

async function openStreams(server: TestServer): Promise<number> {
  const { body } = await get(server, "/metrics");
  return Number(/^codex_api_open_streams (\d+)$/m.exec(body)?.[1] ?? NaN);
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The first bytes of a user_message frame in `framing`: a frame cut in the middle. */
function halfFrame(framing: FramingName, sessionId: string): Uint8Array {
  const bytes = FRAMINGS[framing].encode({ type: "user_message", sessionId, content: "this frame is never finished" });
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

describe("streams cut short", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--max-streams-per-connection", String(STREAM_LIMIT)]);
  });
  afterAll(async () => server?.close());

  it.each<FramingName>(["ndjson", "length-prefixed"])("%s: a stream reset in the middle of a frame leaves the server, the session and its next stream fine", async (framing) => {
    const baseline = await openStreams(server);
    const sessionId = `reset-mid-frame-${framing}`;
    const first = open(server, { framing });
    first.send({ type: "open_session", sessionId });
    await first.next((f) => f.type === "session");
    first.sendBytes(halfFrame(framing, sessionId));
    first.stream.close(constants.NGHTTP2_CANCEL);
    await first.closed();
    await until(async () => (await openStreams(server)) === baseline, "the reset stream to be released");
    expect((await get(server, "/healthz")).status).toBe(200);
    // The half frame was never handled: no turn started, and the session resumes as it was.
    expect(server.api.core.stats().runningTurns).toBe(0);
    const next = open(server, { framing });
    next.send({ type: "open_session", sessionId, lastSeq: 0 });
    const ack = await next.next<SessionFrame>((f) => f.type === "session");
    expect(ack).toMatchObject({ resumed: true, seq: 0, replay: { fromSeq: 1, lost: 0 }, turn: null });
    next.send({ type: "user_message", sessionId, content: "after the reset" });
    expect(await next.next<StatusFrame>(isTerminal)).toMatchObject({ state: "completed", finalMessage: "Still here." });
    expect(next.frames.filter((f) => f.type === "error" && f.seq > ack.replay!.toSeq)).toEqual([]);
  });

  it.each<FramingName>(["ndjson", "length-prefixed"])("%s: a body that ends inside a frame gets truncated, then terminate (protocol_error)", async (framing) => {
    // Unbound: the error is a control frame (seq 0, no session).
    const unbound = open(server, { framing });
    unbound.sendBytes(halfFrame(framing, "never-opened"));
    unbound.endRequest();
    await unbound.closed();
    expect(unbound.frames.map((f) => f.type)).toEqual(["error", "terminate"]);
    expect(unbound.frames[0]).toMatchObject({ code: "truncated", seq: 0, retryable: false });
    expect(unbound.frames[0]).not.toHaveProperty("sessionId");
    expect(unbound.frames[1]).toMatchObject({ reason: "protocol_error", seq: 0 });
    // Bound: the error is part of the session's history (seq 1) and survives for a resume.
    const sessionId = `truncated-${framing}`;
    const bound = open(server, { framing });
    bound.send({ type: "open_session", sessionId });
    await bound.next((f) => f.type === "session");
    bound.sendBytes(halfFrame(framing, sessionId));
    bound.endRequest();
    await bound.closed();
    const error = bound.frames.find((f): f is ErrorFrame => f.type === "error");
    expect(error).toMatchObject({ code: "truncated", seq: 1, sessionId });
    expect(bound.frames.at(-1)).toMatchObject({ type: "terminate", reason: "protocol_error", seq: 1, reconnect: true });
    const again = open(server, { framing });
    again.send({ type: "open_session", sessionId, lastSeq: 0 });
    expect(await again.next((f) => f.type === "error")).toEqual(error);
  });

  it(`${4 * STREAM_LIMIT} streams opened at once on 4 connections (the limit on each) are all served; the server is healthy after`, async () => {
    const baseline = await openStreams(server);
    const connections = Array.from({ length: 4 }, () => connect(server));
    const streams = connections.flatMap((session, c) => Array.from({ length: STREAM_LIMIT }, (_, i) => ({ id: `burst-${c}-${i}`, stream: open(server, { session }) })));
    for (const { id, stream } of streams) stream.send({ type: "heartbeat", id });
    await Promise.all(streams.map(({ id, stream }) => stream.next((f) => f.type === "heartbeat" && f.inReplyTo === id, 30_000)));
    expect(streams.filter(({ stream }) => stream.status !== 200)).toEqual([]);
    for (const { stream } of streams) stream.endRequest();
    await Promise.all(streams.map(({ stream }) => stream.closed(30_000)));
    for (const { stream } of streams) expect(stream.frames.at(-1)).toMatchObject({ type: "terminate", reason: "client_closed" });
    await until(async () => (await openStreams(server)) === baseline, "every burst stream to be released");
    expect((await get(server, "/healthz")).status).toBe(200);
  });

  it(`past ${STREAM_LIMIT} streams on one connection the rest are refused cleanly (503 overloaded, or REFUSED_STREAM past the protocol cap); the ones in are served`, async () => {
    const baseline = await openStreams(server);
    const session = connect(server);
    const extra = 12;
    const streams = Array.from({ length: STREAM_LIMIT + extra }, (_, i) => ({ id: `over-${i}`, stream: open(server, { session }) }));
    for (const { id, stream } of streams) stream.send({ type: "heartbeat", id });
    // A refused stream's request side stays open until the client closes it, as a client does on a 503.
    await until(() => {
      for (const { stream } of streams) if (stream.status === 503 && !stream.ended) stream.close();
      return streams.every(({ stream }) => stream.status !== undefined || stream.ended);
    }, "every stream to be answered or refused", 30_000);
    const served = streams.filter(({ stream }) => stream.status === 200);
    const overloaded = streams.filter(({ stream }) => stream.status === 503);
    // All streams went out before the server's SETTINGS arrived: past its protocol cap
    // (maxConcurrentStreams = the limit + 8, for health checks) HTTP/2 itself refuses them.
    const refusedByProtocol = streams.filter(({ stream }) => stream.status === undefined);
    expect(served).toHaveLength(STREAM_LIMIT);
    expect(overloaded.length).toBeGreaterThanOrEqual(Math.min(extra, 8));
    expect(overloaded.length + refusedByProtocol.length).toBe(extra);
    for (const { stream } of refusedByProtocol) expect(stream.stream.rstCode).toBe(constants.NGHTTP2_REFUSED_STREAM);
    for (const { stream } of overloaded) {
      // A JSON error body, not frames: the stream never became an agent stream.
      expect(stream.contentType).toBe("application/json");
      expect(stream.frames[0]).toMatchObject({ error: { code: "overloaded", retryAfterMs: expect.any(Number) } } as unknown as ServerFrame);
    }
    await Promise.all(served.map(({ id, stream }) => stream.next((f) => f.type === "heartbeat" && f.inReplyTo === id)));
    for (const { stream } of served) stream.endRequest();
    await Promise.all(served.map(({ stream }) => stream.closed()));
    await until(async () => (await openStreams(server)) === baseline, "the served streams to be released");
    // The connection takes agent streams again once they closed.
    const later = open(server, { session });
    later.send({ type: "heartbeat", id: "later" });
    await later.next((f) => f.type === "heartbeat" && f.inReplyTo === "later");
    expect(later.status).toBe(200);
    expect((await get(server, "/healthz")).status).toBe(200);
  });
});

describe("a client that says nothing", () => {
  const intervalMs = 100;
  const timeoutMs = 400;
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--heartbeat-interval-ms", String(intervalMs), "--heartbeat-timeout-ms", String(timeoutMs)]);
  });
  afterAll(async () => server?.close());

  it("a stream that sends nothing gets heartbeats, then terminate (heartbeat_timeout) after the timeout; one that sends heartbeats stays", async () => {
    const startedAt = Date.now();
    const silent = open(server);
    const talking = open(server);
    const beat = setInterval(() => talking.send({ type: "heartbeat" }), intervalMs);
    try {
      const terminate = await silent.next<TerminateFrame>((f) => f.type === "terminate", 5_000);
      const elapsedMs = Date.now() - startedAt;
      await silent.closed();
      expect(terminate).toMatchObject({ reason: "heartbeat_timeout", reconnect: true, seq: 0 });
      expect(terminate).not.toHaveProperty("sessionId");
      expect(elapsedMs).toBeGreaterThanOrEqual(timeoutMs);
      // Checked on each heartbeat tick: at most one interval late, plus scheduling slack.
      expect(elapsedMs).toBeLessThan(timeoutMs + 2 * intervalMs + 1_000);
      expect(silent.frames.filter((f) => f.type === "heartbeat").length).toBeGreaterThanOrEqual(2);
      expect(silent.frames.slice(0, -1).every((f) => f.type === "heartbeat" && f.seq === 0)).toBe(true);
      // The talking stream outlives the silent one by well over a timeout.
      await new Promise((resolve) => setTimeout(resolve, 2 * timeoutMs));
      expect(talking.ended).toBe(false);
      expect(talking.frames.some((f) => f.type === "terminate")).toBe(false);
    } finally {
      clearInterval(beat);
    }
  });
});
