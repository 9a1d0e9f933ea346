// The client over real HTTP/2 on 127.0.0.1, once per framing, against a tiny scripted peer
// written here with raw node:http2: a fake of the remote server at the network edge, so every
// byte the client writes and reads crosses a real socket.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http2, { type Http2Session, type IncomingHttpHeaders, type ServerHttp2Stream } from "node:http2";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PROTOCOL_VERSION } from "../../generated/protocol.js";
import type { ClientFrame, Decision, ServerFrame } from "../../generated/types.js";
import { CodexApiError, connect, type Connection, type ConnectOptions, type SessionStream } from "../../src/client/index.js";
import { checkClientFrame } from "../../src/protocol/index.js";
import { negotiateFraming, type Framing } from "../../src/transport/index.js";

// ------------------------------------------------------------------ the fake peer

interface PeerOptions {
  /** Requests without `Authorization: Bearer <token>` get HTTP 401. */
  token?: string;
  heartbeatIntervalMs?: number;
  tls?: { key: string; cert: string };
}

interface Waiter {
  matches: (frame: ClientFrame) => boolean;
  resolve: (frame: ClientFrame) => void;
}

class Peer {
  /** Every client frame received, over all streams, in order. */
  readonly frames: ClientFrame[] = [];
  readonly headers: IncomingHttpHeaders[] = [];
  /** Client frames that broke the spec: must stay empty. */
  readonly invalid: unknown[] = [];
  /** Bytes a "flood" turn has written so far, and whether a write has had to wait for drain. */
  flood = { writtenBytes: 0, blocked: false };
  readonly #waiters = new Set<Waiter>();

  constructor(
    readonly url: string,
    readonly options: PeerOptions,
    private readonly server: http2.Http2Server | http2.Http2SecureServer,
    private readonly connections: Set<Http2Session>,
  ) {}

  received(frame: ClientFrame): void {
    this.frames.push(frame);
    for (const waiter of this.#waiters) {
      if (waiter.matches(frame)) {
        this.#waiters.delete(waiter);
        waiter.resolve(frame);
      }
    }
  }

  /** Resolves with the first received frame (past or future) that matches. */
  waitFor(matches: (frame: ClientFrame) => boolean): Promise<ClientFrame> {
    const seen = this.frames.find(matches);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve) => this.#waiters.add({ matches, resolve }));
  }

  of<T extends ClientFrame["type"]>(type: T): Extract<ClientFrame, { type: T }>[] {
    return this.frames.filter((f): f is Extract<ClientFrame, { type: T }> => f.type === type);
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const connection of this.connections) connection.destroy();
    await closed;
  }
}

