// Sessions, turns and approvals. Receives validated client frames from the server and events from
// the engine port; everything it says to a client goes through the session's outbox. Knows
// neither sockets nor processes.
import { randomUUID } from "node:crypto";
import { ERROR_CODES, PROTOCOL_VERSION } from "../../generated/protocol.js";
import type {
  ApproveFrame,
  CancelFrame,
  ConfigOverrides,
  ErrorCode,
  ErrorFrame,
  Item,
  JsonValue,
  StatusFrame,
  UserMessageFrame,
} from "../../generated/types.js";
import { engineFailureCode, type ApprovalRequest, type EngineEvent, type EnginePort, type TurnEnd, type TurnInput } from "./engine-port.js";
import type { Logger } from "./logger.js";
import type { Unsequenced } from "./outbox.js";
import { ReplayBudget } from "./replay-budget.js";
import { addUsage, emptyUsage, Session, type SessionSink, type StopReason } from "./session.js";
import { applyOverrides, confinedPath, threadSettingsOf, turnSettingsOf, type OperatorPolicy, type SessionSettings } from "./session-settings.js";

export interface CoreOptions {
  engine: EnginePort;
  /** Settings of a new session before any override (cwd = the repository this instance serves). */
  defaults: SessionSettings;
  policy: OperatorPolicy;
  approvalTimeoutMs: number;
  /** How long a session without a stream is kept. */
  sessionTtlMs: number;
  /** A turn with no engine event for this long (and no pending prompt) fails with reason `watchdog`. */
  turnIdleTimeoutMs: number;
  /** How long to wait for the engine to confirm an interrupt before ending the turn ourselves. */
  interruptGraceMs: number;
  maxReplayFrames: number;
  maxReplayBytes: number;
  /** Bytes of replay history held by all sessions together (replay-budget.ts). */
  replayBudgetBytes: number;
  /** How long a session that never ran a turn is kept without a stream. */
  unusedSessionTtlMs: number;
  /** Caps: past them the client gets a retryable `overloaded` error and nothing running is harmed. */
  maxSessions: number;
  maxRunningTurns: number;
  maxPendingApprovals: number;
  observer?: CoreObserver;
  log: Logger;
  /** Log prompt text and final answers (off by default: they may hold secrets). */
  logContent: boolean;
}

export interface OpenRequest {
  sessionId?: string;
  lastSeq?: number;
  protocolVersion?: string;
  configOverrides?: ConfigOverrides;
  /**
   * Asked before a new session is created (not for a resume or takeover): returns how long to
   * wait when the caller may not create one now (the per-connection creation rate).
   */
  mayCreate?: () => number | undefined;
}

export type OpenOutcome = { ok: true; session: Session } | { ok: false; code: ErrorCode; message: string; retryAfterMs?: number };

export type Problem = { code: ErrorCode; message: string };

/** An error frame's extra fields; `overloaded` and `rate_limited` must say when to retry (spec). */
export type ErrorExtra<C extends ErrorCode> = [C] extends ["overloaded" | "rate_limited"]
  ? [extra: Partial<ErrorFrame> & { retryAfterMs: number }]
  : [extra?: Partial<ErrorFrame>];

/** What the core reports for metrics; every hook is optional to implement. */
export interface CoreObserver {
  errorSent?(code: ErrorCode): void;
  turnEnded?(state: "completed" | "interrupted" | "failed", durationMs: number): void;
  firstItem?(msSinceStart: number): void;
  replay?(result: "hit" | "miss"): void;
}

export interface CoreStats {
  sessions: number;
  runningTurns: number;
  pendingApprovals: number;
  /** Bytes of replay history held by every session together. */
  replayBytes: number;
}

/** How long a client should wait before retrying after `overloaded`. */
const OVERLOADED_RETRY_AFTER_MS = 1000;

