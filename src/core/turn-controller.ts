// A session's turns: starting one, the engine's events while it runs, stopping it (cancel,
// deny_and_stop, shutdown), the watchdog, and its one terminal status. Its prompts are
// prompt-controller.ts's, steering messages steering.ts's. The rules:
// - a turn is idle → starting → running → idle (session.ts: TurnState); `status started` opens
//   it and exactly one terminal status (completed, interrupted or failed) closes it;
// - the request is checked in frame order (overrides, the working directory again, images);
//   the engine calls after that run on their own, so nothing waits behind a stuck engine;
// - a cancel stops the turn it names (or the current one); one naming another turn, or any turn
//   while the new one has no id yet, does nothing;
// - a turn's trace context (its message's, else its stream's) goes with every engine request made
//   for it, and its log lines carry the traceId;
// - when a turn ends, every prompt it left pending is resolved with it;
// - a turn the engine runs that the session does not (given up, unconfirmed interrupt) is
//   interrupted before the session's next one starts (docs/engine-notes.md §1).
import type { CancelFrame, CompactFrame, ErrorCode, ErrorFrame, RateLimits, ReviewFrame, UserMessageFrame } from "../../generated/types.js";
import { traceFields, traceparentProblem } from "../protocol/trace-context.js";
import { engineFailureCode, isQuestion, type EngineEvent, type EnginePort, type TraceContext, type TurnInput } from "./engine-port.js";
import { emitError, OVERLOADED_RETRY_AFTER_MS, problem, type ErrorExtra, type Problem } from "./error-frames.js";
import { appendDelta, closeItem, itemFrame, openCopy, STATUS_MESSAGES, terminalStatus, type Ending } from "./items.js";
import { PromptController } from "./prompt-controller.js";
import { Steering } from "./steering.js";
import type { Logger } from "./logger.js";
import type { SessionRegistry } from "./session-registry.js";
import { threadSettingsOf, turnSettingsOf, type OperatorPolicy, type SessionSettings } from "./session-settings.js";
import { checkSessionCwd, checkTurnRequest, messageOf, startFailure } from "./turn-request.js";
import { addUsage, emptyUsage, type Session, type StopReason } from "./session.js";

/** Events held while a turn is starting (a review's first items); more items are dropped. */
const MAX_EARLY_EVENTS = 64;

/** Characters of the engine's words about an unreachable model passed on to clients and logs. */
const MAX_ENGINE_WORDS = 2000;

export interface TurnOptions {
  engine: EnginePort;
  registry: SessionRegistry;
  policy: OperatorPolicy;
  approvalTimeoutMs: number;
  /** A turn with no engine event for this long (and no pending prompt) fails with reason `watchdog`. */
  turnIdleTimeoutMs: number;
  /**
   * A turn whose model stays unreachable this long (from the engine's first retry since the
   * model last answered) fails with reason `model_error`, whatever the engine's own retry policy.
   */
  modelRetryTimeoutMs: number;
  /** How long to wait for the engine to confirm an interrupt before ending the turn ourselves. */
  interruptGraceMs: number;
  maxRunningTurns: number;
  maxPendingApprovals: number;
  /** True once the server is shutting down: no new turns. */
  closing(): boolean;
  observer?: TurnObserver;
  log: Logger;
  /** Log prompt text and final answers (off by default: they may hold secrets). */
  logContent: boolean;
  now?: () => number;
}

/** What turns report for metrics; every hook is optional. */
export interface TurnObserver {
  errorSent?(code: ErrorCode): void;
  turnEnded?(state: "completed" | "interrupted" | "failed", durationMs: number): void;
  firstItem?(msSinceStart: number): void;
}

export class TurnController {
  readonly #o: TurnOptions;
  readonly #now: () => number;
  /** Woken whenever a turn ends or a start is given up (shutdown waits on them). */
  readonly #idleWaiters = new Set<() => void>();
  /** The account's rate limits as the engine last reported them. */
  #rateLimits: RateLimits | undefined;

  /** The session's approvals and questions (prompt-controller.ts). */
  readonly prompts: PromptController;
  /** Steering messages that join the running turn (steering.ts). */
  readonly steering: Steering;