async function startPeer(options: PeerOptions = {}): Promise<Peer> {
  const server = options.tls === undefined ? http2.createServer() : http2.createSecureServer({ key: options.tls.key, cert: options.tls.cert });
  const connections = new Set<Http2Session>();
  server.on("session", (session: Http2Session) => {
    connections.add(session);
    session.on("close", () => connections.delete(session));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const peer = new Peer(`${options.tls === undefined ? "http" : "https"}://127.0.0.1:${port}`, options, server, connections);
  server.on("stream", (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => {
    stream.on("error", () => undefined);
    peer.headers.push(headers);
    if (options.token !== undefined && headers.authorization !== `Bearer ${options.token}`) {
      stream.respond({ ":status": 401, "content-type": "application/json" });
      return stream.end(JSON.stringify({ error: { code: "unauthorized", message: "send Authorization: Bearer <token>" } }));
    }
    const negotiated = negotiateFraming(headers["content-type"]);
    if (!negotiated.ok) {
      stream.respond({ ":status": 415, "content-type": "application/json" });
      return stream.end(JSON.stringify({ error: { code: "unsupported_media_type", message: negotiated.error.message } }));
    }
    stream.respond({ ":status": 200, "content-type": negotiated.framing.contentType });
    new PeerStream(stream, negotiated.framing, peer);
  });
  return peer;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const usage = { inputTokens: 10, cachedInputTokens: 0, outputTokens: 5, reasoningOutputTokens: 0, totalTokens: 15 };

/** One request stream of the peer: a session, and turns scripted by the user message's text. */
class PeerStream {
  #seq = 0;
  #sessionId = "s-new";
  #turn: { turnId: string; cancelled: Deferred<void>; answer: Deferred<Decision> } | undefined;
  #turns = 0;
  #requestEnded = false;

  constructor(
    private readonly stream: ServerHttp2Stream,
    private readonly framing: Framing,
    private readonly peer: Peer,
  ) {
    const decoder = framing.createDecoder();
    stream.on("data", (chunk: Buffer) => {
      for (const result of decoder.decode(chunk)) {
        if (!result.ok) throw result.error;
        const check = checkClientFrame(result.frame);
        if (!check.ok) peer.invalid.push(result.frame);
        else this.#onFrame(check.frame);
      }
    });
    stream.on("end", () => {
      this.#requestEnded = true;
      if (this.#turn === undefined) this.#terminate();
    });
  }

  #onFrame(frame: ClientFrame): void {
    this.peer.received(frame);
    switch (frame.type) {
      case "open_session": {
        // Never answered: the client is left waiting for the session frame.
        if (frame.sessionId === "silent") return;
        if (frame.sessionId === "expired") {
          void this.#write({ type: "error", code: "session_expired", message: "session expired is not held", retryable: false }, false);
          return;
        }
        this.#sessionId = frame.sessionId ?? "s-new";
        this.#seq = frame.lastSeq ?? 0;
        const resumed = frame.sessionId !== undefined;
        void this.#write(
          {
            type: "session",
            protocolVersion: PROTOCOL_VERSION,
            resumed,
            replay: frame.lastSeq === undefined ? null : { fromSeq: frame.lastSeq + 1, toSeq: frame.lastSeq, count: 0, lost: 0 },
            turn: null,
            heartbeatIntervalMs: this.peer.options.heartbeatIntervalMs ?? 60_000,
            maxFrameBytes: 1 << 20,
            sessionId: this.#sessionId,
          },
          false,
        );
        return;
      }
      case "user_message":
        void this.#runTurn(frame.content, frame.id);
        return;
      case "approve":
        this.#turn?.answer.resolve(frame.decision);
        return;
      case "cancel":
        if (this.#turn !== undefined) this.#turn.cancelled.resolve();
        else void this.#write({ type: "heartbeat", sentAtMs: Date.now(), timestamp: new Date().toISOString(), ...(frame.id === undefined ? {} : { inReplyTo: frame.id }) }, false);
        return;
      case "heartbeat":
        void this.#write({ type: "heartbeat", sentAtMs: Date.now(), timestamp: new Date().toISOString(), ...(frame.id === undefined ? {} : { inReplyTo: frame.id }) }, false);
        return;
    }
  }

  async #runTurn(content: string, messageId: string | number | undefined): Promise<void> {
    const turnId = `t${++this.#turns}`;
    const turn = { turnId, cancelled: deferred<void>(), answer: deferred<Decision>() };
    this.#turn = turn;
    const item = (event: string, body: object) => this.#write({ type: "item", turnId, event, ...body });
    const message = async (id: string, text: string) => {
      await item("started", { item: { type: "agent_message", id, text: "" } });
      for (const delta of text.match(/.{1,4}/g) ?? []) await item("delta", { itemId: id, itemType: "agent_message", field: "text", delta });
      await item("completed", { item: { type: "agent_message", id, text } });
    };
    const lines: Record<string, string> = { completed: "Agent run completed.", interrupted: "Agent run cancelled by client.", failed: "Agent run failed." };
    const end = (state: string, extra: object) => this.#write({ type: "status", turnId, state, message: lines[state], usage, durationMs: 5, ...extra });

    await this.#write({ type: "status", turnId, state: "started", message: "Agent processing...", ...(messageId === undefined ? {} : { inReplyTo: messageId }) });
    const [script, count] = content.split(" ");
    if (script === "hello") {
      await message("msg_1", "Hello there!");
      await end("completed", { finalMessage: "Hello there!" });
    } else if (script === "tests") {
      await message("msg_1", "I'll run the tests.");
      const command = { type: "command_execution", id: "call_1", command: ["/bin/bash", "-lc", "npm test"], commandLine: "npm test", cwd: "/srv" };
      await item("started", { item: { ...command, status: "in_progress", exitCode: null, output: "", durationMs: null } });
      await this.#write({
        type: "command_prompt",
        turnId,
        commandId: "call_1",
        kind: "command",
        itemId: "call_1",
        command: command.command,
        explanation: "run the test suite",
        decisions: ["allow", "allow_for_session", "deny", "deny_and_stop"],
        timeoutMs: 60_000,
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      });
      const decision = await Promise.race([turn.answer.promise, turn.cancelled.promise.then(() => "deny_and_stop" as const)]);
      if (decision === "deny_and_stop") {
        await item("completed", { item: { ...command, status: "declined", exitCode: null, output: "", durationMs: null } });
        await end("interrupted", { reason: "denied" });
      } else if (decision === "deny") {
        await item("completed", { item: { ...command, status: "declined", exitCode: null, output: "", durationMs: null } });
        await message("msg_2", "Not running them.");
        await end("completed", { finalMessage: "Not running them." });
      } else {
        await item("delta", { itemId: "call_1", itemType: "command_execution", field: "output", delta: "12 passed\n" });
        await item("completed", { item: { ...command, status: "completed", exitCode: 0, output: "12 passed\n", durationMs: 20 } });
        await message("msg_2", "All tests pass.");
        await end("completed", { finalMessage: "All tests pass." });
      }
    } else if (script === "flood") {
      await item("started", { item: { type: "agent_message", id: "msg_1", text: "" } });
      const padding = "x".repeat(1000);
      for (let i = 0; i < Number(count); i++) {
        await item("delta", { itemId: "msg_1", itemType: "agent_message", field: "text", delta: `${i}:${padding}` });
      }
      await end("completed", { finalMessage: null });
    } else if (script === "wait") {
      await turn.cancelled.promise;
      await end("interrupted", { reason: "cancelled" });
    } else if (script === "later") {
      // What a later 1.x server may send (spec "Versioning"): a field this client does not know,
      // an item kind it does not know, a frame type it does not know, an enum value it does not know.
      await item("started", { item: { type: "agent_message", id: "msg_1", text: "", mood: "cheerful" }, traceId: "abc" });
      await item("completed", { item: { type: "hologram", id: "holo_1", frames: 24 } });
      await this.#write({ type: "usage_update", turnId, tokens: { input: 10 } });
      await item("delta", { itemId: "holo_1", itemType: "hologram", field: "pixels", delta: "..." });
      await item("completed", { item: { type: "agent_message", id: "msg_1", text: "From the future." } });
      await end("completed", { finalMessage: "From the future.", carbonGrams: 0.1 });
    } else if (script === "invalid") {
      // An agent_message without its required `text`.
      await item("started", { item: { type: "agent_message", id: "msg_1" } });
    }
    this.#turn = undefined;
    if (this.#requestEnded) this.#terminate();
  }

  /** Writes a frame with its seq (history frames count up, control frames repeat), honouring drain. */
  async #write(frame: Record<string, unknown>, history = true): Promise<void> {
    if (this.stream.destroyed || this.stream.writableEnded) return;
    if (history) this.#seq++;
    const bytes = this.framing.encode({ ...frame, seq: this.#seq, sessionId: this.#sessionId });
    this.peer.flood.writtenBytes += bytes.byteLength;
    if (this.stream.write(bytes)) return;
    this.peer.flood.blocked = true;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off("drain", done);
        this.stream.off("close", done);
        resolve();
      };
      this.stream.once("drain", done);
      this.stream.once("close", done);
    });
  }

  #terminate(): void {
    if (this.stream.destroyed || this.stream.writableEnded) return;
    const frame = { type: "terminate", seq: this.#seq, sessionId: this.#sessionId, reason: "client_closed", message: "the request body ended", reconnect: true };
    this.stream.end(this.framing.encode(frame));
  }
}

