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
  ReasoningEffort,
  SandboxMode,
  TokenUsage,
} from "../../generated/types.js";

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
  | { kind: "item"; threadId: string; turnId: string; event: "started" | "completed"; item: Item }
  | ({ kind: "delta"; threadId: string } & Pick<ItemDeltaFrame, "turnId" | "itemId" | "itemType" | "field" | "index" | "delta">)
  | { kind: "approval_requested"; threadId: string; turnId: string; request: ApprovalRequest }
  | { kind: "question_requested"; threadId: string; turnId: string; request: QuestionRequest }
  /** The engine withdrew a pending request (approval or question) itself (e.g. the turn was interrupted). */
  | { kind: "approval_withdrawn"; threadId: string; requestId: string }
  /** Token usage of the latest model request of the turn. */
  | { kind: "usage"; threadId: string; turnId: string; last: TokenUsage }
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
  /** Starts a new thread; returns its id. */
  startThread(settings: ThreadSettings): Promise<{ threadId: string }>;
  /**
   * Starts a turn. A thread unknown to the current engine process (after a restart) is resumed
   * first, so the conversation continues with its history.
   */
  startTurn(threadId: string, input: TurnInput[], settings: TurnSettings): Promise<{ turnId: string }>;
  /** Interrupts the turn and stops the commands it started. */
  interruptTurn(threadId: string, turnId: string): Promise<void>;
  /** Unloads a thread from the engine (its history stays on disk). */
  closeThread(threadId: string): Promise<void>;
  /** Subscribes to every event of every thread; returns the unsubscribe function. */
  onEvent(listener: (event: EngineEvent) => void): () => void;
}
