// EnginePort over one supervised `codex app-server` process shared by every thread.
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ServerNotification } from "../../generated/engine/index.js";
import type { AskForApproval, ReviewTarget as EngineReviewTarget, RateLimitSnapshot, RateLimitWindow, SandboxPolicy, ThreadStartResponse } from "../../generated/engine/v2/index.js";
import type { RateLimits } from "../../generated/types.js";
import type { EngineEvent, EnginePort, ReviewTarget, ThreadSettings, TraceContext, TurnInput, TurnSettings } from "../core/engine-port.js";
import { VERSION } from "../version.js";
import { resolveCodexBinary, type CodexBinary } from "./codex-binary.js";
import { writeModelCatalog } from "./engine-catalog.js";
import { EngineConnection } from "./engine-connection.js";
import { EngineError } from "./engine-error.js";
import { knownNotice, SILENT_LOGGER, type Logger } from "./engine-log.js";
import { buildLaunch, engineEnvironment, resolveCodexHome, type ConfigValue, type Launch, type ModelAccess, type ScriptedModelLaunch } from "./launch.js";
import { mapNotification } from "./map-events.js";
import { mapFileChanges } from "./map-items.js";
import { applySettings, threadParams, turnParams, userInput, type AppliedSettings } from "./map-requests.js";
import { ServerRequests } from "./server-requests.js";
import type { ReadPacing } from "./read-pacer.js";
import { killEscaped, noteSandboxedCommands, terminateCommands } from "./stop-commands.js";
import { DEFAULT_BACKOFF, Supervisor, type Backoff, type Live } from "./supervisor.js";
import { ThreadBook, type TurnBook } from "./thread-book.js";

export interface CodexEngineOptions {
  /** The environment codex-api runs in (the composition root passes process.env). */
  env: Readonly<Record<string, string | undefined>>;
  /** Defaults to `$CODEX_HOME`, else `~/.codex`. */
  codexHome?: string;
  /** Extra `-c key=value` overrides (dotted keys); they win over codex-api's own. */
  configOverrides?: Readonly<Record<string, ConfigValue>>;
  /** Variables passed to the engine beyond its allowlist (launch.ts: engineEnvironment). */
  engineEnv?: readonly string[];
  /** Name patterns of variables kept from the agent's commands (launch.ts: SECRET_PATTERNS by default). */
  commandEnvExclude?: readonly string[];
  /**
   * A scripted Responses-API server (src/scripted-model) instead of the real model: the engine
   * gets a provider for `url` and a catalog that gives `slug` real model metadata.
   */
  scriptedModel?: { url: string; slug: string };
  /** RUST_LOG for the engine's stderr (sent to `log`); defaults to `$RUST_LOG`, else `error`. */
  engineLogLevel?: string;
  log?: Logger;
  /**
   * The deadline of each engine request, and of the wait for a (re)starting engine. Past it the
   * call rejects with code `timeout`. Default 10 s: a healthy engine answers in well under a
   * second (docs/engine-notes.md), and a caller must not wait a minute on one that never will.
   */
  requestTimeoutMs?: number;
  /** How long interruptTurn waits for the turn to end and its commands to die. Default 5 s. */
  interruptTimeoutMs?: number;
  /** close(): after stdin end, wait this long before SIGTERM, and as long again before SIGKILL. Default 2 s. */
  closeGraceMs?: number;
  /** A longer engine stdout line is a fatal protocol error (the engine is restarted). Default 64 MiB. */
  maxLineBytes?: number;
  /** How often stdout is read under heavy output (read-pacer.ts). Default DEFAULT_READ_PACING. */
  readPacing?: ReadPacing;
  backoff?: Backoff;
  binary?: CodexBinary;
}

type Connection = EngineConnection;

export class CodexEngine implements EnginePort {
  readonly #options: CodexEngineOptions;
  readonly #binary: CodexBinary;
  readonly #log: Logger;
  #modelAccess: ModelAccess | undefined;
  readonly #requestTimeoutMs: number;
  readonly #interruptTimeoutMs: number;
  readonly #supervisor: Supervisor<Connection>;
  readonly #listeners = new Set<(event: EngineEvent) => void>();
  /** Threads loaded in the current engine process; emptied when it dies. */
  readonly #threads = new Map<string, ThreadBook>();
  readonly #resuming = new Map<string, Promise<ThreadBook>>();
  readonly #requests: ServerRequests;
  #catalogPath: Promise<string> | undefined;
  /** The account's rate limits as the engine last reported them (they concern no thread). */
  #rateLimits: RateLimits | undefined;