export class AgentCore {
  private readonly sessions = new Map<string, Session>();
  private readonly byThread = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private readonly replayBudget: ReplayBudget;
  /** How often expired sessions are swept: half the shorter TTL, between 1 s and 1 min. */
  private readonly sweepEveryMs: number;
  private closing = false;

  constructor(private readonly o: CoreOptions) {
    this.replayBudget = new ReplayBudget(o.replayBudgetBytes);
    this.unsubscribe = o.engine.onEvent((event) => this.onEngineEvent(event));
    this.sweepEveryMs = Math.max(1000, Math.min(Math.min(o.sessionTtlMs, o.unusedSessionTtlMs) / 2, 60_000));
    this.sweeper = setInterval(() => this.sweepIdleSessions(), this.sweepEveryMs);
    this.sweeper.unref();
  }

  hasSession(sessionId: string): boolean {
    return this.sessions.has(sessionId);
  }

  stats(): CoreStats {
    let runningTurns = 0;
    let pendingApprovals = 0;
    for (const s of this.sessions.values()) {
      if (s.turn.state !== "idle") runningTurns++;
      pendingApprovals += s.prompts.size;
    }
    return { sessions: this.sessions.size, runningTurns, pendingApprovals, replayBytes: this.replayBudget.held };
  }

  // ---------------------------------------------------------------- sessions and streams

  /**
   * Opens or takes over a session for a stream. On success the sink is told, in one synchronous
   * run: `bound` (send the session frame), then every replayed frame, and live frames after.
   */
  async open(req: OpenRequest, sink: SessionSink): Promise<OpenOutcome> {
    if (this.closing) return { ok: false, code: "shutting_down", message: "the server is shutting down and opens no sessions; retry on another instance" };
    if (req.protocolVersion !== undefined && majorOf(req.protocolVersion) !== majorOf(PROTOCOL_VERSION)) {
      return {
        ok: false,
        code: "unsupported_protocol_version",
        message: `protocol version ${req.protocolVersion} is not supported; this server speaks ${PROTOCOL_VERSION} (any ${majorOf(PROTOCOL_VERSION)}.x)`,
      };
    }
    let session = req.sessionId === undefined ? undefined : this.sessions.get(req.sessionId);
    const resumed = session !== undefined;
    if (session === undefined && req.lastSeq !== undefined && req.lastSeq > 0) {
      return {
        ok: false,
        code: "session_expired",
        message: `session ${req.sessionId ?? "(none)"} is not held by this server (expired or never existed); open a new session without lastSeq`,
      };
    }
    const base = session?.settings ?? this.o.defaults;
    const settings = await applyOverrides(base, req.configOverrides, this.o.policy);
    if (!settings.ok) return settings;
    if (session === undefined) {
      // Another open of the same new id may have finished while we resolved paths.
      session = req.sessionId === undefined ? undefined : this.sessions.get(req.sessionId);
    }
    if (session === undefined) {
      if (this.sessions.size >= this.o.maxSessions) {
        const retryAfterMs = this.nextExpiryMs();
        return {
          ok: false,
          code: "overloaded",
          message: `the server holds its maximum of ${this.o.maxSessions} sessions (maxSessions); retry in ${retryAfterMs} ms or resume an existing session`,
          retryAfterMs,
        };
      }
      const waitMs = req.mayCreate?.();
      if (waitMs !== undefined) {
        return { ok: false, code: "rate_limited", message: `this connection opens new sessions too fast; retry after ${waitMs} ms`, retryAfterMs: waitMs };
      }
      const id = req.sessionId ?? randomUUID();
      session = new Session(id, settings.settings, { maxFrames: this.o.maxReplayFrames, maxBytes: this.o.maxReplayBytes, budget: this.replayBudget });
      this.sessions.set(id, session);
    }
    session.settings = settings.settings;
    const previous = session.sink;
    if (previous !== undefined && previous !== sink) {
      session.outbox.detach(previous);
      previous.superseded();
    }
    session.sink = sink;
    session.detachedAtMs = undefined;
    const replay = session.outbox.attach(sink, req.lastSeq);
    if (replay !== null) this.o.observer?.replay?.(replay.lost > 0 ? "miss" : "hit");
    const turn = session.turn.state === "running" ? { turnId: session.turn.turnId, pendingCommandIds: [...session.prompts.keys()] } : null;
    sink.bound({
      sessionId: session.id,
      resumed,
      // A lastSeq past the session's newest frame would make the stream's seq go backwards.
      positionSeq: Math.min(req.lastSeq ?? Infinity, session.outbox.lastSeq),
      replay: replay === null ? null : { fromSeq: replay.fromSeq, toSeq: replay.toSeq, count: replay.frames.length, lost: replay.lost },
      turn,
    });
    for (const frame of replay?.frames ?? []) sink.deliver(frame);
    this.o.log.info({ sessionId: session.id, resumed, lastSeq: req.lastSeq, replayed: replay?.frames.length ?? 0 }, "session opened");
    return { ok: true, session };
  }

