// Minimal reproduction of a server bug the chaos run found, kept as a regression test (fixed in
// AgentCore.engineExited: a turn still starting is left to its own startTurn call).
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ServerFrame } from "../../generated/types.js";
import type { Script } from "../../src/scripted-model/index.js";
import { isTerminal, RawStream } from "../support/raw-stream.js";
import { startTestServer, type TestServer } from "../support/server-harness.js";

const SCRIPT: Script = { turns: [{ responses: [[{ type: "text", text: "ok" }]] }] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(SCRIPT);
});
afterAll(async () => server?.close());

// The bug: AgentCore.engineExited sent `engine_unavailable` (inReplyTo the message) for a turn
// still in state `starting`, assuming "a turn still starting is failed by its startTurn call rejecting".
// When startTurn did reject (the request was in flight to the dead engine), userMessage's catch
// → abortStart sent a second `engine_unavailable` for the same message. When it did not (the
// call reached the supervisor after the exit and waited for the restart), the turn then started:
// `status started` answered a message the client had been told had failed (seen in the chaos run).
it("a user_message whose turn is starting when the engine dies gets one answer, not two", async (ctx) => {
  const stream = RawStream.open(server.url);
  try {
    stream.send({ type: "user_message", id: "warm-up", sessionId: "starting-1", content: "warm up" });
    await stream.next(isTerminal);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await until(() => server.api.engine.ready);
      const id = `m-${attempt}`;
      const from = stream.frames.length;
      stream.send({ type: "user_message", id, sessionId: "starting-1", content: `attempt ${attempt}` });
      // `starting`: accepted, the engine asked to start the turn, no status yet. Kill now.
      await until(() => server.api.core.stats().runningTurns === 1, () => new Promise((resolve) => setImmediate(resolve)));
      process.kill(server.api.engine.enginePid!, "SIGKILL");
      await stream.next((f) => answers(f, id), 15_000, from);
      if (stream.frames.slice(from).some((f) => f.type === "status" && f.state === "started")) {
        // The turn had started before the kill landed: not the case under test. Let it end.
        await stream.next(isTerminal, 15_000, from);
        continue;
      }
      // Everything the server says about this message has been said once the engine is back.
      await until(() => server.api.engine.ready);
      stream.send({ type: "heartbeat", id: `flush-${attempt}` });
      await stream.next((f) => f.type === "heartbeat" && f.inReplyTo === `flush-${attempt}`, 15_000, from);
      const said = stream.frames.slice(from).filter((f) => answers(f, id));
      expect(said.map((f) => (f.type === "error" ? `error ${f.code}` : f.type === "status" ? `status ${f.state}` : f.type))).toHaveLength(1);
      return;
    }
    ctx.skip();
  } finally {
    stream.close();
  }
}, 60_000);

function answers(frame: ServerFrame, id: string): boolean {
  return (frame.type === "error" || frame.type === "status") && frame.inReplyTo === id;
}

async function until(condition: () => boolean, pause = () => new Promise((resolve) => setTimeout(resolve, 20)), timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await pause();
  }
}
