// generated from spec/codex-api.asyncapi.yaml — do not edit. Run `npm run codegen` to regenerate.

import type * as T from "./types.js";

/** The protocol version this build speaks (`info.version` of the spec). */
export const PROTOCOL_VERSION = "1.1.0";

/** Client frame `type` → the name of its schema and type. */
export const CLIENT_FRAME_SCHEMAS = {
  open_session: "OpenSessionFrame",
  user_message: "UserMessageFrame",
  approve: "ApproveFrame",
  answer: "AnswerFrame",
  cancel: "CancelFrame",
  heartbeat: "ClientHeartbeatFrame",
  review: "ReviewFrame",
  compact: "CompactFrame",
  fork_session: "ForkSessionFrame",
  rollback: "RollbackFrame",
} as const;

/** Server frame `type` → the name of its schema and type. */
export const SERVER_FRAME_SCHEMAS = {
  session: "SessionFrame",
  item: "ItemFrame",
  command_prompt: "CommandPromptFrame",
  question_prompt: "QuestionPromptFrame",
  status: "StatusFrame",
  usage: "UsageFrame",
  error: "ErrorFrame",
  heartbeat: "ServerHeartbeatFrame",
  terminate: "TerminateFrame",
  session_forked: "SessionForkedFrame",
  rolled_back: "RolledBackFrame",
} as const;

export type ClientFrameType = keyof typeof CLIENT_FRAME_SCHEMAS;
export type ServerFrameType = keyof typeof SERVER_FRAME_SCHEMAS;

/** The item kinds (`Item`'s `type`) this version knows; a later one may add more (spec "Versioning"). */
export const ITEM_TYPES = ["agent_message", "reasoning", "command_execution", "file_change", "tool_call", "web_search", "plan", "user_message", "other"] as const satisfies readonly T.Item["type"][];

/**
 * Client frame `type` → its fields of free-form JSON and their bounds (`x-json-bounds`): the
 * deepest nesting of objects and arrays, and the size as compact UTF-8 JSON.
 */
export const JSON_BOUNDS: Record<ClientFrameType, readonly { path: readonly string[]; maxDepth: number; maxBytes: number }[]> = {
  open_session: [{ path: ["configOverrides", "outputSchema"], maxDepth: 32, maxBytes: 65536 }],
  user_message: [{ path: ["configOverrides", "outputSchema"], maxDepth: 32, maxBytes: 65536 }],
  approve: [],
  answer: [{ path: ["content"], maxDepth: 4, maxBytes: 65536 }],
  cancel: [],
  heartbeat: [],
  review: [],
  compact: [],
  fork_session: [],
  rollback: [],
};

/** Every code of an HTTP answer that is not an agent stream, with its status (spec "HTTP answers"). */
export const HTTP_ERRORS = {
  unauthorized: { status: 401 },
  not_found: { status: 404 },
  method_not_allowed: { status: 405 },
  invalid_header: { status: 400 },
  unsupported_media_type: { status: 415 },
  overloaded: { status: 503 },
  shutting_down: { status: 503 },
  internal: { status: 500 },
} as const satisfies Record<T.HttpErrorCode, { status: number }>;

