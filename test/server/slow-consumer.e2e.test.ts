// A client that reads too slowly, or not at all, over real HTTP/2 around the fake engine
// (issue #10 c, d): the stream's last frame says where the client really is, and a client that
// never reads does not keep its stream, or its connection's stream slot, forever.
import http2 from "node:http2";
import { afterEach, describe, expect, it } from "vitest";
import type { TerminateFrame } from "../../generated/types.js";
import { RawStream } from "../support/raw-stream.js";
import { startFakeEngineServer, type FakeEngineServer } from "../support/server-harness.js";

let server: FakeEngineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Starts a turn on a new stream and waits for `status started`; the client then stops reading. */
async function startedThenPaused(options: Parameters<typeof RawStream.open>[1] = {}): Promise<RawStream> {
  const stream = RawStream.open(server!.url, options);
  stream.send({ type: "user_message", sessionId: "slow", content: "go" });
  await stream.next((f) => f.type === "status");
  stream.stream.pause();
  return stream;
}

/** The engine streams `count` deltas of about 1 KB. */
function flood(count: number): void {
  server!.engine.item("thread-1", "turn-1", "started", { type: "agent_message", id: "msg", text: "" });
  for (let i = 0; i < count; i++) server!.engine.delta("thread-1", "turn-1", "msg", "x".repeat(1000));
}

describe("a slow consumer", () => {
  it("(c) gets a terminate whose seq is the last history frame it received, so a resume from it misses nothing", async () => {
    server = await startFakeEngineServer(["--max-queued-bytes", String(64 << 10)]);
    const stream = await startedThenPaused();
    flood(2000);
    stream.stream.resume();
    await stream.closed();
    const terminate = stream.frames.find((f): f is TerminateFrame => f.type === "terminate")!;
    expect(terminate).toMatchObject({ reason: "slow_consumer", reconnect: true });
    const history = stream.frames.filter((f) => f.type === "item" || f.type === "status");
    expect(history.length).toBeLessThan(2000);
    expect(terminate.seq).toBe(history.at(-1)!.seq);
    // Resuming from there gives every frame after it, once.
    const again = RawStream.open(server.url);
    again.send({ type: "open_session", sessionId: "slow", lastSeq: terminate.seq });
    const session = await again.next((f) => f.type === "session");
    expect(session).toMatchObject({ replay: { fromSeq: terminate.seq + 1, lost: 0 } });
    again.close();
  });

  it("(d) that never reads loses its stream after the heartbeat timeout, and its connection's slot is free again", async () => {
    server = await startFakeEngineServer([
      ["--max-queued-bytes", String(64 << 10)],
      ["--max-streams-per-connection", "1"],
      ["--heartbeat-interval-ms", "200"],
      ["--heartbeat-timeout-ms", "1000"],
    ].flat());
    const connection = http2.connect(server.url);
    connection.on("error", () => undefined);
    try {
      const stream = await startedThenPaused({ session: connection });
      const reset = new Promise<number>((resolve) => stream.stream.on("close", () => resolve(stream.stream.rstCode ?? -1)));
      flood(2000);
      expect(await reset).toBe(http2.constants.NGHTTP2_CANCEL);
      const next = RawStream.open(server.url, { session: connection });
      next.send({ type: "heartbeat", id: "after" });
      await next.next((f) => f.type === "heartbeat" && f.inReplyTo === "after");
      expect(next.status).toBe(200);
      next.close();
    } finally {
      connection.close();
    }
  });
});