// ------------------------------------------------------------------ helpers

/** Reads frames until one matches; returns everything read, the match last. */
async function readUntil(session: SessionStream, matches: (frame: ServerFrame) => boolean): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for await (const frame of session) {
    frames.push(frame);
    if (matches(frame)) return frames;
  }
  throw new Error(`the stream ended before a matching frame; read ${frames.map((f) => f.type).join(", ")}`);
}

async function readAll(session: SessionStream): Promise<ServerFrame[]> {
  const frames: ServerFrame[] = [];
  for await (const frame of session) frames.push(frame);
  return frames;
}

const isTerminal = (frame: ServerFrame) => frame.type === "status" && frame.state !== "started";

async function rejection(promise: Promise<unknown>): Promise<CodexApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodexApiError);
  return error as CodexApiError;
}

const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function setUp(framing: ConnectOptions["framing"], peerOptions: PeerOptions = {}, connectOptions: ConnectOptions = {}): Promise<{ peer: Peer; connection: Connection }> {
  const peer = await startPeer(peerOptions);
  closers.push(() => peer.close());
  const connection = await connect(peer.url, { framing, ...connectOptions });
  closers.push(() => connection.close());
  return { peer, connection };
}

// ------------------------------------------------------------------ tests

describe.each(["ndjson", "length-prefixed"] as const)("SessionStream over HTTP/2 with %s framing", (framing) => {
  it("opens a session with open_session (protocol version, token) and reports the session frame", async () => {
    const { peer, connection } = await setUp(framing, { token: "secret-1" }, { token: "secret-1" });
    const session = await connection.openSession();
    expect(session).toMatchObject({ sessionId: "s-new", resumed: false, lastSeq: 0 });
    expect(peer.headers[0]).toMatchObject({ authorization: "Bearer secret-1", "content-type": framing === "ndjson" ? "application/x-ndjson" : "application/vnd.codex-api.lp+json" });
    expect(peer.frames).toStrictEqual([{ type: "open_session", protocolVersion: PROTOCOL_VERSION }]);
  });

  it("resumes a session from lastSeq and starts lastSeq there", async () => {
    const { peer, connection } = await setUp(framing);
    const session = await connection.openSession({ sessionId: "s-9", lastSeq: 4, configOverrides: { model: "gpt-5.5" } });
    expect(session).toMatchObject({ sessionId: "s-9", resumed: true, lastSeq: 4 });
    expect(peer.frames[0]).toStrictEqual({ type: "open_session", protocolVersion: PROTOCOL_VERSION, sessionId: "s-9", lastSeq: 4, configOverrides: { model: "gpt-5.5" } });
  });

  it("yields the session's frames in order, tracks lastSeq, and ends after terminate on close()", async () => {
    const { connection } = await setUp(framing);
    const session = await connection.openSession();
    const messageId = await session.sendMessage("hello");
    const turn = await readUntil(session, isTerminal);
    expect(turn[0]).toMatchObject({ type: "status", state: "started", message: "Agent processing...", inReplyTo: messageId });
    const text = turn.flatMap((f) => (f.type === "item" && f.event === "delta" ? [f.delta] : [])).join("");
    expect(text).toBe("Hello there!");
    expect(turn.map((f) => f.seq)).toStrictEqual(turn.map((_, i) => i + 1));
    expect(session.lastSeq).toBe(turn.length);
    const [, rest] = await Promise.all([session.close(), readAll(session)]);
    expect(rest).toMatchObject([{ type: "terminate", reason: "client_closed", seq: turn.length }]);
  });

  it("run() folds the turn and answers its command prompt with onPrompt", async () => {
    const { peer, connection } = await setUp(framing);
    const session = await connection.openSession();
    const prompts: string[] = [];
    const result = await session.run("tests", {
      onPrompt: (prompt) => {
        prompts.push(`${prompt.kind} ${prompt.command.join(" ")}`);
        return "allow";
      },
    });
    expect(prompts).toStrictEqual(["command /bin/bash -lc npm test"]);
    expect(peer.of("approve")).toStrictEqual([{ type: "approve", commandId: "call_1", decision: "allow" }]);
    expect(result).toMatchObject({ turnId: "t1", status: "completed", finalMessage: "All tests pass.", usage, durationMs: 5 });
    expect(result.items.map((i) => i.type)).toStrictEqual(["agent_message", "command_execution", "agent_message"]);
    expect(result.items[1]).toMatchObject({ exitCode: 0, output: "12 passed\n" });
  });

  it("run() denies prompts when no onPrompt is given (fail closed)", async () => {
    const { peer, connection } = await setUp(framing);
    const session = await connection.openSession();
    const result = await session.run("tests");
    expect(peer.of("approve")).toStrictEqual([{ type: "approve", commandId: "call_1", decision: "deny" }]);
    expect(result).toMatchObject({ status: "completed", finalMessage: "Not running them." });
  });

  it("leaves the stream usable after run(): a later loop reads on where run() stopped", async () => {
    const { connection } = await setUp(framing);
    const session = await connection.openSession();
    expect((await session.run("hello")).status).toBe("completed");
    await session.send({ type: "heartbeat", id: "hb-1" });
    const frames = await readUntil(session, (f) => f.type === "heartbeat" && f.inReplyTo === "hb-1");
    expect(frames.map((f) => f.type)).toStrictEqual(["heartbeat"]);
    expect((await session.run("hello")).turnId).toBe("t2");
  });

  it("applies backpressure: a consumer that does not read stops the server, then gets every frame in order", async () => {
    const { peer, connection } = await setUp(framing, {}, { maxQueuedBytes: 64 * 1024 });
    const session = await connection.openSession();
    const deltas = 4000; // ~4 MB
    await session.sendMessage(`flood ${deltas}`);
    await expect.poll(() => peer.flood.blocked, { interval: 10, timeout: 5000 }).toBe(true);
    // Nothing is read now. Without pausing, the client would buffer the whole 4 MB at once.
    await sleep(200);
    expect(peer.flood.writtenBytes).toBeLessThan(512 * 1024);
    const frames = await readUntil(session, isTerminal);
    const indexes = frames.flatMap((f) => (f.type === "item" && f.event === "delta" ? [Number(f.delta.split(":")[0])] : []));
    expect(indexes).toStrictEqual(Array.from({ length: deltas }, (_, i) => i));
  });

  it("run() with an aborted signal cancels the turn and resolves interrupted", async () => {
    const { peer, connection } = await setUp(framing);
    const session = await connection.openSession();
    const controller = new AbortController();
    const running = session.run("wait", { signal: controller.signal });
    await peer.waitFor((f) => f.type === "user_message");
    controller.abort();
    const result = await running;
    expect(result).toMatchObject({ status: "interrupted", error: { reason: "cancelled" } });
    expect(peer.of("cancel")).toHaveLength(1);
  });

  it("the session's signal cancels the running turn, then closes the stream", async () => {
    const { peer, connection } = await setUp(framing);
    const controller = new AbortController();
    const session = await connection.openSession({ signal: controller.signal });
    await session.sendMessage("wait");
    const reading = readAll(session);
    await peer.waitFor((f) => f.type === "user_message");
    controller.abort();
    const frames = await reading;
    expect(frames.slice(-2)).toMatchObject([
      { type: "status", state: "interrupted", message: "Agent run cancelled by client.", reason: "cancelled" },
      { type: "terminate", reason: "client_closed" },
    ]);
    expect(peer.of("cancel")).toHaveLength(1);
  });

  it("rejects openSession with the server's error code when it refuses the session", async () => {
    const { connection } = await setUp(framing);
    const error = await rejection(connection.openSession({ sessionId: "expired", lastSeq: 3 }));
    expect(error).toMatchObject({ code: "session_expired", retryable: false, message: "session expired is not held" });
  });

  it("rejects openSession with aborted, and resets the stream, when its signal fires before the session frame", async () => {
    const { peer, connection } = await setUp(framing);
    const controller = new AbortController();
    const opening = connection.openSession({ sessionId: "silent", signal: controller.signal });
    await peer.waitFor((f) => f.type === "open_session");
    controller.abort();
    expect(await rejection(opening)).toMatchObject({ code: "aborted", retryable: false });
    // The connection stays usable for other sessions.
    expect((await connection.openSession()).sessionId).toBe("s-new");
  });

  it("reads a later server's frames by the forward-compatibility rule: unknown fields, item kinds, frame types and enum values pass", async () => {
    const { connection } = await setUp(framing);
    const session = await connection.openSession();
    const result = await session.run("later");
    expect(result).toMatchObject({ status: "completed", finalMessage: "From the future." });
    // The unknown item is kept as it came; the unknown frame type was skipped without a gap.
    expect(result.items.map((i) => i.type)).toEqual(["hologram", "agent_message"]);
    expect(result.items[0]).toEqual({ type: "hologram", id: "holo_1", frames: 24 });
    await session.close();
  });

  it("throws invalid_frame, naming the path, when the server sends a frame that breaks the spec", async () => {
    const { connection } = await setUp(framing);
    const session = await connection.openSession();
    await session.sendMessage("invalid");
    const error = await rejection(readAll(session));
    expect(error.code).toBe("invalid_frame");
    expect(error.path).toBe("/item/text");
    expect(error.message).toContain("/item/text");
  });

  it("refuses to send a frame that breaks the spec, before writing anything", async () => {
    const { peer, connection } = await setUp(framing);
    const session = await connection.openSession();
    const error = await rejection(session.send({ type: "approve", commandId: "call_1", decision: "maybe" } as unknown as ClientFrame));
    expect(error).toMatchObject({ code: "invalid_frame", path: "/decision" });
    await session.send({ type: "heartbeat", id: "after" });
    await peer.waitFor((f) => f.type === "heartbeat" && f.id === "after");
    expect(peer.frames.map((f) => f.type)).toStrictEqual(["open_session", "heartbeat"]);
    expect(peer.invalid).toStrictEqual([]);
  });

  it("sends a heartbeat every heartbeatIntervalMs while it has nothing else to send", async () => {
    const { peer, connection } = await setUp(framing, { heartbeatIntervalMs: 50 });
    await connection.openSession();
    await peer.waitFor((f) => f.type === "heartbeat");
    const second = await peer.waitFor((f) => f.type === "heartbeat" && peer.of("heartbeat").length >= 2);
    expect(second).toMatchObject({ type: "heartbeat", sentAtMs: expect.any(Number) });
  });
});

