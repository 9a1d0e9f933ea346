// The server shuts down for good in the middle of a turn: the client takes `terminate`/`shutdown`
// (reconnect: true) as its cue, tries its attempts, then fails with a retryable `unavailable`.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import { connect } from "../../src/client/index.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";
import { readAll, readUntil, rejection, SCRIPT } from "./reconnect-fixtures.js";

let server: TestServer | undefined;

beforeAll(async () => {
  server = await startTestServer(SCRIPT, ["--shutdown-grace-ms", "0"]);
});
afterAll(async () => server?.close());

it("throws a retryable unavailable, saying what was tried and what to do, once the attempts run out", async () => {
  const connection = await connect(server!.url);
  const session = await connection.openSession({ reconnect: { maxAttempts: 3, initialDelayMs: 20, maxDelayMs: 50 } });
  await session.sendMessage("stream");
  await readUntil(session, (f) => f.type === "item" && f.event === "delta");
  const frames: ServerFrame[] = [];
  const failed = rejection(readAll(session, frames));
  const closing = server!.close();
  server = undefined;
  await closing;

  const error = await failed;
  expect(error).toMatchObject({ code: "unavailable", retryable: true });
  expect(error.message).toContain("3 reconnect attempts failed");
  expect(error.message).toContain(`openSession({ sessionId: "${session.sessionId}", lastSeq: ${session.lastSeq} })`);
  // The shutdown's terminate was the library's cue to reconnect, not a frame for the consumer.
  expect(frames.filter((f) => f.type === "terminate")).toStrictEqual([]);
  // Sends fail the same way instead of waiting.
  expect(await rejection(session.cancel())).toMatchObject({ code: "unavailable" });
  await connection.close();
});
