// EngineConnection with a stand-in engine (a node child that answers `initialize`, then writes
// lines) and output heavy enough to count as load from the first line: which line hands on which
// held deltas (delta-merge.ts). A line of a thread hands on that thread's deltas and no other's;
// a line of no thread and a response hand on everything; what is left goes within joinMs.
import { describe, expect, it } from "vitest";
import type { ServerNotification } from "../../generated/engine/index.js";
import { SILENT_LOGGER } from "../../src/engine/engine-log.js";
import { EngineConnection } from "../../src/engine/engine-connection.js";

const JOIN_MS = 300;

const delta = (threadId: string, text: string) => ({ method: "item/agentMessage/delta", params: { threadId, turnId: "u", itemId: "i", delta: text } });
const completed = (threadId: string) => ({ method: "item/completed", params: { threadId, turnId: "u", item: { type: "agentMessage", id: "i", text: "" } } });
const rateLimits = { method: "account/rateLimits/updated", params: { rateLimits: {} } };

/**
 * A stand-in engine: answers `initialize` (id 0), then after `initialized` writes `lines` in one
 * write, as the engine's lines of one read; then the answer to request id 1 if `answer`. Lines are
 * written as the engine writes them, `emittedAtMs` last (fast-delta.ts).
 */
function standIn(lines: object[]): string {
  const text = lines.map((line) => `${JSON.stringify({ ...line, emittedAtMs: 1 })}\n`).join("");
  return `
    const rl = require("node:readline").createInterface({ input: process.stdin });
    rl.on("line", (line) => {
      const message = JSON.parse(line);
      if (message.method === "initialize") process.stdout.write(JSON.stringify({ id: message.id, result: { userAgent: "stand-in" } }) + "\\n");
      if (message.method === "initialized") process.stdout.write(${JSON.stringify(text)});
      if (message.method === "ping") process.stdout.write(JSON.stringify({ id: message.id, result: {} }) + "\\n");
    });
    rl.on("close", () => process.exit(0));
  `;
}

/** The notifications as `thread:text` for deltas and `thread:method` for the rest, with when each came. */
async function run(lines: object[], then?: (connection: EngineConnection, seen: readonly string[]) => Promise<void>): Promise<{ seen: string[]; at: number[]; startedAt: number }> {
  const seen: string[] = [];
  const at: number[] = [];
  const startedAt = performance.now();
  const connection = await EngineConnection.open({
    launch: { command: process.execPath, args: ["-e", standIn(lines)], env: { PATH: process.env.PATH ?? "" }, codexHome: "", modelAccess: { kind: "none", description: "" } },
    maxLineBytes: 1 << 20,
    // Busy from the first line: any output is heavy output here.
    readPacing: { intervalMs: 0, deltaJoinMs: JOIN_MS, busyLinesPerSecond: 0.01 },
    requestTimeoutMs: 5_000,
    clientInfo: { name: "test", title: null, version: "0" },
    log: SILENT_LOGGER,
    onNotification: (notification: ServerNotification) => {
      const params = notification.params as { threadId?: string; delta?: string };
      seen.push(`${params.threadId ?? "-"}:${notification.method === "item/agentMessage/delta" ? params.delta : notification.method}`);
      at.push(performance.now());
    },
    onRequest: () => {},
    onExit: () => {},
  });
  try {
    await then?.(connection, seen);
    await new Promise((resolve) => setTimeout(resolve, JOIN_MS * 2));
  } finally {
    connection.kill("test over");
  }
  return { seen, at, startedAt };
}

describe("EngineConnection joining deltas under load", () => {
  it("a line of a thread hands on that thread's held deltas, not another thread's", async () => {
    const { seen } = await run([delta("t1", "a"), delta("t2", "x"), delta("t1", "b"), completed("t1"), delta("t2", "y")]);
    // t1's "ab" goes before t1's item/completed; t2's "xy" is still held then, and goes after.
    expect(seen).toEqual(["t1:ab", "t1:item/completed", "t2:xy"]);
  });

  it("a line of no thread hands on every held delta first", async () => {
    const { seen } = await run([delta("t1", "a"), delta("t2", "x"), rateLimits, delta("t1", "b")]);
    expect(seen.slice(0, 3).sort()).toEqual(["-:account/rateLimits/updated", "t1:a", "t2:x"].sort());
    expect(seen[2]).toBe("-:account/rateLimits/updated");
    expect(seen[3]).toBe("t1:b");
  });

  it("what nothing else hands on goes within joinMs", async () => {
    const { seen, at, startedAt } = await run([delta("t1", "a"), delta("t1", "b")]);
    expect(seen).toEqual(["t1:ab"]);
    // Held for about joinMs after the read, not until the engine writes again.
    expect(at[0]! - startedAt).toBeLessThan(JOIN_MS * 2);
  });

  it("a response hands on every held delta before the request's caller hears of it", async () => {
    let seenAtAnswer: string[] = [];
    await run([delta("t1", "a"), delta("t2", "x")], async (connection, seen) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(seen).toEqual([]);
      // Still held (under joinMs): the answer to a request must not overtake them.
      await (connection.request as (method: string, params: unknown) => Promise<unknown>)("ping", {});
      seenAtAnswer = [...seen];
    });
    expect(seenAtAnswer.sort()).toEqual(["t1:a", "t2:x"]);
  });
});
