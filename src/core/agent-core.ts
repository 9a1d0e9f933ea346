// The core: what the server asks of sessions and turns, and where the engine's events go.
// Receives validated client frames from the server and events from the engine port; everything
// it says to a client goes through a session's outbox. Knows neither sockets nor processes.
// Who owns which rule: session-registry.ts (open, takeover, replay, limits, expiry),
// turn-controller.ts (turns — reviews and compactions too —, prompts, stop, watchdog, engine
// exit), history-controller.ts (fork and rollback of a session's conversation), prompt-book.ts (one
// session's prompts and their deadlines), outbox.ts and replay-budget.ts (history and replay).
import type { AnswerFrame, ApproveFrame, CancelFrame, CompactFrame, ErrorCode, ForkSessionFrame, ReviewFrame, RollbackFrame, UserMessageFrame } from "../../generated/types.js";
import type { EngineEvent, EnginePort, TraceContext } from "./engine-port.js";
import { HistoryController } from "./history-controller.js";
import { problem, type ErrorExtra, type Problem } from "./error-frames.js";
import type { Logger } from "./logger.js";
import { SessionRegistry, type OpenOutcome, type OpenRequest } from "./session-registry.js";
import type { OperatorPolicy, SessionSettings } from "./session-settings.js";
import type { Session, SessionSink } from "./session.js";
import { TurnController, type TurnObserver } from "./turn-controller.js";

export type { OpenOutcome, OpenRequest } from "./session-registry.js";
export type { Problem } from "./error-frames.js";

/** What a control stream is told: acknowledged, or the error a bound stream would have got. */
export type ControlOutcome = { ok: true; sessionId: string } | ({ ok: false } & Problem);

export interface CoreOptions {
  engine: EnginePort;
  /** Settings of a new session before any override (cwd = the repository this instance serves). */
  defaults: SessionSettings;
  policy: OperatorPolicy;
  approvalTimeoutMs: number;
  /** How long a session without a stream and without a turn is kept. */
  sessionTtlMs: number;
  /** How long a session that never ran a turn is kept without a stream. */
  unusedSessionTtlMs: number;
  /** A turn with no engine event for this long (and no pending prompt) fails with reason `watchdog`. */
  turnIdleTimeoutMs: number;
  /** A turn whose model stays unreachable this long fails with reason `model_error` (turn-controller.ts). */
  modelRetryTimeoutMs: number;
  /** How long to wait for the engine to confirm an interrupt before ending the turn ourselves. */
  interruptGraceMs: number;
  maxReplayFrames: number;
  maxReplayBytes: number;
  /** Bytes of replay history held by all sessions together (replay-budget.ts). */
  replayBudgetBytes: number;
  /** Caps: past them the client gets a retryable `overloaded` error and nothing running is harmed. */
  maxSessions: number;
  maxRunningTurns: number;
  maxPendingApprovals: number;
  observer?: CoreObserver;
  log: Logger;
  /** Log prompt text and final answers (off by default: they may hold secrets). */
  logContent: boolean;
  /** The clock; tests pass a fake one. */
  now?: () => number;
}

/** What the core reports for metrics; every hook is optional to implement. */
export interface CoreObserver extends TurnObserver {
  replay?(result: "hit" | "miss"): void;
}

export interface CoreStats {
  sessions: number;
  runningTurns: number;
  pendingApprovals: number;
  /** Bytes of replay history held by every session together. */
  replayBytes: number;
}

export class AgentCore {
  readonly #o: CoreOptions;
  readonly #registry: SessionRegistry;
  readonly #turns: TurnController;
  readonly #history: HistoryController;
  readonly #unsubscribe: () => void;
  #closing = false;

