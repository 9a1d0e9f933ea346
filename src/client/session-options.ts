// The options of a session stream, by lifetime: the session's (openSession) and one turn's
// (sendMessage, run).
import type { AnswerFrame, ClientFrameId, CommandPromptFrame, ConfigOverrides, Decision, ImageInput, QuestionPromptFrame, SessionFrame, TraceContext, UsageFrame } from "../../generated/types.js";
import type { FrameGap } from "./history-cursor.js";
import type { ReconnectOptions } from "./reconnect-policy.js";

export interface OpenSessionOptions {
  /**
   * The session to continue; a new session gets this id when the server does not hold it. Omitted, the server assigns one.
   * When known, every stream of the session also carries it in the `codex-session-id` header, so a
   * proxy in front of several instances can route on it: behind one, choose the id (docs/routing.md).
   */
  sessionId?: string;
  /** On reconnect: the last `seq` seen; the server replays every history frame after it. */
  lastSeq?: number;
  /** Settings for this and every later turn of the session. */
  configOverrides?: ConfigOverrides;
  /** Aborting cancels a running turn, then closes the stream. */
  signal?: AbortSignal;
  /**
   * On by default: when the stream or the connection drops (network error, reset, GOAWAY, or
   * `terminate` with `reconnect: true`), reopen it with backoff and `lastSeq`, and carry on with
   * the same iterable. Never after close(), abort, `superseded`, or a refusal such as
   * `unauthorized`. `false`: a drop ends the iterable with its error, as without this option.
   */
  reconnect?: ReconnectOptions | false;
  /**
   * Called when history frames were lost: the server no longer held them when the stream resumed
   * (spec: `replay.lost`). Called when the iterable reaches the gap, so frames before it were
   * handed out; the gap is also kept in `gaps`, and a run() reading at that moment rejects.
   */
  onGap?: (gap: FrameGap) => void;
  /** Called after each automatic reconnect with the new stream's `session` frame. */
  onReconnect?: (session: SessionFrame) => void;
}

export interface SendMessageOptions {
  images?: ImageInput[];
  configOverrides?: ConfigOverrides;
  /** The frame id, echoed as `inReplyTo` by the turn's `status: started`; a UUID by default. */
  id?: ClientFrameId;
  /** W3C trace context of this turn: passed to the engine, and the server's log lines carry its trace id. */
  trace?: TraceContext;
}

export interface SteerOptions {
  images?: ImageInput[];
  /** The frame id, echoed as `inReplyTo` by the steered `user_message` item or by the refusal; a UUID by default. */
  id?: ClientFrameId;
  trace?: TraceContext;
}

export type PromptHandler = (prompt: CommandPromptFrame) => Decision | Promise<Decision>;

/**
 * An answer to a question prompt: `{ answers }` for kind `questions` (every question's id → one
 * or more answers), `{ content }` for a `form`, `{}` to accept a `url`, or `{ action: "decline" }`
 * / `{ action: "cancel" }` (cancel also stops the turn). See the spec's `answer` frame.
 */
export type QuestionReply = Pick<AnswerFrame, "action" | "answers" | "content">;

export type QuestionHandler = (prompt: QuestionPromptFrame) => QuestionReply | Promise<QuestionReply>;

/** The options of a turn read to its end: run(), review(), compact(). */
export interface TurnRunOptions {
  /** Answers the turn's command prompts. Without it every prompt is denied (fail closed). */
  onPrompt?: PromptHandler;
  /**
   * Answers the turn's question prompts (the agent's questions, MCP forms). Without it every
   * question is declined at once (fail closed). An answer the server refuses (`invalid_answer`)
   * leaves the question pending until its deadline, which then declines it.
   */
  onQuestion?: QuestionHandler;
  /** Called with each `usage` frame of the turn: live token usage, the context window, rate limits. */
  onUsage?: (usage: UsageFrame) => void;
  /** Aborting sends `cancel`; the turn then resolves with status `interrupted`. */
  signal?: AbortSignal;
}

export interface RunOptions extends TurnRunOptions {
  images?: ImageInput[];
  configOverrides?: ConfigOverrides;
  /** W3C trace context of this turn (see SendMessageOptions.trace). */
  trace?: TraceContext;
}

export interface ForkOptions {
  /** The last turn the new session keeps; default the session's last turn. */
  atTurnId?: string;
  /** The new session's id; default one the server assigns. */
  newSessionId?: string;
}

/** Exactly one: the first turn to remove, or how many to remove from the end. */
export type RollbackOptions = { beforeTurnId: string; turns?: never } | { turns: number; beforeTurnId?: never };
