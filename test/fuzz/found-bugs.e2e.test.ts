// Minimal reproductions of server bugs the live fuzz found, fixed and kept as regression tests.
// Each states the behaviour the spec asks for.
import http2, { type ClientHttp2Session } from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const regression = it;
const SCRIPT: Script = { turns: [{ responses: [[{ type: "text", text: "ok" }]] }] };

describe("server bugs found by the live fuzz", () => {
  let server: TestServer;
  const connections: ClientHttp2Session[] = [];
  beforeAll(async () => {
    server = await startTestServer(SCRIPT, ["--max-streams-per-connection", "2"]);
  });
  afterAll(async () => {
    for (const c of connections) c.destroy();
    await server?.close();
  });

  function connect(): ClientHttp2Session {
    const session = http2.connect(server.url);
    session.on("error", () => undefined);
    connections.push(session);
    return session;
  }

  async function openStreamsGauge(session: ClientHttp2Session): Promise<number> {
    const body = await new Promise<string>((resolve) => {
      const req = session.request({ ":path": "/metrics" });
      let text = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => (text += chunk));
      req.on("close", () => resolve(text));
      req.end();
    });
    return Number(/^codex_api_open_streams (\d+)$/m.exec(body)?.[1]);
  }

  // The bug (fixed: AgentStream now destroys a stream on 'aborted'): a client resets its stream
  // (RST_STREAM NO_ERROR, what `stream.close()` sends) just after a frame the server answers.
  // Node then leaves the server's Http2Stream closed but never destroyed: the answer's write stays
  // in its writable buffer (writableLength > 0, writableFinished false), so 'close' never fires,
  // not even when the connection closes (the stream is no longer in the session's table).
  // http-server.ts counts streams down on 'close' only: the AgentStream stayed in `streams` for
  // good, codex_api_open_streams stayed up, and the connection's agent-stream count never came
  // down — after maxStreamsPerConnection such resets the connection refused every new stream (503).
  regression("a stream reset by the client right after an answered frame is released: gauge back to 0, the connection takes new streams", async () => {
    const connection = connect();
    const before = await openStreamsGauge(connection);
    for (let i = 0; i < 2; i++) {
      const stream = RawStream.open(server.url, { session: connection });
      stream.send({ type: "heartbeat", id: `hello-${i}` });
      await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === `hello-${i}`);
      stream.sendBytes("this line is not JSON\n");
      stream.close();
      await stream.closed();
    }
    const deadline = Date.now() + 3_000;
    let open = await openStreamsGauge(connection);
    while (open > before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      open = await openStreamsGauge(connection);
    }
    const next = RawStream.open(server.url, { session: connection });
    next.send({ type: "heartbeat", id: "after" });
    // Served: the heartbeat's answer; refused: the 503's JSON body. Either is the first "frame".
    await next.next(() => true, 5_000).catch(() => undefined);
    next.close();
    expect({ leftOpen: open - before, nextStreamStatus: next.status }).toEqual({ leftOpen: 0, nextStreamStatus: 200 });
  });

  // The same leak when the server has already begun ending its response: a length-prefixed
  // frame with a bad length is fatal, so the server writes error + terminate and ends the stream;
  // the client resets (RST_STREAM NO_ERROR) before those writes are flushed. Node emits no
  // 'aborted' (the writable side was ending) and 'end' comes with rstCode 0; `stream.closed` is
  // true at that point (the peer's RST closed it), false on a normal end — AgentStream checks it.
  regression("a stream the client resets while the server ends it after a fatal frame is released", async () => {
    const connection = connect();
    const before = await openStreamsGauge(connection);
    for (let i = 0; i < 2; i++) {
      const stream = RawStream.open(server.url, { framing: "length-prefixed", session: connection });
      stream.send({ type: "heartbeat", id: `hello-${i}` });
      await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === `hello-${i}`);
      stream.sendBytes(new Uint8Array([0x7f, 0xff, 0xff, 0xff, 0x7b]));
      stream.close();
      await stream.closed();
    }
    const deadline = Date.now() + 3_000;
    let open = await openStreamsGauge(connection);
    while (open > before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      open = await openStreamsGauge(connection);
    }
    expect(open - before, "streams left open on the server").toBe(0);
  });

  // The bug (fixed: onRequestEnd now treats a reset as no end): a client resets its stream
  // (RST_STREAM CANCEL: a cancelled request, or a connection lost mid-upload) in the middle of a
  // frame. AgentStream's 'end' handler treated it as a request body that ended (onRequestEnd →
  // decoder.end()) and put a `truncated` error into the session's history; the client met it on
  // its next resume, about a stream it had abandoned. Spec "Framings": only "a
  // request body that ends inside a frame gets truncated" — a reset is no end of the body.
  regression("a stream reset in the middle of a frame leaves nothing in the session's history", async () => {
    const connection = connect();
    const stream = RawStream.open(server.url, { session: connection });
    stream.send({ type: "open_session", sessionId: "reset-1" });
    await stream.next((f) => f.type === "session");
    const frame = Buffer.from(`${JSON.stringify({ type: "user_message", sessionId: "reset-1", content: "never finished" })}\n`);
    stream.sendBytes(frame.subarray(0, 20));
    stream.stream.close(http2.constants.NGHTTP2_CANCEL);
    await stream.closed();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = RawStream.open(server.url, { session: connection });
    again.send({ type: "open_session", sessionId: "reset-1", lastSeq: 0 });
    const ack = await again.next<SessionFrame>((f) => f.type === "session");
    again.close();
    expect(ack.replay).toEqual({ fromSeq: 1, toSeq: 0, count: 0, lost: 0 });
  });

  // The bug (fixed: AgentCore.open clamps the position): `open_session{lastSeq}` with a lastSeq
  // beyond the session's last history frame: the session frame carried that made-up seq as the
  // stream's position (AgentCore.open: positionSeq = req.lastSeq) and the next history frame then
  // had a lower seq. Spec "Sequence numbers and
  // resume": on one stream history frames have seq = previous + 1. A client that drops frames it
  // has "already seen" (seq <= lastSeq) silently loses the next turn.
  regression("open_session with a lastSeq ahead of the session does not make the stream's seq go backwards", async () => {
    const connection = connect();
    const first = RawStream.open(server.url, { session: connection });
    first.send({ type: "user_message", sessionId: "ahead-1", content: "hello" });
    await first.next(isTerminal);
    first.endRequest();
    await first.closed();
    const again = RawStream.open(server.url, { session: connection });
    again.send({ type: "open_session", sessionId: "ahead-1", lastSeq: 1000 });
    const ack = await again.next<SessionFrame>((f) => f.type === "session");
    again.send({ type: "user_message", sessionId: "ahead-1", content: "again" });
    const started = await again.next((f) => f.type === "status");
    await again.next(isTerminal);
    again.close();
    // Either the server refuses the position, or the stream continues from the position it announced.
    const refused = again.frames.some((f) => f.type === "error" && f.seq === 0);
    expect(refused || started.seq === ack.seq + 1, `session frame seq ${ack.seq} (replay ${JSON.stringify(ack.replay)}), next history frame seq ${started.seq}`).toBe(true);
  });
});