  /** The stream of a session ended; the session (and its turn) carries on for the TTL. */
  detach(session: Session, sink: SessionSink): void {
    if (session.sink !== sink) return;
    session.sink = undefined;
    session.outbox.detach(sink);
    session.detachedAtMs = Date.now();
  }

  // ---------------------------------------------------------------- client frames

  /**
   * Starts a turn. Resolves once the request is checked (overrides, working directory, images:
   * quick local work, so its errors come back in frame order) and the turn is `starting`, or
   * refused. The engine calls that follow run on their own: a slow or stuck engine never holds
   * back the stream's later frames (a cancel, a heartbeat). Their outcome arrives as frames:
   * `status started`, or an error.
   */
  async userMessage(session: Session, frame: UserMessageFrame): Promise<void> {
    const reply = { inReplyTo: frame.id, frameType: "user_message" };
    if (this.closing) return this.error(session, "shutting_down", "the server is shutting down and starts no new turns; retry on another instance", reply);
    if (session.turn.state !== "idle") {
      const which = session.turn.state === "running" ? `turn ${session.turn.turnId}` : "a turn";
      return this.error(session, "turn_in_progress", `${which} is still running; wait for its terminal status or send cancel first`, reply);
    }
    if (!this.o.engine.ready) return this.error(session, "engine_unavailable", "the Codex engine is starting or restarting; retry in a few seconds", reply);
    if (this.stats().runningTurns >= this.o.maxRunningTurns) {
      return this.error(session, "overloaded", `${this.o.maxRunningTurns} turns are running (maxRunningTurns); retry shortly`, {
        ...reply,
        retryAfterMs: OVERLOADED_RETRY_AFTER_MS,
      });
    }
    session.turn = { state: "starting", inReplyTo: frame.id, startedAtMs: Date.now(), stop: undefined };
    session.ranTurn = true;
    this.o.log.info({ sessionId: session.id, chars: frame.content.length, ...(this.o.logContent ? { content: frame.content } : {}) }, "turn requested");
    let request: { input: TurnInput[]; settings: SessionSettings } | Problem;
    try {
      request = await this.checkTurn(session, frame);
    } catch (error) {
      request = this.startFailure(session, error);
    }
    if ("code" in request) return this.abortStart(session, request, reply);
    void this.startInEngine(session, request.input, request.settings, reply);
  }

  /**
   * The turn's settings and input, checked now. The working directory is resolved again at every
   * turn (an agent may have swapped it for a symlink since the last one) and image paths at use:
   * the engine only ever gets checked real paths.
   */
  private async checkTurn(session: Session, frame: UserMessageFrame): Promise<{ input: TurnInput[]; settings: SessionSettings } | Problem> {
    const settings = await applyOverrides(session.settings, frame.configOverrides, this.o.policy);
    if (!settings.ok) return settings;
    const cwd = await confinedPath(settings.settings.cwd, settings.settings.cwd, this.o.policy.allowedRoots, "the session's cwd", "directory");
    if (!cwd.ok) return cwd;
    const input = await this.turnInput(cwd.path, frame);
    if ("code" in input) return input;
    session.settings = settings.settings;
    return { input, settings: { ...session.settings, cwd: cwd.path } };
  }

