// Steering, live usage and trace context end to end: real HTTP/2, the real codex engine, the
// scripted model (spec: `user_message` "Steering", the `usage` frame, "Trace context").
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import http2 from "node:http2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorFrame, ItemFrame, ServerFrame, StatusFrame, UsageFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { recordingLogger, startTestServer, type TestServer } from "../support/server-harness.js";

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
const TRACEPARENT = `00-${TRACE_ID}-00f067aa0ba902b7-01`;
const RESETS_AT_S = 1_796_200_000;

const SCRIPT: Script = {
  turns: [
    // Long enough (~4 s) that the steering message arrives while it streams.
    { match: "^steer me", responses: [{ events: [{ type: "text", text: "working on it ".repeat(20), chunkChars: 4, delayMs: 50 }], usage: { input_tokens: 900, output_tokens: 40 } }] },
    {
      match: "^steered:",
      responses: [
        {
          events: [{ type: "text", text: "Steered as asked." }],
          usage: { input_tokens: 1200, output_tokens: 5, input_tokens_details: { cached_tokens: 1000 } },
          rateLimits: { primary: { usedPercent: 42, windowMinutes: 300, resetsAt: RESETS_AT_S }, secondary: { usedPercent: 7 } },
        },
      ],
    },
    { match: "^traced", responses: [[{ type: "text", text: "Traced." }]] },
  ],
};