  constructor(options: TurnOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.prompts = new PromptController({ ...options, now: this.#now, stopTurn: (session, reason) => this.stop(session, reason) });
    this.steering = new Steering({ ...options, now: this.#now });
  }

  /** Turns starting or running, across every session. */
  get busy(): number {
    let n = 0;
    for (const session of this.#o.registry.values()) if (session.turn.state !== "idle") n++;
    return n;
  }

  /** Resolves once no session has a turn (or at once). */
  whenAllIdle(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (this.busy > 0) return;
        this.#idleWaiters.delete(check);
        resolve();
      };
      this.#idleWaiters.add(check);
    });
  }

  error<C extends ErrorCode>(session: Session, found: Problem<C>, ...extra: ErrorExtra<C>): void {
    emitError(session, this.#o.observer?.errorSent, found, ...extra);
  }

  // ---------------------------------------------------------------- client frames

  /**
   * Starts a turn. Resolves once the request is checked (overrides, working directory, images:
   * quick local work, so its errors come back in frame order) and the turn is `starting`, or
   * refused. The engine calls that follow run on their own: a slow or stuck engine never holds
   * back the stream's later frames (a cancel, a heartbeat). Their outcome arrives as frames:
   * `status started`, or an error.
   */
  async userMessage(session: Session, frame: UserMessageFrame, streamTrace?: TraceContext): Promise<void> {
    const reply = { inReplyTo: frame.id, frameType: "user_message" };
    // Checked beyond the schema's pattern: ids of all zeros are invalid (W3C Trace Context).
    const badTrace = frame.trace === undefined ? undefined : traceparentProblem(frame.trace.traceparent);
    if (badTrace !== undefined) return this.error(session, problem("invalid_frame", "traceparent", { reason: badTrace }), { ...reply, path: "/trace/traceparent" });
    const trace = frame.trace ?? streamTrace;
    if (frame.expectedTurnId !== undefined) return this.steering.steer(session, frame, frame.expectedTurnId, trace);
    if (this.refused(session, reply, true)) return;
    session.turn = { state: "starting", inReplyTo: frame.id, startedAtMs: this.#now(), stop: undefined, trace, early: [] };
    session.ranTurn = true;
    this.#o.log.info({ sessionId: session.id, ...traceFields(trace), chars: frame.content.length, ...(this.#o.logContent ? { content: frame.content } : {}) }, "turn requested");
    let request: Awaited<ReturnType<typeof checkTurnRequest>>;
    try {
      request = await checkTurnRequest(session.settings, frame, this.#o.policy);
    } catch (error) {
      request = this.#startFailure(session, error);
    }
    if ("code" in request) return this.#abortStart(session, request, reply);
    session.settings = request.settings;
    const input = request.input;
    void this.#startInEngine(
      session,
      request.engineSettings,
      reply,
      async (threadId, settings) => {
        const { turnId } = await this.#o.engine.startTurn(threadId, input, turnSettingsOf(settings), trace);
        return turnId;
      },
      trace,
    );
  }

  /**
   * Starts a review turn (the engine's review/start, inline): from then on it is a turn like
   * any other (status, items, cancel, one terminal status).
   */
  async review(session: Session, frame: ReviewFrame): Promise<void> {
    const reply = { inReplyTo: frame.id, frameType: "review" };
    if (this.refused(session, reply, true)) return;
    session.turn = { state: "starting", inReplyTo: frame.id, startedAtMs: this.#now(), stop: undefined, trace: undefined, early: [] };
    session.ranTurn = true;
    this.#o.log.info({ sessionId: session.id, target: frame.target.type }, "review requested");
    const checked = await this.#checkCwd(session);
    if ("code" in checked) return this.#abortStart(session, checked, reply);
    void this.#startInEngine(session, checked.engineSettings, reply, async (threadId, settings) => {
      const { turnId } = await this.#o.engine.startReview(threadId, frame.target, turnSettingsOf(settings));
      return turnId;
    });
  }

  /**
   * Compacts the session's context. The engine runs it as a turn that it announces only by
   * turn_started; if none comes within the watchdog's time, the start fails.
   */
  async compact(session: Session, frame: CompactFrame): Promise<void> {
    const reply = { inReplyTo: frame.id, frameType: "compact" };
    if (this.refused(session, reply, true)) return;
    const starting = { state: "starting" as const, inReplyTo: frame.id, startedAtMs: this.#now(), stop: undefined, trace: undefined, early: [] };
    session.turn = starting;
    session.ranTurn = true;
    this.#o.log.info({ sessionId: session.id }, "compaction requested");
    const checked = await this.#checkCwd(session);
    if ("code" in checked) return this.#abortStart(session, checked, reply);
    void this.#startInEngine(session, checked.engineSettings, reply, async (threadId, settings) => {
      await this.#o.engine.compactThread(threadId, turnSettingsOf(settings));
      const timeoutMs = this.#o.turnIdleTimeoutMs;
      setTimeout(() => {
        if (session.turn !== starting) return;
        this.#o.log.warn({ sessionId: session.id }, "the engine started no compaction turn");
        this.#abortStart(session, problem("engine_error", "noCompactionTurn", { timeoutMs }), reply);
      }, timeoutMs).unref();
      return undefined;
    });
  }

  /**
   * Whether a new turn (or, with `turn` false, a fork or rollback) is refused now; if so the
   * client was told why.
   */
  refused(session: Session, reply: Partial<ErrorFrame>, turn: boolean): boolean {
    const refuse = (found: Problem, extra: Partial<ErrorFrame> = {}) => {
      this.error(session, found, { ...reply, ...extra });
      return true;
    };
    if (this.#o.closing()) return refuse(problem("shutting_down", "newTurn"));
    const current = session.turn;
    if (current.state === "changing") return refuse(problem("turn_in_progress", "historyChange", { what: current.what, sessionId: session.id }));
    if (current.state !== "idle") {
      const which = current.state === "running" ? `turn ${current.turnId}` : "a turn";
      return refuse(problem("turn_in_progress", "running", { which }));
    }
    if (!this.#o.engine.ready) return refuse(problem("engine_unavailable", "notReady"));
    if (turn && this.busy >= this.#o.maxRunningTurns) {
      return refuse(problem("overloaded", "runningTurns", { max: this.#o.maxRunningTurns }), { retryAfterMs: OVERLOADED_RETRY_AFTER_MS });
    }
    return false;
  }

  async #checkCwd(session: Session): Promise<{ engineSettings: SessionSettings } | Problem> {
    try {
      return await checkSessionCwd(session.settings, this.#o.policy);
    } catch (error) {
      return this.#startFailure(session, error);
    }
  }

  /** Returns false when there was nothing to cancel (the server acknowledges it). */
  cancel(session: Session, frame: CancelFrame): boolean {
    const turn = session.turn;
    if (turn.state === "idle" || turn.state === "changing") return false;
    // A turn is named only once it has started: a named cancel is for an older turn.
    if (frame.turnId !== undefined && (turn.state !== "running" || turn.turnId !== frame.turnId)) return false;
    this.stop(session, "cancelled");
    return true;
  }

  // ---------------------------------------------------------------- engine events

  /** An event of this session's thread. */
  onEngineEvent(session: Session, event: Exclude<EngineEvent, { kind: "engine_exited" | "engine_ready" }>): void {
    if (event.kind === "turn_started") return this.#engineTurnStarted(session, event.turnId);
    if (event.kind === "approval_withdrawn") {
      // Approvals and questions alike.
      session.prompts.resolve(event.requestId);
      return;
    }
    const turn = session.turn;
    const turnId = "turnId" in event ? event.turnId : null;
    const early = event.kind === "item" || event.kind === "delta" || event.kind === "turn_ended";
    // The end is always kept: a turn whose end was dropped would run until the watchdog.
    if (turn.state === "starting" && early && (turn.early.length < MAX_EARLY_EVENTS || event.kind === "turn_ended")) {
      turn.early.push(event);
      return;
    }
    if (turn.state !== "running" || (turnId !== null && turnId !== turn.turnId)) {
      // Late events of a turn we already ended (e.g. output of a command stopped by a cancel).
      this.#o.log.debug({ sessionId: session.id, kind: event.kind, turnId }, "event for a turn that is not running dropped");
      if (event.kind === "approval_requested") event.request.respond("deny");
      if (event.kind === "question_requested") event.request.respond({ action: "decline" });
      return;
    }
    // A timestamp, not a timer restart: deltas are most events, and the watchdog reads it when it fires.
    turn.lastEventAtMs = this.#now();
    // Output means the model answered: a later retry starts a new unreachable period.
    if (turn.modelDeadline !== undefined && (event.kind === "item" || event.kind === "delta")) {
      clearTimeout(turn.modelDeadline);
      turn.modelDeadline = undefined;
    }
    if ((event.kind === "item" || event.kind === "delta") && turn.cut.size > 0 && turn.cut.has(event.kind === "item" ? event.item.id : event.itemId)) {
      this.#o.log.debug({ sessionId: session.id, turnId: turn.turnId, kind: event.kind }, "output of a message a steer cut short dropped");
      return;
    }
    switch (event.kind) {
      case "item":
        if (!turn.sawItem) {
          turn.sawItem = true;
          this.#o.observer?.firstItem?.(this.#now() - turn.startedAtMs);
        }
        if (event.event === "started") turn.openItems.set(event.item.id, openCopy(event.item));
        else {
          turn.openItems.delete(event.item.id);
          if (event.item.type === "agent_message") turn.finalMessage = event.item.text;
        }
        session.outbox.emit(itemFrame(turn.turnId, event.event, this.steering.itemOf(session, turn, event)));
        return;
      case "delta": {
        const { itemId, itemType, field, index, delta } = event;
        const open = turn.openItems.get(itemId);
        if (open !== undefined) appendDelta(open, field, index, delta);
        session.outbox.emitDelta(turn.turnId, itemId, itemType, field, index, delta);
        return;
      }
      case "approval_requested":
        return this.prompts.offer(session, turn.turnId, event.request);
      case "question_requested":
        return this.prompts.ask(session, turn.turnId, event.request);
      case "usage":
        turn.usage = addUsage(turn.usage, event.last);
        turn.lastUsage = { last: event.last, total: event.total, contextWindow: event.contextWindow };
        if (event.rateLimits !== undefined) this.#rateLimits = event.rateLimits;
        return this.#emitUsage(session, turn);
      case "model_retry":
        return this.#modelRetry(session, event.message);
      case "warning":
        this.#o.log.warn({ sessionId: session.id, turnId: turn.turnId, warning: event.message }, "engine warning");
        return;
      case "turn_ended":
        return this.#end(session, event.end);
    }
  }

  /**
   * The account's rate limits changed: every running turn that reported usage says so again, with
   * them (the engine often reports them just after a request's usage: docs/engine-notes.md §8).
   */
  rateLimitsChanged(rateLimits: RateLimits): void {
    this.#rateLimits = rateLimits;
    for (const session of this.#o.registry.values()) {
      const turn = session.turn;
      if (turn.state === "running" && turn.lastUsage !== undefined) this.#emitUsage(session, turn);
    }
  }

  #emitUsage(session: Session, turn: Extract<Session["turn"], { state: "running" }>): void {
    const { last, total, contextWindow } = turn.lastUsage!;
    const rateLimits = this.#rateLimits;
    session.outbox.emit({ type: "usage", turnId: turn.turnId, last, turn: turn.usage, total, contextWindow, ...(rateLimits === undefined ? {} : { rateLimits }) });
  }

  /** The engine process died: every running turn fails, retryably. */
  engineExited(description: string): void {
    for (const session of this.#o.registry.values()) {
      // A turn still starting is answered by its own startTurn call: it either rejects (one
      // engine_unavailable error) or, sent to the restarted engine, starts after all.
      if (session.turn.state !== "running") continue;
      const exited = problem("engine_unavailable", "exited", { description });
      this.error(session, exited, { turnId: session.turn.turnId });
      this.#end(session, { status: "failed", reason: "engine_exited", message: exited.message, retryable: true });
    }
  }

  /** Stops the session's turn: asks the engine to interrupt it, and ends it if the engine does not. */
  stop(session: Session, reason: StopReason): void {
    const turn = session.turn;
    if (turn.state === "starting") {
      turn.stop = reason;
      return;
    }
    if (turn.state !== "running") return;
    turn.stop ??= reason;
    // Prompts of a stopped turn are resolved now: the engine withdraws them when interrupted.
    const stopped = session.prompts.resolveAll();
    // Armed before the interrupt is sent: the engine may end the turn before interruptTurn returns.
    turn.interruptDeadline ??= setTimeout(() => {
      if (session.turn !== turn) return;
      this.#o.log.warn({ sessionId: session.id, turnId: turn.turnId, ...traceFields(turn.trace) }, "engine did not confirm the interrupt; ending the turn");
      this.#end(session, { status: "interrupted" });
    }, this.#o.interruptGraceMs);
    const drained = this.#drain(session, turn.turnId, turn.trace);
    // Declined only after the interrupt: an answer first would let the engine carry the turn on.
    const questions = stopped.flatMap(({ request }) => (isQuestion(request) ? [request] : []));
    if (questions.length > 0) void drained.then(() => questions.forEach((request) => request.respond({ action: "decline" })));
  }

  // ---------------------------------------------------------------- starting

  /**
   * The engine calls of a start: the thread (once), the wait for a drained turn, then `begin`,
   * which returns the new turn's id, or undefined when the engine announces it only by event.
   */
  async #startInEngine(
    session: Session,
    settings: SessionSettings,
    reply: Partial<ErrorFrame>,
    begin: (threadId: string, settings: SessionSettings) => Promise<string | undefined>,
    trace?: TraceContext,
  ): Promise<void> {
    try {
      if (session.threadId === undefined) {
        const { threadId } = await this.#o.engine.startThread(threadSettingsOf(settings), trace);
        this.#o.registry.bindThread(session, threadId);
      }
      if (session.draining !== undefined) await session.draining;
      const turnId = await begin(session.threadId!, settings);
      if (turnId !== undefined) this.#started(session, turnId);
    } catch (error) {
      this.#abortStart(session, this.#startFailure(session, error), reply);
    }
  }

  /** startFailure's problem; faults of our own are logged with their stack. */
  #startFailure(session: Session, error: unknown): Problem {
    const ours = engineFailureCode(error) === undefined;
    this.#o.log[ours ? "error" : "warn"]({ sessionId: session.id, err: ours && error instanceof Error ? error.stack : messageOf(error) }, "turn could not start");
    return startFailure(error);
  }

  #abortStart(session: Session, failure: Problem, reply: Partial<ErrorFrame>): void {
    if (session.turn.state === "starting") this.becomeIdle(session);
    this.error(session, failure, reply);
  }

  /**
   * The engine says a turn started. Normally that is ours (starting, or running already). A turn
   * the session does not know about is one whose turn/start passed its deadline and was given
   * up, but which the engine got to after all: it is stopped, or the session's next turn/start
   * would be steered into it (docs/engine-notes.md §1) instead of starting a new turn.
   */
  #engineTurnStarted(session: Session, turnId: string): void {
    const turn = session.turn;
    if (turn.state === "starting") return this.#started(session, turnId);
    if (turn.state === "running" && turn.turnId === turnId) return;
    this.#o.log.warn({ sessionId: session.id, turnId }, "the engine started a turn that was given up; interrupting it");
    this.#drain(session, turnId);
  }

  #started(session: Session, turnId: string): void {
    const turn = session.turn;
    if (turn.state !== "starting") return;
    if (!session.turnIds.includes(turnId)) session.turnIds.push(turnId);
    session.turn = {
      state: "running",
      turnId,
      startedAtMs: turn.startedAtMs,
      trace: turn.trace,
      steers: new Map(),
      cut: new Set(),
      usage: emptyUsage(),
      lastUsage: undefined,
      openItems: new Map(),
      finalMessage: null,
      sawItem: false,
      stop: turn.stop,
      watchdog: undefined,
      lastEventAtMs: this.#now(),
      modelRetries: 0,
      lastModelProblem: "",
      modelDeadline: undefined,
      interruptDeadline: undefined,
    };
    this.#o.log.info({ sessionId: session.id, turnId, ...traceFields(turn.trace) }, "turn started");
    session.outbox.emit({ type: "status", turnId, state: "started", message: STATUS_MESSAGES.started, ...(turn.inReplyTo === undefined ? {} : { inReplyTo: turn.inReplyTo }) });
    this.#armWatchdog(session);
    for (const event of turn.early) if (event.turnId === turnId) this.onEngineEvent(session, event);
    // A cancel that arrived while the turn was starting.
    if (turn.stop !== undefined) this.stop(session, turn.stop);
  }

  // ---------------------------------------------------------------- an unreachable model

  /**
   * The engine is retrying the model: the client hears of it at once (the engine's words and the
   * attempt), and the turn fails if the model stays unreachable for modelRetryTimeoutMs, so a
   * turn never waits silently on a model it cannot reach (the engine retries refused connections
   * without end: docs/engine-notes.md §4).
   */
  #modelRetry(session: Session, message: string): void {
    const turn = session.turn;
    if (turn.state !== "running") return;
    turn.modelRetries += 1;
    // The engine's words may quote a provider's answer: bounded before they go anywhere.
    turn.lastModelProblem = message.length > MAX_ENGINE_WORDS ? `${message.slice(0, MAX_ENGINE_WORDS)}…` : message;
    const attempt = turn.modelRetries;
    this.#o.log.warn({ sessionId: session.id, turnId: turn.turnId, ...traceFields(turn.trace), attempt, reason: turn.lastModelProblem }, "the model could not be reached; the engine retries");
    this.error(session, problem("model_unavailable", "retrying", { attempt, reason: turn.lastModelProblem }), { turnId: turn.turnId, attempt });
    if (turn.modelDeadline !== undefined) return;
    const timeoutMs = this.#o.modelRetryTimeoutMs;
    turn.modelDeadline = setTimeout(() => {
      if (session.turn !== turn) return;
      this.#o.log.error({ sessionId: session.id, turnId: turn.turnId, attempts: turn.modelRetries, reason: turn.lastModelProblem }, "the model stayed unreachable; failing the turn");
      this.#end(session, {
        status: "failed",
        reason: "model_error",
        message: `the model could not be reached for ${timeoutMs} ms (${turn.modelRetries} ${turn.modelRetries === 1 ? "retry" : "retries"}); the engine's last words: ${turn.lastModelProblem}`,
        retryable: true,
      });
      this.#drain(session, turn.turnId, turn.trace);
    }, timeoutMs);
    turn.modelDeadline.unref();
  }

  // ---------------------------------------------------------------- ending

  #end(session: Session, end: Ending): void {
    const turn = session.turn;
    if (turn.state !== "running") return;
    clearTimeout(turn.watchdog);
    clearTimeout(turn.modelDeadline);
    clearTimeout(turn.interruptDeadline);
    this.prompts.resolveAll(session);
    // Items the engine never completed (a message streaming when the turn stopped) are closed
    // here with what they had, so no item is left open.
    for (const item of turn.openItems.values()) {
      session.outbox.emit(itemFrame(turn.turnId, "completed", closeItem(item)));
    }
    this.becomeIdle(session);
    const status = terminalStatus({ ...turn, durationMs: this.#now() - turn.startedAtMs }, end, session.settings.outputSchema);
    const content = this.#o.logContent && status.finalMessage != null ? { finalMessage: status.finalMessage } : {};
    const fields = { sessionId: session.id, turnId: turn.turnId, ...traceFields(turn.trace), state: status.state, reason: status.reason, ...content };
    // A failed turn is the operator's business (at the default level): with what went wrong.
    if (status.state === "failed") this.#o.log.warn({ ...fields, error: status.message, retryable: status.retryable }, "turn ended");
    else this.#o.log.info(fields, "turn ended");
    this.#o.observer?.turnEnded?.(status.state as "completed" | "interrupted" | "failed", status.durationMs!);
    session.outbox.emit(status);
  }

  /** The session has no turn (and no fork or rollback) any more. */
  becomeIdle(session: Session): void {
    session.turn = { state: "idle" };
    session.idleSinceMs = this.#now();
    for (const wake of [...this.#idleWaiters]) wake();
  }

  /** Interrupts a turn in the engine; the session's next turn waits until that is done. */
  #drain(session: Session, turnId: string, trace?: TraceContext): Promise<void> {
    const interrupted = this.#o.engine.interruptTurn(session.threadId!, turnId, trace).catch((error: unknown) => {
      this.#o.log.warn({ sessionId: session.id, turnId, err: messageOf(error) }, "interrupt failed");
    });
    const draining = interrupted.finally(() => {
      if (session.draining === draining) session.draining = undefined;
    });
    session.draining = draining;
    return draining;
  }

  /**
   * Fails the turn if the engine says nothing of it for turnIdleTimeoutMs (waiting for the
   * backend's answer to a prompt does not count). The timer fires at the earliest possible
   * expiry and re-arms itself for what is left since the last event.
   */
  #armWatchdog(session: Session, delayMs = this.#o.turnIdleTimeoutMs): void {
    const turn = session.turn;
    if (turn.state !== "running") return;
    turn.watchdog = setTimeout(() => {
      if (session.turn !== turn) return;
      // Time spent waiting for the backend's answer is not the engine being quiet.
      if (session.prompts.size > 0) turn.lastEventAtMs = this.#now();
      const quietMs = this.#now() - turn.lastEventAtMs;
      if (quietMs < this.#o.turnIdleTimeoutMs) return this.#armWatchdog(session, this.#o.turnIdleTimeoutMs - quietMs);
      this.#o.log.error({ sessionId: session.id, turnId: turn.turnId, ...traceFields(turn.trace) }, "engine sent nothing for the turn; failing it (watchdog)");
      // Ended first: an engine that confirms the interrupt at once must not end it another way.
      this.#end(session, {
        status: "failed",
        reason: "watchdog",
        message: `the Codex engine sent nothing for ${this.#o.turnIdleTimeoutMs} ms; the turn was stopped`,
        retryable: true,
      });
      this.#drain(session, turn.turnId, turn.trace);
    }, delayMs);
    turn.watchdog.unref();
  }
}
