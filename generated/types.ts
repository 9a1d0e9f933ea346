// generated from spec/codex-api.asyncapi.yaml — do not edit. Run `npm run codegen` to regenerate.

export type AnyFrame = ClientFrame | ServerFrame;
/**
 * Any frame a client sends.
 */
export type ClientFrame =
  | OpenSessionFrame
  | UserMessageFrame
  | ApproveFrame
  | AnswerFrame
  | CancelFrame
  | ClientHeartbeatFrame
  | ReviewFrame
  | CompactFrame
  | ForkSessionFrame
  | RollbackFrame;
/**
 * Optional client-chosen id of the frame; echoed as `inReplyTo` by the frames that answer it.
 */
export type ClientFrameId = Id | number;
/**
 * An identifier chosen by the client or the server. 1–256 characters, no control characters.
 */
export type Id = string;
/**
 * Per-session sequence number (see "Sequence numbers and resume").
 */
export type Seq = number;
/**
 * A protocol version, `MAJOR`, `MAJOR.MINOR` or `MAJOR.MINOR.PATCH`.
 */
export type ProtocolVersion = string;
/**
 * When the agent asks before acting. The Codex policies:
 * - `untrusted`: ask before every command and every file change;
 * - `on-request`: the agent runs commands and edits inside the sandbox and asks when it needs more;
 * - `never`: never ask; what the sandbox forbids fails.
 * Older names, kept as aliases:
 * - `suggest` = `untrusted` with sandbox `read-only`;
 * - `auto-edit` = `on-request` with sandbox `workspace-write`;
 * - `full-auto` = `never` with sandbox `workspace-write`.
 * An alias sets the sandbox too, unless `sandbox` is given in the same overrides.
 *
 */
export type ApprovalPolicy = "untrusted" | "on-request" | "never" | "suggest" | "auto-edit" | "full-auto";
/**
 * How hard the model thinks, for models that support it.
 */
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh";
/**
 * What the agent's commands may touch: `read-only`, `workspace-write` (the working directory
 * and temp dirs), or `danger-full-access` (no sandbox; the operator must allow it).
 *
 */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";
/**
 * An image for the model, as a `data:` URL or a path on the server (inside the allowed directories).
 */
export type ImageInput =
  | {
      /**
       * A base64 `data:` URL (remote URLs are not supported by the engine).
       */
      dataUrl: string;
    }
  | {
      /**
       * A path on the server, absolute or relative to the session's working directory.
       */
      path: string;
    };
/**
 * An answer to a `command_prompt`:
 * - `allow`: allow this once;
 * - `allow_for_session`: allow this and the same request again for the rest of the session;
 * - `deny`: refuse; the agent is told and continues the turn;
 * - `deny_and_stop`: refuse and stop the turn (it ends `interrupted`).
 *
 */
export type Decision = "allow" | "allow_for_session" | "deny" | "deny_and_stop";
/**
 * What to review, in the session's working directory (a git repository):
 * - `uncommitted_changes`: staged, unstaged and untracked changes;
 * - `base_branch`: the changes of the current branch against `branch`;
 * - `commit`: the changes of commit `sha` (`title`, e.g. its subject, is shown);
 * - `custom`: whatever `instructions` ask for.
 *
 */
export type ReviewTarget = UncommittedChangesTarget | BaseBranchTarget | CommitTarget | CustomReviewTarget;
/**
 * Any frame the server sends.
 */
export type ServerFrame =
  | SessionFrame
  | ItemFrame
  | CommandPromptFrame
  | QuestionPromptFrame
  | StatusFrame
  | UsageFrame
  | ErrorFrame
  | ServerHeartbeatFrame
  | TerminateFrame
  | SessionForkedFrame
  | RolledBackFrame;
/**
 * A duration in milliseconds.
 */
export type DurationMs = number;
/**
 * An item event; `event` tells which of the three shapes it is.
 */
export type ItemFrame = ItemStartedFrame | ItemDeltaFrame | ItemCompletedFrame;
/**
 * One piece of the agent's work; `type` tells which.
 */