describe("steering, usage and trace context through the real engine", () => {
  let server: TestServer;
  let collector: Server;
  const spans: string[] = [];
  const log = recordingLogger();
  const streams: RawStream[] = [];

  beforeAll(async () => {
    // An OTLP/HTTP receiver for the engine's spans: with a trace exporter the engine continues
    // the trace it is given (docs/engine-notes.md §8).
    collector = createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      req.on("end", () => {
        spans.push(body);
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    const endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;
    server = await startTestServer(SCRIPT, ["--approval-policy", "never"], {
      log,
      codexConfigToml: `[otel]\ntrace_exporter = { otlp-http = { endpoint = "${endpoint}", protocol = "json" } }\n`,
    });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await server?.close();
    await new Promise((resolve) => collector?.close(resolve));
  });

  function open(headers: Record<string, string> = {}): RawStream {
    const stream = RawStream.open(server.url, { headers });
    streams.push(stream);
    return stream;
  }

  it("a user_message with expectedTurnId joins the running turn; its usage arrives live; a steer on an ended turn is turn_not_steerable", async () => {
    const stream = open();
    stream.send({ type: "user_message", id: "m-1", content: "steer me" });
    const { turnId } = await stream.next<StatusFrame>((f) => f.type === "status" && f.state === "started");
    await stream.next((f) => f.type === "item" && f.event === "delta" && f.turnId === turnId);
    stream.send({ type: "user_message", id: "st-1", content: "steered: also update the changelog", expectedTurnId: turnId });

    const steered = await stream.next<Extract<ItemFrame, { event: "completed" }>>((f) => f.type === "item" && f.event === "completed" && f.item.type === "user_message" && f.item.inReplyTo === "st-1");
    expect(steered).toMatchObject({ turnId, item: { type: "user_message", text: "steered: also update the changelog" } });
    const end = await stream.next<StatusFrame>(isTerminal);
    expect(end).toMatchObject({ turnId, state: "completed", finalMessage: "Steered as asked." });
    // The answer the steer cut short was completed (with its text so far) before the steered input,
    // and nothing of it came after.
    const agentMessages = stream.frames.filter((f): f is Extract<ItemFrame, { event: "completed" }> => f.type === "item" && f.event === "completed" && f.item.type === "agent_message");
    expect(agentMessages.map((f) => f.item.type === "agent_message" && f.item.text)).toEqual([expect.stringMatching(/^work/), "Steered as asked."]);
    const cutId = agentMessages[0]!.item.id;
    expect(agentMessages[0]!.seq).toBeLessThan(steered.seq);
    expect(stream.frames.filter((f) => f.type === "item" && f.seq > steered.seq && (f.event === "delta" ? f.itemId : f.item.id) === cutId)).toEqual([]);
    // One turn: no second start, and the model was asked again with the steered input.
    expect(stream.frames.filter((f) => f.type === "status" && f.state === "started")).toHaveLength(1);
    expect(server.api.scriptedModel!.requests.some((r) => r.userText === "steered: also update the changelog")).toBe(true);

    // Live usage: the steered request's usage and rate limits, before the terminal status, which keeps the sum.
    const usage = stream.frames.filter((f): f is UsageFrame => f.type === "usage");
    expect(usage.length).toBeGreaterThan(0);
    const last = usage.at(-1)!;
    expect(last).toMatchObject({
      turnId,
      last: { inputTokens: 1200, cachedInputTokens: 1000, outputTokens: 5, totalTokens: 1205 },
      rateLimits: {
        primary: { usedPercent: 42, windowMinutes: 300, resetsAt: new Date(RESETS_AT_S * 1000).toISOString() },
        secondary: { usedPercent: 7, windowMinutes: null, resetsAt: null },
      },
    });
    expect(last.contextWindow).toBeGreaterThan(100_000);
    expect(last.seq).toBeLessThan(end.seq);
    expect(end.usage).toEqual(last.turn);

    stream.send({ type: "user_message", id: "st-2", content: "too late", expectedTurnId: turnId });
    const refused = await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === "st-2");
    expect(refused).toMatchObject({ code: "turn_not_steerable", turnId, retryable: false });
    expect(refused.message).toMatch(/is not running \(no turn is running\)/);
    // The stream carries on: a new turn starts.
    stream.send({ type: "user_message", id: "m-2", content: "traced again" });
    await stream.next((f: ServerFrame) => f.type === "status" && f.state === "started" && f.inReplyTo === "m-2");
    await stream.next((f: ServerFrame) => isTerminal(f) && f.seq > refused.seq);
  });

  it("the traceparent header reaches the engine (which continues the trace to the model) and codex-api's log lines for the stream and the turn", async () => {
    const stream = open({ traceparent: TRACEPARENT, tracestate: "vendor=opaque" });
    const requestsBefore = server.api.scriptedModel!.requestCount;
    stream.send({ type: "user_message", id: "t-1", content: "traced" });
    const end = await stream.next<StatusFrame>(isTerminal);
    expect(end).toMatchObject({ state: "completed", finalMessage: "Traced." });

    stream.endRequest();
    await stream.closed();
    // The turn's lines (core) and the stream's own (server).
    for (const message of ["turn requested", "turn started", "turn ended", "stream terminated"]) {
      const line = log.lines.find((l) => l.includes(` ${message} `) && l.includes(`"sessionId":"${end.sessionId}"`));
      expect(line, message).toContain(`"traceId":"${TRACE_ID}"`);
    }
    // The engine's model request is a child span of our trace: same trace id, its own span id.
    const request = server.api.scriptedModel!.requests.slice(requestsBefore - server.api.scriptedModel!.requestCount).find((r) => r.userText === "traced");
    expect(request?.headers.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
    expect(request?.headers.tracestate).toBe("vendor=opaque");
  });

  it.each([
    ["malformed", { traceparent: "00-xyz" }, "the traceparent header is not of the form 00-<32 lowercase hex>-<16 lowercase hex>-<2 lowercase hex>; send a W3C traceparent (00-<trace id>-<parent id>-<flags>), or no header"],
    ["an all-zero trace id", { traceparent: `00-${"0".repeat(32)}-00f067aa0ba902b7-01` }, "the traceparent header has a trace id of all zeros; send a W3C traceparent (00-<trace id>-<parent id>-<flags>), or no header"],
    ["a tracestate that is not ASCII", { traceparent: TRACEPARENT, tracestate: "k=\u00e9" }, "the tracestate header holds a character that is not printable ASCII; send printable ASCII of at most 512 characters, or no header"],
    ["two traceparents", { traceparent: [TRACEPARENT, TRACEPARENT] }, "send at most one traceparent header (this request had 2)"],
  ])("a request with %s is answered HTTP 400 invalid_header", async (_, headers, message) => {
    const client = http2.connect(server.url);
    client.on("error", () => undefined);
    try {
      const req = client.request({ ":method": "POST", ":path": "/agent/stream", "content-type": "application/x-ndjson", ...headers });
      req.end();
      const response = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => req.on("response", resolve).on("error", reject));
      let body = "";
      req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      await new Promise((resolve) => req.on("close", resolve));
      expect(response[":status"]).toBe(400);
      expect(JSON.parse(body)).toStrictEqual({ error: { code: "invalid_header", message } });
    } finally {
      client.close();
    }
  });
});