  constructor(options: CodexEngineOptions) {
    this.#options = options;
    this.#binary = options.binary ?? resolveCodexBinary();
    this.#log = options.log ?? SILENT_LOGGER;
    this.#requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.#interruptTimeoutMs = options.interruptTimeoutMs ?? 5_000;
    this.#supervisor = new Supervisor<Connection>({
      connect: (generation, onExit) => this.#connect(generation, onExit),
      onReady: () => this.#emit({ kind: "engine_ready" }),
      onExit: (description) => this.#exited(description),
      log: this.#log,
      backoff: options.backoff ?? DEFAULT_BACKOFF,
    });
    this.#requests = new ServerRequests({
      live: () => this.#supervisor.live,
      thread: (threadId) => this.#threads.get(threadId),
      emit: (event) => this.#emit(event),
      interruptTurn: (threadId, turnId) => this.interruptTurn(threadId, turnId),
      log: this.#log,
    });
  }

  get ready(): boolean {
    return this.#supervisor.live !== null;
  }

  /** The engine process id, while one is running. */
  /** How the running engine reaches the model (decided at each start); undefined before the first. */
  get modelAccess(): ModelAccess | undefined {
    return this.#modelAccess;
  }

  get enginePid(): number | undefined {
    return this.#supervisor.live?.connection.pid;
  }

  /** Starts the engine; rejects (and stays closed) if the first start fails. */
  start(): Promise<void> {
    return this.#supervisor.start();
  }

  /** Stops the engine for good: stdin end, then SIGTERM and SIGKILL on timers. */
  async close(): Promise<void> {
    await this.#supervisor.close(this.#options.closeGraceMs ?? 2_000);
    this.#forgetThreads();
  }

  onEvent(listener: (event: EngineEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async startThread(settings: ThreadSettings, trace?: TraceContext): Promise<{ threadId: string }> {
    const live = await this.#live();
    const result = await live.connection.request("thread/start", threadParams(settings), undefined, trace);
    this.#load(live, result.thread.id, new ThreadBook(appliedSettings(settings, result)));
    return { threadId: result.thread.id };
  }

  async startTurn(threadId: string, input: TurnInput[], settings: TurnSettings, trace?: TraceContext): Promise<{ turnId: string }> {
    const live = await this.#live();
    const book = this.#threads.get(threadId) ?? (await this.#resume(live, threadId, settings, trace));
    const { turn } = await live.connection.request("turn/start", turnParams(threadId, input, settings, book.settings), undefined, trace);
    book.settings = applySettings(book.settings, settings);
    book.turn(turn.id);
    return { turnId: turn.id };
  }

  async startReview(threadId: string, target: ReviewTarget, settings: TurnSettings): Promise<{ turnId: string }> {
    const live = await this.#live();
    const book = this.#threads.get(threadId) ?? (await this.#resume(live, threadId, settings));
    // Inline: the review is a turn of this thread (docs/engine-notes.md §9).
    const { turn } = await live.connection.request("review/start", { threadId, target: reviewTarget(target), delivery: "inline" });
    book.turn(turn.id);
    return { turnId: turn.id };
  }

  async compactThread(threadId: string, settings: TurnSettings): Promise<void> {
    const live = await this.#live();
    if (!this.#threads.has(threadId)) await this.#resume(live, threadId, settings);
    // Answered with {}: the compaction turn is announced by turn/started (docs/engine-notes.md §9).
    await live.connection.request("thread/compact/start", { threadId });
  }

  async forkThread(threadId: string, lastTurnId: string | undefined, settings: ThreadSettings): Promise<{ threadId: string }> {
    const live = await this.#live();
    const { cwd, model, approvalPolicy, sandbox, developerInstructions } = threadParams(settings);
    const params = { cwd, model, approvalPolicy, sandbox, developerInstructions, threadId, excludeTurns: true, ...(lastTurnId === undefined ? {} : { lastTurnId }) };
    const result = await live.connection.request("thread/fork", params);
    this.#load(live, result.thread.id, new ThreadBook(appliedSettings(settings, result)));
    return { threadId: result.thread.id };
  }

  async revertThread(threadId: string, beforeTurnId: string, settings: ThreadSettings): Promise<void> {
    const live = await this.#live();
    const book = this.#threads.get(threadId) ?? (await this.#resume(live, threadId, settings));
    // Only the conversation changes; files on disk stay as they are. A review is reverted by its
    // inner turn's id (docs/engine-notes.md §9).
    await live.connection.request("thread/revert", { threadId, beforeTurnId: book.innerTurnIds.get(beforeTurnId) ?? beforeTurnId });
  }

  async steerTurn(threadId: string, turnId: string, input: TurnInput[], clientMessageId: string, trace?: TraceContext): Promise<void> {
    const live = await this.#live();
    // A thread not loaded here has no running turn: the engine refuses, as for any other turn not running.
    await live.connection.request(
      "turn/steer",
      { threadId, expectedTurnId: turnId, input: input.map(userInput), clientUserMessageId: clientMessageId },
      undefined,
      trace,
    );
  }

  async interruptTurn(threadId: string, turnId: string, trace?: TraceContext): Promise<void> {
    const live = this.#supervisor.live;
    // No engine: the commands died with it (docs/engine-notes.md §0).
    if (live === null) return;
    const deadline = Date.now() + this.#interruptTimeoutMs;
    const sandboxed = await noteSandboxedCommands(live.connection.pid);
    try {
      // A review runs as an inner turn that only turn/interrupt knows by its own id (docs/engine-notes.md §9).
      const activeTurnId = this.#threads.get(threadId)?.find(turnId)?.activeTurnId ?? turnId;
      await live.connection.request("turn/interrupt", { threadId, turnId: activeTurnId }, this.#interruptTimeoutMs, trace);
    } catch (error) {
      // rpc_error: the turn is not active any more ("no active turn to interrupt").
      if (!(error instanceof EngineError) || (error.code !== "rpc_error" && error.code !== "exited")) throw error;
      this.#log.debug({ threadId, turnId, err: error }, "turn/interrupt refused: the turn is not active");
    }
    const turn = this.#threads.get(threadId)?.find(turnId);
    if (turn !== undefined) {
      await Promise.all([terminateCommands(live.connection, threadId, turn.commandItemIds, deadline, this.#log), untilEnded(turn, deadline)]);
    }
    await killEscaped(live.connection.pid, sandboxed, deadline, this.#log);
  }

  async closeThread(threadId: string): Promise<void> {
    this.#threads.get(threadId)?.release();
    this.#threads.delete(threadId);
    const live = this.#supervisor.live;
    if (live === null) return;
    try {
      // Unsubscribed, the engine unloads the thread after `thread_unload_delay_secs`; its history stays on disk.
      await live.connection.request("thread/unsubscribe", { threadId });
    } catch (error) {
      if (!(error instanceof EngineError) || error.code !== "exited") throw error;
    }
  }

  async #connect(generation: number, onExit: (description: string) => void): Promise<Connection> {
    const launch = await this.#launch();
    if (this.#modelAccess?.kind !== launch.modelAccess.kind) {
      // Said at info at start (the command prints it itself); losing access on a restart is a warning.
      const level = launch.modelAccess.kind === "none" && this.#modelAccess !== undefined ? "warn" : "info";
      this.#log[level]({ access: launch.modelAccess.kind }, `the engine reaches the model through ${launch.modelAccess.description}`);
    }
    this.#modelAccess = launch.modelAccess;
    const connection = await EngineConnection.open({
      launch,
      maxLineBytes: this.#options.maxLineBytes ?? 64 * 1024 * 1024,
      readPacing: this.#options.readPacing,
      requestTimeoutMs: this.#requestTimeoutMs,
      clientInfo: { name: "codex-api", title: null, version: VERSION },
      log: this.#log,
      onNotification: (notification) => this.#onNotification(generation, notification),
      onRequest: (id, method, params) => this.#requests.handle(generation, id, method, params),
      onExit,
    });
    this.#log.info({ pid: connection.pid, generation, version: this.#binary.version }, "codex app-server ready");
    return connection;
  }

  /** Read at every (re)start: the operator may log in or edit config.toml meanwhile. */
  async #launch(): Promise<Launch> {
    const codexHome = resolveCodexHome(this.#options.codexHome, this.#options.env);
    // The engine refuses a CODEX_HOME that does not exist; codex itself creates ~/.codex on first use.
    await mkdir(codexHome, { recursive: true, mode: 0o700 });
    const configToml = await readFile(join(codexHome, "config.toml"), "utf8").catch(() => null);
    return buildLaunch({
      binary: this.#binary,
      env: this.#options.env,
      codexHome,
      configOverrides: this.#options.configOverrides,
      engineEnv: this.#options.engineEnv,
      commandEnvExclude: this.#options.commandEnvExclude,
      engineLogLevel: this.#options.engineLogLevel,
      scriptedModel: await this.#scriptedModel(codexHome),
      home: { hasLogin: existsSync(join(codexHome, "auth.json")), configToml },
    });
  }

  async #scriptedModel(codexHome: string): Promise<ScriptedModelLaunch | undefined> {
    const model = this.#options.scriptedModel;
    if (model === undefined) return undefined;
    this.#catalogPath ??= writeModelCatalog(this.#binary, engineEnvironment(this.#options.env, []), codexHome, model.slug);
    return { ...model, catalogPath: await this.#catalogPath };
  }

  #live(): Promise<Live<Connection>> {
    return this.#supervisor.whenLive(this.#requestTimeoutMs);
  }

  /** Only if the process that answered is still the current one. */
  #load(live: Live<Connection>, threadId: string, book: ThreadBook): void {
    if (this.#supervisor.live?.generation === live.generation) this.#threads.set(threadId, book);
  }

  /** A thread not loaded in this process (restart, closeThread) is resumed: its history continues. */
  #resume(live: Live<Connection>, threadId: string, settings: TurnSettings, trace?: TraceContext): Promise<ThreadBook> {
    let pending = this.#resuming.get(threadId);
    if (pending === undefined) {
      pending = (async () => {
        const result = await live.connection.request("thread/resume", { ...threadParams(settings), threadId, excludeTurns: true }, undefined, trace);
        const book = new ThreadBook(appliedSettings(settings, result));
        this.#load(live, threadId, book);
        return book;
      })().finally(() => this.#resuming.delete(threadId));
      this.#resuming.set(threadId, pending);
    }
    return pending;
  }

  #exited(description: string): void {
    this.#log.error({}, description);
    this.#forgetThreads();
    this.#requests.forget();
    this.#emit({ kind: "engine_exited", description });
  }

  #forgetThreads(): void {
    for (const book of this.#threads.values()) book.release();
    this.#threads.clear();
    this.#resuming.clear();
  }

  #onNotification(generation: number, notification: ServerNotification): void {
    switch (notification.method) {
      case "configWarning": {
        const { summary, details } = notification.params;
        // A known notice is already in the log from stderr, explained (engine-log.ts).
        if (knownNotice(summary) !== undefined) this.#log.debug({ details }, `codex config: ${summary}`);
        else this.#log.warn({ details }, `codex config: ${summary}`);
        return;
      }
      case "thread/closed":
        this.#threads.get(notification.params.threadId)?.release();
        this.#threads.delete(notification.params.threadId);
        return;
      case "serverRequest/resolved":
        this.#requests.resolved(generation, notification.params.threadId, notification.params.requestId);
        return;
      case "account/rateLimits/updated": {
        // Sent around each model response, often after its token usage (docs/engine-notes.md §8).
        const known = this.#rateLimits;
        this.#rateLimits = rateLimitsOf(notification.params.rateLimits, known);
        if (this.#rateLimits !== undefined && JSON.stringify(this.#rateLimits) !== JSON.stringify(known)) this.#emit({ kind: "rate_limits", rateLimits: this.#rateLimits });
        return;
      }
    }
    const { threadId } = notification.params as { threadId?: unknown };
    const book = typeof threadId === "string" ? this.#threads.get(threadId) : undefined;
    if (book === undefined) {
      if (notification.method === "warning") this.#log.warn({}, `codex: ${notification.params.message}`);
      return;
    }
    const turnId = turnIdOf(notification);
    const turn = turnId === undefined ? undefined : book.turn(turnId);
    // After turn_ended nothing more of that turn is reported (e.g. the item/completed of a command killed by interruptTurn).
    if (turn?.ended) return;
    if (turn !== undefined) record(notification, turn);
    if (notification.method === "turn/started" && turn !== undefined) turn.started = true;
    // A review that cannot begin (no git repository, an unknown branch) gets a final error and
    // no turn/started or turn/completed at all (docs/engine-notes.md §9): it ends here.
    if (notification.method === "error" && turn !== undefined && !turn.started && !notification.params.willRetry) {
      book.endTurn(turn.turnId);
      const message = notification.params.error.message;
      this.#emit({ kind: "turn_ended", threadId: threadId as string, turnId: turn.turnId, end: { status: "failed", reason: "engine_error", message, retryable: false } });
      return;
    }
    if (notification.method === "turn/started" && turn !== undefined && notification.params.turn.id !== turn.turnId) {
      turn.activeTurnId = notification.params.turn.id;
      book.innerTurnIds.set(turn.turnId, notification.params.turn.id);
    }
    const event = mapNotification(notification, (_thread, id) => book.find(id)?.lastAgentMessage ?? null);
    if (event?.kind === "usage" && this.#rateLimits !== undefined) event.rateLimits = this.#rateLimits;
    if (event !== null) this.#emit(event);
    if (notification.method === "turn/completed" && turnId !== undefined) book.endTurn(turnId);
  }

  #emit(event: EngineEvent): void {
    // A Set iterates safely while a listener removes itself; no copy per event (most are deltas).
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        this.#log.error({ kind: event.kind, err: error }, "engine event listener failed");
      }
    }
  }
}

function turnIdOf(notification: ServerNotification): string | undefined {
  // A review's turn/started names its inner turn; rootTurnId is the turn everything else names.
  if (notification.method === "turn/started") return notification.params.turn.rootTurnId ?? notification.params.turn.id;
  if (notification.method === "turn/completed") return notification.params.turn.id;
  const { turnId } = notification.params as { turnId?: unknown };
  return typeof turnId === "string" ? turnId : undefined;
}

/** What later requests and the turn's end need from its notifications. */
function record(notification: ServerNotification, turn: TurnBook): void {
  if (notification.method === "item/started") {
    const { item } = notification.params;
    if (item.type === "commandExecution") turn.commandItemIds.add(item.id);
    if (item.type === "fileChange") turn.fileChanges.set(item.id, mapFileChanges(item.changes));
  } else if (notification.method === "item/completed") {
    const { item } = notification.params;
    if (item.type === "agentMessage") turn.lastAgentMessage = item.text;
    if (item.type === "fileChange") turn.fileChanges.delete(item.id);
  }
}

function reviewTarget(target: ReviewTarget): EngineReviewTarget {
  switch (target.type) {
    case "uncommitted_changes":
      return { type: "uncommittedChanges" };
    case "base_branch":
      return { type: "baseBranch", branch: target.branch };
    case "commit":
      return { type: "commit", sha: target.sha, title: target.title ?? null };
    case "custom":
      return { type: "custom", instructions: target.instructions };
  }
}

/**
 * The engine's sparse rate-limit update merged into what we knew: a window it leaves out (null)
 * keeps its last value. Undefined while no window was ever reported (API keys, the scripted model
 * without rate-limit headers).
 */
export function rateLimitsOf(snapshot: RateLimitSnapshot, known: RateLimits | undefined): RateLimits | undefined {
  const merged: RateLimits = { ...known };
  if (snapshot.primary !== null) merged.primary = rateLimitWindow(snapshot.primary);
  if (snapshot.secondary !== null) merged.secondary = rateLimitWindow(snapshot.secondary);
  return merged.primary === undefined && merged.secondary === undefined ? undefined : merged;
}

function rateLimitWindow(window: RateLimitWindow): NonNullable<RateLimits["primary"]> {
  return {
    usedPercent: Math.max(0, Math.round(window.usedPercent)),
    windowMinutes: window.windowDurationMins === null ? null : Math.max(0, Math.round(window.windowDurationMins)),
    resetsAt: window.resetsAt === null ? null : isoFromSeconds(window.resetsAt),
  };
}

/** The engine gives seconds since the epoch; a value no Date can hold is dropped, not thrown. */
function isoFromSeconds(seconds: number): string | null {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function untilEnded(turn: TurnBook, deadline: number): Promise<void> {
  if (turn.ended) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
    turn.endWaiters.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The thread's sticky settings: what we asked for, completed by what the engine chose. */
function appliedSettings(settings: ThreadSettings, result: Pick<ThreadStartResponse, "model" | "approvalPolicy" | "sandbox" | "reasoningEffort">): AppliedSettings {
  return {
    cwd: settings.cwd,
    model: result.model,
    approvalPolicy: simplePolicy(result.approvalPolicy),
    sandbox: sandboxMode(result.sandbox),
    reasoningEffort: (result.reasoningEffort ?? undefined) as AppliedSettings["reasoningEffort"],
  };
}

function simplePolicy(policy: AskForApproval): AppliedSettings["approvalPolicy"] {
  return typeof policy === "string" ? policy : undefined;
}

function sandboxMode(policy: SandboxPolicy): AppliedSettings["sandbox"] {
  switch (policy.type) {
    case "dangerFullAccess":
      return "danger-full-access";
    case "readOnly":
      return "read-only";
    case "workspaceWrite":
      return "workspace-write";
    case "externalSandbox":
      return undefined;
  }
}