export type Item =
  | AgentMessageItem
  | ReasoningItem
  | CommandExecutionItem
  | FileChangeItem
  | ToolCallItem
  | WebSearchItem
  | PlanItem
  | UserMessageItem
  | OtherItem;
/**
 * `declined`: the backend (or the approval timeout) refused it.
 */
export type ItemStatus = "in_progress" | "completed" | "failed" | "declined";
/**
 * Any JSON value.
 */
export type JsonValue =
  | {
      [k: string]: unknown | undefined;
    }
  | unknown[]
  | string
  | number
  | boolean
  | null;
/**
 * The item in the shape of the OpenAI Responses API (`ResponseItem`), for clients of the
 * original protocol (see "Clients of the original protocol" and the `item` frame's table
 * of which frames carry which). `item` is the field to program against.
 *
 */
export type ResponsesApiItem =
  ResponsesMessage | ResponsesReasoning | ResponsesFunctionCall | ResponsesFunctionCallOutput;
/**
 * The list of error codes. Codes are public API: they are only ever added, never renamed or
 * removed, and a minor version may add one (`x-open-enum`). A client meeting a code it does
 * not know treats it by the frame's `retryable`. `x-error-codes` gives each code's meaning
 * and whether retrying the same request later can succeed.
 *
 */
export type ErrorCode =
  | "invalid_json"
  | "invalid_frame"
  | "unknown_frame_type"
  | "frame_too_large"
  | "truncated"
  | "unsupported_media_type"
  | "unsupported_protocol_version"
  | "no_session"
  | "session_mismatch"
  | "session_expired"
  | "turn_in_progress"
  | "turn_not_steerable"
  | "command_not_found"
  | "command_already_resolved"
  | "decision_not_offered"
  | "approval_timeout"
  | "question_not_found"
  | "question_already_resolved"
  | "question_timeout"
  | "invalid_answer"
  | "path_not_allowed"
  | "override_not_allowed"
  | "engine_unavailable"
  | "engine_error"
  | "model_error"
  | "model_unavailable"
  | "overloaded"
  | "rate_limited"
  | "unauthorized"
  | "shutting_down"
  | "internal"
  | "turn_not_found"
  | "session_exists";

export interface OpenSessionFrame {
  type: "open_session";
  id?: ClientFrameId;
  sessionId?: Id;
  lastSeq?: Seq;
  protocolVersion?: ProtocolVersion;
  configOverrides?: ConfigOverrides;
}
/**
 * Per-session settings. Each field given replaces the session's current value for this and
 * every later turn; fields not given keep their value (initially the server's defaults).
 *
 */
export interface ConfigOverrides {
  /**
   * Model slug, e.g. `gpt-5.5`.
   */
  model?: string;
  approvalPolicy?: ApprovalPolicy;
  reasoningEffort?: ReasoningEffort;
  sandbox?: SandboxMode;
  /**
   * Working directory of the session, absolute or relative to the server's default working
   * directory. It must resolve inside the directories the operator allows (`path_not_allowed`).
   *
   */
  cwd?: string;
  /**
   * Extra instructions for the agent, added to its developer instructions.
   */
  instructions?: string;
  /**
   * A JSON Schema the final answer of each turn must match; the terminal `status` then
   * carries the parsed answer in `structuredOutput`. `null` clears it. At most 32 levels
   * deep and 64 KiB as JSON (see "Bounded free-form JSON").
   *
   */
  outputSchema?: {
    [k: string]: unknown | undefined;
  } | null;
}
export interface UserMessageFrame {
  type: "user_message";
  id?: ClientFrameId;
  sessionId?: Id;
  /**
   * The prompt text.
   */
  content: string;
  /**
   * Paths of images on the server, absolute or relative to the session's working directory.
   *
   * @maxItems 32
   */
  imagePaths?: string[];
  /**
   * Images as `data:` URLs or server paths.
   *
   * @maxItems 32
   */
  images?: ImageInput[];
  configOverrides?: ConfigOverrides;
  /**
   * Steer: add this message to the running turn with this id instead of starting a turn
   * (see the `user_message` message). Not allowed with `configOverrides`
   * (`override_not_allowed`).
   *
   */
  expectedTurnId?: string;
  trace?: TraceContext;
}
/**
 * W3C Trace Context for this message's turn (see "Trace context"); wins over the stream's headers.
 */
