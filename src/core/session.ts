// A session: one conversation with the agent (one engine thread), its settings, its outbox, the
// state of its current turn and its pending prompts. Plain state; AgentCore drives it.
import type { ClientFrameId, Item, TokenUsage } from "../../generated/types.js";
import type { EngineEvent } from "./engine-port.js";
import type { TraceContext } from "./engine-port.js";
import { Outbox, type FrameSink, type ReplayLimits } from "./outbox.js";
import { PromptBook } from "./prompt-book.js";
import type { SessionSettings } from "./session-settings.js";

/** What a stream is told when it is bound to a session (the `session` frame's content). */
export interface SessionAck {
  sessionId: string;
  resumed: boolean;
  /** The client's position: history frames after this seq follow. */
  positionSeq: number;
  replay: { fromSeq: number; toSeq: number; count: number; lost: number } | null;
  turn: { turnId: string; pendingCommandIds: string[]; pendingPromptIds?: string[] } | null;
  /** The `id` of the client frame that opened or resumed the session. */
  inReplyTo?: ClientFrameId;
}

/** A stream bound to a session, as the core sees it. */
export interface SessionSink extends FrameSink {
  /** Called once, synchronously before any replayed or live frame: send the `session` frame. */
  bound(ack: SessionAck): void;
  /** Another stream took the session over: send `terminate` (superseded) and end this one. */
  superseded(): void;
}

/**
 * An event held while its turn is starting (bounded: MAX_EARLY_EVENTS in turn-controller.ts): a
 * review's first items, or the end of a review that could not begin, can precede its id.
 */
export type EarlyEvent = Extract<EngineEvent, { kind: "item" | "delta" | "turn_ended" }>;

/** Why a turn that ends `interrupted` was stopped, when we stopped it. */
export type StopReason = "cancelled" | "denied" | "shutdown";

/**
 * - idle: no turn; a user_message may start one.
 * - changing: a fork or a rollback waits for the engine; no turn may start until it answers.
 * - starting: a user_message was accepted; the thread/turn is being started; no status sent yet.
 * - running: `status started` was sent; the turn ends with exactly one terminal status.
 */
export type TurnState =
  | { state: "idle" }
  | { state: "changing"; what: "fork" | "rollback" }
  | {
      state: "starting";
      inReplyTo: ClientFrameId | undefined;
      startedAtMs: number;
      stop: StopReason | undefined;
      trace: TraceContext | undefined;
      /**
       * Events that came before the turn had its id (a review's first items precede its
       * turn/started, docs/engine-notes.md §9): delivered once it starts, if they are its own.
       */
      early: EarlyEvent[];
    }
  | {
      state: "running";
      turnId: string;
      startedAtMs: number;
      /** The trace context of the message that started it: sent with its engine requests, logged as traceId. */
      trace: TraceContext | undefined;
      /** Steering messages the engine has or may have taken: the id steerTurn gave each → its frame's id. */
      steers: Map<string, ClientFrameId | undefined>;
      /** Model output a steer cut short, closed then: the engine never completes it (docs/engine-notes.md §1). */
      cut: Set<string>;
      usage: TokenUsage;
      /** The engine's latest usage report of the turn: repeated, with new rate limits, when they change. */
      lastUsage: { last: TokenUsage; total: TokenUsage; contextWindow: number | null } | undefined;
      /** Items started but not completed, with what their deltas added so far. */
      openItems: Map<string, Item>;
      finalMessage: string | null;
      /** Whether any item arrived yet (time to first item). */
      sawItem: boolean;
      stop: StopReason | undefined;
      watchdog: NodeJS.Timeout | undefined;
      /** When the engine last said anything of this turn (the watchdog counts from it). */
      lastEventAtMs: number;
      /** Retries of the model the engine reported for this turn, and its last words about them. */
      modelRetries: number;
      lastModelProblem: string;
      /** Armed at the first retry since the model last answered: past it the turn fails. */
      modelDeadline: NodeJS.Timeout | undefined;
      /** Set once we asked the engine to interrupt: if it does not answer, we end the turn. */
      interruptDeadline: NodeJS.Timeout | undefined;
    };

export class Session {
  readonly outbox: Outbox;
  threadId: string | undefined;
  turn: TurnState = { state: "idle" };
  readonly prompts = new PromptBook();
  sink: SessionSink | undefined;
  /**
   * An interrupt of a turn we ended without the engine's word (watchdog, unconfirmed cancel, a
   * turn started after its request was given up). The next turn waits for it: a turn/start while
   * the engine still runs the old turn would be steered into it (docs/engine-notes.md §1).
   */
  draining: Promise<void> | undefined = undefined;
  /** When the last stream detached, or undefined while one is attached. */
  detachedAtMs: number | undefined;
  /** When the session last had no turn: its creation, or the end of its last turn. */
  idleSinceMs: number;
  /**
   * The turns the engine thread's conversation holds, oldest first: every turn that started
   * (reviews and compactions too), less those a rollback removed. A fork starts with a copy.
   */
  turnIds: string[] = [];
  /** Whether a turn was ever asked for: a session that never ran one expires much sooner. */
  ranTurn = false;

  constructor(
    readonly id: string,
    public settings: SessionSettings,
    replayLimits: ReplayLimits,
    nowMs = Date.now(),
  ) {
    this.outbox = new Outbox(id, { ...replayLimits, idle: () => this.turn.state === "idle" });
    this.detachedAtMs = nowMs;
    this.idleSinceMs = nowMs;
  }
}

export function emptyUsage(): TokenUsage {
  return { inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, reasoningOutputTokens: 0, totalTokens: 0 };
}

export function addUsage(sum: TokenUsage, last: TokenUsage): TokenUsage {
  return {
    inputTokens: sum.inputTokens + last.inputTokens,
    cachedInputTokens: sum.cachedInputTokens + last.cachedInputTokens,
    outputTokens: sum.outputTokens + last.outputTokens,
    reasoningOutputTokens: sum.reasoningOutputTokens + last.reasoningOutputTokens,
    totalTokens: sum.totalTokens + last.totalTokens,
  };
}

/** The trace context of the session's turn, while one is starting or running. */
export function runningTrace(session: Session): TraceContext | undefined {
  return session.turn.state === "idle" || session.turn.state === "changing" ? undefined : session.turn.trace;
}
