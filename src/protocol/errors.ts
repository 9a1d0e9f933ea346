// Every error a client can be told, in one table. The spec owns the codes, whether each is
// retryable and the HTTP status of each HTTP answer (generated/protocol.ts); this file owns what
// the server says with them. Each code lists its messages by case, as templates whose `{name}`
// placeholders are filled from typed parameters. A message reaches a client only through
// `problem()`: the `Message` type cannot be made from a plain string elsewhere, so a call site
// cannot invent wording that is not here. test/protocol/errors.test.ts checks the table
// against the spec itself.
//
// How a message reads: what was wrong, with the values that made it wrong, then what to do.
import { ERROR_CODES, HTTP_ERRORS } from "../../generated/protocol.js";
import type { ErrorCode, HttpErrorCode } from "../../generated/types.js";

/** Every code a client can get: in a frame (`ErrorCode`) or as an HTTP answer (`HttpErrorCode`). */
export type Code = ErrorCode | HttpErrorCode;

export const ERROR_MESSAGES = {
  invalid_json: {
    notUtf8: "frame at byte {offset} is not valid UTF-8; encode JSON text as UTF-8",
    notJson: "frame at byte {offset} is not valid JSON ({reason}); send exactly one JSON value per frame",
    emptyFrame: "frame at byte {offset} has length 0; a frame carries exactly one JSON value",
  },
  invalid_frame: {
    notObject: "a frame must be a JSON object, got {got}",
    schema: "{frameType} frame: {detail}",
    tooDeep: "{frameType} frame: {path} is nested more than {maxDepth} levels deep (objects and arrays); at most {maxDepth} are allowed",
    tooBig: "{frameType} frame: {path} is {bytes} bytes as JSON; at most {maxBytes} are allowed",
    traceparent: "user_message frame: /trace/traceparent {reason}; send a W3C traceparent (00-<trace id>-<parent id>-<flags>), or no trace",
  },
  unknown_frame_type: {
    missing: "a frame needs a string `type` (one of {known}), got {got}",
    unknown: "unknown {side} frame type {type}; expected one of {known}",
  },
  frame_too_large: {
    line: "line of {bytes} bytes at byte {offset} exceeds the {maxFrameBytes}-byte limit (maxFrameBytes); split the content or raise the receiver's limit",
    lineOver: "line of more than {maxFrameBytes} bytes at byte {offset} exceeds the {maxFrameBytes}-byte limit (maxFrameBytes); split the content or raise the receiver's limit",
    frame: "frame of {bytes} bytes at byte {offset} exceeds the {maxFrameBytes}-byte limit (maxFrameBytes); split the content or raise the receiver's limit",
  },
  truncated: {
    line: "stream ended inside a line of {bytes} bytes at byte {offset}; end every frame with a line feed",
    frame: "stream ended after {got} of the frame at byte {offset}; send whole frames",
  },
  invalid_header: {
    sessionId: "the codex-session-id header {reason}; send the session's id (1 to 256 characters, no control characters, as UTF-8), or no header",
    severalSessionIds: "send at most one codex-session-id header (this request had {count})",
    traceparent: "the traceparent header {reason}; send a W3C traceparent (00-<trace id>-<parent id>-<flags>), or no header",
    tracestate: "the tracestate header {reason}; send printable ASCII of at most 512 characters, or no header",
    severalTraceHeaders: "send at most one {header} header (this request had {count})",
  },
  unsupported_media_type: {
    contentType: "unsupported content type {contentType}; send {supported}, or no content type for {default}",
  },
  unsupported_protocol_version: {
    major: "protocol version {requested} is not supported; this server speaks {version} (any {major}.x)",
  },
  no_session: {
    unbound: "{frameType} needs a session: send open_session or user_message first, or include sessionId",
    notHeld: "session {sessionId} is not held by this server (expired or never existed); a {frameType} on a stream not bound to a session acts only on an existing one",
  },
  session_mismatch: {
    secondOpen: "this stream is already bound to session {bound}; open another stream for another session",
    otherSession: "this stream is bound to session {bound}, not {requested}; open another stream for it",
    header: "the codex-session-id header names session {header} but this {frameType} frame names session {frame}; send the same id in both, or leave it out of the frame",
  },
  session_expired: {
    notHeld: "session {sessionId} is not held by this server (expired or never existed); open a new session without lastSeq",
  },
  turn_in_progress: {
    running: "{which} is still running; wait for its terminal status or send cancel first",
    historyChange: "a {what} of session {sessionId} is being carried out; wait for its answer",
  },
  turn_not_steerable: {
    notRunning: "turn {turnId} is not running ({which}); its input was dropped: send it as a new user_message, without expectedTurnId, once the session is idle",
    stopping: "turn {turnId} is being stopped; its input was dropped: send it as a new user_message once the turn's terminal status arrived",
    refused: "the Codex engine did not add the input to turn {turnId}: {reason}; the input was dropped: send it as a new user_message once the session is idle",
  },
  command_not_found: {
    unknown: "no command_prompt {commandId} in session {sessionId}",
  },
  command_already_resolved: {
    resolved: "command_prompt {commandId} was already resolved (answered, timed out, or ended with its turn)",
  },
  decision_not_offered: {
    notOffered: "decision {decision} is not offered for {commandId}; offered: {offered}",
  },
  approval_timeout: {
    denied: "command_prompt {commandId} was not answered within {timeoutMs} ms and was denied",
  },
  question_not_found: {
    unknown: "no question_prompt {promptId} in session {sessionId}",
  },
  question_already_resolved: {
    resolved: "question_prompt {promptId} was already resolved (answered, timed out, or ended with its turn)",
  },
  question_timeout: {
    unanswered: "question_prompt {promptId} was not answered within {timeoutMs} ms; {outcome}",
  },
  invalid_answer: {
    mismatch: "answer to question_prompt {promptId} ({kind}): {detail}; the prompt is still pending",
  },
  path_not_allowed: {
    outside: "{what} {path} is not (or is no longer) {kind} inside the allowed directories ({roots})",
  },
  override_not_allowed: {
    steer: "configOverrides cannot change a running turn: a steering user_message (expectedTurnId) carries none; send them with the next turn's user_message",
    approvalPolicy: "approvalPolicy {requested} is not allowed on this server; allowed: {allowed}",
    sandbox: "sandbox {requested} is not allowed on this server; allowed: {allowed}",
  },
  engine_unavailable: {
    notReady: "the Codex engine is starting or restarting; retry in a few seconds",
    startTimeout: "the Codex engine did not answer in time ({reason}); retry shortly",
    stoppedWhileStarting: "the Codex engine stopped while the turn was starting; retry in a few seconds",
    exited: "the Codex engine exited ({description}) and is restarting; the next turn continues this conversation",
  },
  engine_error: {
    refusedTurn: "the Codex engine refused the turn: {reason}",
    refusedHistory: "the Codex engine refused the {what}: {reason}",
    noCompactionTurn: "the Codex engine accepted the compaction but started no turn within {timeoutMs} ms",
  },
  // Sent only as the reason of a failed turn's status, whose message is the engine's own.
  model_error: {},
  model_unavailable: {
    retrying: "the model could not be reached (attempt {attempt}); the engine retries: {reason}",
  },
  overloaded: {
    sessions: "the server holds its maximum of {max} sessions (maxSessions); retry in {retryAfterMs} ms or resume an existing session",
    runningTurns: "{max} turns are running (maxRunningTurns); retry shortly",
    pendingPrompts: "{pending} prompts are already pending (maxPendingApprovals); {commandId} was denied",
    pendingQuestions: "{pending} prompts are already pending (maxPendingApprovals); question_prompt {promptId} was declined",
    streams: "this connection has {open} open agent streams (maxStreamsPerConnection); close one or open another connection",
  },
  rate_limited: {
    frames: "more than {max} frames per second on this stream; the frame was dropped, retry after {retryAfterMs} ms",
    newSessions: "this connection opens new sessions too fast; retry after {retryAfterMs} ms",
  },
  unauthorized: {
    missing: "send Authorization: Bearer <token> (the server's CODEX_API_TOKEN)",
    several: "send exactly one Authorization header (this request had several)",
  },
  shutting_down: {
    request: "the server is shutting down; retry on another instance or later",
    newSession: "the server is shutting down and opens no sessions; retry on another instance",
    newTurn: "the server is shutting down and starts no new turns; retry on another instance",
  },
  not_found: {
    route: "no route {path}; use POST /agent/stream",
    healthRoute: "no route {path} on the health port; it serves GET /healthz, /readyz and /metrics",
    agentStreamElsewhere: "the agent stream is not served on the health port; send POST /agent/stream over HTTP/2 to the main port ({port})",
  },
  method_not_allowed: {
    agentStream: "use POST /agent/stream",
    getOnly: "{path} answers only GET; send GET {path}",
  },
  turn_not_found: {
    unknown: "turn {turnId} is not in the conversation of session {sessionId} (its turns: {turns}); name one of them",
    noTurns: "session {sessionId} has no turns yet; run a turn first",
    tooMany: "session {sessionId} has {count} turns in its conversation; cannot remove {asked}",
  },
  session_exists: {
    taken: "session {sessionId} already exists; choose another newSessionId or leave it out",
  },
  internal: {
    frame: "the server failed to handle a frame; it was logged",
    history: "the server failed to carry out the {what}; it was logged",
    turnStart: "the server failed to start the turn; it was logged",
    metrics: "the metrics could not be collected; it was logged",
  },
} as const satisfies Record<Code, Readonly<Record<string, string>>>; // a missing or extra code fails to compile