export interface TraceContext {
  /**
   * A W3C `traceparent`, version `00`; the trace id and parent id must not be all zeros.
   */
  traceparent: string;
  /**
   * A W3C `tracestate`, passed on as it is.
   */
  tracestate?: string;
}
export interface ApproveFrame {
  type: "approve";
  id?: ClientFrameId;
  sessionId?: Id;
  commandId: Id;
  decision: Decision;
  /**
   * Why; logged, and for a denial passed on to the agent where the engine allows.
   */
  explanation?: string;
}
export interface AnswerFrame {
  type: "answer";
  id?: ClientFrameId;
  sessionId?: Id;
  promptId: Id;
  /**
   * `accept` (the default), `decline`, or `cancel` (refuse and stop the turn).
   */
  action?: "accept" | "decline" | "cancel";
  /**
   * For kind `questions` with `accept`, the answers by question id: every question of the
   * prompt, and no other key.
   *
   */
  answers?: {
    /**
     * One or more answers (at most 16).
     */
    [k: string]: string[] | undefined;
  };
  /**
   * For kind `form` with `accept`, the values by property name, matching the prompt's
   * `schema`. At most 4 levels deep and 64 KiB as JSON (see "Bounded free-form JSON").
   *
   */
  content?: {
    [k: string]: unknown | undefined;
  };
}
export interface CancelFrame {
  type: "cancel";
  id?: ClientFrameId;
  sessionId?: Id;
  /**
   * Cancel only if this is the running turn.
   */
  turnId?: string;
}
export interface ClientHeartbeatFrame {
  type: "heartbeat";
  id?: ClientFrameId;
  sessionId?: Id;
  /**
   * Client clock, milliseconds since the epoch.
   */
  sentAtMs?: number;
}
export interface ReviewFrame {
  type: "review";
  id?: ClientFrameId;
  sessionId?: Id;
  target: ReviewTarget;
}
export interface UncommittedChangesTarget {
  type: "uncommitted_changes";
}
export interface BaseBranchTarget {
  type: "base_branch";
  /**
   * A branch name; it may not start with `-`.
   */
  branch: string;
}
export interface CommitTarget {
  type: "commit";
  /**
   * The commit's hash (abbreviated or full).
   */
  sha: string;
  /**
   * A label for it, e.g. its subject.
   */
  title?: string;
}
export interface CustomReviewTarget {
  type: "custom";
  instructions: string;
}
export interface CompactFrame {
  type: "compact";
  id?: ClientFrameId;
  sessionId?: Id;
}
export interface ForkSessionFrame {
  type: "fork_session";
  id?: ClientFrameId;
  sessionId?: Id;
  /**
   * The last turn the new session keeps (default the session's last turn).
   */
  atTurnId?: string;
  newSessionId?: Id;
}
/**
 * Exactly one of `beforeTurnId` and `turns`.
 */
