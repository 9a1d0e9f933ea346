// A reconnect the replay buffer cannot cover (`--replay-frames 5`, and the connection stays down
// until the turn is over): the lost frames are reported as a gap, never skipped in silence.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { connect, type FrameGap, type SessionStream } from "../../src/client/index.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";
import { isHistory, isTerminal, readUntil, rejection, SCRIPT } from "./reconnect-fixtures.js";
import { TcpProxy } from "./tcp-proxy.js";

const REPLAY_FRAMES = 5;
/** Enough attempts to outlast the rest of the turn (about 3 s) while the proxy refuses. */
const PATIENT = { maxAttempts: 100, initialDelayMs: 20, maxDelayMs: 200 };

let server: TestServer;
let proxy: TcpProxy;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  server = await startTestServer(SCRIPT, ["--replay-frames", String(REPLAY_FRAMES)]);
});
afterAll(async () => server?.close());

beforeEach(async () => {
  proxy = await TcpProxy.start(server.url);
  closers.push(() => proxy.close());
});
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function openSession(onGap?: (gap: FrameGap) => void): Promise<SessionStream> {
  const connection = await connect(proxy.url);
  closers.push(() => connection.close());
  return connection.openSession({ reconnect: PATIENT, onGap });
}

/** Cuts the connection mid-turn and keeps it down until the server has finished the turn. */
async function dropUntilTurnEnds(): Promise<void> {
  await proxy.cutAfter(3000, "reset", true);
  await expect.poll(() => server.api.core.stats().runningTurns, { timeout: 30_000, interval: 20 }).toBe(0);
  proxy.up();
}

it("reports the frames the server no longer held as a gap, then hands out the rest", async () => {
  const reported: FrameGap[] = [];
  const session = await openSession((gap) => reported.push(gap));
  await session.sendMessage("stream");
  const reading = readUntil(session, isTerminal);
  await dropUntilTurnEnds();
  const frames = await reading;

  expect(reported).toHaveLength(1);
  expect(session.gaps).toStrictEqual(reported);
  const gap = reported[0]!;
  expect(gap.count).toBeGreaterThan(0);
  expect(gap.count).toBe(gap.toSeq - gap.fromSeq + 1);
  // Everything before the gap, nothing inside it, then exactly what the buffer still held.
  const seqs = frames.filter(isHistory).map((f) => f.seq);
  const before = seqs.filter((seq) => seq < gap.fromSeq);
  expect(before).toStrictEqual(before.map((_, i) => i + 1));
  expect(before.length).toBe(gap.fromSeq - 1);
  expect(seqs.slice(before.length)).toStrictEqual(Array.from({ length: REPLAY_FRAMES }, (_, i) => gap.toSeq + 1 + i));
  expect(frames.filter(isTerminal)).toMatchObject([{ state: "completed" }]);
  expect(session.session.replay).toMatchObject({ fromSeq: gap.toSeq + 1, lost: gap.count });
  expect(session.lastSeq).toBe(gap.toSeq + REPLAY_FRAMES);
});

it("makes a run() reading the turn reject with frames_lost; the session goes on", async () => {
  const session = await openSession();
  const running = session.run("stream");
  await dropUntilTurnEnds();

  const error = await rejection(running);
  expect(error).toMatchObject({ code: "frames_lost", retryable: false });
  expect(error.message).toContain(`history frames ${session.gaps[0]!.fromSeq}–${session.gaps[0]!.toSeq}`);
  const rest: ServerFrame[] = await readUntil(session, isTerminal);
  expect(rest.at(-1)).toMatchObject({ type: "status", state: "completed" });
  expect((await session.run("hello")).status).toBe("completed");
});