declare const messageBrand: unique symbol;
/** A client-facing message: made only by `problem()`, from a template of ERROR_MESSAGES. */
export type Message = string & { readonly [messageBrand]: true };

/** What went wrong, for a client: a spec code and a message from the table. */
export interface Problem<C extends Code = ErrorCode> {
  code: C;
  message: Message;
}

type Templates = typeof ERROR_MESSAGES;
export type MessageKey<C extends Code> = keyof Templates[C] & string;
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
/** `problem()`'s last argument: the template's placeholders as named values, or nothing. */
type ParamsOf<T> = T extends string ? ([Placeholders<T>] extends [never] ? [] : [params: Record<Placeholders<T>, string | number>]) : never;

/** The message of `code` for case `key`, with its placeholders filled. */
export function problem<C extends Code, K extends MessageKey<C>>(code: C, key: K, ...[params]: ParamsOf<Templates[C][K]>): Problem<C> {
  const template = (ERROR_MESSAGES[code] as Record<string, string>)[key]!;
  const values = (params ?? {}) as Record<string, string | number>;
  const message = template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
  return { code, message: message as Message };
}

/** Whether retrying the same request later can succeed (the spec's `x-retryable`). */
export function isRetryable(code: ErrorCode): boolean {
  return ERROR_CODES[code].retryable;
}

/** The HTTP status of an HTTP answer with this code (the spec's `x-http-status`). */
export function httpStatus(code: HttpErrorCode): number {
  return HTTP_ERRORS[code].status;
}
