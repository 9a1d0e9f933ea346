// The core's view of the agent engine. The core (sessions, turns, approvals) knows neither
// processes nor JSON-RPC: src/engine implements this port over the real `codex app-server`.
// Events are already in the protocol's own shapes (spec items), never the engine's JSON.
import type {
  ApprovalPolicy,
  CommandPromptFrame,
  Decision,
  FileChange,
  Item,
  ItemDeltaFrame,
  Question,
  QuestionPromptFrame,
  RateLimits,
  ReasoningEffort,
  ReviewFrame,
  SandboxMode,
  TokenUsage,
} from "../../generated/types.js";

/** W3C Trace Context, checked (src/protocol/trace-context.ts), passed with the engine requests of a turn. */
export interface TraceContext {
  traceparent: string;
  tracestate?: string;
}

/** Settings of a thread (a session's conversation), fixed at start or resume. */
export interface ThreadSettings {
  cwd: string;
  model?: string;
  /** Codex policy names only: aliases are resolved before they reach the engine. */
  approvalPolicy?: Exclude<ApprovalPolicy, "suggest" | "auto-edit" | "full-auto">;
  sandbox?: SandboxMode;
  /** Added to the engine's developer instructions. */
  instructions?: string;
}

/** Per-turn settings; the engine keeps most of them for later turns too. */
export interface TurnSettings extends ThreadSettings {
  reasoningEffort?: ReasoningEffort;
  /** JSON Schema the turn's final message must match. */
  outputSchema?: Record<string, unknown>;
}

/** What a review looks at (the spec's ReviewTarget). */
export type ReviewTarget = ReviewFrame["target"];

export type TurnInput =
  | { type: "text"; text: string }
  | { type: "image"; dataUrl: string }
  | { type: "localImage"; path: string };

/** An approval the engine waits for. `respond` may be called once; later calls are ignored. */
export interface ApprovalRequest {
  /** Stable id, unique within the engine process's life: becomes the prompt's `commandId`. */
  id: string;
  kind: "command" | "file_change" | "permissions";
  itemId: string;
  command: string[];
  commandLine?: string;
  cwd?: string;
  reason: string;
  changes?: FileChange[];
  permissions?: { network?: boolean; readPaths: string[]; writePaths: string[] };
  /** The answers on offer (at least one). */
  decisions: CommandPromptFrame["decisions"];
  respond(decision: Decision, explanation?: string): void;
}

/** How a question prompt was answered; `decline` is also the fail-closed answer (timeout, turn ended). */
export type QuestionAnswer =
  | { action: "accept"; answers?: Record<string, string[]>; content?: Record<string, unknown> }
  | { action: "decline" | "cancel" };

/**
 * A question the engine waits for: the agent's own (`questions`) or an MCP server's elicitation
 * (`form`, `url`). `respond` may be called once; later calls are ignored.
 */
export interface QuestionRequest {
  /** Stable id, unique among every prompt of the engine process's life: becomes the `promptId`. */
  id: string;
  kind: QuestionPromptFrame["kind"];
  itemId?: string;
  serverName?: string;
  message: string;
  questions?: Question[];
  schema?: Record<string, unknown>;
  url?: string;
  respond(answer: QuestionAnswer): void;
}

/** A prompt a session waits on: an approval (`command_prompt`) or a question (`question_prompt`). */
export type PromptRequest = ApprovalRequest | QuestionRequest;

export function isQuestion(request: PromptRequest): request is QuestionRequest {
  return request.kind === "questions" || request.kind === "form" || request.kind === "url";
}

export type TurnEnd =
  | { status: "completed"; finalMessage: string | null }
  | { status: "interrupted" }
  | { status: "failed"; reason: "model_error" | "engine_error"; message: string; retryable: boolean };

