// Issue #9.3: what a client sends to the engine is bounded, every engine request has a deadline,
// and a stuck request holds back nothing else on its stream. Real engine; the engine is made to
// hang by stopping its process (SIGSTOP), the way a wedged engine looks from outside.
import { afterEach, describe, expect, it } from "vitest";
import type { ErrorFrame, ServerFrame, StatusFrame } from "../../generated/types.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { recordingLogger, startTestServer, type TestServer } from "../support/server-harness.js";

let server: TestServer | undefined;
afterEach(async () => {
  if (server?.api.engine.enginePid !== undefined) {
    try {
      process.kill(server.api.engine.enginePid, "SIGCONT");
    } catch {
      // Already gone.
    }
  }
  await server?.close();
  server = undefined;
});

/** A JSON Schema with `levels` nested object schemas: 2 × levels − 1 levels of JSON. */
function nested(levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: "string" };
  for (let i = 1; i < levels; i++) schema = { type: "object", properties: { x: schema } };
  return schema;
}

describe("free-form JSON for the engine", () => {
  it("an outputSchema nested about 130 deep or over 64 KiB is refused at once with its path; the stream carries on", async () => {
    server = await startTestServer({ turns: [{ match: "^hello", responses: [[{ type: "text", text: "Hello." }]] }] });
    const stream = RawStream.open(server.url);
    const startedAt = Date.now();
    stream.send({ type: "user_message", id: "deep", sessionId: "s", content: "hello", configOverrides: { outputSchema: nested(65) } });
    const deep = await stream.next<ErrorFrame>((f) => f.type === "error");
    expect(deep).toMatchObject({ code: "invalid_frame", path: "/configOverrides/outputSchema", inReplyTo: "deep", retryable: false });
    expect(deep.message).toMatch(/more than 32 levels deep/);
    const big = { type: "object", properties: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`field_${i}`, { type: "string", description: "x".repeat(20) }])) };
    stream.send({ type: "open_session", id: "big", sessionId: "s", configOverrides: { outputSchema: big } });
    const large = await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === "big");
    expect(large).toMatchObject({ code: "invalid_frame", path: "/configOverrides/outputSchema" });
    expect(large.message).toMatch(/bytes as JSON; at most 65536/);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    // Within the bounds, the same field works, and so does the stream.
    stream.send({ type: "user_message", sessionId: "s", content: "hello", configOverrides: { outputSchema: nested(16) } });
    expect(await stream.next(isTerminal, 60_000)).toMatchObject({ state: "completed" });
    stream.close();
  });
});

describe("an engine that does not answer", () => {
  it("fails the turn start within the request deadline, retryable, while heartbeats and cancel are answered meanwhile", async () => {
    const log = recordingLogger();
    server = await startTestServer(
      {
        turns: [
          { match: "^first", responses: [[{ type: "text", text: "First." }]] },
          { match: "^stuck", responses: [[{ type: "delay", ms: 10_000 }, { type: "text", text: "Too late." }]] },
          { match: "^after", responses: [[{ type: "text", text: "After." }]] },
        ],
      },
      ["--engine-request-timeout-ms", "1500"],
      { log },
    );
    const stream = RawStream.open(server.url);
    stream.send({ type: "user_message", sessionId: "s", content: "first" });
    expect(await stream.next(isTerminal, 60_000)).toMatchObject({ state: "completed" });
    const pid = server.api.engine.enginePid!;
    process.kill(pid, "SIGSTOP");
    const from = stream.frames.length;
    const sentAt = Date.now();
    stream.send({ type: "user_message", id: "stuck", sessionId: "s", content: "stuck" });
    stream.send({ type: "heartbeat", id: "hb" });
    const beat = await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === "hb", 10_000, from);
    stream.send({ type: "cancel", id: "c", sessionId: "s" });
    const failed = await stream.next<ErrorFrame>((f) => f.type === "error" && f.inReplyTo === "stuck", 15_000, from);
    const failedMs = Date.now() - sentAt;
    expect(failed).toMatchObject({ code: "engine_unavailable", retryable: true });
    expect(failed.message).toMatch(/did not answer in time/);
    // The heartbeat did not wait behind the stuck turn start; the failure came at the deadline,
    // not at once and not a minute later.
    expect(stream.frames.indexOf(beat)).toBeLessThan(stream.frames.indexOf(failed));
    expect(failedMs).toBeGreaterThanOrEqual(1400);
    expect(failedMs).toBeLessThan(10_000);
    expect(stream.frames.slice(from).some((f) => f.type === "status")).toBe(false);

    // The engine wakes up and starts the turn it was asked for long ago: that turn is stopped, and
    // the session's next turn is a new one, not steered into it.
    process.kill(pid, "SIGCONT");
    await log.waitFor("the engine started a turn that was given up");
    const zombie = JSON.parse(log.lines.find((l) => l.includes("given up"))!.replace(/^[^{]*/, "")) as { turnId: string };
    const next = stream.frames.length;
    stream.send({ type: "user_message", sessionId: "s", content: "after" });
    const done = await stream.next<StatusFrame>(isTerminal, 60_000, next);
    expect(done).toMatchObject({ state: "completed", finalMessage: "After." });
    // Steered into the old turn, the new message would have come back under the old turn's id.
    expect(done.turnId).not.toBe(zombie.turnId);
    const given = stream.frames.filter((f: ServerFrame) => f.type === "status" && f.state === "started").map((f) => (f as StatusFrame).turnId);
    expect(new Set(given).size).toBe(given.length);
    expect(stream.frames.some((f) => f.type === "item" && f.event === "completed" && f.item.type === "agent_message" && f.item.text === "Too late.")).toBe(false);
    stream.close();
  });
});
