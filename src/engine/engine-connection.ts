// One live engine: a process, the JSON-RPC peer over its stdio, and the initialize handshake.
import type { ClientInfo, RequestId, ServerNotification } from "../../generated/engine/index.js";
import type { TraceContext } from "../core/engine-port.js";
import { AppServerProcess, type ProcessExit } from "./app-server-process.js";
import { DeltaMerger } from "./delta-merge.js";
import { EngineError } from "./engine-error.js";
import { parseDeltaLine } from "./fast-delta.js";
import { stderrEntry, type Logger } from "./engine-log.js";
import type { EngineMethod, EngineMethods } from "./engine-protocol.js";
import { JsonRpcPeer } from "./json-rpc.js";
import type { Launch } from "./launch.js";
import { DEFAULT_READ_PACING, type ReadPacing } from "./read-pacer.js";

/** Kept to explain a death: the engine prints its reason (bad config, panic) on stderr. */
const STDERR_TAIL_LINES = 10;

/**
 * Notifications we never use that the engine sends often (docs/engine-notes.md §6): suppressing them at the
 * source saves parsing. `configWarning` and `warning` are kept: they go to the log and events.
 */
export const OPT_OUT_NOTIFICATIONS: readonly ServerNotification["method"][] = [
  "remoteControl/status/changed",
  "thread/started",
  "thread/status/changed",
  "turn/diff/updated",
  "item/reasoning/summaryPartAdded",
];

export interface EngineConnectionOptions {
  launch: Launch;
  maxLineBytes: number;
  readPacing?: ReadPacing;
  requestTimeoutMs: number;
  clientInfo: ClientInfo;
  log: Logger;
  onNotification(notification: ServerNotification): void;
  onRequest(id: RequestId, method: string, params: unknown): void;
  /** After the handshake: the process is gone; `description` says how. */
  onExit(description: string): void;
}

export class EngineConnection {
  readonly #process: AppServerProcess;
  readonly #peer: JsonRpcPeer;
  readonly #options: EngineConnectionOptions;
  readonly #stderrTail: string[] = [];
  /** Set once the handshake succeeded; before that a death rejects open(). */
  #open = false;
  readonly #exited: Promise<string>;

  /** Spawns the engine and completes the handshake; on failure the process is stopped. */
  static async open(options: EngineConnectionOptions): Promise<EngineConnection> {
    const connection = new EngineConnection(options);
    try {
      await connection.#handshake();
    } catch (error) {
      connection.#process.kill("handshake failed");
      const description = await connection.#exited;
      const reason = error instanceof EngineError && error.code === "exited" ? description : `${(error as Error).message}; ${description}`;
      throw new EngineError("unavailable", `codex app-server did not start: ${reason}`, { cause: error });
    }
    connection.#open = true;
    void connection.#exited.then((description) => options.onExit(description));
    return connection;
  }

  private constructor(options: EngineConnectionOptions) {
    this.#options = options;
    let markExited!: (description: string) => void;
    this.#exited = new Promise((resolve) => (markExited = resolve));
    const pacing = options.readPacing ?? DEFAULT_READ_PACING;
    const deltas = new DeltaMerger((delta) => options.onNotification(delta), pacing.deltaJoinMs);
    // A message of a thread comes after the deltas of that thread held so far (delta-merge.ts).
    const after = (params: unknown) => {
      const threadId = (params as { threadId?: unknown } | null)?.threadId;
      if (typeof threadId === "string") deltas.flushThread(threadId);
      else deltas.flush();
    };
    this.#peer = new JsonRpcPeer((line) => this.#process.write(line), {
      onNotification: (method, params) => {
        after(params);
        options.onNotification({ method, params } as ServerNotification);
      },
      onRequest: (id, method, params) => {
        after(params);
        options.onRequest(id, method, params);
      },
      onProtocolError: (message) => options.log.warn({ pid: this.#process.pid }, `codex app-server protocol: ${message}`),
    });
    this.#process = new AppServerProcess({
      command: options.launch.command,
      args: options.launch.args,
      env: options.launch.env,
      maxLineBytes: options.maxLineBytes,
      readPacing: pacing,
      onLine: (text) => {
        // Deltas, most lines in a burst, skip the general parse (fast-delta.ts), and are joined
        // per item: those of one read, and under load those within joinMs (delta-merge.ts).
        const delta = parseDeltaLine(text);
        if (delta !== undefined) return deltas.add(delta);
        // Notifications and requests name their thread once parsed (`after`); a response may
        // complete a request about any thread, so everything held goes before it.
        if (!text.startsWith('{"method":')) deltas.flush();
        this.#peer.handleLine(text);
      },
      onLinesRead: (busy) => deltas.endOfRead(busy),
      onStderrLine: (text) => {
        const entry = stderrEntry(text);
        this.#stderrTail.push(entry.message);
        if (this.#stderrTail.length > STDERR_TAIL_LINES) this.#stderrTail.shift();
        options.log[entry.level]({ pid: this.#process.pid, source: "codex stderr" }, entry.message);
      },
      onLineTooLong: () => this.#process.kill(`protocol error: a line longer than ${options.maxLineBytes} bytes`),
      onExit: (exit) => {
        deltas.flush();
        const description = this.#describe(exit);
        this.#peer.fail(new EngineError("exited", description));
        markExited(description);
      },
    });
  }

  get pid(): number | undefined {
    return this.#process.pid;
  }

  request<M extends EngineMethod>(method: M, params: EngineMethods[M]["params"], timeoutMs = this.#options.requestTimeoutMs, trace?: TraceContext): Promise<EngineMethods[M]["result"]> {
    return this.#peer.request(method, params, timeoutMs, trace);
  }

  respond(id: RequestId, result: unknown): void {
    this.#peer.respond(id, result);
  }

  respondError(id: RequestId, code: number, message: string): void {
    this.#peer.respondError(id, code, message);
  }

  /** Graceful stop; resolves when the process is gone. */
  async close(graceMs: number): Promise<void> {
    await this.#process.close(graceMs);
  }

  /** Immediate stop (SIGKILL). */
  kill(reason: string): void {
    this.#process.kill(reason);
  }

  async #handshake(): Promise<void> {
    await this.#peer.request(
      "initialize",
      {
        clientInfo: this.#options.clientInfo,
        capabilities: {
          // For thread/backgroundTerminals/*: the only way to stop an interrupted turn's commands (docs/engine-notes.md §3).
          experimentalApi: true,
          requestAttestation: false,
          optOutNotificationMethods: [...OPT_OUT_NOTIFICATIONS],
        },
      },
      this.#options.requestTimeoutMs,
    );
    this.#peer.notify("initialized");
  }

  #describe(exit: ProcessExit): string {
    const how = exit.signal !== null ? `signal ${exit.signal}` : `code ${exit.code ?? "unknown"}`;
    const why = exit.reason !== null ? ` (${exit.reason})` : "";
    const tail = this.#open || this.#stderrTail.length === 0 ? "" : `; stderr: ${this.#stderrTail.join(" | ")}`;
    return `codex app-server (pid ${this.#process.pid ?? "none"}) exited with ${how}${why}${tail}`;
  }
}
