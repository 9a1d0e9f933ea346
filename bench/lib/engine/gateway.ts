// codex-api in this process as `codex-api --scripted-model` runs it (real engine, HTTP/2 on a
// loopback port, temporary workspace and Codex home, as test/support/server-harness.ts does), and
// a turn run through it, every prompt answered `allow`.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../../../src/config/settings.js";
import { resolveCodexBinary } from "../../../src/engine/codex-binary.js";
import { writeModelCatalog } from "../../../src/engine/engine-catalog.js";
import { createLogger, startCodexApi, type CodexApi } from "../../../src/main.js";
import type { Script } from "../../../src/scripted-model/index.js";
import { GatewayConnection, type GatewaySession } from "./gateway-client.js";
import { deltaIndices } from "./turn-script.js";
import type { TurnRecord } from "./turn-record.js";

export interface Gateway {
  api: CodexApi;
  workspace: string;
  enginePid: number;
  close(): Promise<void>;
}

/** `flags` as on the command line, e.g. `["--approval-policy", "untrusted"]`. */
export async function startGateway(script: Script, flags: string[]): Promise<Gateway> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "codex-api-bench-")));
  const workspace = join(dir, "workspace");
  await mkdir(workspace);
  await mkdir(join(dir, "codex-home"));
  const scriptPath = join(dir, "script.json");
  await writeFile(scriptPath, JSON.stringify(script));
  const loaded = loadConfig(["--port", "0", "--workspace", workspace, "--scripted-model", scriptPath, "--codex-home", join(dir, "codex-home"), ...flags, ...(process.env.BENCH_GATEWAY_FLAGS ?? "").split(" ").filter(Boolean)], {});
  if (!loaded.ok) throw new Error(loaded.errors.join("\n"));
  const api = await startCodexApi(loaded.config, { ...process.env, CODEX_HOME: undefined }, createLogger({ logLevel: "error" }));
  return {
    api,
    workspace,
    enginePid: api.engine.enginePid!,
    async close() {
      await api.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Sends `text` on a session and waits for the turn to end, allowing every prompt. */
export function runGatewayTurn(session: GatewaySession, text: string, onDelta?: (index: number, at: number) => void): Promise<TurnRecord> {
  let firstItemAt = Number.NaN;
  let deltas = 0;
  let prompts = 0;
  return new Promise((resolve, reject) => {
    session.onFrame = (frame, at) => {
      switch (frame.type) {
        case "item":
          if (Number.isNaN(firstItemAt)) firstItemAt = at;
          if (frame.event === "delta" && frame.itemType === "agent_message") {
            for (const index of deltaIndices(frame.delta)) {
              deltas++;
              onDelta?.(index, at);
            }
          }
          return;
        case "command_prompt":
          prompts++;
          session.send({ type: "approve", commandId: frame.commandId, decision: "allow" });
          return;
        case "error":
          reject(new Error(`codex-api error ${frame.code}: ${frame.message}`));
          return;
        case "terminate":
          reject(new Error(`codex-api ended the stream: ${frame.reason}`));
          return;
        case "status":
          if (frame.state !== "started") resolve({ sentAt, firstItemAt, endedAt: at, status: frame.state, deltas, prompts });
          return;
      }
    };
    const sentAt = performance.now();
    session.send({ type: "user_message", content: text });
  });
}

export interface GatewayProcess {
  url: string;
  workspace: string;
  /** The codex-api process: its CPU and memory are codex-api's alone. */
  pid: number;
  enginePid: number;
  close(): Promise<void>;
}

/**
 * codex-api as an operator runs it: the `codex-api` command in a process of its own, configured
 * through its codex home's config.toml to use the model at `modelUrl` (the benchmark's scripted
 * model, in the benchmark's process). So codex-api's CPU is measured apart from the model's and
 * the clients', and the engine is its child.
 */
export async function startGatewayProcess(modelUrl: string, slug: string, flags: string[]): Promise<GatewayProcess> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), "codex-api-bench-")));
  const workspace = join(dir, "workspace");
  const home = join(dir, "codex-home");
  await mkdir(workspace);
  await mkdir(home);
  const catalog = await writeModelCatalog(resolveCodexBinary(), { PATH: process.env.PATH ?? "", HOME: dir }, home, slug);
  await writeFile(
    join(home, "config.toml"),
    [
      `model_provider = "bench"`,
      `model = ${JSON.stringify(slug)}`,
      `model_catalog_json = ${JSON.stringify(catalog)}`,
      `[features]`,
      `unbounded_connection_retries = false`,
      `[model_providers.bench]`,
      `name = "benchmark scripted model"`,
      `base_url = ${JSON.stringify(modelUrl)}`,
      `wire_api = "responses"`,
      `request_max_retries = 0`,
      `stream_max_retries = 0`,
      "",
    ].join("\n"),
  );
  // The built command, as users run it (bench/run.ts builds it before the scale benchmark).
  // BENCH_CODEX_API_CLI: another build of it, for paired A/B runs of two versions.
  const cli = process.env.BENCH_CODEX_API_CLI ?? join(import.meta.dirname, "../../../dist/cli/server.js");
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  // BENCH_CPU_PROF_DIR: a V8 CPU profile of the codex-api process, written there on exit.
  const profileDir = process.env.BENCH_CPU_PROF_DIR;
  const profile = profileDir === undefined ? [] : ["--cpu-prof", `--cpu-prof-dir=${profileDir}`];
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...profile, cli, "--port", "0", "--workspace", workspace, "--codex-home", home, "--log-level", "error", ...flags], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { PATH: process.env.PATH, HOME: dir, LANG: process.env.LANG ?? "C.UTF-8" },
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, "exit");
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`codex-api did not start in 60 s: ${stderr}`)), 60_000);
    const check = () => {
      const found = /listening on (\S+)/.exec(stderr)?.[1];
      if (found === undefined) return;
      clearTimeout(timer);
      resolve(found);
    };
    child.stderr!.on("data", check);
    void exited.then(() => reject(new Error(`codex-api exited: ${stderr}`)));
  });
  const enginePid = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, "utf8").trim().split(/\s+/).map(Number)[0]!;
  return {
    url,
    workspace,
    pid: child.pid!,
    enginePid,
    async close() {
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Streams per HTTP/2 connection when a benchmark opens many sessions. */
export const STREAMS_PER_CONNECTION = 10;

/**
 * codex-api's flags for N concurrent benchmark turns. Default --max-running-turns is 64, and the
 * 65th concurrent turn would be refused `overloaded`; sessions expire 1 s after their stream
 * closes, so the engine unloads their threads as the direct client does with thread/unsubscribe;
 * the session rate limit would otherwise refuse a batch's opens.
 */
export function concurrentTurnFlags(n: number): string[] {
  return [
    ["--approval-policy", "untrusted"],
    ["--max-running-turns", String(Math.max(64, n))],
    ["--session-ttl-ms", "1000"],
    ["--max-new-sessions-per-second", "1000"],
    ["--new-session-burst", "1000"],
  ].flat();
}

/**
 * Opens a session in each of `dirs` (its working directory), STREAMS_PER_CONNECTION to an HTTP/2
 * connection, runs `work` with them, then closes every session and connection.
 */
export async function withSessions<T>(url: string, dirs: string[], work: (sessions: GatewaySession[]) => Promise<T>): Promise<T> {
  const connections = await Promise.all(Array.from({ length: Math.ceil(dirs.length / STREAMS_PER_CONNECTION) }, () => GatewayConnection.open(url)));
  const sessions = await Promise.all(dirs.map((dir, i) => connections[Math.floor(i / STREAMS_PER_CONNECTION)]!.openSession(dir)));
  try {
    return await work(sessions);
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
    await Promise.all(connections.map((connection) => connection.close()));
  }
}
