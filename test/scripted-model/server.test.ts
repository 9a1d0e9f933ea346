import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startScriptedModel, type Script, type ScriptedModel, type ScriptedModelOptions } from "../../src/scripted-model/index.js";
import { body, call, output, post, readAll, readEvents, user, type SseEvent } from "./sse-client.js";

const open: ScriptedModel[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((model) => model.close()));
});

async function start(script: Script, options?: ScriptedModelOptions): Promise<ScriptedModel> {
  const model = await startScriptedModel(script, options);
  open.push(model);
  return model;
}

const oneResponse = (...events: Script["turns"][number]["responses"][number][]): Script => ({ turns: [{ responses: events }] });
const names = (events: SseEvent[]): string[] => events.map((event) => event.event);

describe("scripted model over HTTP", () => {
  it("listens on 127.0.0.1 and gives a /v1 base URL", async () => {
    const model = await start(oneResponse([{ type: "text", text: "hi" }]));
    expect(model.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it("streams text as output_item.added, one delta per chunk, output_item.done, response.completed", async () => {
    const model = await start(oneResponse([{ type: "text", text: "Hello, world", chunkChars: 5 }]));
    const response = await post(model.url, body(user("hi")));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const events = await readAll(response);
    expect(names(events)).toStrictEqual([
      "response.created",
      "response.output_item.added",
      "response.output_text.delta",
      "response.output_text.delta",
      "response.output_text.delta",
      "response.output_item.done",
      "response.completed",
    ]);
    for (const event of events) expect(event.data.type).toBe(event.event);
    const id = events[1]!.data.item.id;
    expect(events[1]!.data.item).toStrictEqual({ type: "message", role: "assistant", id, content: [] });
    expect(events.slice(2, 5).map((event) => [event.data.item_id, event.data.delta])).toStrictEqual([
      [id, "Hello"],
      [id, ", wor"],
      [id, "ld"],
    ]);
    expect(events[5]!.data.item).toStrictEqual({ type: "message", role: "assistant", id, content: [{ type: "output_text", text: "Hello, world" }] });
    expect(events[6]!.data.response).toMatchObject({ id: events[0]!.data.response.id, usage: { input_tokens: expect.any(Number), output_tokens: 3 } });
  });

  it("chunks on code points, so no delta splits a surrogate pair", async () => {
    const model = await start(oneResponse([{ type: "text", text: "a😀b😀", chunkChars: 1 }]));
    const deltas = (await readAll(await post(model.url, body(user("hi")))))
      .filter((event) => event.event === "response.output_text.delta")
      .map((event) => event.data.delta);
    expect(deltas).toStrictEqual(["a", "😀", "b", "😀"]);
  });

  it("sends the given deltas as they are and flushes each one before the pause", async () => {
    const model = await start(oneResponse([{ type: "text", deltas: ["one ", "two ", "three"], delayMs: 250 }]));
    const arrivals: { at: number; chunk: number }[] = [];
    const started = performance.now();
    for await (const event of readEvents(await post(model.url, body(user("hi"))))) {
      if (event.event === "response.output_text.delta") arrivals.push({ at: performance.now() - started, chunk: event.chunk });
      if (event.event === "response.output_item.done") expect(event.data.item.content[0].text).toBe("one two three");
    }
    // Each delta reaches the client in its own read, a pause apart, not all at the end. (Client and
    // server share this event loop, so the margin allows for a loop stalled by other test files.)
    expect(new Set(arrivals.map((arrival) => arrival.chunk)).size).toBe(3);
    expect(arrivals[1]!.at - arrivals[0]!.at).toBeGreaterThanOrEqual(150);
    expect(arrivals[2]!.at - arrivals[1]!.at).toBeGreaterThanOrEqual(150);
  });

  it("streams reasoning as summary part, summary deltas, content deltas and a done item with encrypted_content", async () => {
    const model = await start(oneResponse([{ type: "reasoning", summary: "Look first", content: "raw", chunkChars: 5 }]));
    const events = await readAll(await post(model.url, body(user("hi"))));
    const id = events[1]!.data.item.id;
    expect(events.slice(1, -1).map((event) => ({ event: event.event, ...event.data, type: undefined }))).toStrictEqual([
      { event: "response.output_item.added", item: { type: "reasoning", id, summary: [] }, type: undefined },
      { event: "response.reasoning_summary_part.added", item_id: id, summary_index: 0, type: undefined },
      { event: "response.reasoning_summary_text.delta", item_id: id, summary_index: 0, delta: "Look ", type: undefined },
      { event: "response.reasoning_summary_text.delta", item_id: id, summary_index: 0, delta: "first", type: undefined },
      { event: "response.reasoning_text.delta", item_id: id, content_index: 0, delta: "raw", type: undefined },
      {
        event: "response.output_item.done",
        item: {
          type: "reasoning",
          id,
          summary: [{ type: "summary_text", text: "Look first" }],
          content: [{ type: "reasoning_text", text: "raw" }],
          encrypted_content: expect.any(String),
        },
        type: undefined,
      },
    ]);
  });

  it("emits exec as an exec_command function_call, with call ids unique across requests", async () => {
    const model = await start(
      oneResponse([
        { type: "exec", command: "ls -la", escalate: true, justification: "List files", workdir: "/tmp", yieldTimeMs: 500 },
        { type: "exec", command: "pwd" },
      ]),
    );
    const first = await readAll(await post(model.url, body(user("hi"))));
    const second = await readAll(await post(model.url, body(user("hi"))));
    const calls = [...first, ...second].filter((event) => event.event === "response.output_item.done").map((event) => event.data.item);
    expect(calls).toHaveLength(4);
    expect(calls[0]).toStrictEqual({ type: "function_call", id: expect.any(String), call_id: expect.stringMatching(/^call_\d+$/), name: "exec_command", arguments: expect.any(String) });
    expect(JSON.parse(calls[0].arguments)).toStrictEqual({
      cmd: "ls -la",
      sandbox_permissions: "require_escalated",
      justification: "List files",
      workdir: "/tmp",
      yield_time_ms: 500,
    });
    expect(JSON.parse(calls[1].arguments)).toStrictEqual({ cmd: "pwd" });
    expect(new Set(calls.map((item) => item.call_id)).size).toBe(4);
    expect(names(first).slice(-1)).toStrictEqual(["response.completed"]);
  });

  it("emits patch as an apply_patch custom_tool_call carrying the patch verbatim", async () => {
    const patch = "*** Begin Patch\n*** Add File: a.txt\n+hello\n*** End Patch\n";
    const model = await start(oneResponse([{ type: "patch", patch }]));
    const events = await readAll(await post(model.url, body(user("hi"))));
    expect(names(events)).toStrictEqual(["response.created", "response.output_item.done", "response.completed"]);
    expect(events[1]!.data.item).toStrictEqual({
      type: "custom_tool_call",
      id: expect.any(String),
      call_id: expect.stringMatching(/^call_\d+$/),
      name: "apply_patch",
      input: patch,
      status: "completed",
    });
  });

  it("pauses for a delay event before the events after it", async () => {
    const model = await start(oneResponse([{ type: "delay", ms: 150 }, { type: "text", text: "late" }]));
    const started = performance.now();
    let createdAt = 0;
    let textAt = 0;
    for await (const event of readEvents(await post(model.url, body(user("hi"))))) {
      if (event.event === "response.created") createdAt = performance.now() - started;
      if (event.event === "response.output_item.added") textAt = performance.now() - started;
    }
    expect(textAt - createdAt).toBeGreaterThanOrEqual(130);
  });

  it("answers http_error with the status and a JSON error body, after any delays", async () => {
    const model = await start({
      turns: [
        { match: "default", responses: [[{ type: "http_error", status: 500 }]] },
        { match: "custom", responses: [[{ type: "delay", ms: 50 }, { type: "http_error", status: 429, body: { error: { type: "insufficient_quota", message: "quota" } } }]] },
      ],
    });
    const plain = await post(model.url, body(user("default")));
    expect(plain.status).toBe(500);
    expect(plain.headers.get("content-type")).toBe("application/json");
    expect(await plain.json()).toMatchObject({ error: { message: expect.any(String) } });
    const custom = await post(model.url, body(user("custom")));
    expect(custom.status).toBe(429);
    expect(await custom.json()).toStrictEqual({ error: { type: "insufficient_quota", message: "quota" } });
  });

  it("ends a fail response with response.failed and no response.completed", async () => {
    const model = await start(oneResponse([{ type: "text", text: "partial" }, { type: "fail", code: "context_length_exceeded", message: "too long" }]));
    const events = await readAll(await post(model.url, body(user("hi"))));
    expect(names(events).slice(-2)).toStrictEqual(["response.output_item.done", "response.failed"]);
    expect(events.at(-1)!.data.response).toMatchObject({ status: "failed", error: { code: "context_length_exceeded", message: "too long" } });
  });

  it("destroys the socket at a disconnect event, after the events before it arrived", async () => {
    const model = await start(oneResponse([{ type: "text", text: "partial" }, { type: "disconnect" }]));
    const received: string[] = [];
    const reading = (async () => {
      for await (const event of readEvents(await post(model.url, body(user("hi"))))) received.push(event.event);
    })();
    await expect(reading).rejects.toThrow();
    expect(received).toStrictEqual(["response.created", "response.output_item.added", "response.output_text.delta", "response.output_item.done"]);
  });

  it("reports the script's usage, filling total_tokens", async () => {
    const model = await start(oneResponse({ events: [{ type: "text", text: "x" }], usage: { input_tokens: 100, output_tokens: 7, input_tokens_details: { cached_tokens: 40 } } }));
    const events = await readAll(await post(model.url, body(user("hi"))));
    expect(events.at(-1)!.data.response.usage).toStrictEqual({ input_tokens: 100, output_tokens: 7, input_tokens_details: { cached_tokens: 40 }, total_tokens: 107 });
  });

  it("writes a burst's deltas together and honours backpressure on a large stream", async () => {
    const deltas = Array.from({ length: 2_000 }, (_, index) => `${String(index).padStart(4, "0")}${"x".repeat(1_000)}`);
    const model = await start(oneResponse([{ type: "text", deltas, burst: true }]));
    const response = await post(model.url, body(user("hi")));
    // Let the server fill the socket and wait for drain before the client reads anything.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const received = (await readAll(response)).filter((event) => event.event === "response.output_text.delta").map((event) => event.data.delta);
    expect(received).toStrictEqual(deltas);
  });

  it("records each request with its body, headers and the script position that answered it", async () => {
    const model = await start({
      turns: [
        { responses: [[{ type: "exec", command: "ls" }], [{ type: "text", text: "first turn done" }]] },
        { match: "^deploy", responses: [[{ type: "text", text: "deploying" }]] },
        { responses: [[{ type: "text", text: "second positional turn" }]] },
      ],
    });
    const texts = async (payload: unknown): Promise<string[]> =>
      (await readAll(await post(model.url, payload))).filter((event) => event.event === "response.output_item.done").map((event) => event.data.item.content?.[0]?.text ?? event.data.item.type);

    expect(await texts(body(user("hello")))).toStrictEqual(["function_call"]);
    expect(await texts(body(user("hello"), call("call_1"), output("call_1")))).toStrictEqual(["first turn done"]);
    // Past the last response of the turn: the built-in final message.
    expect(await texts(body(user("hello"), call("call_1"), output("call_1"), call("call_2"), output("call_2")))).toStrictEqual(["Done."]);
    expect(await texts(body(user("hello"), user("deploy now")))).toStrictEqual(["deploying"]);
    // Matched messages don't consume positional turns: "next" is the second unmatched message.
    expect(await texts(body(user("hello"), user("deploy now"), user("next")))).toStrictEqual(["second positional turn"]);
    // More user messages than positional turns: the last one repeats.
    expect(await texts(body(user("a"), user("b"), user("c")))).toStrictEqual(["second positional turn"]);

    expect(model.requests.map((request) => [request.userText, request.turn, request.response, request.scripted])).toStrictEqual([
      ["hello", 0, 0, true],
      ["hello", 0, 1, true],
      ["hello", 0, 2, false],
      ["deploy now", 1, 0, true],
      ["next", 2, 0, true],
      ["c", 2, 0, true],
    ]);
    const first = model.requests[0]!;
    expect(first).toMatchObject({ method: "POST", path: "/v1/responses", body: body(user("hello")) });
    expect(first.headers["content-type"]).toBe("application/json");
  });

  it("answers a request without any user message with the built-in final message", async () => {
    const model = await start(oneResponse([{ type: "text", text: "scripted" }]));
    const events = await readAll(await post(model.url, body()));
    expect(events.find((event) => event.event === "response.output_item.done")!.data.item.content[0].text).toBe("Done.");
    expect(model.requests[0]).toMatchObject({ userText: null, turn: null, scripted: false });
  });

  it("serves concurrent requests independently", async () => {
    const model = await start(oneResponse([{ type: "delay", ms: 300 }, { type: "text", text: "done" }]));
    const started = performance.now();
    const all = await Promise.all(Array.from({ length: 8 }, async () => readAll(await post(model.url, body(user("hi"))))));
    expect(performance.now() - started).toBeLessThan(8 * 300);
    for (const events of all) expect(names(events).at(-1)).toBe("response.completed");
    const ids = all.map((events) => events[0]!.data.response.id);
    expect(new Set(ids).size).toBe(8);
  });

  it("rejects what is not a Responses request: other paths, non-JSON bodies, another model slug", async () => {
    const model = await start(oneResponse([{ type: "text", text: "x" }]), { modelSlug: "scripted" });
    expect((await fetch(`${model.url}/models`)).status).toBe(404);
    expect((await post(model.url, "not json")).status).toBe(400);
    const wrongModel = await post(model.url, { ...body(user("hi")), model: "gpt-5.5" });
    expect(wrongModel.status).toBe(404);
    expect(await wrongModel.json()).toMatchObject({ error: { code: "model_not_found" } });
    expect((await post(model.url, body(user("hi")))).status).toBe(200);
    expect(model.requests).toHaveLength(4);
  });

  it("waitForRequests resolves on the nth request and times out with a count", async () => {
    const model = await start(oneResponse([{ type: "text", text: "x" }]));
    const waiting = model.waitForRequests(2);
    await readAll(await post(model.url, body(user("one"))));
    await readAll(await post(model.url, body(user("two"))));
    await expect(waiting).resolves.toBeUndefined();
    await expect(model.waitForRequests(3, 50)).rejects.toThrow("waited 50 ms for 3 model requests; received 2");
  });

  it("keeps only the most recent requests (each holds the whole conversation), but counts and waits on all", async () => {
    const model = await start(oneResponse([{ type: "text", text: "x" }]), { maxRecordedRequests: 3 });
    for (const text of ["one", "two", "three", "four", "five"]) await readAll(await post(model.url, body(user(text))));
    expect(model.requests.map((r) => r.userText)).toStrictEqual(["three", "four", "five"]);
    expect(model.requestCount).toBe(5);
    await expect(model.waitForRequests(5, 50)).resolves.toBeUndefined();
    const unbounded = await start(oneResponse([{ type: "text", text: "x" }]));
    for (let i = 0; i < 105; i++) await readAll(await post(unbounded.url, body(user(`m${i}`))));
    expect(unbounded.requests).toHaveLength(100);
    expect(unbounded.requests[0]!.userText).toBe("m5");
  });

  it("close() ends open streams and rejects waiters at once", async () => {
    const model = await start(oneResponse([{ type: "text", text: "start" }, { type: "delay", ms: 60_000 }, { type: "text", text: "never" }]));
    const response = await post(model.url, body(user("hi")));
    const received: string[] = [];
    const reading = (async () => {
      for await (const event of readEvents(response)) received.push(event.event);
    })();
    await model.waitForRequests(1);
    const waiter = expect(model.waitForRequests(5, 60_000)).rejects.toThrow("closed");
    const started = performance.now();
    await model.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(reading).rejects.toThrow();
    await waiter;
    expect(received).not.toContain("response.completed");
    await expect(post(model.url, body(user("hi")))).rejects.toThrow();
  });

  it("close() leaves nothing that keeps the process alive (no server, socket or timer)", async () => {
    const fixture = fileURLToPath(new URL("./close-exits.fixture.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", fixture], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exit = once(child, "exit");
      const limit = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 15_000).unref());
      const result = await Promise.race([exit, limit]);
      expect(result, `the process did not exit after close(); stderr: ${stderr}`).not.toBe("timeout");
      expect(result).toStrictEqual([0, null]);
      expect(stdout).toBe("closed; waiter rejected\n");
    } finally {
      child.kill("SIGKILL");
    }
  });
});