export interface RollbackFrame {
  type: "rollback";
  id?: ClientFrameId;
  sessionId?: Id;
  /**
   * The first turn to remove; it and every later turn go.
   */
  beforeTurnId?: string;
  /**
   * How many turns to remove from the end.
   */
  turns?: number;
}
export interface SessionFrame {
  type: "session";
  seq: Seq;
  sessionId: Id;
  inReplyTo?: ClientFrameId;
  protocolVersion: ProtocolVersion;
  /**
   * True when the session existed before this stream (reconnect or takeover).
   */
  resumed: boolean;
  /**
   * What is replayed after this frame; `null` when the opening frame had no `lastSeq`.
   */
  replay: null | {
    fromSeq: Seq;
    toSeq: Seq;
    /**
     * Frames replayed (`toSeq - fromSeq + 1`, or 0).
     */
    count: number;
    /**
     * History frames after `lastSeq` that the server no longer holds (0 = no gap).
     */
    lost: number;
  };
  /**
   * The turn running now, if any.
   */
  turn: null | {
    turnId: string;
    /**
     * Command prompts still waiting for an answer.
     */
    pendingCommandIds: Id[];
    /**
     * Question prompts still waiting for an answer (sent when there are any).
     */
    pendingPromptIds?: Id[];
  };
  heartbeatIntervalMs: DurationMs;
  /**
   * The largest frame the server accepts, in bytes.
   */
  maxFrameBytes: number;
}
export interface ItemStartedFrame {
  type: "item";
  seq: Seq;
  sessionId: Id;
  turnId: string;
  event: "started";
  item: Item;
  responseItem?: ResponsesApiItem;
}
/**
 * Text the agent writes to the user.
 */
export interface AgentMessageItem {
  type: "agent_message";
  id: string;
  text: string;
}
/**
 * The model's reasoning summary (and raw reasoning, when the provider sends it).
 */
export interface ReasoningItem {
  type: "reasoning";
  id: string;
  summary: string[];
  content: string[];
}
/**
 * A command the agent runs, with its live output (deltas) and exit code.
 */
export interface CommandExecutionItem {
  type: "command_execution";
  id: string;
  /**
   * The command as an argv array.
   */
  command: string[];
  /**
   * The command line as the engine ran it.
   */
  commandLine: string;
  cwd: string;
  status: ItemStatus;
  exitCode: number | null;
  /**
   * stdout and stderr, interleaved; complete on `completed`.
   */
  output: string;
  durationMs: DurationMs | null;
  processId?: string | null;
}
/**
 * File edits the agent makes, as unified diffs.
 */
export interface FileChangeItem {
  type: "file_change";
  id: string;
  status: ItemStatus;
  changes: FileChange[];
}
export interface FileChange {
  /**
   * Absolute path of the file.
   */
  path: string;
  kind: "add" | "delete" | "update";
  /**
   * The new path when an update also renames the file.
   */
  movePath?: string | null;
  /**
   * The change as a unified diff (for `add`, the new content as added lines).
   */
  diff: string;
}
/**
 * A call to an MCP server tool or another tool the engine offers.
 */
export interface ToolCallItem {
  type: "tool_call";
  id: string;
  /**
   * The MCP server, for MCP tools.
   */
  server?: string | null;
  tool: string;
  arguments: JsonValue;
  status: ItemStatus;
  result: JsonValue;
  error: string | null;
  durationMs?: DurationMs | null;
}
/**
 * A web search the agent makes.
 */
export interface WebSearchItem {
  type: "web_search";
  id: string;
  query: string | null;
  /**
   * The page opened or searched in, for those actions.
   */
  url?: string | null;
}
/**
 * The agent's plan for the turn.
 */
export interface PlanItem {
  type: "plan";
  id: string;
  text: string;
  steps: {
    step: string;
    status: "pending" | "in_progress" | "completed";
  }[];
}
/**
 * The user's message as the agent received it.
 */
export interface UserMessageItem {
  type: "user_message";
  id: string;
  text: string;
  imageCount?: number;
  inReplyTo?: ClientFrameId;
}
/**
 * Work of a kind this protocol version does not describe in detail (e.g. context compaction,
 * image view). Clients should show or ignore it, never fail on it.
 *
 */
export interface OtherItem {
  type: "other";
  id: string;
  /**
   * The engine's name for the item kind.
   */
  engineType: string;
  /**
   * A one-line human description.
   */
  summary?: string;
}
/**
 * An `agent_message`, as the assistant message of the Responses API.
 */
export interface ResponsesMessage {
  type: "message";
  /**
   * The item's `id`.
   */
  id: string;
  role: "assistant";
  status: "completed";
  content: {
    type: "output_text";
    /**
     * The message's text (the item's `text`).
     */
    text: string;
    /**
     * Always empty.
     *
     * @maxItems 0
     */
    annotations: [];
  }[];
}
/**
 * A `reasoning` item, as the reasoning item of the Responses API (its summary only).
 */
