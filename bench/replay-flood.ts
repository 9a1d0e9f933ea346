/**
 * Replay flood: how much memory codex-api holds when many sessions each leave large history
 * behind (issue #9.4: 4 sessions with 0.9 MB prompts took RSS from 70 to 225 MB).
 *
 *   node --import tsx --expose-gc bench/replay-flood.ts [--quick]
 *
 * A server process (this file with `serve`) runs the real core and HTTP/2 server around an echo
 * engine: each turn reports the user's message as a user_message item, started and completed,
 * as the real engine does, then a one-word answer. The engine's own memory is not codex-api's,
 * and an in-process scripted model would be counted with it; the echo engine leaves only what
 * codex-api keeps. The client opens SESSIONS sessions one after another, each sends one message
 * of PROMPT_BYTES and closes its stream (the session stays, idle, for resume).
 *
 * Two configurations in the same run: the replay budget at its value under test, and the budget
 * raised out of the way (each session still bounded by --replay-bytes, 16 MiB): the memory the
 * budget saves. Reported after a full GC in the server: RSS, heap used, and the replay bytes the
 * core accounts (`codex_api_replay_bytes`).
 */
import { fork } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import http2 from "node:http2";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config/settings.js";
import { AgentCore } from "../src/core/agent-core.js";
import type { EngineEvent, EnginePort, TurnInput } from "../src/core/engine-port.js";
import type { Logger } from "../src/core/logger.js";
import { coreOptions } from "../src/main.js";
import { startHttpServer } from "../src/server/http-server.js";
import { Metrics } from "../src/server/metrics.js";
import { encodeNdjson, ndjsonFraming } from "../src/transport/index.js";
import { benchArgs, format, table, writeResult } from "./lib/report.js";

const MB = 2 ** 20;
const QUIET: Logger = { debug() {}, info() {}, warn() {}, error() {} };

type ToServer = { type: "measure" } | { type: "stop" };
type FromServer = { type: "listening"; port: number } | { type: "measured"; rssMB: number; heapMB: number; replayMB: number; sessions: number };

/** Every turn: the prompt as a user_message item (started, completed), "ok", completed. */
class EchoEngine implements EnginePort {
  readonly ready = true;
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private threads = 0;
  private turns = 0;

  async startThread(): Promise<{ threadId: string }> {
    return { threadId: `thread_${++this.threads}` };
  }

  async startTurn(threadId: string, input: TurnInput[]): Promise<{ turnId: string }> {
    const turnId = `turn_${++this.turns}`;
    const text = input[0]?.type === "text" ? input[0].text : "";
    setImmediate(() => {
      const user = { type: "user_message", id: `user_${turnId}`, text } as const;
      const answer = { type: "agent_message", id: `msg_${turnId}`, text: "ok" } as const;
      this.emit({ kind: "item", threadId, turnId, event: "started", item: user });
      this.emit({ kind: "item", threadId, turnId, event: "completed", item: user });
      this.emit({ kind: "item", threadId, turnId, event: "started", item: { ...answer, text: "" } });
      this.emit({ kind: "item", threadId, turnId, event: "completed", item: answer });
      this.emit({ kind: "turn_ended", threadId, turnId, end: { status: "completed", finalMessage: "ok" } });
    });
    return { turnId };
  }

  async interruptTurn(): Promise<void> {}
  async steerTurn(): Promise<void> {
    throw Object.assign(new Error("turn/steer: this benchmark does not steer"), { code: "rpc_error" });
  }
  async closeThread(): Promise<void> {}

  // Reviews, compaction and history changes are not simulated: refused as the engine refuses.
  async startReview(): Promise<{ turnId: string }> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  async compactThread(): Promise<void> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  async forkThread(): Promise<{ threadId: string }> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  async revertThread(): Promise<void> {
    throw Object.assign(new Error("not simulated"), { code: "rpc_error" });
  }

