// Large turns through the real server and real HTTP/2 flow control, around the synthetic engine
// (test/support/synthetic-engine.ts, which the transport benchmarks use too): every delta arrives,
// in order and gapless, in both framings, while the engine waits for the client to read.
import { mkdtemp, realpath, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ItemDeltaFrame, StatusFrame } from "../../generated/types.js";
import { loadConfig } from "../../src/config/settings.js";
import { startCodexApi, type CodexApi } from "../../src/main.js";
import { FRAMINGS, isTerminal, RawStream, type FramingName } from "../support/raw-stream.js";
import { deltaText, SyntheticEngine } from "../support/synthetic-engine.js";

let api: CodexApi | undefined;
let workspace: string | undefined;
afterEach(async () => {
  await api?.close();
  if (workspace !== undefined) await rm(workspace, { recursive: true, force: true });
  api = undefined;
});

describe.each(Object.keys(FRAMINGS) as FramingName[])("a large turn (%s)", (framing) => {
  it("arrives whole: 20,000 deltas in order, gapless, with the client's pace setting the engine's", async () => {
    workspace = await realpath(await mkdtemp(join(tmpdir(), "codex-api-stream-")));
    const loaded = loadConfig(["--port", "0", "--workspace", workspace, "--shutdown-grace-ms", "0"], {});
    if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
    const engine = new SyntheticEngine();
    api = await startCodexApi(loaded.config, {}, { debug() {}, info() {}, warn() {}, error() {} }, engine);
    const stream = RawStream.open(api.url, { framing });
    let read = 0;
    stream.stream.on("data", (chunk: Buffer) => {
      read += chunk.length;
      engine.ack("big", read);
    });
    const plan = { tag: "big", frames: 20_000, deltaChars: 200 };
    stream.send({ type: "user_message", sessionId: "big", content: JSON.stringify(plan) });
    const done = await stream.next<StatusFrame>(isTerminal, 60_000);
    expect(done.state).toBe("completed");
    const deltas = stream.frames.filter((f): f is ItemDeltaFrame => f.type === "item" && f.event === "delta");
    expect(deltas).toHaveLength(20_000);
    expect(deltas.every((d) => d.delta === deltaText(200))).toBe(true);
    const history = stream.frames.filter((f) => f.type !== "session" && f.type !== "heartbeat");
    expect(history.map((f) => f.seq)).toEqual(history.map((_, i) => i + 1));
    expect(stream.codecErrors).toEqual([]);
    stream.close();
  });
});