describe("connect", () => {
  it("rejects with unavailable, naming the URL, when nothing listens there", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const error = await rejection(connect(`http://127.0.0.1:${port}`));
    expect(error).toMatchObject({ code: "unavailable", retryable: true });
    expect(error.message).toContain(`could not connect to http://127.0.0.1:${port}`);
  });

  it("rejects openSession with unauthorized when the server wants a token the client did not send", async () => {
    const { connection } = await setUp("ndjson", { token: "secret" });
    const error = await rejection(connection.openSession());
    expect(error).toMatchObject({ code: "unauthorized", retryable: false });
    expect(error.message).toContain("HTTP 401");
  });

  it("checks its options once, with a message that says what to fix", async () => {
    await expect(connect("ftp://example.com")).rejects.toThrow("the URL must start with http:// (h2c) or https:// (TLS)");
    await expect(connect("http://127.0.0.1:1", { framing: "json" as never })).rejects.toThrow('framing must be "ndjson" or "length-prefixed"');
    await expect(connect("http://127.0.0.1:1", { maxFrameBytes: 0 })).rejects.toThrow("maxFrameBytes must be a positive integer");
    await expect(connect("http://127.0.0.1:1", { ca: "pem" })).rejects.toThrow("ca is only used with https:// URLs");
  });

  it("close() closes every open session stream, then the connection", async () => {
    const { connection } = await setUp("ndjson");
    const sessions = await Promise.all([connection.openSession(), connection.openSession({ sessionId: "s-2" })]);
    const reading = sessions.map((s) => readAll(s));
    await connection.close();
    for (const frames of await Promise.all(reading)) expect(frames).toMatchObject([{ type: "terminate", reason: "client_closed" }]);
  });
});

describe("connect over TLS", () => {
  let dir: string;
  let tls: { key: string; cert: string };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "codex-api-client-tls-"));
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
      "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "ignore" });
    tls = { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("trusts a self-signed server certificate given as ca, and runs a turn over it", async () => {
    const { connection } = await setUp("length-prefixed", { tls }, { ca: tls.cert });
    const session = await connection.openSession();
    expect((await session.run("hello")).finalMessage).toBe("Hello there!");
  });

  it("refuses a self-signed certificate it was not given", async () => {
    const peer = await startPeer({ tls });
    closers.push(() => peer.close());
    const error = await rejection(connect(peer.url));
    expect(error.code).toBe("unavailable");
    expect(error.message).toMatch(/self[- ]signed certificate/);
  });
});
