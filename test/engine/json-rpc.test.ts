import { afterEach, describe, expect, it, vi } from "vitest";
import { EngineError } from "../../src/engine/engine-error.js";
import { JsonRpcPeer } from "../../src/engine/json-rpc.js";

function peer() {
  const sent: unknown[] = [];
  const notifications: unknown[] = [];
  const requests: unknown[] = [];
  const problems: string[] = [];
  const rpc = new JsonRpcPeer((line) => sent.push(JSON.parse(line)), {
    onNotification: (method, params) => notifications.push({ method, params }),
    onRequest: (id, method, params) => requests.push({ id, method, params }),
    onProtocolError: (message) => problems.push(message),
  });
  return { rpc, sent, notifications, requests, problems };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("JsonRpcPeer", () => {
  it("numbers requests from 0 and resolves each with its own response", async () => {
    const { rpc, sent } = peer();
    const first = rpc.request("thread/unsubscribe", { threadId: "a" }, 1000);
    const second = rpc.request("turn/interrupt", { threadId: "a", turnId: "t" }, 1000);
    expect(sent).toEqual([
      { id: 0, method: "thread/unsubscribe", params: { threadId: "a" } },
      { id: 1, method: "turn/interrupt", params: { threadId: "a", turnId: "t" } },
    ]);
    rpc.handleLine('{"id":1,"result":{}}');
    rpc.handleLine('{"id":0,"result":{"status":"unsubscribed"}}');
    await expect(first).resolves.toEqual({ status: "unsubscribed" });
    await expect(second).resolves.toEqual({});
  });

  it("rejects with the engine's error code and message", async () => {
    const { rpc } = peer();
    const request = rpc.request("turn/interrupt", { threadId: "a", turnId: "t" }, 1000);
    rpc.handleLine('{"id":0,"error":{"code":-32600,"message":"no active turn to interrupt"}}');
    const error = await request.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineError);
    expect(error).toMatchObject({ code: "rpc_error", rpcCode: -32600, message: "turn/interrupt: no active turn to interrupt" });
  });

  it("times a request out and ignores its late answer as a stray", async () => {
    vi.useFakeTimers();
    const { rpc, problems } = peer();
    const request = rpc.request("thread/unsubscribe", { threadId: "a" }, 50);
    vi.advanceTimersByTime(50);
    await expect(request).rejects.toMatchObject({ code: "timeout" });
    rpc.handleLine('{"id":0,"result":{}}');
    expect(problems).toHaveLength(1);
  });

  it("tells notifications from server requests (which have an id)", () => {
    const { rpc, notifications, requests } = peer();
    rpc.handleLine('{"method":"turn/started","params":{"threadId":"a"},"emittedAtMs":1}');
    rpc.handleLine('{"method":"item/fileChange/requestApproval","id":0,"params":{"itemId":"call_1"}}');
    expect(notifications).toEqual([{ method: "turn/started", params: { threadId: "a" } }]);
    expect(requests).toEqual([{ id: 0, method: "item/fileChange/requestApproval", params: { itemId: "call_1" } }]);
  });

  it("answers server requests with a result or an error", () => {
    const { rpc, sent } = peer();
    rpc.respond(0, { decision: "accept" });
    rpc.respondError(1, -32601, "unknown");
    expect(sent).toEqual([
      { id: 0, result: { decision: "accept" } },
      { id: 1, error: { code: -32601, message: "unknown" } },
    ]);
  });

  it("reports lines that are not JSON-RPC without failing", () => {
    const { rpc, problems } = peer();
    rpc.handleLine("not json");
    rpc.handleLine("[1,2]");
    rpc.handleLine("");
    expect(problems).toHaveLength(2);
  });

  it("fails pending and later requests once the engine is gone", async () => {
    const { rpc, sent } = peer();
    const pending = rpc.request("thread/unsubscribe", { threadId: "a" }, 1000);
    rpc.fail(new EngineError("exited", "gone"));
    await expect(pending).rejects.toMatchObject({ code: "exited" });
    await expect(rpc.request("thread/unsubscribe", { threadId: "a" }, 1000)).rejects.toMatchObject({ code: "exited" });
    expect(sent).toHaveLength(1);
  });
});