export interface ResponsesReasoning {
  type: "reasoning";
  /**
   * The item's `id`.
   */
  id: string;
  summary: {
    type: "summary_text";
    text: string;
  }[];
}
/**
 * The start of a `command_execution` (`name` `shell`; `arguments` is the JSON text of
 * `{"command": argv, "workdir": cwd}`) or of a `file_change` (`name` `apply_patch`;
 * `arguments` is the JSON text of `{"input": patch}`, the changes in Codex's patch format:
 * `*** Begin Patch`, then per file `*** Add File: path`, `*** Delete File: path` or
 * `*** Update File: path` (and `*** Move to: path`) followed by its unified diff lines, then
 * `*** End Patch`).
 *
 */
export interface ResponsesFunctionCall {
  type: "function_call";
  /**
   * The item's `id`; the `function_call_output` has the same.
   */
  call_id: string;
  name: "shell" | "apply_patch";
  /**
   * JSON text of the call's arguments.
   */
  arguments: string;
  status: "in_progress";
}
/**
 * The end of a `command_execution` or `file_change`. For a command, `output` is the JSON
 * text of `{"output": text, "metadata": {"exit_code": int or null, "duration_seconds":
 * number or null}}`, where `text` is at most the last 65536 characters of the item's
 * `output` (and says it was shortened); for a file change, a line saying what happened
 * (`Success. Updated the following files:` and one `A`/`M`/`D` line per file, or that it was
 * declined or failed).
 *
 */