  onEvent(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: EngineEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

async function serve(budgetBytes: number, maxSessions: number): Promise<void> {
  const workspace = realpathSync(mkdtempSync(join(tmpdir(), "codex-api-flood-")));
  const loaded = loadConfig(
    ["--port", "0", "--workspace", workspace, "--replay-budget-bytes", String(budgetBytes), "--max-sessions", String(maxSessions), "--new-session-burst", String(maxSessions)],
    {},
  );
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const engine = new EchoEngine();
  const metrics: Metrics = new Metrics(() => core.stats());
  const core: AgentCore = new AgentCore(coreOptions(loaded.config, { engine, metrics, log: QUIET }));
  const server = await startHttpServer(core, () => true, loaded.config, metrics, QUIET);
  const send = (message: FromServer) => process.send!(message);
  process.on("message", async (message: ToServer) => {
    if (message.type === "measure") {
      const gc = (globalThis as { gc?: () => void }).gc!;
      gc();
      gc();
      const { rss, heapUsed } = process.memoryUsage();
      const stats = core.stats();
      send({ type: "measured", rssMB: rss / MB, heapMB: heapUsed / MB, replayMB: stats.replayBytes / MB, sessions: stats.sessions });
    } else {
      await server.close();
      rmSync(workspace, { recursive: true, force: true });
      process.exit(0);
    }
  });
  process.on("disconnect", () => process.exit(0));
  send({ type: "listening", port: server.port });
}

interface Run {
  budgetMB: number;
  before: Extract<FromServer, { type: "measured" }>;
  after: Extract<FromServer, { type: "measured" }>;
  peakReplayMB: number;
}

async function flood(budgetBytes: number, sessions: number, promptBytes: number): Promise<Run> {
  const child = fork(import.meta.filename, ["serve", String(budgetBytes), String(sessions + 10)], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = async <T extends FromServer["type"]>(type: T): Promise<Extract<FromServer, { type: T }>> => {
    for (;;) {
      const [message] = (await once(child, "message")) as [FromServer];
      if (message.type === type) return message as Extract<FromServer, { type: T }>;
    }
  };
  const measure = async () => {
    child.send({ type: "measure" } satisfies ToServer);
    return next("measured");
  };
  try {
    const { port } = await next("listening");
    const connection = http2.connect(`http://127.0.0.1:${port}`);
    connection.on("error", () => undefined);
    const before = await measure();
    let peakReplayMB = 0;
    const content = `flood ${"x".repeat(promptBytes)}`;
    for (let i = 0; i < sessions; i++) {
      const stream = connection.request({ ":method": "POST", ":path": "/agent/stream", "content-type": ndjsonFraming.contentType });
      stream.setEncoding("utf8");
      // Only the end of what arrived is kept: the terminal status is the turn's last frame.
      let tail = "";
      const done = () => tail.includes('"state":"completed"');
      const finished = new Promise<void>((resolve, reject) => {
        stream.on("data", (chunk: string) => {
          tail = (tail + chunk.slice(-400)).slice(-400);
          if (done()) resolve();
        });
        stream.on("error", reject);
        stream.on("close", () => (done() ? resolve() : reject(new Error(`session ${i}: the stream closed before the turn completed: ${tail}`))));
      });
      stream.write(encodeNdjson({ type: "user_message", sessionId: `flood-${i}`, content }));
      await finished;
      stream.close();
      if (i % Math.max(1, Math.floor(sessions / 8)) === 0) peakReplayMB = Math.max(peakReplayMB, (await measure()).replayMB);
    }
    const after = await measure();
    peakReplayMB = Math.max(peakReplayMB, after.replayMB);
    connection.close();
    return { budgetMB: budgetBytes / MB, before, after, peakReplayMB };
  } finally {
    child.send({ type: "stop" } satisfies ToServer);
    await once(child, "exit");
  }
}

async function main(): Promise<void> {
  const { quick } = benchArgs();
  const sessions = quick ? 12 : 200;
  const promptBytes = quick ? 100_000 : 900_000;
  const budgetBytes = quick ? 1 * MB : 64 * MB;
  const unbounded = 64 * 1024 * MB;
  console.log(
    `${sessions} sessions one after another, each one message of ${format(promptBytes / 1000)} kB (echoed twice into its history), then idle; ` +
      `server after a full GC. Budget under test: ${format(budgetBytes / MB)} MiB; baseline: no shared budget (each session still ≤ 16 MiB).\n`,
  );
  const bounded = await flood(budgetBytes, sessions, promptBytes);
  const baseline = await flood(unbounded, sessions, promptBytes);
  const row = (name: string, r: Run) => [
    name,
    r.before.rssMB,
    r.after.rssMB,
    r.after.rssMB - r.before.rssMB,
    r.after.heapMB - r.before.heapMB,
    r.peakReplayMB,
    r.after.sessions,
  ];
  console.log(
    table(
      ["configuration", "RSS before MB", "RSS after MB", "RSS growth MB", "heap growth MB", "replay held MB (peak sampled)", "sessions"],
      [row(`budget ${format(budgetBytes / MB)} MiB`, bounded), row("no shared budget", baseline)],
    ),
  );
  const withinBudget = bounded.peakReplayMB <= budgetBytes / MB;
  const saved = baseline.after.rssMB - bounded.after.rssMB;
  console.log(`\nreplay held within the budget: ${withinBudget ? "yes" : "**no**"}; RSS saved by the budget: ${format(saved)} MB`);
  const path = writeResult("replay-flood", { sessions, promptBytes, budgetBytes, bounded, baseline, withinBudget });
  console.log(`\nresults: ${path}`);
  if (!withinBudget) process.exitCode = 1;
}

if (process.argv[2] === "serve") await serve(Number(process.argv[3]), Number(process.argv[4]));
else await main();
