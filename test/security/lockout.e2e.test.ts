// Issue #9.4: one client cannot lock the server out cheaply, and replay history has one memory
// budget. Real engine, real HTTP/2 connections.
import http2 from "node:http2";
import { afterEach, describe, expect, it } from "vitest";
import type { ErrorFrame, SessionFrame, StatusFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const SCRIPT: Script = {
  turns: [
    { match: "^hello", responses: [[{ type: "text", text: "Hello." }]] },
    { match: "^slow", responses: [[{ type: "text", text: "tick ".repeat(100), chunkChars: 5, delayMs: 20 }]] },
  ],
};

let server: TestServer | undefined;
const streams: RawStream[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  await server?.close();
  server = undefined;
});

function open(options: Parameters<typeof RawStream.open>[1] = {}): RawStream {
  const stream = RawStream.open(server!.url, options);
  streams.push(stream);
  return stream;
}

async function openSession(stream: RawStream, sessionId: string, extra: object = {}): Promise<SessionFrame | ErrorFrame> {
  stream.send({ type: "open_session", sessionId, ...extra });
  return stream.next<SessionFrame | ErrorFrame>((f) => f.type === "session" || f.type === "error");
}

describe("opening sessions", () => {
  it("one connection opening sessions faster than allowed gets rate_limited with retryAfterMs; resumes and other connections are not limited", async () => {
    server = await startTestServer(SCRIPT, ["--new-session-burst", "4", "--max-new-sessions-per-second", "1"]);
    const connection = http2.connect(server.url);
    try {
      const answers: (SessionFrame | ErrorFrame)[] = [];
      for (let i = 0; i < 7; i++) answers.push(await openSession(open({ session: connection }), `flood-${i}`));
      expect(answers.slice(0, 4).map((a) => a.type)).toEqual(["session", "session", "session", "session"]);
      for (const refused of answers.slice(4)) {
        expect(refused).toMatchObject({ type: "error", code: "rate_limited", retryable: true, retryAfterMs: expect.any(Number) });
        expect((refused as ErrorFrame).retryAfterMs).toBeGreaterThan(0);
      }
      expect(server.api.core.stats().sessions).toBe(4);
      // Taking over a session that exists is not creating one.
      expect(await openSession(open({ session: connection }), "flood-0")).toMatchObject({ type: "session", resumed: true });
      // Another connection has its own allowance.
      expect(await openSession(open(), "elsewhere")).toMatchObject({ type: "session" });
    } finally {
      connection.close();
    }
  });

  it("sessions that never ran a turn and lost their stream expire after --unused-session-ttl-ms; used ones stay", async () => {
    server = await startTestServer(SCRIPT, ["--unused-session-ttl-ms", "1000"]);
    const used = open();
    used.send({ type: "user_message", sessionId: "used", content: "hello" });
    await used.next(isTerminal);
    used.close();
    // Open a session and reset the stream at once: the cheap way to fill the table.
    for (let i = 0; i < 5; i++) {
      const s = open();
      s.send({ type: "open_session", sessionId: `dropped-${i}` });
      await s.next((f) => f.type === "session");
      s.stream.close(http2.constants.NGHTTP2_CANCEL);
    }
    const kept = open();
    await openSession(kept, "kept-open");
    expect(server.api.core.stats().sessions).toBe(7);
    await until(() => server!.api.core.stats().sessions === 2, 10_000);
    expect(server.api.core.hasSession("used")).toBe(true);
    expect(server.api.core.hasSession("kept-open")).toBe(true);
  });

  it("a full session table answers overloaded with a retryAfterMs that covers the next expiry", async () => {
    server = await startTestServer(SCRIPT, ["--max-sessions", "2", "--unused-session-ttl-ms", "3000"]);
    const a = open();
    await openSession(a, "a");
    await openSession(open(), "b");
    const full = await openSession(open(), "c");
    // Nothing can expire while both have streams: ask again after a sweep period.
    expect(full).toMatchObject({ type: "error", code: "overloaded", retryable: true, retryAfterMs: expect.any(Number) });
    // a's client ends its request: the server detaches the session before it says `terminate`.
    a.endRequest();
    await a.next((f) => f.type === "terminate");
    const stillFull = (await openSession(open(), "d")) as ErrorFrame;
    expect(stillFull).toMatchObject({ code: "overloaded" });
    expect(stillFull.retryAfterMs).toBeGreaterThanOrEqual(2000);
    expect(stillFull.retryAfterMs).toBeLessThanOrEqual(3000 + 1500 + 1000);
    await new Promise((resolve) => setTimeout(resolve, stillFull.retryAfterMs));
    expect(await openSession(open(), "e")).toMatchObject({ type: "session" });
  });
});

describe("the replay budget", () => {
  it("holds every session's history within one byte budget, dropping idle sessions' oldest history first; resume reports what was lost", async () => {
    const budget = 256 * 1024;
    server = await startTestServer(SCRIPT, ["--replay-budget-bytes", String(budget)]);
    const big = (tag: string) => `hello ${tag} ${"x".repeat(60_000)}`;
    // A busy session: its turn runs (slowly) while the others fill the budget.
    const busy = open();
    busy.send({ type: "user_message", sessionId: "busy", content: `slow ${"y".repeat(60_000)}` });
    await busy.next((f) => f.type === "item" && f.event === "completed" && f.item.type === "user_message");
    let peak = 0;
    for (let i = 0; i < 6; i++) {
      const s = open();
      s.send({ type: "user_message", sessionId: `idle-${i}`, content: big(String(i)) });
      await s.next(isTerminal);
      s.close();
      peak = Math.max(peak, server.api.core.stats().replayBytes);
    }
    expect(peak).toBeLessThanOrEqual(budget);
    expect(server.api.core.stats().replayBytes).toBeLessThanOrEqual(budget);
    // The oldest idle session lost its history, and says so on resume.
    const oldest = open();
    const resumed = (await openSession(oldest, "idle-0", { lastSeq: 0 })) as SessionFrame;
    expect(resumed.replay!.lost).toBeGreaterThan(0);
    // The newest idle session still has all of it.
    const newest = (await openSession(open(), "idle-5", { lastSeq: 0 })) as SessionFrame;
    expect(newest.replay).toMatchObject({ fromSeq: 1, lost: 0 });
    // The busy session kept its (older) history: idle ones went first.
    const again = open();
    const busyResume = (await openSession(again, "busy", { lastSeq: 0 })) as SessionFrame;
    expect(busyResume.replay).toMatchObject({ fromSeq: 1, lost: 0 });
    expect(await again.next<StatusFrame>(isTerminal, 60_000)).toMatchObject({ state: "completed" });
  });
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