export interface ResponsesFunctionCallOutput {
  type: "function_call_output";
  /**
   * The item's `id`, as in the `function_call`.
   */
  call_id: string;
  output: string;
}
export interface ItemDeltaFrame {
  type: "item";
  seq: Seq;
  sessionId: Id;
  turnId: string;
  event: "delta";
  itemId: string;
  itemType: "agent_message" | "reasoning" | "command_execution" | "plan";
  /**
   * Which field of the item the delta appends to: `text` (agent_message, plan),
   * `summary` / `content` (reasoning; part `index`), `output` (command_execution).
   *
   */
  field: "text" | "summary" | "content" | "output";
  /**
   * For `summary` and `content`, the index of the part the delta appends to.
   */
  index?: number;
  /**
   * Text to append to `field`. One frame may carry several of the engine's deltas joined:
   * deltas of one item that the server reads from the engine at once go out as one frame,
   * and while the engine's output is heavy (many turns streaming at once) so do those that
   * come within the server's `--engine-delta-join-ms` (50 ms by default). How the text is
   * cut into frames says nothing about how the model produced it.
   *
   */
  delta: string;
}
export interface ItemCompletedFrame {
  type: "item";
  seq: Seq;
  sessionId: Id;
  turnId: string;
  event: "completed";
  item: Item;
  responseItem?: ResponsesApiItem;
}
export interface CommandPromptFrame {
  type: "command_prompt";
  seq: Seq;
  sessionId: Id;
  turnId: string;
  commandId: Id;
  /**
   * What the agent asks to do.
   */
  kind: "command" | "file_change" | "permissions";
  /**
   * The `item` this prompt is about (the command execution or file change).
   */
  itemId: string;
  /**
   * For `command`, the command as an argv array; empty otherwise.
   */
  command: string[];
  /**
   * For `command`, the command line as the engine would run it.
   */
  commandLine?: string;
  /**
   * For `command`, its working directory.
   */
  cwd?: string;
  /**
   * The agent's reason for asking (may be empty).
   */
  explanation: string;
  /**
   * For `file_change`, the diffs.
   */
  changes?: FileChange[];
  /**
   * For `permissions`, what the agent asks for.
   */
  permissions?: {
    network?: boolean;
    readPaths?: string[];
    writePaths?: string[];
  };
  /**
   * @minItems 1
   */
  decisions: [Decision, ...Decision[]];
  timeoutMs: DurationMs;
  /**
   * When the prompt is denied if unanswered.
   */
  expiresAt: string;
}
export interface QuestionPromptFrame {
  type: "question_prompt";
  seq: Seq;
  sessionId: Id;
  turnId: string;
  promptId: Id;
  /**
   * What is asked (see the `question_prompt` message).
   */
  kind: "questions" | "form" | "url";
  /**
   * For `questions`, the id of the agent's tool call that asks.
   */
  itemId?: string;
  /**
   * For `form` and `url`, the MCP server that asks.
   */
  serverName?: string;
  /**
   * For `form` and `url`, what the MCP server says (may be empty); empty for `questions`.
   */
  message: string;
  /**
   * For `questions`, the questions, in order (at most 16).
   */
  questions?: Question[];
  /**
   * For `form`, the JSON Schema of the values asked for (an object of flat properties).
   */
  schema?: {
    [k: string]: unknown | undefined;
  };
  /**
   * For `url`, the page the user should open.
   */
  url?: string;
  timeoutMs: DurationMs;
  /**
   * When the prompt is resolved without an answer (fail closed) if unanswered.
   */
  expiresAt: string;
}
export interface Question {
  /**
   * The key of this question's answer in `answer.answers`.
   */
  id: string;
  /**
   * A short label for the question.
   */
  header: string;
  question: string;
  /**
   * Choices to pick from (at most 32; may be empty).
   */
  options: {
    /**
     * What to send as the answer to pick this option.
     */
    label: string;
    description: string;
  }[];
  /**
   * Whether a free-text answer other than the options' labels is accepted.
   */
  allowOther: boolean;
  /**
   * The answer is sensitive (hide it while typed; do not log it).
   */
  secret: boolean;
}
export interface StatusFrame {
  type: "status";
  seq: Seq;
  sessionId: Id;
  turnId: string;
  /**
   * `started`, then exactly one terminal state per turn.
   */
  state: "started" | "completed" | "interrupted" | "failed";
  inReplyTo?: ClientFrameId;
  /**
   * Why a turn ended `interrupted` or `failed`: `cancelled` (a `cancel` frame), `denied`
   * (a `deny_and_stop` answer or an approval timeout), `shutdown` (server stopping),
   * `model_error`, `engine_error`, `engine_exited` (the engine process died), `watchdog`
   * (the engine stopped answering), `internal`.
   *
   */
  reason?:
    "cancelled" | "denied" | "shutdown" | "model_error" | "engine_error" | "engine_exited" | "watchdog" | "internal";
  /**
   * One line for people: "Agent processing..." (`started`), "Agent run completed."
   * (`completed`), "Agent run cancelled by client." (`interrupted` by a `cancel`), another
   * line for the other interruptions, and for `failed` what went wrong, in words. Its
   * wording may change; program against `state` and `reason`.
   *
   */
  message: string;
  /**
   * For `failed`, whether sending the message again may succeed.
   */
  retryable?: boolean;
  usage?: TokenUsage;
  durationMs?: DurationMs;
  /**
   * For `completed`, the agent's last message of the turn.
   */
  finalMessage?: string | null;
  structuredOutput?: JsonValue;
}
/**
 * Tokens used by the turn, summed over its model requests.
 */
export interface TokenUsage {
  inputTokens: number;
  cachedInputTokens: number;
  outputTokens: number;
  reasoningOutputTokens: number;
  totalTokens: number;
}
export interface UsageFrame {
  type: "usage";
  seq: Seq;
  sessionId: Id;
  turnId: string;
  last: TokenUsage;
  turn: TokenUsage;
  total: TokenUsage;
  /**
   * The model's context window in tokens, when known.
   */
  contextWindow: number | null;
  rateLimits?: RateLimits;
}
/**
 * The account's rate limits as the model provider last reported them; a window it did not report is left out.
 */