export type EngineEvent =
  | { kind: "turn_started"; threadId: string; turnId: string }
  /** `clientId`: for a user message added by steerTurn, the `clientMessageId` it was given. */
  | { kind: "item"; threadId: string; turnId: string; event: "started" | "completed"; item: Item; clientId?: string }
  | ({ kind: "delta"; threadId: string } & Pick<ItemDeltaFrame, "turnId" | "itemId" | "itemType" | "field" | "index" | "delta">)
  | { kind: "approval_requested"; threadId: string; turnId: string; request: ApprovalRequest }
  | { kind: "question_requested"; threadId: string; turnId: string; request: QuestionRequest }
  /** The engine withdrew a pending request (approval or question) itself (e.g. the turn was interrupted). */
  | { kind: "approval_withdrawn"; threadId: string; requestId: string }
  /**
   * Token usage after a model request of the turn: that request's (`last`), the thread's whole
   * (`total`), the model's context window, and the account's latest rate limits when known.
   */
  | { kind: "usage"; threadId: string; turnId: string; last: TokenUsage; total: TokenUsage; contextWindow: number | null; rateLimits?: RateLimits }
  /** The account's rate limits changed (they concern no thread; they often come just after a request's usage). */
  | { kind: "rate_limits"; rateLimits: RateLimits }
  /** The engine could not reach the model for this turn and is retrying (its words: "Reconnecting... 2/5"). */
  | { kind: "model_retry"; threadId: string; turnId: string; message: string }
  /** Something the engine wants logged about a thread. */
  | { kind: "warning"; threadId: string; turnId: string | null; message: string }
  | { kind: "turn_ended"; threadId: string; turnId: string; end: TurnEnd }
  /** The engine process died; every turn in flight is gone. It restarts by itself. */
  | { kind: "engine_exited"; description: string }
  | { kind: "engine_ready" };

/**
 * How a port call failed. A port's promises reject with an Error whose `code` is one of these;
 * anything else is a fault of our own.
 * - rpc_error: the engine answered with a refusal (its message says why);
 * - timeout: the engine did not answer within the request's deadline;
 * - exited: the engine process ended before answering;
 * - unavailable: no engine is ready (starting, restarting or closed).
 */
export type EngineFailureCode = "rpc_error" | "timeout" | "exited" | "unavailable";

export function engineFailureCode(error: unknown): EngineFailureCode | undefined {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return code === "rpc_error" || code === "timeout" || code === "exited" || code === "unavailable" ? code : undefined;
}

export interface EnginePort {
  /** True between the initialize handshake and an exit. */
  readonly ready: boolean;
  /** Starts a new thread; returns its id. `trace` goes with the engine request. */
  startThread(settings: ThreadSettings, trace?: TraceContext): Promise<{ threadId: string }>;
  /**
   * Starts a turn. A thread unknown to the current engine process (after a restart) is resumed
   * first, so the conversation continues with its history.
   */
  startTurn(threadId: string, input: TurnInput[], settings: TurnSettings, trace?: TraceContext): Promise<{ turnId: string }>;
  /**
   * Adds input to the running turn `turnId`. Rejects with `rpc_error` when that turn is not the
   * thread's active one, or the engine does not let it be steered (review, compaction). The
   * input's user message item arrives with `clientId` = `clientMessageId`.
   */
  steerTurn(threadId: string, turnId: string, input: TurnInput[], clientMessageId: string, trace?: TraceContext): Promise<void>;
  /**
   * Starts a review turn in the thread (inline: its items and its end come as any turn's).
   * A thread unknown to the current engine process is resumed first, as for startTurn.
   */
  startReview(threadId: string, target: ReviewTarget, settings: TurnSettings): Promise<{ turnId: string }>;
  /**
   * Asks the engine to compact the thread's context. The engine runs it as a turn of its own,
   * announced only by a `turn_started` event (the request's answer names no turn).
   */
  compactThread(threadId: string, settings: TurnSettings): Promise<void>;
  /**
   * Copies the thread's conversation through `lastTurnId` (default: all of it) into a new
   * thread, with these settings; returns the new thread's id. Turn ids are kept.
   */
  forkThread(threadId: string, lastTurnId: string | undefined, settings: ThreadSettings): Promise<{ threadId: string }>;
  /**
   * Removes turn `beforeTurnId` and every later turn from the thread's conversation (files on
   * disk are not touched).
   */
  revertThread(threadId: string, beforeTurnId: string, settings: ThreadSettings): Promise<void>;
  /** Interrupts the turn and stops the commands it started. */
  interruptTurn(threadId: string, turnId: string, trace?: TraceContext): Promise<void>;
  /** Unloads a thread from the engine (its history stays on disk). */
  closeThread(threadId: string): Promise<void>;
  /** Subscribes to every event of every thread; returns the unsubscribe function. */
  onEvent(listener: (event: EngineEvent) => void): () => void;
}