  private async startInEngine(session: Session, input: TurnInput[], settings: SessionSettings, reply: Partial<ErrorFrame>): Promise<void> {
    try {
      if (session.threadId === undefined) {
        const { threadId } = await this.o.engine.startThread(threadSettingsOf(settings));
        session.threadId = threadId;
        this.byThread.set(threadId, session);
      }
      if (session.draining !== undefined) await session.draining;
      const { turnId } = await this.o.engine.startTurn(session.threadId, input, turnSettingsOf(settings));
      this.turnStarted(session, turnId);
    } catch (error) {
      this.abortStart(session, this.startFailure(session, error), reply);
    }
  }

  /** What a client is told when a turn could not start; faults of our own are logged with their stack. */
  private startFailure(session: Session, error: unknown): Problem {
    const failure = engineFailureCode(error);
    this.o.log[failure === undefined ? "error" : "warn"](
      { sessionId: session.id, err: failure === undefined && error instanceof Error ? error.stack : messageOf(error) },
      "turn could not start",
    );
    switch (failure) {
      case "timeout":
        return { code: "engine_unavailable", message: `the Codex engine did not answer in time (${messageOf(error)}); retry shortly` };
      case "exited":
      case "unavailable":
        return { code: "engine_unavailable", message: "the Codex engine stopped while the turn was starting; retry in a few seconds" };
      case "rpc_error":
        return { code: "engine_error", message: `the Codex engine refused the turn: ${messageOf(error)}` };
      case undefined:
        return { code: "internal", message: "the server failed to start the turn; it was logged" };
    }
  }

  approve(session: Session, frame: ApproveFrame): void {
    const reply = { inReplyTo: frame.id, frameType: "approve", commandId: frame.commandId };
    const prompt = session.prompts.get(frame.commandId);
    if (prompt === undefined) {
      return session.wasResolved(frame.commandId)
        ? this.error(session, "command_already_resolved", `command_prompt ${frame.commandId} was already resolved (answered, timed out, or ended with its turn)`, reply)
        : this.error(session, "command_not_found", `no command_prompt ${frame.commandId} in session ${session.id}`, reply);
    }
    if (!prompt.request.decisions.includes(frame.decision)) {
      return this.error(session, "decision_not_offered", `decision ${frame.decision} is not offered for ${frame.commandId}; offered: ${prompt.request.decisions.join(", ")}`, reply);
    }
    clearTimeout(prompt.timer);
    session.markResolved(frame.commandId);
    if (frame.decision === "deny_and_stop" && session.turn.state === "running") session.turn.stop = "denied";
    this.o.log.info({ sessionId: session.id, turnId: prompt.turnId, commandId: frame.commandId, decision: frame.decision }, "prompt answered");
    prompt.request.respond(frame.decision, frame.explanation);
  }

  /** Returns false when there was nothing to cancel (the server acknowledges it). */
  cancel(session: Session, frame: CancelFrame): boolean {
    const turn = session.turn;
    if (turn.state === "idle") return false;
    if (frame.turnId !== undefined && turn.state === "running" && turn.turnId !== frame.turnId) return false;
    this.stopTurn(session, "cancelled");
    return true;
  }

  // ---------------------------------------------------------------- engine events