/** Every error code of the closed list, with whether retrying the same request later can succeed. */
export const ERROR_CODES = {
  /** A frame is not valid UTF-8 JSON. NDJSON: the line is skipped; length-prefixed: fatal for the stream. */
  invalid_json: { retryable: false },
  /** A frame is JSON but does not match its schema; `path` points at the offending value. */
  invalid_frame: { retryable: false },
  /** A frame's `type` is missing or not a client frame type. */
  unknown_frame_type: { retryable: false },
  /** A frame is larger than the server's `maxFrameBytes`. NDJSON: skipped; length-prefixed: fatal for the stream. */
  frame_too_large: { retryable: false },
  /** The request body ended inside a frame. */
  truncated: { retryable: false },
  /** The request's `Content-Type` is not a supported framing (HTTP 415). */
  unsupported_media_type: { retryable: false },
  /** The client's `protocolVersion` has a different major version than the server's. */
  unsupported_protocol_version: { retryable: false },
  /** A frame that needs a session (`approve`, `answer`, `cancel`, `compact`, `fork_session`, `rollback`) arrived on a stream not bound to one and named none, or an `approve`, `answer` or `cancel` named a session this server does not hold (a control stream, see "Control streams"). */
  no_session: { retryable: false },
  /** A frame names another session than the one this stream is bound to, or tries to open a second one, or the frame that binds the stream names another session than its `codex-session-id` header. */
  session_mismatch: { retryable: false },
  /** The session asked to resume from `lastSeq` is no longer held by the server; a new session was not created. */
  session_expired: { retryable: false },
  /** A `user_message` (other than a steering one), `review`, `compact`, `fork_session` or `rollback` arrived while a turn is running (or another of them is being carried out); wait for its terminal `status` (or answer) or `cancel` it. */
  turn_in_progress: { retryable: true },
  /** A steering `user_message` (with `expectedTurnId`) could not join that turn: it is not the running turn (it ended, another one runs, or none does), or the engine does not let it be steered (a review or context compaction turn). Its input was dropped; send it as a new turn once the session is idle. */
  turn_not_steerable: { retryable: false },
  /** An `approve` names a `commandId` that this session never prompted for. */
  command_not_found: { retryable: false },
  /** An `approve` names a prompt that was already answered, timed out, or resolved by `cancel`. */
  command_already_resolved: { retryable: false },
  /** An `approve` gives a decision that the prompt did not offer. */
  decision_not_offered: { retryable: false },
  /** A `command_prompt` was not answered in time and was denied (fail closed). */
  approval_timeout: { retryable: false },
  /** An `answer` names a `promptId` that this session never asked. */
  question_not_found: { retryable: false },
  /** An `answer` names a `question_prompt` that was already answered, timed out, or ended with its turn. */
  question_already_resolved: { retryable: false },
  /** A `question_prompt` was not answered in time and was resolved without an answer (fail closed); the turn goes on. */
  question_timeout: { retryable: false },
  /** An `answer` does not fit its prompt (a question left out or unknown, an answer not among the options, content not matching the schema, fields of another kind); the prompt stays pending. */
  invalid_answer: { retryable: false },
  /** A working directory or image path resolves outside the directories the operator allows. */
  path_not_allowed: { retryable: false },
  /** A configuration override asks for more than the operator allows (e.g. `danger-full-access`) or is invalid, or comes with a steering `user_message`, which cannot change settings. */
  override_not_allowed: { retryable: false },
  /** The Codex engine is starting, restarting or has crashed, or did not answer a request within its deadline; a turn in flight ended. Retry shortly. */
  engine_unavailable: { retryable: true },
  /** The Codex engine refused the request; the message carries its reason. */
  engine_error: { retryable: false },
  /** The model provider failed (HTTP error, stream cut, quota); the message carries its reason. */
  model_error: { retryable: true },
  /** During a turn, the engine could not reach the model (connection refused, HTTP 5xx, stream cut) and is retrying; `message` carries the engine's words, `attempt` counts the retries of this turn, `turnId` names it. Not terminal: the turn goes on, and ends `failed` (reason `model_error`) if the model stays unreachable for the server's `--model-retry-timeout-ms`. */
  model_unavailable: { retryable: true },
  /** A server limit (sessions, running turns, streams, pending prompts) is reached; always carries `retryAfterMs`. */
  overloaded: { retryable: true },
  /** This stream sends frames, or this connection opens sessions, faster than allowed; slow down and retry after `retryAfterMs` (always given). */
  rate_limited: { retryable: true },
  /** The request carries no valid `Authorization: Bearer` token (HTTP 401). */
  unauthorized: { retryable: false },
  /** The server is shutting down and takes no new work; retry on another instance or later. */
  shutting_down: { retryable: true },
  /** An unexpected server fault; it was logged. Retry; report it if it persists. */
  internal: { retryable: true },
  /** A `fork_session` or `rollback` names a turn that is not in the session's conversation (or the session has no turns, or `turns` is more than it has). */
  turn_not_found: { retryable: false },
  /** A `fork_session` asks for a `newSessionId` that the server already holds. */
  session_exists: { retryable: false },
} as const satisfies Record<T.ErrorCode, { retryable: boolean }>; // a missing or extra code fails to compile
