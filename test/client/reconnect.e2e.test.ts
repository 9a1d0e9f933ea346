// Automatic reconnection against the real codex-api (real engine, scripted model), with a TCP
// proxy in between that breaks the network: the consumer's one iterable gets every history frame
// exactly once, a run() survives a drop, and a prompt pending across a drop gets answered.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CommandPromptFrame, ServerFrame, SessionFrame } from "../../generated/types.js";
import { connect, type ConnectOptions } from "../../src/client/index.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";
import { Events, isHistory, isTerminal, readAll, readUntil, rejection, SCRIPT, STREAM_TEXT } from "./reconnect-fixtures.js";
import { TcpProxy } from "./tcp-proxy.js";

let server: TestServer;
let proxy: TcpProxy;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  // untrusted: the engine asks before every command.
  server = await startTestServer(SCRIPT, ["--approval-policy", "untrusted"]);
});
afterAll(async () => server?.close());

beforeEach(async () => {
  proxy = await TcpProxy.start(server.url);
  closers.push(() => proxy.close());
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function connectThroughProxy(framing: ConnectOptions["framing"] = "ndjson") {
  const connection = await connect(proxy.url, { framing });
  closers.push(() => connection.close());
  return connection;
}

describe.each(["ndjson", "length-prefixed"] as const)("with %s framing", (framing) => {
  it("hands out every history frame exactly once, in order, while the connection is cut at random moments", async () => {
    const connection = await connectThroughProxy(framing);
    const reconnected = new Events<SessionFrame>();
    const session = await connection.openSession({ onReconnect: reconnected.push });
    await session.sendMessage("stream");
    const reading = readUntil(session, isTerminal);
    const finished = reading.then(
      () => "finished",
      () => "finished",
    );
    const cuts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const bytes = 1000 + Math.floor(Math.random() * 8000);
      const mode = i % 2 === 0 ? "reset" : "close";
      if ((await Promise.race([proxy.cutAfter(bytes, mode).then(() => "cut"), finished])) !== "cut") break;
      cuts.push(`${mode} after ${bytes} bytes`);
      await reconnected.next();
    }
    const frames = await reading;

    const history = frames.filter(isHistory);
    expect(history.map((f) => f.seq), `cuts: ${cuts.join(", ")}`).toStrictEqual(history.map((_, i) => i + 1));
    expect(frames.filter(isTerminal)).toMatchObject([{ type: "status", state: "completed" }]);
    const text = frames.flatMap((f) => (f.type === "item" && f.event === "delta" ? [f.delta] : [])).join("");
    expect(text).toBe(STREAM_TEXT);
    // The intermediate streams' session and terminate frames are the library's, not the consumer's.
    expect(frames.filter((f) => f.type === "session" || f.type === "terminate")).toStrictEqual([]);
    expect(cuts.length).toBeGreaterThan(0);
    expect(reconnected.seen).toHaveLength(cuts.length);
    expect(reconnected.seen.every((s) => s.resumed && s.replay?.lost === 0)).toBe(true);
    expect(session.gaps).toStrictEqual([]);
    expect(session.lastSeq).toBe(history.length);
  });
});

it("answers a prompt that was pending across a drop: the answer waits for the reconnect, then the command runs", async () => {
  const connection = await connectThroughProxy();
  const reconnected = new Events<SessionFrame>();
  const session = await connection.openSession({ onReconnect: reconnected.push });
  const prompts: CommandPromptFrame[] = [];
  const result = await session.run("approve-live", {
    onPrompt: async (prompt) => {
      prompts.push(prompt);
      proxy.cut("reset", true);
      // Refused once: the client saw the drop and is reconnecting, so the answer has to wait.
      await proxy.whenRefused(1);
      void proxy.whenRefused(2).then(() => proxy.up());
      return "allow" as const;
    },
  });
  expect(result.status).toBe("completed");
  expect(prompts).toHaveLength(1);
  expect(result.items.find((item) => item.type === "command_execution")).toMatchObject({ status: "completed", exitCode: 0 });
  expect(existsSync(join(server.workspace, "approved-live.txt"))).toBe(true);
  expect(reconnected.seen).toHaveLength(1);
  expect(reconnected.seen[0]!.turn).toMatchObject({ turnId: result.turnId, pendingCommandIds: [prompts[0]!.commandId] });
});

it("sends an answer again when it was lost with the connection and the server still waits for it", async () => {
  const connection = await connectThroughProxy();
  const reconnected = new Events<SessionFrame>();
  const session = await connection.openSession({ onReconnect: reconnected.push });
  const result = await session.run("approve-lost", {
    onPrompt: () => {
      // From now on nothing the client sends arrives; once the answer is among it, the connection drops.
      void proxy.swallowUntil('"approve"').then(() => proxy.cut());
      return "allow";
    },
  });
  expect(result.status).toBe("completed");
  expect(result.items.find((item) => item.type === "command_execution")).toMatchObject({ status: "completed", exitCode: 0 });
  expect(existsSync(join(server.workspace, "approved-lost.txt"))).toBe(true);
  expect(reconnected.seen).toHaveLength(1);
  expect(reconnected.seen[0]!.turn?.pendingCommandIds).toHaveLength(1);
});

it("sends an answer to a question again when it was lost with the connection and the server still waits for it", async () => {
  const connection = await connectThroughProxy();
  const reconnected = new Events<SessionFrame>();
  const session = await connection.openSession({ onReconnect: reconnected.push });
  const result = await session.run("question-lost", {
    onQuestion: () => {
      void proxy.swallowUntil('"answer"').then(() => proxy.cut());
      return { answers: { colour: ["Red"] } };
    },
  });
  expect(result).toMatchObject({ status: "completed", finalMessage: "Answered." });
  expect(reconnected.seen).toHaveLength(1);
  expect(reconnected.seen[0]!.turn?.pendingPromptIds).toHaveLength(1);
  const followUp = server.api.scriptedModel!.requests.find((r) => r.userText === "question-lost" && r.response === 1);
  expect(JSON.stringify(followUp?.body)).toContain("Red");
});

it("does not reconnect a stream that another stream of the same session superseded", async () => {
  const connection = await connectThroughProxy();
  const reconnected = new Events<SessionFrame>();
  const first = await connection.openSession({ onReconnect: reconnected.push });
  const reading = readAll(first);
  const other = await connect(server.url);
  closers.push(() => other.close());
  const second = await other.openSession({ sessionId: first.sessionId, lastSeq: first.lastSeq });

  const frames: ServerFrame[] = await reading;
  expect(frames.at(-1)).toMatchObject({ type: "terminate", reason: "superseded", reconnect: false });
  expect(await rejection(first.heartbeat())).toMatchObject({ code: "stream_closed" });
  expect(reconnected.seen).toStrictEqual([]);
  expect(proxy.accepted).toBe(1);
  // The session stays with the stream that took it over.
  expect((await second.run("hello")).status).toBe("completed");
});

it("stops reconnecting when closed: close() resolves, and the iterable and sends fail with stream_closed", async () => {
  const connection = await connectThroughProxy();
  const reconnected = new Events<SessionFrame>();
  const session = await connection.openSession({ onReconnect: reconnected.push });
  const failed = rejection(readAll(session));
  proxy.cut("reset", true);
  await proxy.whenRefused(1);
  await session.close();

  expect(await failed).toMatchObject({ code: "stream_closed", retryable: true });
  expect(await rejection(session.heartbeat())).toMatchObject({ code: "stream_closed" });
  expect(reconnected.seen).toStrictEqual([]);
  expect(proxy.accepted).toBe(1);
});