  private onEngineEvent(event: EngineEvent): void {
    if (event.kind === "engine_exited") return this.engineExited(event.description);
    if (event.kind === "engine_ready") return;
    const session = this.byThread.get(event.threadId);
    if (session === undefined) return;
    if (event.kind === "turn_started") return this.engineTurnStarted(session, event.turnId);
    if (event.kind === "approval_withdrawn") {
      const prompt = session.prompts.get(event.requestId);
      if (prompt !== undefined) clearTimeout(prompt.timer);
      return session.markResolved(event.requestId);
    }
    const turn = session.turn;
    const turnId = "turnId" in event ? event.turnId : null;
    if (turn.state !== "running" || (turnId !== null && turnId !== turn.turnId)) {
      // Late events of a turn we already ended (e.g. output of a command stopped by a cancel).
      this.o.log.debug({ sessionId: session.id, kind: event.kind, turnId }, "event for a turn that is not running dropped");
      if (event.kind === "approval_requested") event.request.respond("deny");
      return;
    }
    this.armWatchdog(session);
    switch (event.kind) {
      case "item":
        if (!turn.sawItem) {
          turn.sawItem = true;
          this.o.observer?.firstItem?.(Date.now() - turn.startedAtMs);
        }
        if (event.event === "started") turn.openItems.set(event.item.id, openCopy(event.item));
        else {
          turn.openItems.delete(event.item.id);
          if (event.item.type === "agent_message") turn.finalMessage = event.item.text;
        }
        session.outbox.emit({ type: "item", turnId: turn.turnId, event: event.event, item: event.item });
        return;
      case "delta": {
        const { itemId, itemType, field, index, delta } = event;
        const open = turn.openItems.get(itemId);
        if (open !== undefined) appendDelta(open, field, index, delta);
        // Spelled out, not spread from the event: deltas are most frames, and spreads cost.
        const turnId = turn.turnId;
        session.outbox.emit(
          index === undefined
            ? { type: "item", event: "delta", turnId, itemId, itemType, field, delta }
            : { type: "item", event: "delta", turnId, itemId, itemType, field, index, delta },
        );
        return;
      }
      case "approval_requested":
        return this.prompt(session, turn.turnId, event.request);
      case "usage":
        turn.usage = addUsage(turn.usage, event.last);
        return;
      case "warning":
        this.o.log.warn({ sessionId: session.id, turnId: turn.turnId, warning: event.message }, "engine warning");
        return;
      case "turn_ended":
        return this.endTurn(session, event.end);
    }
  }

  /**
   * The engine says a turn started. Normally that is ours (starting, or running already). A turn
   * the session does not know about is one whose turn/start passed its deadline and was given
   * up, but which the engine got to after all: it is stopped, or the session's next turn/start
   * would be steered into it (docs/engine.md §1) instead of starting a new turn.
   */
  private engineTurnStarted(session: Session, turnId: string): void {
    const turn = session.turn;
    if (turn.state === "starting") return this.turnStarted(session, turnId);
    if (turn.state === "running" && turn.turnId === turnId) return;
    this.o.log.warn({ sessionId: session.id, turnId }, "the engine started a turn that was given up; interrupting it");
    this.drain(session, turnId);
  }

  private turnStarted(session: Session, turnId: string): void {
    const turn = session.turn;
    if (turn.state !== "starting") return;
    session.turn = {
      state: "running",
      turnId,
      startedAtMs: turn.startedAtMs,
      usage: emptyUsage(),
      openItems: new Map(),
      finalMessage: null,
      sawItem: false,
      stop: turn.stop,
      watchdog: undefined,
      interruptDeadline: undefined,
    };
    this.o.log.info({ sessionId: session.id, turnId }, "turn started");
    session.outbox.emit({ type: "status", turnId, state: "started", ...(turn.inReplyTo === undefined ? {} : { inReplyTo: turn.inReplyTo }) });
    this.armWatchdog(session);
    // A cancel that arrived while the turn was starting.
    if (turn.stop !== undefined) this.stopTurn(session, turn.stop);
  }

