// The baseline codex-api is measured against: a minimal client of `codex app-server` over its own
// stdio JSON-RPC. Same native binary, argv, environment and model catalog as codex-api's engine
// (buildLaunch, writeModelCatalog), same initialize capabilities; none of codex-api's adapter (no
// supervisor, no event mapping, no bounded line buffer). Every approval is accepted at once.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { once } from "node:events";
import type { ThreadSettings } from "../../../src/core/engine-port.js";
import { resolveCodexBinary } from "../../../src/engine/codex-binary.js";
import { writeModelCatalog } from "../../../src/engine/engine-catalog.js";
// The same opt-outs as codex-api, so the engine does the same work on both paths.
import { OPT_OUT_NOTIFICATIONS } from "../../../src/engine/engine-connection.js";
import { buildLaunch } from "../../../src/engine/launch.js";
import { threadParams, userInput } from "../../../src/engine/map-requests.js";
import { deltaIndex } from "./turn-script.js";
import type { TurnRecord } from "./turn-record.js";

const APPROVALS = new Set(["item/commandExecution/requestApproval", "item/fileChange/requestApproval"]);

interface Message {
  id?: number;
  method?: string;
  params?: { threadId?: string; delta?: string; turn?: { status: string } };
  result?: unknown;
  error?: { code: number; message: string };
}

type ThreadListener = (message: Message, at: number) => void;

export class DirectEngine {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  readonly #threads = new Map<string, ThreadListener>();
  #nextId = 0;
  #rest = "";
  #stderr = "";

  private constructor(child: ChildProcessWithoutNullStreams) {
    this.#child = child;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => this.#read(chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (this.#stderr = (this.#stderr + chunk).slice(-2_000)));
    child.stdin.on("error", () => undefined);
    child.once("exit", (code, signal) => {
      const error = new Error(`codex app-server exited (code ${code}, signal ${signal}): ${this.#stderr}`);
      for (const pending of this.#pending.values()) pending.reject(error);
      this.#pending.clear();
    });
  }

  /** Spawns the engine against the scripted model at `modelUrl` and completes the handshake. */
  static async start(options: { modelUrl: string; slug: string; codexHome: string }): Promise<DirectEngine> {
    const binary = resolveCodexBinary();
    // As codex-api's composition root hands it over: the Codex home is a flag, not inherited.
    const env: Record<string, string | undefined> = { ...process.env, CODEX_HOME: undefined };
    const definedEnv = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
    const catalogPath = await writeModelCatalog(binary, definedEnv, options.codexHome, options.slug);
    const launch = buildLaunch({
      binary,
      env,
      codexHome: options.codexHome,
      scriptedModel: { url: options.modelUrl, slug: options.slug, catalogPath },
      home: { hasLogin: false, configToml: null },
    });
    const engine = new DirectEngine(spawn(launch.command, launch.args, { env: launch.env, stdio: ["pipe", "pipe", "pipe"] }));
    await engine.request("initialize", {
      clientInfo: { name: "codex-api-bench-direct", title: null, version: "0" },
      capabilities: { experimentalApi: true, requestAttestation: false, optOutNotificationMethods: [...OPT_OUT_NOTIFICATIONS] },
    });
    engine.#send({ method: "initialized" });
    return engine;
  }

  get pid(): number {
    return this.#child.pid!;
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#send({ id, method, params });
    });
  }

  /**
   * Starts a thread and a turn on it and waits for the turn to end, as codex-api does for a new
   * session's first user message. `onDelta(index, at)` gets each agent-message delta.
   */
  async runTurn(settings: ThreadSettings, text: string, onDelta?: (index: number, at: number) => void): Promise<TurnRecord> {
    const sentAt = performance.now();
    let firstItemAt = Number.NaN;
    let deltas = 0;
    let prompts = 0;
    const { thread } = (await this.request("thread/start", threadParams(settings))) as { thread: { id: string } };
    const ended = new Promise<{ status: string; at: number }>((resolve) => {
      this.#threads.set(thread.id, (message, at) => {
        switch (message.method) {
          case "item/started":
            if (Number.isNaN(firstItemAt)) firstItemAt = at;
            return;
          case "item/agentMessage/delta":
            deltas++;
            onDelta?.(deltaIndex(message.params!.delta!), at);
            return;
          case "turn/completed":
            resolve({ status: message.params!.turn!.status, at });
            return;
        }
        if (message.id !== undefined && message.method !== undefined && APPROVALS.has(message.method)) {
          prompts++;
          this.#send({ id: message.id, result: { decision: "accept" } });
        }
      });
    });
    await this.request("turn/start", { threadId: thread.id, input: [userInput({ type: "text", text })] });
    const end = await ended;
    this.#threads.delete(thread.id);
    // codex-api unsubscribes a session's thread when the session expires; here the turn is all there is.
    await this.request("thread/unsubscribe", { threadId: thread.id });
    return { sentAt, firstItemAt, endedAt: end.at, status: end.status, deltas, prompts };
  }

  /** stdin EOF (the engine exits in ~0.1 s), SIGKILL if it has not after 5 s. */
  async close(): Promise<void> {
    if (this.#child.exitCode !== null || this.#child.signalCode !== null) return;
    const exited = once(this.#child, "exit");
    this.#child.stdin.end();
    const timer = setTimeout(() => this.#child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  }

  #send(message: object): void {
    this.#child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  #read(chunk: string): void {
    const lines = (this.#rest + chunk).split("\n");
    this.#rest = lines.pop()!;
    for (const line of lines) {
      if (line === "") continue;
      const message = JSON.parse(line) as Message;
      const at = performance.now();
      if (message.method === undefined) {
        const pending = this.#pending.get(message.id!);
        this.#pending.delete(message.id!);
        if (message.error !== undefined) pending?.reject(new Error(`engine: ${message.error.message}`));
        else pending?.resolve(message.result);
        continue;
      }
      const threadId = message.params?.threadId;
      if (threadId !== undefined) this.#threads.get(threadId)?.(message, at);
    }
  }
}
