// The client library's steering, usage frames and trace context: real HTTP/2 and the real server
// and core, the fake engine (the real engine's side is test/server/steer-usage-trace.e2e.test.ts).
import { afterEach, expect, it } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { connect, type Connection } from "../../src/client/index.js";
import { startFakeEngineServer, type FakeEngineServer } from "../support/server-harness.js";

let server: FakeEngineServer | undefined;
let connection: Connection | undefined;
afterEach(async () => {
  await connection?.close();
  await server?.close();
  connection = server = undefined;
});

const TRACE = { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", tracestate: "k=v" };

it("steer() joins the running turn (its user message answers the frame), usage frames reach the iterator, and a message's trace reaches the engine", async () => {
  server = await startFakeEngineServer();
  connection = await connect(server.url);
  const session = await connection.openSession();
  const frames = session[Symbol.asyncIterator]();
  const next = async (predicate: (f: ServerFrame) => boolean): Promise<ServerFrame> => {
    for (;;) {
      const { value, done } = await frames.next();
      if (done) throw new Error("the session ended");
      if (predicate(value)) return value;
    }
  };
  await session.sendMessage("hi", { trace: TRACE });
  const started = await next((f) => f.type === "status" && f.state === "started");
  const turnId = (started as Extract<ServerFrame, { type: "status" }>).turnId;
  expect(server.engine.traces).toEqual([
    { call: "startThread", trace: TRACE },
    { call: "startTurn", trace: TRACE },
  ]);

  const id = await session.steer(turnId, "also this");
  expect(await next((f) => f.type === "item" && f.event === "completed")).toMatchObject({ turnId, item: { type: "user_message", text: "also this", inReplyTo: id } });
  expect(server.engine.steers).toEqual([expect.objectContaining({ turnId, accepted: true, trace: TRACE })]);

  const last = { inputTokens: 7, cachedInputTokens: 0, outputTokens: 1, reasoningOutputTokens: 0, totalTokens: 8 };
  server.engine.emit({ kind: "usage", threadId: "thread-1", turnId, last, total: last, contextWindow: 1000 });
  expect(await next((f) => f.type === "usage")).toMatchObject({ turnId, last, turn: last, contextWindow: 1000 });
  server.engine.endTurn("thread-1", turnId);
  await next((f) => f.type === "status" && f.state === "completed");

  const late = await session.steer(turnId, "too late");
  expect(await next((f) => f.type === "error")).toMatchObject({ code: "turn_not_steerable", inReplyTo: late, turnId });
});

it("run() hands each usage frame of its turn to onUsage while it runs", async () => {
  server = await startFakeEngineServer();
  connection = await connect(server.url);
  const session = await connection.openSession();
  const seen: number[] = [];
  const last = { inputTokens: 7, cachedInputTokens: 0, outputTokens: 1, reasoningOutputTokens: 0, totalTokens: 8 };
  const engine = server.engine;
  const unsubscribe = engine.onEvent((event) => {
    if (event.kind !== "turn_started") return;
    // As the engine: usage after each model request, then the end.
    setImmediate(() => {
      engine.emit({ kind: "usage", threadId: event.threadId, turnId: event.turnId, last, total: last, contextWindow: 1000 });
      engine.emit({ kind: "usage", threadId: event.threadId, turnId: event.turnId, last, total: last, contextWindow: 1000 });
      engine.endTurn(event.threadId, event.turnId);
    });
  });
  const result = await session.run("hi", { onUsage: (usage) => seen.push(usage.turn.totalTokens) });
  unsubscribe();
  expect(seen).toEqual([8, 16]);
  expect(result.usage).toMatchObject({ totalTokens: 16 });
});