  private prompt(session: Session, turnId: string, request: ApprovalRequest): void {
    if (session.prompts.size >= this.o.maxPendingApprovals) {
      // Fail closed: a prompt nobody can see in time is a denied one.
      request.respond("deny");
      session.markResolved(request.id);
      return this.error(session, "overloaded", `${session.prompts.size} prompts are already pending (maxPendingApprovals); ${request.id} was denied`, {
        turnId,
        commandId: request.id,
        retryAfterMs: OVERLOADED_RETRY_AFTER_MS,
      });
    }
    const timeoutMs = this.o.approvalTimeoutMs;
    const timer = setTimeout(() => this.approvalTimedOut(session, request.id), timeoutMs);
    timer.unref();
    session.prompts.set(request.id, { request, turnId, timer });
    this.o.log.info({ sessionId: session.id, turnId, commandId: request.id, kind: request.kind }, "prompt sent");
    session.outbox.emit({
      type: "command_prompt",
      turnId,
      commandId: request.id,
      kind: request.kind,
      itemId: request.itemId,
      command: request.command,
      ...(request.commandLine === undefined ? {} : { commandLine: request.commandLine }),
      ...(request.cwd === undefined ? {} : { cwd: request.cwd }),
      explanation: request.reason,
      ...(request.changes === undefined ? {} : { changes: request.changes }),
      ...(request.permissions === undefined ? {} : { permissions: request.permissions }),
      decisions: request.decisions,
      timeoutMs,
      expiresAt: new Date(Date.now() + timeoutMs).toISOString(),
    });
  }

  private approvalTimedOut(session: Session, commandId: string): void {
    const prompt = session.prompts.get(commandId);
    if (prompt === undefined) return;
    session.markResolved(commandId);
    this.o.log.warn({ sessionId: session.id, turnId: prompt.turnId, commandId }, "prompt timed out; denied");
    this.error(session, "approval_timeout", `command_prompt ${commandId} was not answered within ${this.o.approvalTimeoutMs} ms and was denied`, {
      commandId,
      turnId: prompt.turnId,
    });
    prompt.request.respond("deny");
  }

  private endTurn(session: Session, end: TurnEnd | { status: "failed"; reason: "engine_exited" | "watchdog"; message: string; retryable: boolean }): void {
    const turn = session.turn;
    if (turn.state !== "running") return;
    clearTimeout(turn.watchdog);
    clearTimeout(turn.interruptDeadline);
    for (const [commandId, prompt] of session.prompts) {
      clearTimeout(prompt.timer);
      session.markResolved(commandId);
    }
    // Items the engine never completed (a message streaming when the turn stopped) are closed
    // here with what they had, so no item is left open.
    for (const item of turn.openItems.values()) {
      session.outbox.emit({ type: "item", turnId: turn.turnId, event: "completed", item: closeItem(item) });
    }
    session.turn = { state: "idle" };
    const base = { type: "status", turnId: turn.turnId, usage: turn.usage, durationMs: Date.now() - turn.startedAtMs } as const;
    let status: Unsequenced<StatusFrame>;
    if (end.status === "completed") {
      const finalMessage = end.finalMessage ?? turn.finalMessage;
      status = { ...base, state: "completed", finalMessage, ...structured(session.settings.outputSchema, finalMessage) };
    } else if (end.status === "interrupted") {
      status = { ...base, state: "interrupted", reason: turn.stop ?? "cancelled" };
    } else {
      status = { ...base, state: "failed", reason: end.reason, message: end.message, retryable: end.retryable };
    }
    const content = this.o.logContent && status.finalMessage != null ? { finalMessage: status.finalMessage } : {};
    this.o.log.info({ sessionId: session.id, turnId: turn.turnId, state: status.state, reason: status.reason, ...content }, "turn ended");
    this.o.observer?.turnEnded?.(status.state as "completed" | "interrupted" | "failed", status.durationMs!);
    session.outbox.emit(status);
  }