  constructor(options: CoreOptions) {
    this.#o = options;
    this.#registry = new SessionRegistry({
      ...options,
      onReplay: (result) => options.observer?.replay?.(result),
      onExpired: (session) => {
        if (session.threadId !== undefined) options.engine.closeThread(session.threadId).catch(() => undefined);
      },
    });
    this.#turns = new TurnController({ ...options, registry: this.#registry, closing: () => this.#closing });
    this.#history = new HistoryController({ ...options, registry: this.#registry, turns: this.#turns });
    this.#unsubscribe = options.engine.onEvent((event) => this.#onEngineEvent(event));
  }

  hasSession(sessionId: string): boolean {
    return this.#registry.get(sessionId) !== undefined;
  }

  stats(): CoreStats {
    let pendingApprovals = 0;
    for (const session of this.#registry.values()) pendingApprovals += session.prompts.size;
    return { sessions: this.#registry.size, runningTurns: this.#turns.busy, pendingApprovals, replayBytes: this.#registry.replayBytes };
  }

  /** Expires what is due now (a timer does this every sweep period). */
  sweep(): void {
    this.#registry.sweep();
  }

  // ---------------------------------------------------------------- sessions and streams

  /**
   * Opens or takes over a session for a stream. On success the sink is told, in one synchronous
   * run: `bound` (send the session frame), then every replayed frame, and live frames after.
   */
  open(req: OpenRequest, sink: SessionSink): Promise<OpenOutcome> {
    if (this.#closing) return Promise.resolve({ ok: false, ...problem("shutting_down", "newSession") });
    return this.#registry.open(req, sink);
  }

  /** The stream of a session ended; the session (and its turn) carries on for the TTL. */
  detach(session: Session, sink: SessionSink): void {
    this.#registry.detach(session, sink);
  }

  // ---------------------------------------------------------------- client frames

  /** `streamTrace`: the stream's trace context headers, for a message without a `trace` of its own. */
  userMessage(session: Session, frame: UserMessageFrame, streamTrace?: TraceContext): Promise<void> {
    return this.#turns.userMessage(session, frame, streamTrace);
  }

  review(session: Session, frame: ReviewFrame): Promise<void> {
    return this.#turns.review(session, frame);
  }

  compact(session: Session, frame: CompactFrame): Promise<void> {
    return this.#turns.compact(session, frame);
  }

  /** `mayCreate`: the caller's allowance for a new session (the fork), as for open. */
  forkSession(session: Session, frame: ForkSessionFrame, mayCreate?: () => number | undefined): Promise<void> {
    return this.#history.fork(session, frame, mayCreate);
  }

  rollback(session: Session, frame: RollbackFrame): Promise<void> {
    return this.#history.rollback(session, frame);
  }

  approve(session: Session, frame: ApproveFrame): void {
    this.#turns.prompts.approve(session, frame);
  }

  answer(session: Session, frame: AnswerFrame): void {
    this.#turns.prompts.answer(session, frame);
  }

  /** Returns false when there was nothing to cancel (the server acknowledges it). */
  cancel(session: Session, frame: CancelFrame): boolean {
    return this.#turns.cancel(session, frame);
  }

  /**
   * The `approve`, `answer` or `cancel` of a control stream (spec "Control streams"): acts on the session
   * without binding a stream to it or touching the stream it has. The answer is for the control
   * stream alone: nothing of it enters the session's history (the session's stream sees the
   * outcome: the command running, the interrupted turn).
   */
  control(sessionId: string, frame: ApproveFrame | AnswerFrame | CancelFrame): ControlOutcome {
    const session = this.#registry.get(sessionId);
    if (session === undefined) return { ok: false, ...problem("no_session", "notHeld", { sessionId, frameType: frame.type }) };
    if (frame.type === "cancel") {
      this.#turns.cancel(session, frame);
      return { ok: true, sessionId };
    }
    const refused = frame.type === "answer" ? this.#turns.prompts.answerQuestion(session, frame) : this.#turns.prompts.decide(session, frame);
    return refused === undefined ? { ok: true, sessionId } : { ok: false, ...refused };
  }

  /** Sends an error frame into the session's history. */
  error<C extends ErrorCode>(session: Session, found: Problem<C>, ...extra: ErrorExtra<C>): void {
    this.#turns.error(session, found, ...extra);
  }

  // ---------------------------------------------------------------- engine events

  #onEngineEvent(event: EngineEvent): void {
    if (event.kind === "engine_exited") return this.#turns.engineExited(event.description);
    if (event.kind === "engine_ready") return;
    if (event.kind === "rate_limits") return this.#turns.rateLimitsChanged(event.rateLimits);
    const session = this.#registry.ofThread(event.threadId);
    if (session !== undefined) this.#turns.onEngineEvent(session, event);
  }

  // ---------------------------------------------------------------- shutdown

  /** Lets running turns finish for up to `graceMs`, then interrupts what is left. */
  async shutdown(graceMs: number): Promise<void> {
    this.#closing = true;
    await within(this.#turns.whenAllIdle(), graceMs);
    for (const session of this.#registry.values()) this.#turns.stop(session, "shutdown");
    // Each stopped turn ends by the engine's word or its interrupt deadline, whichever is first.
    await within(this.#turns.whenAllIdle(), this.#o.interruptGraceMs + 100);
    this.#registry.close();
    this.#unsubscribe();
  }
}

/** `promise`, or nothing after `ms`. */
async function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