export interface RateLimits {
  primary?: RateLimitWindow;
  secondary?: RateLimitWindow;
}
export interface RateLimitWindow {
  /**
   * How much of the window's allowance is used, in whole percent.
   */
  usedPercent: number;
  /**
   * The length of the window, when known.
   */
  windowMinutes: number | null;
  /**
   * When the window resets, when known.
   */
  resetsAt: string | null;
}
export interface ErrorFrame {
  type: "error";
  seq: Seq;
  sessionId?: Id;
  code: ErrorCode;
  /**
   * What was wrong and what to do about it.
   */
  message: string;
  /**
   * Whether the same request may succeed later.
   */
  retryable: boolean;
  /**
   * For `invalid_frame`, the JSON Pointer of the offending value in the frame (`""` = the whole frame).
   */
  path?: string;
  inReplyTo?: ClientFrameId;
  /**
   * The `type` of the offending frame, when known.
   */
  frameType?: string;
  commandId?: Id;
  promptId?: Id;
  turnId?: string;
  retryAfterMs?: DurationMs;
  /**
   * For `model_unavailable`, which retry of this turn this is (1 = the first).
   */
  attempt?: number;
}
export interface ServerHeartbeatFrame {
  type: "heartbeat";
  seq: Seq;
  sessionId?: Id;
  /**
   * Server clock, milliseconds since the epoch.
   */
  sentAtMs: number;
  /**
   * The same instant as `sentAtMs`, as an ISO 8601 date-time in UTC (`2026-11-30T08:00:00.000Z`).
   */
  timestamp: string;
  inReplyTo?: ClientFrameId;
}
export interface TerminateFrame {
  type: "terminate";
  seq: Seq;
  sessionId?: Id;
  /**
   * - `superseded`: another stream opened this session;
   * - `shutdown`: the server is stopping;
   * - `heartbeat_timeout`: nothing arrived from the client for too long;
   * - `protocol_error`: the request body can no longer be read (see the preceding `error`);
   * - `slow_consumer`: the client read too slowly and the stream's queue filled up;
   * - `session_expired`: the session was closed by the server (idle past its TTL);
   * - `client_closed`: the client ended its request body and the server has nothing more to send, or a control stream got its one answer (see "Control streams").
   *
   */
  reason:
    | "superseded"
    | "shutdown"
    | "heartbeat_timeout"
    | "protocol_error"
    | "slow_consumer"
    | "session_expired"
    | "client_closed";
  message: string;
  /**
   * Whether reconnecting (with `lastSeq`) is expected to work.
   */
  reconnect: boolean;
  retryAfterMs?: DurationMs;
}
export interface SessionForkedFrame {
  type: "session_forked";
  seq: Seq;
  sessionId: Id;
  inReplyTo?: ClientFrameId;
  newSessionId: Id;
  /**
   * The last turn the new session holds.
   */
  atTurnId: string;
  /**
   * The turns the new session's conversation holds, oldest first.
   */
  turnIds: string[];
}
export interface RolledBackFrame {
  type: "rolled_back";
  seq: Seq;
  sessionId: Id;
  inReplyTo?: ClientFrameId;
  beforeTurnId: string;
  /**
   * The turns removed from the conversation, oldest first.
   */
  removedTurnIds: string[];
}

/**
 * The code of an HTTP answer that is not an agent stream (see "HTTP answers"). Each has one
 * status, in `x-http-status`. Codes shared with `ErrorCode` mean the same there.
 *
 */
export type HttpErrorCode =
  | "unauthorized"
  | "not_found"
  | "method_not_allowed"
  | "invalid_header"
  | "unsupported_media_type"
  | "overloaded"
  | "shutting_down"
  | "internal";

/**
 * The JSON body of an HTTP answer with an error status (see "HTTP answers").
 */
export interface HttpError {
  error: {
    code: HttpErrorCode;
    /**
     * What was wrong and what to do about it.
     */
    message: string;
    retryAfterMs?: DurationMs;
    /**
     * For `unsupported_media_type`, the content types the server accepts.
     */
    supported?: string[];
  };
}