  private stopTurn(session: Session, reason: StopReason): void {
    const turn = session.turn;
    if (turn.state === "starting") {
      turn.stop = reason;
      return;
    }
    if (turn.state !== "running") return;
    turn.stop ??= reason;
    // Prompts of a stopped turn are resolved now: the engine withdraws them when interrupted.
    for (const [commandId, prompt] of session.prompts) {
      clearTimeout(prompt.timer);
      session.markResolved(commandId);
    }
    this.drain(session, turn.turnId);
    turn.interruptDeadline ??= setTimeout(() => {
      this.o.log.warn({ sessionId: session.id, turnId: turn.turnId }, "engine did not confirm the interrupt; ending the turn");
      this.endTurn(session, { status: "interrupted" });
    }, this.o.interruptGraceMs);
  }

  /** Interrupts a turn in the engine; the session's next turn waits until that is done. */
  private drain(session: Session, turnId: string): void {
    const interrupted = this.o.engine.interruptTurn(session.threadId!, turnId).catch((error: unknown) => {
      this.o.log.warn({ sessionId: session.id, turnId, err: messageOf(error) }, "interrupt failed");
    });
    const draining = interrupted.finally(() => {
      if (session.draining === draining) session.draining = undefined;
    });
    session.draining = draining;
  }

  private armWatchdog(session: Session): void {
    const turn = session.turn;
    if (turn.state !== "running") return;
    // Armed on every engine event: restarting the timer in place costs far less than a new one.
    if (turn.watchdog !== undefined) {
      turn.watchdog.refresh();
      return;
    }
    turn.watchdog = setTimeout(() => {
      // Waiting for the backend's answer is not the engine being stuck.
      if (session.prompts.size > 0) return this.armWatchdog(session);
      this.o.log.error({ sessionId: session.id, turnId: turn.turnId }, "engine sent nothing for the turn; failing it (watchdog)");
      this.drain(session, turn.turnId);
      this.endTurn(session, {
        status: "failed",
        reason: "watchdog",
        message: `the Codex engine sent nothing for ${this.o.turnIdleTimeoutMs} ms; the turn was stopped`,
        retryable: true,
      });
    }, this.o.turnIdleTimeoutMs);
    turn.watchdog.unref();
  }

