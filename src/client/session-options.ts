// The options of a session stream, by lifetime: the session's (openSession) and one turn's
// (sendMessage, run).
import type { AnswerFrame, ClientFrameId, CommandPromptFrame, ConfigOverrides, Decision, ImageInput, QuestionPromptFrame, SessionFrame } from "../../generated/types.js";
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
}

export type PromptHandler = (prompt: CommandPromptFrame) => Decision | Promise<Decision>;

/**
 * An answer to a question prompt: `{ answers }` for kind `questions` (every question's id → one
 * or more answers), `{ content }` for a `form`, `{}` to accept a `url`, or `{ action: "decline" }`
 * / `{ action: "cancel" }` (cancel also stops the turn). See the spec's `answer` frame.
 */
export type QuestionReply = Pick<AnswerFrame, "action" | "answers" | "content">;

export type QuestionHandler = (prompt: QuestionPromptFrame) => QuestionReply | Promise<QuestionReply>;

export interface RunOptions {
  /** Answers the turn's command prompts. Without it every prompt is denied (fail closed). */
  onPrompt?: PromptHandler;
  /**
   * Answers the turn's question prompts (the agent's questions, MCP forms). Without it every
   * question is declined at once (fail closed). An answer the server refuses (`invalid_answer`)
   * leaves the question pending until its deadline, which then declines it.
   */
  onQuestion?: QuestionHandler;
  images?: ImageInput[];
  configOverrides?: ConfigOverrides;
  /** Aborting sends `cancel`; run() then resolves with status `interrupted`. */
  signal?: AbortSignal;
}
