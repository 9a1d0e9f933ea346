// The routing headers (spec "Sessions and streams", "HTTP answers", "Routing"): the request's
// `codex-session-id` names the session a proxy routed on, the frames must agree with it or take
// its id; a bad one is HTTP 400 `invalid_header`; every answer names the instance in
// `codex-instance`. Real HTTP/2, the real server and core, fake engine.
import http from "node:http";
import http2 from "node:http2";
import { hostname } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import type { ErrorFrame, SessionFrame } from "../../generated/types.js";
import { validateHttpError } from "../../generated/validators.js";
import { RawStream } from "../support/raw-stream.js";
import { startFakeEngineServer, type FakeEngineServer } from "../support/server-harness.js";

let server: FakeEngineServer | undefined;
const streams: RawStream[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  await server?.close();
  server = undefined;
});

function open(headers: Record<string, string | string[]> = {}): RawStream {
  const stream = RawStream.open(server!.url, { headers });
  streams.push(stream);
  return stream;
}

async function get(path: string): Promise<http2.IncomingHttpHeaders> {
  const client = http2.connect(server!.url);
  client.on("error", () => undefined);
  try {
    const req = client.request({ ":path": path });
    req.end();
    const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => req.on("response", resolve).on("error", reject));
    req.resume();
    await new Promise((resolve) => req.on("close", resolve));
    return headers;
  } finally {
    client.close();
  }
}


describe("codex-instance", () => {
  it("names the instance on agent streams, errors and health answers: --instance-name, else the hostname", async () => {
    server = await startFakeEngineServer(["--instance-name", "pod-a"]);
    const stream = open();
    stream.send({ type: "open_session" });
    await stream.next((f) => f.type === "session");
    expect(stream.responseHeaders?.["codex-instance"]).toBe("pod-a");
    for (const path of ["/healthz", "/readyz", "/metrics", "/nowhere"]) expect([path, (await get(path))["codex-instance"]]).toStrictEqual([path, "pod-a"]);
    await server.close();
    server = await startFakeEngineServer();
    expect((await get("/healthz"))["codex-instance"]).toBe(hostname());
  });

  it("is on the HTTP/1.1 health port's answers too", async () => {
    server = await startFakeEngineServer(["--instance-name", "pod-h", "--health-port", "0"]);
    for (const path of ["/healthz", "/readyz", "/agent/stream"]) {
      const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
        http.get(`${server!.api.healthUrl}${path}`, (res) => resolve(res.resume().headers)).on("error", reject);
      });
      expect([path, headers["codex-instance"]]).toStrictEqual([path, "pod-h"]);
    }
  });
});

describe("codex-session-id", () => {
  it("gives its id to a binding frame that names none, and a resume by header alone replays", async () => {
    server = await startFakeEngineServer(["--instance-name", "pod-a"]);
    const first = open({ "codex-session-id": "routed-1" });
    first.send({ type: "user_message", id: "m1", content: "hi" });
    const session = await first.next<SessionFrame>((f) => f.type === "session");
    expect(session).toMatchObject({ sessionId: "routed-1", resumed: false, inReplyTo: "m1" });
    const started = await first.next((f) => f.type === "status");
    expect(started).toMatchObject({ sessionId: "routed-1", state: "started" });
    first.close();
    const again = open({ "codex-session-id": "routed-1" });
    again.send({ type: "open_session", lastSeq: 0 });
    expect(await again.next<SessionFrame>((f) => f.type === "session")).toMatchObject({ sessionId: "routed-1", resumed: true });
    expect(await again.next((f) => f.type === "status")).toMatchObject({ seq: started.seq, state: "started" });
  });

  it("refuses a binding frame that names another session with session_mismatch naming both, and the stream stays unbound", async () => {
    server = await startFakeEngineServer();
    const stream = open({ "codex-session-id": "routed-2" });
    stream.send({ type: "open_session", id: 1, sessionId: "other" });
    const error = await stream.next<ErrorFrame>((f) => f.type === "error");
    expect(error).toStrictEqual({
      type: "error",
      seq: 0,
      code: "session_mismatch",
      message: "the codex-session-id header names session routed-2 but this open_session frame names session other; send the same id in both, or leave it out of the frame",
      retryable: false,
      inReplyTo: 1,
      frameType: "open_session",
    });
    // Unbound: the next frame that agrees binds it.
    stream.send({ type: "open_session", id: 2, sessionId: "routed-2" });
    expect(await stream.next<SessionFrame>((f) => f.type === "session")).toMatchObject({ sessionId: "routed-2", inReplyTo: 2 });
    // Bound: a later frame for another session is the usual mismatch.
    stream.send({ type: "user_message", id: 3, sessionId: "other", content: "hi" });
    expect(await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === 3)).toMatchObject({ code: "session_mismatch", seq: 1, message: expect.stringContaining("bound to session routed-2, not other") });
    expect(stream.frames.filter((f) => f.type === "session")).toHaveLength(1);
  });

  it("reads the header's bytes as UTF-8, as the frame's JSON spells the id", async () => {
    server = await startFakeEngineServer();
    const id = "sessión-ü";
    const stream = open({ "codex-session-id": Buffer.from(id, "utf8").toString("latin1") });
    stream.send({ type: "open_session", sessionId: id });
    expect(await stream.next<SessionFrame>((f) => f.type === "session")).toMatchObject({ sessionId: id });
  });

  it.each([
    ["empty", "", "the codex-session-id header is empty; send the session's id (1 to 256 characters, no control characters, as UTF-8), or no header"],
    ["too long", "x".repeat(257), "the codex-session-id header is 257 characters long; send the session's id (1 to 256 characters, no control characters, as UTF-8), or no header"],
    ["not UTF-8", "caf\u00e9", "the codex-session-id header is not valid UTF-8; send the session's id (1 to 256 characters, no control characters, as UTF-8), or no header"],
    ["a control character", "a\tb", "the codex-session-id header holds a control character; send the session's id (1 to 256 characters, no control characters, as UTF-8), or no header"],
    ["sent twice", ["a", "b"], "send at most one codex-session-id header (this request had 2)"],
  ])("%s: HTTP 400 invalid_header, before any frame", async (_, value, message) => {
    server = await startFakeEngineServer(["--instance-name", "pod-a"]);
    const client = http2.connect(server.url);
    client.on("error", () => undefined);
    try {
      const req = client.request({ ":method": "POST", ":path": "/agent/stream", "content-type": "application/x-ndjson", "codex-session-id": value });
      req.end();
      const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => req.on("response", resolve).on("error", reject));
      let body = "";
      req.setEncoding("utf8").on("data", (c: string) => (body += c));
      await new Promise((resolve) => req.on("close", resolve));
      expect([headers[":status"], headers["codex-instance"]]).toStrictEqual([400, "pod-a"]);
      const parsed = JSON.parse(body) as unknown;
      expect(validateHttpError(parsed)).toBe(true);
      expect(parsed).toStrictEqual({ error: { code: "invalid_header", message } });
    } finally {
      client.close();
    }
  });

  it("is exactly the spec's Id at the edges: 256 characters pass", async () => {
    server = await startFakeEngineServer();
    const id = "é".repeat(256);
    const stream = open({ "codex-session-id": Buffer.from(id, "utf8").toString("latin1") });
    stream.send({ type: "open_session" });
    expect(await stream.next<SessionFrame>((f) => f.type === "session")).toMatchObject({ sessionId: id });
  });
});