  private engineExited(description: string): void {
    for (const session of this.sessions.values()) {
      const turn = session.turn;
      // A turn still starting is answered by its own startTurn call: it either rejects (one
      // engine_unavailable error) or, sent to the restarted engine, starts after all.
      if (turn.state !== "running") continue;
      const message = `the Codex engine exited (${description}) and is restarting; the next turn continues this conversation`;
      this.error(session, "engine_unavailable", message, { turnId: turn.turnId });
      this.endTurn(session, { status: "failed", reason: "engine_exited", message, retryable: true });
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Image paths are resolved here, at use, relative to the turn's checked working directory. */
  private async turnInput(cwd: string, frame: UserMessageFrame): Promise<TurnInput[] | Problem> {
    const input: TurnInput[] = [{ type: "text", text: frame.content }];
    const paths = [...(frame.imagePaths ?? []), ...(frame.images ?? []).flatMap((i) => ("path" in i ? [i.path] : []))];
    for (const path of paths) {
      const resolved = await confinedPath(cwd, path, this.o.policy.allowedRoots, "image path");
      if (!resolved.ok) return resolved;
      input.push({ type: "localImage", path: resolved.path });
    }
    for (const image of frame.images ?? []) if ("dataUrl" in image) input.push({ type: "image", dataUrl: image.dataUrl });
    return input;
  }

  private abortStart(session: Session, problem: Problem, reply: Partial<ErrorFrame>): void {
    if (session.turn.state === "starting") session.turn = { state: "idle" };
    this.error(session, problem.code, problem.message, reply);
  }

  /** Sends an error frame into the session's history. */
  error<C extends ErrorCode>(session: Session, code: C, message: string, ...[extra = {}]: ErrorExtra<C>): void {
    const fields = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
    this.o.observer?.errorSent?.(code);
    session.outbox.emit({ type: "error", code, message, retryable: ERROR_CODES[code].retryable, ...fields });
  }

  /** When a session without a stream or a turn expires, or undefined while it cannot. */
  private expiresAtMs(session: Session): number | undefined {
    if (session.sink !== undefined || session.turn.state !== "idle" || session.detachedAtMs === undefined) return undefined;
    // A session that never ran a turn costs a slot and nothing else of value: it goes soon, so
    // opening sessions and dropping them cannot hold the table for the whole TTL.
    return session.detachedAtMs + (session.ranTurn ? this.o.sessionTtlMs : this.o.unusedSessionTtlMs);
  }

  /** How long until the sweep frees a session slot, for `retryAfterMs` when the table is full. */
  private nextExpiryMs(): number {
    let soonest = Infinity;
    for (const session of this.sessions.values()) soonest = Math.min(soonest, this.expiresAtMs(session) ?? Infinity);
    // Nothing expires on its own: a client may still close a stream; ask again in a while.
    if (soonest === Infinity) return this.sweepEveryMs;
    return Math.max(OVERLOADED_RETRY_AFTER_MS, Math.ceil(soonest - Date.now()) + this.sweepEveryMs);
  }

  private sweepIdleSessions(): void {
    const now = Date.now();
    for (const session of this.sessions.values()) {
      const expiresAt = this.expiresAtMs(session);
      if (expiresAt === undefined || now < expiresAt) continue;
      this.sessions.delete(session.id);
      session.outbox.dispose();
      if (session.threadId !== undefined) {
        this.byThread.delete(session.threadId);
        this.o.engine.closeThread(session.threadId).catch(() => undefined);
      }
      this.o.log.info({ sessionId: session.id }, "session expired");
    }
  }

  /** Lets running turns finish for up to `graceMs`, then interrupts what is left. */
  async shutdown(graceMs: number): Promise<void> {
    this.closing = true;
    const busy = () => [...this.sessions.values()].filter((s) => s.turn.state !== "idle");
    const deadline = Date.now() + graceMs;
    while (busy().length > 0 && Date.now() < deadline) await sleep(50);
    for (const session of busy()) this.stopTurn(session, "shutdown");
    const stopDeadline = Date.now() + this.o.interruptGraceMs + 100;
    while (busy().some((s) => s.turn.state === "running") && Date.now() < stopDeadline) await sleep(20);
    clearInterval(this.sweeper);
    this.unsubscribe();
  }
}

function majorOf(version: string): string {
  return version.split(".")[0]!;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The turn's own copy of an item it started, which its deltas then extend in place. */
function openCopy(item: Item): Item {
  return item.type === "reasoning" ? { ...item, summary: [...item.summary], content: [...item.content] } : { ...item };
}

/** In place: copying the item for every delta was the core's hottest line in a profile of a streaming turn. */
function appendDelta(item: Item, field: string, index: number | undefined, delta: string): void {
  switch (item.type) {
    case "agent_message":
    case "plan":
      if (field === "text") item.text += delta;
      return;
    case "command_execution":
      if (field === "output") item.output += delta;
      return;
    case "reasoning": {
      if (field !== "summary" && field !== "content") return;
      const parts = item[field];
      const i = index ?? 0;
      while (parts.length <= i) parts.push("");
      parts[i] += delta;
      return;
    }
  }
}

/** The final state of an item the engine left open when its turn ended. */
function closeItem(item: Item): Item {
  switch (item.type) {
    case "command_execution":
    case "file_change":
    case "tool_call":
      return item.status === "in_progress" ? { ...item, status: "failed" } : item;
    default:
      return item;
  }
}

function structured(outputSchema: Record<string, unknown> | undefined, finalMessage: string | null): { structuredOutput?: JsonValue } {
  if (outputSchema === undefined || finalMessage === null) return {};
  try {
    return { structuredOutput: JSON.parse(finalMessage) as JsonValue };
  } catch {
    return {};
  }
}
